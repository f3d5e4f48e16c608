"""Recipe thank-you-after-first-purchase: a thank-you 30 minutes after the first purchase."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "thank-you-after-first-purchase.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_thank_you_half_an_hour_after_the_first_purchase_only(service):
    with service.engine.begin() as conn:
        nadia = add_contact(conn, "nadia@example.ua", first_name="Надія")
        add_order(conn, nadia, "2025-03-10 14:50")
        add_order(conn, nadia, "2025-03-10 15:05")  # during the wait: no second note
        add_order(conn, nadia, "2025-06-01 12:00")  # much later: still only one thank-you
        old = add_contact(conn, "old@example.ua", first_name="Богдан")
        add_order(conn, old, "2024-12-20 12:00")  # before the period: not a first purchase
        add_order(conn, old, "2025-01-10 12:00")
        night = add_contact(conn, "night@example.ua", first_name="Ярослав")
        add_order(conn, night, "2025-10-25 23:45")  # the note arrives on the next day
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_order(conn, quiet, "2025-04-04 09:00")
    report = backtest(service)
    assert sent(report) == [
        ("2025-03-10T15:20:00+02:00", "nadia@example.ua", "email", "Thank you, Надія!"),
        ("2025-10-26T00:15:00+03:00", "night@example.ua", "email", "Thank you, Ярослав!"),
    ]
    assert all(a["coupon"] is None for a in report["actions"])
    assert skipped(report) == [
        ("2025-04-04T09:30:00+03:00", "quiet@example.ua", "email", "no_consent")]
