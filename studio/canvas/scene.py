"""FlowScene: mirrors a FlowDocument as node and edge items and turns gestures into commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from studio.canvas import style as st
from studio.canvas.edge_item import EdgeItem
from studio.canvas.interactions import MoveNodesInteraction, NewLinkInteraction
from studio.canvas.node_item import NodeItem
from studio.commands import DisconnectCommand, MacroCommand, RemoveNodesCommand
from studio.document import FlowDocument

_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
_UNCACHED = QGraphicsItem.CacheMode.NoCache


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class FlowScene(QGraphicsScene):
    """One item per node and per connection of `doc.flow`, kept in step with its signals.

    Items never edit the flow; this scene turns finished gestures into undo commands."""

    message = Signal(str)  # a refusal or hint for the status bar
    contentChanged = Signal()  # cards or connections were added, removed or moved

    def __init__(self, doc: FlowDocument, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.snap_to_grid = False
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[tuple[str, str], EdgeItem] = {}
        self._edges_of: dict[str, set[tuple[str, str]]] = {}  # node id -> keys of its edges
        self._interaction: NewLinkInteraction | MoveNodesInteraction | None = None
        self._marked: set[str] = set()  # ids of cards that show a problem mark
        self._raised: set[NodeItem] = set()
        self._detailed = True
        self._build()
        doc.nodeAdded.connect(self._on_node_added)
        doc.nodeRemoved.connect(self._on_node_removed)
        doc.nodeChanged.connect(self._on_node_changed)
        doc.edgeAdded.connect(self._on_edge_added)
        doc.edgeRemoved.connect(self._on_edge_removed)
        doc.problemsChanged.connect(self._on_problems_changed)
        self.selectionChanged.connect(self._raise_selected)
        for signal in (doc.nodeAdded, doc.nodeRemoved, doc.nodeChanged, doc.edgeAdded,
                       doc.edgeRemoved):
            signal.connect(self.contentChanged)

    # --- reading ----------------------------------------------------------------------------
    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_item(self, source: str, port: str) -> EdgeItem | None:
        return self._edges.get((source, port))

    def edge_items(self) -> list[EdgeItem]:
        return list(self._edges.values())

    def selected_node_items(self) -> list[NodeItem]:
        return [i for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selected_node_items()]

    def selected_edges(self) -> list[tuple[str, str, str]]:
        return [(i.source, i.port, i.target) for i in self.selectedItems()
                if isinstance(i, EdgeItem)]

    def node_item_at(self, scene_pos: QPointF) -> NodeItem | None:
        """The card under `scene_pos` (its badges count as the card); the index makes it cheap."""
        for item in self.items(scene_pos):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def nodes_rect(self):
        """The rectangle around every card (an empty rect for an empty flow)."""
        return self.itemsBoundingRect()

    # --- building and mirroring -------------------------------------------------------------
    def _build(self) -> None:
        flow = self.doc.flow
        for node_id in flow.graph.nodes:
            self._add_node(node_id)
        for source, port, target in flow.edges():
            self._add_edge(source, port, target)
        self._on_problems_changed(self.doc.problems)

    def _add_node(self, node_id: str) -> NodeItem:
        item = NodeItem(node_id)
        if not self._detailed:
            item.setCacheMode(_UNCACHED)
        item.sync(self.doc.flow)
        self.addItem(item)
        self._nodes[node_id] = item
        self._edges_of.setdefault(node_id, set())
        return item

    def _add_edge(self, source: str, port: str, target: str) -> EdgeItem | None:
        start, end = self._nodes.get(source), self._nodes.get(target)
        if start is None or end is None:
            return None
        edge = EdgeItem(source, port, target, port if len(start.ports) > 1 else "")
        edge.set_ends(start.output_port_pos(port), end.input_port_pos())
        self.addItem(edge)
        self._edges[(source, port)] = edge
        self._edges_of.setdefault(source, set()).add(edge.key)
        self._edges_of.setdefault(target, set()).add(edge.key)
        return edge

    def _remove_edge(self, key: tuple[str, str]) -> None:
        edge = self._edges.pop(key, None)
        if edge is None:
            return
        for node_id in (edge.source, edge.target):
            self._edges_of.get(node_id, set()).discard(key)
        self.removeItem(edge)

    def _on_node_added(self, node_id: str) -> None:
        if node_id not in self._nodes:
            self._add_node(node_id)

    def _on_node_removed(self, node_id: str) -> None:
        for key in list(self._edges_of.pop(node_id, ())):
            self._remove_edge(key)  # the flow removes edges first; this is a safety net
        item = self._nodes.pop(node_id, None)
        if item is not None:
            self.removeItem(item)

    def _on_node_changed(self, node_id: str, what: str) -> None:
        item = self._nodes.get(node_id)
        if item is None:
            return
        if what == "position":
            x, y = self.doc.flow.node(node_id)["position"]
            item.setPos(x, y)
            self.node_moved(item)
            return
        item.sync(self.doc.flow)  # exits may have changed: relabel and re-anchor the edges
        for key in self._edges_of.get(node_id, ()):
            edge = self._edges[key]
            if edge.source == node_id:
                edge.set_label(edge.port if len(item.ports) > 1 else "")
        self.node_moved(item)

    def _on_edge_added(self, source: str, port: str, target: str) -> None:
        self._remove_edge((source, port))
        self._add_edge(source, port, target)

    def _on_edge_removed(self, source: str, port: str, target: str) -> None:
        self._remove_edge((source, port))

    def _on_problems_changed(self, problems: list) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            if problem.node_id is not None:
                grouped.setdefault(problem.node_id, []).append(problem.message)
        # Only cards marked before or now are touched: O(problems), not O(cards).
        for node_id in self._marked | grouped.keys():
            item = self._nodes.get(node_id)
            if item is not None:
                item.set_problems(grouped.get(node_id, []))
        self._marked = set(grouped)

    def set_badges(self, badges: dict[str, tuple[str, str]] | None) -> None:
        """Show a backtest's (text, tooltip) per node id on the cards; None hides them all."""
        badges = badges or {}
        for node_id, item in self._nodes.items():
            item.set_count(*badges.get(node_id, (None,)))

    def set_detailed(self, detailed: bool) -> None:
        """Cache cards only while they are drawn in detail (the view calls this on zoom).

        Zoomed out, a card is one rounded block: drawing it is cheaper than re-rendering a
        thousand cache pixmaps on every zoom step."""
        if detailed == self._detailed:
            return
        self._detailed = detailed
        mode = _CACHED if detailed else _UNCACHED
        for item in self._nodes.values():
            item.setCacheMode(mode)

    def apply_palette(self, palette: QPalette) -> None:
        """Redraw everything for a new palette (light/dark switch)."""
        st.reset_style(palette)
        for item in self._nodes.values():
            item.refresh_style()
        for edge in self._edges.values():
            edge.update()

    def _raise_selected(self) -> None:
        # Selected cards draw above their neighbours; O(selection), not O(cards).
        selected = set(self.selected_node_items())
        for item in self._raised - selected:
            if item.scene() is self:
                item.setZValue(1)
        for item in selected - self._raised:
            item.setZValue(2)
        self._raised = selected

    # --- edges follow cards --------------------------------------------------------------------
    def node_moved(self, item: NodeItem) -> None:
        """Keep the edges of `item` on its ports (during drags and model moves alike)."""
        for key in self._edges_of.get(item.node_id, ()):
            edge = self._edges[key]
            start, end = self._nodes[edge.source], self._nodes[edge.target]
            edge.set_ends(start.output_port_pos(edge.port), end.input_port_pos())

    # --- gestures ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.node_item_at(event.scenePos())
            port = item.port_at(item.mapFromScene(event.scenePos())) if item else None
            if item is not None and port is not None:
                self._interaction = NewLinkInteraction(self, item, port)
                event.accept()
                return
            super().mousePressEvent(event)
            # After the press, so that the click's own selection change is included.
            if item is not None and item.isSelected():
                self._interaction = MoveNodesInteraction(self)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if isinstance(self._interaction, NewLinkInteraction):
            self._interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)  # Qt moves the selected cards
        if isinstance(self._interaction, MoveNodesInteraction):
            for item in self._interaction.items():
                if self.snap_to_grid:
                    # Qt places each card at its press position plus the mouse offset,
                    # so snapping after it never accumulates.
                    grid = st.GRID
                    item.setPos(round(item.x() / grid) * grid, round(item.y() / grid) * grid)
                self.node_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if isinstance(interaction, NewLinkInteraction):
            interaction.release(event.scenePos(), event.screenPos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if isinstance(interaction, MoveNodesInteraction):
            interaction.finish()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._interaction is not None:
            interaction, self._interaction = self._interaction, None
            interaction.cancel()
            grabber = self.mouseGrabberItem()
            if grabber is not None:
                grabber.ungrabMouse()  # the rest of this drag moves nothing
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.delete_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def delete_selection(self) -> bool:
        """Remove the selected connections and steps as one undo step; True if any."""
        nodes = self.selected_node_ids()
        removed = set(nodes)
        children = [DisconnectCommand(self.doc, source, port)
                    for source, port, target in self.selected_edges()
                    if source not in removed and target not in removed]
        if nodes:
            children.append(RemoveNodesCommand(self.doc, nodes))
        if not children:
            return False
        if len(children) == 1:
            command = children[0]
        else:
            command = MacroCommand(tr("Delete {0} item(s)").format(len(children)), children)
        self.doc.undo_stack.push(command)
        return True
