"""Recipe survey-inactive-customers, together with engagement-tagging, which adds the tag
inactive 180 days after the last purchase.

Backtests run one flow alone and never replay tags added outside it, so this scenario runs both
recipes on the live engine over a virtual year, the way a shop switches both on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import ActionLog, OutboxItem
from runtime.engine import Engine
from runtime.flowfile import load_flow
from tests.runtime.builders import KYIV, add_contact, add_order, at, live_engine, order_event

RECIPES = Path(__file__).resolve().parents[3] / "recipes"


def run_due(engine: Engine, conn, moment: datetime) -> None:
    while (wake := engine.next_wakeup(conn)) is not None and wake <= moment:
        engine.tick(conn, wake)


def test_customers_are_asked_once_a_year_when_they_become_inactive(service):
    with service.engine.begin() as conn:
        for slug in ("engagement-tagging", "survey-inactive-customers"):
            flows_store.activate(conn, load_flow(RECIPES / f"{slug}.json"), at("2025-01-01 00:00"))
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        timeline = [(olena, "2025-01-10 10:00"), (taras, "2025-01-20 11:00"),
                    (ivan, "2025-02-01 12:00"), (taras, "2025-05-01 11:00"),
                    (olena, "2025-08-01 09:00")]  # Olena comes back after the survey
        engine = live_engine(conn)
        for cid, when in timeline:
            run_due(engine, conn, at(when))
            engine.handle_event(conn, order_event(conn, add_order(conn, cid, when)))
        run_due(engine, conn, at("2026-03-01 00:00"))
    with service.engine.connect() as conn:
        sent = conn.execute(select(OutboxItem.__table__.c.created_at,
                                   OutboxItem.__table__.c.payload)
                            .where(OutboxItem.__table__.c.channel == "email")
                            .order_by(OutboxItem.__table__.c.id)).all()
        skipped = conn.execute(select(ActionLog.__table__.c.at, ActionLog.__table__.c.contact_id,
                                      ActionLog.__table__.c.reason)
                               .where(ActionLog.__table__.c.node_id == "email-survey",
                                      ActionLog.__table__.c.status == "skipped")).all()
        tagged_inactive = conn.execute(select(ActionLog.__table__.c.at,
                                              ActionLog.__table__.c.contact_id)
                                       .where(ActionLog.__table__.c.node_id == "tag-inactive",
                                              ActionLog.__table__.c.status == "done")
                                       .order_by(ActionLog.__table__.c.at)).all()
    assert [(when.astimezone(KYIV).isoformat(), p["to"], p["subject"]) for when, p in sent] == [
        ("2025-07-09T10:00:00+03:00", "olena@example.ua", "What could we do better, Олена?"),
        ("2025-10-28T11:00:00+02:00", "taras@example.ua", "What could we do better, Тарас?"),
        # Olena turns inactive again on 28 January 2026, within a year of her survey: no
        # second email.
    ]
    assert [(when.astimezone(KYIV).isoformat(), cid, reason) for when, cid, reason in skipped] == [
        ("2025-07-31T12:00:00+03:00", ivan, "no_consent")]
    assert [(when.astimezone(KYIV).isoformat(), cid) for when, cid in tagged_inactive] == [
        ("2025-07-09T10:00:00+03:00", olena), ("2025-07-31T12:00:00+03:00", ivan),
        ("2025-10-28T11:00:00+02:00", taras), ("2026-01-28T09:00:00+02:00", olena)]
    assert sent[0].payload["text"].startswith(
        "Hello Олена,\n\nWe have not seen you at Квіткова крамниця for a while")
