"""Reading export files: strict UTF-8 decoding, header checks and physical line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from runtime.errors import UserError

# Shopify notes can be long; the csv module's 128 KiB default would abort a whole file on one note.
FIELD_SIZE_LIMIT = 16 * 1024 * 1024
# How many of the file's headers an error message lists before "...".
SHOWN_HEADERS = 12


@dataclass
class CsvTable:
    """A decoded CSV file whose header has been read; rows are parsed on demand."""

    path: Path
    header: list[str]
    text: str = field(repr=False)
    # Lower-cased header -> position; the first of duplicate headers wins.
    positions: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for position, name in enumerate(self.header):
            self.positions.setdefault(name.lower(), position)

    def column(self, name: str) -> int | None:
        return self.positions.get(name.lower())

    def has(self, name: str) -> bool:
        return name.lower() in self.positions

    def found_headers(self) -> str:
        shown = [h for h in self.header if h][:SHOWN_HEADERS]
        more = ", ..." if len(self.header) > SHOWN_HEADERS else ""
        return ", ".join(shown) + more if shown else "no column names"

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line where the record starts, cells) for every non-blank record after the header.

        The line is the physical line in the file (header = 1), so a note with embedded line
        breaks does not shift the numbers the shop owner sees for later rows.
        """
        reader = csv.reader(io.StringIO(self.text, newline=""))
        try:
            next(reader)
        except StopIteration:
            return
        previous_end = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                where = f"{self.path}: line {previous_end + 1}"
                raise UserError(f"{where} cannot be read: {exc}") from exc
            start, previous_end = previous_end + 1, reader.line_num
            if any(row):
                yield start, row


def read_table(path: Path | str, what: str) -> CsvTable:
    """Decode `path` and read its header; any unusable file is a UserError naming it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"{what} file {path} does not exist") from exc
    except OSError as exc:
        raise UserError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UserError(f"{path} is empty: expected a {what} CSV file with a header line")
    # A NUL byte never occurs in a CSV text export; it means a spreadsheet or other binary file.
    if b"\x00" in data:
        raise UserError(f"{path} is not a CSV text file (it contains binary data): "
                        f"expected a {what} CSV file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}): "
            f"save it again as 'CSV UTF-8' and retry"
        ) from exc
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise UserError(f"{path}: the header line cannot be read: {exc}") from exc
    return CsvTable(path, [cell.strip() for cell in header], text)


def require_columns(table: CsvTable, what: str, groups: Iterable[tuple[str, ...]]) -> None:
    """Refuse a file that lacks a column: each group lists accepted names for one column."""
    groups = list(groups)
    missing = [group for group in groups if not any(table.has(name) for name in group)]
    if not missing:
        return
    expected = ", ".join(" or ".join(f'"{name}"' for name in group) for group in groups)
    absent = ", ".join(" or ".join(f'"{name}"' for name in group) for group in missing)
    raise UserError(
        f"{table.path} is not a {what}: missing column {absent}. "
        f"Expected columns {expected}; found {table.found_headers()}"
    )


def fit(row: list[str], width: int) -> list[str]:
    """The row padded or cut to the header's width (short rows come from hand-edited files)."""
    if len(row) < width:
        return row + [""] * (width - len(row))
    return row[:width]
