"""Property editors: one for every parameter type, exact round trips, one commit per edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from runtime.catalog import PARAM_TYPES, Param, all_specs
from runtime.conditions import rules_problem
from studio.nodes import editors
from studio.nodes.editor_base import ParamEditor, same_value
from studio.nodes.editors import TextEditor, editor_class, editor_for
from studio.nodes.list_editors import BranchesEditor, split_names

ALL_PARAMS = [(spec.kind, p) for spec in all_specs() for p in spec.params]

SAMPLES = {
    "text": "Привіт, 你好",
    "textarea": "Рядок один\n第二行",
    "integer": 7,
    "decimal": 12.5,
    "boolean": True,
    "time": "18:30",
    "date": "2026-03-31",
    "duration": {"amount": 3, "unit": "hours"},
    "tags": ["vip", "银卡", "постійний"],
    "products": ["SKU-1", "Свічка «Лаванда»"],
    "branches": [{"name": "Знижка", "percent": 30}, {"name": "B", "percent": 70}],
    "rules": [{"fact": "tags", "op": "has", "value": "vip"},
              {"fact": "field:розмір", "op": "=", "value": "M"},
              {"fact": "accepts_email_marketing", "op": "is_true"}],
    "template": {"subject": "Вітаємо, {{ contact.first_name }}", "html": "<p>你好</p>",
                 "text": "你好"},
}


def type_text(widget, text):
    """Key presses carrying `text`: QTest.keyClicks only knows ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def make(qtbot, param, kind=None):
    editor = editor_for(param, kind)
    qtbot.addWidget(editor)
    return editor


def test_every_param_type_has_its_own_editor():
    for type_name in PARAM_TYPES:
        cls = editor_class(Param("p", type_name, "P"))
        assert issubclass(cls, ParamEditor)
        assert cls is not TextEditor or type_name == "text", type_name


@pytest.mark.parametrize("kind, param", ALL_PARAMS, ids=[f"{k}.{p.name}" for k, p in ALL_PARAMS])
def test_default_round_trips_without_committing(qtbot, kind, param):
    editor = make(qtbot, param, kind)
    assert same_value(editor.value(), param.default)
    with qtbot.assertNotEmitted(editor.committed):
        editor.set_value(param.default)
    assert same_value(editor.value(), param.default)


@pytest.mark.parametrize("type_name", sorted(SAMPLES))
def test_other_values_round_trip_in_any_script(qtbot, type_name):
    editor = make(qtbot, Param("p", type_name, "P"))
    with qtbot.assertNotEmitted(editor.committed):
        editor.set_value(SAMPLES[type_name])
    assert editor.value() == SAMPLES[type_name]


def test_choice_round_trips_and_keeps_an_unknown_value(qtbot):
    param = Param("c", "choice", "C", default="b", choices=(("a", "Один"), ("b", "二")))
    editor = make(qtbot, param)
    assert editor.value() == "b" and editor.combo.currentText() == "二"
    editor.set_value("zzz")
    assert editor.value() == "zzz"
    with qtbot.waitSignal(editor.committed):
        editor.combo.setCurrentIndex(0)
    assert editor.value() == "a"


def test_typing_commits_once_when_finished(qtbot):
    editor = make(qtbot, Param("t", "text", "T", default="", placeholder="vip"))
    assert editor.line.placeholderText() == "vip"
    with qtbot.assertNotEmitted(editor.committed):
        type_text(editor.line, "Привіт")
    with qtbot.waitSignals([editor.committed]):
        editor.line.editingFinished.emit()
    with qtbot.assertNotEmitted(editor.committed):  # Enter, then focus-out: still one edit
        editor.line.editingFinished.emit()
    assert editor.value() == "Привіт"


def test_integer_range_and_optional_empty(qtbot):
    editor = make(qtbot, Param("n", "integer", "N", default=None, minimum=1, maximum=10))
    assert editor.value() is None
    assert editor.spin.specialValueText()
    editor.set_value(10)
    assert editor.spin.maximum() == 10 and editor.value() == 10
    required = make(qtbot, Param("n", "integer", "N", default=5, minimum=2, required=True))
    assert required.spin.minimum() == 2


