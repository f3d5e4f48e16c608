"""A demo shop in one click: generated, imported, marked is_demo, and removable in one click."""

from __future__ import annotations

import csv
import logging
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, func, or_, select, update

from runtime import demo_store
from runtime.api import Service
from runtime.db.models import (
    ActionLog,
    Contact,
    ContactTag,
    Coupon,
    Enrollment,
    Event,
    LedgerEntry,
    LineItem,
    Order,
    Product,
    Setting,
)
from runtime.errors import UserError
from runtime.importers import run_import
from runtime.shop import shop_zone

log = logging.getLogger(__name__)

C, ORD, LI, P, S = (Contact.__table__, Order.__table__, LineItem.__table__, Product.__table__,
                  Setting.__table__)
# Products have no is_demo column; the ids the demo created are remembered here instead, so
# that removing the demo never deletes a product the shop's own orders use.
STATE_KEY = "demo_data"
# Demo order ids get this prefix: an order key can then never meet a real store's order id,
# so importing the demo cannot overwrite one of the shop's own orders.
KEY_PREFIX = "demo-"
CHUNK = 500

Progress = Callable[[float], None]


def has_demo(service: Service) -> bool:
    """True when the workspace holds demo contacts or orders."""
    with service.engine.connect() as conn:
        found = conn.execute(select(C.c.id).where(C.c.is_demo.is_(True)).limit(1)).first()
        return found is not None or conn.execute(
            select(ORD.c.id).where(ORD.c.is_demo.is_(True)).limit(1)).first() is not None


def demo_counts(service: Service) -> dict[str, int]:
    """How many demo customers and orders the workspace holds."""
    with service.engine.connect() as conn:
        return _counts(conn)


def load_demo(service: Service, customers: int = 300, seed: int = 7, *, years: float = 2,
              progress: Progress | None = None,
              should_cancel: Callable[[], bool] | None = None) -> dict:
    """Generate and import a demo shop; returns how many demo contacts and orders exist.

    Loading again adds nothing new for the same seed: the import upserts by email and key.
    """
    report = progress or (lambda _value: None)
    settings = service.workspace.settings()
    zone = shop_zone(service.workspace)
    currency = str(settings.get("shop_currency") or "UAH")
    with tempfile.TemporaryDirectory(prefix="boomerang-demo-") as tmp:
        # Up to today, so that "the last 12 months" shows a lively shop.
        customers_csv, orders_csv = demo_store.write_store(
            tmp, customers, years=years, seed=seed, end=datetime.now(zone).date(),
            tz=zone.key, currency=currency)
        emails = _prefix_order_ids(orders_csv) | _emails(customers_csv, "Email")
        report(0.2)
        if should_cancel and should_cancel():
            return {"customers": 0, "orders": 0, "cancelled": True}
        _refuse_overlap(service, emails)
        with service.engine.connect() as conn:
            products_before = conn.execute(select(func.max(P.c.id))).scalar() or 0
        summary = run_import(service.engine, customers=customers_csv, orders=orders_csv,
                             shop_timezone=zone.key)
    report(0.9)
    # run_import commits on its own; marking follows at once. Emails are the demo's own
    # (".example" domains, checked above not to exist as real contacts), so marking by them
    # touches only what this import created.
    with service.engine.begin() as conn:
        for chunk in _chunks(sorted(emails)):
            conn.execute(update(C).where(C.c.email.in_(chunk)).values(is_demo=True))
        conn.execute(update(ORD).where(ORD.c.key.startswith(KEY_PREFIX, autoescape=True))
                     .values(is_demo=True))
        new_products = conn.execute(
            select(P.c.id).where(P.c.id > products_before).order_by(P.c.id)).scalars().all()
        _remember_products(conn, new_products)
        counts = _counts(conn)
    report(1.0)
    log.info("Demo shop loaded: %s", counts)
    return {**counts, "import": summary}


