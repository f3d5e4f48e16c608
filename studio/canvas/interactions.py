"""Canvas gestures, one class each: dragging a new connection, and moving selected steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QToolTip

from studio.canvas import style as st
from studio.canvas.edge_item import curve
from studio.canvas.node_item import NodeItem
from studio.commands import ConnectCommand, MoveNodesCommand

if TYPE_CHECKING:
    from studio.canvas.scene import FlowScene


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class NewLinkInteraction:
    """Press on an output port, drag a rubber line, release over a step to connect.

    The flow is asked (check_connection) before anything is pushed, so a refused link adds
    nothing and explains itself at the cursor."""

    def __init__(self, scene: FlowScene, source: NodeItem, port: str) -> None:
        self.scene, self.source, self.port = scene, source, port
        self.start = source.output_port_pos(port)
        self._target: NodeItem | None = None
        self._refusal: str | None = None
        style = st.current_style()
        self._ok_pen = QPen(style.edge_selected_pen.color(), 2.0, Qt.PenStyle.DashLine)
        self._refused_pen = QPen(style.link_refused, 2.0, Qt.PenStyle.DashLine)
        self.line = QGraphicsPathItem()
        self.line.setPen(self._ok_pen)
        self.line.setZValue(10)  # above every card while it is being dragged
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.line)
        self.line.setPath(curve(self.start, self.start))

    def move(self, scene_pos: QPointF) -> None:
        self.line.setPath(curve(self.start, scene_pos))
        target = self.scene.node_item_at(scene_pos)
        if target is self.source:
            target = None  # hovering the own card while leaving it says nothing yet
        if target is not self._target:
            if self._target is not None:
                self._target.set_link_state(None)
            self._target = target
            self._refusal = self._check(target) if target is not None else None
            if target is not None:
                target.set_link_state(self._refusal is None)
        self.line.setPen(self._refused_pen if self._refusal else self._ok_pen)

    def release(self, scene_pos: QPointF, screen_pos: QPoint) -> bool:
        """Connect, or explain why not; True when a ConnectCommand was pushed."""
        self._clear()
        target = self.scene.node_item_at(scene_pos)
        if target is None:
            return False  # released on empty canvas: the user changed their mind
        if target is self.source and QLineF(self.start, scene_pos).length() \
                < QApplication.startDragDistance() * 2:
            return False  # a click on the port, not a drag
        refusal = self._check(target)
        if refusal:
            message = tr("Cannot connect: {0}").format(refusal)
            QToolTip.showText(screen_pos, message)
            self.scene.message.emit(message)
            return False
        doc = self.scene.doc
        doc.undo_stack.push(ConnectCommand(doc, self.source.node_id, self.port, target.node_id))
        return True

    def cancel(self) -> None:
        self._clear()

    def _check(self, target: NodeItem) -> str | None:
        return self.scene.doc.flow.check_connection(self.source.node_id, self.port,
                                                    target.node_id)

    def _clear(self) -> None:
        if self._target is not None:
            self._target.set_link_state(None)
            self._target = None
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class MoveNodesInteraction:
    """Remembers where the selected steps were at the press; on release, one MoveNodesCommand.

    Qt moves the items while the mouse drags; the flow changes only once, through the command,
    so that undo puts every step back exactly where it was."""

    def __init__(self, scene: FlowScene) -> None:
        self.scene = scene
        self.start = {item.node_id: (item.pos().x(), item.pos().y())
                      for item in scene.selected_node_items()}

    def items(self) -> list[NodeItem]:
        """The cards being moved."""
        return [item for node_id in self.start
                if (item := self.scene.node_item(node_id)) is not None]

    def finish(self) -> bool:
        """Push the move, if anything moved; True when a command was pushed."""
        moves = {}
        for node_id, old in self.start.items():
            item = self.scene.node_item(node_id)
            if item is None:
                continue
            new = (item.pos().x(), item.pos().y())
            if new != old:
                moves[node_id] = (old, new)
        if not moves:
            return False
        doc = self.scene.doc
        doc.undo_stack.push(MoveNodesCommand(doc, moves))
        return True

    def cancel(self) -> None:
        """Put the cards back without touching the flow (Escape during a drag)."""
        for node_id, (x, y) in self.start.items():
            item = self.scene.node_item(node_id)
            if item is not None:
                item.setPos(x, y)
                self.scene.node_moved(item)
