"""Condition rules: which facts and operators exist, how rules are checked and evaluated."""

from __future__ import annotations

from decimal import Decimal

import pytest

from runtime.conditions import FACTS, NO_VALUE_OPS, OPERATORS, evaluate, fact_type, rules_problem


def holds(fact: str, op: str, value, actual) -> bool:
    """One rule against one fact value."""
    rule = {"fact": fact, "op": op} if value is None else {"fact": fact, "op": op, "value": value}
    return evaluate([rule], "all", lambda name: actual if name == fact else pytest.fail(name))


# --- facts and rule checking -------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("orders_count", "number"), ("tags", "set"), ("tier", "text"),
    ("accepts_email_marketing", "boolean"), ("order.total", "number"),
    ("field:shoe_size", "text"), ("score:engagement", "number"), ("event:rating", "text"),
    ("field:", None), ("score", None), ("colour", None), ("", None),
])
def test_fact_type(name, expected):
    assert fact_type(name) == expected


def test_every_fact_type_has_operators():
    assert {f.type for f in FACTS.values()} == set(OPERATORS)
    assert NO_VALUE_OPS <= {op for ops in OPERATORS.values() for op in ops}


@pytest.mark.parametrize("rules", [
    [{"fact": "orders_count", "op": ">=", "value": 2}],
    [{"fact": "orders_count", "op": ">=", "value": "2.5"}],
    [{"fact": "tags", "op": "is_empty"}],
    [{"fact": "tier", "op": "is_set", "value": None}],
    [{"fact": "accepts_email_marketing", "op": "is_true"}],
    [{"fact": "field:city", "op": "in", "value": "Київ, Львів"}],
    [{"fact": "tags", "op": "has_any", "value": ["vip", "gold"]}],
    [{"fact": "score:engagement", "op": "<", "value": 0}],
])
def test_good_rules(rules):
    assert rules_problem(rules) is None


@pytest.mark.parametrize("rules, message", [
    ([], "add at least one rule"),
    (None, "add at least one rule"),
    ({"fact": "tags"}, "add at least one rule"),
    (["tags has vip"], "rule 1 is not a rule"),
    ([{"fact": "tags", "op": "is_empty"}, {"fact": "colour", "op": "=", "value": "red"}],
     "rule 2: “colour” is not something a rule can test"),
    ([{"fact": 5, "op": "="}], "rule 1: “5” is not something a rule can test"),
    ([{"fact": "tags", "op": ">"}],
     "rule 1: “>” does not apply to tags (use has, has_not, has_any, is_empty, is_not_empty)"),
    ([{"fact": "accepts_email_marketing", "op": "="}],
     "rule 1: “=” does not apply to accepts_email_marketing (use is_true, is_false)"),
    ([{"fact": "tier", "op": "="}], "rule 1: tier = needs a value"),
    ([{"fact": "tier", "op": "=", "value": ""}], "rule 1: tier = needs a value"),
    ([{"fact": "orders_count", "op": ">", "value": "many"}],
     "rule 1: orders_count > needs a number, not “many”"),
    ([{"fact": "orders_count", "op": ">", "value": True}],
     "rule 1: orders_count > needs a number, not “True”"),
    ([{"fact": "total_spent", "op": ">", "value": "NaN"}],
     "rule 1: total_spent > needs a number, not “NaN”"),
])
def test_bad_rules(rules, message):
    assert rules_problem(rules) == message


# --- numbers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("op, value, actual, expected", [
    ("=", 2, 2, True), ("=", "2", Decimal("2.00"), True), ("=", 2, 3, False),
    ("!=", 2, 3, True), ("!=", 2, 2, False),
    (">", 100, 100.01, True), (">", 100, 100, False),
    (">=", 100, 100, True), (">=", "99.5", 99, False),
    ("<", 5, 4, True), ("<", 5, 5, False),
    ("<=", 5, 5, True), ("<=", 5, 6, False),
    # a fact that is not known yet (no orders) matches only "differs" and "is not set"
    ("=", 0, None, False), ("!=", 0, None, True), (">", 0, None, False), ("<", 10, None, False),
    (">=", 0, None, False), ("<=", 0, None, False),
    ("is_set", None, None, False), ("is_set", None, 0, True),
    ("is_not_set", None, None, True), ("is_not_set", None, 0, False),
    # garbage in the data is treated like an unknown value, never an exception
    (">", 1, "n/a", False), ("!=", 1, "n/a", True), ("=", 1, True, False),
])
def test_number_operators(op, value, actual, expected):
    assert holds("total_spent", op, value, actual) is expected


# --- text --------------------------------------------------------------------------------------

