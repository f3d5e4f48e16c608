"""Property tests: random and garbage rows never break an import, and re-importing is a no-op."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select, text

from runtime.db.database import make_engine
from runtime.db.models import Base, Contact, LineItem, Order
from runtime.importers import run_import

NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
# NUL marks a binary file and is refused as a whole (see test_import_files); surrogates cannot
# be written as UTF-8 at all.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=25)
GARBAGE = st.sampled_from([
    "", " ", "NaN", "Infinity", "-inf", "1e999", "1E5", "１２", "٣", "1,5", "'", '"', "\n", "\r",
    "\r\n", '"""', ",", "0000-00-00", "2025-02-30 10:00:00 +0200", "9999-12-31T23:59:59-23:59",
    "0001-01-01 00:00:00 +1400", "1" * 40, "-1", "+5", ".", "1.", "=SUM(A1)", "yes", "no",
    "TRUE", "subscribed", "'0123", "ы@ы.ы", "a@b", "@example.com", "x" * 600,
])


def cell(*valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(*valid, GARBAGE, ANY_TEXT)


def amounts() -> st.SearchStrategy[str]:
    return st.decimals(min_value=-10**6, max_value=10**6, places=2,
                       allow_nan=False).map(str)


def times() -> st.SearchStrategy[str]:
    moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1))
    return st.one_of(moments.map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S +0200")),
                     moments.map(lambda d: d.isoformat()))


EMAILS = st.sampled_from(["a@example.com", " A@Example.COM ", "b@example.ua", "олена@приклад.укр",
                          ""])
ORDER_CELLS = {
    "Name": cell(st.sampled_from(["#1", "#2", "#3", " #1 "])),
    "Email": cell(EMAILS),
    "Financial Status": cell(st.sampled_from(["paid", "voided", "refunded"])),
    "Accepts Marketing": cell(st.sampled_from(["yes", "no"])),
    "Currency": cell(st.sampled_from(["UAH", "usd"])),
    "Subtotal": cell(amounts()),
    "Total": cell(amounts()),
    "Created at": cell(times()),
    "Cancelled at": cell(times(), st.just("")),
    "Lineitem quantity": cell(st.integers(0, 20).map(str)),
    "Lineitem name": cell(st.sampled_from(["Чай", "茶", "Tea, green"])),
    "Lineitem price": cell(amounts()),
    "Lineitem sku": cell(st.sampled_from(["A1", "'007", ""])),
    "Refunded Amount": cell(amounts()),
    "Id": cell(st.sampled_from(["'1001", "1002", ""])),
}
CUSTOMER_CELLS = {
    "Customer ID": cell(st.sampled_from(["'7001", "7002"])),
    "First Name": cell(st.sampled_from(["Олена", "怡君", "Димитър"])),
    "Last Name": ANY_TEXT,
    "Email": cell(EMAILS),
    "Accepts Email Marketing": cell(st.sampled_from(["yes", "no", "TRUE", "FALSE"])),
    "Phone": cell(st.just("'+380501234567")),
    "Tags": cell(st.sampled_from(["VIP, new", "台灣"])),
    "Note": ANY_TEXT,
    "Birth date (customer.metafields.facts.birth_date)": cell(st.dates().map(str)),
}


def write_csv(folder: Path, name: str, rows: list[dict[str, str]], header: list[str]) -> Path:
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def records_in(path: Path) -> int:
    """Data records the file holds (blank records are skipped by every importer)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    return sum(1 for row in rows[1:] if any(row))


def fresh_engine():
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    return engine


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def check_rejected(entries: list[dict], path: Path) -> None:
    last_line = path.read_text(encoding="utf-8").count("\n") + 1
    for entry in entries:
        assert 2 <= entry["line"] <= last_line
        assert isinstance(entry["reason"], str) and entry["reason"]


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(rows=st.lists(st.fixed_dictionaries(ORDER_CELLS), max_size=10))
def test_random_order_rows_never_break_the_import(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder), "orders.csv", rows, list(ORDER_CELLS))
        engine = fresh_engine()
        try:
            report = run_import(engine, orders=path, shop_timezone="Europe/Kyiv", now=NOW)
            section = report["orders"]
            check_rejected(section["rejected"], path)
            assert all("order" in entry for entry in section["rejected"])
            # Every record is either stored as a line item or listed as rejected.
            assert count(engine, Order) == section["created"]
            assert count(engine, LineItem) == report["line_items"]
            assert report["line_items"] + len(section["rejected"]) == records_in(path)

            again = run_import(engine, orders=path, shop_timezone="Europe/Kyiv", now=NOW)
            assert (again["orders"]["created"], again["orders"]["updated"]) == (0, 0)
            assert again["orders"]["rejected"] == section["rejected"]
            assert count(engine, Order) == section["created"]
        finally:
            engine.dispose()


@SETTINGS
@given(rows=st.lists(st.fixed_dictionaries(CUSTOMER_CELLS), max_size=10))
def test_random_customer_rows_never_break_the_import(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder), "customers.csv", rows, list(CUSTOMER_CELLS))
        engine = fresh_engine()
        try:
            report = run_import(engine, customers=path, shop_timezone="Europe/Kyiv", now=NOW)
            section = report["customers"]
            check_rejected(section["rejected"], path)
            assert count(engine, Contact) == section["created"]
            assert section["created"] <= records_in(path) - len(section["rejected"])

            again = run_import(engine, customers=path, shop_timezone="Europe/Kyiv", now=NOW)
            assert (again["customers"]["created"], again["customers"]["updated"]) == (0, 0)
            assert count(engine, Contact) == section["created"]
        finally:
            engine.dispose()


@SETTINGS
@given(orders=st.lists(st.fixed_dictionaries(ORDER_CELLS), min_size=1, max_size=6),
       customers=st.lists(st.fixed_dictionaries(CUSTOMER_CELLS), max_size=6),
       failing=st.integers(min_value=0, max_value=30))
def test_a_failure_midway_leaves_nothing_behind(orders, customers, failing):
    with tempfile.TemporaryDirectory() as folder:
        order_file = write_csv(Path(folder), "orders.csv", orders, list(ORDER_CELLS))
        customer_file = write_csv(Path(folder), "customers.csv", customers,
                                  list(CUSTOMER_CELLS))
        engine = fresh_engine()
        calls = []

        def fail(*_args):
            calls.append(1)
            if len(calls) == failing + 1:
                raise RuntimeError("power cut")

        event.listen(engine, "before_cursor_execute", fail)
        try:
            try:
                run_import(engine, customers=customer_file, orders=order_file,
                           shop_timezone="Europe/Kyiv", now=NOW)
            except RuntimeError:
                event.remove(engine, "before_cursor_execute", fail)
                with engine.connect() as conn:
                    for table in Base.metadata.sorted_tables:
                        rows = conn.execute(text(f"SELECT COUNT(*) FROM {table.name}")).scalar()
                        assert rows == 0, table.name
            else:
                assert len(calls) <= failing
        finally:
            engine.dispose()
