"""Shopify's order export (one row per line item) grouped into order records."""

from __future__ import annotations

from bisect import bisect_left
from datetime import tzinfo
from pathlib import Path

from sqlalchemy.engine import Dialect

from runtime.errors import UserError
from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, pick, read_table, require_columns
from runtime.importers.order_cells import (
    MEMO_LIMIT,
    MINUTES_SECONDS,
    REQUIRED,
    UNKNOWN,
    OrderCells,
)
from runtime.importers.records import CURRENCY, ItemCells, OrderFile, OrderRecord, Section

WHAT = "Shopify order export"


def open_orders(path: Path | str) -> CsvTable:
    """The decoded file, refused (UserError) unless it has an order export's columns."""
    table = read_table(path, WHAT)
    require_columns(table, WHAT, ((name,) for name in REQUIRED))
    return table


def parse_orders(table: CsvTable, section: Section, zone: tzinfo,
                 dialect: Dialect) -> OrderFile:
    """Valid orders in file order; every row of a refused order is listed in `section`.

    Values come out as `dialect`'s driver stores them (see OrderCells).
    """
    # This loop runs once per row of exports with hundreds of thousands of rows, so it keeps
    # its lookups in locals and handles the common rows itself: a further row of the order
    # just read, and an order whose cells the memos all know. Anything else takes
    # OrderCells' general methods, which check and report the cells one by one.
    #
    # A further row of an order mostly repeats, after the order's name and email, the text
    # of a further row seen before (same product, empty order cells): `tails` maps that
    # text to its item, so such a row costs a prefix test and one lookup, unsplit.
    c = OrderCells(table, zone, dialect)
    head_cells = c.head_cells
    tails: dict[str, ItemCells] = {}
    # The text an unquoted further row of the last order starts with ("#1001,a@b.example,").
    head: str | None = None
    at_name, at_id, at_created = c.at_name, c.at_id, c.at_created
    wanted, width = c.wanted, c.width
    memo_cells, memos, misses, get = c.memo_cells, c.memos, c.misses, dict.get
    known_hour, minutes_seconds, shopify_time = c.hours.get, MINUTES_SECONDS, c.shopify_time
    item_cells, known_item = c.item_cells, c.items.get
    purchase, not_purchase = c.purchase
    # Every order begun, refused ones too, in file order.
    orders: list[OrderRecord] = []
    # The file's summaries (see OrderFile) are gathered as the orders are made. They hold only
    # if no order is refused and the rows of each order are together; else they are worked
    # out again at the end.
    records: list[OrderRecord] = []
    buyers: dict[str, list] = {}
    item_currency: dict[ItemCells, str | None] = {}
    together = True
    current: dict[str, OrderRecord] = {}
    by_key: dict[str, OrderRecord] = {}
    # The previous row's name cell as written and its order: most rows continue that order.
    last_cell: str | None = None
    last: OrderRecord | None = None
    for line, row in table.rows(raw=head_cells is not None, wanted=wanted):
        tail = None
        if row.__class__ is str:
            # An unquoted line: a known further row of the last order, or its cells picked.
            if head is not None and row.startswith(head):
                tail = row[len(head):]
                item = tails.get(tail)
                if item is not None:
                    if last.bad_lines is None:
                        last.items.append(item)
                    continue
                tail = tail if len(tails) < MEMO_LIMIT else None
            row = pick(row, wanted, width)
            if row is None:
                continue
        name_cell = row[at_name]
        if name_cell == last_cell and not row[at_id] and last is not None:
            record = last
            if record.bad_lines is not None:
                continue
        else:
            # Not a further row: its tail must not stand for one.
            tail = None
            name = name_cell.strip()
            if not name:
                if last is not None:
                    last.stop = line
                last_cell = last = head = None
                section.rejected.append({
                    "line": line, "order": None,
                    "reason": f"{c.header['Name']}: missing (every row needs the order name)"})
                continue
            if head_cells is not None:
                # The text of this order's further rows up to the tail (unless a cell holds
                # a comma: then the text cannot tell where the cells end).
                head = ",".join(row[:head_cells]) + ","
                if head.count(",") != head_cells:
                    head = None
            id_cell = row[at_id].strip().lstrip("'")
            record = current.get(name)
            last_cell = name_cell
            if record is not None and (not id_cell or id_cell == record.id_cell):
                if record is not last:
                    together = False
                    if last is not None:
                        last.stop = line
                    record.reopen(line)
                    last = record
                if record.bad_lines is not None:
                    continue
            else:
                if last is not None:
                    last.stop = line
                key = id_cell or name
                record = last = current[name] = OrderRecord(key, name, None, (), line, id_cell)
                orders.append(record)
                texts = memo_cells(row)
                found = tuple(map(get, memos, texts, misses))
                text = row[at_created]
                clock = text[13:19]  # ":22:11" of "2025-03-05 14:22:11 +0200"
                hour = (known_hour(text[:13] + text[19:]) if clock in minutes_seconds
                        and len(text) == 25 and text[19] == " " else None)
                created = shopify_time(text) if hour is None else f"{hour}{clock}.000000"
                if len(key) > 100 or len(name) > 100:
                    try:
                        c.order(row, line, name, id_cell)
                    except CellError as exc:
                        _refuse(section, record, line, exc.reason)
                        continue
                if created is None or UNKNOWN in found:
                    # New cells (mostly a customer's first order): parsed in check order.
                    try:
                        found, created = c.parse_unknown(texts, found, created, text)
                    except CellError as exc:
                        _refuse(section, record, line, exc.reason)
                        continue
                # found: email, currency, subtotal, total, refunded, discount code,
                # financial and fulfillment status, cancelled at, accepts marketing.
                email = record.email = found[0]
                record.values = (
                    email, created, *found[1:],
                    purchase if found[8] is None and found[6] != "voided" else not_purchase)
                other = by_key.get(key)
                if other is not None:
                    _refuse(section, record, line, f"{c.header['Id' if id_cell else 'Name']}: "
                            f"order {key} appears twice (first at line {other.line})")
                    continue
                by_key[key] = record
                records.append(record)
                if email is not None:
                    # As OrderFile.of counts it (add_buyer), without a call per order.
                    known = buyers.get(email)
                    if known is None:
                        buyers[email] = [created, created, record]
                    else:
                        if created < known[0]:
                            known[0] = created
                        if created > known[1]:
                            known[1], known[2] = created, record
        texts = item_cells(row)
        item = known_item(texts)
        if item is None:
            try:
                item = c.item(row)
            except CellError as exc:
                _refuse(section, record, line, exc.reason)
                continue
            # Cells not seen before make a new item, so its first order is this one.
            item_currency[item] = record.values[CURRENCY]
        if tail is not None and known_item(texts) is item:
            # Only a further row of the last order comes here with a tail (see above). An
            # item the full memo did not keep is made anew for each row: so is it here.
            tails[tail] = item
        record.items.append(item)

    if together and not section.rejected:
        return OrderFile(records, buyers, item_currency)
    records = [order for order in orders if order.bad_lines is None]
    refused = [order for order in orders if order.bad_lines is not None]
    if refused:
        _report_other_rows(table, refused, section)
    return OrderFile.of(records)


