"""The flow settings dialog on a real window: who can enter, goals, enrol existing, undo."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from runtime.flow import Flow
from runtime.flowfile import dumps, loads
from studio.flow_settings import FlowSettingsDialog
from studio.main_window import MainWindow

RECIPES = Path(__file__).resolve().parents[2] / "recipes"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, service):
    w = MainWindow(service)
    w.show()
    yield w
    for dialog in w.findChildren(FlowSettingsDialog):
        dialog.reject()
    if w.doc is not None:
        w.doc.undo_stack.setClean()  # no "save changes?" prompt
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def flow_with(*kinds: str) -> Flow:
    flow = Flow("Settings test")
    previous = None
    for number, kind in enumerate(kinds):
        node = flow.add_node(kind, node_id=f"n{number}", position=(number * 260, 0))
        if previous is not None:
            port = flow.spec(previous).output_ports(flow.node(previous)["params"])[0]
            flow.connect(previous, port, node)
        previous = node
    return flow


def use_recipe(window, name: str) -> None:
    if window.doc is not None:
        window.doc.undo_stack.setClean()  # no "save changes?" question in between
    window.use_recipe(RECIPES / f"{name}.json")


def open_dialog(window, flow: Flow | None = None) -> FlowSettingsDialog:
    if flow is not None:
        window.set_flow(flow)
    dialog = window.show_flow_settings()
    assert isinstance(dialog, FlowSettingsDialog) and dialog.isVisible()
    return dialog


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, LEFT)


def click_cancel(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)


def test_once_and_an_order_goal_become_one_undo_step(qtbot, window):
    flow = flow_with("trigger.order_placed", "action.send_email")
    flow.settings["note"] = {"kept": True}  # a key this version does not know
    window.set_flow(flow)
    before = copy.deepcopy(window.doc.flow.settings)
    dialog = open_dialog(window)
    assert dialog.after_finish.isChecked() and dialog.no_goals.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.once, LEFT)
    qtbot.mouseClick(dialog.add_goal_button, LEFT)
    assert [row.event.currentText() for row in dialog.goal_rows] == ["places an order"]
    assert not dialog.no_goals.isVisibleTo(dialog)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    after = {"reentry": {"mode": "once", "days": 30}, "goals": [{"event": "order_placed"}],
             "enrol_existing": False, "note": {"kept": True}}
    assert window.doc.flow.settings == after
    stack = window.doc.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Change flow settings"
    window.actions.undo.trigger()
    assert window.doc.flow.settings == before
    window.actions.redo.trigger()
    assert window.doc.flow.settings == after
    assert window.doc.modified


def test_cancel_changes_nothing_and_an_untouched_ok_adds_no_undo_step(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    before = copy.deepcopy(window.doc.flow.settings)
    qtbot.mouseClick(dialog.once, LEFT)
    qtbot.mouseClick(dialog.add_goal_button, LEFT)
    click_cancel(qtbot, dialog)
    assert window.doc.flow.settings == before and window.doc.undo_stack.count() == 0
    click_ok(qtbot, open_dialog(window))
    assert window.doc.flow.settings == before and window.doc.undo_stack.count() == 0


def test_the_days_box_works_only_with_its_choice(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    assert not dialog.days.isEnabled()
    qtbot.mouseClick(dialog.after_days, LEFT)
    assert dialog.days.isEnabled()
    dialog.days.setValue(14)
    qtbot.mouseClick(dialog.once, LEFT)
    assert not dialog.days.isEnabled()
    qtbot.mouseClick(dialog.after_days, LEFT)
    click_ok(qtbot, dialog)
    assert window.doc.flow.settings["reentry"] == {"mode": "after_days", "days": 14}
    # Opened again, it shows what is stored.
    again = open_dialog(window)
    assert again.after_days.isChecked() and again.days.isEnabled() and again.days.value() == 14
    click_cancel(qtbot, again)


def test_enrol_existing_only_for_a_flow_with_an_inactivity_trigger(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    assert not dialog.enrol_existing.isEnabled()
    assert "Inactive for N days" in dialog.enrol_hint.text()
    click_cancel(qtbot, dialog)
    dialog = open_dialog(window, flow_with("trigger.inactive", "action.send_email"))
    assert dialog.enrol_existing.isEnabled()
    assert "already qualify today" in dialog.enrol_existing.text()
    qtbot.mouseClick(dialog.enrol_existing, LEFT)
    click_ok(qtbot, dialog)
    assert window.doc.flow.settings["enrol_existing"] is True


def test_recipes_open_with_their_settings_shown(qtbot, window):
    use_recipe(window, "winback-after-inactivity")
    dialog = open_dialog(window)
    assert dialog.after_finish.isChecked() and dialog.enrol_existing.isEnabled()
    assert [(r.event.currentData(), r.picked.isVisibleTo(r)) for r in dialog.goal_rows] == [
        ("order_placed", False)]
    click_cancel(qtbot, dialog)
    use_recipe(window, "product-interest-follow-up")
    dialog = open_dialog(window)
    [row] = dialog.goal_rows
    assert row.event.currentText() == "places an order"
    assert row.picked.isVisibleTo(row) and row.picked.isChecked()
    click_cancel(qtbot, dialog)
    use_recipe(window, "first-purchase-coupon")
    dialog = open_dialog(window)
    assert dialog.once.isChecked() and not dialog.goal_rows
    assert not dialog.enrol_existing.isEnabled()
    click_cancel(qtbot, dialog)


def test_a_custom_event_goal_round_trips_through_the_file(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    qtbot.mouseClick(dialog.add_goal_button, LEFT)
    row = dialog.goal_rows[0]
    assert not row.custom.isVisibleTo(row)
    row.event.setCurrentIndex(row.event.findData(""))  # "other event…"
    assert row.custom.isVisibleTo(row)
    qtbot.keyClicks(row.custom, " complaint ")
    click_ok(qtbot, dialog)
    assert window.doc.flow.settings["goals"] == [{"event": "complaint"}]
    window.set_flow(loads(dumps(window.doc.flow)))
    dialog = open_dialog(window)
    [row] = dialog.goal_rows
    assert row.event.currentText() == "other event…" and row.custom.text() == "complaint"
    click_cancel(qtbot, dialog)


def test_an_unnamed_custom_event_is_refused_in_the_dialog(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    before = copy.deepcopy(window.doc.flow.settings)
    qtbot.mouseClick(dialog.add_goal_button, LEFT)
    qtbot.mouseClick(dialog.add_goal_button, LEFT)
    second = dialog.goal_rows[1]
    second.event.setCurrentIndex(second.event.findData(""))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "goal 2" in dialog.error.text()
    assert window.doc.flow.settings == before
    qtbot.mouseClick(second.remove_button, LEFT)
    click_ok(qtbot, dialog)
    assert window.doc.flow.settings["goals"] == [{"event": "order_placed"}]


def test_picked_products_goal_only_with_a_pick_products_step(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    row = dialog.add_goal()
    assert not row.picked.isVisibleTo(row)
    click_cancel(qtbot, dialog)
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.pick_products",
                                           "action.send_email"))
    row = dialog.add_goal()
    assert row.picked.isVisibleTo(row)
    row.event.setCurrentIndex(row.event.findData("form_submitted"))
    assert not row.picked.isVisibleTo(row)  # only orders hold products
    row.event.setCurrentIndex(row.event.findData("order_placed"))
    qtbot.mouseClick(row.picked, LEFT)
    click_ok(qtbot, dialog)
    assert window.doc.flow.settings["goals"] == [{"event": "order_placed", "products": "picked"}]


def test_a_bad_goal_from_a_file_shows_as_a_problem_until_fixed(qtbot, window):
    flow = flow_with("trigger.order_placed", "action.send_email")
    flow.settings["goals"] = [{"event": " "}]
    window.set_flow(flow)
    texts = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert any("goal 1 needs an event" in t for t in texts)
    dialog = open_dialog(window)
    [row] = dialog.goal_rows
    assert row.event.currentData() == "" and row.custom.isVisibleTo(row)
    qtbot.keyClicks(row.custom, "review_submitted")
    with qtbot.waitSignal(window.doc.problemsChanged, timeout=3000):
        click_ok(qtbot, dialog)
    texts = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert not any("goal" in t for t in texts)


def test_found_from_the_flow_menu_and_the_empty_property_panel(qtbot, window):
    action = window.actions.flow_settings
    assert action in window.menuBar().actions()[3].menu().actions()  # File, Edit, View, Flow
    assert not action.isEnabled()
    window.set_flow(flow_with("trigger.order_placed", "action.send_email"))
    assert action.isEnabled()
    button = window.properties.flow_settings_button
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    [dialog] = [d for d in window.findChildren(FlowSettingsDialog) if d.isVisible()]
    click_cancel(qtbot, dialog)
    window.select_nodes(["n0"])
    assert not button.isVisible()
    window.select_nodes([])
    assert button.isVisible()


def test_goals_added_while_open_make_the_dialog_taller_not_the_rows_smaller(qtbot, window):
    dialog = open_dialog(window, flow_with("trigger.order_placed", "action.send_email"))
    height = dialog.height()
    rows = [dialog.add_goal() for _ in range(4)]
    qtbot.waitUntil(lambda: dialog.height() > height)
    assert all(r.height() >= r.sizeHint().height() for r in rows)
    grown = dialog.height()
    for row in rows[1:]:
        qtbot.mouseClick(row.remove_button, LEFT)
    qtbot.waitUntil(lambda: dialog.height() < grown)
    click_cancel(qtbot, dialog)
