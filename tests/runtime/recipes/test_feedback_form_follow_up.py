"""Recipe feedback-form-follow-up: thanks at once, a task for the owner, a check-in a week on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import OutboxItem
from runtime.engine import EngineEvent
from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_event,
    at,
    live_engine,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "feedback-form-follow-up.json"


def test_thanks_task_and_check_in(service):
    with service.engine.begin() as conn:
        sofia = add_contact(conn, "sofia@example.ua", first_name="Софія")
        add_event(conn, sofia, "form_submitted", "2025-10-22 21:15", topic="delivery")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_event(conn, ivan, "form_submitted", "2025-06-02 09:00")
        add_event(conn, ivan, "product_viewed", "2025-06-03 09:00")  # another event: ignored
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert [(a["at"], a["contact"], a["node"], a["subject"]) for a in report["actions"]] == [
        # Without consent no email, but the owner still gets the task to reply.
        ("2025-06-02T09:00:00+03:00", "ivan@example.bg", "task-reply", None),
        ("2025-10-22T21:15:00+03:00", "sofia@example.ua", "email-thanks",
         "Thank you for your message"),
        ("2025-10-22T21:15:00+03:00", "sofia@example.ua", "task-reply", None),
        # A week later, across the end of summer time on 26 October.
        ("2025-10-29T21:15:00+02:00", "sofia@example.ua", "email-anything-else",
         "Anything else we can help with?"),
    ]
    assert [(s["at"], s["contact"], s["node"], s["reason"]) for s in report["skipped"]] == [
        ("2025-06-02T09:00:00+03:00", "ivan@example.bg", "email-thanks", "no_consent"),
        ("2025-06-09T09:00:00+03:00", "ivan@example.bg", "email-anything-else", "no_consent"),
    ]


def test_the_owner_task_and_the_email_as_sent(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        sofia = add_contact(conn, "sofia@example.ua", first_name="Софія")
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("form_submitted", sofia, at("2025-03-03 10:00"),
                                              {"properties": {"topic": "delivery"}}))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__.c.channel, OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).all()
    assert [channel for channel, _ in rows] == ["email", "owner"]
    email, owner = rows[0].payload, rows[1].payload
    assert email["to"] == "sofia@example.ua" and email["marketing"] is True
    assert email["text"].startswith("Hello Софія,\n\nThank you for writing to Квіткова крамниця.")
    assert owner == {"message": "Reply personally to sofia@example.ua", "task": True,
                     "contact_id": sofia}
