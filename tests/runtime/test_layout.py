"""Auto-layout puts every step right of what leads to it and never on top of another."""

from __future__ import annotations

from runtime.flow import Flow
from runtime.layout import COLUMN_GAP, layered_positions


def test_layers_follow_the_flow_and_nodes_do_not_overlap():
    flow = Flow("Layout")
    t = flow.add_node("trigger.order_placed")
    w = flow.add_node("wait.delay")
    c = flow.add_node("condition.contact")
    yes = flow.add_node("action.add_tag", {"tag": "y"})
    no = flow.add_node("action.add_tag", {"tag": "n"})
    end = flow.add_node("action.end")
    stray = flow.add_node("action.unsubscribe")
    for a, port, b in ((t, "next", w), (w, "next", c), (c, "yes", yes), (c, "no", no),
                       (yes, "next", end)):
        flow.connect(a, port, b)
    pos = layered_positions(flow)
    assert set(pos) == set(flow.nodes())
    for source, _port, target in flow.edges():
        assert pos[target][0] > pos[source][0]
    assert pos[yes][0] == pos[no][0] == 3 * COLUMN_GAP
    assert pos[yes][1] < pos[no][1]  # "yes" above "no"
    assert len(set(pos.values())) == len(pos)
    assert pos[stray][0] == 0  # an unconnected step starts a column of its own


def test_empty_flow_has_no_positions():
    assert layered_positions(Flow("Empty")) == {}
