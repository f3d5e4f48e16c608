"""Small helpers that write a test shop straight into the database."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from runtime.db.models import Contact, ContactTag, Event, Order
from runtime.engine import Engine, EngineEvent
from runtime.flow import Flow

KYIV = ZoneInfo("Europe/Kyiv")
SHOP = {"name": "Квіткова крамниця", "currency": "UAH", "email": "shop@example.ua"}
TIERS = [["Bronze", 0], ["Silver", 500], ["Gold", 1500]]


def at(text: str, tz: ZoneInfo = KYIV) -> datetime:
    """'2025-03-01 10:00' in the shop's zone, as aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=tz).astimezone(UTC)


def add_contact(conn, email: str, *, consent: bool = True, first_name: str = "",
                fields: dict | None = None, tags: tuple[str, ...] = (),
                created: str = "2024-01-01 00:00") -> int:
    now = at(created)
    cid = conn.execute(Contact.__table__.insert().values(
        email=email, first_name=first_name, accepts_email_marketing=consent,
        fields=fields or {}, created_at=now, updated_at=now)).inserted_primary_key[0]
    for tag in tags:
        conn.execute(ContactTag.__table__.insert().values(contact_id=cid, tag=tag, added_at=now))
    return cid


_order_seq = [0]


def add_order(conn, contact_id: int | None, when: str, total: str = "100.00", *,
              cancelled: bool = False, status: str = "paid", discount: str | None = None) -> int:
    _order_seq[0] += 1
    key = f"T{_order_seq[0]}"
    return conn.execute(Order.__table__.insert().values(
        key=key, name=f"#{_order_seq[0]}", contact_id=contact_id, created_at=at(when),
        currency="UAH", total=Decimal(total), refunded=Decimal(0), discount_code=discount,
        financial_status=status, cancelled_at=at(when) if cancelled else None,
        is_purchase=not cancelled and status != "voided")).inserted_primary_key[0]


def add_event(conn, contact_id: int, name: str, when: str, **properties) -> int:
    return conn.execute(Event.__table__.insert().values(
        contact_id=contact_id, name=name, at=at(when), properties=properties,
        source="test")).inserted_primary_key[0]


def email_flow(name: str, trigger: str, trigger_params: dict | None = None, *,
               wait_days: int | None = None, subject: str = "Hello {{ contact.first_name }}",
               purpose: str = "marketing") -> Flow:
    """trigger → [wait N days] → send email."""
    flow = Flow(name)
    previous = flow.add_node(trigger, trigger_params or {})
    if wait_days is not None:
        wait = flow.add_node("wait.delay", {"duration": {"amount": wait_days, "unit": "days"}})
        flow.connect(previous, "next", wait)
        previous = wait
    email = flow.add_node("action.send_email", {
        "template": {"subject": subject, "html": "<p>Hi {{ contact.first_name }}</p>",
                     "text": "Hi {{ contact.first_name }}"}, "purpose": purpose})
    flow.connect(previous, "next", email)
    return flow


def live_engine(conn) -> Engine:
    engine = Engine(KYIV, SHOP, TIERS)
    engine.load_flows(conn)
    return engine


def order_event(conn, order_id: int) -> EngineEvent:
    row = conn.execute(select(Order.__table__).where(Order.__table__.c.id == order_id)).one()
    return EngineEvent("order_placed", row.contact_id, row.created_at, {"order_id": order_id})


def sent(report: dict) -> list[tuple]:
    """(at, contact, node, subject) of every action a backtest report lists."""
    return [(a["at"], a["contact"], a["node"], a["subject"]) for a in report["actions"]]


def skipped(report: dict) -> list[tuple]:
    """(at, contact, node, reason) of every skipped action in a backtest report."""
    return [(s["at"], s["contact"], s["node"], s["reason"]) for s in report["skipped"]]
