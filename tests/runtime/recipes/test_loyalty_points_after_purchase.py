"""Recipe loyalty-points-after-purchase: points per purchase, then a balance or an invitation."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "loyalty-points-after-purchase.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_points_for_every_purchase_then_balance_or_invitation(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена", tags=("loyalty-member",))
        add_order(conn, olena, "2024-12-01 12:00", "999.00")  # before the period: no points
        add_order(conn, olena, "2025-03-01 12:00", "250.50")
        add_order(conn, olena, "2025-04-01 12:00", "100.00")
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        add_order(conn, bohdan, "2025-03-15 18:30", "80.00")
        quiet = add_contact(conn, "quiet@example.ua", consent=False, tags=("loyalty-member",))
        add_order(conn, quiet, "2025-05-05 10:00", "40.00")
    report = backtest(service)
    assert sent(report) == [
        ("2025-03-01T12:00:00+02:00", "olena@example.ua", "points", None),
        ("2025-03-01T12:00:00+02:00", "olena@example.ua", "email-points",
         "You now have 250 points, Олена!"),
        ("2025-03-15T18:30:00+02:00", "bohdan@example.ua", "points", None),
        ("2025-03-15T18:30:00+02:00", "bohdan@example.ua", "email-invite",
         "Your order could be earning you points"),
        ("2025-04-01T12:00:00+03:00", "olena@example.ua", "points", None),
        ("2025-04-01T12:00:00+03:00", "olena@example.ua", "email-points",
         "You now have 350 points, Олена!"),
        ("2025-05-05T10:00:00+03:00", "quiet@example.ua", "points", None),
    ]
    assert skipped(report) == [
        ("2025-05-05T10:00:00+03:00", "quiet@example.ua", "email-points", "no_consent")]
