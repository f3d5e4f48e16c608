"""Recipe feedback-power-users: the tag power-user brings a survey invitation, once.

Backtests replay orders and custom events only, never tags added outside the flow, so this
scenario runs on the live engine: tag_added events as another flow (or the owner) makes them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import ActionLog, OutboxItem
from runtime.engine import EngineEvent
from runtime.flowfile import load_flow
from tests.runtime.builders import KYIV, add_contact, at, live_engine

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "feedback-power-users.json"


def test_power_users_are_invited_to_the_survey_once(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        mei = add_contact(conn, "mei@example.tw", first_name="美玲")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        engine = live_engine(conn)
        for cid, tag, when in ((olena, "power-user", "2025-03-14 10:00"),
                               (mei, "vip", "2025-03-15 10:00"),  # another tag: nothing
                               (ivan, "power-user", "2025-03-16 10:00"),
                               (mei, "power-user", "2025-07-01 18:00"),
                               (olena, "power-user", "2025-09-01 10:00")):  # again: not twice
            engine.handle_event(conn, EngineEvent("tag_added", cid, at(when), {"tag": tag}))
    with service.engine.connect() as conn:
        sent = conn.execute(select(OutboxItem.__table__.c.created_at,
                                   OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).all()
        skipped = conn.execute(select(ActionLog.__table__.c.at, ActionLog.__table__.c.contact_id,
                                      ActionLog.__table__.c.reason)
                               .where(ActionLog.__table__.c.status == "skipped")).all()
    assert [(when.astimezone(KYIV).isoformat(), p["to"], p["subject"]) for when, p in sent] == [
        ("2025-03-14T10:00:00+02:00", "olena@example.ua", "Олена, may we ask your advice?"),
        ("2025-07-01T18:00:00+03:00", "mei@example.tw", "美玲, may we ask your advice?"),
    ]
    assert [(when.astimezone(KYIV).isoformat(), cid, reason) for when, cid, reason in skipped] == [
        ("2025-03-16T10:00:00+02:00", ivan, "no_consent")]
    text = sent[0].payload["text"]
    assert text.startswith("Hello Олена,\n\nYou are one of the customers who know "
                           "Квіткова крамниця best")
    assert "2. What would you change?" in text
