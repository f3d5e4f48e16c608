"""Flow edits: nodes, connections refused for cycles and port misuse, events, stable ids."""

from __future__ import annotations

import uuid

import pytest

from runtime.errors import UserError
from runtime.flow import Flow, FlowEditError, FlowEvent
from runtime.flowfile import load_flow, save_flow


@pytest.fixture
def flow() -> Flow:
    return Flow(name="Win-back")


@pytest.fixture
def events(flow) -> list[FlowEvent]:
    seen: list[FlowEvent] = []
    flow.subscribe(seen.append)
    return seen


def chain(flow: Flow, *kinds: str) -> list[str]:
    """Nodes of `kinds` connected one after the other on their "next" exits."""
    ids = [flow.add_node(kind) for kind in kinds]
    for source, target in zip(ids, ids[1:], strict=False):
        flow.connect(source, "next", target)
    return ids


# --- nodes -------------------------------------------------------------------------------------

def test_add_node_gives_a_uuid_and_the_defaults(flow, events):
    node = flow.add_node("trigger.inactive", {"days": 30}, position=(10, 20.5), label="Lapsed")
    assert str(uuid.UUID(node)) == node
    data = flow.node(node)
    assert data["kind"] == "trigger.inactive" and data["version"] == 1
    assert data["params"] == {"days": 30, "time_of_day": "10:00"}
    assert data["position"] == (10.0, 20.5) and isinstance(data["position"][0], float)
    assert flow.label(node) == "Lapsed"
    assert events == [FlowEvent("node_added", node)]


def test_node_ids_differ_and_can_be_given(flow):
    a, b = flow.add_node("action.end"), flow.add_node("action.end")
    assert a != b
    assert flow.add_node("action.end", node_id="fixed") == "fixed"
    with pytest.raises(FlowEditError, match="already in the flow"):
        flow.add_node("action.end", node_id="fixed")
    assert len(flow.nodes()) == 3


def test_add_node_copies_the_params(flow):
    rules = [{"fact": "tags", "op": "has", "value": "vip"}]
    node = flow.add_node("condition.contact", {"rules": rules})
    rules[0]["value"] = "changed"
    assert flow.node(node)["params"]["rules"][0]["value"] == "vip"


def test_unknown_kind_and_node(flow, events):
    with pytest.raises(FlowEditError, match="no node kind “action.teleport”"):
        flow.add_node("action.teleport")
    with pytest.raises(KeyError):
        flow.node("missing")
    with pytest.raises(KeyError):
        flow.remove_node("missing")
    assert events == [] and flow.nodes() == []


def test_label_falls_back_to_the_title(flow):
    node = flow.add_node("wait.delay")
    assert flow.label(node) == "Wait"
    flow.set_label(node, "Три дні")
    assert flow.label(node) == "Три дні"


def test_triggers_lists_only_triggers(flow):
    t1, wait = chain(flow, "trigger.order_placed", "wait.delay")
    t2 = flow.add_node("trigger.tag_added")
    assert sorted(flow.triggers()) == sorted([t1, t2])
    assert wait not in flow.triggers()


# --- connections -------------------------------------------------------------------------------

def test_connect_creates_an_edge_and_an_event(flow, events):
    trigger, wait = flow.add_node("trigger.order_placed"), flow.add_node("wait.delay")
    assert flow.check_connection(trigger, "next", wait) is None
    flow.connect(trigger, "next", wait)
    assert flow.edges() == [(trigger, "next", wait)]
    assert flow.graph.edges[trigger, wait]["port"] == "next"
    assert flow.target(trigger, "next") == wait
    assert flow.target(wait, "next") is None
    assert events[-1] == FlowEvent("edge_added", trigger, target=wait, port="next")


def test_a_condition_uses_both_exits(flow):
    trigger, cond = chain(flow, "trigger.order_placed", "condition.contact")
    yes, no = flow.add_node("action.add_tag"), flow.add_node("action.end")
    flow.connect(cond, "yes", yes)
    flow.connect(cond, "no", no)
    assert flow.target(cond, "yes") == yes and flow.target(cond, "no") == no


