"""validate(flow): every problem at once, each with its node id and a plain message."""

from __future__ import annotations

from dataclasses import dataclass

from runtime import catalog
from runtime.flow import Flow

# Exits that must lead somewhere: a condition with a dangling branch is almost always a mistake,
# while an action with nothing after it simply ends the run.
_BRANCHING_FAMILIES = ("condition",)


@dataclass(frozen=True, order=True)
class Problem:
    node_id: str | None  # None for a problem of the whole flow
    message: str
    field: str | None = None  # the parameter, when the problem is in one

    def __str__(self) -> str:
        return f"{self.node_id or 'flow'}: {self.message}"


def validate(flow: Flow, *, channels: set[str] | None = None) -> list[Problem]:
    """All problems of `flow`. `channels` lists configured accounts (e.g. {"email"}); when
    given, actions that need a missing account are reported."""
    import networkx as nx  # not at import time: see runtime.flow.new_graph

    problems: list[Problem] = []
    triggers = flow.triggers()
    if not triggers:
        problems.append(Problem(None, "the flow has no trigger: add one so contacts can enter"))
    problems += _cycles(flow)
    problems += _goals(flow)
    reachable: set[str] = set()
    for t in triggers:
        reachable |= {t} | nx.descendants(flow.graph, t)
    for node_id in sorted(flow.graph.nodes):
        data = flow.graph.nodes[node_id]
        spec = catalog.get(data["kind"])
        name = flow.label(node_id)
        if spec is None:
            problems.append(Problem(node_id, f"unknown node kind “{data['kind']}”"))
            continue
        for param, message in catalog.validate_params(spec, data["params"]):
            problems.append(Problem(node_id, f"{name}: {message}", param))
        if triggers and node_id not in reachable:
            problems.append(Problem(node_id, f"{name} cannot be reached from any trigger"))
        if spec.family == "trigger" and flow.graph.in_degree(node_id):
            problems.append(Problem(node_id, f"{name} is a trigger; nothing may lead into it"))
        ports = spec.output_ports(data["params"])
        used_ports = [d["port"] for _u, _v, d in flow.graph.out_edges(node_id, data=True)]
        used = set(used_ports)
        for port in sorted(p for p in used if used_ports.count(p) > 1):
            problems.append(Problem(node_id, f"the “{port}” exit of {name} leads to more than "
                                             "one step; keep one connection"))
        for port in sorted(used - set(ports)):
            problems.append(Problem(node_id, f"{name} has no exit “{port}” any more; "
                                             "reconnect that branch"))
        if spec.family in _BRANCHING_FAMILIES:
            for port in ports:
                if port not in used:
                    problems.append(Problem(node_id, f"the “{port}” exit of {name} leads "
                                                     "nowhere: connect it or end it"))
        if channels is not None and spec.kind == "action.send_email" and "email" not in channels:
            problems.append(Problem(node_id, f"{name} needs an email account: add one in "
                                             "Settings → Email"))
    return problems


def _cycles(flow: Flow) -> list[Problem]:
    import networkx as nx

    problems = []
    for component in nx.strongly_connected_components(flow.graph):
        loop = sorted(component)
        if len(loop) > 1 or flow.graph.has_edge(loop[0], loop[0]):  # a step leading to itself
            names = " → ".join(flow.label(n) for n in loop)
            problems.append(Problem(loop[0], f"these steps form a loop: {names}; "
                                             "flows must always move forward"))
    return problems


def _goals(flow: Flow) -> list[Problem]:
    problems = []
    goals = flow.settings.get("goals") or []
    if not isinstance(goals, list):
        return [Problem(None, "the goals must be a list of events such as order_placed")]
    for i, goal in enumerate(goals, start=1):
        if not isinstance(goal, dict) or not isinstance(goal.get("event"), str) \
                or not goal["event"].strip():
            problems.append(Problem(None, f"goal {i} needs an event such as order_placed"))
    return problems
