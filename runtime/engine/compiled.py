"""A flow version prepared for running: node lookups and exits as plain dicts, built once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from runtime.flowfile import from_document


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    params: dict[str, Any]
    label: str
    family: str = ""  # trigger, wait, condition or action: the part of `kind` before the dot

    def __post_init__(self) -> None:
        if not self.family:
            object.__setattr__(self, "family", self.kind.split(".", 1)[0])


@dataclass
class CompiledFlow:
    version_id: int
    flow_id: int
    name: str
    settings: dict[str, Any]
    nodes: dict[str, Node]
    exits: dict[tuple[str, str], str]  # (node id, port) -> next node id
    triggers: dict[str, list[Node]] = field(default_factory=dict)  # kind -> trigger nodes
    goal_events: frozenset[str] = frozenset()
    waits_for_events: frozenset[str] = frozenset()
    activated_at: datetime | None = None

    @classmethod
    def from_document(cls, doc: dict[str, Any], version_id: int, flow_id: int) -> CompiledFlow:
        flow = from_document(doc, f"flow version {version_id}")
        nodes = {}
        triggers: dict[str, list[Node]] = {}
        waits = set()
        for node_id, data in flow.graph.nodes(data=True):
            node = Node(node_id, data["kind"], data["params"], flow.label(node_id))
            nodes[node_id] = node
            if node.kind.startswith("trigger."):
                triggers.setdefault(node.kind, []).append(node)
            if node.kind == "wait.event":
                waits.add(node.params["event"])
        exits = {(s, p): t for s, p, t in flow.edges()}
        goals = frozenset(g["event"] for g in flow.settings.get("goals") or [])
        return cls(version_id, flow_id, flow.name, flow.settings, nodes, exits, triggers,
                   goals, frozenset(waits))

    def next_node(self, node_id: str, port: str) -> str | None:
        return self.exits.get((node_id, port))
