"""One import run: check every file, parse, then write everything in a single transaction."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import Dialect

from runtime.db.bulk import result_processors
from runtime.db.models import Order
from runtime.importers import contacts_csv, events_csv, shopify_customers, shopify_orders
from runtime.importers.contact_store import ContactStore
from runtime.importers.order_writer import write_orders
from runtime.importers.records import (
    ACCEPTS_MARKETING,
    ContactRecord,
    EventRecord,
    OrderFile,
    Section,
)
from runtime.shop import zone
from runtime.workspace import Workspace

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
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, object]:
    """Import the given files and report what was created, updated and rejected per file.

    A file that is not the expected export raises UserError before anything is written; the
    writes happen in one transaction, so an error midway leaves the database as it was.
    `shop_timezone` (default: the workspace setting) places times written without an offset.
    `progress(fraction)` hears about each phase; `should_cancel()` is asked between phases,
    and a yes raises ImportCancelled before anything is committed.
    """
    zone = shop_zone(shop_timezone)
    now = now or datetime.now(UTC)
    # A big export makes millions of small objects and no reference cycles; the cyclic
    # collector would scan them again and again (about a fifth of the run) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(engine, zone, now, customers, orders, contacts, contacts_mapping, events,
                    _Checkpoints(progress, should_cancel))
    finally:
        if collecting:
            gc.enable()


class ImportCancelled(Exception):
    """The user stopped the import; the transaction was rolled back."""


class _Checkpoints:
    """Progress reports and cancel checks between the import's phases."""

    def __init__(self, progress, should_cancel) -> None:
        self.progress, self.should_cancel = progress, should_cancel

    def __call__(self, fraction: float) -> None:
        if self.should_cancel and self.should_cancel():
            raise ImportCancelled()
        if self.progress:
            self.progress(fraction)


def _run(engine: Engine, zone: tzinfo, now: datetime, customers, orders, contacts,
         contacts_mapping, events, checkpoint: _Checkpoints) -> dict[str, object]:
    # Every file's header is checked before any row is read or anything written.
    customer_table = shopify_customers.open_customers(customers) if customers else None
    order_table = shopify_orders.open_orders(orders) if orders else None
    contacts_plan = contacts_csv.open_contacts(contacts, contacts_mapping) if contacts else None
    event_table = events_csv.open_events(events) if events else None

    checkpoint(0.02)
    sections = {name: Section() for name in ("customers", "orders", "contacts", "events")}
    customer_records = (shopify_customers.parse_customers(customer_table, sections["customers"],
                                                          zone) if customer_table else [])
    contact_records = (contacts_csv.parse_contacts(contacts_plan, sections["contacts"], zone)
                       if contacts_plan else [])
    checkpoint(0.2)
    order_file = (shopify_orders.parse_orders(order_table, sections["orders"], zone,
                                              engine.dialect) if order_table else OrderFile.of([]))
    checkpoint(0.6)
    event_records = (events_csv.parse_events(event_table, sections["events"], zone)
                     if event_table else [])
    checkpoint(0.65)

    with _import_transaction(engine) as conn:
        store = ContactStore.load(conn, now)
        touched = {name: _apply_contacts(store, records, sections[name])
                   for name, records in (("customers", customer_records),
                                         ("contacts", contact_records))}
        listed = touched["customers"] | touched["contacts"]
        _apply_order_contacts(store, order_file.buyers, listed, conn.dialect)
        _apply_event_contacts(store, event_records)
        changed = store.changed()
        for name, emails in touched.items():
            sections[name].updated = len(emails & changed)
        contact_ids = store.flush(conn)
        checkpoint(0.75)
        line_items = write_orders(conn, order_file, contact_ids, sections["orders"])
        events_csv.write_events(conn, event_records, contact_ids, sections["events"])
        checkpoint(0.98)  # the last chance to cancel: after this the transaction commits

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


@contextmanager
def _import_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for all of the import's writes, with SQLite set up for bulk writing.

    A page cache of up to 256 MB: a large first import writes a few hundred MB of table and
    index pages in one transaction, and looks up contacts and orders all over the file; with
    SQLite's 2 MB default they are spilled and read again many times.

    No foreign key checks: every id the import writes comes from rows it has just read or
    written in this transaction, and the checks cost a parent lookup per order and two per
    line item. SQLite changes the setting only outside a transaction, so it is switched off
    before BEGIN and back on after the commit or rollback.
    """
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        # Set on the driver's connection: a setting of the connection, not a statement of
        # the import (and SQLAlchemy would open its transaction for it).
        driver = conn.connection.dbapi_connection
        checks = driver.execute("PRAGMA foreign_keys").fetchone()[0]
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                conn.exec_driver_sql("PRAGMA cache_size=-262144")
                yield conn
                # Not in a `finally`: after a failed write a second statement could hide the
                # real error, and a pooled connection with a larger cache does no harm.
                conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
        finally:
            try:
                driver.execute(f"PRAGMA foreign_keys={'ON' if checks else 'OFF'}")
            except Exception:  # noqa: BLE001 - the error that ended the import is the one to report
                # A connection left without its checks must not go back to the pool.
                conn.invalidate()


def shop_zone(name: str | None) -> tzinfo:
    """The shop's zone: `name`, else the workspace's shop_timezone, else this machine's zone."""
    return zone(name or Workspace.default().settings().get("shop_timezone"))


def _apply_contacts(store: ContactStore, records: list[ContactRecord],
                    section: Section) -> set[str]:
    """Apply one file's contacts; returns every email it named."""
    store.prefetch(record.email for record in records)
    for record in records:
        if store.apply(record):
            section.created += 1
    return {record.email for record in records}


def _apply_order_contacts(store: ContactStore, buyers: dict[str, list], listed: set[str],
                          dialect: Dialect) -> None:
    """Contacts for the orders' emails: guests are created from their orders.

    A guest is an email that no customer or contacts file of this run lists and that has no
    store customer id. A guest's consent is the "Accepts Marketing" answer of their latest
    order, and their contact dates from their first order. A customer keeps the consent and
    the date their customer record gave: it is the store's own, more deliberate answer.
    `buyers` is OrderFile.buyers: order times as stored (UTC, in a form that sorts like the
    times); only the guests' become datetimes.
    """
    as_time, as_bool = result_processors(dialect, Order.__table__,
                                         ("created_at", "accepts_marketing"))
    guests = store.without_external_id(email for email in buyers if email not in listed)
    store.prefetch(guests)
    for email in guests:
        first_at, latest_at, order = buyers[email]
        record = ContactRecord(email=email, created_at=as_time(first_at) if as_time else first_at)
        answer = order.values[ACCEPTS_MARKETING]
        if answer is not None:
            record.accepts_email = bool(as_bool(answer) if as_bool else answer)
            record.consent_at = as_time(latest_at) if as_time else latest_at
        store.apply(record)


def _apply_event_contacts(store: ContactStore, events: list[EventRecord]) -> None:
    """Unknown emails in an events file become contacts (without consent) from their first event."""
    first: dict[str, datetime] = {}
    for event in events:
        if event.email not in store and (event.email not in first or event.at < first[event.email]):
            first[event.email] = event.at
    for email, first_at in first.items():
        store.apply(ContactRecord(email=email, created_at=first_at))