def _report_other_rows(table: CsvTable, refused: list[OrderRecord], section: Section) -> None:
    """List every row of the refused orders that was not refused itself.

    An order knows its rows as stretches of lines (see OrderRecord.stretches); the lines where
    records start are read from the file again, so that only a file with a refused order pays
    for keeping track of them. A file changed since its header was read is refused (the
    second read could see other rows).
    """
    starts = [line for line, _cells in table.rows(wanted=(0,))]
    if not table.unchanged():
        raise UserError(f"{table.path} changed while it was read: try again")
    for order in refused:
        bad_lines = order.bad_lines or []
        for begin, end in order.stretches():
            first = bisect_left(starts, begin)
            past = len(starts) if end is None else bisect_left(starts, end)
            for line in starts[first:past]:
                if line not in bad_lines:
                    section.rejected.append({
                        "line": line, "order": order.name,
                        "reason": f"part of order {order.name}, skipped because of line "
                                  f"{bad_lines[0]}",
                    })


def _refuse(section: Section, order: OrderRecord, line: int, reason: str) -> None:
    if order.bad_lines is None:
        order.bad_lines = []
    order.bad_lines.append(line)
    section.rejected.append({"line": line, "order": order.name,
                             "reason": f"{reason}; order {order.name} was skipped"})
