"""Shopify's order export (one row per line item) grouped into order records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError
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
    """Column positions; a column the file lacks points at an always-empty extra cell."""

    def __init__(self, table: CsvTable) -> None:
        self.width = len(table.header)
        self.headers: dict[str, str] = {}
        for name in (*(group[0] for group in REQUIRED), *OPTIONAL):
            position = table.column(name)
            setattr(self, _attribute(name), self.width if position is None else position)
            self.headers[name] = name if position is None else table.header[position]


def _attribute(name: str) -> str:
    return "at_" + name.lower().replace(" ", "_")


def parse_orders(table: CsvTable, section: Section, zone: tzinfo) -> list[OrderRecord]:
    """Valid orders in file order; every row of a refused order is listed in `section`."""
    c = _Columns(table)
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
            section.rejected.append({"line": line, "order": None,
                                     "reason": "Name: missing (every row needs the order name)"})
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


def _order(row: list[str], line: int, name: str, id_cell: str, c, zone: tzinfo) -> OrderRecord:
    h = c.headers
    key = id_cell or name
    if len(key) > 100 or len(name) > 100:
        raise CellError(h["Id"] if id_cell else h["Name"], "longer than 100 characters")
    currency = cells.text(row[c.at_currency], h["Currency"], 3)
    if currency is not None:
        if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
            raise CellError(h["Currency"], f"{cells.shown(currency)} is not a currency code")
        currency = currency.upper()
    financial = cells.text(row[c.at_financial_status], h["Financial Status"], 40)
    fulfillment = cells.text(row[c.at_fulfillment_status], h["Fulfillment Status"], 40)
    return OrderRecord(
        key=key,
        name=name,
        email=cells.email(row[c.at_email], h["Email"], required=False),
        created_at=cells.moment(row[c.at_created_at], h["Created at"], zone, required=True),
        currency=currency,
        subtotal=cells.money(row[c.at_subtotal], h["Subtotal"]),
        total=cells.money(row[c.at_total], h["Total"], required=True),
        refunded=cells.money(row[c.at_refunded_amount], h["Refunded Amount"]) or cells.ZERO,
        discount_code=cells.text(row[c.at_discount_code], h["Discount Code"], 255),
        financial_status=financial.lower() if financial else None,
        fulfillment_status=fulfillment.lower() if fulfillment else None,
        cancelled_at=cells.moment(row[c.at_cancelled_at], h["Cancelled at"], zone),
        accepts_marketing=cells.boolean(row[c.at_accepts_marketing], h["Accepts Marketing"]),
        line=line,
    )


def _item(row: list[str], c) -> LineItemRecord:
    h = c.headers
    sku = cells.shopify_text(row[c.at_lineitem_sku], h["Lineitem sku"], 255)
    title = cells.text(row[c.at_lineitem_name], h["Lineitem name"], 500) or sku
    if title is None:
        raise CellError(h["Lineitem name"], "missing (the line item needs a name or a sku)")
    return LineItemRecord(
        title=title,
        sku=sku,
        quantity=cells.whole_number(row[c.at_lineitem_quantity], h["Lineitem quantity"],
                                    default=1),
        price=cells.money(row[c.at_lineitem_price], h["Lineitem price"]) or cells.ZERO,
        vendor=cells.text(row[c.at_vendor], h["Vendor"], 255),
    )
