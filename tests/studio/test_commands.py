"""Every edit is an undo command: undo returns the flow to exactly what it was."""

from __future__ import annotations

import pytest

from runtime.flow import Flow
from runtime.flowfile import dumps
from studio.commands import (
    AddNodeCommand,
    ConnectCommand,
    DisconnectCommand,
    MoveNodesCommand,
    RemoveNodesCommand,
    SetLabelCommand,
    SetParamsCommand,
    auto_layout_command,
    copy_nodes,
    paste_command,
)
from studio.document import FlowDocument


@pytest.fixture
def doc(qapp):
    flow = Flow("Привіт")
    t = flow.add_node("trigger.order_placed", position=(0, 0), node_id="t")
    c = flow.add_node("condition.random_split", position=(200, 0), node_id="split")
    a = flow.add_node("action.add_tag", {"tag": "A"}, (400, -60), node_id="a")
    b = flow.add_node("action.add_tag", {"tag": "B"}, (400, 60), node_id="b")
    flow.connect(t, "next", c)
    flow.connect(c, "A", a)
    flow.connect(c, "B", b)
    document = FlowDocument(flow)
    yield document
    document.close()


def check_undo_redo(doc, command):
    before = dumps(doc.flow)
    doc.undo_stack.push(command)
    after = dumps(doc.flow)
    assert after != before
    doc.undo_stack.undo()
    assert dumps(doc.flow) == before
    doc.undo_stack.redo()
    assert dumps(doc.flow) == after


@pytest.mark.parametrize("make", [
    lambda doc: AddNodeCommand(doc, "wait.delay", position=(10, 20)),
    lambda doc: RemoveNodesCommand(doc, ["split"]),
    lambda doc: RemoveNodesCommand(doc, ["t", "a", "b"]),
    lambda doc: MoveNodesCommand(doc, {"a": ((400, -60), (420, -80)), "b": ((400, 60), (0, 0))}),
    lambda doc: SetLabelCommand(doc, "t", "Замовлення"),
    lambda doc: DisconnectCommand(doc, "split", "A"),
    lambda doc: ConnectCommand(doc, "a", "next", "b"),
    lambda doc: SetParamsCommand(doc, "a", {"tag": "VIP"}),
], ids=["add", "remove", "remove-many", "move", "label", "disconnect", "connect", "params"])
def test_each_command_undoes_to_an_identical_graph(doc, make):
    check_undo_redo(doc, make(doc))
    assert doc.modified
    doc.undo_stack.undo()
    assert not doc.modified


def test_renaming_a_branch_drops_its_connection_and_undo_restores_it(doc):
    params = {"branches": [{"name": "A", "percent": 50}, {"name": "C", "percent": 50}]}
    check_undo_redo(doc, SetParamsCommand(doc, "split", params))
    assert doc.flow.target("split", "B") is None
    doc.undo_stack.undo()
    assert doc.flow.target("split", "B") == "b"


def test_copy_paste_makes_new_ids_and_keeps_inner_connections(doc):
    text = copy_nodes(doc, ["split", "a"])
    other = FlowDocument(Flow("Інший"))
    try:
        command, new_ids = paste_command(other, text)
        other.undo_stack.push(command)
        assert len(new_ids) == 2 and not set(new_ids) & {"split", "a"}
        edges = other.flow.edges()
        assert len(edges) == 1 and edges[0][1] == "A"
        assert other.flow.node(new_ids[1])["position"] == (440.0, -20.0)
        other.undo_stack.undo()
        assert other.flow.nodes() == []
    finally:
        other.close()
    assert paste_command(doc, "not json") is None
    assert paste_command(doc, '{"something": "else"}') is None


def test_auto_layout_is_one_undoable_step(doc):
    doc.flow.set_position("b", (-999, 999))
    before = dumps(doc.flow)
    doc.undo_stack.push(auto_layout_command(doc))
    assert doc.undo_stack.count() == 1
    assert doc.flow.node("b")["position"] != (-999, 999)
    doc.undo_stack.undo()
    assert dumps(doc.flow) == before


def test_document_reports_problems_after_edits(doc, qtbot):
    with qtbot.waitSignal(doc.problemsChanged, timeout=2000) as blocker:
        doc.undo_stack.push(DisconnectCommand(doc, "split", "A"))
    assert any("leads nowhere" in p.message for p in blocker.args[0])
