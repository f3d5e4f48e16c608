"""The email editor: subject and visual body with chips, plain text, raw HTML, live preview."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from runtime.catalog import Param
from runtime.email_text import plain_text_from_html
from runtime.errors import UserError
from runtime.templates import PARTS, render_email, template_problem
from studio.nodes.editor_base import ParamEditor, hbox, vbox
from studio.nodes.email_body import ChipTextEdit, EmailBody
from studio.nodes.email_chips import load_plain, placeholders, plain_source
from studio.nodes.email_html import load_html, same_markup, to_html
from studio.nodes.visuals import ERROR_COLOR, HELP_COLOR

__all__ = ["TemplateEditor", "placeholders", "sample_context"]


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


_SAMPLE_PRODUCTS = [
    {"id": 1, "title": "Candle «Old Library»", "sku": "CND-071", "handle": "old-library",
     "price": "380.00", "currency": "UAH", "url": "https://example.com/products/old-library"},
    {"id": 2, "title": "Linen towel", "sku": "TXT-021", "handle": "linen-towel",
     "price": "520.00", "currency": "UAH", "url": "https://example.com/products/linen-towel"},
]


def sample_context(shop_name: str) -> dict[str, Any]:
    """A made-up contact, order and coupon, shaped like the engine's email context."""
    return {
        "contact": {"email": "olena@example.com", "first_name": "Олена",
                    "last_name": "Коваленко", "fields": {}, "tags": ["vip"], "points": 120,
                    "tier": "Gold", "orders_count": 3, "total_spent": 2450, "locale": "uk"},
        "order": {"name": "#1042", "total": 850, "currency": "UAH", "products": ["Candle"],
                  "created_at": "2026-11-20 14:05"},
        # What loyalty triggers put in the event: expiring points, the friend who used a code.
        "event": {"points": 50, "expires_on": "2026-12-31", "friend_first_name": "Тарас"},
        "coupon": {"code": "THANKS-7KQ2M9XA", "discount_type": "percent", "value": "10",
                   "currency": "UAH", "expires_at": "2026-12-31T00:00:00+00:00"},
        "referral": {"code": "FRIEND-3DTHHAKHNH", "discount_type": "percent", "value": "10",
                     "currency": "UAH"},
        "shop": {"name": shop_name, "currency": "UAH"},
        # What a "Pick products" step leaves for later emails.
        "products": _SAMPLE_PRODUCTS,
        "product": _SAMPLE_PRODUCTS[0],
        "unsubscribe_url": "https://example.com/unsubscribe/sample",
    }


def field_names() -> dict[str, str]:
    return {"subject": tr("The subject line"), "html": tr("The email text"),
            "text": tr("The plain-text version")}


