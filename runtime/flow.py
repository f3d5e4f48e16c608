"""A flow: a networkx DAG of nodes with stable uuid ids, edited only through these methods."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from runtime import catalog
from runtime.errors import UserError

if TYPE_CHECKING:
    import networkx as nx

REENTRY_MODES = ("once", "after_finish", "after_days")


def default_settings() -> dict[str, Any]:
    return {
        # once: a contact enters at most once ever; after_finish: again once their run ended;
        # after_days: again N days after they last entered (and only when not inside).
        "reentry": {"mode": "after_finish", "days": 30},
        # Events that end a run early as a success, e.g. an order during a win-back.
        "goals": [],
        # Date and inactivity triggers fire on the crossing; this also enrols who already
        # qualifies when the flow is switched on.
        "enrol_existing": False,
    }


def new_graph() -> nx.DiGraph:
    """An empty graph. networkx is imported here, on first use, and not with this module:
    it costs 0.3-0.6 s, which the studio's window must not wait for at start-up."""
    import networkx

    return networkx.DiGraph()


class FlowEditError(UserError):
    """An edit the flow refuses (a cycle, a used port); the message is shown at the cursor."""


@dataclass(frozen=True)
class FlowEvent:
    """What changed: kind is node_added, node_removed, node_changed, edge_added,
    edge_removed or settings_changed; `what` names the changed attribute."""

    kind: str
    node_id: str | None = None
    target: str | None = None
    port: str | None = None
    what: str | None = None


@dataclass
class Flow:
    name: str = "Untitled flow"
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))
    description: str = ""
    category: str = ""
    settings: dict[str, Any] = field(default_factory=default_settings)
    graph: nx.DiGraph = field(default_factory=new_graph, repr=False)
    _listeners: list[Callable[[FlowEvent], None]] = field(default_factory=list, repr=False)

    # --- observation ------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[FlowEvent], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[FlowEvent], None]) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: FlowEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- reading ----------------------------------------------------------------------------
    def nodes(self) -> list[str]:
        return list(self.graph.nodes)

    def node(self, node_id: str) -> dict[str, Any]:
        if node_id not in self.graph:
            raise KeyError(node_id)
        return self.graph.nodes[node_id]

    def spec(self, node_id: str) -> catalog.NodeSpec | None:
        return catalog.get(self.node(node_id)["kind"])

    def edges(self) -> list[tuple[str, str, str]]:
        """(source, port, target) for every connection."""
        return [(u, d["port"], v) for u, v, d in self.graph.edges(data=True)]

    def target(self, node_id: str, port: str) -> str | None:
        for _u, v, d in self.graph.out_edges(node_id, data=True):
            if d["port"] == port:
                return v
        return None

    def triggers(self) -> list[str]:
        return [n for n, d in self.graph.nodes(data=True) if d["kind"].startswith("trigger.")]

    def label(self, node_id: str) -> str:
        data = self.node(node_id)
        if data.get("label"):
            return data["label"]
        spec = catalog.get(data["kind"])
        return spec.title if spec else data["kind"]

    # --- editing ----------------------------------------------------------------------------
    def add_node(self, kind: str, params: dict[str, Any] | None = None,
                 position: tuple[float, float] = (0.0, 0.0), label: str = "",
                 node_id: str | None = None) -> str:
        spec = catalog.get(kind)
        if spec is None:
            raise FlowEditError(f"there is no node kind “{kind}”")
        node_id = node_id or str(uuid.uuid4())
        if node_id in self.graph:
            raise FlowEditError(f"a node with id {node_id} is already in the flow")
        merged = {**spec.defaults(), **copy.deepcopy(params or {})}
        self.graph.add_node(node_id, kind=kind, version=spec.version, params=merged,
                            position=(float(position[0]), float(position[1])), label=label)
        self._emit(FlowEvent("node_added", node_id))
        return node_id

    def remove_node(self, node_id: str) -> None:
        """Remove a node and its connections (edge_removed events come first)."""
        self.node(node_id)
        for source, port, target in self.edges():
            if node_id in (source, target):
                self.disconnect(source, port)
        self.graph.remove_node(node_id)
        self._emit(FlowEvent("node_removed", node_id))

    def set_params(self, node_id: str, params: dict[str, Any]) -> None:
        """Replace the node's settings; settings left out take their defaults, as in
        add_node, so that what is saved is what a reload gives back."""
        data = self.node(node_id)
        spec = self.spec(node_id)
        defaults = spec.defaults() if spec else {}
        data["params"] = {**defaults, **copy.deepcopy(params)}
        self._emit(FlowEvent("node_changed", node_id, what="params"))
        # A split whose branch was renamed or removed loses the connection of that branch.
        if spec and spec.ports_from:
            valid = set(spec.output_ports(params))
            for source, port, _target in self.edges():
                if source == node_id and port not in valid:
                    self.disconnect(source, port)

    def set_position(self, node_id: str, position: tuple[float, float]) -> None:
        self.node(node_id)["position"] = (float(position[0]), float(position[1]))
        self._emit(FlowEvent("node_changed", node_id, what="position"))

    def set_label(self, node_id: str, label: str) -> None:
        self.node(node_id)["label"] = label
        self._emit(FlowEvent("node_changed", node_id, what="label"))

    def set_settings(self, settings: dict[str, Any]) -> None:
        self.settings = copy.deepcopy(settings)
        self._emit(FlowEvent("settings_changed"))

    def check_connection(self, source: str, port: str, target: str) -> str | None:
        """Why connecting would be wrong, in words for the cursor; None when it is fine."""
        if source not in self.graph or target not in self.graph:
            return "both ends must be steps of this flow"
        if source == target:
            return "a step cannot lead to itself"
        spec = self.spec(source)
        ports = spec.output_ports(self.node(source)["params"]) if spec else ()
        if port not in ports:
            return f"{self.label(source)} has no exit “{port}”"
        if self.target(source, port) is not None:
            return f"the exit “{port}” of {self.label(source)} is already connected"
        if self.node(target)["kind"].startswith("trigger."):
            return "a trigger starts a flow; nothing can lead into it"
        if self.graph.has_edge(source, target):
            return f"{self.label(source)} already leads to {self.label(target)}"
        import networkx as nx  # loaded since this flow's graph was made: a dict lookup

        if nx.has_path(self.graph, target, source):
            return "this would make a loop: flows must always move forward"
        return None

    def connect(self, source: str, port: str, target: str) -> None:
        problem = self.check_connection(source, port, target)
        if problem:
            raise FlowEditError(problem)
        self.graph.add_edge(source, target, port=port)
        self._emit(FlowEvent("edge_added", source, target=target, port=port))

    def disconnect(self, source: str, port: str) -> None:
        target = self.target(source, port)
        if target is None:
            return
        self.graph.remove_edge(source, target)
        self._emit(FlowEvent("edge_removed", source, target=target, port=port))

    def copy(self) -> Flow:
        """A deep copy with the same ids and no listeners."""
        return Flow(self.name, self.uid, self.description, self.category,
                    copy.deepcopy(self.settings), copy.deepcopy(self.graph))
