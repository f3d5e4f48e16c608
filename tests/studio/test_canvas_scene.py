"""The canvas scene mirrors its flow: items follow commands, undo, problems and badges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from runtime.flow import Flow
from studio.canvas import style as st
from studio.canvas.node_item import NodeItem
from studio.canvas.scene import FlowScene
from studio.commands import (
    AddNodeCommand,
    ConnectCommand,
    RemoveNodesCommand,
    SetLabelCommand,
    SetParamsCommand,
)
from studio.document import FlowDocument


def build_flow() -> Flow:
    """Order placed → wait 7 days → if 2+ orders → email (yes) / tag (no)."""
    flow = Flow("Повторна покупка")
    flow.add_node("trigger.order_placed", position=(0, 0), label="Нове замовлення",
                  node_id="t")
    flow.add_node("wait.delay", {"duration": {"amount": 7, "unit": "days"}},
                  position=(280, 0), label="Зачекати 7 днів", node_id="w")
    flow.add_node("condition.contact", position=(560, 0), label="Купував двічі?", node_id="c")
    flow.add_node("action.send_email", position=(860, -80), label="Лист", node_id="e")
    flow.add_node("action.add_tag", {"tag": "лояльний"}, position=(860, 80), node_id="g")
    flow.connect("t", "next", "w")
    flow.connect("w", "next", "c")
    flow.connect("c", "yes", "e")
    flow.connect("c", "no", "g")
    return flow


@pytest.fixture
def doc(qapp):
    document = FlowDocument(build_flow())
    yield document
    document.close()


@pytest.fixture
def scene(doc):
    flow_scene = FlowScene(doc)
    yield flow_scene
    flow_scene.deleteLater()


def mirrored(scene: FlowScene) -> tuple[set, set]:
    nodes = {(i.node_id, i.pos().x(), i.pos().y()) for i in scene.node_items()}
    edges = {(e.source, e.port, e.target) for e in scene.edge_items()}
    return nodes, edges


def model(doc: FlowDocument) -> tuple[set, set]:
    flow = doc.flow
    nodes = {(n, *flow.node(n)["position"]) for n in flow.nodes()}
    return nodes, set(flow.edges())


def test_scene_has_one_item_per_node_and_edge(scene, doc):
    assert mirrored(scene) == model(doc)
    assert len([i for i in scene.items() if isinstance(i, NodeItem)]) == 5
    card = scene.node_item("w")
    assert card.title == "Зачекати 7 днів"
    assert card.summary == "Wait 7 days"
    assert scene.node_item("t").has_input is False
    assert scene.node_item("c").ports == ("yes", "no")
    # Named exits are labelled on the edge; a single "next" is not.
    assert scene.edge_item("c", "yes").label == "yes"
    assert scene.edge_item("t", "next").label == ""


def test_edges_sit_on_the_ports(scene):
    edge = scene.edge_item("c", "no")
    path = edge.path()
    assert path.pointAtPercent(0) == scene.node_item("c").output_port_pos("no")
    end = scene.node_item("g").input_port_pos()
    assert abs(path.pointAtPercent(1).y() - end.y()) < 1e-6
    assert path.pointAtPercent(1).x() < end.x()  # the arrow head fills the rest


def test_commands_and_undo_update_items(scene, doc):
    stack = doc.undo_stack
    add = AddNodeCommand(doc, "action.remove_tag", {"tag": "новий"}, (300, 300))
    stack.push(add)
    stack.push(ConnectCommand(doc, "e", "next", add.node_id))
    assert scene.node_item(add.node_id) is not None
    assert mirrored(scene) == model(doc)
    stack.push(RemoveNodesCommand(doc, ["c"]))
    assert scene.node_item("c") is None
    assert scene.edge_item("c", "yes") is None and scene.edge_item("w", "next") is None
    assert mirrored(scene) == model(doc)
    stack.undo()
    assert scene.edge_item("c", "yes") is not None
    assert mirrored(scene) == model(doc)
    stack.undo()
    stack.undo()
    assert scene.node_item(add.node_id) is None
    assert mirrored(scene) == model(doc)


def test_label_and_params_changes_redraw_the_card(scene, doc):
    doc.undo_stack.push(SetLabelCommand(doc, "g", "Позначити 老客户"))
    assert scene.node_item("g").title == "Позначити 老客户"
    doc.undo_stack.push(SetParamsCommand(doc, "w", {"duration": {"amount": 3, "unit": "hours"}}))
    assert scene.node_item("w").summary == "Wait 3 hours"
    doc.undo_stack.undo()
    assert scene.node_item("w").summary == "Wait 7 days"


def test_split_branches_follow_params(scene, doc):
    split = AddNodeCommand(doc, "condition.random_split", position=(0, 300))
    doc.undo_stack.push(split)
    sid = split.node_id
    doc.undo_stack.push(ConnectCommand(doc, sid, "B", "g"))
    assert scene.node_item(sid).ports == ("A", "B")
    three = [{"name": "A", "percent": 40}, {"name": "B", "percent": 30},
             {"name": "C", "percent": 30}]
    doc.undo_stack.push(SetParamsCommand(doc, sid, {"branches": three}))
    item = scene.node_item(sid)
    assert item.ports == ("A", "B", "C")
    assert scene.edge_item(sid, "B").path().pointAtPercent(0) == item.output_port_pos("B")
    assert item.boundingRect().height() > item.card_rect().height()  # grew to three rows


def test_model_moves_move_cards_and_edges(scene, doc):
    doc.flow.set_position("w", (300.5, 40.25))
    item = scene.node_item("w")
    assert (item.pos().x(), item.pos().y()) == (300.5, 40.25)
    assert scene.edge_item("w", "next").path().pointAtPercent(0) == item.output_port_pos("next")
    assert scene.edge_item("t", "next").path().pointAtPercent(1).y() == \
        item.input_port_pos().y()


def test_problem_marks_follow_validation(scene, doc):
    assert all(not i.problems for i in scene.node_items())
    doc.flow.set_params("g", {"tag": ""})
    doc.validate_now()
    card = scene.node_item("g")
    assert card.problems and "Tag" in card.problems[0]
    badge = card._problem_badge
    assert badge is not None and badge.isVisible() and badge.scene() is scene
    assert card.problems[0] in badge.toolTip()
    doc.flow.set_params("g", {"tag": "лояльний"})
    doc.validate_now()
    assert card.problems == [] and card._problem_badge is None


def test_count_badges(scene):
    scene.set_badges({"t": ("1,200 entered", "1,200 contacts entered the flow"),
                      "w": ("0 reached", "")})
    badge = scene.node_item("t")._count_badge
    assert badge.text() == "1,200 entered" and "entered the flow" in badge.toolTip()
    assert scene.node_item("w")._count_badge.text() == "0 reached"
    assert scene.node_item("c").count_text is None
    scene.set_badges(None)
    assert all(i.count_text is None and i._count_badge is None for i in scene.node_items())


def press_key(scene: FlowScene, key: Qt.Key) -> None:
    QApplication.sendEvent(scene, QKeyEvent(QEvent.Type.KeyPress, key,
                                            Qt.KeyboardModifier.NoModifier))


def test_delete_selected_edge_disconnects(scene, doc):
    edge = scene.edge_item("c", "no")
    edge.setSelected(True)
    assert scene.selected_edges() == [("c", "no", "g")]
    press_key(scene, Qt.Key.Key_Delete)
    assert doc.flow.target("c", "no") is None
    assert scene.edge_item("c", "no") is None
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert scene.edge_item("c", "no") is not None and doc.flow.target("c", "no") == "g"


def test_delete_nodes_and_edges_is_one_undo_step(scene, doc):
    before = model(doc)
    scene.node_item("e").setSelected(True)
    scene.edge_item("t", "next").setSelected(True)
    assert scene.selected_node_ids() == ["e"]
    assert scene.delete_selection()
    assert doc.undo_stack.count() == 1
    assert "e" not in doc.flow.nodes() and doc.flow.target("t", "next") is None
    doc.undo_stack.undo()
    assert model(doc) == before == mirrored(scene)


def test_node_item_at_and_ports(scene):
    card = scene.node_item("c")
    assert scene.node_item_at(card.pos() + QPointF(50, 20)) is card
    assert scene.node_item_at(QPointF(-500, -500)) is None
    assert card.port_at(card.output_port_local("no")) == "no"
    assert card.port_at(QPointF(40, 40)) is None


def test_unknown_icon_draws_no_icon(scene, monkeypatch):
    from studio import icons

    monkeypatch.setattr(icons, "ICONS", icons.ICONS / "missing")
    icons.svg_renderer.cache_clear()
    st._pixmaps.clear()
    try:
        assert st.icon_pixmap("trigger-order", 18) is None
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        scene.render(painter)  # paints every card without an icon, and does not fail
        painter.end()
    finally:
        monkeypatch.undo()
        icons.svg_renderer.cache_clear()
        st._pixmaps.clear()


def test_dark_palette_restyles(scene):
    light = st.current_style()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    scene.apply_palette(palette)
    try:
        assert st.current_style().dark and not light.dark
    finally:
        st.reset_style()


def test_the_inner_half_of_an_exit_dot_belongs_to_the_card(qapp):
    """Regression: with an odd-even fill the dot/card overlap was a hole, so a press there
    moved the card instead of starting a connection."""
    from runtime.flow import Flow
    from studio.canvas.scene import FlowScene
    from studio.document import FlowDocument

    flow = Flow("Hit test")
    node = flow.add_node("action.add_tag", {"tag": "x"})
    doc = FlowDocument(flow)
    scene = FlowScene(doc)
    try:
        item = scene.node_item(node)
        port = item.output_port_local("next")
        inner = port - QPointF(2, 0)  # inside the card and inside the dot
        assert item.shape().contains(inner)
        assert scene.node_item_at(item.mapToScene(inner)) is item
    finally:
        doc.close()
