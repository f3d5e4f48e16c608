"""The problems panel: the flow's validation problems; a click selects and centres the node."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from runtime.validation import Problem
from studio.icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


class ProblemsPanel(QWidget):
    nodeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.clear()

    def clear(self) -> None:
        """No flow is open: nothing to check yet."""
        self.list.clear()
        item = QListWidgetItem(tr("Open or start a flow to have it checked here."))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, 110)  # a few lines: the canvas gets the room

    def set_problems(self, problems: list[Problem], labels: dict[str, str] | None = None) -> None:
        self.list.clear()
        if not problems:
            item = QListWidgetItem(icon("validate"), tr("No problems: this flow is ready."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            return
        for problem in problems:
            # Messages already name their step; the flow-wide ones get a prefix.
            text = problem.message if problem.node_id else f"{tr('Flow')}: {problem.message}"
            item = QListWidgetItem(icon("warning"), text)
            item.setData(Qt.ItemDataRole.UserRole, problem.node_id)
            item.setToolTip(problem.message)
            self.list.addItem(item)

    def count(self) -> int:
        return sum(1 for i in range(self.list.count())
                   if self.list.item(i).data(Qt.ItemDataRole.UserRole) is not None
                   or self.list.item(i).flags() & Qt.ItemFlag.ItemIsSelectable)

    def _activated(self, item: QListWidgetItem) -> None:
        node_id = item.data(Qt.ItemDataRole.UserRole)
        if node_id:
            self.nodeRequested.emit(node_id)
