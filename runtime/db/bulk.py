"""Statements compiled once and run straight on the driver, with the column types' conversions."""

# SQLAlchemy's execute() costs tens of microseconds per call in Python (execution context,
# parameter dicts, result wrapping), and its executemany builds and processes a dict per row:
# more than SQLite needs to run a small indexed query or to store a row. The engine runs a
# handful of small statements per event and an import writes hundreds of thousands of rows, so
# these helpers compile a Core statement once per dialect and convert values with the column
# types' own processors (Money, UTCDateTime, JSON and Boolean are stored and read exactly as the
# ORM does), inside the caller's transaction on the same connection.

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Select,
    Table,
    Text,
    bindparam,
    column,
    func,
    insert,
    literal_column,
    select,
    table,
    update,
)
from sqlalchemy.engine import Connection, Dialect

# Rows per INSERT statement on SQLite. Run once per row, an INSERT costs more in the driver and
# in starting the statement (binding, cursors on the table and each index) than in storing the
# row: 200 rows a statement write an import's orders and line items in about two thirds of the
# time (raw sqlite3, see BENCHMARKS.md). Fewer rows than twice the minimum go one statement per
# row.
_ROWS_PER_INSERT = 200
_MIN_ROWS_PER_INSERT = 10

# Converting each distinct value once pays for amounts and flags that repeat; unique values
# (times) stop the memo from growing without bound.
_MEMO_LIMIT = 100_000


def _cursor(conn: Connection):
    # The DBAPI connection behind `conn`: same connection, same transaction.
    return conn.connection.dbapi_connection.cursor()


def bind_processors(dialect: Dialect, source: Table, names: Sequence[str]) -> list:
    """Each column's Python-to-driver conversion (None where the driver takes the value as is).

    dialect_impl: the SQLite DATETIME formatting lives in the dialect-specific type.
    """
    return [source.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]


def result_processors(dialect: Dialect, source: Table, names: Sequence[str]) -> list:
    """Each column's driver-to-Python conversion (None where the value is used as is)."""
    return [source.c[name].type.dialect_impl(dialect).result_processor(dialect, None)
            for name in names]


def _param_plan(compiled, dialect, type_for) -> tuple[list[str], list]:
    names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    return names, [type_for(name).dialect_impl(dialect).bind_processor(dialect)
                   for name in names]


def _result_processor(type_, dialect):
    process = type_.dialect_impl(dialect).result_processor(dialect, None)
    if process is None or not isinstance(type_, JSON):
        return process

    def empty_first(value):
        # Most stored contexts and fields are empty: no JSON decoding for those.
        if value == "{}":
            return {}
        return process(value)

    return empty_first


def _converter(processors: Sequence, skip_none: bool):
    """A function converting one row of values with `processors`, built once per statement:
    only the positions that have a processor are visited (most hold ids and plain strings)."""
    active = [(i, p) for i, p in enumerate(processors) if p is not None]
    if not active:
        return tuple

    def convert(values: Sequence[Any]) -> tuple:
        out = list(values)
        for i, p in active:
            # Every result processor turns NULL into None, so results skip None; binds do not
            # (JSON stores None as 'null', as SQLAlchemy does).
            if not skip_none or out[i] is not None:
                out[i] = p(out[i])
        return tuple(out)

    return convert


def _convert_column(values: Sequence[object], process) -> list[object]:
    memo: dict[object, object] = {}
    try:
        out = []
        for value in values:
            if value in memo:
                out.append(memo[value])
            else:
                converted = process(value)
                if len(memo) < _MEMO_LIMIT:
                    memo[value] = converted
                out.append(converted)
        return out
    except TypeError:
        # Unhashable values (JSON dicts) are converted one by one.
        return [process(value) for value in values]


def json_ids(name: str):
    """`IN (SELECT value FROM json_each(:name))` for SQLite: a list of ids bound as one JSON
    array (json.dumps(ids)), so that a FastQuery can ask for many rows at once. An IN list
    would be rendered anew for every call, which costs more than the query for 500 ids."""
    return select(literal_column("value")).select_from(
        func.json_each(bindparam(name, type_=Text))).scalar_subquery()


