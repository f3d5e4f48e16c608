"""The main window: for now the workspace's flows and the recipe library, read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from runtime import flows_store
from runtime.api import Service
from runtime.db.models import Contact, Order
from runtime.errors import UserError
from runtime.flowfile import load_flow

RECIPES = Path(__file__).resolve().parent.parent / "recipes"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, service: Service) -> None:
        super().__init__()
        self.service = service
        self.setWindowTitle(tr("Boomerang"))
        self.resize(1000, 640)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.flows_list = self._flows()
        self.recipes_list = self._recipes()
        splitter.addWidget(self._panel(tr("Your flows"), self.flows_list))
        splitter.addWidget(self._panel(tr("Recipes"), self.recipes_list))
        self.setCentralWidget(splitter)
        with service.engine.connect() as conn:
            contacts = conn.execute(select(func.count()).select_from(Contact)).scalar_one()
            orders = conn.execute(select(func.count()).select_from(Order)).scalar_one()
        self.statusBar().showMessage(
            tr("Workspace: {root} — {contacts} contacts, {orders} orders").format(
                root=service.workspace.root, contacts=contacts, orders=orders))

    def _panel(self, title: str, body: QWidget) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(body)
        return panel

    def _flows(self) -> QListWidget:
        widget = QListWidget()
        with self.service.engine.connect() as conn:
            flows = flows_store.list_flows(conn)
        for flow in flows:
            widget.addItem(f"{flow['name']} — {flow['status']}")
        if not flows:
            item = QListWidgetItem(tr("No flows yet: start from a recipe on the right."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
        return widget

    def _recipes(self) -> QListWidget:
        widget = QListWidget()
        widget.setWordWrap(True)
        for path in sorted(RECIPES.glob("*.json")):
            try:
                flow = load_flow(path)
            except UserError as exc:
                widget.addItem(exc.message)
                continue
            item = QListWidgetItem(f"{flow.name}\n{flow.category}")
            item.setToolTip(flow.description)
            widget.addItem(item)
        return widget
