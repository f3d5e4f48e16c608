"""The property panel: a form from the spec, one undo command per edit, live show_if."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from runtime.flow import Flow
from studio.commands import SetLabelCommand, SetParamsCommand
from studio.document import FlowDocument
from studio.nodes.property_panel import PropertyPanel


def type_text(widget, text):
    """Key presses carrying `text`: QTest.keyClicks only knows ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def doc(qapp):
    flow = Flow("Тест")
    flow.add_node("trigger.order_placed", node_id="order")
    flow.add_node("action.add_tag", node_id="tag")
    flow.add_node("action.send_email", node_id="email")
    flow.connect("order", "next", "tag")
    flow.connect("tag", "next", "email")
    document = FlowDocument(flow)
    yield document
    document.close()


@pytest.fixture
def panel(qtbot, doc):
    widget = PropertyPanel()
    qtbot.addWidget(widget)
    widget.set_document(doc)
    return widget


def row(panel, name):
    return panel.form.rows[name]


def test_empty_state(panel):
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text() == "Select a step to see its settings"
    panel.show_node("tag")
    assert panel.stack.currentWidget() is panel.scroll
    panel.show_node(None)
    assert panel.stack.currentWidget() is panel.empty


def test_form_is_generated_from_the_spec(panel):
    panel.show_node("order")
    assert list(panel.form.rows) == ["which", "nth", "products", "collections", "min_total"]
    assert row(panel, "which").title.text() == "Which orders"
    assert "fifth purchase" in row(panel, "nth").help.text()
    assert panel.name_edit.placeholderText() == "Order placed"


def test_a_typed_edit_is_one_command_and_undo_restores_the_form(panel, doc, qtbot):
    panel.show_node("tag")
    line = row(panel, "tag").editor.line
    qtbot.keyClicks(line, "vip")
    assert doc.undo_stack.count() == 0  # typing alone changes nothing in the flow
    line.editingFinished.emit()
    assert doc.undo_stack.count() == 1
    assert isinstance(doc.undo_stack.command(0), SetParamsCommand)
    assert doc.flow.node("tag")["params"] == {"tag": "vip"}
    line.editingFinished.emit()  # focus leaving after Enter is not a second edit
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert line.text() == ""
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 0  # refresh pushed nothing
    doc.undo_stack.redo()
    assert line.text() == "vip"


def test_text_in_any_script_round_trips(panel, doc):
    panel.show_node("tag")
    line = row(panel, "tag").editor.line
    type_text(line, "Постійний 客户")
    line.editingFinished.emit()
    assert doc.flow.node("tag")["params"]["tag"] == "Постійний 客户"
    panel.show_node("order")
    panel.show_node("tag")
    assert row(panel, "tag").editor.line.text() == "Постійний 客户"


def test_show_if_follows_the_choice(panel, doc):
    panel.show_node("order")
    combo = row(panel, "which").editor.combo
    assert row(panel, "nth").isHidden()
    combo.setCurrentIndex(combo.findData("nth"))
    assert not row(panel, "nth").isHidden()
    assert doc.flow.node("order")["params"]["which"] == "nth"
    assert doc.undo_stack.count() == 1
    combo.setCurrentIndex(combo.findData("any"))
    assert row(panel, "nth").isHidden()
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert combo.currentData() == "nth" and not row(panel, "nth").isHidden()


def test_invalid_values_show_an_inline_message(panel, doc):
    panel.show_node("tag")
    message = row(panel, "tag").message
    assert not message.isHidden() and message.text() == "Please fill this in."
    line = row(panel, "tag").editor.line
    line.setText("vip")
    line.editingFinished.emit()
    assert message.isHidden()
    doc.flow.set_params("order", {"which": "nth", "nth": 1})  # as a hand-edited file has it
    panel.show_node("order")
    assert row(panel, "nth").message.text() == "Must be at least 2."


def test_label_edit_pushes_a_rename(panel, doc):
    panel.show_node("tag")
    type_text(panel.name_edit, "Позначити VIP")
    panel.name_edit.editingFinished.emit()
    assert doc.undo_stack.count() == 1
    assert isinstance(doc.undo_stack.command(0), SetLabelCommand)
    assert doc.flow.node("tag")["label"] == "Позначити VIP"
    doc.undo_stack.undo()
    assert panel.name_edit.text() == ""
    panel.name_edit.editingFinished.emit()
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 0


def test_template_edit_is_one_command(panel, doc):
    panel.show_node("email")
    editor = row(panel, "template").editor
    editor.subject.setPlainText("Знижка для {{ contact.first_name }}")
    editor.subject.returnPressed.emit()
    assert doc.undo_stack.count() == 1
    assert doc.flow.node("email")["params"]["template"]["subject"].startswith("Знижка")
    panel.set_shop_name("Крамниця")
    assert "Знижка для Олена" in editor.preview.toPlainText()


def test_panel_follows_removal_and_document_change(panel, doc, qapp):
    panel.show_node("tag")
    doc.flow.remove_node("tag")
    assert panel.stack.currentWidget() is panel.empty
    panel.show_node("order")
    other = FlowDocument(Flow())
    panel.set_document(other)
    assert panel.node_id is None
    doc.flow.set_params("order", {"which": "first"})  # the old document no longer reaches it
    assert panel.node_id is None
    panel.set_document(None)
    other.close()


def test_node_problems_outside_fields_are_listed(panel, doc, qtbot):
    doc.flow.disconnect("tag", "next")
    doc.validate_now()
    panel.show_node("email")
    assert "cannot be reached" in panel.node_problems.text()


def test_real_focus_changes_commit_once_per_field(panel, doc, qtbot):
    panel.show_node("email")
    panel.resize(380, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    editor = row(panel, "template").editor
    body = editor.body.edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "more & more")
    assert doc.undo_stack.count() == 0
    editor.subject.setFocus()
    qtbot.waitUntil(editor.subject.hasFocus)
    assert doc.undo_stack.count() == 1
    assert "<p>more &amp; more</p>" in doc.flow.node("email")["params"]["template"]["html"]
    panel.name_edit.setFocus()  # leaving the untouched subject is no edit
    qtbot.waitUntil(panel.name_edit.hasFocus)
    assert doc.undo_stack.count() == 1


def test_switching_steps_mid_edit_keeps_the_edit_on_its_step(panel, doc, qtbot):
    panel.show_node("tag")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    line = row(panel, "tag").editor.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "gold")
    panel.show_node("order")  # e.g. a click on another card that did not take focus
    assert doc.flow.node("tag")["params"]["tag"] == "gold"
    assert doc.flow.node("order")["params"]["which"] == "any"
    assert doc.undo_stack.count() == 1
