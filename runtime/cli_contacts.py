"""`boomerang contacts`: export every contact with their derived facts as JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from runtime.api import Service
from runtime.cli import command
from runtime.db.models import Contact, ContactTag, LedgerEntry, Order
from runtime.db.types import money_from_scaled
from runtime.errors import UserError
from runtime.facts import BATCH_SIZE, ledger_balances, rfm_select, tier_lookup

COLUMNS = (
    "email", "first_name", "last_name", "accepts_email_marketing", "tags", "orders_count",
    "total_spent", "currency", "first_order_at", "last_order_at", "rfm", "points", "tier",
    "fields",
)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "csv"), default="json",
                        help="output format (default: json)")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="write to FILE instead of standard output")


def _iso(moment: datetime | None) -> str | None:
    # Facts come back as aware UTC (runtime.db.types.UTCDateTime), so no conversion is needed.
    if moment is None:
        return None
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _money(scaled: int | None) -> str:
    # Plain notation ("1250.50"), never an exponent, whatever the amount.
    return format(money_from_scaled(scaled), "f")


def _check_tiers(tiers: object) -> list:
    """The tiers from settings, or a UserError that says what they should look like."""
    try:
        checked = list(tiers)  # type: ignore[call-overload]
        tier_lookup(checked)
    except (TypeError, ValueError) as exc:
        raise UserError(
            f'settings "tiers" must look like [["Bronze", 0], ["Silver", 500]]: {exc}'
        ) from None
    return checked


def _contact_pages(conn) -> Iterator[list]:
    """Contacts in id order, BATCH_SIZE at a time (keyset paging keeps memory flat)."""
    after = 0
    while True:
        page = conn.execute(
            select(Contact.id, Contact.email, Contact.first_name, Contact.last_name,
                   Contact.accepts_email_marketing, Contact.currency, Contact.fields)
            .where(Contact.id > after).order_by(Contact.id).limit(BATCH_SIZE)
        ).all()
        if not page:
            return
        yield page
        after = page[-1].id


def _tags(conn, ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    for contact_id, tag in conn.execute(
        select(ContactTag.contact_id, ContactTag.tag)
        .where(ContactTag.contact_id.in_(ids)).order_by(ContactTag.contact_id, ContactTag.tag)
    ):
        tags.setdefault(contact_id, []).append(tag)
    return tags


def _order_currencies(conn, ids: list[int]) -> dict[int, str]:
    # MAX picks one deterministic currency when a contact has paid in several; the covering
    # index ix_orders_contact_facts answers this without reading the orders table.
    if not ids:
        return {}
    return dict(conn.execute(
        select(Order.contact_id, func.max(Order.currency))
        .where(Order.contact_id.in_(ids), Order.currency.is_not(None))
        .group_by(Order.contact_id)
    ).all())


def _purchases(conn, as_of: datetime) -> Iterator:
    """Each purchaser's stats and RFM scores, in contact id order, streamed."""
    # RFM ranks the whole population, so this one query runs before any page; it carries the
    # purchase stats too, so the orders are aggregated once rather than again for every page.
    scored = rfm_select(as_of).subquery("scored")
    yield from conn.execute(
        select(scored).order_by(scored.c.contact_id).execution_options(stream_results=True)
    )


def export_rows(conn, as_of: datetime, tiers: list, shop_currency: str | None) -> Iterator[dict]:
    """Every contact in id order as a plain dict (keys in COLUMNS order), one page at a time.

    Pages of contacts are merged with the purchasers' stream by contact id; each page adds a
    fixed handful of queries (tags, currencies, points). All reads share one transaction, so
    the export is one consistent snapshot.
    """
    tier = tier_lookup(tiers)
    purchases = _purchases(conn, as_of)
    bought = next(purchases, None)
    for page in _contact_pages(conn):
        ids = [row.id for row in page]
        tags = _tags(conn, ids)
        currencies = _order_currencies(conn, [row.id for row in page if not row.currency])
        points = dict(conn.execute(
            ledger_balances(as_of).where(LedgerEntry.contact_id.in_(ids))
        ).all())
        for row in page:
            while bought is not None and bought.contact_id < row.id:
                bought = next(purchases, None)
            stats = bought if bought is not None and bought.contact_id == row.id else None
            balance = int(points.get(row.id) or 0)
            yield {
                "email": row.email,
                "first_name": row.first_name,
                "last_name": row.last_name,
                "accepts_email_marketing": bool(row.accepts_email_marketing),
                "tags": tags.get(row.id, []),
                "orders_count": int(stats.orders_count) if stats else 0,
                "total_spent": _money(stats.total_spent_scaled if stats else 0),
                "currency": row.currency or currencies.get(row.id) or shop_currency,
                "first_order_at": _iso(stats.first_order_at) if stats else None,
                "last_order_at": _iso(stats.last_order_at) if stats else None,
                "rfm": f"{stats.r}{stats.f}{stats.m}" if stats else None,
                "points": balance,
                "tier": tier(balance),
                "fields": row.fields or {},
            }


def write_json(rows: Iterator[dict], out) -> int:
    """A JSON list with one object per line: streamable, and diffs stay readable."""
    # One encoder for every row: json.dumps with options builds a new encoder per call.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(encode(row))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(rows: Iterator[dict], out, lineterminator: str = "\r\n") -> int:
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        row = dict(row, tags=", ".join(row["tags"]),
                   fields=json.dumps(row["fields"], ensure_ascii=False, sort_keys=True))
        writer.writerow([_csv_cell(row[name]) for name in COLUMNS])
        count += 1
    return count


def _export(service: Service, fmt: str, out, lineterminator: str) -> int:
    settings = service.workspace.settings()
    tiers = _check_tiers(settings.get("tiers") or [])
    shop_currency = settings.get("shop_currency")
    with service.engine.connect() as conn:
        rows = export_rows(conn, datetime.now(UTC), tiers,
                           shop_currency if isinstance(shop_currency, str) else None)
        if fmt == "csv":
            return write_csv(rows, out, lineterminator)
        return write_json(rows, out)


@command("contacts", "Export every contact with orders, spend, RFM, points and tier.",
         _add_arguments)
def run_contacts(args: argparse.Namespace) -> int:
    service = Service.open()
    try:
        if not args.output:
            # Text-mode stdout already translates "\n" on Windows; "\r\n" would double up.
            # A reader that stops early (`| head`) is handled by runtime.cli.run.
            _export(service, args.format, sys.stdout, "\n")
            return 0
        target = Path(args.output).expanduser()
        # Write beside the target and rename, so a failed export never leaves half a file
        # where a previous good one was.
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8", newline="") as out:
                count = _export(service, args.format, out, "\r\n")
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(f"cannot write {target}: {exc.strerror or exc}") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        sys.stderr.write(f"exported {count} contacts to {target}\n")
        return 0
    finally:
        service.close()
