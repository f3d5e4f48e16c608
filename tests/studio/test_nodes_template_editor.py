"""The email editor: typing, chips, bold, preview, syntax errors, plain text, HTML tab, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from runtime.catalog import get
from runtime.email_text import plain_text_from_html
from runtime.flow import Flow
from studio.document import FlowDocument
from studio.nodes.editors import editor_for
from studio.nodes.email_chips import OBJECT
from studio.nodes.email_html import BUTTON_STYLE
from studio.nodes.property_panel import PropertyPanel
from studio.nodes.template_editor import TemplateEditor

VALID = {"subject": "Для вас, {{ contact.first_name }}",
         "html": "<p>Привіт, {{ contact.first_name }}! Код: <strong>{{ coupon.code }}</strong></p>",
         "text": "Привіт, {{ contact.first_name }}! 你好"}


def type_text(widget, text):
    """Key presses carrying `text`: QTest.keyClicks only knows ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def focus_out(widget, reason=Qt.FocusReason.OtherFocusReason):
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, reason))


def menu_action(menu, label):
    return next(a for a in menu.actions() if a.text() == label)


@pytest.fixture
def editor(qtbot):
    widget = editor_for(get("action.send_email").param("template"), "action.send_email")
    qtbot.addWidget(widget)
    assert isinstance(widget, TemplateEditor)
    return widget


def test_visual_editor_is_the_default_and_shows_chips(editor):
    editor.set_value(VALID)
    assert editor.tabs.currentIndex() == 0
    body = editor.body.edit.toPlainText()
    assert "{{" not in body and body.count(OBJECT) == 2  # tags show as chips, not code
    assert editor.subject.toPlainText() == f"Для вас, {OBJECT}"
    assert editor.value() == VALID


def test_typing_a_chip_and_bold_make_clean_html(editor, qtbot):
    editor.set_value({"subject": "", "html": "", "text": ""})
    body = editor.body.edit
    type_text(body, "Вітаємо, ")
    editor._target = body
    menu_action(editor.body.insert_menu, "First name").trigger()
    type_text(body, "! Ваш код ")
    editor.body.bold.setChecked(True)
    editor.body.toggle_bold()
    menu_action(editor.body.insert_menu, "Coupon code").trigger()
    html = editor.value()["html"]
    assert html == ("<p>Вітаємо, {{ contact.first_name }}! Ваш код "
                    "<strong>{{ coupon.code }}</strong></p>")
    editor.refresh_preview()
    assert "Вітаємо, Олена! Ваш код THANKS-" in editor.preview.toPlainText()
    assert editor.value()["text"] == "Вітаємо, {{ contact.first_name }}! Ваш код {{ coupon.code }}"


def test_bold_on_a_selected_word_through_the_toolbar(editor):
    editor.set_value({"subject": "s", "html": "<p>Велика знижка</p>", "text": ""})
    cursor = editor.body.edit.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.body.edit.setTextCursor(cursor)
    editor.body.bold.trigger()
    assert editor.value()["html"] == "<p><strong>Велика</strong> знижка</p>"
    assert editor.body.bold.isChecked()


def test_bold_over_a_chip_redraws_it_bold(editor):
    editor.set_value({"subject": "s", "html": "<p>Код {{ coupon.code }}</p>", "text": ""})
    editor.body.edit.selectAll()
    assert editor.value()["html"] == "<p>Код {{ coupon.code }}</p>"  # selecting keeps chips
    editor.body.bold.setChecked(True)
    editor.body.toggle_bold()
    assert editor.value()["html"] == "<p><strong>Код {{ coupon.code }}</strong></p>"
    cursor = editor.body.edit.textCursor()
    cursor.setPosition(5)  # just after the chip: the format of the chip itself
    assert cursor.charFormat().toImageFormat().name().startswith("chip:1/")


def test_heading_list_link_and_button(editor, qtbot):
    editor.set_value({"subject": "s", "html": "", "text": ""})
    body = editor.body.edit
    type_text(body, "Новинки")
    editor.body.heading.trigger()
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert not editor.body.heading.isChecked()  # the next line is a paragraph again
    editor.body.bullets.trigger()
    type_text(body, "Свічки")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Чай")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    editor.body.bullets.trigger()
    assert not editor.body.bullets.isChecked()
    editor.body.apply_link("https://shop.example/new", button=True)
    html = editor.value()["html"]
    assert html.startswith("<h2>Новинки</h2>\n<ul>\n<li>Свічки</li>\n<li>Чай</li>\n</ul>\n<p>")
    assert f'<a href="https://shop.example/new" style="{BUTTON_STYLE}">Visit the shop</a>' in html
    assert "Visit the shop: https://shop.example/new" in editor.value()["text"]
    type_text(body, " більше")
    assert editor.value()["html"].endswith("Visit the shop</a> більше</p>")


def test_subject_insert_menu_puts_a_chip_and_commits_once(editor, qtbot):
    editor.set_value({"subject": "Hi ", "html": "<p></p>", "text": ""})
    editor.subject.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.committed):
        menu_action(editor.subject_insert.menu(), "Shop name").trigger()
    assert editor.value()["subject"] == "Hi {{ shop.name }}"
    labels = [a.text() for a in editor.subject_insert.menu().actions()]
    assert {"First name", "Coupon code", "Shop name", "Unsubscribe link"} <= set(labels)


