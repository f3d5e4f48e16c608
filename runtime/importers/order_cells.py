"""Cells of a Shopify order export turned straight into the values the database stores."""

# An order export has hundreds of thousands of rows, and per-cell parsing in Python costs more
# than reading the file. Most cells repeat (statuses, amounts, products, a customer's email),
# so each column keeps a dictionary from cell text to the value the database driver stores:
# the cell is checked and converted once (cell_values, then the column type's own bind
# processor), and every further row costs one dictionary lookup. The order time is unique per
# order; Shopify's fixed format has a fast path and everything else takes the general parser.

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from operator import itemgetter

from sqlalchemy.engine import Dialect

from runtime.db.bulk import bind_processors
from runtime.db.models import LineItem, Order
from runtime.importers import cell_values as cells
from runtime.importers.cell_values import FIRST_YEAR, LAST_YEAR, CellError
from runtime.importers.csv_reading import CsvTable
from runtime.importers.records import ItemCells, OrderRecord

ORDERS = Order.__table__
REQUIRED = ("Name", "Email", "Financial Status", "Created at", "Total",
            "Lineitem quantity", "Lineitem name", "Lineitem price")
OPTIONAL = ("Id", "Fulfillment Status", "Accepts Marketing", "Currency", "Subtotal",
            "Discount Code", "Lineitem sku", "Cancelled at", "Refunded Amount", "Vendor")
# Order columns looked up in a memo, in the order a bad row is checked (the first bad cell is
# the one reported); "Created at" is checked after "Email".
MEMO_COLUMNS = ("Email", "Currency", "Subtotal", "Total", "Refunded Amount", "Discount Code",
                "Financial Status", "Fulfillment Status", "Cancelled at", "Accepts Marketing")
CANCELLED_AT = MEMO_COLUMNS.index("Cancelled at")
ITEM_COLUMNS = ("Lineitem sku", "Lineitem name", "Lineitem quantity", "Lineitem price", "Vendor")
# Emails are the largest repeating column (one per customer); unique values stop here.
MEMO_LIMIT = 500_000
MINUTES_SECONDS = frozenset(f":{m:02}:{s:02}" for m in range(60) for s in range(60))
SHOPIFY_OFFSET = re.compile(r"([+-])([01]\d|2[0-3])([0-5]\d)", re.ASCII)
# A memo's answer for a cell it has not seen.
UNKNOWN = object()


