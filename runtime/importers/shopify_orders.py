"""Shopify's order export (one row per line item) grouped into order records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError, Memo
from runtime.importers.csv_reading import CsvTable, read_table, require_columns
from runtime.importers.records import LineItemRecord, OrderRecord, Section

WHAT = "Shopify order export"
REQUIRED = tuple((name,) for name in (
    "Name", "Email", "Financial Status", "Created at", "Total",
    "Lineitem quantity", "Lineitem name", "Lineitem price",
))
OPTIONAL = (
    "Id", "Fulfillment Status", "Accepts Marketing", "Currency", "Subtotal", "Discount Code",
    "Lineitem sku", "Cancelled at", "Refunded Amount", "Vendor",
)


def open_orders(path: Path | str) -> CsvTable:
    """The decoded file, refused (UserError) unless it has an order export's columns."""
    table = read_table(path, WHAT)
    require_columns(table, WHAT, REQUIRED)
    return table


@dataclass
class _Group:
    """The rows of one order while the file is read."""

    name: str
    id_cell: str
    record: OrderRecord | None
    lines: list[int] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)


class _Columns:
    """Column positions and one memoising parser per column the import reads.

    A column the file lacks points at an always-empty extra cell appended to every row.
    """

    def __init__(self, table: CsvTable, zone: tzinfo) -> None:
        self.width = len(table.header)
        h: dict[str, str] = {}
        for name in (*(group[0] for group in REQUIRED), *OPTIONAL):
            position = table.column(name)
            setattr(self, _attribute(name), self.width if position is None else position)
            h[name] = name if position is None else table.header[position]
        self.headers = h
        self.email = Memo(lambda v: cells.email(v, h["Email"], required=False))
        self.currency = Memo(lambda v: _currency(v, h["Currency"]))
        self.subtotal = Memo(lambda v: cells.money(v, h["Subtotal"]))
        self.total = Memo(lambda v: cells.money(v, h["Total"], required=True))
        self.refunded = Memo(lambda v: cells.money(v, h["Refunded Amount"]) or cells.ZERO)
        self.discount_code = Memo(lambda v: cells.text(v, h["Discount Code"], 255))
        self.financial = Memo(lambda v: _status(v, h["Financial Status"]))
        self.fulfillment = Memo(lambda v: _status(v, h["Fulfillment Status"]))
        self.cancelled_at = Memo(lambda v: cells.moment(v, h["Cancelled at"], zone))
        self.accepts = Memo(lambda v: cells.boolean(v, h["Accepts Marketing"]))
        self.sku = Memo(lambda v: cells.shopify_text(v, h["Lineitem sku"], 255))
        self.title = Memo(lambda v: cells.text(v, h["Lineitem name"], 500))
        self.quantity = Memo(lambda v: cells.whole_number(v, h["Lineitem quantity"], default=1))
        self.price = Memo(lambda v: cells.money(v, h["Lineitem price"]) or cells.ZERO)
        self.vendor = Memo(lambda v: cells.text(v, h["Vendor"], 255))


def _attribute(name: str) -> str:
    return "at_" + name.lower().replace(" ", "_")


def _currency(value: str, column: str) -> str | None:
    currency = cells.text(value, column, 3)
    if currency is not None and (len(currency) != 3 or not currency.isascii()
                                 or not currency.isalpha()):
        raise CellError(column, f"{cells.shown(currency)} is not a currency code")
    return currency.upper() if currency else None


def _status(value: str, column: str) -> str | None:
    status = cells.text(value, column, 40)
    return status.lower() if status else None


def parse_orders(table: CsvTable, section: Section, zone: tzinfo) -> list[OrderRecord]:
    """Valid orders in file order; every row of a refused order is listed in `section`."""
    c = _Columns(table, zone)
    width = c.width
    groups: list[_Group] = []
    current: dict[str, _Group] = {}
    by_key: dict[str, _Group] = {}
    for line, row in table.rows():
        if len(row) != width:
            row = (row + [""] * width)[:width]
        row.append("")
        name = row[c.at_name].strip()
        if not name:
            section.rejected.append({
                "line": line, "order": None,
                "reason": f"{c.headers['Name']}: missing (every row needs the order name)"})
            continue
        id_cell = row[c.at_id].strip().lstrip("'")
        group = current.get(name)
        if group is None or (id_cell and id_cell != group.id_cell):
            group = _Group(name, id_cell, None)
            groups.append(group)
            current[name] = group
            try:
                group.record = _order(row, line, name, id_cell, c, zone)
            except CellError as exc:
                _refuse(section, group, line, exc.reason)
                continue
            other = by_key.get(group.record.key)
            if other is not None:
                _refuse(section, group, line, f"{c.headers['Id' if id_cell else 'Name']}: "
                        f"order {group.record.key} appears twice (first at line {other.lines[0]})")
                continue
            by_key[group.record.key] = group
        group.lines.append(line)
        if group.bad_lines or group.record is None:
            continue
        try:
            group.record.items.append(_item(row, c))
        except CellError as exc:
            _refuse(section, group, line, exc.reason)

    records = []
    for group in groups:
        if not group.bad_lines and group.record is not None:
            records.append(group.record)
            continue
        first_bad = group.bad_lines[0]
        for line in group.lines:
            if line not in group.bad_lines:
                section.rejected.append({
                    "line": line, "order": group.name,
                    "reason": f"part of order {group.name}, skipped because of line {first_bad}",
                })
    return records


def _refuse(section: Section, group: _Group, line: int, reason: str) -> None:
    if line not in group.lines:
        group.lines.append(line)
    group.bad_lines.append(line)
    section.rejected.append({"line": line, "order": group.name,
                             "reason": f"{reason}; order {group.name} was skipped"})


def _order(row: list[str], line: int, name: str, id_cell: str, c: _Columns,
           zone: tzinfo) -> OrderRecord:
    key = id_cell or name
    if len(key) > 100 or len(name) > 100:
        raise CellError(c.headers["Id"] if id_cell else c.headers["Name"],
                        "longer than 100 characters")
    return OrderRecord(
        key=key,
        name=name,
        email=c.email(row[c.at_email]),
        created_at=cells.moment(row[c.at_created_at], c.headers["Created at"], zone,
                                required=True),
        currency=c.currency(row[c.at_currency]),
        subtotal=c.subtotal(row[c.at_subtotal]),
        total=c.total(row[c.at_total]),
        refunded=c.refunded(row[c.at_refunded_amount]),
        discount_code=c.discount_code(row[c.at_discount_code]),
        financial_status=c.financial(row[c.at_financial_status]),
        fulfillment_status=c.fulfillment(row[c.at_fulfillment_status]),
        cancelled_at=c.cancelled_at(row[c.at_cancelled_at]),
        accepts_marketing=c.accepts(row[c.at_accepts_marketing]),
        line=line,
    )


def _item(row: list[str], c: _Columns) -> LineItemRecord:
    sku = c.sku(row[c.at_lineitem_sku])
    title = c.title(row[c.at_lineitem_name]) or sku
    if title is None:
        raise CellError(c.headers["Lineitem name"],
                        "missing (the line item needs a name or a sku)")
    return LineItemRecord(
        title=title,
        sku=sku,
        quantity=c.quantity(row[c.at_lineitem_quantity]),
        price=c.price(row[c.at_lineitem_price]),
        vendor=c.vendor(row[c.at_vendor]),
    )
