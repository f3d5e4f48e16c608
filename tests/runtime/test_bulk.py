"""runtime.db.bulk: values written on the driver read back as SQLAlchemy writes them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    event,
    insert,
    or_,
    select,
)

from runtime.db.bulk import (
    BulkStatement,
    FastQuery,
    bind_processors,
    indexes_built_after,
    select_raw,
)
from runtime.db.database import make_engine
from runtime.db.types import Money, UTCDateTime

METADATA = MetaData()
THINGS = Table(
    "things", METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(100)),
    Column("amount", Money),
    Column("at", UTCDateTime),
    Column("data", JSON),
    Column("flag", Boolean),
    Index("ix_things_at", "at"),
    Index("ix_things_name_flag", "name", "flag"),
)
COLUMNS = ["name", "amount", "at", "data", "flag"]
KYIV = timezone(timedelta(hours=2))

NAMES = st.none() | st.text(st.characters(blacklist_categories=("Cs",),
                                          blacklist_characters="\x00"), max_size=20)
AMOUNTS = st.none() | st.decimals(min_value=-10**9, max_value=10**9, places=4,
                                  allow_nan=False, allow_infinity=False)
MOMENTS = st.none() | st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1),
                                   timezones=st.sampled_from([UTC, KYIV]))
JSON_VALUES = st.none() | st.recursive(
    st.none() | st.booleans() | st.integers(-10**9, 10**9) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8)
ROWS = st.tuples(NAMES, AMOUNTS, MOMENTS, JSON_VALUES, st.none() | st.booleans())


@pytest.fixture
def engine():
    engine = make_engine("sqlite://")
    METADATA.create_all(engine)
    yield engine
    engine.dispose()


def read_back(conn) -> list[tuple]:
    return [tuple(row) for row in conn.execute(select(*(THINGS.c[c] for c in COLUMNS))
                                              .order_by(THINGS.c.id))]


def same(written: tuple, read: tuple) -> bool:
    # JSON null and SQL NULL both read back as None; aware datetimes compare as instants.
    return all(a == b for a, b in zip(written, read, strict=True))


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(ROWS, min_size=1, max_size=5))
def test_written_on_the_driver_reads_back_like_sqlalchemy_writes(rows):
    engine = make_engine("sqlite://")
    METADATA.create_all(engine)
    try:
        with engine.begin() as conn:
            BulkStatement(THINGS, COLUMNS).write(conn, rows)
            BulkStatement(THINGS, COLUMNS).execute(conn, [dict(zip(COLUMNS, row, strict=True))
                                                          for row in rows])
            conn.execute(insert(THINGS), [dict(zip(COLUMNS, row, strict=True)) for row in rows])
            read = read_back(conn)
            raw = select_raw(conn, THINGS, COLUMNS, order_by="id")
        n = len(rows)
        for row, by_write, by_execute, by_sqlalchemy in zip(rows, read[:n], read[n:2 * n],
                                                           read[2 * n:], strict=True):
            assert same(row, by_write) and same(row, by_execute) and same(row, by_sqlalchemy)
        # What the driver stores is identical, so stored and converted values compare directly.
        assert raw[:n] == raw[n:2 * n] == raw[2 * n:]
    finally:
        engine.dispose()


def test_money_times_unicode_json_booleans_and_none(engine):
    at = datetime(2025, 3, 5, 14, 22, 11, tzinfo=KYIV)
    rows = [("Олена 茶", Decimal("12.5000"), at, {"note": "Привіт, 世界", "n": [1, None]}, True),
            (None, None, None, None, None),
            ("x", Decimal("-0.0001"), at.replace(microsecond=7), [], False)]
    with engine.begin() as conn:
        BulkStatement(THINGS, COLUMNS).write(conn, rows)
        read = read_back(conn)
    assert read[0] == ("Олена 茶", Decimal("12.50"), datetime(2025, 3, 5, 12, 22, 11, tzinfo=UTC),
                       {"note": "Привіт, 世界", "n": [1, None]}, True)
    assert read[1] == (None, None, None, None, None)
    assert read[2][1] == Decimal("-0.0001") and read[2][2].microsecond == 7
    assert read[2][3] == [] and read[2][4] is False


def test_update_by_key_and_insert_one(engine):
    statement = BulkStatement(THINGS, COLUMNS)
    with engine.begin() as conn:
        first = statement.insert_one(conn, dict(zip(COLUMNS, ("a", Decimal(1), None, {}, True),
                                                    strict=True)))
        second = statement.insert_one(conn, dict(zip(COLUMNS, ("b", Decimal(2), None, {}, False),
                                                     strict=True)))
        update = BulkStatement(THINGS, ["amount", "flag"], where="id")
        update.execute(conn, [{"id": first, "amount": Decimal("9.99"), "flag": False}])
        update.write(conn, [(Decimal("0.10"), None, second)])
        read = read_back(conn)
    assert (first, second) == (1, 2)
    assert [(r[1], r[4]) for r in read] == [(Decimal("9.99"), False), (Decimal("0.10"), None)]


def test_fast_query_returns_what_conn_execute_returns(engine):
    at = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [(f"n{i}", Decimal(i) / 4, at + timedelta(hours=i), {"i": i, "ы": "ї"}, i % 2 == 0)
            for i in range(20)]
    queries = [
        (select(THINGS).where(THINGS.c.at >= bindparam("since")).order_by(THINGS.c.id).limit(5),
         {"since": at + timedelta(hours=3)}),
        (select(THINGS.c.name, THINGS.c.amount).where(
            or_(THINGS.c.name == bindparam("a"), THINGS.c.name == bindparam("b")),
            THINGS.c.flag.is_(True)).order_by(THINGS.c.name), {"a": "n2", "b": "n4"}),
        (select(THINGS.c.data, THINGS.c.at).where(THINGS.c.amount > Decimal("2.5"))
         .order_by(THINGS.c.at.desc()), {}),
    ]
    with engine.begin() as conn:
        BulkStatement(THINGS, COLUMNS).write(conn, rows)
        for stmt, params in queries:
            expected = [tuple(row) for row in conn.execute(stmt, params)]
            assert expected
            assert FastQuery(stmt).rows(conn, **params) == expected
            assert FastQuery(stmt).first(conn, **params) == expected[0]
    with pytest.raises(ValueError, match="IN"):
        with engine.connect() as conn:
            FastQuery(select(THINGS).where(THINGS.c.id.in_([1, 2]))).rows(conn)


def test_bind_processors_give_what_the_driver_stores(engine):
    row = ("n", Decimal("3.1416"), datetime(2025, 6, 1, 3, 0, tzinfo=KYIV), {"a": "б"}, True)
    with engine.begin() as conn:
        BulkStatement(THINGS, COLUMNS).write(conn, [row])
        (stored,) = select_raw(conn, THINGS, COLUMNS)
        converted = tuple(value if process is None else process(value) for value, process
                          in zip(row, bind_processors(conn.dialect, THINGS, COLUMNS), strict=True))
    assert stored == converted


def index_names(conn) -> set[str]:
    return {name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'things'")}


def test_indexes_built_after_inside_the_transaction(engine):
    statement = BulkStatement(THINGS, COLUMNS)
    with engine.begin() as conn:
        before = index_names(conn)
        statement.write(conn, [("a", None, None, None, None)])  # opens the driver's transaction
        with indexes_built_after(conn, THINGS):
            assert index_names(conn) == set()
            statement.write(conn, [("b", None, None, None, None)] * 100)
        assert index_names(conn) == before == {"ix_things_at", "ix_things_name_flag"}

    with pytest.raises(RuntimeError), engine.begin() as conn:
        statement.write(conn, [("c", None, None, None, None)])
        with indexes_built_after(conn, THINGS):
            raise RuntimeError("power cut")
    with engine.connect() as conn:
        # The failed run's drop was rolled back with its rows.
        assert index_names(conn) == before
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM things").scalar() == 101


def test_indexes_stay_when_no_transaction_is_open(engine):
    # pysqlite has not begun a transaction before the first write: DDL would be autocommitted.
    with engine.begin() as conn:
        with indexes_built_after(conn, THINGS):
            assert index_names(conn) == {"ix_things_at", "ix_things_name_flag"}


def statements_run(engine, action) -> list[tuple[str, int]]:
    """(SQL, parameter sets) of each statement that `action` runs."""
    seen: list[tuple[str, int]] = []

    def note(_conn, _cursor, statement, parameters, _context, executemany):
        seen.append((statement, len(parameters) if executemany else 1))

    event.listen(engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


@pytest.mark.parametrize("count", [1, 19, 20, 200, 413])
def test_many_rows_go_in_multi_row_inserts_in_order(engine, count):
    at = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [(f"Ім'я {i}", Decimal(i) / 8, at + timedelta(minutes=i), {"i": i}, i % 3 == 0)
            for i in range(count)]
    statement = BulkStatement(THINGS, COLUMNS)
    with engine.begin() as conn:
        run = statements_run(engine, lambda: statement.write(conn, rows))
        stored = conn.execute(select(THINGS.c.id, *(THINGS.c[c] for c in COLUMNS))
                              .order_by(THINGS.c.id)).all()
        conn.execute(insert(THINGS), [dict(zip(COLUMNS, row, strict=True)) for row in rows])
        raw = select_raw(conn, THINGS, COLUMNS, order_by="id")
    # Rows keep their order and get consecutive ids, as one INSERT per row gives them.
    assert [row[0] for row in stored] == list(range(1, count + 1))
    assert all(same(row, tuple(read[1:])) for row, read in zip(rows, stored, strict=True))
    assert raw[:count] == raw[count:]
    groups = [sql.count("(?, ?, ?, ?, ?)") * sets for sql, sets in run]
    assert sum(groups) == count
    # From twice the minimum on, whole statements of 200 rows, then the rest one by one.
    expected = [200 * (count // 200)] * (count >= 200) + [count % 200] * (count % 200 > 0)
    assert groups == (expected if count >= 20 else [count])


def test_multi_row_inserts_respect_the_drivers_variable_limit(engine):
    rows = [(f"n{i}", None, None, None, None) for i in range(57)]
    statement = BulkStatement(THINGS, COLUMNS)
    with engine.begin() as conn:
        conn.connection.dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 52)
        run = statements_run(engine, lambda: statement.write(conn, rows))
        names = [name for (name,) in conn.execute(select(THINGS.c.name).order_by(THINGS.c.id))]
    assert names == [row[0] for row in rows]
    # 52 variables hold 10 rows of 5 columns: five statements of 10 rows, then 7 one by one.
    assert [(sql.count("(?, ?, ?, ?, ?)"), sets) for sql, sets in run] == [(10, 5), (1, 7)]


def test_or_ignore_in_a_multi_row_insert_skips_repeats_as_row_by_row(engine):
    table = Table("tags", MetaData(), Column("id", Integer, primary_key=True),
                  Column("tag", String(10), unique=True))
    table.create(engine)
    rows = [(f"t{i % 7}",) for i in range(50)]
    with engine.begin() as conn:
        BulkStatement(table, ["tag"], or_ignore=True).write(conn, rows)
        stored = conn.execute(select(table.c.id, table.c.tag).order_by(table.c.id)).all()
    assert [tuple(row) for row in stored] == [(i + 1, f"t{i}") for i in range(7)]


@pytest.mark.parametrize("count", [0, 7, 413])
def test_rows_joined_in_one_list_are_written_as_rows(engine, count):
    at = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [(f"n{i}", Decimal(i), at + timedelta(days=i), {"i": i}, i % 2 == 0)
            for i in range(count)]
    statement = BulkStatement(THINGS, COLUMNS)
    with engine.begin() as conn:
        converted = statement.convert(conn, rows)
        statement.execute_converted(conn, converted)
        joined = [value for row in converted for value in row]
        statement.execute_joined(conn, joined, count)
        raw = select_raw(conn, THINGS, ["id", *COLUMNS], order_by="id")
    assert [row[0] for row in raw] == list(range(1, 2 * count + 1))
    assert [row[1:] for row in raw[count:]] == [row[1:] for row in raw[:count]] == converted
