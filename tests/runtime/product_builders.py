"""Test shop helpers for product recipes: products with collections, orders with line items,
and a live engine replaying a timeline on a virtual clock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import ActionLog, ContactTag, LineItem, OutboxItem, Product
from runtime.engine import Engine, EngineEvent
from runtime.flowfile import load_flow
from tests.runtime.builders import KYIV, add_event, add_order, at, live_engine, order_event

RECIPES = Path(__file__).resolve().parents[2] / "recipes"
P, LI, OUT, AL, T = (Product.__table__, LineItem.__table__, OutboxItem.__table__,
                     ActionLog.__table__, ContactTag.__table__)


def add_product(conn, title: str, sku: str, price: str = "100.00",
                collections: tuple[str, ...] = (), handle: str | None = None) -> int:
    return conn.execute(P.insert().values(
        title=title, sku=sku, handle=handle, price=Decimal(price), currency="UAH",
        collections=list(collections))).inserted_primary_key[0]


def add_purchase(conn, contact_id: int | None, when: str, *products: int, total: str = "100.00",
                 cancelled: bool = False) -> int:
    """An order of one of each product (a product id given twice: quantity 2)."""
    order_id = add_order(conn, contact_id, when, total, cancelled=cancelled)
    for product_id in dict.fromkeys(products):
        title = conn.execute(select(P.c.title).where(P.c.id == product_id)).scalar_one()
        conn.execute(LI.insert().values(order_id=order_id, product_id=product_id, title=title,
                                        quantity=products.count(product_id),
                                        price=Decimal("50.00")))
    return order_id


def run_due(engine: Engine, conn, moment: datetime) -> None:
    while (wake := engine.next_wakeup(conn)) is not None and wake <= moment:
        engine.tick(conn, wake)


def replay(conn, slugs: tuple[str, ...], switched_on: str, timeline: list[tuple], until: str):
    """Switch the recipes on, then feed the timeline in order on a virtual clock: entries are
    ("order", contact, when, product ids...) or ("event", contact, when, name, properties)."""
    for slug in slugs:
        flows_store.activate(conn, load_flow(RECIPES / f"{slug}.json"), at(switched_on))
    engine = live_engine(conn)
    for entry in sorted(timeline, key=lambda e: at(e[2])):
        what, contact, when = entry[:3]
        run_due(engine, conn, at(when))
        if what == "order":
            engine.handle_event(conn, order_event(conn, add_purchase(conn, contact, when,
                                                                     *entry[3:])))
        else:
            name, properties = entry[3], entry[4]
            add_event(conn, contact, name, when, **properties)
            engine.handle_event(conn, EngineEvent(name, contact, at(when),
                                                  {"properties": properties}))
    run_due(engine, conn, at(until))
    return engine


def emails(conn) -> list[tuple[str, str, str, dict]]:
    """(shop time, to, subject, payload) of every email in the outbox, oldest first."""
    rows = conn.execute(select(OUT.c.created_at, OUT.c.payload).where(OUT.c.channel == "email")
                        .order_by(OUT.c.created_at, OUT.c.id)).all()
    return [(when.astimezone(KYIV).isoformat(), p["to"], p["subject"], p) for when, p in rows]


def log(conn, node_id: str) -> list[tuple]:
    """(shop time, contact id, status, reason, detail) of a node's action-log entries."""
    rows = conn.execute(select(AL.c.at, AL.c.contact_id, AL.c.status, AL.c.reason, AL.c.detail)
                        .where(AL.c.node_id == node_id).order_by(AL.c.at, AL.c.id)).all()
    return [(when.astimezone(KYIV).isoformat(), cid, status, reason, detail)
            for when, cid, status, reason, detail in rows]


def tags(conn, contact_id: int) -> set[str]:
    return set(conn.execute(select(T.c.tag).where(T.c.contact_id == contact_id)).scalars())
