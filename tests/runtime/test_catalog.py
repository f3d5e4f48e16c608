"""The node catalog: every kind's spec, the parameter validator, show_if, ports and migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from runtime import catalog
from runtime.catalog import NodeSpec, Param, labelled, validate_params

SPECS = catalog.all_specs()
KINDS = [s.kind for s in SPECS]
# Required settings that start empty on purpose: the user must type them (a tag, a URL, ...).
MUST_FILL = {
    "action.add_tag": {"tag": "vip"},
    "action.remove_tag": {"tag": "vip"},
    "action.set_field": {"field": "nickname"},
    "action.webhook": {"url": "https://example.com/hook"},
    "trigger.tag_added": {"tag": "vip"},
    "trigger.custom_event": {"event": "form_submitted"},
}


def problems(kind: str, **params) -> dict[str, str]:
    return dict(validate_params(catalog.get(kind), params))


# --- every kind ------------------------------------------------------------------------------

def test_the_catalog_holds_every_family_and_the_expected_kinds():
    assert {s.family for s in SPECS} == set(catalog.FAMILIES)
    assert len(KINDS) == len(set(KINDS))
    for kind in ("trigger.order_placed", "wait.delay", "wait.event", "condition.contact",
                 "condition.random_split", "action.send_email", "action.end"):
        assert kind in KINDS
    order = [catalog.FAMILIES.index(s.family) for s in SPECS]
    assert order == sorted(order), "all_specs() lists triggers, waits, conditions, actions"


@pytest.mark.parametrize("kind", KINDS)
def test_spec_is_consistent(kind):
    spec = catalog.get(kind)
    assert kind.split(".")[0] == spec.family
    assert spec.version >= 1 and spec.title and spec.description and spec.icon
    names = [p.name for p in spec.params]
    assert len(names) == len(set(names)), "parameter names are unique"
    for p in spec.params:
        if p.type == "choice":
            assert p.default in [value for value, _label in p.choices]
        for other, allowed in p.show_if.items():
            target = spec.param(other)
            assert target is not None, f"{p.name} shows on unknown {other}"
            if target.type == "choice":
                assert set(allowed) <= {value for value, _label in target.choices}
    assert spec.param("no such parameter") is None


@pytest.mark.parametrize("kind", KINDS)
def test_defaults_pass_validation_once_the_blanks_are_filled(kind):
    spec = catalog.get(kind)
    fill = MUST_FILL.get(kind, {})
    expected = {name: f"{spec.param(name).title} is required" for name in fill}
    assert dict(validate_params(spec, spec.defaults())) == expected
    assert validate_params(spec, {**spec.defaults(), **fill}) == []
    assert validate_params(spec, fill) == [], "missing settings fall back to their defaults"


@pytest.mark.parametrize("kind", KINDS)
def test_summary_fills_every_placeholder(kind):
    spec = catalog.get(kind)
    summary = spec.summarize({**spec.defaults(), **MUST_FILL.get(kind, {})})
    assert summary and "?" not in summary, "a placeholder names no parameter"


@pytest.mark.parametrize("kind", KINDS)
def test_defaults_are_fresh_copies(kind):
    spec = catalog.get(kind)
    first = spec.defaults()
    for value in first.values():
        if isinstance(value, list):
            value.append("mutated")
        elif isinstance(value, dict):
            value["mutated"] = True
    assert "mutated" not in repr(spec.defaults())


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_setting_is_reported(kind):
    spec = catalog.get(kind)
    found = validate_params(spec, {**spec.defaults(), **MUST_FILL.get(kind, {}), "colour": 1})
    assert found == [("colour", f"“colour” is not a setting of {spec.title}")]


# --- ports -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, ports", [
    ("condition.contact", ("yes", "no")),
    ("condition.order", ("yes", "no")),
    ("wait.event", ("happened", "timeout")),
    ("wait.delay", ("next",)),
    ("trigger.order_placed", ("next",)),
    ("action.send_email", ("next",)),
    ("action.end", ()),
    ("condition.random_split", ("A", "B")),
])
def test_output_ports(kind, ports):
    assert catalog.get(kind).output_ports() == ports


def test_split_ports_come_from_branch_names():
    split = catalog.get("condition.random_split")
    branches = [{"name": "Control", "percent": 20}, {"name": "Ваучер", "percent": 30},
                {"name": "优惠", "percent": 50}]
    assert split.output_ports({"branches": branches}) == ("Control", "Ваучер", "优惠")
    assert split.output_ports({"branches": []}) == ("A", "B"), "empty falls back to the default"


@pytest.mark.parametrize("garbage", [5, 1.5, True, "AB", {"name": "A"}])
def test_split_ports_of_garbage_branches_are_empty_not_a_crash(garbage):
    split = catalog.get("condition.random_split")
    assert split.output_ports({"branches": garbage}) == ()
    assert "branches" in dict(validate_params(split, {"branches": garbage}))


# Actions whose result picks the way on: products found or not, consent given or not.
BRANCHING_ACTIONS = {"action.pick_products": ("found", "none"),
                     "action.check_consent": ("yes", "no")}


def test_every_trigger_and_action_but_end_has_one_next_exit():
    for spec in SPECS:
        if spec.family in ("trigger", "action") and spec.kind != "action.end":
            assert spec.output_ports() == BRANCHING_ACTIONS.get(spec.kind, ("next",)), spec.kind


# --- show_if ---------------------------------------------------------------------------------

def test_nth_order_is_only_checked_when_which_is_nth():
    assert problems("trigger.order_placed", which="any", nth=1) == {}
    assert problems("trigger.order_placed", which="first", nth="lots") == {}
    assert problems("trigger.order_placed", which="nth", nth=1) == {
        "nth": "Order number must be at least 2"}
    assert problems("trigger.order_placed", which="nth", nth=1001) == {
        "nth": "Order number must be at most 1000"}
    assert problems("trigger.order_placed", which="nth", nth=5) == {}


def test_show_if_hides_and_unhides_required_settings():
    assert problems("trigger.date_reached", date="birth_date", field="") == {}
    assert problems("trigger.date_reached", date="field", field="") == {
        "field": "Field name is required"}
    assert problems("trigger.date_reached", date="field", field="wedding_day") == {}
    assert problems("trigger.threshold", measure="points", score="") == {}
    assert problems("trigger.threshold", measure="score", score="") == {
        "score": "Score name is required"}


def test_show_if_with_several_allowed_values():
    assert problems("action.points", operation="reset", amount=-5) == {}
    for operation in ("add", "subtract"):
        assert problems("action.points", operation=operation, amount=-5) == {
            "amount": "Amount must be at least 0"}
    assert problems("action.coupon", discount_type="free_shipping", value=None) == {}
    assert problems("action.coupon", discount_type="fixed", value=None) == {
        "value": "Value is required"}


def test_is_visible_reads_the_given_values():
    nth = catalog.get("trigger.order_placed").param("nth")
    assert catalog.is_visible(nth, {"which": "nth"})
    assert not catalog.is_visible(nth, {"which": "any"})
    assert not catalog.is_visible(nth, {})


# --- value checks ----------------------------------------------------------------------------

@pytest.mark.parametrize("value, message", [
    (0, "must be at least 1"),
    (3651, "must be at most 3650"),
    (1.5, "must be a whole number"),
    ("90", "must be a whole number"),
    (True, "must be a number"),
    (None, "is required"),
    ("", "is required"),
])
def test_integer_range(value, message):
    expected = {"days": labelled("Days since last purchase", message)}
    assert problems("trigger.inactive", days=value) == expected


@pytest.mark.parametrize("value", [1, 3650, 90])
def test_integer_range_accepts_bounds(value):
    assert problems("trigger.inactive", days=value) == {}


@pytest.mark.parametrize("value, ok", [
    (None, True), (0, True), (12.5, True), ("19.99", True),
    (-0.01, False), ("abc", False), (float("nan"), False), (float("inf"), False), (False, False),
])
def test_decimal(value, ok):
    found = problems("trigger.order_placed", min_total=value)
    assert (found == {}) is ok, found


def test_decimal_with_maximum():
    assert problems("action.coupon", value=10**9) == {}
    assert problems("action.coupon", value=-1) == {"value": "Value must be at least 0"}


def test_choices():
    assert problems("trigger.order_placed", which="sometimes") == {
        "which": "Which orders must be one of: “Every order”, “Only the first order”, "
                 "“Only the Nth order”"}
    assert problems("trigger.order_placed", which=["nth"]) != {}
    assert problems("action.webhook", url="https://x", method="GET") == {
        "method": "Method must be one of: “POST”, “PUT”"}


@pytest.mark.parametrize("value, message", [
    ({"amount": 3, "unit": "hours"}, None),
    ({"amount": 0, "unit": "minutes"}, None),
    ({"amount": -1, "unit": "days"}, "the amount must be a whole number of 0 or more"),
    ({"amount": 1.5, "unit": "days"}, "the amount must be a whole number of 0 or more"),
    ({"amount": "3", "unit": "days"}, "the amount must be a whole number of 0 or more"),
    ({"amount": True, "unit": "days"}, "the amount must be a whole number of 0 or more"),
    ({"amount": 3, "unit": "fortnights"}, "must be an amount of minutes, hours, days, weeks"),
    ({"amount": 3, "unit": ["days"]}, "must be an amount of minutes, hours, days, weeks"),
    ({"amount": 3}, "must be an amount of minutes, hours, days, weeks"),
    ("3 days", "must be an amount of minutes, hours, days, weeks"),
    (None, "is required"),
])
def test_durations(value, message):
    expected = {} if message is None else {"duration": labelled("Wait for", message)}
    assert problems("wait.delay", duration=value) == expected


def test_duration_minimum():
    spec = NodeSpec("test.duration", 1, "wait", "T", "d", "i",
                    params=(Param("d", "duration", "Delay", minimum=3600),))
    assert validate_params(spec, {"d": {"amount": 59, "unit": "minutes"}}) == [
        ("d", "Delay is too short")]
    assert validate_params(spec, {"d": {"amount": 1, "unit": "hours"}}) == []


@pytest.mark.parametrize("value, ok", [
    ("00:00", True), ("09:30", True), ("23:59", True),
    ("9:30", False), ("24:00", False), ("12:60", False), ("09:00\n", False), ("09:00:00", False),
    (930, False),
])
def test_times(value, ok):
    found = problems("wait.until_time", time_of_day=value)
    assert (found == {}) is ok, found
    if not ok:
        assert found == {"time_of_day": "Time of day must be a time of day like 09:00"}


def test_dates_and_booleans_and_text():
    spec = NodeSpec("test.types", 1, "action", "T", "d", "i", params=(
        Param("day", "date", "Day"),
        Param("flag", "boolean", "Flag"),
        Param("note", "text", "Note"),
    ))
    assert validate_params(spec, {"day": "2026-03-31", "flag": False, "note": "hi"}) == []
    assert validate_params(spec, {"day": "31.03.2026", "flag": "yes", "note": 5}) == [
        ("day", "Day must be a date like 2026-03-31"),
        ("flag", "Flag must be yes or no"),
        ("note", "Note must be text"),
    ]
    assert validate_params(spec, {"day": "2026-03-31\n"}) != []


@pytest.mark.parametrize("value, ok", [
    ([], True), (["mon", "fri"], True), (["mon", " "], False), ("mon", False), ([1], False),
])
def test_tags(value, ok):
    assert (problems("wait.until_time", weekdays=value) == {}) is ok


@pytest.mark.parametrize("branches, message", [
    ([{"name": "A", "percent": 30}, {"name": "B", "percent": 70}], None),
    ([{"name": "A", "percent": 0}, {"name": "B", "percent": 100}], None),
    ([{"name": "A", "percent": 50}, {"name": "B", "percent": 40}],
     "the percentages add up to 90, not 100"),
    ([{"name": "A", "percent": 60}, {"name": "B", "percent": 60}],
     "the percentages add up to 120, not 100"),
    ([{"name": "A", "percent": 100}], "needs at least two branches"),
    ([{"name": "A", "percent": 50}, {"name": "A", "percent": 50}], "branch names must differ"),
    ([{"name": "A", "percent": 50}, {"percent": 50}], "every branch needs a name"),
    ([{"name": "A", "percent": 50}, {"name": " ", "percent": 50}], "every branch needs a name"),
    ([{"name": "A", "percent": 50}, "B"], "every branch needs a name"),
    ([{"name": "A", "percent": "50"}, {"name": "B", "percent": 50}],
     "every branch needs a whole percentage"),
    ([{"name": "A", "percent": 50.0}, {"name": "B", "percent": 50}],
     "every branch needs a whole percentage"),
    ([{"name": "A", "percent": True}, {"name": "B", "percent": 99}],
     "every branch needs a whole percentage"),
    ([{"name": "A", "percent": -10}, {"name": "B", "percent": 110}],
     "every branch needs a whole percentage"),
])
def test_branches_sum_to_100(branches, message):
    expected = {} if message is None else {"branches": labelled("Branches", message)}
    assert problems("condition.random_split", branches=branches) == expected


@pytest.mark.parametrize("template, message", [
    ({"subject": "Hi", "html": "<p>x</p>"}, None),
    ({"subject": "Hi", "text": "x"}, None),
    ({"subject": " ", "html": "<p>x</p>"}, "the subject is empty"),
    ({"subject": "Hi", "html": " ", "text": ""}, "the email has no body"),
    ({"subject": "Hi {{ name", "text": "x"}, "the subject has a mistake on line 1"),
    ("Hi", "must have a subject and a body"),
])
def test_email_template(template, message):
    found = problems("action.send_email", template=template)
    if message is None:
        assert found == {}
    else:
        assert found["template"].startswith(labelled("Email", message))


@pytest.mark.parametrize("rules, message", [
    ([], "Rules is required"),
    ([{"fact": "colour", "op": "=", "value": "red"}],
     "Rules: rule 1: “colour” is not something a rule can test"),
])
def test_rules_param(rules, message):
    assert problems("condition.contact", rules=rules) == {"rules": message}


def test_problems_list_every_setting_at_once():
    found = validate_params(catalog.get("action.coupon"), {
        "discount_type": "percent", "value": -1, "expires_days": 0, "single_use": "no",
        "prefix": 7, "extra": 1})
    assert [name for name, _message in found] == [
        "extra", "value", "expires_days", "single_use", "prefix"]


# --- declaring kinds ---------------------------------------------------------------------------

def test_bad_declarations_are_refused():
    with pytest.raises(ValueError, match="unknown type"):
        Param("x", "colour", "X")
    with pytest.raises(ValueError, match="unknown family"):
        NodeSpec("test.bad", 1, "gadget", "T", "d", "i")
    with pytest.raises(ValueError, match="declared twice"):
        catalog.register(catalog.get("action.end"))


def test_summary_of_malformed_params_falls_back_to_the_title():
    email = catalog.get("action.send_email")
    assert email.summarize({"template": "not a dict"}) == email.title
    assert email.summarize({}) == "Email “A note from [shop name]”"  # no Jinja on cards
    assert catalog.get("wait.delay").summarize({}) == "Wait 1 day"
    assert catalog.get("condition.random_split").summarize({}) == "Split A 50%, B 50%"
    two = [{"fact": "orders_count", "op": ">=", "value": 2}, {"fact": "tags", "op": "has",
                                                               "value": ["vip"]}]
    contact = catalog.get("condition.contact")
    assert contact.summarize({"rules": two}) == \
        "If Number of orders is at least 2 and Tags has all of vip"
    assert contact.summarize({"rules": two, "match": "any"}) == \
        "If Number of orders is at least 2 or Tags has all of vip"
    assert catalog.get("wait.until_time").summarize({"time_of_day": ""}) == "Until —"


def test_importing_one_kinds_module_first_keeps_every_kind():
    code = ("from runtime.kinds import actions\nfrom runtime import catalog\n"
            "print(catalog.get('trigger.order_placed') is not None, len(catalog.all_specs()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["True", str(len(SPECS))]


# --- migrations --------------------------------------------------------------------------------

@pytest.fixture
def versioned_kind():
    """A throwaway kind at version 3 with migrations 1 → 2 → 3, removed afterwards."""
    catalog.all_specs()  # load the real kinds first
    spec = catalog.register(NodeSpec(
        "test.versioned", 3, "action", "Versioned", "for tests", "i",
        params=(Param("hours", "integer", "Hours", default=1),
                Param("note", "text", "Note", default="")),
    ))

    def days_default(params):
        params.setdefault("days", 1)
        return params

    def days_to_hours(params):
        params["hours"] = params.pop("days") * 24
        params["note"] = "upgraded"
        return params

    catalog.register_migration("test.versioned", 1, days_default)
    catalog.register_migration("test.versioned", 2, days_to_hours)
    yield spec
    del catalog._REGISTRY["test.versioned"]
    catalog._MIGRATIONS.pop("test.versioned", None)


def test_migrations_run_in_order(versioned_kind):
    assert catalog.migrate_params("test.versioned", 1, {"days": 2}) == (
        3, {"hours": 48, "note": "upgraded"})
    assert catalog.migrate_params("test.versioned", 1, {}) == (
        3, {"hours": 24, "note": "upgraded"})
    assert catalog.migrate_params("test.versioned", 2, {"days": 3}) == (
        3, {"hours": 72, "note": "upgraded"})
    assert catalog.migrate_params("test.versioned", 3, {"hours": 5}) == (3, {"hours": 5})


def test_migration_does_not_change_the_callers_params(versioned_kind):
    original = {"days": 2}
    catalog.migrate_params("test.versioned", 1, original)
    assert original == {"days": 2}


def test_migration_errors(versioned_kind):
    with pytest.raises(LookupError, match="newer Boomerang"):
        catalog.migrate_params("test.versioned", 4, {})
    with pytest.raises(LookupError, match="unknown node kind"):
        catalog.migrate_params("test.nothing", 1, {})
    del catalog._MIGRATIONS["test.versioned"][1]
    with pytest.raises(LookupError, match="version 1 cannot be upgraded"):
        catalog.migrate_params("test.versioned", 1, {})


def test_throwaway_kind_is_gone_afterwards():
    assert catalog.get("test.versioned") is None
    assert "test.versioned" not in catalog._MIGRATIONS


def test_weekday_names_and_impossible_dates_are_refused():
    from runtime import catalog

    wait = catalog.get("wait.until_time")
    assert catalog.validate_params(wait, {"weekdays": ["mon", "fri"]}) == []
    problems = catalog.validate_params(wait, {"weekdays": ["monday"]})
    assert problems and "monday" in problems[0][1]
    date_param = catalog.Param("d", "date", "Day")
    assert catalog._check_value(date_param, "2026-02-30") is not None
    assert catalog._check_value(date_param, "2028-02-29") is None


def test_card_summaries_read_as_words_not_settings():
    order = catalog.get("trigger.order_placed")
    assert order.summarize({}) == "Every order"
    assert order.summarize({"which": "first"}) == "First order only"
    assert order.summarize({"which": "nth", "nth": 5}) == "Order number 5"
    event = catalog.get("trigger.custom_event")
    assert event.summarize({"event": "product_viewed"}) == "Event “product_viewed”"
    assert event.summarize({"event": "product_viewed", "which": "nth", "times": 3,
                            "within": {"amount": 14, "unit": "days"}}) == \
        "“product_viewed” 3 times within 14 days"
    points = catalog.get("action.points")
    assert points.summarize({"operation": "subtract", "amount": 5}) == "Subtract 5 points"
    assert points.summarize({"operation": "reset", "measure": "score", "score": "vip"}) == \
        "Reset score “vip” to 0"
    coupon = catalog.get("action.coupon")
    assert coupon.summarize({"discount_type": "fixed", "value": 50}) == "Coupon 50 off"
    assert coupon.summarize({"discount_type": "free_shipping"}) == "Coupon: free shipping"
    # A choice shows its label, as the form does; rules read as a sentence.
    assert catalog.get("action.end").summarize({"outcome": "goal"}) == "End (Goal reached)"
    rules = [{"fact": "orders_count", "op": ">=", "value": 2},
             {"fact": "tags", "op": "has_any", "value": ["vip", "gold"]},
             {"fact": "field:size", "op": "is_set"}]
    assert catalog.get("condition.contact").summarize({"rules": rules, "match": "any"}) == \
        "If Number of orders is at least 2 or Tags has any of vip, gold or size is filled in"
    # The studio translates the pattern, the labels and the words through one function.
    words = {"Order number {nth}": "Замовлення № {nth}", "Goal reached": "Мету досягнуто",
             "End ({outcome})": "Кінець ({outcome})", "is at least": "щонайменше",
             "Number of orders": "Кількість замовлень"}.get
    assert order.summarize({"which": "nth", "nth": 2}, lambda t: words(t, t)) == \
        "Замовлення № 2"
    assert catalog.get("action.end").summarize({"outcome": "goal"}, lambda t: words(t, t)) == \
        "Кінець (Мету досягнуто)"
    assert catalog.get("condition.contact").summarize(
        {"rules": rules[:1]}, lambda t: words(t, t)) == "If Кількість замовлень щонайменше 2"
