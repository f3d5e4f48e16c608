"""Editors for list parameters: tag and product names, and the branches of a random split."""

from __future__ import annotations

import re
import string
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from runtime.catalog import Param
from studio.nodes.editor_base import ParamEditor, bare_layout, hbox, vbox
from studio.nodes.visuals import ERROR_COLOR, HELP_COLOR, catalog_text

# Commas as typed in Latin, Chinese and Japanese text, and semicolons, all separate names.
_SEPARATORS = re.compile(r"[,;，、；]")


def tr(text: str) -> str:
    return QCoreApplication.translate("ListEditors", text)


def split_names(text: str) -> list[str]:
    """The distinct names in "vip, gold，银卡": trimmed, in order, empty ones dropped."""
    names: list[str] = []
    for part in _SEPARATORS.split(text):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return names


class TagListEditor(ParamEditor):
    """Names typed with commas; a parameter with fixed choices shows a check box for each."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line: QLineEdit | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self._extra: list[str] = []  # stored names outside the choices, kept as they were
        if param.choices:
            grid = QGridLayout(self)
            bare_layout(grid)
            grid.setHorizontalSpacing(16)
            columns = 2 if len(param.choices) > 3 else len(param.choices)
            for i, (value, label) in enumerate(param.choices):
                box = QCheckBox(catalog_text(label), self)
                box.toggled.connect(self._finish)
                self.boxes[value] = box
                grid.addWidget(box, i // columns, i % columns)
            grid.setColumnStretch(columns, 1)
        else:
            self.line = QLineEdit(self)
            self.line.setClearButtonEnabled(True)
            hint = tr("SKUs or product titles, separated by commas") \
                if param.type == "products" else tr("Names separated by commas")
            self.line.setPlaceholderText(catalog_text(param.placeholder) or hint)
            self.line.editingFinished.connect(self._finish)
            hbox(self).addWidget(self.line)
            self.setFocusProxy(self.line)

    def value(self) -> list[str]:
        if self.line is not None:
            return split_names(self.line.text())
        return [v for v, box in self.boxes.items() if box.isChecked()] + self._extra

    def _show(self, value: Any) -> None:
        names = [str(v) for v in value] if isinstance(value, list) else []
        if self.line is not None:
            self.line.setText(", ".join(names))
            return
        for name, box in self.boxes.items():
            box.setChecked(name in names)
        self._extra = [n for n in names if n not in self.boxes]


class _PercentDelegate(QStyledItemDelegate):
    """Percent cells edit in a 0–100 spin box instead of Qt's unbounded default."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        spin.setFrame(False)
        return spin


class BranchesEditor(ParamEditor):
    """The named branches of a split with their shares, a live total, and add/remove."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([tr("Branch"), tr("Share")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 90)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(1, _PercentDelegate(self.table))
        self.add_button = QToolButton(self)
        self.add_button.setText(tr("Add branch"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(tr("Remove"))
        self.total = QLabel(self)
        buttons = QWidget(self)
        row = hbox(buttons)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = vbox(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def value(self) -> list[dict[str, Any]]:
        branches = []
        for row in range(self.table.rowCount()):
            name_item, share_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            share = share_item.data(Qt.ItemDataRole.EditRole) if share_item else 0
            branches.append({"name": name, "percent": int(share or 0)})
        return branches

    def _show(self, value: Any) -> None:
        branches = [b for b in value if isinstance(b, dict)] if isinstance(value, list) else []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for branch in branches:
            self._append(str(branch.get("name", "")), branch.get("percent", 0))
        self.table.blockSignals(False)
        self._refresh()

    def _append(self, name: str, percent: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        share = QTableWidgetItem()
        share.setData(Qt.ItemDataRole.EditRole, int(percent) if isinstance(percent, int) else 0)
        share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, share)

    def _add(self) -> None:
        taken = {b["name"] for b in self.value()}
        name = next((c for c in string.ascii_uppercase if c not in taken),
                    str(self.table.rowCount() + 1))
        self.table.blockSignals(True)
        self._append(name, 0)  # 0 % keeps a valid total; the user moves shares over
        self.table.blockSignals(False)
        self._refresh()
        self._finish()

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows or self.table.rowCount() <= 2:
            return
        self.table.removeRow(min(rows))
        self._refresh()
        self._finish()

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._refresh()
        self._finish()  # the cell editor has closed: one finished edit

    def _refresh(self) -> None:
        total = sum(b["percent"] for b in self.value())
        ok = total == 100
        text = tr("Total: {0} %").format(total)
        self.total.setText(text if ok else tr("{0} — must be 100 %").format(text))
        self.total.setStyleSheet(f"color: {HELP_COLOR if ok else ERROR_COLOR};")
        rows = self.table.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height)
        self._update_buttons()

    def _update_buttons(self) -> None:
        # A split needs two branches; removing below that is refused rather than reported.
        selected = bool(self.table.selectedIndexes())
        self.remove_button.setEnabled(selected and self.table.rowCount() > 2)
