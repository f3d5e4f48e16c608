"""Recipe points-expiry-reminder: 14 days before unspent points expire, remind with the balance."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import LedgerEntry, OutboxItem
from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    at,
    live_engine,
    sent,
    skipped,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "points-expiry-reminder.json"


def earn(conn, contact_id: int, points: int, when: str, spent: int = 0) -> None:
    """Points earned at `when` for 365 days, as a points flow writes them; `spent` of them
    were spent later (a spend carries the expiry of the points it used)."""
    earned = at(when)
    expires = earned + timedelta(days=365)
    rows = [{"contact_id": contact_id, "account": "points", "delta": points, "at": earned,
             "expires_at": expires, "reason": "test"}]
    if spent:
        rows.append({"contact_id": contact_id, "account": "points", "delta": -spent,
                     "at": earned + timedelta(days=30), "expires_at": expires, "reason": "test"})
    conn.execute(LedgerEntry.__table__.insert(), rows)


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_reminds_fourteen_days_before_unspent_points_expire(service):
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        earn(conn, anna, 300, "2024-03-10 10:00", spent=250)  # 50 left, expire 10 March
        earn(conn, anna, 200, "2024-09-01 18:00")  # expire 1 September
        earn(conn, anna, 30, "2024-12-20 12:00")  # reminded 6 Dec 2025: within the period
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        earn(conn, bohdan, 100, "2024-05-01 12:00", spent=100)  # all spent: nothing expires
        early = add_contact(conn, "early@example.ua")
        earn(conn, early, 70, "2024-01-10 12:00")  # reminder was due before the period
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        earn(conn, quiet, 80, "2024-06-10 12:00")
        weekly = add_contact(conn, "weekly@example.ua", first_name="Віра")
        for day in ("01", "08", "15", "22"):  # one reminder, not four: at most one in 30 days
            earn(conn, weekly, 20, f"2024-04-{day} 12:00")
        earn(conn, weekly, 20, "2024-05-20 12:00")  # reminded 49 days after the first: again
    report = backtest(service)
    assert sent(report) == [
        ("2025-02-24T10:00:00+02:00", "anna@example.ua", "email",
         "50 of your points expire on 2025-03-10"),
        ("2025-03-18T10:00:00+02:00", "weekly@example.ua", "email",
         "20 of your points expire on 2025-04-01"),
        ("2025-05-06T10:00:00+03:00", "weekly@example.ua", "email",
         "20 of your points expire on 2025-05-20"),
        ("2025-08-18T10:00:00+03:00", "anna@example.ua", "email",
         "200 of your points expire on 2025-09-01"),
        ("2025-12-06T10:00:00+02:00", "anna@example.ua", "email",
         "30 of your points expire on 2025-12-20"),
    ]
    assert skipped(report) == [
        ("2025-05-27T10:00:00+03:00", "quiet@example.ua", "email", "no_consent")]


def test_the_reminder_shows_the_points_the_day_and_the_balance(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-02-01 00:00"))
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        earn(conn, anna, 300, "2024-03-10 10:00", spent=250)
        earn(conn, anna, 200, "2024-09-01 18:00")
        engine = live_engine(conn)
        engine.tick(conn, at("2025-02-24 10:00"))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__.c.payload)).scalars().all()
    assert len(rows) == 1
    assert rows[0]["text"].startswith(
        "Hello Анна,\n\nA quick reminder from Квіткова крамниця: 50 of your loyalty points "
        "expire on 2025-03-10. Your balance today is 250 points.")