def test_a_cycle_is_refused(flow, events):
    trigger, a, b, c = chain(flow, "trigger.order_placed", "wait.delay", "action.add_tag",
                             "wait.delay")
    before = sorted(flow.edges())
    events.clear()
    message = flow.check_connection(c, "next", a)
    assert message == "this would make a loop: flows must always move forward"
    with pytest.raises(FlowEditError, match="loop") as info:
        flow.connect(c, "next", a)
    assert isinstance(info.value, UserError)
    assert sorted(flow.edges()) == before and events == []


def test_a_step_cannot_lead_to_itself(flow):
    wait = flow.add_node("wait.delay")
    with pytest.raises(FlowEditError, match="cannot lead to itself"):
        flow.connect(wait, "next", wait)
    assert flow.edges() == []


def test_a_used_port_is_refused(flow):
    cond = flow.add_node("condition.contact", label="VIP?")
    a, b = flow.add_node("action.add_tag"), flow.add_node("action.remove_tag")
    flow.connect(cond, "yes", a)
    with pytest.raises(FlowEditError, match="the exit “yes” of VIP\\? is already connected"):
        flow.connect(cond, "yes", b)
    assert flow.target(cond, "yes") == a


def test_two_exits_to_the_same_step_are_refused(flow):
    cond, end = flow.add_node("condition.contact"), flow.add_node("action.end")
    flow.connect(cond, "yes", end)
    with pytest.raises(FlowEditError, match="already leads to End"):
        flow.connect(cond, "no", end)


def test_an_edge_into_a_trigger_is_refused(flow):
    trigger, wait = chain(flow, "trigger.order_placed", "wait.delay")
    other = flow.add_node("trigger.tag_added")
    for source in (wait, other):
        with pytest.raises(FlowEditError, match="nothing can lead into it"):
            flow.connect(source, "next", trigger)
    assert flow.graph.in_degree(trigger) == 0


def test_unknown_ports_and_strangers_are_refused(flow):
    wait, end = flow.add_node("wait.delay"), flow.add_node("action.end")
    with pytest.raises(FlowEditError, match="Wait has no exit “yes”"):
        flow.connect(wait, "yes", end)
    with pytest.raises(FlowEditError, match="End has no exit “next”"):
        flow.connect(end, "next", wait)
    with pytest.raises(FlowEditError, match="both ends"):
        flow.connect(wait, "next", "nowhere")
    with pytest.raises(FlowEditError, match="both ends"):
        flow.connect("nowhere", "next", wait)


def test_wait_event_exits(flow):
    wait = flow.add_node("wait.event")
    happened, timeout = flow.add_node("action.add_tag"), flow.add_node("action.end")
    flow.connect(wait, "happened", happened)
    flow.connect(wait, "timeout", timeout)
    with pytest.raises(FlowEditError):
        flow.connect(wait, "next", flow.add_node("action.end"))


def test_disconnect(flow, events):
    trigger, wait = chain(flow, "trigger.order_placed", "wait.delay")
    events.clear()
    flow.disconnect(wait, "next")  # nothing there: no event
    assert events == []
    flow.disconnect(trigger, "next")
    assert flow.edges() == []
    assert events == [FlowEvent("edge_removed", trigger, target=wait, port="next")]


# --- removing ----------------------------------------------------------------------------------

def test_remove_node_removes_its_edges_first(flow, events):
    trigger, cond = chain(flow, "trigger.order_placed", "condition.contact")
    yes, no = flow.add_node("action.add_tag"), flow.add_node("action.end")
    flow.connect(cond, "yes", yes)
    flow.connect(cond, "no", no)
    events.clear()
    flow.remove_node(cond)
    assert cond not in flow.nodes() and flow.edges() == []
    assert [e.kind for e in events] == ["edge_removed"] * 3 + ["node_removed"]
    assert {(e.node_id, e.port, e.target) for e in events[:3]} == {
        (trigger, "next", cond), (cond, "yes", yes), (cond, "no", no)}
    assert events[-1] == FlowEvent("node_removed", cond)


def test_remove_node_leaves_other_edges(flow):
    trigger, wait, tag = chain(flow, "trigger.order_placed", "wait.delay", "action.add_tag")
    flow.remove_node(tag)
    assert flow.edges() == [(trigger, "next", wait)]


# --- parameters and the split's exits ----------------------------------------------------------

