"""An open flow in the studio: the Flow, its undo stack, its file, and Qt signals for changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from runtime.flow import Flow, FlowEvent
from runtime.flowfile import load_flow, save_flow
from runtime.validation import Problem, validate

VALIDATE_DELAY_MS = 150


class FlowDocument(QObject):
    """Mirrors Flow events as Qt signals; views listen, commands edit the Flow."""

    nodeAdded = Signal(str)
    nodeRemoved = Signal(str)
    nodeChanged = Signal(str, str)  # node id, what changed: params | position | label
    edgeAdded = Signal(str, str, str)  # source, port, target
    edgeRemoved = Signal(str, str, str)
    settingsChanged = Signal()
    problemsChanged = Signal(list)  # list[Problem]
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None

    def __init__(self, flow: Flow | None = None, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow or Flow()
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.problems: list[Problem] = validate(self.flow)
        # Validation runs once after a burst of edits, a moment later, so that an edit or an
        # undo on a large flow returns at once (checking 1,000 steps takes tens of ms).
        self._revalidate = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._revalidate.timeout.connect(self._validate)
        self.flow.subscribe(self._on_flow_event)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> FlowDocument:
        return cls(load_flow(path), Path(path), parent)

    def save(self, path: Path | None = None) -> None:
        path = Path(path or self.path)
        save_flow(self.flow, path)
        if path != self.path:
            self.path = path
            self.pathChanged.emit(path)
        self.undo_stack.setClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def close(self) -> None:
        """Detach from the flow and drop the undo history. Commands refer back to this
        document; clearing them here keeps the garbage collector from tearing the cycle
        down in an order that deletes commands under Qt's feet."""
        self._revalidate.stop()
        self.undo_stack.clear()
        self.flow.unsubscribe(self._on_flow_event)

    def _on_flow_event(self, event: FlowEvent) -> None:
        if event.kind == "node_added":
            self.nodeAdded.emit(event.node_id)
        elif event.kind == "node_removed":
            self.nodeRemoved.emit(event.node_id)
        elif event.kind == "node_changed":
            self.nodeChanged.emit(event.node_id, event.what or "")
        elif event.kind == "edge_added":
            self.edgeAdded.emit(event.node_id, event.port, event.target)
        elif event.kind == "edge_removed":
            self.edgeRemoved.emit(event.node_id, event.port, event.target)
        elif event.kind == "settings_changed":
            self.settingsChanged.emit()
        if event.what != "position":
            self._revalidate.start()

    def validate_now(self) -> list[Problem]:
        self._validate()
        return self.problems

    def _validate(self) -> None:
        self.problems = validate(self.flow)
        self.problemsChanged.emit(self.problems)

    def problems_for(self, node_id: str) -> list[Problem]:
        return [p for p in self.problems if p.node_id == node_id]
