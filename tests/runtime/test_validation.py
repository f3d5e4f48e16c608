"""validate(flow): every problem at once, each naming its node (and parameter)."""

from __future__ import annotations

import pytest

from runtime.flow import Flow
from runtime.flowfile import save_flow
from runtime.validation import Problem, validate


@pytest.fixture
def flow() -> Flow:
    """A valid flow: trigger → if contact → (yes: email, no: end)."""
    flow = Flow()
    flow.add_node("trigger.order_placed", node_id="trigger")
    flow.add_node("condition.contact", node_id="vip", label="VIP?")
    flow.add_node("action.send_email", node_id="email")
    flow.add_node("action.end", node_id="end")
    flow.connect("trigger", "next", "vip")
    flow.connect("vip", "yes", "email")
    flow.connect("vip", "no", "end")
    return flow


def messages(flow: Flow, **kwargs) -> list[tuple[str | None, str]]:
    return [(p.node_id, p.message) for p in validate(flow, **kwargs)]


def test_a_good_flow_has_no_problems(flow):
    assert validate(flow) == []
    assert validate(flow, channels={"email"}) == []


def test_no_trigger():
    flow = Flow()
    flow.add_node("action.end", node_id="end")
    assert validate(flow) == [
        Problem(None, "the flow has no trigger: add one so contacts can enter")]
    assert validate(Flow()) == validate(flow)


def test_unreachable_node(flow):
    flow.add_node("wait.delay", node_id="orphan")
    flow.add_node("action.add_tag", {"tag": "x"}, node_id="after-orphan", label="Tag it")
    flow.connect("orphan", "next", "after-orphan")
    assert messages(flow) == [
        ("after-orphan", "Tag it cannot be reached from any trigger"),
        ("orphan", "Wait cannot be reached from any trigger"),
    ]


def test_any_trigger_makes_a_node_reachable(flow):
    flow.add_node("trigger.tag_added", {"tag": "vip"}, node_id="second")
    flow.add_node("action.add_tag", {"tag": "x"}, node_id="tag")
    flow.connect("second", "next", "tag")
    assert validate(flow) == []


def test_dangling_condition_branch(flow):
    flow.disconnect("vip", "no")
    assert messages(flow) == [
        ("end", "End cannot be reached from any trigger"),
        ("vip", "the “no” exit of VIP? leads nowhere: connect it or end it"),
    ]


def test_dangling_split_branches_but_not_dangling_waits_or_actions(flow):
    flow.add_node("condition.random_split", node_id="split")
    flow.add_node("wait.event", node_id="wait")
    flow.disconnect("vip", "yes")
    flow.connect("vip", "yes", "split")
    flow.connect("split", "A", "wait")
    assert messages(flow) == [
        ("email", "Send email cannot be reached from any trigger"),
        ("split", "the “B” exit of Random split (A/B) leads nowhere: connect it or end it"),
    ]


def test_invalid_params_name_the_field(flow):
    flow.set_params("trigger", {"which": "nth", "nth": 1})
    flow.set_params("email", {"template": {"subject": "", "text": "x"}, "bcc": "me"})
    assert validate(flow) == [
        Problem("email", "Send email: “bcc” is not a setting of Send email", "bcc"),
        Problem("email", "Send email: Email: the subject is empty", "template"),
        Problem("trigger", "Order placed: Order number must be at least 2", "nth"),
    ]


def test_hidden_params_are_not_checked(flow):
    flow.set_params("trigger", {"which": "any", "nth": 1})
    assert validate(flow) == []


def test_an_edge_on_a_port_that_no_longer_exists(flow):
    flow.add_node("condition.random_split", node_id="split")
    flow.add_node("action.add_tag", {"tag": "b"}, node_id="b")
    flow.disconnect("vip", "yes")
    flow.connect("vip", "yes", "split")
    flow.connect("split", "A", "email")
    flow.connect("split", "B", "b")
    # as an older editor or a hand edit would leave it: the branch renamed, the edge kept
    flow.node("split")["params"]["branches"] = [{"name": "A", "percent": 50},
                                                {"name": "C", "percent": 50}]
    assert messages(flow) == [
        ("split", "Random split (A/B) has no exit “B” any more; reconnect that branch"),
        ("split", "the “C” exit of Random split (A/B) leads nowhere: connect it or end it"),
    ]


