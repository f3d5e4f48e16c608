"""Review of the backtest's batch mode: the report (and the copy's rows) must not depend on the
batch size. Each test compares flush_runs=None (written after every event and tick, as the live
runtime does) with batches of 1, 2, 3 and 10,000 runs."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, select

from runtime import flows_store, simulate
from runtime.db.models import Contact, Setting
from runtime.errors import Cancelled
from runtime.flow import Flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_event,
    add_order,
    at,
    live_engine,
    order_event,
)

SIZES = (1, 2, 3, 10_000)


@pytest.fixture(autouse=True)
def foreign_keys(monkeypatch):
    """The backtest's copy with foreign keys enforced, as the workspace has them: a batch must
    not write a row before the run it refers to."""
    real = simulate.create_engine

    def create_engine(*args, **kwargs):
        engine = real(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def _on(dbapi_conn, _record):
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

        return engine

    monkeypatch.setattr(simulate, "create_engine", create_engine)


def _report(service, flow, flush_runs, start="2025-01-01 00:00", end="2025-12-31 00:00"):
    with service.engine.begin() as conn:  # coupon codes derive from it: the same every time
        conn.execute(Setting.__table__.insert().prefix_with("OR IGNORE").values(
            key="engine_secret", value="fedcba9876543210fedcba9876543210"))
    result = run_backtest(service.engine, flow, at(start), at(end), KYIV, SHOP, TIERS,
                          flush_runs=flush_runs)
    return json.dumps(result, sort_keys=True, default=str, indent=1)


def assert_same_reports(service, flow, **kw):
    unbatched = _report(service, flow, None, **kw)
    assert json.loads(unbatched)["summary"]["enrollments"] > 0
    for size in SIZES:
        assert _report(service, flow, size, **kw) == unbatched, f"batches of {size} differ"
    return json.loads(unbatched)


def _tag(flow, tag):
    return flow.add_node("action.add_tag", {"tag": tag})


def _delay(flow, days):
    return flow.add_node("wait.delay", {"duration": {"amount": days, "unit": "days"}})


def test_a_run_rescheduled_to_the_same_due_time_moves_once(service):
    # The run waits for a reply for 2 days (due 3 March 10:00); the reply comes after 1 day
    # and the next wait, 1 day, is due at the very same moment. The batch's heap then holds
    # (3 March 10:00, run) twice: the run must still move once at that tick.
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        add_event(conn, olena, "form_submitted", "2025-03-01 10:00")
        add_event(conn, olena, "email_replied", "2025-03-02 10:00")
    flow = Flow("Reply")
    t = flow.add_node("trigger.custom_event", {"event": "form_submitted"})
    wait = flow.add_node("wait.event", {"event": "email_replied",
                                        "timeout": {"amount": 2, "unit": "days"}})
    first, second = _delay(flow, 1), _delay(flow, 1)
    done = _tag(flow, "done")
    flow.connect(t, "next", wait)
    flow.connect(wait, "happened", first)
    flow.connect(first, "next", second)
    flow.connect(second, "next", done)
    report = assert_same_reports(service, flow)
    assert [a["at"] for a in report["actions"]] == ["2025-03-04T10:00:00+02:00"]


def _contact_rows(service, flow, flush_runs, orders):
    """The contacts as an engine run over `orders` leaves them, batched or not."""
    with service.engine.connect() as conn:
        trans = conn.begin()
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        if flush_runs is not None:
            engine.begin_batch(conn, flush_runs)
        for order_id in orders:
            event = order_event(conn, order_id)
            while (wake := engine.next_wakeup(conn)) is not None and wake <= event.at:
                engine.tick(conn, wake)
            engine.handle_event(conn, event)
        while (wake := engine.next_wakeup(conn)) is not None and wake <= at("2025-12-01 00:00"):
            engine.tick(conn, wake)
        if flush_runs is not None:
            engine.end_batch()
        C = Contact.__table__
        rows = [tuple(r) for r in conn.execute(
            select(C.c.id, C.c.fields, C.c.accepts_email_marketing, C.c.email_consent_at,
                   C.c.updated_at).order_by(C.c.id))]
        trans.rollback()
    return rows


def test_a_field_set_after_an_unsubscribe_in_one_batch_keeps_its_updated_at(service):
    # Unsubscribed on 1 February, a field set on 2 February: the contact was last updated on
    # 2 February. A batch writes the field first and the unsubscribe after it, each with its
    # own moment, so updated_at goes back to 1 February.
    flow = Flow("Leave, then note")
    t = flow.add_node("trigger.order_placed")
    stop = flow.add_node("action.unsubscribe")
    wait = _delay(flow, 1)
    note = flow.add_node("action.set_field", {"field": "left", "value": "yes"})
    flow.connect(t, "next", stop)
    flow.connect(stop, "next", wait)
    flow.connect(wait, "next", note)
    with service.engine.begin() as conn:
        lesia = add_contact(conn, "lesia@example.ua")
        orders = [add_order(conn, lesia, "2025-02-01 10:00")]
    unbatched = _contact_rows(service, flow, None, orders)
    assert unbatched[0][4] == at("2025-02-02 10:00")
    for size in (1, 10_000):
        assert _contact_rows(service, flow, size, orders) == unbatched, f"batches of {size}"


def _kitchen_sink_flow(goal="review_submitted"):
    flow = Flow("Kitchen sink")
    t = flow.add_node("trigger.order_placed")
    pts = flow.add_node("action.points", {"measure": "points", "operation": "add",
                                          "amount": 100, "expires_days": 20})
    rich = flow.add_node("condition.contact", {"rules": [
        {"fact": "points", "op": ">=", "value": 200}]})
    coupon = flow.add_node("action.coupon", {"discount_type": "percent", "value": 10,
                                             "expires_days": 7, "prefix": "VIP"})
    mail = flow.add_node("action.send_email", {"template": {
        "subject": "Code {{ coupon.code }} for {{ contact.points }}",
        "html": "<p>{{ coupon.code }}</p>", "text": "{{ coupon.code }}"}})
    vip, regular = _tag(flow, "vip"), _tag(flow, "regular")
    reply = flow.add_node("wait.event", {"event": "email_replied",
                                         "timeout": {"amount": 1, "unit": "days"}})
    unreg = flow.add_node("action.remove_tag", {"tag": "regular"})
    spend = flow.add_node("action.points", {"measure": "points", "operation": "subtract",
                                            "amount": 50})
    note = flow.add_node("action.set_field", {"field": "seen", "value": "{{ contact.points }}"})
    morning = flow.add_node("wait.until_time", {"time_of_day": "10:00"})
    consent = flow.add_node("action.check_consent", {"field": "asked"})
    bye = flow.add_node("action.remove_tag", {"tag": "vip"})
    flow.connect(t, "next", pts)
    flow.connect(pts, "next", rich)
    flow.connect(rich, "yes", coupon)
    flow.connect(coupon, "next", mail)
    flow.connect(mail, "next", vip)
    flow.connect(vip, "next", reply)
    flow.connect(rich, "no", regular)
    flow.connect(regular, "next", reply)
    flow.connect(reply, "happened", unreg)
    flow.connect(unreg, "next", spend)
    flow.connect(spend, "next", note)
    flow.connect(reply, "timeout", morning)
    flow.connect(morning, "next", consent)
    flow.connect(consent, "yes", bye)
    flow.set_settings({**flow.settings, "goals": [{"event": goal}]})
    return flow


def test_a_mixed_flow_with_events_at_the_same_moments(service):
    # Points (written at once, before the run is), a condition on them, coupons, tags added
    # and removed, waits for an event with both exits, a goal, several contacts' orders and
    # events at the very same moments, and re-entries.
    with service.engine.begin() as conn:
        people = [add_contact(conn, f"c{i}@example.ua", consent=i != 2) for i in range(4)]
        for day in ("03-01", "03-01", "03-02", "03-10", "03-12", "04-01"):
            for cid in people:
                add_order(conn, cid, f"2025-{day} 10:00")
        for cid in people[:3]:
            add_event(conn, cid, "email_replied", "2025-03-02 10:00")
            add_event(conn, cid, "email_replied", "2025-03-10 10:00")
        add_event(conn, people[1], "review_submitted", "2025-03-10 10:00")
        add_event(conn, people[3], "review_submitted", "2025-04-01 12:00")
    report = assert_same_reports(service, _kitchen_sink_flow(), end="2025-06-01 00:00")
    assert report["summary"]["actions"]["action.coupon"] > 0
    assert report["summary"]["skipped"]["not_tagged"] > 0


def test_the_copy_enforces_foreign_keys(service, monkeypatch):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        add_order(conn, olena, "2025-03-01 10:00")
    flow = Flow("Check")
    t = flow.add_node("trigger.order_placed")
    flow.connect(t, "next", _tag(flow, "x"))
    seen = []
    real = simulate._report

    def report(conn, *args):
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        return real(conn, *args)

    monkeypatch.setattr(simulate, "_report", report)
    _report(service, flow, 1)
    assert seen == [1]


def test_a_zero_length_wait_and_a_scan_reading_a_field_written_in_the_batch(service):
    # An order at 10:00 sets a date field and waits "until 10:00" (due at once); the date scan
    # of 5 March reads the field from the database, written or still in the batch.
    with service.engine.begin() as conn:
        for i in range(3):
            cid = add_contact(conn, f"c{i}@example.ua")
            add_order(conn, cid, "2025-03-01 10:00")
            add_order(conn, cid, "2025-03-01 10:00")
            add_order(conn, cid, "2025-03-05 10:00")
    flow = Flow("Renewal")
    t = flow.add_node("trigger.order_placed")
    note = flow.add_node("action.set_field", {"field": "renewal", "value": "2025-03-05"})
    now = flow.add_node("wait.until_time", {"time_of_day": "10:00"})
    flow.connect(t, "next", note)
    flow.connect(note, "next", now)
    flow.connect(now, "next", _tag(flow, "ordered"))
    day = flow.add_node("trigger.date_reached", {"date": "field", "field": "renewal",
                                                 "time_of_day": "10:00"})
    renewal = _tag(flow, "renewal-day")
    flow.connect(day, "next", renewal)
    report = assert_same_reports(service, flow, end="2025-04-01 00:00")
    assert [a["at"][:10] for a in report["actions"] if a["node"] == renewal] == [
        "2025-03-05"] * 3


def test_a_cancelled_batched_backtest_leaves_nothing_behind(service):
    with service.engine.begin() as conn:
        for i in range(3):
            cid = add_contact(conn, f"c{i}@example.ua")
            add_order(conn, cid, "2025-03-01 10:00")
            add_event(conn, cid, "email_replied", "2025-03-01 12:00")
    flow = _kitchen_sink_flow()
    unbatched = _report(service, flow, None)
    with pytest.raises(Cancelled):
        run_backtest(service.engine, flow, at("2025-01-01 00:00"), at("2025-12-31 00:00"), KYIV,
                     SHOP, TIERS, flush_runs=2, should_cancel=lambda: True)
    assert _report(service, flow, 2) == unbatched