def remove_demo(service: Service) -> dict:
    """Delete every demo contact and order with all that hangs off them, in one transaction."""
    demo_contacts = select(C.c.id).where(C.c.is_demo.is_(True))
    demo_orders = select(ORD.c.id).where(or_(ORD.c.is_demo.is_(True),
                                           ORD.c.contact_id.in_(demo_contacts)))
    demo_enrollments = select(Enrollment.id).where(Enrollment.contact_id.in_(demo_contacts))
    with service.engine.begin() as conn:
        counts = _counts(conn)
        # Children first: PostgreSQL and SQLite without foreign keys need no cascade for this.
        conn.execute(delete(ActionLog).where(or_(
            ActionLog.contact_id.in_(demo_contacts),
            ActionLog.enrollment_id.in_(demo_enrollments))))
        conn.execute(delete(Coupon).where(Coupon.contact_id.in_(demo_contacts)))
        conn.execute(delete(LedgerEntry).where(LedgerEntry.contact_id.in_(demo_contacts)))
        conn.execute(delete(Enrollment).where(Enrollment.contact_id.in_(demo_contacts)))
        conn.execute(delete(Event).where(Event.contact_id.in_(demo_contacts)))
        conn.execute(delete(ContactTag).where(ContactTag.contact_id.in_(demo_contacts)))
        conn.execute(delete(LI).where(LI.c.order_id.in_(demo_orders)))
        conn.execute(delete(ORD).where(ORD.c.id.in_(demo_orders)))
        conn.execute(delete(C).where(C.c.is_demo.is_(True)))
        _forget_products(conn)
    log.info("Demo data removed: %s", counts)
    return counts


def _counts(conn: Connection) -> dict[str, int]:
    return {"customers": conn.execute(select(func.count()).where(C.c.is_demo.is_(True)))
            .scalar_one(),
            "orders": conn.execute(select(func.count()).where(ORD.c.is_demo.is_(True)))
            .scalar_one()}


def _prefix_order_ids(path: Path) -> set[str]:
    """Rewrite the orders file with prefixed ids; returns the emails that it names."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    at_id, at_email = header.index("Id"), header.index("Email")
    for row in body:
        if row[at_id]:
            row[at_id] = KEY_PREFIX + row[at_id]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *body])
    return {row[at_email].strip().lower() for row in body if row[at_email].strip()}


def _emails(path: Path, column: str) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {row[column].strip().lower() for row in csv.DictReader(fh) if row[column].strip()}


def _refuse_overlap(service: Service, emails: set[str]) -> None:
    """The import would update a real contact that shares a demo email: refuse instead."""
    with service.engine.connect() as conn:
        for chunk in _chunks(sorted(emails)):
            clash = conn.execute(select(C.c.email).where(
                C.c.email.in_(chunk), C.c.is_demo.is_(False)).limit(1)).scalar()
            if clash:
                raise UserError(f"the demo shop was not loaded: your workspace already has a "
                                f"contact {clash}, which the demo would change")


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _state(conn: Connection) -> dict:
    value = conn.execute(select(S.c.value).where(S.c.key == STATE_KEY)).scalar()
    return value if isinstance(value, dict) else {}


def _remember_products(conn: Connection, product_ids: list[int]) -> None:
    state = _state(conn)
    ids = sorted(set(state.get("product_ids", [])) | set(product_ids))
    value = {**state, "product_ids": ids, "loaded_at": datetime.now(UTC).isoformat()}
    if conn.execute(select(S.c.key).where(S.c.key == STATE_KEY)).first():
        conn.execute(update(S).where(S.c.key == STATE_KEY).values(value=value))
    else:
        conn.execute(S.insert().values(key=STATE_KEY, value=value))


def _forget_products(conn: Connection) -> None:
    """Delete the demo's products unless one of the shop's own orders uses them by now."""
    ids = [int(i) for i in _state(conn).get("product_ids", [])]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        used = select(LI.c.product_id).where(LI.c.product_id.in_(chunk))
        conn.execute(delete(P).where(P.c.id.in_(chunk), P.c.id.not_in(used)))
    conn.execute(delete(S).where(S.c.key == STATE_KEY))
