"""Recipe post-purchase-feedback: a week after a purchase, a feedback request for that order."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime.db.models import Order
from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "post-purchase-feedback.json"


def order_name(conn, order_id: int) -> str:
    return conn.execute(select(Order.__table__.c.name)
                        .where(Order.__table__.c.id == order_id)).scalar_one()


def test_feedback_request_a_week_after_each_purchase(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        # 7 days after 25 March 10:00 crosses the switch to summer time on 30 March.
        first = order_name(conn, add_order(conn, olena, "2025-03-25 10:00", "640.00"))
        add_order(conn, olena, "2025-03-28 16:00")  # inside the week: no second run
        later = order_name(conn, add_order(conn, olena, "2025-05-02 19:45"))
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_order(conn, ivan, "2025-04-10 12:00")
        cancelled = add_contact(conn, "cancel@example.ua")
        add_order(conn, cancelled, "2025-04-11 12:00", cancelled=True)
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert [(a["at"], a["contact"], a["node"], a["subject"]) for a in report["actions"]] == [
        ("2025-04-01T10:00:00+03:00", "olena@example.ua", "email-feedback",
         f"How was your order {first}?"),
        ("2025-05-09T19:45:00+03:00", "olena@example.ua", "email-feedback",
         f"How was your order {later}?"),
    ]
    assert [(s["at"], s["contact"], s["reason"]) for s in report["skipped"]] == [
        ("2025-04-17T12:00:00+03:00", "ivan@example.bg", "no_consent")]
    assert report["summary"]["enrollments"] == 3
