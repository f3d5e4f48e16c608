"""Recipe cashback-credit: 5 % of each order back as a coupon for the next one, valid 60 days."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import Coupon, OutboxItem
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

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "cashback-credit.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_each_purchase_gives_five_percent_back(service):
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        add_order(conn, anna, "2024-12-30 12:00", "800.00")  # before the period
        add_order(conn, anna, "2025-03-01 12:00", "1234.50")  # 61.725 -> 61.73
        add_order(conn, anna, "2025-03-15 12:00", "10.00")  # 0.50: too small to give
        add_order(conn, anna, "2025-04-01 09:00", "500.00", cancelled=True)  # not a purchase
        add_order(conn, anna, "2025-04-20 09:00", "500.00", status="voided")  # not a purchase
        add_order(conn, anna, "2025-05-02 16:00", "200.00")  # 10.00
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_order(conn, quiet, "2025-06-01 12:00", "999.00")
    report = backtest(service)
    assert sent(report) == [
        ("2025-03-01T12:00:00+02:00", "anna@example.ua", "cashback", None),
        ("2025-03-01T12:00:00+02:00", "anna@example.ua", "email",
         "61.73 UAH back for your next order"),
        ("2025-05-02T16:00:00+03:00", "anna@example.ua", "cashback", None),
        ("2025-05-02T16:00:00+03:00", "anna@example.ua", "email",
         "10.00 UAH back for your next order"),
    ]
    assert skipped(report) == [
        ("2025-03-15T12:00:00+02:00", "anna@example.ua", "cashback", "below_minimum"),
        ("2025-03-15T12:00:00+02:00", "anna@example.ua", "email", "no_coupon"),
        ("2025-06-01T12:00:00+03:00", "quiet@example.ua", "cashback", "no_consent"),
        ("2025-06-01T12:00:00+03:00", "quiet@example.ua", "email", "no_consent"),
    ]
    codes = [a["coupon"] for a in report["actions"] if a["node"] == "email"]
    assert len(set(codes)) == 2 and all(c.startswith("CASHBACK-") for c in codes)


def test_the_cashback_coupon_as_created_and_sent(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        order = add_order(conn, anna, "2025-03-01 12:00", "1234.50")
        live_engine(conn).handle_event(conn, order_event(conn, order))
    with service.engine.connect() as conn:
        coupon = conn.execute(select(Coupon.__table__)).one()
        rows = conn.execute(select(OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).scalars().all()
    assert coupon.discount_type == "fixed" and coupon.value == Decimal("61.73")
    # 60 shop days at the same local time, across the switch to summer time on 30 March.
    assert coupon.single_use and coupon.expires_at == at("2025-04-30 12:00")
    assert coupon.expires_at - coupon.created_at == timedelta(days=60, hours=-1)
    store, mail = rows
    assert store["op"] == "create_discount_code" and store["value"] == "61.73"
    assert f"61.73 UAH off your next order with the code {coupon.code}. It is yours alone " \
        "and works once until 2025-04-30." in mail["text"]
