"""Recipe nps-follow-up: detractors get an apology, a coupon and the owner's attention,
passives a thank-you, promoters a request for a public review."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import OutboxItem
from runtime.engine import EngineEvent
from runtime.flowfile import load_flow
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

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "nps-follow-up.json"


def test_each_score_gets_its_own_answer(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_event(conn, olena, "nps_submitted", "2025-04-03 14:00", score=3)
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        add_event(conn, bohdan, "nps_submitted", "2025-04-04 09:30", score=8)
        mei = add_contact(conn, "mei@example.tw", first_name="美玲")
        add_event(conn, mei, "nps_submitted", "2025-04-05 20:00", score="10")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_event(conn, ivan, "nps_submitted", "2025-04-06 11:00", score=0)
        # A month later Olena has become a fan: a new submission is a new run.
        add_event(conn, olena, "nps_submitted", "2025-05-10 12:00", score=9)
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    actions = [(a["at"], a["contact"], a["node"], a["subject"]) for a in report["actions"]]
    assert actions == [
        ("2025-04-03T14:00:00+03:00", "olena@example.ua", "notify-owner", None),
        ("2025-04-03T14:00:00+03:00", "olena@example.ua", "coupon", None),
        ("2025-04-03T14:00:00+03:00", "olena@example.ua", "email-apology",
         "We are sorry, and thank you for telling us"),
        ("2025-04-04T09:30:00+03:00", "bohdan@example.ua", "email-thanks",
         "Thank you for your feedback"),
        ("2025-04-05T20:00:00+03:00", "mei@example.tw", "email-review",
         "Would you share that with others?"),
        # Ivan accepts no marketing email: the owner still hears of him, but no coupon is
        # made for an email that cannot be sent.
        ("2025-04-06T11:00:00+03:00", "ivan@example.bg", "notify-owner", None),
        ("2025-05-10T12:00:00+03:00", "olena@example.ua", "email-review",
         "Would you share that with others?"),
    ]
    coupons = [a["coupon"] for a in report["actions"] if a["node"] in ("coupon", "email-apology")]
    assert len(coupons) == 2 and coupons[0] == coupons[1]  # the email shows it
    assert coupons[0].startswith("SORRY-")
    assert [(s["at"], s["contact"], s["node"], s["reason"]) for s in report["skipped"]] == [
        ("2025-04-06T11:00:00+03:00", "ivan@example.bg", "coupon", "no_consent"),
        ("2025-04-06T11:00:00+03:00", "ivan@example.bg", "email-apology", "no_consent")]
    assert report["summary"]["enrollments"] == 5


def test_the_owner_message_and_the_apology_as_sent(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("nps_submitted", olena, at("2025-04-03 14:00"),
                                              {"properties": {"score": 4}}))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__.c.channel, OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).all()
    assert [channel for channel, _ in rows] == ["owner", "store", "email"]
    assert rows[0].payload["message"] == (
        "olena@example.ua gave an NPS score of 4: reach out to them")
    code = rows[1].payload["code"]
    assert rows[1].payload["value"] == "15" and rows[1].payload["single_use"] is True
    assert rows[2].payload["subject"] == "We are sorry, and thank you for telling us"
    text = rows[2].payload["text"]
    assert text.startswith("Hello Олена,\n\nThank you for your honest score.")
    assert f"15 % off your next order with the code {code}, valid until 2025-05-03." in text