class TemplateEditor(ParamEditor):
    """Edits {"subject", "html", "text"}. The preview follows every keystroke; the flow gets
    one undo step per finished edit of a field (focus leaving it, Enter, a menu pick)."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.shop_name = tr("Your shop")
        self._quiet = False  # loading a value, not the user typing
        self._subject, self._subject_dirty = "", False
        self._html, self._body_dirty, self._source_stale = "", False, False
        self.subject = ChipTextEdit(single_line=True, parent=self)
        self.subject.setPlaceholderText(tr("Subject"))
        self.subject_insert = self._insert_button(self.subject)
        self.body = EmailBody(self)
        self.faithful_note = QLabel(tr(
            "This email uses layout the visual editor cannot show exactly. Editing it here "
            "simplifies it; the Advanced: HTML tab keeps it as it is."), self)
        self.faithful_note.setWordWrap(True)
        self.faithful_note.setStyleSheet("background: #FFF7E6; border: 1px solid #F5C26B;"
                                         "border-radius: 4px; padding: 4px 6px;")
        self.faithful_note.hide()
        self.own_text = QCheckBox(tr("Write the plain-text version myself"), self)
        self.own_text.setToolTip(tr("Mail programs that do not show formatting use the plain "
                                    "text. It is made from the email unless you write it."))
        self.text = QPlainTextEdit(self)
        self.source = QPlainTextEdit(self)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for edit in (self.text, self.source):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 9)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._page(self.faithful_note, self.body), tr("Email"))
        self.tabs.addTab(self._page(self.own_text, self.text), tr("Plain text"))
        self.tabs.addTab(self._page(_caption(tr("The email's HTML source, for those who know "
                                                "HTML. Personal details are {{ … }} tags."),
                                             self), self.source), tr("Advanced: HTML"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.hide()
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a click on the unsubscribe link must go nowhere
        self.preview.setMinimumHeight(200)
        self._layout()
        self._target: QWidget = self.body.edit
        # Rendering waits for a pause in typing; the preview then shows what was typed.
        self._render_timer = QTimer(self, singleShot=True, interval=200)
        self._render_timer.timeout.connect(self.refresh_preview)
        self._connect()
        self.setFocusProxy(self.subject)

    def _layout(self) -> None:
        subject_row = QWidget(self)
        row = hbox(subject_row)
        row.addWidget(self.subject, 1)
        row.addWidget(self.subject_insert)
        layout = vbox(self)
        layout.setSpacing(4)
        layout.addWidget(_caption(tr("Subject"), self))
        layout.addWidget(subject_row)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(_caption(tr("Preview for a sample contact"), self))
        layout.addWidget(self.preview, 2)

    def _page(self, top: QWidget, main: QWidget) -> QWidget:
        page = QWidget(self)
        column = vbox(page)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(top)
        column.addWidget(main, 1)
        return page

    def _insert_button(self, target: QWidget) -> QPushButton:
        button = QPushButton(tr("Insert"), self)  # sized for its menu arrow, unlike a tool button
        button.setToolTip(tr("Insert a personal detail at the cursor"))
        # Taking focus would end the edit in progress before the detail lands in it.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(button)
        for label, code in placeholders():
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, c=code, t=target:
                                     self.insert_placeholder(c, t))
        button.setMenu(menu)
        return button

    def _connect(self) -> None:
        self.body.insert_menu.triggered.connect(
            lambda action: self.insert_placeholder(action.data()))
        self.subject.document().contentsChanged.connect(self._subject_changed)
        self.body.edit.document().contentsChanged.connect(self._body_changed)
        self.source.textChanged.connect(self._source_changed)
        self.text.textChanged.connect(self._changed)
        self.own_text.toggled.connect(self._own_text_toggled)
        self.subject.returnPressed.connect(self._finish)
        self.tabs.currentChanged.connect(self._tab_changed)
        for widget in (self.subject, self.body.edit, self.text, self.source):
            widget.installEventFilter(self)

    # --- the value ----------------------------------------------------------------------------
    def html_source(self) -> str:
        return to_html(self.body.edit.document()) if self._body_dirty else self._html

    def value(self) -> dict[str, str]:
        subject = (plain_source(self.subject.document()) if self._subject_dirty
                   else self._subject)
        body = self.html_source()
        text = self.text.toPlainText() if self.own_text.isChecked() else \
            plain_text_from_html(body)
        return {"subject": subject, "html": body, "text": text}

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        subject, body = str(value.get("subject") or ""), str(value.get("html") or "")
        text = str(value.get("text") or "")
        self._quiet = True
        try:
            self._subject, self._html = subject, body
            self._subject_dirty = self._body_dirty = self._source_stale = False
            load_plain(self.subject.document(), subject)
            load_html(self.body.edit.document(), body)
            # Show how the subject and the email start, as an inbox does.
            self.subject.moveCursor(QTextCursor.MoveOperation.Start)
            self.body.edit.moveCursor(QTextCursor.MoveOperation.Start)
            self.source.setPlainText(body)
            # A text that is just the email without formatting follows the email; a text
            # written by hand stays as written.
            own = text != plain_text_from_html(body) and bool(text or body)
            self.own_text.setChecked(own)
            self._text_editable(own)
            self.text.setPlainText(text if own else plain_text_from_html(body))
        finally:
            self._quiet = False
        self.tabs.setCurrentIndex(0)  # a newly opened email starts on the visual editor...
        self._check_faithful()  # ...unless it cannot show that email as it is
        self.refresh_preview()

    def _check_faithful(self) -> None:
        faithful = same_markup(to_html(self.body.edit.document()), self._html)
        self.faithful_note.setVisible(not faithful)
        if not faithful and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(2)  # show such an email as it is, not simplified

    def set_shop_name(self, name: str) -> None:
        self.shop_name = name or tr("Your shop")
        self.refresh_preview()

    # --- following the fields -----------------------------------------------------------------
    def _changed(self) -> None:
        if not self._quiet:
            self._render_timer.start()

    def _subject_changed(self) -> None:
        if not self._quiet:
            self._subject_dirty = True
            self._render_timer.start()

    def _body_changed(self) -> None:
        if not self._quiet:
            self._body_dirty = True
            self._render_timer.start()

    def _source_changed(self) -> None:
        if not self._quiet:
            self._html = self.source.toPlainText()
            self._body_dirty, self._source_stale = False, True
            self._render_timer.start()

    def _text_editable(self, own: bool) -> None:
        self.text.setReadOnly(not own)
        # Greyed while it follows the email, so that it does not invite typing.
        self.text.setStyleSheet("" if own else f"color: {HELP_COLOR};")

    def _own_text_toggled(self, own: bool) -> None:
        self._text_editable(own)
        if not own:
            self._set_quietly(self.text, plain_text_from_html(self.html_source()))
        elif not self._quiet:
            self.text.setFocus()
        self._finish()  # giving the text back to the email is a finished edit

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page.isAncestorOf(self.source) and self._body_dirty:
            self._html = to_html(self.body.edit.document())
            self._body_dirty = False
            self._set_quietly(self.source, self._html)
        elif page.isAncestorOf(self.body) and self._source_stale:
            self._quiet = True
            try:
                load_html(self.body.edit.document(), self._html)
            finally:
                self._quiet = False
            self._source_stale = False
            self._check_faithful()
        elif page.isAncestorOf(self.text) and not self.own_text.isChecked():
            self._set_quietly(self.text, plain_text_from_html(self.html_source()))
        self.refresh_preview()

    def _set_quietly(self, edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            self._quiet = True
            try:
                edit.setPlainText(text)
            finally:
                self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._target = watched  # details go where the user was last typing
        elif event.type() == QEvent.Type.FocusOut and \
                event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish()  # a context menu opening over the field does not end the edit
        return False

    def insert_placeholder(self, code: str, target: QWidget | None = None) -> None:
        """Inserts a detail where the user was typing: a chip in the subject and the visual
        body, the tag itself in the plain text and the HTML source. One finished edit."""
        target = target or self._current_target()
        if isinstance(target, ChipTextEdit):
            target.insert_tag(code)
        elif isinstance(target, QPlainTextEdit) and not target.isReadOnly():
            target.insertPlainText(code)
        target.setFocus()
        self._finish()

    def _current_target(self) -> QWidget:
        if self._target is self.subject:
            return self.subject
        page = self.tabs.currentWidget()
        for widget in (self.body.edit, self.text, self.source):
            if page.isAncestorOf(widget):
                return widget
        return self.body.edit

    # --- problems and preview -----------------------------------------------------------------
    def problem_text(self, value: dict[str, str]) -> str | None:
        """The first mistake, naming the field it is in, or None."""
        for part in PARTS:
            message = template_problem({part: value.get(part) or ""})
            if message is None:
                continue
            found = re.search(r"on line (\d+): (.*)$", message)
            if found:
                return tr("{0} has a mistake on line {1}: {2}").format(
                    field_names()[part], found.group(1), found.group(2))
            return tr("{0} cannot be read: {1}").format(field_names()[part], message)
        return None

    def refresh_preview(self) -> None:
        self._render_timer.stop()
        value = self.value()
        if not self.own_text.isChecked() and not self.text.hasFocus():
            self._set_quietly(self.text, value["text"])
        message = self.problem_text(value)
        rendered = None
        if message is None:
            try:
                rendered = render_email(value, sample_context(self.shop_name))
            except UserError as exc:
                text = QCoreApplication.translate("NodeCatalog", exc.message)
                message = text[:1].upper() + text[1:]
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        if rendered is None:
            return  # the last good preview stays while the user fixes the mistake
        if self.tabs.currentIndex() == 1 or not rendered.html.strip():
            body = f"<pre style='white-space: pre-wrap'>{html.escape(rendered.text)}</pre>"
        else:
            body = rendered.html
        subject = html.escape(rendered.subject) or f"<i>{tr('(no subject)')}</i>"
        self.preview.setHtml(f"<p style='color:{HELP_COLOR}'>{tr('Subject')}</p>"
                             f"<h3>{subject}</h3><hr/>{body}")


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HELP_COLOR};")
    return label
