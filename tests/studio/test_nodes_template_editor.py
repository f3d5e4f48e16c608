"""The email template editor: syntax errors inline, a live preview, placeholders, one commit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from runtime.catalog import get
from studio.nodes.editors import editor_for
from studio.nodes.template_editor import TemplateEditor

VALID = {"subject": "Для вас, {{ contact.first_name }}",
         "html": "<p>Привіт, {{ contact.first_name }}! Код: {{ coupon.code }}</p>",
         "text": "Привіт, {{ contact.first_name }}! 你好"}


@pytest.fixture
def editor(qtbot):
    widget = editor_for(get("action.send_email").param("template"), "action.send_email")
    qtbot.addWidget(widget)
    assert isinstance(widget, TemplateEditor)
    return widget


def test_syntax_error_is_shown_inline(editor, qtbot):
    editor.subject.setText("{{ contact.first_name ")
    qtbot.waitUntil(lambda: not editor.problem.isHidden())
    assert "subject" in editor.problem.text() and "line 1" in editor.problem.text()
    editor.subject.setText("Hello {{ contact.first_name }}")
    qtbot.waitUntil(lambda: editor.problem.isHidden())


def test_preview_renders_the_sample_contact(editor):
    editor.set_shop_name("Свічки Олени")
    editor.set_value(VALID)
    preview = editor.preview.toPlainText()
    assert "Для вас, Олена" in preview
    assert "Привіт, Олена! Код: THANKS-" in preview
    editor.tabs.setCurrentWidget(editor.text)
    assert "Привіт, Олена! 你好" in editor.preview.toPlainText()
    assert editor.value() == VALID


def test_shop_name_reaches_the_preview(editor):
    editor.set_value({**VALID, "subject": "Новини {{ shop.name }}"})
    editor.set_shop_name("茶馆")
    assert "Новини 茶馆" in editor.preview.toPlainText()


def test_placeholder_goes_to_the_cursor_as_one_edit(editor, qtbot):
    editor.set_value({"subject": "Hi ", "html": "<p></p>", "text": ""})
    editor.subject.setCursorPosition(3)
    with qtbot.waitSignal(editor.committed):
        editor.insert_placeholder("{{ contact.first_name }}")
    assert editor.value()["subject"] == "Hi {{ contact.first_name }}"
    labels = [a.text() for a in editor.insert_button.menu().actions()]
    assert any("{{ unsubscribe_url }}" in text for text in labels)
    assert any("{{ coupon.code }}" in text for text in labels)


def test_body_commits_on_focus_out_not_per_keystroke(editor, qtbot):
    with qtbot.assertNotEmitted(editor.committed):
        editor.html.insertPlainText("<p>Ще текст</p>")
    with qtbot.waitSignal(editor.committed):
        QApplication.sendEvent(editor.html, QFocusEvent(QEvent.Type.FocusOut))
    assert "<p>Ще текст</p>" in editor.value()["html"]


def test_preview_shows_what_loyalty_triggers_and_referral_codes_provide(editor):
    editor.set_value({"subject": "{{ event.points }} points expire on {{ event.expires_on }}",
                      "html": "<p>{{ event.friend_first_name }} used {{ referral.code }}</p>",
                      "text": "x"})
    preview = editor.preview.toPlainText()
    assert "50 points expire on 2026-12-31" in preview
    assert "Тарас used FRIEND-" in preview
