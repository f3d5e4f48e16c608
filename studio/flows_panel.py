"""The flows list: the workspace's flows from the database, so nobody has to manage files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from runtime.flow import Flow
from runtime.flowfile import from_document

if TYPE_CHECKING:
    from runtime.api import Service


def tr(text: str) -> str:
    return QCoreApplication.translate("Flows", text)


STATUS_TEXT = {"draft": "Draft", "active": "Active", "paused": "Paused"}


class FlowsPanel(QWidget):
    """Lists flows; activating one emits flowOpened with the Flow rebuilt from its draft.

    Without a service (the workspace is still opening) the list says so until set_service."""

    flowOpened = Signal(object)  # Flow

    def __init__(self, service: Service | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Name"), tr("Status"), tr("Last change")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSortingEnabled(True)
        self.tree.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.refresh()

    def set_service(self, service: Service) -> None:
        self.service = service
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        if self.service is None:
            self._note(tr("Opening your workspace…"))
            return
        from runtime import flows_store  # SQLAlchemy: not before the window is on screen

        with self.service.engine.connect() as conn:
            flows = flows_store.list_flows(conn)
        locale = QLocale()
        for flow in flows:
            changed = flow["updated_at"].astimezone()
            item = QTreeWidgetItem([
                flow["name"], tr(STATUS_TEXT.get(flow["status"], flow["status"])),
                locale.toString(changed.replace(tzinfo=None), QLocale.FormatType.ShortFormat)])
            item.setData(0, Qt.ItemDataRole.UserRole, flow["uid"])
            self.tree.addTopLevelItem(item)
        if not flows:
            self._note(tr("No flows yet"))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def _note(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(item)

    def load(self, uid: str) -> Flow | None:
        from sqlalchemy import select

        from runtime.db.models import Flow as FlowRow

        with self.service.engine.connect() as conn:
            row = conn.execute(select(FlowRow.__table__.c.draft)
                               .where(FlowRow.__table__.c.uid == uid)).first()
        return from_document(row.draft, tr("saved flow")) if row else None

    def _open(self, item: QTreeWidgetItem) -> None:
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        flow = self.load(uid) if uid else None
        if flow is not None:
            self.flowOpened.emit(flow)
