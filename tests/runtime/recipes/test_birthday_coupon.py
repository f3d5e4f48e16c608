"""Recipe birthday-coupon: a coupon and a birthday email at 09:00."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "birthday-coupon.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_birthday_greetings_at_nine_in_the_shop_zone(service):
    with service.engine.begin() as conn:
        add_contact(conn, "sofia@example.ua", first_name="Софія",
                    fields={"birth_date": "1990-04-12"})
        add_contact(conn, "mei@example.tw", first_name="美玲", fields={"birth_date": "1992-02-29"})
        add_contact(conn, "quiet@example.ua", consent=False, fields={"birth_date": "1988-11-03"})
        add_contact(conn, "nobday@example.ua", first_name="Без дати")
    report = backtest(service)
    assert sent(report) == [
        ("2025-02-28T09:00:00+02:00", "mei@example.tw", "coupon", None),
        ("2025-02-28T09:00:00+02:00", "mei@example.tw", "email", "Happy birthday, 美玲!"),
        ("2025-04-12T09:00:00+03:00", "sofia@example.ua", "coupon", None),
        ("2025-04-12T09:00:00+03:00", "sofia@example.ua", "email", "Happy birthday, Софія!"),
    ]
    assert skipped(report) == [
        ("2025-11-03T09:00:00+02:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-11-03T09:00:00+02:00", "quiet@example.ua", "email", "no_consent")]
    assert all(a["coupon"].startswith("BIRTHDAY-") for a in report["actions"]
               if a["node"] == "email")
