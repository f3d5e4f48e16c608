"""The main window: palette, canvas, properties and problems around one open flow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from runtime.flow import Flow
from studio.canvas.scene import FlowScene
from studio.canvas.view import FlowView
from studio.commands import (
    AddNodeCommand,
    auto_layout_command,
    copy_nodes,
    paste_command,
)
from studio.document import FlowDocument
from studio.file_controller import FileController
from studio.flows_panel import FlowsPanel
from studio.icons import icon
from studio.nodes.palette import PaletteWidget
from studio.nodes.property_panel import PropertyPanel
from studio.problems import ProblemsPanel
from studio.studio_actions import StudioActions
from studio.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from runtime.api import Service
    from runtime.workspace import Workspace

READABLE_ZOOM = 0.6


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow, WindowDialogs):
    """Made with a service, or with only its workspace folder: the studio shows the window
    first and calls attach_service once the database is open (see studio.app)."""

    workspaceOpened = Signal()

    def __init__(self, service: Service | None = None, *,
                 workspace: Workspace | None = None) -> None:
        super().__init__()
        self.service: Service | None = None
        self.workspace = service.workspace if service is not None else workspace
        assert self.workspace is not None, "a MainWindow needs a service or a workspace"
        self.doc: FlowDocument | None = None
        self.scene: FlowScene | None = None
        # Window state lives with the workspace, so BOOMERANG_HOME keeps installs apart.
        self.settings = QSettings(str(self.workspace.root / "studio.ini"),
                                  QSettings.Format.IniFormat)
        self.setWindowIcon(icon("app", "#F28C28"))
        self.resize(1280, 800)
        self.view = FlowView()
        self.welcome = self._make_welcome()
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.view)
        self.setCentralWidget(self.central)
        self.palette = PaletteWidget()
        self.palette.kindActivated.connect(self.add_kind_near_selection)
        self.properties = PropertyPanel()
        self.properties.set_shop_name(str(self.workspace.settings().get("shop_name") or ""))
        self.properties.flowSettingsRequested.connect(self.show_flow_settings)
        self.problems = ProblemsPanel()
        self.problems.nodeRequested.connect(self.focus_node)
        self.flows_panel = FlowsPanel(None)
        self.flows_panel.flowOpened.connect(
            lambda flow: self.confirm_discard() and self.set_flow(flow))
        self.files = FileController(self)
        self.actions = StudioActions(self)
        self._docks()
        self._status_bar()
        self.files.fill_recent_menu()
        self._restore_state()
        self._set_editing_enabled(False)
        self.setWindowTitle(tr("Boomerang"))
        self._set_workspace_enabled(False)
        if service is not None:
            self.attach_service(service)

    def attach_service(self, service: Service) -> None:
        """The workspace's database is open: fill the flows list and the welcome page."""
        self.service = service
        self.flows_panel.set_service(service)
        self.welcome.set_service(service)
        self._set_workspace_enabled(True)
        self.workspaceOpened.emit()

    def _set_workspace_enabled(self, enabled: bool) -> None:
        """What opens or makes a flow waits for the database, which saving it needs."""
        a = self.actions
        for action in (a.new, a.open, a.import_recipe, a.import_data):
            action.setEnabled(enabled)
        a.recent_menu.setEnabled(enabled and bool(self.files.recent()))
        self.palette.setEnabled(enabled)

    # --- layout -----------------------------------------------------------------------------
    def _make_welcome(self) -> QWidget:
        from studio.welcome import WelcomePage

        page = WelcomePage(None)
        page.recipesRequested.connect(self.show_recipes)
        page.importRequested.connect(self.show_import)
        page.demoLoaded.connect(lambda _counts: self.flows_panel_refresh())
        return page

    def flows_panel_refresh(self) -> None:
        if hasattr(self, "flows_panel"):
            self.flows_panel.refresh()

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        palette = self._dock(tr("Steps"), "palette", self.palette, left)
        flows = self._dock(tr("Your flows"), "flows", self.flows_panel, left)
        self.tabifyDockWidget(palette, flows)
        palette.raise_()
        settings = self._dock(tr("Settings"), "properties", self.properties, right)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        problems = self._dock(tr("Problems"), "problems", self.problems, bottom)
        # First-start proportions; a saved window state overrides them.
        self.resizeDocks([palette, settings], [260, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([problems], [120], Qt.Orientation.Vertical)
        for dock in self.findChildren(QDockWidget):
            self.actions.view_menu.addAction(dock.toggleViewAction())

    def _status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.status_label = QLabel(tr("Draft"))
        self.modified_label = QLabel("")
        for widget in (self.modified_label, self.status_label, self.zoom_label):
            self.statusBar().addPermanentWidget(widget)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))

    def _restore_state(self) -> None:
        geometry = self.settings.value("geometry")
        state = self.settings.value("state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # --- the open flow ----------------------------------------------------------------------
    def set_flow(self, flow: Flow, path: Path | None = None, modified: bool = False) -> None:
        self._detach()
        self.doc = FlowDocument(flow, path, self)
        self.scene = FlowScene(self.doc)
        self.view.setScene(self.scene)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.properties.set_document(self.doc)
        self.properties.show_node(None)
        self.doc.problemsChanged.connect(self._show_problems)
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(lambda _p: self._update_title())
        stack = self.doc.undo_stack
        stack.canUndoChanged.connect(self.actions.undo.setEnabled)
        stack.canRedoChanged.connect(self.actions.redo.setEnabled)
        self.actions.undo.setEnabled(False)
        self.actions.redo.setEnabled(False)
        if modified:
            stack.resetClean()
        self._show_problems(self.doc.problems)  # checked when the document was made
        self.central.setCurrentWidget(self.view)
        self._set_editing_enabled(True)
        self._update_title()
        self.show_whole_flow()

    def show_whole_flow(self) -> None:
        """Fit the flow, but never below a zoom where cards can be read: a long flow then
        starts at its trigger and the rest is a scroll away."""
        self.view.zoom_fit()
        if self.view.zoom() < READABLE_ZOOM and self.doc is not None:
            self.view.set_zoom(READABLE_ZOOM)
            triggers = self.doc.flow.triggers() or self.doc.flow.nodes()
            item = self.scene.node_item(triggers[0]) if triggers else None
            if item is not None:
                rect = item.sceneBoundingRect()
                self.view.ensureVisible(rect, 40, 200)

    def _detach(self) -> None:
        """Let go of the open flow's scene and document before they are replaced or closed,
        so that no late signal reaches a deleted scene."""
        if self.scene is not None:
            self.scene.selectionChanged.disconnect(self._selection_changed)
            self.view.setScene(None)
            self.scene.deleteLater()
            self.scene = None
        if self.doc is not None:
            self.properties.set_document(None)
            self.doc.close()
            self.doc.deleteLater()
            self.doc = None

    def _set_editing_enabled(self, enabled: bool) -> None:
        a = self.actions
        for action in (a.save, a.save_as, a.cut, a.copy, a.paste, a.duplicate, a.delete,
                       a.select_all, a.zoom_in, a.zoom_out, a.zoom_fit, a.zoom_reset, a.layout,
                       a.validate, a.backtest, a.flow_settings, a.undo, a.redo):
            action.setEnabled(enabled)

    def _update_title(self, *_args) -> None:
        if self.doc is None:
            self.setWindowTitle(tr("Boomerang"))
            return
        self.setWindowTitle(f"{self.doc.flow.name}[*] — Boomerang")
        self.setWindowModified(self.doc.modified)
        self.modified_label.setText(tr("Unsaved changes") if self.doc.modified else "")

    def _show_problems(self, problems) -> None:
        labels = {n: self.doc.flow.label(n) for n in self.doc.flow.nodes()} if self.doc else {}
        self.problems.set_problems(problems, labels)

    def _selection_changed(self) -> None:
        ids = self.scene.selected_node_ids() if self.scene else []
        self.properties.show_node(ids[0] if len(ids) == 1 else None)

    def commit_pending_edits(self) -> None:
        """Finish the field being typed in: its edit becomes an undo step only when the field
        loses focus, and saving or closing before that must not lose it."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()

    def confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to replace the open flow."""
        self.commit_pending_edits()
        if self.doc is None or not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self, tr("Save changes?"),
            tr("“{0}” has changes that are not saved. Save them before you go on?").format(
                self.doc.flow.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.files.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("state", self.saveState())
        if self.doc is not None:
            self.files.clear_autosave(self.doc.flow.uid)
        self._detach()
        event.accept()

    # --- edit commands ----------------------------------------------------------------------
    def undo(self) -> None:
        if self.doc:
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc:
            self.doc.undo_stack.redo()

    def selected(self) -> list[str]:
        return self.scene.selected_node_ids() if self.scene else []

    def copy(self) -> None:
        if self.doc and self.selected():
            # Plain text that names itself ({"boomerang": 1, ...}): a QMimeData made in Python
            # and owned by the clipboard crashes PySide at exit, and text also pastes between
            # two running studios.
            QGuiApplication.clipboard().setText(copy_nodes(self.doc, self.selected()))

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self, text: str | None = None) -> list[str]:
        if self.doc is None:
            return []
        if text is None:
            text = QGuiApplication.clipboard().text()
        made = paste_command(self.doc, text or "")
        if made is None:
            self.statusBar().showMessage(tr("Nothing to paste"), 3000)
            return []
        command, new_ids = made
        self.doc.undo_stack.push(command)
        self.select_nodes(new_ids)
        return new_ids

    def duplicate(self) -> None:
        if self.doc and self.selected():
            self.paste(copy_nodes(self.doc, self.selected()))

    def delete_selection(self) -> None:
        if self.scene is None:
            return
        self.scene.delete_selection()

    def select_all(self) -> None:
        if self.scene:
            for item in self.scene.items():
                item.setSelected(True)

    def select_nodes(self, ids: list[str]) -> None:
        if self.scene:
            self.scene.clearSelection()
            for node_id in ids:
                item = self.scene.node_item(node_id)
                if item:
                    item.setSelected(True)

    def focus_node(self, node_id: str) -> None:
        self.select_nodes([node_id])
        self.view.center_on_node(node_id)

    def add_kind_near_selection(self, kind: str) -> None:
        if self.doc is None:
            self.set_flow(Flow(tr("New flow")))
        ids = self.selected()
        if ids:
            x, y = self.doc.flow.node(ids[0])["position"]
            x += 260
        else:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            x, y = centre.x(), centre.y()
        command = AddNodeCommand(self.doc, kind, position=(x, y))
        self.doc.undo_stack.push(command)
        self.select_nodes([command.node_id])

    # --- view and flow commands -------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def zoom_fit(self) -> None:
        self.view.zoom_fit()

    def zoom_reset(self) -> None:
        self.view.zoom_reset()

    def auto_layout(self) -> None:
        command = auto_layout_command(self.doc) if self.doc else None
        if command:
            self.doc.undo_stack.push(command)
            self.view.zoom_fit()

    def validate(self) -> None:
        if self.doc is None:
            return
        self.commit_pending_edits()
        problems = self.doc.validate_now()
        message = tr("No problems: this flow is ready.") if not problems else \
            tr("{0} problem(s): see the Problems panel.").format(len(problems))
        self.statusBar().showMessage(message, 5000)
