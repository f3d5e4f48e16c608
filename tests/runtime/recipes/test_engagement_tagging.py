"""Recipe engagement-tagging: a purchase makes a customer active; 90 quiet days make them
at-risk, 90 more inactive; the next purchase ends the run and starts a fresh one."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "engagement-tagging.json"


def test_tags_follow_purchases_through_the_year(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_order(conn, olena, "2025-02-10 12:00")
        add_order(conn, olena, "2025-03-05 18:30")  # while active: restarts the clock
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        add_order(conn, taras, "2025-01-15 09:00")
        add_order(conn, taras, "2025-06-01 11:00")  # while at-risk: back to active
        quiet = add_contact(conn, "quiet@example.ua", first_name="Марта")
        add_order(conn, quiet, "2024-06-01 12:00")  # before the period: history only
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    done = [(a["at"], a["contact"], a["enrollment"], a["node"]) for a in report["actions"]]
    assert done == [
        ("2025-01-15T09:00:00+02:00", "taras@example.ua", 1, "tag-active"),
        ("2025-02-10T12:00:00+02:00", "olena@example.ua", 2, "tag-active"),
        ("2025-04-15T09:00:00+03:00", "taras@example.ua", 1, "remove-active"),
        ("2025-04-15T09:00:00+03:00", "taras@example.ua", 1, "tag-at-risk"),
        # Taras's purchase ends run 1 (goal) and, in the same moment, starts run 4.
        ("2025-06-01T11:00:00+03:00", "taras@example.ua", 4, "remove-at-risk"),
        ("2025-06-01T11:00:00+03:00", "taras@example.ua", 4, "tag-active"),
        # Olena's second purchase ended run 2 and started run 3: 90 days count from it.
        ("2025-06-03T18:30:00+03:00", "olena@example.ua", 3, "remove-active"),
        ("2025-06-03T18:30:00+03:00", "olena@example.ua", 3, "tag-at-risk"),
        ("2025-08-30T11:00:00+03:00", "taras@example.ua", 4, "remove-active"),
        ("2025-08-30T11:00:00+03:00", "taras@example.ua", 4, "tag-at-risk"),
        ("2025-09-01T18:30:00+03:00", "olena@example.ua", 3, "remove-at-risk-later"),
        ("2025-09-01T18:30:00+03:00", "olena@example.ua", 3, "tag-inactive"),
        ("2025-11-28T11:00:00+02:00", "taras@example.ua", 4, "remove-at-risk-later"),
        ("2025-11-28T11:00:00+02:00", "taras@example.ua", 4, "tag-inactive"),
    ]
    # Removing a tag the customer does not have, or adding one they have, is a harmless skip.
    assert [(s["at"], s["contact"], s["node"], s["reason"]) for s in report["skipped"]] == [
        ("2025-01-15T09:00:00+02:00", "taras@example.ua", "remove-at-risk", "not_tagged"),
        ("2025-01-15T09:00:00+02:00", "taras@example.ua", "remove-inactive", "not_tagged"),
        ("2025-02-10T12:00:00+02:00", "olena@example.ua", "remove-at-risk", "not_tagged"),
        ("2025-02-10T12:00:00+02:00", "olena@example.ua", "remove-inactive", "not_tagged"),
        ("2025-03-05T18:30:00+02:00", "olena@example.ua", "remove-at-risk", "not_tagged"),
        ("2025-03-05T18:30:00+02:00", "olena@example.ua", "remove-inactive", "not_tagged"),
        ("2025-03-05T18:30:00+02:00", "olena@example.ua", "tag-active", "already_tagged"),
        ("2025-06-01T11:00:00+03:00", "taras@example.ua", "remove-inactive", "not_tagged"),
    ]
    assert report["summary"]["enrollments"] == 4  # Марта never bought in the period


def test_an_inactive_customer_who_buys_again_becomes_active(service):
    with service.engine.begin() as conn:
        andriy = add_contact(conn, "andriy@example.ua", first_name="Андрій")
        add_order(conn, andriy, "2025-01-10 10:00")
        add_order(conn, andriy, "2025-08-20 15:00")  # the run finished on 9 July; a new one starts
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2025-09-01 00:00"), KYIV, SHOP, TIERS)
    assert [(a["at"], a["node"]) for a in report["actions"]] == [
        ("2025-01-10T10:00:00+02:00", "tag-active"),
        ("2025-04-10T10:00:00+03:00", "remove-active"),
        ("2025-04-10T10:00:00+03:00", "tag-at-risk"),
        ("2025-07-09T10:00:00+03:00", "remove-at-risk-later"),
        ("2025-07-09T10:00:00+03:00", "tag-inactive"),
        ("2025-08-20T15:00:00+03:00", "remove-inactive"),
        ("2025-08-20T15:00:00+03:00", "tag-active"),
    ]
