"""Recipe sorry-coupon: an apology with a coupon after a complaint."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_event, at, sent, skipped

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "sorry-coupon.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_a_complaint_gets_an_apology_and_a_coupon(service):
    with service.engine.begin() as conn:
        oleh = add_contact(conn, "oleh@example.ua", first_name="Олег")
        add_event(conn, oleh, "complaint", "2025-05-20 16:45", reason="late delivery")
        add_event(conn, oleh, "nps_submitted", "2025-05-21 10:00", score=3)  # not a complaint
        earlier = add_contact(conn, "earlier@example.ua", first_name="Раніше")
        add_event(conn, earlier, "complaint", "2024-12-30 12:00")  # before the period
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_event(conn, quiet, "complaint", "2025-02-14 11:11")
    report = backtest(service)
    assert sent(report) == [
        ("2025-05-20T16:45:00+03:00", "oleh@example.ua", "coupon", None),
        ("2025-05-20T16:45:00+03:00", "oleh@example.ua", "email", "We are sorry, Олег"),
    ]
    assert skipped(report) == [
        ("2025-02-14T11:11:00+02:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-02-14T11:11:00+02:00", "quiet@example.ua", "email", "no_consent")]
    assert [a["coupon"][:6] for a in report["actions"] if a["node"] == "email"] == ["SORRY-"]