def test_renaming_a_split_branch_drops_only_that_edge(flow, events):
    split = flow.add_node("condition.random_split")
    a, b = flow.add_node("action.add_tag"), flow.add_node("action.coupon")
    flow.connect(split, "A", a)
    flow.connect(split, "B", b)
    events.clear()
    flow.set_params(split, {"branches": [{"name": "A", "percent": 50},
                                         {"name": "Coupon", "percent": 50}]})
    assert flow.edges() == [(split, "A", a)]
    assert events == [FlowEvent("node_changed", split, what="params"),
                      FlowEvent("edge_removed", split, target=b, port="B")]
    flow.connect(split, "Coupon", b)
    assert flow.target(split, "Coupon") == b


def test_set_params_keeps_edges_of_other_kinds(flow):
    trigger, wait = chain(flow, "trigger.order_placed", "wait.delay")
    flow.set_params(trigger, {"which": "nth", "nth": 3})
    assert flow.edges() == [(trigger, "next", wait)]


def test_set_params_copies(flow):
    node = flow.add_node("action.add_tag")
    params = {"tag": "vip"}
    flow.set_params(node, params)
    params["tag"] = "changed"
    assert flow.node(node)["params"] == {"tag": "vip"}


def test_position_label_and_settings_events(flow, events):
    node = flow.add_node("action.end")
    flow.set_position(node, (3, 4))
    flow.set_label(node, "Done")
    settings = {"reentry": {"mode": "once"}, "goals": [{"event": "order_placed"}]}
    flow.set_settings(settings)
    settings["goals"].clear()
    assert flow.node(node)["position"] == (3.0, 4.0)
    assert flow.settings["goals"] == [{"event": "order_placed"}]
    assert [(e.kind, e.what) for e in events] == [
        ("node_added", None), ("node_changed", "position"), ("node_changed", "label"),
        ("settings_changed", None)]


# --- listeners, copies, ids --------------------------------------------------------------------

def test_events_reach_every_subscriber_until_it_leaves(flow):
    first: list[FlowEvent] = []
    second: list[FlowEvent] = []
    flow.subscribe(first.append)
    flow.subscribe(second.append)
    node = flow.add_node("action.end")
    flow.unsubscribe(first.append)
    flow.remove_node(node)
    assert [e.kind for e in first] == ["node_added"]
    assert [e.kind for e in second] == ["node_added", "node_removed"]


def test_a_listener_may_unsubscribe_while_being_told(flow):
    seen = []

    def once(event):
        seen.append(event)
        flow.unsubscribe(once)

    flow.subscribe(once)
    flow.add_node("action.end")
    flow.add_node("action.end")
    assert len(seen) == 1


def test_copy_keeps_ids_and_drops_listeners(flow, events):
    trigger, wait = chain(flow, "trigger.order_placed", "wait.delay")
    twin = flow.copy()
    told = len(events)
    twin.add_node("action.end")
    twin.set_params(wait, {"duration": {"amount": 2, "unit": "days"}})
    assert twin.uid == flow.uid and twin.edges() == flow.edges()
    assert len(events) == told, "the copy tells the original's listeners nothing"
    assert flow.node(wait)["params"]["duration"] == {"amount": 1, "unit": "days"}
    assert len(flow.nodes()) == 2


def test_ids_are_stable_across_save_and_load(flow, tmp_path):
    trigger, cond = chain(flow, "trigger.order_placed", "condition.contact")
    end = flow.add_node("action.end")
    flow.connect(cond, "yes", end)
    path = tmp_path / "flow.json"
    save_flow(flow, path)
    first = load_flow(path)
    save_flow(first, path)
    second = load_flow(path)
    for loaded in (first, second):
        assert loaded.uid == flow.uid
        assert sorted(loaded.nodes()) == sorted([trigger, cond, end])
        assert sorted(loaded.edges()) == sorted(flow.edges())
    assert Flow().uid != Flow().uid


def test_set_params_fills_in_defaults_like_add_node():
    from runtime.flow import Flow
    from runtime.flowfile import dumps, loads

    flow = Flow("Defaults")
    node = flow.add_node("trigger.order_placed")
    flow.set_params(node, {"which": "first"})
    assert flow.node(node)["params"]["nth"] == 5
    assert dumps(loads(dumps(flow))) == dumps(flow)
