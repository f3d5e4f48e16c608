"""Shopify's customer export (current and older headers) parsed into contact records."""

from __future__ import annotations

import re
from datetime import tzinfo
from pathlib import Path

from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, fit, read_table, require_columns
from runtime.importers.records import ContactRecord, Section

WHAT = "Shopify customer export"
# Each group names one column; later names are the headers of older exports.
REQUIRED = (
    ("First Name",),
    ("Last Name",),
    ("Email",),
    ("Accepts Email Marketing", "Accepts Marketing"),
)
# Metafield columns: "Birth date (customer.metafields.facts.birth_date)".
METAFIELD = re.compile(r"\(customer\.metafields\.([^.()\s]+)\.([^()\s]+)\)\s*$", re.IGNORECASE)
# Shopify's standard birthday metafield; stored as an ISO date so flows can match on it.
BIRTHDAY = ("facts", "birth_date")
# Default-address columns (current and older names) kept as custom fields, so that flows and
# segments can use a city or country; Zip keeps its leading zeros.
ADDRESS_FIELDS = {
    "company": ("Default Address Company", "Company"),
    "city": ("Default Address City", "City"),
    "province_code": ("Default Address Province Code", "Province Code"),
    "country_code": ("Default Address Country Code", "Country Code"),
    "zip": ("Default Address Zip", "Zip"),
}


def open_customers(path: Path | str) -> CsvTable:
    """The decoded file, refused (UserError) unless it has a customer export's columns."""
    table = read_table(path, WHAT)
    require_columns(table, WHAT, REQUIRED)
    return table


def _first(table: CsvTable, *names: str) -> tuple[int | None, str]:
    """Position and header of the first of `names` the file has (None when it has none)."""
    for name in names:
        position = table.column(name)
        if position is not None:
            return position, table.header[position]
    return None, names[0]


def parse_customers(table: CsvTable, section: Section, zone: tzinfo) -> list[ContactRecord]:
    """One record per valid row; bad rows are added to `section.rejected` with line and reason."""
    width = len(table.header)
    columns = {
        "external_id": _first(table, "Customer ID", "ID"),
        "first_name": _first(table, "First Name"),
        "last_name": _first(table, "Last Name"),
        "email": _first(table, "Email"),
        "accepts_email": _first(table, "Accepts Email Marketing", "Accepts Marketing"),
        "accepts_sms": _first(table, "Accepts SMS Marketing"),
        "phone": _first(table, "Phone"),
        "address_phone": _first(table, "Default Address Phone"),
        "tags": _first(table, "Tags"),
        "locale": _first(table, "Language", "Locale"),
        "created_at": _first(table, "Created At", "Customer Created At"),
    }
    columns.update({name: _first(table, *names) for name, names in ADDRESS_FIELDS.items()})
    columns["note"] = _first(table, "Note")
    metafields = []
    for position, header in enumerate(table.header):
        match = METAFIELD.search(header)
        if match:
            metafields.append((position, header, match.group(1), match.group(2)))

    records: list[ContactRecord] = []
    for line, row in table.rows():
        row = fit(row, width)
        try:
            records.append(_record(row, line, columns, metafields, zone))
        except CellError as exc:
            section.rejected.append({"line": line, "reason": exc.reason})
    return records


def _record(row, line, columns, metafields, zone) -> ContactRecord:
    def cell(name: str) -> tuple[str, str]:
        position, header = columns[name]
        return (row[position] if position is not None else ""), header

    record = ContactRecord(email=cells.email(*cell("email"), required=True) or "", line=line)
    record.external_id = cells.shopify_text(*cell("external_id"), 64)
    record.first_name = cells.text(*cell("first_name"), 200)
    record.last_name = cells.text(*cell("last_name"), 200)
    record.phone = cells.shopify_text(*cell("phone"), 64) or cells.shopify_text(
        *cell("address_phone"), 64)
    record.locale = cells.text(*cell("locale"), 35)
    record.accepts_email = cells.boolean(*cell("accepts_email"))
    record.accepts_sms = cells.boolean(*cell("accepts_sms"))
    value, header = cell("tags")
    record.tags = cells.tag_list(value, header)
    value, header = cell("created_at")
    record.created_at = cells.moment(value, header, zone)
    for name in ADDRESS_FIELDS:
        address = cells.shopify_text(*cell(name), 255)
        if address is not None:
            record.fields[name] = address
    note = cells.text(*cell("note"), 10_000)
    if note is not None:
        record.fields["note"] = note
    for position, header, namespace, key in metafields:
        value = row[position]
        if (namespace.lower(), key.lower()) == BIRTHDAY:
            parsed = cells.day(value, header)
        else:
            parsed = cells.text(value, header, 10_000)
        if parsed is not None:
            record.fields[key] = parsed
    return record
