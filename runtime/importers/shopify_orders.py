"""Shopify's order export (one row per line item) grouped into order records."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from sqlalchemy.engine import Dialect

from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, fit, read_table, require_columns
from runtime.importers.order_cells import REQUIRED, OrderCells
from runtime.importers.records import OrderRecord, Section

WHAT = "Shopify order export"


def open_orders(path: Path | str) -> CsvTable:
    """The decoded file, refused (UserError) unless it has an order export's columns."""
    table = read_table(path, WHAT)
    require_columns(table, WHAT, ((name,) for name in REQUIRED))
    return table


class _Group:
    """The rows of one order while the file is read."""

    __slots__ = ("bad_lines", "id_cell", "lines", "name", "record")

    def __init__(self, name: str, id_cell: str, line: int) -> None:
        self.name, self.id_cell = name, id_cell
        self.record: OrderRecord | None = None
        self.lines = [line]
        # Most orders have none: the list is made when the first bad line comes.
        self.bad_lines: list[int] | None = None


def parse_orders(table: CsvTable, section: Section, zone: tzinfo,
                 dialect: Dialect) -> list[OrderRecord]:
    """Valid orders in file order; every row of a refused order is listed in `section`.

    Values come out as `dialect`'s driver stores them (see OrderCells).
    """
    c = OrderCells(table, zone, dialect)
    width, at_name, at_id = c.width, c.at_name, c.at_id
    order, item = c.order, c.item
    groups: list[_Group] = []
    current: dict[str, _Group] = {}
    by_key: dict[str, _Group] = {}
    for line, row in table.rows():
        if len(row) != width:
            row = fit(row, width)
        row.append("")
        name = row[at_name].strip()
        if not name:
            section.rejected.append({
                "line": line, "order": None,
                "reason": f"{c.header['Name']}: missing (every row needs the order name)"})
            continue
        id_cell = row[at_id].strip().lstrip("'")
        group = current.get(name)
        if group is None or (id_cell and id_cell != group.id_cell):
            group = current[name] = _Group(name, id_cell, line)
            groups.append(group)
            try:
                record = group.record = order(row, line, name, id_cell)
            except CellError as exc:
                _refuse(section, group, line, exc.reason)
                continue
            other = by_key.get(record.key)
            if other is not None:
                _refuse(section, group, line, f"{c.header['Id' if id_cell else 'Name']}: "
                        f"order {record.key} appears twice (first at line {other.lines[0]})")
                continue
            by_key[record.key] = group
        else:
            group.lines.append(line)
            record = group.record
            if record is None or group.bad_lines is not None:
                continue
        try:
            record.items.append(item(row))
        except CellError as exc:
            _refuse(section, group, line, exc.reason)

    records = []
    for group in groups:
        bad_lines = group.bad_lines
        if bad_lines is None:
            if group.record is not None:
                records.append(group.record)
            continue
        first_bad = bad_lines[0]
        for line in group.lines:
            if line not in bad_lines:
                section.rejected.append({
                    "line": line, "order": group.name,
                    "reason": f"part of order {group.name}, skipped because of line {first_bad}",
                })
    return records


def _refuse(section: Section, group: _Group, line: int, reason: str) -> None:
    if line not in group.lines:
        group.lines.append(line)
    if group.bad_lines is None:
        group.bad_lines = []
    group.bad_lines.append(line)
    section.rejected.append({"line": line, "order": group.name,
                             "reason": f"{reason}; order {group.name} was skipped"})
