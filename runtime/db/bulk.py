"""Statements on the engine's hot paths: compiled once, run straight on the database driver.

SQLAlchemy's execute() costs tens of microseconds per call in Python (execution context,
parameter dicts, result wrapping): more than SQLite needs to run a small indexed query. The
engine runs a handful of such statements per event, so these classes compile a Core statement
once per dialect and convert values with the column types' own processors (Money, UTCDateTime
and JSON are stored and read exactly as the ORM does), then use the DBAPI cursor of the same
connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, Table, bindparam, insert, update
from sqlalchemy.engine import Connection


def _cursor(conn: Connection):
    # The DBAPI connection behind `conn`: same connection, same transaction.
    return conn.connection.dbapi_connection.cursor()


def _param_plan(compiled, dialect, type_for) -> tuple[list[str], list]:
    names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    return names, [type_for(name).dialect_impl(dialect).bind_processor(dialect)
                   for name in names]


def _convert(values: Sequence[Any], processors: Sequence) -> tuple:
    return tuple(v if p is None or v is None else p(v) for v, p in zip(values, processors,
                                                                        strict=True))


class FastQuery:
    """A SELECT without IN lists (write `or_(a == x, a == y)`); literal values in the statement
    (a limit, a status) are kept. Rows come back as plain tuples, values converted."""

    def __init__(self, stmt: Select) -> None:
        self.stmt = stmt
        self._prepared: dict[str, tuple] = {}

    def _prepare(self, conn: Connection) -> tuple:
        dialect = conn.dialect
        if dialect.name not in self._prepared:
            compiled = self.stmt.compile(dialect=dialect)
            if any(b.expanding for b in compiled.binds.values()):
                raise ValueError("FastQuery cannot run IN (...) lists; use or_() instead")
            names, binds = _param_plan(compiled, dialect, lambda n: compiled.binds[n].type)
            literals = {n: compiled.binds[n].effective_value for n in names
                        if not compiled.binds[n].required}
            results = [col.type.dialect_impl(dialect).result_processor(dialect, None)
                       for col in self.stmt.selected_columns]
            self._prepared[dialect.name] = (compiled.string, names, binds, results,
                                            compiled.positional, literals)
        return self._prepared[dialect.name]

    def rows(self, conn: Connection, **params: Any) -> list[tuple]:
        sql, names, binds, results, positional, literals = self._prepare(conn)
        values = _convert([params[n] if n in params else literals[n] for n in names], binds)
        cur = _cursor(conn)
        try:
            cur.execute(sql, values if positional else dict(zip(names, values, strict=True)))
            return [_convert(row, results) for row in cur.fetchall()]
        finally:
            cur.close()

    def first(self, conn: Connection, **params: Any) -> tuple | None:
        rows = self.rows(conn, **params)
        return rows[0] if rows else None


class BulkStatement:
    """An INSERT of `columns`, or an UPDATE of `columns` by the key column `where`."""

    def __init__(self, table: Table, columns: Sequence[str], where: str | None = None,
                 or_ignore: bool = False) -> None:
        self.table, self.columns, self.where = table, list(columns), where
        self.or_ignore = or_ignore
        self._prepared: dict[str, tuple] = {}

    def _prepare(self, conn: Connection) -> tuple:
        dialect = conn.dialect
        if dialect.name not in self._prepared:
            t = self.table
            if self.where is None:
                stmt = insert(t).values({c: bindparam(c) for c in self.columns})
                if self.or_ignore:
                    stmt = (stmt.prefix_with("OR IGNORE", dialect="sqlite")
                            if dialect.name == "sqlite" else stmt)
            else:
                stmt = (update(t).where(t.c[self.where] == bindparam("w_" + self.where))
                        .values({c: bindparam("v_" + c) for c in self.columns}))
            compiled = stmt.compile(dialect=dialect)

            def column(name: str) -> str:
                return name[2:] if self.where is not None else name

            names, binds = _param_plan(compiled, dialect, lambda n: t.c[column(n)].type)
            self._prepared[dialect.name] = (compiled.string, names, [column(n) for n in names],
                                            binds, compiled.positional)
        return self._prepared[dialect.name]

    def execute(self, conn: Connection, rows: Sequence[dict]) -> None:
        """Run for every row: a dict of column -> Python value (for an UPDATE, the key too)."""
        if not rows:
            return
        sql, names, keys, binds, positional = self._prepare(conn)
        converted = [_convert([row[k] for k in keys], binds) for row in rows]
        if not positional:
            converted = [dict(zip(names, r, strict=True)) for r in converted]
        cur = _cursor(conn)
        try:
            cur.executemany(sql, converted)
        finally:
            cur.close()

    def insert_one(self, conn: Connection, row: dict) -> int:
        """INSERT one row and return its new primary key."""
        if conn.dialect.name != "sqlite":
            return conn.execute(insert(self.table).values(row)).inserted_primary_key[0]
        sql, _names, keys, binds, _positional = self._prepare(conn)
        cur = _cursor(conn)
        try:
            cur.execute(sql, _convert([row[k] for k in keys], binds))
            return cur.lastrowid
        finally:
            cur.close()
