"""The main window as a user drives it: recipe, edit, undo, paste, save, close, recover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from runtime.flowfile import dumps, load_flow
from studio.file_controller import fresh_copy
from studio.main_window import MainWindow

RECIPES = Path(__file__).resolve().parents[2] / "recipes"


@pytest.fixture
def window(qtbot, service):
    # Not qtbot.addWidget: pytest-qt would close it before this fixture marks the flow
    # saved, and the close would stop at the "save changes?" question.
    w = MainWindow(service)
    w.show()
    yield w
    dispose(w)


def dispose(w):
    """Close and really delete a window: one left for Python's exit-time teardown can crash
    the interpreter as Qt objects go in the wrong order."""
    if w.doc is not None:
        w.doc.undo_stack.setClean()  # no "save changes?" prompt
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def open_recipe(window, name="first-purchase-coupon"):
    window.use_recipe(RECIPES / f"{name}.json")
    return window.doc


def test_starts_on_the_welcome_page_and_a_recipe_opens_on_the_canvas(window):
    assert window.central.currentWidget() is window.welcome
    doc = open_recipe(window)
    assert window.central.currentWidget() is window.view
    recipe = load_flow(RECIPES / "first-purchase-coupon.json")
    assert len(window.scene.node_items()) == len(recipe.nodes())
    # A recipe becomes a flow of the user's own: new ids, unsaved.
    assert doc.flow.uid != recipe.uid and not set(doc.flow.nodes()) & set(recipe.nodes())
    assert doc.modified and window.isWindowModified()


def test_palette_adds_next_to_the_selection_and_undo_takes_it_back(window):
    doc = open_recipe(window)
    before = dumps(doc.flow)
    trigger = doc.flow.triggers()[0]
    window.select_nodes([trigger])
    window.palette.kindActivated.emit("action.add_tag")
    added = [n for n in doc.flow.nodes() if doc.flow.node(n)["kind"] == "action.add_tag"]
    assert len(added) == 1
    assert doc.flow.node(added[0])["position"][0] > doc.flow.node(trigger)["position"][0]
    assert window.selected() == added
    window.actions.undo.trigger()
    assert dumps(doc.flow) == before
    window.actions.redo.trigger()
    recipe = load_flow(RECIPES / "first-purchase-coupon.json")
    assert len(doc.flow.nodes()) == len(recipe.nodes()) + 1


def test_copy_paste_duplicate_and_delete(window):
    doc = open_recipe(window)
    count = len(doc.flow.nodes())
    window.select_nodes(doc.flow.nodes())
    window.actions.copy.trigger()
    window.actions.paste.trigger()
    assert len(doc.flow.nodes()) == 2 * count
    assert len(doc.flow.edges()) == 2 * (count - 1)
    window.actions.delete.trigger()  # the pasted copies are selected
    assert len(doc.flow.nodes()) == count
    window.select_nodes(doc.flow.nodes()[:1])
    window.actions.duplicate.trigger()
    assert len(doc.flow.nodes()) == count + 1


def test_save_puts_the_flow_in_the_flows_list_and_clears_the_marker(window):
    doc = open_recipe(window)
    assert window.files.save()
    assert not doc.modified and not window.isWindowModified()
    tree = window.flows_panel.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        doc.flow.name]
    reopened = window.flows_panel.load(doc.flow.uid)
    assert dumps(reopened) == dumps(doc.flow)


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, monkeypatch):
    open_recipe(window)
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a) or
                        QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert answers and window.isVisible()


def test_autosave_is_offered_back_after_a_crash(window, service, monkeypatch, qtbot):
    doc = open_recipe(window)
    window.files.autosave()
    saved = service.workspace.root / "autosave" / f"{doc.flow.uid}.json"
    assert saved.exists()
    text = dumps(doc.flow)
    # A new window after a "crash" (the first never closed cleanly) offers the autosave.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second = MainWindow(service)
    assert second.files.recover()
    assert dumps(second.doc.flow) == text and second.doc.modified
    assert not saved.exists()
    dispose(second)


def test_auto_layout_is_one_undo_step(window):
    doc = open_recipe(window)
    trigger = doc.flow.triggers()[0]
    doc.flow.set_position(trigger, (5000, 5000))
    before = dumps(doc.flow)
    window.actions.layout.trigger()
    assert doc.flow.node(trigger)["position"] != (5000.0, 5000.0)
    window.actions.undo.trigger()
    assert dumps(doc.flow) == before


def test_fresh_copy_keeps_the_graph_shape():
    recipe = load_flow(RECIPES / "winback-after-inactivity.json")
    copy = fresh_copy(recipe)
    assert len(copy.edges()) == len(recipe.edges()) and copy.settings == recipe.settings


def test_a_field_still_being_typed_is_saved_with_ctrl_s(window, qtbot):
    """Regression: an edit only became an undo step on focus-out, so Ctrl+S lost it."""
    from PySide6.QtWidgets import QLineEdit

    doc = open_recipe(window)
    window.files.save()
    trigger = doc.flow.triggers()[0]
    window.select_nodes([trigger])
    name = [e for e in window.properties.findChildren(QLineEdit) if e.isVisible()][0]
    name.setFocus()
    qtbot.keyClicks(name, "First ")  # QTest types Latin keys only; insert() is a user edit
    name.insert("покупка")
    assert window.files.save()
    assert window.flows_panel.load(doc.flow.uid).label(trigger) == "First покупка"


def test_shop_settings_are_kept_in_the_workspace(window, service, monkeypatch):
    from studio.shop_settings import ShopSettingsDialog

    def fill_and_save(dialog):
        dialog.name.setText("Квіткова крамниця")
        dialog.zone.setCurrentText("Asia/Taipei")
        dialog.currency.setCurrentText("twd")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ShopSettingsDialog, "exec", fill_and_save)
    assert window.show_shop_settings()
    settings = service.workspace.settings()
    assert (settings["shop_name"], settings["shop_timezone"], settings["shop_currency"]) == (
        "Квіткова крамниця", "Asia/Taipei", "TWD")


def test_a_backtest_puts_badges_on_the_cards_that_say_what_they_count(qtbot, window, service):
    from PySide6.QtWidgets import QApplication

    from tests.runtime.builders import add_contact, add_order

    with service.engine.begin() as conn:
        for n, consent in enumerate((True, True, False)):
            cid = add_contact(conn, f"c{n}@example.ua", consent=consent)
            add_order(conn, cid, f"2025-0{n + 2}-03 12:00", "100.00")
    doc = open_recipe(window)
    window.show_backtest()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "BacktestDialog")
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.runEnded, timeout=20000):
        dialog.run()
    dialog.close()
    by_kind = {doc.flow.node(n)["kind"]: window.scene.node_item(n)._count_badge
               for n in doc.flow.nodes()}
    assert by_kind["trigger.order_placed"].text() == "3 entered"
    email = by_kind["action.send_email"]
    assert email.text() == "2 sent · 1 skipped"
    assert "no marketing consent (1)" in email.toolTip()
    # An edit makes the counts stale: they go.
    window.select_nodes([doc.flow.triggers()[0]])
    window.delete_selection()
    assert all(item._count_badge is None for item in window.scene.node_items())
