"""Recipe loyalty-tiers: points per purchase decide the tier; moving up sends that tier's reward."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import OutboxItem
from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_order,
    at,
    live_engine,
    order_event,
    sent,
    skipped,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "loyalty-tiers.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_moving_up_a_tier_sends_that_tiers_reward(service):
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        add_order(conn, anna, "2024-11-20 12:00", "900.00")  # before the period: no points
        add_order(conn, anna, "2025-02-10 12:00", "300.00")  # 300: still Bronze
        add_order(conn, anna, "2025-03-05 18:30", "250.50")  # 550: Silver
        add_order(conn, anna, "2025-04-02 09:00", "2000.00", cancelled=True)  # not a purchase
        add_order(conn, anna, "2025-06-01 10:00", "1000.00")  # 1550: Gold
        add_order(conn, anna, "2025-08-01 10:00", "100.00")  # 1650: still Gold
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        add_order(conn, bohdan, "2025-04-01 15:00", "1600.00")  # Bronze straight to Gold
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_order(conn, quiet, "2025-05-01 11:00", "700.00")  # Silver, but no consent
    report = backtest(service)
    assert sent(report) == [
        ("2025-02-10T12:00:00+02:00", "anna@example.ua", "points", None),
        ("2025-03-05T18:30:00+02:00", "anna@example.ua", "points", None),
        ("2025-03-05T18:30:00+02:00", "anna@example.ua", "coupon-silver", None),
        ("2025-03-05T18:30:00+02:00", "anna@example.ua", "email-silver",
         "You are now Silver, Анна!"),
        ("2025-04-01T15:00:00+03:00", "bohdan@example.ua", "points", None),
        ("2025-04-01T15:00:00+03:00", "bohdan@example.ua", "coupon-gold", None),
        ("2025-04-01T15:00:00+03:00", "bohdan@example.ua", "email-gold",
         "Welcome to Gold, Богдан!"),
        ("2025-05-01T11:00:00+03:00", "quiet@example.ua", "points", None),
        ("2025-06-01T10:00:00+03:00", "anna@example.ua", "points", None),
        ("2025-06-01T10:00:00+03:00", "anna@example.ua", "coupon-gold", None),
        ("2025-06-01T10:00:00+03:00", "anna@example.ua", "email-gold", "Welcome to Gold, Анна!"),
        ("2025-08-01T10:00:00+03:00", "anna@example.ua", "points", None),
    ]
    assert skipped(report) == [
        ("2025-05-01T11:00:00+03:00", "quiet@example.ua", "coupon-silver", "no_consent"),
        ("2025-05-01T11:00:00+03:00", "quiet@example.ua", "email-silver", "no_consent"),
    ]
    coupons = [a["coupon"] for a in report["actions"] if a["node"].startswith("email-")]
    assert [c.split("-")[0] for c in coupons] == ["SILVER", "GOLD", "GOLD"]
    assert len(set(coupons)) == 3


def test_the_silver_email_as_sent(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        first = add_order(conn, anna, "2025-02-10 12:00", "300.00")
        second = add_order(conn, anna, "2025-03-05 18:30", "250.50")
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, first))
        engine.handle_event(conn, order_event(conn, second))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__.c.channel, OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).all()
    assert [channel for channel, _ in rows] == ["store", "email"]
    code = rows[0].payload["code"]
    assert rows[0].payload["value"] == "10" and rows[0].payload["single_use"] is True
    text = rows[1].payload["text"]
    assert text.startswith("Hello Анна,\n\nGood news: with 550 points you have moved up to "
                           "Silver at Квіткова крамниця.")
    assert f"10 % off your next order with the code {code}. It is yours alone and works once " \
           "until 2025-04-04." in text
