"""An events CSV (email, event, at, properties) read and written as imported history."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, tzinfo
from pathlib import Path

from sqlalchemy import Connection, insert, select

from runtime.db.models import Event
from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, fit, read_table, require_columns
from runtime.importers.records import EventRecord, Section

WHAT = "events"
REQUIRED = (("email",), ("event",), ("at",))
EVENTS = Event.__table__
SOURCE = "import"


def open_events(path: Path | str) -> CsvTable:
    table = read_table(path, WHAT)
    require_columns(table, WHAT, REQUIRED)
    return table


def _refuse_constant(name: str) -> object:
    # NaN and Infinity are not JSON; a database JSON column would refuse them later.
    raise ValueError(f"{name} is not allowed")


def parse_events(table: CsvTable, section: Section, zone: tzinfo) -> list[EventRecord]:
    """One record per valid row; bad rows go to `section.rejected` with line and reason."""
    width = len(table.header)
    positions = {name: table.column(name) for name in ("email", "event", "at", "properties")}
    headers = {name: table.header[p] if p is not None else name for name, p in positions.items()}
    records: list[EventRecord] = []
    for line, row in table.rows():
        row = fit(row, width) + [""]
        cell = {name: row[width if p is None else p] for name, p in positions.items()}
        try:
            records.append(_record(cell, headers, line, zone))
        except CellError as exc:
            section.rejected.append({"line": line, "reason": exc.reason})
    return records


def _record(cell: dict[str, str], headers: dict[str, str], line: int, zone: tzinfo) -> EventRecord:
    email = cells.email(cell["email"], headers["email"], required=True) or ""
    name = cells.text(cell["event"], headers["event"], 100)
    if name is None:
        raise CellError(headers["event"], "missing (the event needs a name)")
    at = cells.moment(cell["at"], headers["at"], zone, required=True)
    assert at is not None
    properties: object = {}
    if cell["properties"].strip():
        try:
            properties = json.loads(cell["properties"], parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise CellError(headers["properties"],
                            f"{cells.shown(cell['properties'])} is not valid JSON (write an "
                            f"object like {{\"sku\": \"A1\"}}, or leave it empty)") from exc
        if not isinstance(properties, dict):
            raise CellError(headers["properties"], "must be a JSON object like {\"sku\": \"A1\"}")
    assert isinstance(properties, dict)
    moment_utc = at.astimezone(UTC).isoformat()
    canonical = json.dumps([email, name, moment_utc, properties], sort_keys=True,
                           ensure_ascii=False)
    # The same row imported twice gets the same key, so the unique index refuses the repeat.
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
    return EventRecord(email, name, at, properties, f"{SOURCE}:{digest}", line)


def write_events(conn: Connection, records: list[EventRecord], contact_ids: dict[str, int],
                 section: Section) -> None:
    """Insert the events not imported before; repeats (same row again) are skipped."""
    if not records:
        return
    known = set(conn.execute(
        select(EVENTS.c.dedupe_key).where(EVENTS.c.dedupe_key.like(f"{SOURCE}:%"))
    ).scalars())
    rows = []
    for record in records:
        if record.dedupe_key in known:
            continue
        known.add(record.dedupe_key)
        rows.append({"contact_id": contact_ids[record.email], "name": record.name,
                     "at": record.at, "properties": record.properties, "source": SOURCE,
                     "dedupe_key": record.dedupe_key})
    if rows:
        conn.execute(insert(EVENTS), rows)
    section.created += len(rows)
