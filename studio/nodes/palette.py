"""The palette of node kinds: a model grouped by family, a search filter, and its widget."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QWidget

from runtime.catalog import FAMILIES, NodeSpec, all_specs
from studio.nodes.editor_base import vbox
from studio.nodes.visuals import (
    HELP_COLOR,
    catalog_text,
    family_icon,
    family_title,
    glyph_pixmap,
    spec_icon,
)

KIND_MIME = "application/x-boomerang-kind"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def tr(text: str) -> str:
    return QCoreApplication.translate("Palette", text)


def fold(text: str) -> str:
    """Text for case-insensitive matching in any script (ß, Ё, full-width letters)."""
    return unicodedata.normalize("NFKC", text).casefold()


class PaletteModel(QStandardItemModel):
    """Family headings with one draggable entry per node kind under each."""

    def __init__(self, specs: Sequence[NodeSpec] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reload(all_specs() if specs is None else specs)

    def reload(self, specs: Sequence[NodeSpec]) -> None:
        self.clear()
        heading_font = QFont()
        heading_font.setBold(True)
        for family in FAMILIES:
            members = [s for s in specs if s.family == family]
            if not members:
                continue
            heading = QStandardItem(family_icon(family), family_title(family))
            heading.setData(family, FAMILY_ROLE)
            heading.setFont(heading_font)
            # Headings can be opened and closed but are not steps: no drag, no selection.
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for spec in members:
                heading.appendRow(self._entry(spec, family))
            self.appendRow(heading)

    def _entry(self, spec: NodeSpec, family: str) -> QStandardItem:
        title, description = catalog_text(spec.title), catalog_text(spec.description)
        item = QStandardItem(spec_icon(spec), title)
        item.setToolTip(f"<b>{title}</b><br/>{description}")
        item.setData(spec.kind, KIND_ROLE)
        item.setData(family, FAMILY_ROLE)
        # English and translated words both match, so a manual in either language helps.
        words = {title, description, spec.title, spec.description, family_title(family)}
        item.setData(fold(" ".join(words)), SEARCH_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def kind_index(self, kind: str) -> QModelIndex:
        for row in range(self.rowCount()):
            heading = self.index(row, 0)
            for child in range(self.rowCount(heading)):
                index = self.index(child, 0, heading)
                if index.data(KIND_ROLE) == kind:
                    return index
        return QModelIndex()

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        kinds = [i.data(KIND_ROLE) for i in indexes if i.isValid() and i.data(KIND_ROLE)]
        if not kinds:
            return None
        data = QMimeData()
        # One kind per drag: the canvas creates one step where it is dropped.
        data.setData(KIND_MIME, kinds[0].encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class PaletteFilter(QSortFilterProxyModel):
    """Keeps the kinds whose title or description contains every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)  # a heading stays while one of its kinds does

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int,
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        haystack = index.data(SEARCH_ROLE)
        if haystack is None:  # a heading: shown through its kinds only
            return not self._words
        return all(word in haystack for word in self._words)

    def visible_kinds(self) -> list[str]:
        kinds = []
        for row in range(self.rowCount()):
            heading = self.index(row, 0)
            kinds += [self.index(c, 0, heading).data(KIND_ROLE)
                      for c in range(self.rowCount(heading))]
        return kinds


class PaletteWidget(QWidget):
    """Search box over the grouped kinds; drag a kind to the canvas, or activate it."""

    kindActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 specs: Sequence[NodeSpec] | None = None) -> None:
        super().__init__(parent)
        self.model = PaletteModel(specs, self)
        self.proxy = PaletteFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search steps"))
        self.search.setClearButtonEnabled(True)
        glyph = glyph_pixmap("search", HELP_COLOR, 16)
        if glyph is not None:
            self.search.addAction(QIcon(glyph), QLineEdit.ActionPosition.LeadingPosition)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(24, 24))
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet(f"color: {HELP_COLOR}; padding: 12px;")
        self.empty.hide()
        layout = vbox(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.tree.expandAll()
        self.search.textChanged.connect(self._on_search)
        self.tree.doubleClicked.connect(self._activate)
        self.search.installEventFilter(self)
        self.tree.installEventFilter(self)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()
        found = bool(self.proxy.visible_kinds())
        self.tree.setVisible(found)
        self.empty.setVisible(not found)
        self.empty.setText("" if found else tr("No step matches “{0}”.").format(text.strip()))

    def _activate(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        if kind:
            self.kindActivated.emit(kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.tree and enter:
            self._activate(self.tree.currentIndex())
            return True
        if watched is self.search and enter:
            # Type "email", press Enter: the first match is what the user meant.
            kinds = self.proxy.visible_kinds()
            if kinds:
                self.kindActivated.emit(kinds[0])
            return True
        if watched is self.search and event.key() == Qt.Key.Key_Down:
            self._focus_first_kind()
            return True
        return False

    def _focus_first_kind(self) -> None:
        heading = self.proxy.index(0, 0)
        first = self.proxy.index(0, 0, heading)
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.setFocus()
