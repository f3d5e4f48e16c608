"""Reading export files: strict UTF-8 decoding, header checks, physical line numbers, and
picking the few cells an import reads out of wide rows."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from runtime.errors import UserError

# Shopify notes can be long; the csv module's 128 KiB default would abort a whole file on one note.
FIELD_SIZE_LIMIT = 16 * 1024 * 1024
# How many of the file's headers an error message lists before "...".
SHOWN_HEADERS = 12
# How much of a file is checked for binary data and UTF-8 before any row is read.
HEAD_BYTES = 1 << 20


@dataclass
class CsvTable:
    """A CSV file whose header has been read; rows are read from the file on demand."""

    path: Path
    header: list[str]
    what: str = "CSV"
    # Physical lines the header record took (a quoted header cell may hold a line break).
    header_lines: int = 1
    # Lower-cased header -> position; the first of duplicate headers wins.
    positions: dict[str, int] = field(default_factory=dict, repr=False)
    # The file's size and modification time when its header was read (see unchanged()).
    stamp: tuple[int, int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for position, name in enumerate(self.header):
            self.positions.setdefault(name.lower(), position)

    def unchanged(self) -> bool:
        """Whether the file is still as it was when its header was read (a caller that reads it
        twice relies on both reads seeing the same rows)."""
        try:
            return self.stamp is None or _stamp(self.path) == self.stamp
        except OSError:
            return False

    def column(self, name: str) -> int | None:
        return self.positions.get(name.lower())

    def has(self, name: str) -> bool:
        return name.lower() in self.positions

    def found_headers(self) -> str:
        shown = [h for h in self.header if h][:SHOWN_HEADERS]
        more = ", ..." if len(self.header) > SHOWN_HEADERS else ""
        return ", ".join(shown) + more if shown else "no column names"

    def rows(self, raw: bool = False, wanted: tuple[int, ...] | None = None
             ) -> Iterator[tuple[int, list[str] | tuple[str, ...] | str]]:
        """(line where the record starts, cells) for every non-blank record after the header.

        The line is the physical line in the file (header = 1), so a note with embedded line
        breaks does not shift the numbers the shop owner sees for later rows. A line without
        a quote is split on commas, which is what csv.reader does with it, only faster.
        With `wanted` (columns, at most the header's width), a record comes as the tuple of
        those cells only (see pick). With `raw`, a line without a quote comes
        unsplit instead, as its text with its line break, for a caller that can often use
        the text as it is (see shopify_orders); skipping blank ones is then the caller's job.
        """
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as fh:
                yield from _records(self, fh, raw, wanted)
        except UnicodeDecodeError:
            raise _not_utf8(self.path, self.path.read_bytes()) from None
        except OSError as exc:
            raise UserError(f"cannot read the {self.what} file {self.path}: "
                            f"{exc.strerror or exc}") from exc


class _Lines:
    """The lines csv.reader parses: the one the caller hands over, then (for a record whose
    quoted cell holds a line break) the following lines of the file."""

    __slots__ = ("file", "next_line", "table")

    def __init__(self, file: Iterator[str], table: CsvTable) -> None:
        self.file, self.table, self.next_line = file, table, ""

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.next_line
        if line:
            self.next_line = ""
            return line
        line = next(self.file)
        if "\x00" in line:
            raise _binary(self.table.path, self.table.what)
        return line


def _records(table: CsvTable, fh: Iterator[str], raw: bool, wanted: tuple[int, ...] | None
             ) -> Iterator[tuple[int, list[str] | tuple[str, ...] | str]]:
    for _ in range(table.header_lines):
        next(fh, None)
    lines = _Lines(fh, table)
    reader = csv.reader(lines)
    width = len(table.header)
    end = table.header_lines
    for line in fh:
        start = end + 1
        if unquoted(line):
            end = start
            if raw:
                yield start, line
                continue
            if wanted is not None:
                picked = pick(line, wanted, width)
                if picked is not None:
                    yield start, picked
                continue
            row = line.rstrip("\r\n").split(",")
        else:
            # The plain version leaves every quoted line to csv.reader; the C version answers
            # False for a quote that only csv.reader reads right, and for a NUL.
            if wanted is not None and pick is not pick_unquoted:
                picked = pick(line, wanted, width)
                if picked is not False:
                    end = start
                    if picked is not None:
                        yield start, picked
                    continue
            if "\x00" in line:
                raise _binary(table.path, table.what)
            lines.next_line = line
            before = reader.line_num
            try:
                row = next(reader)
            except csv.Error as exc:
                raise UserError(f"{table.path}: line {start} cannot be read: {exc}") from exc
            end += reader.line_num - before
            if wanted is not None and any(row):
                yield start, picked_from_cells(row, wanted, width)
                continue
        if any(row):
            yield start, row


def _binary(path: Path, what: str) -> UserError:
    # A NUL byte never occurs in a CSV text export; it means a spreadsheet or other binary file.
    return UserError(f"{path} is not a CSV text file (it contains binary data): "
                     f"expected {_a(what)} {what} CSV file")


def _not_utf8(path: Path, data: bytes) -> UserError:
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return UserError(f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}): "
                         f"save it again as 'CSV UTF-8' and retry")
    return UserError(f"{path} changed while it was read: try again")


def read_table(path: Path | str, what: str) -> CsvTable:
    """Check `path` and read its header; any unusable file is a UserError naming it.

    The first MiB is checked for binary data and UTF-8 here; the rest as the rows are read,
    which is still before anything is written.
    """
    path = Path(path)
    try:
        stamp = _stamp(path)
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            complete = not fh.read(1)
        if not head.removeprefix(codecs.BOM_UTF8).strip():
            blank = path.read_bytes() if not complete else head
            if not blank.removeprefix(codecs.BOM_UTF8).strip():
                raise UserError(f"{path} is empty: expected {_a(what)} {what} CSV file with a "
                                f"header line")
    except FileNotFoundError as exc:
        raise UserError(f"{what} file {path} does not exist") from exc
    except OSError as exc:
        raise UserError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from exc
    if b"\x00" in head:
        raise _binary(path, what)
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=complete)
    except UnicodeDecodeError:
        raise _not_utf8(path, head) from None
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    try:
        with path.open(encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            header = next(reader, [])
            header_lines = reader.line_num
    except csv.Error as exc:
        raise UserError(f"{path}: the header line cannot be read: {exc}") from exc
    except UnicodeDecodeError:
        raise _not_utf8(path, path.read_bytes()) from None
    if len(header) == 1:
        _refuse_other_separator(path, header[0])
    return CsvTable(path, [cell.strip() for cell in header], what, max(header_lines, 1),
                    stamp=stamp)


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _refuse_other_separator(path: Path, header: str) -> None:
    """A one-column header that holds ';' or tabs: the file was saved with another separator
    (Excel does so where the decimal mark is a comma, as in Ukraine or Bulgaria)."""
    for separator, name in ((";", "semicolons (;)"), ("\t", "tabs")):
        if separator in header:
            raise UserError(f"{path}: the columns are separated by {name}, not commas; save it "
                            f"again as 'CSV UTF-8 (comma delimited)' and import that file")


def _a(what: str) -> str:
    return "an" if what[:1].lower() in "aeiou" else "a"


def require_columns(table: CsvTable, what: str, groups: Iterable[tuple[str, ...]]) -> None:
    """Refuse a file that lacks a column: each group lists accepted names for one column."""
    groups = list(groups)
    missing = [group for group in groups if not any(table.has(name) for name in group)]
    if not missing:
        return
    if len(missing) == len(groups):
        raise UserError(f"{table.path} is not {_a(what)} {what} file: none of the expected "
                        f"columns ({_names(groups)}) were found; found {table.found_headers()}")
    raise UserError(
        f"{table.path} is not {_a(what)} {what} file: missing column"
        f"{'s' if len(missing) > 1 else ''} {_names(missing)}; found {table.found_headers()}"
    )


def _names(groups: list[tuple[str, ...]]) -> str:
    # Alternatives for one column in brackets, so that "or" never reads across columns.
    return ", ".join(f'"{group[0]}"' + "".join(f' (or "{name}")' for name in group[1:])
                     for group in groups)


def fit(row: list[str], width: int) -> list[str]:
    """The row padded or cut to the header's width (short rows come from hand-edited files)."""
    if len(row) < width:
        return row + [""] * (width - len(row))
    return row[:width]


# A store export is wide (Shopify's order export has 79 columns) and an import reads a
# fraction of its cells. The C version (_csv_cells.c, built when a compiler is at hand) makes
# strings of the wanted cells only, and also reads lines with quoted cells; without it, lines
# without a quote are split on commas here and the rest go to csv.reader.

Picker = Callable[[str, tuple[int, ...], int], "tuple[str, ...] | None | bool"]


def pick_unquoted(line: str, wanted: tuple[int, ...],
                  width: int) -> tuple[str, ...] | None | bool:
    """The cells at the `wanted` columns of the one-line record `line` (with its line break).

    `width` is the header's; wanted columns are at most that. A column at `width` (where
    columns the file lacks point), or past the end of a short row, reads as "", and cells
    past the header's width are never read (as fit cuts rows). None means every
    cell is empty (a blank record); False that the line holds a quote, so csv.reader must
    read it. The C version reads most quoted lines too, and answers False for the rest.
    """
    if '"' in line:
        return False
    row = line.rstrip("\r\n").split(",")
    if not any(row):
        return None
    # picked_from_cells, inline (a call less): this runs for most lines of a large file.
    if len(row) != width:
        row = fit(row, width)
    row.append("")
    known = _getters.get(id(wanted))
    return (_getter(wanted) if known is None else known[1])(row)


def picked_from_cells(row: list[str], wanted: tuple[int, ...], width: int) -> tuple[str, ...]:
    """The same tuple as pick gives, from the cells of a record (`row` may be changed)."""
    if len(row) != width:
        row = fit(row, width)
    # The empty cell past the header's width that columns the file lacks read.
    row.append("")
    return _getter(wanted)(row)


# wanted tuple's id -> (the tuple, its getter): a tuple hashes all its items on every lookup,
# its id does not, and keeping the tuple keeps its id from being reused.
_getters: dict[int, tuple[tuple[int, ...], Callable[[list[str]], tuple[str, ...]]]] = {}


def _getter(wanted: tuple[int, ...]) -> Callable[[list[str]], tuple[str, ...]]:
    known = _getters.get(id(wanted))
    if known is not None:
        return known[1]
    if len(_getters) >= 64:  # one tuple per import: a long-running studio keeps only the last
        _getters.clear()
    # itemgetter of one index returns the cell itself, not a tuple of one.
    getter = (itemgetter(*wanted) if len(wanted) > 1
              else lambda row: tuple(row[column] for column in wanted))
    _getters[id(wanted)] = (wanted, getter)
    return getter


def _unquoted(line: str) -> bool:
    """True if the line holds neither a quote nor a NUL: its cells are split on commas."""
    return '"' not in line and "\x00" not in line


try:
    from runtime.importers._csv_cells import pick as _fast_pick
    from runtime.importers._csv_cells import unquoted as _fast_unquoted
except ImportError:  # no compiler when the package was installed: the plain version
    _fast_pick = _fast_unquoted = None

pick: Picker = _fast_pick or pick_unquoted
# The C version looks at a line once, many characters at a time.
unquoted: Callable[[str], bool] = _fast_unquoted or _unquoted
