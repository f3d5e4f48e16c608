"""The visual email body: a text field with chips, and its toolbar (bold, heading, list, link)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from runtime.email_text import split_tags
from studio.nodes.editor_base import vbox
from studio.nodes.email_chips import (
    OBJECT,
    ChipDocument,
    chip_format,
    chip_source,
    insert_chip,
    placeholders,
    plain_source,
    text_format,
)
from studio.nodes.email_html import BUTTON, HEADING_SCALE, clear_link, set_link


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


class ChipTextEdit(QTextEdit):
    """A text field whose Jinja tags show as chips. Pasting takes plain text only (a web page's
    fonts and colours do not belong in an email); copying gives the tags as text."""

    returnPressed = Signal()

    def __init__(self, single_line: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.setDocument(ChipDocument(self))
        self.currentCharFormatChanged.connect(self._text_after_chip)
        self.setTabChangesFocus(True)
        if single_line:
            self.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.document().setDocumentMargin(3)
            self.setFixedHeight(self.fontMetrics().height() + 16)

    def _text_after_chip(self, fmt: QTextCharFormat) -> None:
        # Qt gives typing the format of the character before the cursor; after a chip that
        # would make the typed letters part of the chip.
        # With a selection, setCurrentCharFormat would restyle the selection, chips and all.
        if chip_source(fmt) is not None and not self.textCursor().hasSelection():
            self.setCurrentCharFormat(text_format(fmt))

    def insert_tag(self, source: str) -> None:
        cursor = self.textCursor()
        insert_chip(cursor, source)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()  # a subject is one line; Enter finishes it
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(plain_source(self.document(), cursor.selectionStart(),
                                  cursor.selectionEnd()))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text().replace(OBJECT, "")
        if self.single_line:
            text = " ".join(text.split())
        cursor = self.textCursor()
        cursor.beginEditBlock()
        base = text_format(cursor.charFormat())
        for is_tag, part in split_tags(text):
            if is_tag:
                cursor.insertText(OBJECT, chip_format(part, base))
            else:
                cursor.insertText(part, base)
        cursor.endEditBlock()
        self.setTextCursor(cursor)


def redraw_chips(selection: QTextCursor) -> None:
    """Chips are images drawn for their formatting: after bold is switched on or off over
    them, they get a new image name (and so a bold or plain picture)."""
    doc = selection.document()
    start, end = selection.selectionStart(), selection.selectionEnd()
    for position in range(start, end):
        if doc.characterAt(position) != OBJECT:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        source = chip_source(fmt)
        if source is not None:
            cursor.setCharFormat(chip_format(source, fmt))


class EmailBody(QWidget):
    """The body field under a small toolbar. Toolbar buttons never take focus, so a click on
    Bold keeps the edit in progress (it is committed when the field loses focus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ChipTextEdit(parent=self)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 9)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Insert comes first: in a narrow panel the toolbar's end folds away.
        self.insert_menu = QMenu(tr("Insert"), self)
        for label, code in placeholders():
            action = self.insert_menu.addAction(label)
            action.setData(code)  # the owner connects insert_menu.triggered
        self.insert_button = QToolButton(self)
        self.insert_button.setText(tr("Insert"))
        self.insert_button.setToolTip(tr("Insert a personal detail: the first name, the "
                                         "coupon code, the unsubscribe link…"))
        self.insert_button.setMenu(self.insert_menu)
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toolbar.addWidget(self.insert_button)
        self.toolbar.addSeparator()
        self.bold = self._action(tr("Bold"), tr("B"), QKeySequence.StandardKey.Bold,
                                 self.toggle_bold, checkable=True, weight=QFont.Weight.Bold)
        self.italic = self._action(tr("Italic"), tr("I"), QKeySequence.StandardKey.Italic,
                                   self.toggle_italic, checkable=True, italic=True)
        self.heading = self._action(tr("Heading"), tr("H"), None, self.toggle_heading,
                                    checkable=True)
        self.bullets = self._action(tr("Bulleted list"), "•", None,
                                    self.toggle_list, checkable=True)
        self.link = self._action(tr("Link…"), tr("Link"), QKeySequence("Ctrl+K"),
                                 self.ask_link)
        self.button = self._action(tr("Button link…"), tr("Button"), None, self.ask_button)
        for button in self.toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = vbox(self)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit)
        self.edit.cursorPositionChanged.connect(self._follow_cursor)
        self.edit.currentCharFormatChanged.connect(self._follow_cursor)
        self.setFocusProxy(self.edit)

    def _action(self, name: str, text: str, keys, slot, checkable: bool = False,
                weight: QFont.Weight | None = None, italic: bool = False) -> QAction:
        action = QAction(text, self)
        native = QKeySequence.SequenceFormat.NativeText
        action.setToolTip(name if keys is None else
                          f"{name} ({QKeySequence(keys).toString(native)})")
        action.setCheckable(checkable)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if weight is not None or italic:
            font = QFont(action.font())
            font.setWeight(weight or font.weight())
            font.setItalic(italic)
            action.setFont(font)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # --- formatting ---------------------------------------------------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.beginEditBlock()
        cursor.mergeCharFormat(fmt)
        redraw_chips(cursor)
        cursor.endEditBlock()
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self._merge(fmt)

    def toggle_heading(self) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat(cursor.blockFormat())
        level = 2 if self.heading.isChecked() else 0
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        chars = QTextCharFormat()
        base = self.edit.document().defaultFont().pointSizeF()
        chars.setFontPointSize(base * HEADING_SCALE[2] if level else base)
        chars.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(chars)
        cursor.mergeBlockCharFormat(chars)
        cursor.endEditBlock()
        self.edit.mergeCurrentCharFormat(chars)

    def toggle_list(self) -> None:
        cursor = self.edit.textCursor()
        text_list = cursor.currentList()
        cursor.beginEditBlock()
        if text_list is not None:
            text_list.remove(cursor.block())
            block = QTextBlockFormat(cursor.blockFormat())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()
        self._follow_cursor()

    def insert_tag(self, source: str) -> None:
        self.edit.insert_tag(source)
        self.edit.setFocus()

    def ask_link(self) -> None:
        address, ok = QInputDialog.getText(self, tr("Link"), tr(
            "Web address the selected words lead to (leave empty to remove the link):"),
            text=self.edit.currentCharFormat().anchorHref())
        if ok:
            self.apply_link(address.strip())

    def ask_button(self) -> None:
        address, ok = QInputDialog.getText(self, tr("Button link"), tr(
            "Web address the button leads to:"),
            text=self.edit.currentCharFormat().anchorHref() or "https://")
        if ok and address.strip():
            self.apply_link(address.strip(), button=True)

    def apply_link(self, address: str, button: bool = False) -> None:
        """Links the selection (or the word at the cursor) to `address`; with no words there,
        inserts the address (or "Visit the shop" for a button) as the link text."""
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.beginEditBlock()
        fmt = QTextCharFormat()
        if not address:
            plain = QTextCharFormat(cursor.charFormat())
            clear_link(plain)
            cursor.setCharFormat(plain)
        elif cursor.hasSelection():
            set_link(fmt, address, button)
            cursor.mergeCharFormat(fmt)
        else:
            set_link(fmt, address, button)
            cursor.insertText(tr("Visit the shop") if button else address, fmt)
        cursor.endEditBlock()
        after = QTextCharFormat(cursor.charFormat())
        clear_link(after)
        self.edit.setCurrentCharFormat(after)  # typing on after the link is plain again
        self.edit.setFocus()

    def _follow_cursor(self, *_args) -> None:
        fmt = self.edit.currentCharFormat()
        cursor = self.edit.textCursor()
        heading = cursor.blockFormat().headingLevel() > 0
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold and not heading)
        self.italic.setChecked(fmt.fontItalic())
        self.heading.setChecked(heading)
        self.bullets.setChecked(cursor.currentList() is not None)
        self.button.setChecked(fmt.isAnchor() and fmt.boolProperty(BUTTON))
