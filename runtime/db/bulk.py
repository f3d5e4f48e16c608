"""Batched writes that skip SQLAlchemy's per-row parameter handling on hot paths.

SQLAlchemy's executemany builds and processes one parameter dict per row, which costs several
times the SQLite work itself. A BulkStatement compiles once per dialect, converts each value
with the column type's own bind processor (Money, UTCDateTime, JSON stay exactly as the ORM
writes them), and hands the driver plain tuples.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Connection


class BulkStatement:
    """An INSERT of `columns`, or an UPDATE of `columns` by primary key `where`."""

    def __init__(self, table: Table, columns: Sequence[str], where: str | None = None,
                 or_ignore: bool = False) -> None:
        self.table, self.columns, self.where = table, list(columns), where
        self.or_ignore = or_ignore
        self._compiled: dict[str, tuple[str, list[str], list]] = {}

    def _prepare(self, conn: Connection) -> tuple[str, list[str], list]:
        dialect = conn.dialect
        if dialect.name not in self._compiled:
            t = self.table
            if self.where is None:
                stmt = insert(t).values({c: bindparam(c) for c in self.columns})
                if self.or_ignore:
                    stmt = stmt.prefix_with("OR IGNORE", dialect="sqlite")
            else:
                stmt = (update(t).where(t.c[self.where] == bindparam("w_" + self.where))
                        .values({c: bindparam("v_" + c) for c in self.columns}))
            compiled = stmt.compile(dialect=dialect)
            names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
            processors = []
            for name in names:
                column = name[2:] if self.where is not None else name
                type_ = t.c[column].type.dialect_impl(dialect)
                processors.append(type_.bind_processor(dialect))
            self._compiled[dialect.name] = (compiled.string, names, processors)
        return self._compiled[dialect.name]

    def execute(self, conn: Connection, rows: Sequence[dict]) -> None:
        """Run for every row; a row is a dict of column name -> Python value (for an UPDATE,
        the key column too)."""
        if not rows:
            return
        sql, names, processors = self._prepare(conn)
        keys = [n[2:] if self.where is not None else n for n in names]
        plan = list(zip(keys, processors, strict=True))
        converted = [tuple(value if proc is None or value is None else proc(value)
                           for key, proc in plan for value in (row[key],))
                     for row in rows]
        if conn.dialect.paramstyle in ("qmark", "format", "numeric"):
            conn.exec_driver_sql(sql, converted)
        else:
            conn.exec_driver_sql(sql, [dict(zip(names, r, strict=True)) for r in converted])