def test_one_exit_leading_to_two_steps(flow):
    flow.add_node("action.add_tag", {"tag": "x"}, node_id="tag")
    flow.graph.add_edge("email", "tag", port="next")
    flow.graph.add_edge("email", "end", port="next")
    assert messages(flow) == [
        ("email", "the “next” exit of Send email leads to more than one step; keep one "
                  "connection"),
    ]


def test_a_trigger_with_an_incoming_edge(flow):
    flow.graph.add_edge("email", "trigger", port="next")  # only a hand-edited file does this
    found = messages(flow)
    assert ("trigger", "Order placed is a trigger; nothing may lead into it") in found
    assert any(node == "email" and "loop" in message for node, message in found)


def test_a_loop_names_its_steps(flow):
    flow.add_node("wait.delay", node_id="a-wait", label="Пауза")
    flow.disconnect("vip", "yes")
    flow.connect("vip", "yes", "a-wait")
    flow.connect("a-wait", "next", "email")
    flow.graph.add_edge("email", "a-wait", port="next")
    assert messages(flow) == [
        ("a-wait", "these steps form a loop: Пауза → Send email; flows must always move forward"),
    ]


def test_missing_email_account_only_when_channels_are_given(flow):
    assert validate(flow, channels=set()) == [
        Problem("email", "Send email needs an email account: add one in Settings → Email")]
    assert validate(flow, channels={"store"}) == validate(flow, channels=set())
    assert validate(flow, channels={"email"}) == []
    assert validate(flow) == []


def test_goals(flow):
    flow.set_settings({**flow.settings, "goals": [{"event": "order_placed"}, {"event": " "}, 7]})
    assert messages(flow) == [(None, "goal 2 needs an event such as order_placed"),
                              (None, "goal 3 needs an event such as order_placed")]
    flow.set_settings({**flow.settings, "goals": 5})
    assert messages(flow) == [(None, "the goals must be a list of events such as order_placed")]


def test_unknown_kind_in_the_graph(flow):
    flow.graph.add_node("alien", kind="action.teleport", version=1, params={}, label="",
                        position=(0.0, 0.0))
    assert ("alien", "unknown node kind “action.teleport”") in messages(flow)


def test_every_problem_at_once():
    flow = Flow()
    flow.add_node("condition.contact", {"rules": []}, node_id="c")
    flow.add_node("action.send_email", node_id="e")
    flow.connect("c", "yes", "e")
    found = validate(flow, channels=set())
    assert [(p.node_id, p.field) for p in found] == [
        (None, None), ("c", "rules"), ("c", None), ("e", None)]
    assert str(found[0]).startswith("flow: the flow has no trigger")
    assert str(found[1]) == "c: If contact…: Rules is required"


# --- the command line: python main.py validate FLOW.json ---------------------------------------

def run_validate(path, capsys) -> tuple[int, str, str]:
    import main

    code = main.main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_ok(flow, tmp_path, capsys):
    path = tmp_path / "good.json"
    save_flow(flow, path)
    assert run_validate(path, capsys) == (0, "ok\n", "")


def test_cli_lists_problems_with_node_ids(flow, tmp_path, capsys):
    flow.disconnect("vip", "no")
    flow.set_params("trigger", {"which": "nth", "nth": 0})
    flow.set_settings({**flow.settings, "goals": [{}]})
    path = tmp_path / "problems.json"
    save_flow(flow, path)
    code, out, err = run_validate(path, capsys)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "flow: goal 1 needs an event such as order_placed",
        "end: End cannot be reached from any trigger",
        "trigger: Order placed: Order number must be at least 2",
        "vip: the “no” exit of VIP? leads nowhere: connect it or end it",
    ]


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    ('{"schema_version": 1,\n "nodes": [,]}', "line 2, column 12: not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    ('{"schema_version": 1, "nodes": [{"id": "n1", "kind": "action.teleport"}]}',
     "node n1: unknown node kind “action.teleport”"),
    ('{"schema_version": 99, "nodes": []}', "newer Boomerang"),
    ("[" * 50_000, "not a flow file"),
])
def test_cli_bad_files_exit_2_with_a_message(tmp_path, capsys, content, expected):
    path = tmp_path / "bad flow.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run_validate(path, capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {path}") and expected in err and err.endswith("\n")
    assert len(err.splitlines()) == 1
