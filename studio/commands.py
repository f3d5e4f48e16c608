"""Undo commands: every edit of a flow is one of these, and each calls only Flow methods."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from runtime import catalog
from studio.document import FlowDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class AddNodeCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, kind: str, params: dict | None = None,
                 position: tuple[float, float] = (0, 0), label: str = "",
                 node_id: str | None = None, parent: QUndoCommand | None = None) -> None:
        spec = catalog.get(kind)
        title = QCoreApplication.translate("NodeCatalog", spec.title) if spec else kind
        super().__init__(tr("Add {0}").format(title), parent)
        self.doc, self.kind, self.params = doc, kind, copy.deepcopy(params or {})
        self.position, self.label = position, label
        # The id is fixed here so that redo after undo recreates the very same node.
        self.node_id = node_id or str(uuid.uuid4())

    def redo(self) -> None:
        self.doc.flow.add_node(self.kind, self.params, self.position, self.label, self.node_id)

    def undo(self) -> None:
        self.doc.flow.remove_node(self.node_id)


class RemoveNodesCommand(QUndoCommand):
    """Removes nodes and every connection touching them; undo puts all of it back."""

    def __init__(self, doc: FlowDocument, node_ids: list[str],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(tr("Delete {0} step(s)").format(len(node_ids)), parent)
        self.doc = doc
        flow = doc.flow
        self.nodes = [(n, copy.deepcopy(dict(flow.node(n)))) for n in node_ids]
        removed = set(node_ids)
        self.edges = [e for e in flow.edges() if e[0] in removed or e[2] in removed]

    def redo(self) -> None:
        for node_id, _data in self.nodes:
            self.doc.flow.remove_node(node_id)

    def undo(self) -> None:
        for node_id, data in self.nodes:
            self.doc.flow.add_node(data["kind"], data["params"], data["position"],
                                   data.get("label", ""), node_id)
        for source, port, target in self.edges:
            self.doc.flow.connect(source, port, target)


class MoveNodesCommand(QUndoCommand):
    """One drag (or one auto-layout) of any number of nodes."""

    def __init__(self, doc: FlowDocument, moves: dict[str, tuple[tuple, tuple]],
                 text: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(text or tr("Move {0} step(s)").format(len(moves)), parent)
        self.doc, self.moves = doc, moves  # node id -> (old position, new position)

    def redo(self) -> None:
        for node_id, (_old, new) in self.moves.items():
            self.doc.flow.set_position(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _new) in self.moves.items():
            self.doc.flow.set_position(node_id, old)


class SetParamsCommand(QUndoCommand):
    """One edited field; a split that loses a branch loses its connection, and undo restores
    both."""

    def __init__(self, doc: FlowDocument, node_id: str, params: dict[str, Any],
                 text: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(text or tr("Change settings"), parent)
        self.doc, self.node_id = doc, node_id
        self.old = copy.deepcopy(doc.flow.node(node_id)["params"])
        self.new = copy.deepcopy(params)
        self.edges = [e for e in doc.flow.edges() if e[0] == node_id]

    def redo(self) -> None:
        self.doc.flow.set_params(self.node_id, self.new)

    def undo(self) -> None:
        flow = self.doc.flow
        flow.set_params(self.node_id, self.old)
        for source, port, target in self.edges:
            if flow.target(source, port) is None:
                flow.connect(source, port, target)


class SetLabelCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, node_id: str, label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(tr("Rename step"), parent)
        self.doc, self.node_id, self.new = doc, node_id, label
        self.old = doc.flow.node(node_id).get("label", "")

    def redo(self) -> None:
        self.doc.flow.set_label(self.node_id, self.new)

    def undo(self) -> None:
        self.doc.flow.set_label(self.node_id, self.old)


class ConnectCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, source: str, port: str, target: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(tr("Connect"), parent)
        self.doc, self.source, self.port, self.target = doc, source, port, target

    def redo(self) -> None:
        self.doc.flow.connect(self.source, self.port, self.target)

    def undo(self) -> None:
        self.doc.flow.disconnect(self.source, self.port)


class DisconnectCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, source: str, port: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(tr("Disconnect"), parent)
        self.doc, self.source, self.port = doc, source, port
        self.target = doc.flow.target(source, port)

    def redo(self) -> None:
        self.doc.flow.disconnect(self.source, self.port)

    def undo(self) -> None:
        self.doc.flow.connect(self.source, self.port, self.target)


class SetSettingsCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, settings: dict, parent: QUndoCommand | None = None):
        super().__init__(tr("Change flow settings"), parent)
        self.doc = doc
        self.old, self.new = copy.deepcopy(doc.flow.settings), copy.deepcopy(settings)

    def redo(self) -> None:
        self.doc.flow.set_settings(self.new)

    def undo(self) -> None:
        self.doc.flow.set_settings(self.old)


class MacroCommand(QUndoCommand):
    """Several commands as one undo step. It holds its children itself: Qt-parented Python
    commands can lose their Python side and crash when Qt later calls redo on them."""

    def __init__(self, text: str, children: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.children = children

    def redo(self) -> None:
        for child in self.children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self.children):
            child.undo()


# --- copy and paste --------------------------------------------------------------------------

def copy_nodes(doc: FlowDocument, node_ids: list[str]) -> str:
    """The selection as clipboard text: its nodes and the connections among them."""
    chosen = set(node_ids)
    nodes = []
    for node_id in node_ids:
        data = doc.flow.node(node_id)
        nodes.append({"id": node_id, "kind": data["kind"], "params": data["params"],
                      "label": data.get("label", ""), "position": list(data["position"])})
    edges = [{"source": s, "port": p, "target": t} for s, p, t in doc.flow.edges()
             if s in chosen and t in chosen]
    return json.dumps({"boomerang": 1, "nodes": nodes, "edges": edges}, ensure_ascii=False)


def paste_command(doc: FlowDocument, text: str, offset: tuple[float, float] = (40, 40)
                  ) -> tuple[QUndoCommand, list[str]] | None:
    """A macro that adds copies (new ids, shifted) of the clipboard's nodes and connections,
    or None when the text is not Boomerang nodes. Works across flows."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("boomerang") != 1:
        return None
    children: list[QUndoCommand] = []
    new_ids: dict[str, str] = {}
    for node in data.get("nodes", []):
        if catalog.get(node.get("kind")) is None:
            continue
        new_ids[node["id"]] = str(uuid.uuid4())
        x, y = node.get("position", (0, 0))
        children.append(AddNodeCommand(doc, node["kind"], node.get("params"),
                                       (x + offset[0], y + offset[1]), node.get("label", ""),
                                       new_ids[node["id"]]))
    for edge in data.get("edges", []):
        if edge.get("source") in new_ids and edge.get("target") in new_ids:
            children.append(ConnectCommand(doc, new_ids[edge["source"]],
                                           edge.get("port", "next"), new_ids[edge["target"]]))
    if not new_ids:
        return None
    return MacroCommand(tr("Paste {0} step(s)").format(len(new_ids)), children), \
        list(new_ids.values())


def auto_layout_command(doc: FlowDocument) -> MoveNodesCommand | None:
    from runtime.layout import layered_positions

    moves = {}
    for node_id, new in layered_positions(doc.flow).items():
        old = tuple(doc.flow.node(node_id)["position"])
        if old != tuple(new):
            moves[node_id] = (old, tuple(new))
    return MoveNodesCommand(doc, moves, tr("Auto-layout")) if moves else None