def test_syntax_error_names_the_field(editor, qtbot):
    editor.set_value(VALID)
    editor.subject.setPlainText("Привіт {{ contact.first_name ")
    qtbot.waitUntil(lambda: not editor.problem.isHidden())
    assert editor.problem.text().startswith("The subject line has a mistake on line 1")
    editor.subject.setPlainText("Привіт")
    qtbot.waitUntil(editor.problem.isHidden)
    editor.tabs.setCurrentIndex(2)
    editor.source.setPlainText("<p>{% if order %}x</p>")
    qtbot.waitUntil(lambda: not editor.problem.isHidden())
    assert editor.problem.text().startswith("The email text has a mistake on line 1")


def test_preview_renders_the_sample_contact_and_shop(editor):
    editor.set_shop_name("Свічки Олени")
    editor.set_value({**VALID, "subject": "{{ contact.first_name }}, новини {{ shop.name }}"})
    preview = editor.preview.toPlainText()
    assert "Олена, новини Свічки Олени" in preview
    assert "Привіт, Олена! Код: THANKS-" in preview
    editor.set_shop_name("茶馆")
    assert "Олена, новини 茶馆" in editor.preview.toPlainText()
    editor.tabs.setCurrentIndex(1)
    assert "Привіт, Олена! 你好" in editor.preview.toPlainText()


def test_plain_text_follows_the_email_until_written_by_hand(editor):
    generated = {"subject": "s", "html": "<p>Раз</p>\n<p>Два</p>", "text": "Раз\n\nДва"}
    editor.set_value(generated)
    assert not editor.own_text.isChecked() and editor.text.isReadOnly()
    editor.body.edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.body.edit, " і три")
    assert editor.value()["text"] == "Раз\n\nДва і три"
    editor.own_text.setChecked(True)
    assert not editor.text.isReadOnly()
    editor.text.setPlainText("Власний текст")
    type_text(editor.body.edit, "!")
    assert editor.value()["text"] == "Власний текст"
    hand_written = {**generated, "text": "Окремо написаний текст"}
    editor.set_value(hand_written)
    assert editor.own_text.isChecked() and editor.value() == hand_written


def test_html_tab_edits_reach_the_visual_editor(editor):
    editor.set_value(VALID)
    editor.tabs.setCurrentIndex(2)
    assert editor.source.toPlainText() == VALID["html"]
    editor.source.setPlainText("<p>Нове <em>речення</em></p>")
    editor.tabs.setCurrentIndex(0)
    assert editor.body.edit.toPlainText() == "Нове речення"
    assert editor.value()["html"] == "<p>Нове <em>речення</em></p>"


def test_html_the_visual_editor_cannot_show_opens_as_source(editor):
    table = {"subject": "s", "html": "<table><tr><td>{{ shop.name }}</td></tr></table>",
             "text": "x"}
    editor.set_value(table)
    assert not editor.faithful_note.isHidden()
    assert editor.tabs.currentIndex() == 2
    assert editor.value() == table


def test_copy_gives_tags_and_paste_makes_chips(editor):
    editor.set_value(VALID)
    body = editor.body.edit
    body.selectAll()
    copied = body.createMimeDataFromSelection().text()
    assert copied == "Привіт, {{ contact.first_name }}! Код: {{ coupon.code }}"
    body.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(" Бонус {{ contact.points }}")
    body.insertFromMimeData(data)
    assert body.toPlainText().count(OBJECT) == 3
    # Pasted after the bold code, it is bold as well, as typing there would be.
    assert editor.value()["html"].endswith(
        "<strong>{{ coupon.code }} Бонус {{ contact.points }}</strong></p>")


def test_body_commits_on_focus_out_not_per_keystroke(editor, qtbot):
    editor.set_value(VALID)
    with qtbot.assertNotEmitted(editor.committed):
        type_text(editor.body.edit, "Ще ")
        focus_out(editor.body.edit, Qt.FocusReason.PopupFocusReason)  # a context menu
    with qtbot.waitSignal(editor.committed):
        focus_out(editor.body.edit)
    with qtbot.assertNotEmitted(editor.committed):
        focus_out(editor.body.edit)  # nothing new since


def test_each_field_is_one_undo_step(qtbot):
    flow = Flow("Тест")
    flow.add_node("action.send_email", node_id="email", params={"template": VALID})
    doc = FlowDocument(flow)
    panel = PropertyPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    panel.show_node("email")
    editor = panel.form.rows["template"].editor
    type_text(editor.body.edit, "Ой! ")
    focus_out(editor.body.edit)
    editor.subject.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.subject, "!")
    editor.subject.returnPressed.emit()
    assert doc.undo_stack.count() == 2
    changed = doc.flow.node("email")["params"]["template"]
    assert changed["html"].startswith("<p>Ой! Привіт") and changed["subject"].endswith("}}!")
    doc.undo_stack.undo()
    assert doc.flow.node("email")["params"]["template"]["subject"] == VALID["subject"]
    assert editor.subject.toPlainText() == f"Для вас, {OBJECT}"
    doc.undo_stack.undo()
    assert doc.flow.node("email")["params"]["template"] == VALID
    assert editor.value() == VALID
    assert editor.body.edit.toPlainText().startswith("Привіт")
    doc.undo_stack.redo()
    assert editor.value()["html"] == changed["html"]
    panel.set_document(None)
    doc.close()


def test_generated_text_of_a_new_email_matches_its_html():
    default = get("action.send_email").param("template").default
    assert plain_text_from_html(default["html"]) == default["text"]


def test_preview_shows_what_loyalty_triggers_and_referral_codes_provide(editor):
    editor.set_value({"subject": "{{ event.points }} points expire on {{ event.expires_on }}",
                      "html": "<p>{{ event.friend_first_name }} used {{ referral.code }}</p>",
                      "text": "x"})
    preview = editor.preview.toPlainText()
    assert "50 points expire on 2026-12-31" in preview
    assert "Тарас used FRIEND-" in preview
