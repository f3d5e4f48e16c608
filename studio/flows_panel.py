"""The flows list: the workspace's flows from the database, so nobody has to manage files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from sqlalchemy import select

from runtime import flows_store
from runtime.api import Service
from runtime.db.models import Flow as FlowRow
from runtime.flow import Flow
from runtime.flowfile import from_document


def tr(text: str) -> str:
    return QCoreApplication.translate("Flows", text)


STATUS_TEXT = {"draft": "Draft", "active": "Active", "paused": "Paused"}


class FlowsPanel(QWidget):
    """Lists flows; activating one emits flowOpened with the Flow rebuilt from its draft."""

    flowOpened = Signal(object)  # Flow

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
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

    def refresh(self) -> None:
        self.tree.clear()
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
            item = QTreeWidgetItem([tr("No flows yet")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def load(self, uid: str) -> Flow | None:
        with self.service.engine.connect() as conn:
            row = conn.execute(select(FlowRow.__table__.c.draft)
                               .where(FlowRow.__table__.c.uid == uid)).first()
        return from_document(row.draft, tr("saved flow")) if row else None

    def _open(self, item: QTreeWidgetItem) -> None:
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        flow = self.load(uid) if uid else None
        if flow is not None:
            self.flowOpened.emit(flow)
