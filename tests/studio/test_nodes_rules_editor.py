"""The condition builder: facts, operators filtered by type, prefix names, valid rules."""

from __future__ import annotations

import pytest

from runtime.catalog import get
from runtime.conditions import NO_VALUE_OPS, OPERATORS, rules_problem
from studio.nodes.editors import editor_for
from studio.nodes.rules_editor import RulesEditor


@pytest.fixture
def editor(qtbot):
    widget = editor_for(get("condition.contact").param("rules"), "condition.contact")
    qtbot.addWidget(widget)
    assert isinstance(widget, RulesEditor)
    return widget


def pick(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def ops(row):
    return [row.op.itemData(i) for i in range(row.op.count())]


def test_default_rule_is_shown_and_valid(editor):
    assert editor.value() == [{"fact": "orders_count", "op": ">=", "value": 2}]
    row = editor.rows[0]
    assert row.fact.currentText() == "Number of orders"
    assert ops(row) == list(OPERATORS["number"])
    assert row.name.isHidden()


def test_operators_follow_the_fact_type(editor, qtbot):
    row = editor.rows[0]
    with qtbot.waitSignal(editor.committed):
        pick(row.fact, "tags")
    assert ops(row) == list(OPERATORS["set"])
    with qtbot.waitSignal(editor.committed):
        pick(row.op, "has_any")
    row.value.setText("vip, постійний")
    with qtbot.waitSignal(editor.committed):
        row.value.editingFinished.emit()
    assert editor.value() == [{"fact": "tags", "op": "has_any", "value": "vip, постійний"}]
    assert rules_problem(editor.value()) is None


def test_no_value_operator_hides_the_value(editor):
    row = editor.rows[0]
    pick(row.fact, "accepts_email_marketing")
    assert set(ops(row)) <= NO_VALUE_OPS
    assert row.value.isHidden()
    assert editor.value() == [{"fact": "accepts_email_marketing", "op": "is_true"}]
    assert rules_problem(editor.value()) is None


def test_prefix_fact_asks_for_a_name(editor, qtbot):
    row = editor.rows[0]
    with qtbot.assertNotEmitted(editor.committed):  # not a rule yet: the name is missing
        pick(row.fact, "field:")
    assert not row.name.isHidden()
    row.name.setText("розмір")
    pick(row.op, "=")
    row.value.setText("XL")
    row.value.editingFinished.emit()
    assert editor.value() == [{"fact": "field:розмір", "op": "=", "value": "XL"}]
    assert rules_problem(editor.value()) is None
    pick(row.fact, "score:")
    row.name.setText("engagement")
    pick(row.op, ">")
    row.value.setText("2,5")
    assert editor.value() == [{"fact": "score:engagement", "op": ">", "value": 2.5}]
    assert rules_problem(editor.value()) is None


def test_add_and_remove_rules(editor, qtbot):
    with qtbot.waitSignal(editor.committed):
        editor.add_button.click()
    assert len(editor.value()) == 2
    assert rules_problem(editor.value()) is None
    with qtbot.waitSignal(editor.committed):
        editor.rows[0].remove.click()
    assert len(editor.rows) == 1
    assert not editor.rows[0].remove.isEnabled()  # a condition keeps one rule


def test_stored_rules_round_trip(editor, qtbot):
    rules = [{"fact": "order.products", "op": "has", "value": ["Свічка", "蜡烛"]},
             {"fact": "days_since_last_order", "op": "is_not_set"},
             {"fact": "event:source", "op": "starts_with", "value": "insta"}]
    with qtbot.assertNotEmitted(editor.committed):
        editor.set_value(rules)
    assert editor.value() == rules
    assert rules_problem(editor.value()) is None
    editor.set_value([{"fact": "order.total", "op": ">=", "value": 100}])
    assert len(editor.rows) == 1


def test_all_or_any_is_said_in_words_and_follows_the_match_setting(qtbot):
    from studio.nodes.param_form import ParamForm

    spec = get("condition.contact")
    form = ParamForm(spec)
    qtbot.addWidget(form)
    form.show()
    rules = form.editor("rules")
    assert "when this rule is true" in rules.heading.text()
    assert rules.joins == []  # one rule: nothing to join
    with qtbot.waitSignal(form.edited):
        rules.add_rule()
    rules.add_rule()
    assert "<b>all</b> of these rules are true" in rules.heading.text()
    assert [j.text() for j in rules.joins] == ["and", "and"]
    assert all(j.isVisible() for j in rules.joins)
    # The words sit between the rows, in order: row, and, row, and, row.
    layout = rules.list_layout
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order == [rules.rows[0], rules.joins[0], rules.rows[1], rules.joins[1], rules.rows[2]]
    match = form.editor("match")
    with qtbot.waitSignal(form.edited):
        pick(match.combo, "any")
    assert "<b>any</b> of these rules is true" in rules.heading.text()
    assert [j.text() for j in rules.joins] == ["or", "or"]
    rules.rows[2].remove.click()
    assert [j.text() for j in rules.joins] == ["or"]
    # Shown again from the flow (undo, another node): the words follow the stored setting.
    form.set_params({"rules": [dict(r) for r in rules.value()], "match": "all"})
    assert [j.text() for j in rules.joins] == ["and"]
