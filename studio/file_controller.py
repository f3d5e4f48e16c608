"""Opening, saving, recent files, autosave and crash recovery for the studio's open flow."""

from __future__ import annotations

import copy
import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from runtime.errors import UserError
from runtime.flow import Flow
from runtime.flowfile import dumps, load_flow, loads, save_flow

if TYPE_CHECKING:
    from studio.main_window import MainWindow

log = logging.getLogger(__name__)
AUTOSAVE_MS = 30_000
MAX_RECENT = 8
FILTER = "Boomerang flows (*.json)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def fresh_copy(flow: Flow) -> Flow:
    """A recipe or a pasted flow as a new flow of the user's own: new uid, new node ids."""
    new = Flow(flow.name, description=flow.description, category=flow.category,
               settings=copy.deepcopy(flow.settings))
    ids = {old: str(uuid.uuid4()) for old in flow.nodes()}
    for old, new_id in ids.items():
        data = flow.node(old)
        new.add_node(data["kind"], data["params"], data["position"], data.get("label", ""),
                     new_id)
    for source, port, target in flow.edges():
        new.connect(ids[source], port, ids[target])
    return new


class FileController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.autosave_dir = window.workspace.root / "autosave"
        self.timer = QTimer(window, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    # --- commands ---------------------------------------------------------------------------
    def new(self) -> None:
        if self.window.confirm_discard():
            self.window.set_flow(Flow(tr("New flow")))

    def open_dialog(self) -> None:
        if not self.window.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open flow"), "", tr(FILTER))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            flow = load_flow(path)
        except UserError as exc:
            QMessageBox.warning(self.window, tr("Cannot open this file"), exc.message)
            return False
        self.window.set_flow(flow, path)
        self.add_recent(path)
        return True

    def save(self) -> bool:
        """Save into the workspace (the flows list), and to the flow's file when it has one."""
        doc = self.window.doc
        if doc is None:
            return False
        self.window.commit_pending_edits()
        from runtime import flows_store  # SQLAlchemy: not at start-up

        try:
            with self.window.service.engine.begin() as conn:
                flows_store.save_draft(conn, doc.flow, datetime.now(UTC))
            if doc.path:
                save_flow(doc.flow, doc.path)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self.window, tr("Not saved"), str(exc))
            return False
        doc.undo_stack.setClean()
        self.clear_autosave(doc.flow.uid)
        self.window.flows_panel.refresh()
        self.window.statusBar().showMessage(tr("Saved"), 3000)
        return True

    def save_as(self) -> bool:
        doc = self.window.doc
        if doc is None:
            return False
        start = str(doc.path or Path.home() / f"{doc.flow.name}.json")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save flow as file"), start,
                                              tr(FILTER))
        if not path:
            return False
        doc.path = Path(path)
        doc.pathChanged.emit(doc.path)
        self.add_recent(doc.path)
        return self.save()

    # --- recent files -----------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.window.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent(self, path: Path) -> None:
        items = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.window.settings.setValue("recent", items[:MAX_RECENT])
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        menu = self.window.actions.recent_menu
        menu.clear()
        for item in self.recent():
            menu.addAction(Path(item).name, lambda p=item: self.window.confirm_discard()
                           and self.open_path(Path(p))).setToolTip(item)
        menu.setEnabled(bool(self.recent()))

    # --- autosave and recovery --------------------------------------------------------------
    def autosave(self) -> None:
        doc = self.window.doc
        if doc is None or not doc.modified:
            return
        try:
            self.autosave_dir.mkdir(exist_ok=True)
            target = self.autosave_dir / f"{doc.flow.uid}.json"
            tmp = target.with_suffix(".tmp")
            tmp.write_text(dumps(doc.flow), encoding="utf-8")
            tmp.replace(target)
        except OSError as exc:
            # Autosave must never interrupt work; the next save will tell if the disk is full.
            log.warning("autosave failed: %s", exc)

    def clear_autosave(self, uid: str) -> None:
        (self.autosave_dir / f"{uid}.json").unlink(missing_ok=True)

    def recover(self) -> bool:
        """Offer flows left in autosave by a crash; True when one was restored."""
        if not self.autosave_dir.exists():
            return False
        for path in sorted(self.autosave_dir.glob("*.json")):
            try:
                flow = loads(path.read_text(encoding="utf-8"), str(path))
            except (OSError, UserError):
                path.unlink(missing_ok=True)
                continue
            answer = QMessageBox.question(
                self.window, tr("Restore unsaved changes?"),
                tr("Boomerang closed before your changes to “{0}” were saved. "
                   "Restore them?").format(flow.name))
            path.unlink(missing_ok=True)
            if answer == QMessageBox.StandardButton.Yes:
                self.window.set_flow(flow, modified=True)
                return True
        return False
