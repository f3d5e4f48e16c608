"""Auto-layout: a layered left-to-right arrangement of a flow's DAG (no Qt, testable headless)."""

from __future__ import annotations

from runtime.flow import Flow

COLUMN_GAP = 260.0
ROW_GAP = 130.0


def layered_positions(flow: Flow) -> dict[str, tuple[float, float]]:
    """A position for every node: columns by longest path from a trigger, rows ordered so that
    branches stay near their parents; disconnected nodes go in a last column."""
    import networkx as nx  # not at import time: see runtime.flow.new_graph

    graph = flow.graph
    if graph.number_of_nodes() == 0:
        return {}
    if not nx.is_directed_acyclic_graph(graph):
        # A broken file may hold a loop; keep it readable instead of failing.
        graph = nx.DiGraph([(u, v) for u, v in nx.dfs_edges(graph)])
        graph.add_nodes_from(flow.graph.nodes)
    layer: dict[str, int] = {}
    for node in nx.topological_sort(graph):
        preds = list(graph.predecessors(node))
        layer[node] = 1 + max((layer[p] for p in preds), default=-1)
    columns: dict[int, list[str]] = {}
    for node, index in layer.items():
        columns.setdefault(index, []).append(node)
    positions: dict[str, tuple[float, float]] = {}
    port_rank = {"yes": 0, "happened": 0, "next": 1, "no": 2, "timeout": 2}
    for index in sorted(columns):
        def sort_key(node: str) -> tuple:
            preds = list(graph.predecessors(node))
            if not preds:
                return (0.0, flow.graph.nodes[node]["position"][1], node)
            parent_y = sum(positions[p][1] for p in preds) / len(preds)
            port = flow.graph.edges[preds[0], node].get("port", "next") \
                if flow.graph.has_edge(preds[0], node) else "next"
            return (parent_y, port_rank.get(port, 1), node)

        nodes = sorted(columns[index], key=sort_key)
        top = -(len(nodes) - 1) * ROW_GAP / 2
        for row, node in enumerate(nodes):
            positions[node] = (index * COLUMN_GAP, top + row * ROW_GAP)
    return positions