@pytest.mark.parametrize("op, value, actual, expected", [
    ("=", "Gold", "gold", True), ("=", "gold", "silver", False), ("=", "gold", None, False),
    ("!=", "gold", "Silver", True), ("!=", "gold", "GOLD", False), ("!=", "gold", None, True),
    ("contains", "ОЛЕ", "Олена", True), ("contains", "x", "Олена", False),
    ("starts_with", "ol", "Olena", True), ("starts_with", "le", "Olena", False),
    ("in", "gold, Silver ,bronze", "silver", True), ("in", "gold,silver", "platinum", False),
    ("in", ["Gold", "Silver"], "silver", True), ("in", "gold,", None, False),
    ("is_set", None, "gold", True), ("is_set", None, "", False), ("is_set", None, None, False),
    ("is_not_set", None, "", True), ("is_not_set", None, None, True),
    ("is_not_set", None, "gold", False),
])
def test_text_operators(op, value, actual, expected):
    assert holds("tier", op, value, actual) is expected


def test_text_compares_numbers_as_text():
    assert holds("field:size", "=", "42", 42)
    assert holds("event:rating", "in", "4,5", 5)


# --- booleans ----------------------------------------------------------------------------------

@pytest.mark.parametrize("op, actual, expected", [
    ("is_true", True, True), ("is_true", False, False), ("is_true", None, False),
    ("is_false", False, True), ("is_false", None, True), ("is_false", True, False),
])
def test_boolean_operators(op, actual, expected):
    assert holds("accepts_email_marketing", op, None, actual) is expected


# --- sets --------------------------------------------------------------------------------------

@pytest.mark.parametrize("op, value, actual, expected", [
    ("has", "vip", ["VIP", "new"], True),
    ("has", "vip, new", ["vip", "new", "x"], True),
    ("has", "vip, gold", ["vip", "new"], False),
    ("has", ["vip", "Gold"], ["gold", "vip"], True),
    ("has", "vip", None, False),
    ("has_not", "vip", ["new"], True),
    ("has_not", "vip, gold", ["new", "gold"], False),
    ("has_not", "vip", None, True),
    ("has_any", "vip, gold", ["gold"], True),
    ("has_any", "vip, gold", ["new"], False),
    ("has_any", ["vip", "gold"], ["gold"], True),
    ("has_any", "vip", [], False),
    ("is_empty", None, [], True), ("is_empty", None, None, True), ("is_empty", None, ["x"], False),
    ("is_not_empty", None, ["x"], True), ("is_not_empty", None, (), False),
])
def test_set_operators(op, value, actual, expected):
    assert holds("tags", op, value, actual) is expected


def test_products_in_the_order_are_a_set():
    assert holds("order.products", "has_any", "SKU-1, SKU-9", {"sku-1", "sku-2"})


# --- all / any ---------------------------------------------------------------------------------

FACT_VALUES = {"orders_count": 3, "tags": ["vip"], "tier": "gold", "points": None}
TRUE_RULE = {"fact": "orders_count", "op": ">=", "value": 2}
FALSE_RULE = {"fact": "tier", "op": "=", "value": "silver"}


@pytest.mark.parametrize("rules, all_, any_", [
    ([TRUE_RULE], True, True),
    ([FALSE_RULE], False, False),
    ([TRUE_RULE, FALSE_RULE], False, True),
    ([FALSE_RULE, TRUE_RULE], False, True),
    ([TRUE_RULE, {"fact": "tags", "op": "has", "value": "vip"}], True, True),
    ([FALSE_RULE, {"fact": "points", "op": ">", "value": 0}], False, False),
    ([], True, False),
])
def test_all_versus_any(rules, all_, any_):
    assert evaluate(rules, "all", FACT_VALUES.get) is all_
    assert evaluate(rules, "any", FACT_VALUES.get) is any_


def test_lookup_is_asked_for_each_fact_by_name():
    asked = []

    def lookup(name):
        asked.append(name)
        return {"score:vip": 7, "field:city": "Львів"}.get(name)

    rules = [{"fact": "score:vip", "op": ">", "value": 5},
             {"fact": "field:city", "op": "=", "value": "львів"}]
    assert evaluate(rules, "all", lookup)
    assert asked == ["score:vip", "field:city"]


def test_remembered_names_keep_values_of_different_types_apart():
    from runtime.conditions import _names

    assert _names(1) == {"1"} and _names(True) == {"true"}  # 1 and True hash alike
    assert _names(["VIP ", "gold"]) == {"vip", "gold"} == _names(("vip", "Gold"))
    assert _names([{"odd": 1}]) == {"{'odd': 1}"}  # unhashable: worked out, not remembered
