"""Shopify's order export (one row per line item) grouped into order records."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from sqlalchemy.engine import Dialect

from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, fit, read_table, require_columns
from runtime.importers.order_cells import MINUTES_SECONDS, REQUIRED, UNKNOWN, OrderCells
from runtime.importers.records import CURRENCY, OrderFile, OrderRecord, Section, add_buyer

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
                 dialect: Dialect) -> OrderFile:
    """Valid orders in file order; every row of a refused order is listed in `section`.

    Values come out as `dialect`'s driver stores them (see OrderCells).
    """
    # This loop runs once per row of exports with hundreds of thousands of rows, so it keeps
    # its lookups in locals and handles the common rows itself: a further row of the order
    # just read, and an order whose cells the memos all know. Anything else takes
    # OrderCells' general methods, which check and report the cells one by one.
    c = OrderCells(table, zone, dialect)
    width, at_name, at_id, at_created = c.width, c.at_name, c.at_id, c.at_created
    padded = c.padded
    memo_cells, memos, misses, get = c.memo_cells, c.memos, c.misses, dict.get
    known_hour, minutes_seconds, shopify_time = c.hours.get, MINUTES_SECONDS, c.shopify_time
    item_cells, known_item = c.item_cells, c.items.get
    purchase, not_purchase = c.purchase
    groups: list[_Group] = []
    # The file's summaries are gathered as the orders are made. They hold only if no order
    # is refused and every order's rows are together; else they are worked out again at the end.
    records: list[OrderRecord] = []
    buyers: dict[str, list] = {}
    item_currency: dict = {}
    together = True
    current: dict[str, _Group] = {}
    by_key: dict[str, _Group] = {}
    # The previous row's name cell as written and its group: most rows continue that order.
    last_cell: str | None = None
    last: _Group | None = None
    for line, row in table.rows():
        if len(row) != width:
            row = fit(row, width)
        if padded:
            row.append("")
        name_cell = row[at_name]
        if name_cell == last_cell and not row[at_id] and last is not None:
            group = last
            group.lines.append(line)
            record = group.record
            if record is None or group.bad_lines is not None:
                continue
        else:
            name = name_cell.strip()
            if not name:
                last_cell = last = None
                section.rejected.append({
                    "line": line, "order": None,
                    "reason": f"{c.header['Name']}: missing (every row needs the order name)"})
                continue
            id_cell = row[at_id].strip().lstrip("'")
            group = current.get(name)
            last_cell = name_cell
            if group is not None and (not id_cell or id_cell == group.id_cell):
                if group is not last:
                    together = False
                last = group
                group.lines.append(line)
                record = group.record
                if record is None or group.bad_lines is not None:
                    continue
            else:
                group = last = current[name] = _Group(name, id_cell, line)
                groups.append(group)
                key = id_cell or name
                texts = memo_cells(row)
                found = tuple(map(get, memos, texts, misses))
                text = row[at_created]
                hour = (known_hour(text[:13] + text[19:]) if len(text) == 25
                        and text[19] == " " and text[13:19] in minutes_seconds else None)
                created = shopify_time(text) if hour is None else f"{hour}{text[13:19]}.000000"
                if len(key) > 100 or len(name) > 100:
                    try:
                        record = c.order(row, line, name, id_cell)
                    except CellError as exc:
                        _refuse(section, group, line, exc.reason)
                        continue
                else:
                    if created is None or UNKNOWN in found:
                        # New cells (mostly a customer's first order): parsed in check order.
                        try:
                            found, created = c.parse_unknown(texts, found, created, text)
                        except CellError as exc:
                            _refuse(section, group, line, exc.reason)
                            continue
                    # found: email, currency, subtotal, total, refunded, discount code,
                    # financial and fulfillment status, cancelled at, accepts marketing.
                    record = OrderRecord(key, name, found[0], (
                        found[0], created, *found[1:],
                        purchase if found[8] is None and found[6] != "voided" else not_purchase),
                        line)
                group.record = record
                other = by_key.get(key)
                if other is not None:
                    _refuse(section, group, line, f"{c.header['Id' if id_cell else 'Name']}: "
                            f"order {key} appears twice (first at line {other.lines[0]})")
                    continue
                by_key[key] = group
                records.append(record)
                add_buyer(buyers, record)
        texts = item_cells(row)
        item = known_item(texts)
        if item is None:
            try:
                item = c.item(row)
            except CellError as exc:
                _refuse(section, group, line, exc.reason)
                continue
            # Cells not seen before make a new item, so its first order is this one.
            item_currency[item] = record.values[CURRENCY]
        record.items.append(item)

    if together and not section.rejected:
        return OrderFile(records, buyers, item_currency)
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
    return OrderFile.of(records)


def _refuse(section: Section, group: _Group, line: int, reason: str) -> None:
    if line not in group.lines:
        group.lines.append(line)
    if group.bad_lines is None:
        group.bad_lines = []
    group.bad_lines.append(line)
    section.rejected.append({"line": line, "order": group.name,
                             "reason": f"{reason}; order {group.name} was skipped"})
