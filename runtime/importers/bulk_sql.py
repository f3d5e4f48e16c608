"""Bulk writes and raw reads for large imports, converting values a column at a time."""

# SQLAlchemy's generic executemany builds and processes a parameter dict per row, which costs
# more than parsing the CSV itself. Here each column's own bind processor (Money, UTCDateTime,
# JSON, Boolean) runs over a whole column, the driver receives ready tuples, and stored rows are
# read unprocessed so that "did this order change?" compares like with like.

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy import Connection, Table, column, insert, select, table

_MEMO_LIMIT = 100_000


class RawColumns:
    """Turns Python values into the values the database driver stores, for fixed columns."""

    def __init__(self, conn: Connection, source: Table, names: Sequence[str]) -> None:
        self.names = list(names)
        dialect = conn.dialect
        # dialect_impl: the SQLite DATETIME formatting lives in the dialect-specific type.
        self.processors = [source.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                           for name in names]

    def convert(self, rows: list[tuple]) -> list[tuple]:
        if not rows:
            return []
        columns: list[Sequence[object]] = list(zip(*rows, strict=True))
        for position, process in enumerate(self.processors):
            if process is not None:
                columns[position] = _convert_column(columns[position], process)
        return list(zip(*columns, strict=True))


def _convert_column(values: Sequence[object], process) -> list[object]:
    # Amounts and flags repeat a lot (500.00, True); converting each distinct value once pays.
    memo: dict[object, object] = {}
    try:
        out = []
        for value in values:
            if value in memo:
                out.append(memo[value])
            else:
                converted = None if value is None else process(value)
                if len(memo) < _MEMO_LIMIT:
                    memo[value] = converted
                out.append(converted)
        return out
    except TypeError:
        # Unhashable values (JSON dicts) are converted one by one.
        return [None if value is None else process(value) for value in values]


def insert_raw(conn: Connection, target: Table, names: Sequence[str], rows: list[tuple]) -> None:
    """INSERT rows of already converted values (see RawColumns) with one executemany."""
    if not rows:
        return
    names = list(names)
    compiled = insert(target).inline().compile(dialect=conn.dialect, column_keys=names)
    bound = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)
    if sorted(bound) != sorted(names):
        raise ValueError(f"insert into {target.name} needs values for {sorted(bound)}")
    if compiled.positional:
        order = [names.index(name) for name in bound]
        if order != list(range(len(names))):
            pick = itemgetter(*order)
            rows = [pick(row) for row in rows]
        conn.exec_driver_sql(compiled.string, rows)
    else:
        conn.exec_driver_sql(compiled.string, [dict(zip(names, row, strict=True)) for row in rows])


def select_raw(conn: Connection, source: Table, names: Sequence[str],
               order_by: str | None = None) -> list[tuple]:
    """Stored rows as the driver returns them (no result processing), to compare with
    values converted by RawColumns."""
    extra = [order_by] if order_by is not None and order_by not in names else []
    plain = table(source.name, *(column(name) for name in (*names, *extra)))
    query = select(*(plain.c[name] for name in names))
    if order_by is not None:
        query = query.order_by(plain.c[order_by])
    return [tuple(row) for row in conn.execute(query)]
