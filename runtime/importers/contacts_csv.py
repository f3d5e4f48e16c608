"""Any contact list (newsletter tools, spreadsheets) read through a column mapping."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from runtime.errors import UserError
from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, fit, read_table
from runtime.importers.records import ContactRecord, Section

WHAT = "contacts"
# Our field names; by default each is read from the column of the same name.
TEXT_FIELDS = {"first_name": 200, "last_name": 200, "phone": 64, "locale": 35}
KNOWN_FIELDS = ("email", *TEXT_FIELDS, "accepts_email_marketing", "accepts_sms_marketing",
                "tags", "created_at")
# A custom field with this name holds a birthday; it is stored as an ISO date like Shopify's.
BIRTHDAY_FIELD = "birth_date"


@dataclass
class ContactsPlan:
    """Which column feeds which field: known fields, then custom fields by name."""

    table: CsvTable
    known: dict[str, int]
    custom: dict[str, int]


def parse_mapping(option: str) -> dict[str, str]:
    """The --contacts-mapping option: 'email=E-mail,first_name=Vorname', JSON, or a JSON file."""
    text = option.strip()
    if not text.startswith("{") and Path(text).is_file():
        try:
            text = Path(text).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read the contacts mapping file {option}: {exc}") from exc
    if text.lstrip().startswith("{"):
        try:
            mapping = json.loads(text)
        except ValueError as exc:
            raise UserError(f"the contacts mapping is not valid JSON: {exc}") from exc
        return check_mapping(mapping)
    mapping = {}
    for pair in text.split(","):
        if not pair.strip():
            continue
        field_name, sep, header = pair.partition("=")
        if not sep or not field_name.strip() or not header.strip():
            raise UserError(f"the contacts mapping entry '{pair.strip()}' is not FIELD=COLUMN "
                            f"(e.g. email=E-mail,first_name=Vorname)")
        mapping[field_name.strip()] = header.strip()
    return check_mapping(mapping)


def check_mapping(mapping: object) -> dict[str, str]:
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in mapping.items()
    ):
        raise UserError("the contacts mapping must map field names to column names, "
                        "e.g. {\"email\": \"E-mail\", \"first_name\": \"Vorname\"}")
    return {k.strip(): v.strip() for k, v in mapping.items()}


def open_contacts(path: Path | str, mapping: dict[str, str] | None) -> ContactsPlan:
    """The decoded file and its column plan; UserError when a mapped column is missing."""
    mapping = check_mapping(mapping or {})
    table = read_table(path, WHAT)
    missing = [f"{header!r} for {name}" for name, header in mapping.items()
               if not table.has(header)]
    hint = ""
    if "email" not in mapping and not table.has("email"):
        missing.insert(0, "'email' for email")
        hint = _email_hint(mapping, table)
    if missing:
        which = " for this mapping" if mapping else ""
        raise UserError(f"{table.path} is not a contacts file{which}: missing column "
                        f"{', '.join(missing)}; found {table.found_headers()}{hint}")
    known: dict[str, int] = {}
    custom: dict[str, int] = {}
    for name, header in mapping.items():
        position = table.column(header)
        assert position is not None
        (known if name in KNOWN_FIELDS else custom)[name] = position
    for name in KNOWN_FIELDS:
        position = table.column(name)
        if name not in known and position is not None and position not in known.values():
            known[name] = position
    used = set(known.values()) | set(custom.values())
    for position, header in enumerate(table.header):
        if header and position not in used and header not in custom:
            custom[header] = position
    return ContactsPlan(table, known, custom)


def _email_hint(mapping: dict[str, str], table: CsvTable) -> str:
    """What to do when no column gives the email: the mapping's likely typo, else the option."""
    typo = difflib.get_close_matches("email", mapping, n=1, cutoff=0.6)
    if typo and table.has(mapping[typo[0]]):
        return (f". The mapping names a field '{typo[0]}': did you mean "
                f"email={mapping[typo[0]]}?")
    return ". Name the column that holds the email with --contacts-mapping email=COLUMN"


def parse_contacts(plan: ContactsPlan, section: Section, zone: tzinfo) -> list[ContactRecord]:
    """One record per valid row; bad rows go to `section.rejected` with line and reason."""
    header = plan.table.header
    width = len(header)
    records: list[ContactRecord] = []
    for line, row in plan.table.rows():
        row = fit(row, width)
        try:
            records.append(_record(row, line, plan, header, zone))
        except CellError as exc:
            section.rejected.append({"line": line, "reason": exc.reason})
    return records


def _record(row, line, plan: ContactsPlan, header: list[str], zone: tzinfo) -> ContactRecord:
    def cell(name: str) -> tuple[str, str]:
        position = plan.known.get(name)
        return ("", name) if position is None else (row[position], header[position])

    record = ContactRecord(email=cells.email(*cell("email"), required=True) or "", line=line)
    for name, limit in TEXT_FIELDS.items():
        setattr(record, name, cells.text(*cell(name), limit))
    record.accepts_email = cells.boolean(*cell("accepts_email_marketing"))
    record.accepts_sms = cells.boolean(*cell("accepts_sms_marketing"))
    record.tags = cells.tag_list(*cell("tags"))
    record.created_at = cells.moment(*cell("created_at"), zone)
    for name, position in plan.custom.items():
        if name == BIRTHDAY_FIELD:
            value = cells.day(row[position], header[position])
        else:
            value = cells.text(row[position], header[position], 10_000)
        if value is not None:
            record.fields[name] = value
    return record