class FastQuery:
    """A SELECT without IN lists (write `or_(a == x, a == y)`, or on SQLite
    `in_(json_ids(name))`); literal values in the statement
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
            results = [_result_processor(col.type, dialect)
                       for col in self.stmt.selected_columns]
            self._prepared[dialect.name] = (compiled.string, names, _converter(binds, False),
                                            _converter(results, True), compiled.positional,
                                            literals)
        return self._prepared[dialect.name]

    def rows(self, conn: Connection, **params: Any) -> list[tuple]:
        sql, names, bind, result, positional, literals = self._prepare(conn)
        values = bind([params[n] if n in params else literals[n] for n in names])
        cur = _cursor(conn)
        try:
            cur.execute(sql, values if positional else dict(zip(names, values, strict=True)))
            return [result(row) for row in cur.fetchall()]
        finally:
            cur.close()

    def first(self, conn: Connection, **params: Any) -> tuple | None:
        rows = self.rows(conn, **params)
        return rows[0] if rows else None


class BulkStatement:
    """An INSERT of `columns`, or an UPDATE of `columns` by the key column `where`."""

    def __init__(self, table: Table, columns: Sequence[str], where: str | None = None,
                 or_ignore: bool = False, expressions: dict | None = None,
                 types: dict | None = None) -> None:
        # expressions (UPDATE only): column -> (function of the dialect name returning the SQL
        # that computes the new value, using bind parameter "v_<column>"; that parameter's type).
        # types (INSERT only): column -> the type its values are bound as instead of the
        # column's (Text for JSON the caller has encoded already).
        self.table, self.columns, self.where = table, list(columns), where
        self.or_ignore = or_ignore
        self.expressions = expressions or {}
        self.types = types or {}
        self._prepared: dict[str, tuple] = {}
        self._multi_row_sql: dict[str, tuple[int, str]] = {}

    def _prepare(self, conn: Connection) -> tuple:
        dialect = conn.dialect
        if dialect.name not in self._prepared:
            t = self.table
            if self.where is None:
                stmt = insert(t).values({c: bindparam(c, type_=self.types.get(c))
                                         for c in self.columns})
                if self.or_ignore:
                    stmt = (stmt.prefix_with("OR IGNORE", dialect="sqlite")
                            if dialect.name == "sqlite" else stmt)
            else:
                stmt = (update(t).where(t.c[self.where] == bindparam("w_" + self.where))
                        .values({c: (self.expressions[c][0](dialect.name)
                                     if c in self.expressions else bindparam("v_" + c))
                                 for c in self.columns}))
            compiled = stmt.compile(dialect=dialect)

            def column_of(name: str) -> str:
                return name[2:] if self.where is not None else name

            def type_of(name: str):
                expression = self.expressions.get(column_of(name))
                if expression:
                    return expression[1]
                return self.types.get(column_of(name), t.c[column_of(name)].type)

            names, binds = _param_plan(compiled, dialect, type_of)
            keys = [column_of(n) for n in names]
            # Where the driver's parameter order differs from `columns` (+ the key column).
            given = [*self.columns, *([self.where] if self.where is not None else [])]
            order = [given.index(k) for k in keys]
            reorder = None if order == list(range(len(given))) else itemgetter(*order)
            self._prepared[dialect.name] = (compiled.string, names, keys,
                                            _converter(binds, False), compiled.positional,
                                            reorder)
        return self._prepared[dialect.name]

    def execute(self, conn: Connection, rows: Sequence[dict]) -> None:
        """Run for every row: a dict of column -> Python value (for an UPDATE, the key too)."""
        if not rows:
            return
        sql, names, keys, bind, positional, _reorder = self._prepare(conn)
        converted = [bind([row[k] for k in keys]) for row in rows]
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
        sql, _names, keys, bind, _positional, _reorder = self._prepare(conn)
        cur = _cursor(conn)
        try:
            cur.execute(sql, bind([row[k] for k in keys]))
            return cur.lastrowid
        finally:
            cur.close()

    def convert(self, conn: Connection, rows: Sequence[tuple]) -> list[tuple]:
        """Python values in `columns` order (+ the key) -> the values the driver stores,
        converted a column at a time (each distinct value once)."""
        if not rows:
            return []
        given = [*self.columns, *([self.where] if self.where is not None else [])]
        processors = bind_processors(conn.dialect, self.table, given)
        columns: list[Sequence[object]] = list(zip(*rows, strict=True))
        for position, process in enumerate(processors):
            if process is not None:
                columns[position] = _convert_column(columns[position], process)
        return list(zip(*columns, strict=True))

    def execute_converted(self, conn: Connection, rows: Sequence[tuple]) -> None:
        """Run for rows already converted (see convert()), in one executemany (of INSERTs
        holding up to _ROWS_PER_INSERT rows each, on SQLite).

        It goes through conn.exec_driver_sql, not the bare cursor: one call for many rows costs
        nothing extra, and the connection's events (logging, tests' fault injection) see it.
        """
        if not rows:
            return
        sql, names, _keys, _bind, positional, reorder = self._prepare(conn)
        if reorder is not None:
            rows = [reorder(row) for row in rows]
        if not positional:
            rows = [dict(zip(names, row, strict=True)) for row in rows]
        rows = rows if isinstance(rows, list) else list(rows)
        per, many_sql = self._multi_row_insert(conn, sql, len(names), len(rows))
        whole = len(rows) - len(rows) % per if per else 0
        if whole:
            # Each parameter tuple holds `per` rows, in order: ids come out as before.
            conn.exec_driver_sql(many_sql, [_joined(rows[i:i + per])
                                            for i in range(0, whole, per)])
        if whole < len(rows):
            conn.exec_driver_sql(sql, rows[whole:] if whole else rows)

    def execute_joined(self, conn: Connection, values: list, count: int) -> None:
        """An INSERT of `count` rows given one after another in `values` (each row's converted
        values in `columns` order): a caller writing hundreds of thousands of rows builds no
        tuple per row."""
        width = len(self.columns)
        sql, names, _keys, _bind, _positional, reorder = self._prepare(conn)
        # Where the driver wants another order than `columns`, execute_converted reorders.
        per, many_sql = ((0, "") if reorder is not None
                         else self._multi_row_insert(conn, sql, len(names), count))
        whole = count - count % per if per else 0
        if whole:
            step = per * width
            conn.exec_driver_sql(many_sql, [tuple(values[i:i + step])
                                            for i in range(0, whole * width, step)])
        if whole < count:
            self.execute_converted(conn, [tuple(values[i:i + width])
                                          for i in range(whole * width, count * width, width)])

    def _multi_row_insert(self, conn: Connection, sql: str, width: int,
                          count: int) -> tuple[int, str]:
        """(rows per statement, the INSERT with that many VALUES groups) for writing `count`
        rows; (0, "") for an UPDATE, for fewer than twice _MIN_ROWS_PER_INSERT rows, and where
        the statement cannot be repeated so (another dialect or paramstyle)."""
        if self.where is not None or count < 2 * _MIN_ROWS_PER_INSERT:
            return 0, ""
        key = conn.dialect.name
        if key not in self._multi_row_sql:
            self._multi_row_sql[key] = (0, "")
            head, _values, group = sql.rpartition(" VALUES ")
            # SQLite's positional "?" parameters only: a group of them can be repeated as is.
            if conn.dialect.name == "sqlite" and group == "(" + ", ".join("?" * width) + ")":
                # A statement may bind at most SQLITE_LIMIT_VARIABLE_NUMBER values (999 before
                # SQLite 3.32, 32,766 since).
                limit = conn.connection.dbapi_connection.getlimit(
                    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
                per = min(_ROWS_PER_INSERT, limit // width)
                if per >= _MIN_ROWS_PER_INSERT:
                    self._multi_row_sql[key] = (per, f"{head} VALUES {', '.join([group] * per)}")
        return self._multi_row_sql[key]

    def write(self, conn: Connection, rows: Sequence[tuple]) -> None:
        """convert() then execute_converted()."""
        self.execute_converted(conn, self.convert(conn, rows))


def _joined(rows: list[tuple]) -> tuple:
    # `+=` copies a tuple into the list in one step: three times faster than itertools.chain.
    # (SQLAlchemy takes tuples, not lists, as the parameter sets of an executemany.)
    joined: list = []
    for row in rows:
        joined += row
    return tuple(joined)


def select_raw(conn: Connection, source: Table, names: Sequence[str],
               order_by: str | None = None) -> list[tuple]:
    """Stored rows as the driver returns them (no result processing), to compare with
    values converted by BulkStatement.convert() or bind_processors(); read on the driver's
    cursor, since a result object per row costs more than the query for large tables."""
    extra = [order_by] if order_by is not None and order_by not in names else []
    plain = table(source.name, *(column(name) for name in (*names, *extra)))
    query = select(*(plain.c[name] for name in names))
    if order_by is not None:
        query = query.order_by(plain.c[order_by])
    cur = _cursor(conn)
    try:
        cur.execute(query.compile(dialect=conn.dialect).string)
        return cur.fetchall() if conn.dialect.name == "sqlite" else [tuple(r) for r in
                                                                      cur.fetchall()]
    finally:
        cur.close()


@contextmanager
def indexes_built_after(conn: Connection, source: Table) -> Iterator[None]:
    """Drop `source`'s secondary indexes now and create them again at the end (SQLite only).

    Building an index from sorted rows once is several times cheaper than updating it for every
    inserted row. SQLite runs DDL inside the transaction, so a failure rolls the drop back with
    everything else and other connections never see the table without its indexes. Unique
    constraints (SQLite's own autoindexes) stay; a unique index is dropped too, so the caller
    must know that the rows it inserts keep it unique: building it again checks them, and a
    duplicate fails the transaction.
    """
    dbapi = conn.connection.dbapi_connection
    # pysqlite opens its transaction lazily at the first INSERT/UPDATE/DELETE; DDL before that
    # would run in autocommit mode, outside the import's transaction.
    if conn.dialect.name != "sqlite" or not getattr(dbapi, "in_transaction", False):
        yield
        return
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name", (source.name,)).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    # Not in a `finally`: after a failure the transaction is rolled back, drop included.
    for _name, sql in found:
        conn.exec_driver_sql(sql)