def test_decimal_accepts_comma_and_empty(qtbot):
    editor = make(qtbot, Param("d", "decimal", "D", default=None, minimum=0))
    assert editor.value() is None
    qtbot.keyClicks(editor.line, "12,5")
    assert editor.value() == 12.5
    editor.set_value(10)
    assert editor.line.text() == "10" and editor.value() == 10
    qtbot.keyClicks(editor.line, "-")  # a negative amount cannot even be typed
    assert editor.line.text() == "10"


def test_boolean_commits_on_toggle(qtbot):
    editor = make(qtbot, Param("b", "boolean", "Один раз", default=False))
    assert editor.shows_title and editor.box.text() == "Один раз"
    with qtbot.waitSignal(editor.committed):
        editor.box.click()
    assert editor.value() is True


def test_tags_split_on_latin_and_cjk_commas(qtbot):
    assert split_names("vip, gold，银卡、vip ;  ") == ["vip", "gold", "银卡"]
    editor = make(qtbot, Param("t", "tags", "T", default=[]))
    type_text(editor.line, "vip, Постійний")
    with qtbot.waitSignal(editor.committed):
        editor.line.editingFinished.emit()
    assert editor.value() == ["vip", "Постійний"]


def test_tags_with_choices_are_check_boxes(qtbot):
    param = next(p for s in all_specs() for p in s.params if p.type == "tags" and p.choices)
    editor = make(qtbot, param)
    assert set(editor.boxes) == {c[0] for c in param.choices}
    with qtbot.waitSignal(editor.committed):
        editor.boxes["fri"].click()
    assert editor.value() == ["fri"]
    editor.set_value(["mon", "sun"])
    assert editor.value() == ["mon", "sun"]


def test_branches_add_remove_and_total(qtbot):
    param = Param("b", "branches", "B", default=[{"name": "A", "percent": 50},
                                                  {"name": "B", "percent": 50}])
    editor = make(qtbot, param)
    assert isinstance(editor, BranchesEditor)
    assert "100" in editor.total.text()
    with qtbot.waitSignal(editor.committed):
        editor.add_button.click()
    assert [b["name"] for b in editor.value()] == ["A", "B", "C"]
    with qtbot.waitSignal(editor.committed):
        editor.table.item(2, 1).setData(Qt.ItemDataRole.EditRole, 20)
    assert "120" in editor.total.text() and "must be 100" in editor.total.text()
    editor.table.selectRow(2)
    with qtbot.waitSignal(editor.committed):
        editor.remove_button.click()
    assert len(editor.value()) == 2
    editor.table.selectRow(0)
    assert not editor.remove_button.isEnabled()  # a split keeps two branches


def test_duration_commits_on_unit_change(qtbot):
    editor = make(qtbot, Param("d", "duration", "D", default={"amount": 1, "unit": "days"}))
    with qtbot.waitSignal(editor.committed):
        editor.unit.setCurrentIndex(editor.unit.findData("weeks"))
    assert editor.value() == {"amount": 1, "unit": "weeks"}


def test_rules_editor_value_is_accepted_by_the_runtime(qtbot):
    editor = make(qtbot, Param("r", "rules", "R", default=SAMPLES["rules"]))
    assert rules_problem(editor.value()) is None


def test_registered_editors_win(qtbot, monkeypatch):
    class Special(TextEditor):
        pass

    monkeypatch.setattr(editors, "_BY_KIND", {})
    monkeypatch.setattr(editors, "_BY_TYPE", dict(editors._BY_TYPE))
    param = Param("tag", "text", "Tag", default="")
    editors.register_kind_editor("action.add_tag", "tag", Special)
    assert editor_class(param, "action.add_tag") is Special
    assert editor_class(param, "action.remove_tag") is TextEditor
    editors.register_editor("text", Special)
    assert editor_class(param) is Special
    assert editor_class(Param("x", "text", "X"), "other.kind") is Special