class OrderCells:
    """Column positions of one file and the memoising converters of its order and item cells.

    Rows come as the tuple of the `wanted` cells (see csv_reading.pick): the memo cells and the
    item cells are one slice of it each, and `at_name`, `at_id` and `at_created` point into it.
    A column the file lacks reads as an empty cell.
    """

    def __init__(self, table: CsvTable, zone: tzinfo, dialect: Dialect) -> None:
        self.width = len(table.header)
        self.header: dict[str, str] = {}
        in_file: dict[str, int] = {}
        for name in (*REQUIRED, *OPTIONAL):
            found = table.column(name)
            in_file[name] = self.width if found is None else found
            self.header[name] = name if found is None else table.header[found]
        # How many cells, from the first, cover the order's name and email: the rest of a
        # further row (its item and empty order cells) often repeats from order to order.
        # None if that rest would not hold every cell a further row is read for.
        heads = max(in_file["Name"], in_file["Email"]) + 1
        rest = (in_file[name] for name in ("Id", *ITEM_COLUMNS))
        self.head_cells = heads if min(rest) >= heads else None
        # The cells read: the head's (see shopify_orders), then the memo columns and the item
        # columns each in a run of their own, so that a row's are one slice of it (a column
        # may come twice), then the rest.
        head = list(range(self.head_cells or 0))
        runs = [in_file[name] for name in (*MEMO_COLUMNS, *ITEM_COLUMNS)]
        rest = {in_file[name] for name in in_file} - {*head, *runs}
        self.wanted = (*head, *runs, *sorted(rest))
        memo_start = len(head)
        item_start = memo_start + len(MEMO_COLUMNS)
        # Where the cells read one by one are in the picked row.
        self.at_name, self.at_id, self.at_created = (
            self.wanted.index(in_file[name]) for name in ("Name", "Id", "Created at"))
        self.zone = zone
        h = self.header
        parsers = {
            "Email": lambda v: cells.email(v, h["Email"], required=False),
            "Currency": lambda v: _currency(v, h["Currency"]),
            "Subtotal": lambda v: cells.money(v, h["Subtotal"]),
            "Total": lambda v: cells.money(v, h["Total"], required=True),
            "Refunded Amount": lambda v: cells.money(v, h["Refunded Amount"]) or cells.ZERO,
            "Discount Code": lambda v: cells.text(v, h["Discount Code"], 255),
            "Financial Status": lambda v: _status(v, h["Financial Status"]),
            "Fulfillment Status": lambda v: _status(v, h["Fulfillment Status"]),
            "Cancelled at": lambda v: cells.moment(v, h["Cancelled at"], zone),
            "Accepts Marketing": lambda v: cells.boolean(v, h["Accepts Marketing"]),
        }
        stored = ("email", "currency", "subtotal", "total", "refunded", "discount_code",
                  "financial_status", "fulfillment_status", "cancelled_at", "accepts_marketing")
        processors = bind_processors(dialect, ORDERS, stored)
        self.parsers = [(parsers[name], process) for name, process in zip(MEMO_COLUMNS, processors,
                                                                          strict=True)]
        # Cancellation times are unique per cancelled order: Shopify's own format takes the
        # fast path the order time takes (which gives the stored value), anything else the
        # general parser and the column's processor.
        cancelled_at, store_cancelled = self.parsers[CANCELLED_AT]
        self.parsers[CANCELLED_AT] = (
            lambda v: self.shopify_time(v) or _stored(cancelled_at(v), store_cancelled), None)
        self.memos: list[dict[str, object]] = [{} for _ in MEMO_COLUMNS]
        self.memo_cells = itemgetter(slice(memo_start, item_start))
        self.misses = (UNKNOWN,) * len(MEMO_COLUMNS)
        (to_bool,) = bind_processors(dialect, ORDERS, ["is_purchase"])
        self.purchase = (to_bool(True), to_bool(False)) if to_bool else (True, False)
        (self.store_time,) = bind_processors(dialect, ORDERS, ["created_at"])
        self.store_utc = _utc_formatter(dialect)
        self.offsets: dict[str, timedelta] = {}
        self.hours: dict[str, str] = {}
        self.item_cells = itemgetter(slice(item_start, item_start + len(ITEM_COLUMNS)))
        self.items: dict[tuple, ItemCells] = {}
        (self.store_price,) = bind_processors(dialect, LineItem.__table__, ["price"])

    def order(self, row: list[str], line: int, name: str, id_cell: str) -> OrderRecord:
        """The order of the row that starts it; CellError names the first bad cell."""
        key = id_cell or name
        if len(key) > 100 or len(name) > 100:
            raise CellError(self.header["Id"] if id_cell else self.header["Name"],
                            "longer than 100 characters")
        texts = self.memo_cells(row)
        found = tuple(map(dict.get, self.memos, texts, self.misses))
        created = self.shopify_time(row[self.at_created])
        if created is None or UNKNOWN in found:
            found, created = self.parse_unknown(texts, found, created, row[self.at_created])
        (email, currency, subtotal, total, refunded, discount, financial, fulfillment,
         cancelled, accepts) = found
        purchase = self.purchase[0 if cancelled is None and financial != "voided" else 1]
        return OrderRecord(key, name, email, (email, created, currency, subtotal, total, refunded,
                                              discount, financial, fulfillment, cancelled,
                                              accepts, purchase), line)

    def item(self, row: list[str]) -> ItemCells:
        texts = self.item_cells(row)
        item = self.items.get(texts)
        if item is None:
            item = self._parse_item(texts)
            if len(self.items) < MEMO_LIMIT:
                self.items[texts] = item
        return item

    def parse_unknown(self, texts: tuple[str, ...], found: tuple, created: object | None,
               created_text: str) -> tuple[tuple, object]:
        """Parse the cells the memos do not know yet, in check order ("Created at" right after
        "Email"); failures are not remembered (each bad cell reports itself)."""
        values = list(found)
        if values[0] is UNKNOWN:
            values[0] = self._remember(0, texts[0])
        if created is None:
            moment = cells.moment(created_text, self.header["Created at"], self.zone,
                                  required=True)
            created = moment if self.store_time is None else self.store_time(moment)
        while UNKNOWN in values:
            position = values.index(UNKNOWN)
            values[position] = self._remember(position, texts[position])
        return tuple(values), created

    def _remember(self, position: int, text: str) -> object:
        parse, process = self.parsers[position]
        value = parse(text)
        if value is not None and process is not None:
            value = process(value)
        memo = self.memos[position]
        if len(memo) < MEMO_LIMIT:
            memo[text] = value
        return value

    def shopify_time(self, text: str) -> object | None:
        """'2025-03-05 14:22:11 +0200' as stored (UTC), or None for any other text.

        With a whole-hour offset only the hour (and maybe the date) changes, so the stored
        text is the UTC hour remembered for "2025-03-05 14 +0200" plus ":22:11.000000".
        """
        if len(text) != 25:
            text = text.strip()
            if len(text) != 25:
                return None
        tail = text[13:19]
        if text[19] != " " or tail not in MINUTES_SECONDS:
            return None
        hour = self.hours.get(text[:13] + text[19:])
        if hour is not None:
            return f"{hour}{tail}.000000"
        offset = self.offsets.get(text[20:])
        if offset is None:
            match = SHOPIFY_OFFSET.fullmatch(text[20:])
            if match is None:
                return None
            sign, hours, minutes = match.groups()
            offset = timedelta(hours=int(hours), minutes=int(minutes))
            offset = self.offsets[text[20:]] = offset if sign == "+" else -offset
        try:
            local = datetime.fromisoformat(text[:19])
        except ValueError:
            return None
        if local.tzinfo is not None or not FIRST_YEAR <= local.year <= LAST_YEAR:
            return None
        stored = self.store_utc(local - offset)
        if (self.store_utc is _as_text and text.endswith("00")
                and len(self.hours) < MEMO_LIMIT):
            self.hours[text[:13] + text[19:]] = stored[:13]
        return stored

    def _parse_item(self, texts: tuple[str, ...]) -> ItemCells:
        sku_text, title_text, quantity_text, price_text, vendor_text = texts
        h = self.header
        sku = cells.shopify_text(sku_text, h["Lineitem sku"], 255)
        title = cells.text(title_text, h["Lineitem name"], 500) or sku
        if title is None:
            raise CellError(h["Lineitem name"], "missing (the line item needs a name or a sku)")
        quantity = cells.whole_number(quantity_text, h["Lineitem quantity"], default=1)
        price = cells.money(price_text, h["Lineitem price"]) or cells.ZERO
        vendor = cells.text(vendor_text, h["Vendor"], 255)
        stored = price if self.store_price is None else self.store_price(price)
        return ItemCells(title, sku, quantity, stored, price, vendor)


def _stored(value: object, process) -> object:
    return value if value is None or process is None else process(value)


def _as_text(moment: datetime) -> str:
    text = str(moment)
    return text if moment.microsecond else text + ".000000"


def _utc_formatter(dialect: Dialect):
    """A naive UTC datetime -> the value the created_at column stores.

    The column type's own processor formats through a dict and a format string; str() gives
    the same text faster. The shortcut is taken only if it matches the processor here.
    """
    process = ORDERS.c.created_at.type.impl_instance.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return lambda moment: moment
    samples = (datetime(2025, 3, 5, 12, 22, 11), datetime(1999, 12, 31, 23, 59, 59, 120))
    return _as_text if all(_as_text(s) == process(s) for s in samples) else process


def _currency(value: str, column: str) -> str | None:
    currency = cells.text(value, column, 3)
    if currency is not None and (len(currency) != 3 or not currency.isascii()
                                 or not currency.isalpha()):
        raise CellError(column, f"{cells.shown(currency)} is not a currency code")
    return currency.upper() if currency else None


def _status(value: str, column: str) -> str | None:
    status = cells.text(value, column, 40)
    return status.lower() if status else None
