"""Recipe repeat-purchase-reward: a coupon and a thank-you on the fifth purchase."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "repeat-purchase-reward.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_the_fifth_purchase_ever_gets_a_coupon_and_a_thank_you(service):
    with service.engine.begin() as conn:
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        for month in (2, 3, 4, 5, 6, 7):  # the fifth is on 1 June, the sixth earns nothing
            add_order(conn, taras, f"2025-0{month}-01 12:00")
        oksana = add_contact(conn, "oksana@example.ua", first_name="Оксана")
        for day in (10, 11, 12):  # history before the period still counts towards five
            add_order(conn, oksana, f"2024-11-{day} 12:00")
        add_order(conn, oksana, "2025-03-09 12:00")
        add_order(conn, oksana, "2025-03-10 19:45")
        few = add_contact(conn, "few@example.ua")
        for month in (2, 3, 4, 5):
            add_order(conn, few, f"2025-0{month}-01 12:00")
        add_order(conn, few, "2025-06-01 12:00", cancelled=True)  # cancelled orders never count
        quiet = add_contact(conn, "quiet@example.ua", first_name="Марія", consent=False)
        for day in range(1, 6):
            add_order(conn, quiet, f"2025-08-0{day} 10:00")
    report = backtest(service)
    assert sent(report) == [
        ("2025-03-10T19:45:00+02:00", "oksana@example.ua", "coupon", None),
        ("2025-03-10T19:45:00+02:00", "oksana@example.ua", "email",
         "Five orders! Thank you, Оксана"),
        ("2025-06-01T12:00:00+03:00", "taras@example.ua", "coupon", None),
        ("2025-06-01T12:00:00+03:00", "taras@example.ua", "email", "Five orders! Thank you, Тарас"),
    ]
    assert skipped(report) == [
        ("2025-08-05T10:00:00+03:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-08-05T10:00:00+03:00", "quiet@example.ua", "email", "no_consent")]
    assert all(a["coupon"].startswith("LOYAL-") for a in report["actions"] if a["node"] == "email")
