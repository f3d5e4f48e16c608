"""The backtest: history replayed through one flow on a virtual clock, on a copy."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from runtime import flows_store
from runtime.engine import EngineEvent
from runtime.errors import UserError
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
    email_flow,
    live_engine,
    order_event,
)


def backtest(service, flow, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, flow, at(start), at(end), KYIV, SHOP, TIERS)


def fingerprint(service) -> str:
    digest = hashlib.sha256()
    with service.engine.connect() as conn:
        for table in ("contacts", "contact_tags", "orders", "ledger", "coupons", "flows",
                      "enrollments", "action_log", "outbox", "settings"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_wait_condition_email_across_daylight_saving(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_order(conn, olena, "2024-11-02 18:00")
        # 7 days after 25 March 10:00 crosses the switch to summer time on 30 March.
        add_order(conn, olena, "2025-03-25 10:00", "250.50")
    flow = email_flow("Thanks", "trigger.order_placed", wait_days=7,
                      subject="Дякуємо, {{ contact.first_name }}!")
    report = backtest(service, flow)
    assert [(a["at"], a["contact"], a["subject"]) for a in report["actions"]] == [
        ("2025-04-01T10:00:00+03:00", "olena@example.ua", "Дякуємо, Олена!")]
    assert report["summary"]["enrollments"] == 1
    assert report["tz"] == "Europe/Kyiv"


def test_no_consent_is_skipped_with_reason(service):
    with service.engine.begin() as conn:
        ivan = add_contact(conn, "ivan@example.bg", consent=False)
        add_order(conn, ivan, "2025-02-03 12:00")
    report = backtest(service, email_flow("Thanks", "trigger.order_placed"))
    assert report["actions"] == []
    assert [(s["contact"], s["reason"]) for s in report["skipped"]] == [
        ("ivan@example.bg", "no_consent")]
    assert report["summary"]["skipped"] == {"no_consent": 1}


def test_transactional_email_needs_no_consent(service):
    with service.engine.begin() as conn:
        ivan = add_contact(conn, "ivan@example.bg", consent=False)
        add_order(conn, ivan, "2025-02-03 12:00")
    flow = email_flow("Receipt", "trigger.order_placed", purpose="transactional")
    assert [a["contact"] for a in backtest(service, flow)["actions"]] == ["ivan@example.bg"]


def test_an_order_before_the_period_is_history_not_a_first_purchase(service):
    with service.engine.begin() as conn:
        old = add_contact(conn, "old@example.com")
        new = add_contact(conn, "new@example.com")
        add_order(conn, old, "2024-12-20 12:00")
        add_order(conn, old, "2025-01-10 12:00")
        add_order(conn, new, "2025-01-11 12:00")
        add_order(conn, new, "2025-02-11 12:00")
        cancelled = add_contact(conn, "cancel@example.com")
        add_order(conn, cancelled, "2025-01-05 12:00", cancelled=True)
        add_order(conn, cancelled, "2025-01-06 12:00")
    report = backtest(service, email_flow("First", "trigger.order_placed", {"which": "first"}))
    assert sorted(a["contact"] for a in report["actions"]) == [
        "cancel@example.com", "new@example.com"]


def test_nth_order_and_minimum_total(service):
    with service.engine.begin() as conn:
        c = add_contact(conn, "fifth@example.com")
        for day in range(1, 7):
            add_order(conn, c, f"2025-03-0{day} 12:00", "10.00" if day != 5 else "99.00")
    flow = email_flow("Fifth", "trigger.order_placed", {"which": "nth", "nth": 5})
    assert [a["at"][:10] for a in backtest(service, flow)["actions"]] == ["2025-03-05"]
    flow = email_flow("Big", "trigger.order_placed", {"min_total": 50})
    assert [a["at"][:10] for a in backtest(service, flow)["actions"]] == ["2025-03-05"]


def test_at_most_one_run_at_a_time_and_reentry_once(service):
    with service.engine.begin() as conn:
        c = add_contact(conn, "busy@example.com")
        add_order(conn, c, "2025-03-01 12:00")
        add_order(conn, c, "2025-03-03 12:00")  # inside the 7-day wait: does not enter again
        add_order(conn, c, "2025-04-01 12:00")  # after the run ended: enters again
    flow = email_flow("Thanks", "trigger.order_placed", wait_days=7)
    assert [a["at"][:10] for a in backtest(service, flow)["actions"]] == [
        "2025-03-08", "2025-04-08"]
    flow.set_settings({**flow.settings, "reentry": {"mode": "once"}})
    assert [a["at"][:10] for a in backtest(service, flow)["actions"]] == ["2025-03-08"]


def test_a_purchase_ends_a_winback_run(service):
    with service.engine.begin() as conn:
        back = add_contact(conn, "back@example.com")
        gone = add_contact(conn, "gone@example.com")
        add_order(conn, back, "2024-12-01 15:00")
        add_order(conn, gone, "2024-12-01 16:00")
        add_order(conn, back, "2025-03-20 11:00")  # after the first email, before the second
    flow = Flow("Win-back")
    trigger = flow.add_node("trigger.inactive", {"days": 90, "time_of_day": "10:00"})
    first = flow.add_node("action.send_email", {"template": {"subject": "We miss you",
                                                             "text": "Come back"}})
    wait = flow.add_node("wait.delay", {"duration": {"amount": 60, "unit": "days"}})
    second = flow.add_node("action.send_email", {"template": {"subject": "A gift",
                                                              "text": "10% off"}})
    flow.connect(trigger, "next", first)
    flow.connect(first, "next", wait)
    flow.connect(wait, "next", second)
    flow.set_settings({**flow.settings, "goals": [{"event": "order_placed"}]})
    report = backtest(service, flow, end="2025-07-01 00:00")
    assert [(a["contact"], a["subject"], a["at"]) for a in report["actions"]] == [
        ("back@example.com", "We miss you", "2025-03-01T10:00:00+02:00"),
        ("gone@example.com", "We miss you", "2025-03-01T10:00:00+02:00"),
        ("gone@example.com", "A gift", "2025-04-30T10:00:00+03:00"),
        # 90 days after the purchase that ended the first run, a new run starts.
        ("back@example.com", "We miss you", "2025-06-18T10:00:00+03:00"),
    ]


def test_inactivity_fires_on_the_crossing_unless_asked_to_enrol_existing(service):
    with service.engine.begin() as conn:
        long_gone = add_contact(conn, "longgone@example.com")
        add_order(conn, long_gone, "2023-05-01 12:00")
    flow = email_flow("Win-back", "trigger.inactive", {"days": 90})
    assert backtest(service, flow)["actions"] == []
    flow.set_settings({**flow.settings, "enrol_existing": True})
    actions = backtest(service, flow)["actions"]
    assert [(a["contact"], a["at"]) for a in actions] == [
        ("longgone@example.com", "2025-01-01T10:00:00+02:00")]


def test_birthday_at_nine_and_29_february_on_28th(service):
    with service.engine.begin() as conn:
        add_contact(conn, "leap@example.tw", first_name="美玲", fields={"birth_date": "1992-02-29"})
        add_contact(conn, "may@example.bg", fields={"birth_date": "1985-05-17"})
        add_contact(conn, "nobday@example.com")
    flow = email_flow("Birthday", "trigger.date_reached", {"date": "birth_date"},
                      subject="С днем рождения, {{ contact.first_name }}")
    report = backtest(service, flow)
    assert [(a["contact"], a["at"]) for a in report["actions"]] == [
        ("leap@example.tw", "2025-02-28T09:00:00+02:00"),
        ("may@example.bg", "2025-05-17T09:00:00+03:00"),
    ]


def test_wait_for_event_takes_the_matching_exit(service):
    with service.engine.begin() as conn:
        fast = add_contact(conn, "fast@example.com")
        slow = add_contact(conn, "slow@example.com")
        add_event(conn, fast, "form_submitted", "2025-03-01 10:00")
        add_event(conn, slow, "form_submitted", "2025-03-01 10:00")
        add_event(conn, fast, "nps_submitted", "2025-03-02 10:00", score=9)
    flow = Flow("NPS reminder")
    trigger = flow.add_node("trigger.custom_event", {"event": "form_submitted"})
    wait = flow.add_node("wait.event", {"event": "nps_submitted",
                                        "timeout": {"amount": 3, "unit": "days"}})
    thanks = flow.add_node("action.add_tag", {"tag": "answered"})
    nudge = flow.add_node("action.add_tag", {"tag": "nudged"})
    flow.connect(trigger, "next", wait)
    flow.connect(wait, "happened", thanks)
    flow.connect(wait, "timeout", nudge)
    actions = backtest(service, flow)["actions"]
    assert [(a["contact"], a["kind"], a["at"]) for a in actions] == [
        ("fast@example.com", "action.add_tag", "2025-03-02T10:00:00+02:00"),
        ("slow@example.com", "action.add_tag", "2025-03-04T10:00:00+02:00"),
    ]


def test_backtest_leaves_the_workspace_exactly_as_it_was(service):
    with service.engine.begin() as conn:
        c = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_order(conn, c, "2025-03-01 12:00")
    flow = Flow("Everything")
    t = flow.add_node("trigger.order_placed")
    tag = flow.add_node("action.add_tag", {"tag": "vip"})
    pts = flow.add_node("action.points", {"amount": 50})
    cpn = flow.add_node("action.coupon")
    unsub = flow.add_node("action.unsubscribe")
    for a, b in ((t, tag), (tag, pts), (pts, cpn), (cpn, unsub)):
        flow.connect(a, "next", b)
    before = fingerprint(service)
    report = backtest(service, flow)
    assert report["summary"]["actions"] == {"action.add_tag": 1, "action.coupon": 1,
                                            "action.points": 1, "action.unsubscribe": 1}
    assert fingerprint(service) == before


def test_invalid_flow_is_refused_with_its_problems(service):
    flow = Flow("Broken")
    flow.add_node("action.add_tag", {"tag": "x"})
    with pytest.raises(UserError) as err:
        backtest(service, flow)
    assert "no trigger" in err.value.message and err.value.exit_code == 1


def test_first_order_anniversary_uses_the_shop_date_near_midnight(service):
    with service.engine.begin() as conn:
        night = add_contact(conn, "night@example.ua")
        add_order(conn, night, "2024-03-15 01:30")  # 14 March 23:30 UTC, 15 March in Kyiv
        leap = add_contact(conn, "leap@example.ua")
        add_order(conn, leap, "2024-02-29 12:00")
        march = add_contact(conn, "march@example.ua")
        add_order(conn, march, "2024-03-01 00:30")  # 29 February 22:30 UTC in a leap year
    flow = email_flow("Anniversary", "trigger.date_reached", {"date": "first_order_anniversary"})
    report = backtest(service, flow)
    assert [(a["contact"], a["at"]) for a in report["actions"]] == [
        ("leap@example.ua", "2025-02-28T09:00:00+02:00"),
        ("march@example.ua", "2025-03-01T09:00:00+02:00"),
        ("night@example.ua", "2025-03-15T09:00:00+02:00"),
    ]


def test_runs_of_the_live_workspace_take_no_part(service):
    # "Welcome VIPs" is live already, once per contact, and Marta went through it; "Tag VIPs"
    # is live with Marta waiting in it until 5 January. A backtest of "Welcome VIPs" from
    # 1 January starts from nobody, and the other flow's waiting run does not move in it.
    welcome = email_flow("Welcome VIPs", "trigger.tag_added", {"tag": "vip"},
                         subject="Welcome to the club")
    welcome.settings["reentry"] = {"mode": "once"}
    tagger = Flow("Tag VIPs")
    t = tagger.add_node("trigger.order_placed")
    wait = tagger.add_node("wait.delay", {"duration": {"amount": 5, "unit": "days"}})
    tag = tagger.add_node("action.add_tag", {"tag": "vip"})
    tagger.connect(t, "next", wait)
    tagger.connect(wait, "next", tag)
    with service.engine.begin() as conn:
        marta = add_contact(conn, "marta@example.ua", first_name="Марта")
        flows_store.activate(conn, welcome, at("2024-06-01 00:00"))
        flows_store.activate(conn, tagger, at("2024-06-01 00:00"))
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("tag_added", marta, at("2024-07-01 10:00"),
                                              {"tag": "vip"}))
        order = add_order(conn, marta, "2024-12-31 10:00")  # before the backtest
        engine.handle_event(conn, order_event(conn, order))
    before = fingerprint(service)
    report = backtest(service, welcome, "2025-01-01 00:00", "2025-02-01 00:00")
    assert report["summary"]["enrollments"] == 0  # no tag added by the paused flow's run
    assert fingerprint(service) == before

    with service.engine.begin() as conn:
        add_order(conn, marta, "2025-01-10 10:00")
    welcome_on_orders = email_flow("Welcome VIPs", "trigger.order_placed",
                                   subject="Welcome to the club")
    welcome_on_orders.uid = welcome.uid  # the same live flow, now started by orders
    welcome_on_orders.settings["reentry"] = {"mode": "once"}
    report = backtest(service, welcome_on_orders, "2025-01-01 00:00", "2025-02-01 00:00")
    # Marta's live run of this flow does not count against "once" in the backtest.
    assert [(a["contact"], a["subject"]) for a in report["actions"]] == [
        ("marta@example.ua", "Welcome to the club")]
    assert report["summary"]["enrollments"] == 1
