"""Recipe welcome-new-customer-coupon: a welcome coupon for new sign-ups who have not bought yet."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "welcome-new-customer-coupon.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_new_sign_ups_without_orders_get_a_welcome_coupon(service):
    with service.engine.begin() as conn:
        add_contact(conn, "oleh@example.ua", first_name="Олег", created="2025-02-01 10:00")
        buyer = add_contact(conn, "buyer@example.ua", first_name="Вже купив",
                            created="2025-03-05 12:00")
        add_order(conn, buyer, "2025-03-05 12:00")  # signed up with the order: no coupon
        add_contact(conn, "before@example.ua", created="2024-12-31 23:00")  # before the period
        add_contact(conn, "quiet@example.ua", consent=False, created="2025-05-20 08:10")
    report = backtest(service)
    assert sent(report) == [
        ("2025-02-01T10:00:00+02:00", "oleh@example.ua", "coupon", None),
        ("2025-02-01T10:00:00+02:00", "oleh@example.ua", "email",
         "Welcome to Квіткова крамниця, Олег!"),
        ("2025-02-01T10:00:00+02:00", "oleh@example.ua", "tag-welcomed", None),
        ("2025-05-20T08:10:00+03:00", "quiet@example.ua", "tag-welcomed", None),
    ]
    assert skipped(report) == [
        ("2025-05-20T08:10:00+03:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-05-20T08:10:00+03:00", "quiet@example.ua", "email", "no_consent")]
    assert report["summary"]["nodes"]["end"] == {"entered": 1}  # the buyer took "no"
    assert [a["coupon"][:8] for a in report["actions"] if a["node"] == "email"] == ["WELCOME-"]
