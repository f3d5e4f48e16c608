"""Canvas gestures through the view: drag to move, drag to connect, drop, zoom, pan, minimap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolTip

from studio.canvas import style as st
from studio.canvas.scene import FlowScene
from studio.canvas.view import KIND_MIME, FlowView
from studio.commands import AddNodeCommand, ConnectCommand, MoveNodesCommand
from studio.document import FlowDocument
from tests.studio.test_canvas_scene import build_flow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def doc(qapp):
    document = FlowDocument(build_flow())
    yield document
    document.close()


@pytest.fixture
def view(qtbot, doc):
    flow_view = FlowView(FlowScene(doc))
    qtbot.addWidget(flow_view)
    flow_view.resize(1000, 600)
    flow_view.show()
    qtbot.waitExposed(flow_view)
    flow_view.zoom_reset()
    flow_view.centerOn(400, 0)
    yield flow_view
    flow_view.close()


def at(view: FlowView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(qtbot, view: FlowView, start: QPointF, end: QPointF, steps: int = 4) -> None:
    port = view.viewport()
    a, b = at(view, start), at(view, end)
    qtbot.mousePress(port, LEFT, pos=a)
    for i in range(1, steps + 1):
        qtbot.mouseMove(port, a + (b - a) * i / steps)
    qtbot.mouseRelease(port, LEFT, pos=b)


def test_dragging_a_card_pushes_one_move_and_undo_restores_it(qtbot, view, doc):
    item = view.scene().node_item("w")
    start = item.pos() + QPointF(60, 12)
    drag(qtbot, view, start, start + QPointF(83, 41))
    stack = doc.undo_stack
    assert stack.count() == 1 and isinstance(stack.command(0), MoveNodesCommand)
    assert doc.flow.node("w")["position"] == (363.0, 41.0)
    # The edges followed the card.
    assert view.scene().edge_item("w", "next").path().pointAtPercent(0) == \
        item.output_port_pos("next")
    stack.undo()
    assert doc.flow.node("w")["position"] == (280.0, 0.0)
    assert (item.pos().x(), item.pos().y()) == (280.0, 0.0)


def test_dragging_a_selection_moves_all_in_one_command(qtbot, view, doc):
    scene = view.scene()
    scene.node_item("t").setSelected(True)
    scene.node_item("w").setSelected(True)
    grab = scene.node_item("w").pos() + QPointF(60, 12)
    drag(qtbot, view, grab, grab + QPointF(0, 100))
    assert doc.undo_stack.count() == 1
    assert set(doc.undo_stack.command(0).moves) == {"t", "w"}
    assert doc.flow.node("t")["position"] == (0.0, 100.0)
    doc.undo_stack.undo()
    assert doc.flow.node("t")["position"] == (0.0, 0.0)


def test_snap_to_grid_while_dragging(qtbot, view, doc):
    view.scene().snap_to_grid = True
    item = view.scene().node_item("w")
    start = item.pos() + QPointF(60, 12)
    drag(qtbot, view, start, start + QPointF(33, 27))
    x, y = doc.flow.node("w")["position"]
    assert x % st.GRID == 0 and y % st.GRID == 0


def test_dragging_from_an_output_port_connects(qtbot, view, doc):
    scene = view.scene()
    doc.undo_stack.push(AddNodeCommand(doc, "action.remove_tag", {"tag": "x"}, (1150, -80),
                                       node_id="r"))
    view.centerOn(800, 0)
    source = scene.node_item("e")
    drag(qtbot, view, source.output_port_pos("next"),
         scene.node_item("r").pos() + QPointF(80, 40), steps=6)
    assert doc.flow.target("e", "next") == "r"
    assert isinstance(doc.undo_stack.command(1), ConnectCommand)
    assert doc.undo_stack.count() == 2 and scene.edge_item("e", "next") is not None
    assert not [i for i in scene.items() if i.zValue() == 10]  # the rubber line is gone


def test_a_loop_is_refused_with_a_message(qtbot, view, doc):
    scene = view.scene()
    messages: list[str] = []
    scene.message.connect(messages.append)
    view.centerOn(500, 0)
    drag(qtbot, view, scene.node_item("c").output_port_pos("yes"),
         scene.node_item("w").pos() + QPointF(80, 40))
    try:
        assert doc.flow.target("c", "yes") == "e"  # unchanged: "yes" was already taken
        assert messages and "Cannot connect" in messages[0]
        doc.flow.disconnect("c", "yes")
        messages.clear()
        drag(qtbot, view, scene.node_item("c").output_port_pos("yes"),
             scene.node_item("w").pos() + QPointF(80, 40))
        assert "loop" in messages[0]
        assert doc.flow.target("c", "yes") is None and doc.undo_stack.count() == 0
        assert scene.edge_item("c", "yes") is None
    finally:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_releasing_on_empty_canvas_adds_nothing(qtbot, view, doc):
    scene = view.scene()
    doc.flow.disconnect("c", "yes")
    drag(qtbot, view, scene.node_item("c").output_port_pos("yes"), QPointF(700, 250))
    assert doc.undo_stack.count() == 0 and doc.flow.target("c", "yes") is None


def send_drop(view: FlowView, kind: bytes, pos: QPoint) -> QDropEvent:
    mime = QMimeData()
    mime.setData(KIND_MIME, kind)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPointF(pos), actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(QPointF(pos), actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    return enter


def test_dropping_a_palette_kind_adds_a_node_there(view, doc):
    point = QPoint(300, 400)
    enter = send_drop(view, b"wait.delay", point)
    assert enter.isAccepted()
    assert doc.undo_stack.count() == 1
    command = doc.undo_stack.command(0)
    assert isinstance(command, AddNodeCommand) and command.kind == "wait.delay"
    card = view.scene().node_item(command.node_id)
    assert card.sceneBoundingRect().contains(view.mapToScene(point))
    assert view.scene().selected_node_ids() == [command.node_id]


def test_dropping_an_unknown_kind_is_refused(view, doc):
    enter = send_drop(view, b"action.launch_rockets", QPoint(300, 400))
    assert not enter.isAccepted()
    assert doc.undo_stack.count() == 0


def test_zoom_slots_change_the_transform_and_signal(qtbot, view):
    with qtbot.waitSignal(view.zoomChanged) as signal:
        view.zoom_in()
    assert signal.args[0] == pytest.approx(1.25) == view.transform().m11()
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    for _ in range(30):
        view.zoom_in()
    assert view.zoom() == st.MAX_ZOOM
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == st.MIN_ZOOM
    view.zoom_reset()
    assert view.zoom() == 1.0
    view.resize(400, 300)
    with qtbot.waitSignal(view.zoomChanged):
        view.zoom_fit()
    assert view.zoom() < 1.0
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.scene().nodes_rect())


def test_wheel_zooms_around_the_cursor(qtbot, view):
    from PySide6.QtGui import QWheelEvent

    cursor = QPointF(200, 150)
    fixed = view.mapToScene(cursor.toPoint())
    wheel = QWheelEvent(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 1.1
    assert (view.mapToScene(cursor.toPoint()) - fixed).manhattanLength() < 2


def test_middle_button_pans(qtbot, view):
    before = view.mapToScene(QPoint(0, 0))
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.MiddleButton, pos=QPoint(500, 300))
    qtbot.mouseMove(port, QPoint(400, 250))
    qtbot.mouseRelease(port, Qt.MouseButton.MiddleButton, pos=QPoint(400, 250))
    after = view.mapToScene(QPoint(0, 0))
    assert (after - before) == QPointF(100, 50)
    assert doc_unchanged(view)


def doc_unchanged(view: FlowView) -> bool:
    return view.scene().doc.undo_stack.count() == 0


def test_rubber_band_selects(qtbot, view):
    drag(qtbot, view, QPointF(-40, -150), QPointF(620, 40))
    assert set(view.scene().selected_node_ids()) == {"t", "w", "c"}
    assert doc_unchanged(view)


def test_center_on_node(view):
    view.center_on_node("g")
    centre = view.mapToScene(view.viewport().rect().center())
    card = view.scene().node_item("g").sceneBoundingRect()
    assert card.contains(centre)


def test_overview_click_moves_the_view(qtbot, view):
    view.set_overview_visible(True)
    overview = view._overview
    assert overview.isVisible()
    overview._rebuild()
    target = overview._to_map.map(view.scene().node_item("g").sceneBoundingRect().center())
    qtbot.mouseClick(overview, LEFT, pos=target.toPoint())
    centre = view.mapToScene(view.viewport().rect().center())
    assert (centre - view.scene().node_item("g").sceneBoundingRect().center()) \
        .manhattanLength() < 20
    assert overview.grab().width() == overview.width()


def test_escape_cancels_a_new_link(qtbot, view, doc):
    scene = view.scene()
    doc.flow.disconnect("c", "yes")
    port = view.viewport()
    start = at(view, scene.node_item("c").output_port_pos("yes"))
    qtbot.mousePress(port, LEFT, pos=start)
    qtbot.mouseMove(port, start + QPoint(60, 40))
    assert [i for i in scene.items() if i.zValue() == 10]  # the rubber line follows
    qtbot.keyClick(port, Qt.Key.Key_Escape)
    qtbot.mouseRelease(port, LEFT, pos=at(view, scene.node_item("e").pos() + QPointF(80, 40)))
    assert doc.flow.target("c", "yes") is None and doc.undo_stack.count() == 0
    assert not [i for i in scene.items() if i.zValue() == 10]


def test_zoomed_out_cards_are_drawn_plainly(view):
    scene = view.scene()
    view.set_zoom(0.2)
    assert all(i.cacheMode() == i.CacheMode.NoCache for i in scene.node_items())
    assert view.viewport().grab().width() == view.viewport().width()
    view.set_zoom(1.0)
    assert all(i.cacheMode() == i.CacheMode.DeviceCoordinateCache for i in scene.node_items())


def test_overview_follows_edits(qtbot, view, doc):
    view.set_overview_visible(True)
    overview = view._overview
    before = overview._to_map.map(QPointF(0, 0))
    doc.undo_stack.push(AddNodeCommand(doc, "action.add_tag", {"tag": "x"}, (3000, 900)))
    qtbot.waitUntil(lambda: overview._to_map.map(QPointF(0, 0)) != before, timeout=2000)
    view.set_overview_visible(False)
    assert not overview.isVisible()
