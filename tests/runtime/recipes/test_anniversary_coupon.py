"""Recipe anniversary-coupon: a coupon on the anniversary of the first purchase."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "anniversary-coupon.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_anniversary_of_the_first_purchase_at_nine(service):
    with service.engine.begin() as conn:
        halyna = add_contact(conn, "halyna@example.ua", first_name="Галина")
        add_order(conn, halyna, "2023-06-15 20:00")  # the first purchase sets the day
        add_order(conn, halyna, "2024-09-01 12:00")
        cancelled = add_contact(conn, "cancel@example.ua", first_name="Андрій")
        add_order(conn, cancelled, "2024-01-20 12:00", cancelled=True)  # never a purchase
        add_order(conn, cancelled, "2024-02-05 12:00")
        newcomer = add_contact(conn, "new@example.ua", first_name="Новенька")
        add_order(conn, newcomer, "2025-03-03 12:00")  # first anniversary falls in 2026
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_order(conn, quiet, "2024-10-30 12:00")
    report = backtest(service)
    assert sent(report) == [
        ("2025-02-05T09:00:00+02:00", "cancel@example.ua", "coupon", None),
        ("2025-02-05T09:00:00+02:00", "cancel@example.ua", "email",
         "Happy anniversary from Квіткова крамниця!"),
        ("2025-06-15T09:00:00+03:00", "halyna@example.ua", "coupon", None),
        ("2025-06-15T09:00:00+03:00", "halyna@example.ua", "email",
         "Happy anniversary from Квіткова крамниця!"),
    ]
    assert skipped(report) == [
        ("2025-10-30T09:00:00+02:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-10-30T09:00:00+02:00", "quiet@example.ua", "email", "no_consent")]
