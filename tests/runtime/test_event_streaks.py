"""The Event received trigger's “only the Nth event within a period”: when it starts a run,
how it reads the trigger's property filter, and how version 1 flows carry forward."""

from __future__ import annotations

from sqlalchemy import select

from runtime import catalog, flows_store
from runtime.db.models import Enrollment
from runtime.engine import EngineEvent
from runtime.flow import Flow
from runtime.flowfile import from_document
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_event,
    at,
    live_engine,
)

E = Enrollment.__table__
NTH = {"event": "viewed", "which": "nth", "times": 3, "within": {"amount": 14, "unit": "days"},
       "same_property": "product"}


def tag_flow(trigger: dict, reentry: str = "after_finish") -> Flow:
    flow = Flow("streak")
    flow.set_settings({**flow.settings, "reentry": {"mode": reentry, "days": 0}})
    trigger_id = flow.add_node("trigger.custom_event", trigger)
    tag = flow.add_node("action.add_tag", {"tag": "seen:{{ event.product }}"})
    flow.connect(trigger_id, "next", tag)
    return flow


def feed(conn, flow: Flow, contact: int, views: list[tuple[str, dict]]) -> list[tuple]:
    """Record and hand each event to a live engine; (shop time, product) of each run."""
    flows_store.activate(conn, flow, at("2025-01-01 00:00"))
    engine = live_engine(conn)
    for when, properties in views:
        add_event(conn, contact, "viewed", when, **properties)
        engine.handle_event(conn, EngineEvent("viewed", contact, at(when),
                                              {"properties": properties}))
    return started(conn)


def started(conn) -> list[tuple]:
    rows = conn.execute(select(E.c.started_at, E.c.context).order_by(E.c.id)).all()
    return [(when.astimezone(KYIV).strftime("%m-%d %H:%M"), ctx["event"].get("product"))
            for when, ctx in rows]


def test_the_third_view_starts_a_run_and_the_views_that_keep_coming_do_not(service):
    a, b = {"product": "A"}, {"product": "b"}
    views = [(f"2025-03-{d:02} 10:00", a) for d in (1, 2, 3, 4, 5, 10, 15, 20, 25)]
    views += [("2025-03-03 11:00", b), ("2025-03-04 11:00", {"product": "B"})]
    # After 35 days without a third view within 14 days, three new views start one again.
    views += [(f"2025-04-{d:02} 10:00", a) for d in (29, 30)] + [("2025-05-01 10:00", a)]
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        runs = feed(conn, tag_flow(NTH), olena, sorted(views))
    # B's two views (in either case) are not three; A's continuing views start nothing.
    assert runs == [("03-03 10:00", "A"), ("05-01 10:00", "A")]


def test_a_view_exactly_the_period_earlier_no_longer_counts(service):
    p = {"product": "C"}
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        runs = feed(conn, tag_flow(NTH), olena, [
            ("2025-03-01 10:00", p), ("2025-03-08 10:00", p), ("2025-03-15 10:00", p),
            ("2025-03-15 10:30", p)])
    assert runs == [("03-15 10:30", "C")]  # at 10:00 the view of 1 March is 14 days old


def test_only_events_that_pass_the_property_filter_count(service):
    trigger = {"event": "viewed", "property": "source", "equals": "email", "which": "nth",
               "times": 2, "within": {"amount": 1, "unit": "days"}}
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        runs = feed(conn, tag_flow(trigger), olena, [
            ("2025-03-01 10:00", {"source": "Email", "product": "A"}),
            ("2025-03-01 11:00", {"source": "web", "product": "B"}),
            ("2025-03-01 12:00", {"source": "email", "product": "C"})])
    # Without "same_property" every product counts; the web view does not.
    assert runs == [("03-01 12:00", "C")]


def test_without_the_counted_property_an_event_starts_nothing(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        runs = feed(conn, tag_flow(NTH), olena, [
            (f"2025-03-0{d} 10:00", {"page": "home"}) for d in (1, 2, 3, 4)])
    assert runs == []


def test_the_flows_reentry_policy_still_applies(service):
    p = {"product": "A"}
    views = [(f"2025-03-0{d} 10:00", p) for d in (1, 2, 3)]
    views += [(f"2025-05-0{d} 10:00", p) for d in (1, 2, 3)]
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        runs = feed(conn, tag_flow(NTH, reentry="once"), olena, views)
    assert runs == [("03-03 10:00", "A")]  # the third May view qualifies, "once" refuses it


def test_a_backtest_orders_views_recorded_at_the_same_moment(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        for _ in range(5):
            add_event(conn, olena, "viewed", "2025-03-01 10:00", product="A")
    report = run_backtest(service.engine, tag_flow(NTH), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert report["summary"]["enrollments"] == 1
    assert [a["detail"]["tag"] for a in report["actions"]] == ["seen:A"]


def test_version_1_flows_start_on_every_event_as_before(service):
    doc = {"schema_version": 1, "uid": "u1", "name": "old", "settings": {}, "edges": [],
           "nodes": [{"id": "t", "kind": "trigger.custom_event", "version": 1,
                      "params": {"event": "viewed", "property": "", "equals": ""}}]}
    flow = from_document(doc, "old.json")
    assert flow.node("t")["version"] == 2
    assert flow.node("t")["params"]["which"] == "every"
    assert catalog.migrate_params("trigger.custom_event", 1, {"event": "x"}) == (
        2, {"event": "x", "which": "every"})


def test_the_settings_are_checked_only_when_they_show():
    spec = catalog.get("trigger.custom_event")
    wrong = {"event": "viewed", "times": 1, "within": {"amount": 0, "unit": "days"}}
    assert catalog.validate_params(spec, wrong) == []  # "Every event" hides them
    assert catalog.validate_params(spec, {**wrong, "which": "nth"}) == [
        ("times", "Event number must be at least 2"), ("within", "Within is too short")]
    assert catalog.validate_params(spec, {**wrong, "which": "3rd"}) == [
        ("which", "Which events must be one of: “Every event”, "
                  "“Only the Nth event within a period”")]
