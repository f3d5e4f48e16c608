"""One import run: check every file, parse, then write everything in a single transaction."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine

from runtime.errors import UserError
from runtime.importers import contacts_csv, events_csv, shopify_customers, shopify_orders
from runtime.importers.contact_store import ContactStore
from runtime.importers.order_writer import write_orders
from runtime.importers.records import ContactRecord, EventRecord, OrderRecord, Section

log = logging.getLogger(__name__)


def run_import(
    engine: Engine,
    customers: Path | str | None = None,
    orders: Path | str | None = None,
    contacts: Path | str | None = None,
    contacts_mapping: dict[str, str] | None = None,
    events: Path | str | None = None,
    *,
    shop_timezone: str | None = None,
    now: datetime | None = None,
) -> dict[str, object]:
    """Import the given files and report what was created, updated and rejected per file.

    A file that is not the expected export raises UserError before anything is written; the
    writes happen in one transaction, so an error midway leaves the database as it was.
    `shop_timezone` (default: the workspace setting) places times written without an offset.
    """
    zone = shop_zone(shop_timezone)
    now = now or datetime.now(UTC)
    # A big export makes millions of small objects and no reference cycles; the cyclic
    # collector would scan them again and again (about a fifth of the run) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(engine, zone, now, customers, orders, contacts, contacts_mapping, events)
    finally:
        if collecting:
            gc.enable()


def _run(engine: Engine, zone: tzinfo, now: datetime, customers, orders, contacts,
         contacts_mapping, events) -> dict[str, object]:
    # Every file's header is checked before any row is read or anything written.
    customer_table = shopify_customers.open_customers(customers) if customers else None
    order_table = shopify_orders.open_orders(orders) if orders else None
    contacts_plan = contacts_csv.open_contacts(contacts, contacts_mapping) if contacts else None
    event_table = events_csv.open_events(events) if events else None

    sections = {name: Section() for name in ("customers", "orders", "contacts", "events")}
    customer_records = (shopify_customers.parse_customers(customer_table, sections["customers"],
                                                          zone) if customer_table else [])
    order_records = (shopify_orders.parse_orders(order_table, sections["orders"], zone)
                     if order_table else [])
    contact_records = (contacts_csv.parse_contacts(contacts_plan, sections["contacts"], zone)
                       if contacts_plan else [])
    event_records = (events_csv.parse_events(event_table, sections["events"], zone)
                     if event_table else [])

    with engine.begin() as conn:
        store = ContactStore.load(conn, now)
        for record in customer_records:
            sections["customers"].count(store.apply(record))
        for record in contact_records:
            sections["contacts"].count(store.apply(record))
        listed = {record.email for record in (*customer_records, *contact_records)}
        _apply_order_contacts(store, order_records, listed)
        _apply_event_contacts(store, event_records)
        contact_ids = store.flush(conn)
        line_items = write_orders(conn, order_records, contact_ids, sections["orders"])
        events_csv.write_events(conn, event_records, contact_ids, sections["events"])

    report: dict[str, object] = {
        "customers": sections["customers"].as_dict(),
        "orders": sections["orders"].as_dict(),
        "line_items": line_items,
    }
    if contacts:
        report["contacts"] = sections["contacts"].as_dict()
    if events:
        report["events"] = sections["events"].as_dict()
    log.info("Import finished: %s", {name: (s.created, s.updated, len(s.rejected))
                                      for name, s in sections.items()})
    return report


def shop_zone(name: str | None) -> tzinfo:
    """The shop's zone: `name`, else the workspace's shop_timezone, else this machine's zone."""
    if name is None:
        from runtime.workspace import Workspace

        setting = Workspace.default().settings().get("shop_timezone")
        name = setting if isinstance(setting, str) and setting else None
    if name is None:
        zone = datetime.now().astimezone().tzinfo
        return zone if zone is not None else UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError(f"the shop time zone {name!r} in the settings is not a known time zone "
                        f"(e.g. Europe/Kyiv)") from exc


def _apply_order_contacts(store: ContactStore, orders: list[OrderRecord],
                          listed: set[str]) -> None:
    """Contacts for the orders' emails: guests are created, everyone's first order dates them.

    A guest's consent is the "Accepts Marketing" answer of their latest order. Contacts whose
    consent a customer or contacts file of this run gave, or who have a store customer id, keep
    it: the customer record is the store's own, more deliberate answer.
    """
    first: dict[str, datetime] = {}
    latest: dict[str, OrderRecord] = {}
    for order in orders:
        email = order.email
        if email is None:
            continue
        if email not in first or order.created_at < first[email]:
            first[email] = order.created_at
        if email not in latest or order.created_at > latest[email].created_at:
            latest[email] = order
    for email, first_at in first.items():
        record = ContactRecord(email=email, created_at=first_at)
        existing = store.get(email)
        decides = email not in listed and (existing is None or existing["external_id"] is None)
        answer = latest[email].accepts_marketing
        if decides and answer is not None:
            record.accepts_email = answer
            record.consent_at = latest[email].created_at
        store.apply(record)


def _apply_event_contacts(store: ContactStore, events: list[EventRecord]) -> None:
    """Unknown emails in an events file become contacts (without consent) from their first event."""
    first: dict[str, datetime] = {}
    for event in events:
        if event.email not in store and (event.email not in first or event.at < first[event.email]):
            first[event.email] = event.at
    for email, first_at in first.items():
        store.apply(ContactRecord(email=email, created_at=first_at))
