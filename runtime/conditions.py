"""Condition rules: the facts a rule may test, their operators, validation and evaluation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any


@dataclass(frozen=True)
class Fact:
    name: str
    title: str
    type: str  # number | text | boolean | set


# Contact facts come from runtime.facts (computed in SQL); "field:NAME" and "score:NAME" are
# open-ended families handled by prefix.
FACTS = {f.name: f for f in (
    Fact("tags", "Tags", "set"),
    Fact("accepts_email_marketing", "Accepts email marketing", "boolean"),
    Fact("orders_count", "Number of orders", "number"),
    Fact("total_spent", "Total spent", "number"),
    Fact("aov", "Average order value", "number"),
    Fact("days_since_last_order", "Days since last order", "number"),
    Fact("rfm_r", "RFM recency (1–5)", "number"),
    Fact("rfm_f", "RFM frequency (1–5)", "number"),
    Fact("rfm_m", "RFM monetary (1–5)", "number"),
    Fact("points", "Loyalty points", "number"),
    Fact("tier", "Tier", "text"),
    Fact("email", "Email", "text"),
    Fact("locale", "Language", "text"),
    Fact("order.total", "Order total", "number"),
    Fact("order.products", "Products in the order", "set"),
    Fact("order.collections", "Collections in the order", "set"),
    Fact("order.discount_code", "Discount code used", "text"),
    Fact("event.property", "Event property (property=value)", "text"),
)}
PREFIX_FACTS = {"field:": "text", "score:": "number", "event:": "text"}

OPERATORS: dict[str, tuple[str, ...]] = {
    "number": ("=", "!=", ">", ">=", "<", "<=", "is_set", "is_not_set"),
    "text": ("=", "!=", "contains", "starts_with", "is_set", "is_not_set", "in"),
    "boolean": ("is_true", "is_false"),
    "set": ("has", "has_not", "has_any", "is_empty", "is_not_empty"),
}
NO_VALUE_OPS = {"is_set", "is_not_set", "is_true", "is_false", "is_empty", "is_not_empty"}
# How an operator reads in a sentence, on the cards and in the rules editor (which translates).
OPERATOR_WORDS = {
    "=": "is", "!=": "is not", ">": "is more than", ">=": "is at least", "<": "is less than",
    "<=": "is at most", "is_set": "is filled in", "is_not_set": "is empty",
    "contains": "contains", "starts_with": "starts with", "in": "is one of",
    "is_true": "is yes", "is_false": "is no", "has": "has all of", "has_not": "has none of",
    "has_any": "has any of", "is_empty": "is empty", "is_not_empty": "is not empty",
}


def describe_rule(rule: Mapping[str, Any], translate: Callable[[str], str] = str) -> str:
    """A rule as a short phrase for a card: "Number of orders is at least 2", "Tags has all
    of vip, gold". Open-ended facts (a contact field, a score) show their own name."""
    fact, op = str(rule.get("fact", "")), str(rule.get("op", ""))
    known = FACTS.get(fact)
    name = translate(known.title) if known else fact.split(":", 1)[-1]
    words = translate(OPERATOR_WORDS[op]) if op in OPERATOR_WORDS else op
    if op in NO_VALUE_OPS:
        return f"{name} {words}"
    value = rule.get("value")
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    return f"{name} {words} {'' if value is None else value}".strip()


def fact_type(name: str) -> str | None:
    if name in FACTS:
        return FACTS[name].type
    for prefix, type_ in PREFIX_FACTS.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            return type_
    return None


def rules_problem(rules: Any) -> str | None:
    """A plain message for the first malformed rule, else None."""
    if not isinstance(rules, list) or not rules:
        return "add at least one rule"
    for i, rule in enumerate(rules, start=1):
        if not isinstance(rule, dict):
            return f"rule {i} is not a rule"
        fact, op = rule.get("fact"), rule.get("op")
        type_ = fact_type(fact) if isinstance(fact, str) else None
        if type_ is None:
            return f"rule {i}: “{fact}” is not something a rule can test"
        if op not in OPERATORS[type_]:
            return f"rule {i}: “{op}” does not apply to {fact} (use {', '.join(OPERATORS[type_])})"
        if op in NO_VALUE_OPS:
            continue
        value = rule.get("value")
        if value is None or value == "":
            return f"rule {i}: {fact} {op} needs a value"
        if type_ == "number" and _number(value) is None:
            return f"rule {i}: {fact} {op} needs a number, not “{value}”"
    return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _compare_number(actual: Any, op: str, expected: Any) -> bool:
    if op == "is_set":
        return actual is not None
    if op == "is_not_set":
        return actual is None
    a, b = _number(actual), _number(expected)
    if a is None or b is None:
        return op == "!=" and a is None  # "no orders yet" differs from any number
    return {"=": a == b, "!=": a != b, ">": a > b, ">=": a >= b, "<": a < b, "<=": a <= b}[op]


def _compare_text(actual: Any, op: str, expected: Any) -> bool:
    if op == "is_set":
        return actual not in (None, "")
    if op == "is_not_set":
        return actual in (None, "")
    a = "" if actual is None else str(actual).casefold()
    if op == "in":
        return a in _names(expected)
    b = str(expected).casefold()
    return {"=": a == b, "!=": a != b, "contains": b in a, "starts_with": a.startswith(b)}[op]


def _compare_set(actual: Any, op: str, expected: Any) -> bool:
    items = {str(v).casefold() for v in (actual or ())}
    if op == "is_empty":
        return not items
    if op == "is_not_empty":
        return bool(items)
    wanted = _names(expected)
    if op == "has":
        return wanted <= items
    if op == "has_any":
        return bool(wanted & items)
    return not (wanted & items)  # has_not


def _names(expected: Any) -> frozenset[str]:
    """The names in `expected`: typed as "vip, gold" or stored as ["vip", "gold"], casefolded."""
    # A flow's rules are evaluated for every run that reaches them: remembered per value.
    # Keyed with the type: True and 1 hash alike but read differently ("true", "1").
    key = (type(expected), tuple(expected) if isinstance(expected, list | tuple) else expected)
    try:
        return _NAMES[key]
    except (KeyError, TypeError):  # TypeError: unhashable, such as a list holding a dict
        pass
    items = expected if isinstance(expected, list | tuple | set) else str(expected).split(",")
    names = frozenset(str(v).strip().casefold() for v in items if str(v).strip())
    if len(_NAMES) < 4096:
        try:
            _NAMES[key] = names
        except TypeError:
            pass
    return names


_NAMES: dict[Any, frozenset[str]] = {}


def evaluate(rules: list[dict], match: str, lookup: Callable[[str], Any]) -> bool:
    """True when the rules hold; `lookup(fact_name)` supplies each fact's current value."""
    results = (_evaluate_rule(rule, lookup) for rule in rules)
    return all(results) if match == "all" else any(results)


def _evaluate_rule(rule: Mapping[str, Any], lookup: Callable[[str], Any]) -> bool:
    fact, op, expected = rule["fact"], rule["op"], rule.get("value")
    type_ = fact_type(fact)
    actual = lookup(fact)
    if type_ == "number":
        return _compare_number(actual, op, expected)
    if type_ == "boolean":
        return bool(actual) is (op == "is_true")
    if type_ == "set":
        return _compare_set(actual, op, expected)
    return _compare_text(actual, op, expected)
