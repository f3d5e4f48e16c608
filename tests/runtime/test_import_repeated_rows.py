"""Further rows of an order read from their text alone give what reading every cell gives."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from runtime.errors import UserError
from runtime.importers import csv_reading, shopify_orders
from runtime.importers.csv_reading import pick_unquoted
from runtime.importers.records import Section
from runtime.importers.shopify_orders import open_orders, parse_orders
from runtime.shop import zone

HEADER = ["Name", "Email", "Financial Status", "Created at", "Total", "Lineitem quantity",
          "Lineitem name", "Lineitem price", "Lineitem sku", "Vendor", "Id", "Notes"]
DIALECT = create_engine("sqlite://").dialect
KYIV = zone("Europe/Kyiv")

# Few values per column, so that names, emails and whole row tails repeat, as in an export.
ROWS = st.fixed_dictionaries({
    "Name": st.sampled_from(["#1", "#2", "#3", ""]),
    "Email": st.sampled_from(["a@example.com", "B@example.com ", ""]),
    "Financial Status": st.sampled_from(["", "paid", "voided"]),
    "Created at": st.sampled_from(["", "2025-03-05 14:22:11 +0200", "2025-03-05 14:22"]),
    "Total": st.sampled_from(["", "10.00", "x"]),
    "Lineitem quantity": st.sampled_from(["1", "2", "-1"]),
    "Lineitem name": st.sampled_from(["Чай", "Tea, green", ""]),
    "Lineitem price": st.sampled_from(["5.00", "7"]),
    "Lineitem sku": st.sampled_from(["", "T-1"]),
    "Vendor": st.sampled_from(["", "Чайна лавка"]),
    "Id": st.sampled_from(["", "", "1001", "1002"]),
    "Notes": st.sampled_from(["", "", "line one\nline two", 'say "hi"']),
})


ITEMS = st.fixed_dictionaries({
    "Lineitem quantity": st.sampled_from(["1", "2"]),
    "Lineitem name": st.sampled_from(["Чай", "Tea, green"]),
    "Lineitem price": st.just("5.00"),
    "Vendor": st.sampled_from(["", "Чайна лавка"]),
})


@st.composite
def exports(draw) -> list[dict]:
    """Orders as an export writes them (a full first row, then rows with only name, email and
    the item), now and then with a row of random cells in between."""
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        first = draw(ROWS)
        rows.append(first)
        for item in draw(st.lists(ITEMS, max_size=4)):
            rows.append({"Name": first["Name"], "Email": first["Email"], **item})
        if draw(st.booleans()):
            rows.append(draw(ROWS))
    return rows


def parsed(path: Path) -> tuple[list[tuple], list[dict]]:
    section = Section()
    found = parse_orders(open_orders(path), section, KYIV, DIALECT)
    orders = [(r.key, r.name, r.email, r.values, r.stretches(), r.bad_lines,
               [(i.title, i.sku, i.quantity, i.price, i.vendor) for i in r.items])
              for r in found.records]
    return orders, sorted(section.rejected, key=lambda entry: entry["line"])


def write(folder: Path, name: str, rows: list[dict], quoting: int) -> Path:
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, HEADER, quoting=quoting)
        writer.writeheader()
        writer.writerows(rows)
    return path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.one_of(st.lists(ROWS, max_size=14), exports()))
def test_a_file_reads_the_same_with_every_cell_quoted(rows):
    # Quoted lines always take csv.reader; unquoted ones take the shortcut for further rows.
    with tempfile.TemporaryDirectory() as folder:
        plain = write(Path(folder), "plain.csv", rows, csv.QUOTE_MINIMAL)
        quoted = write(Path(folder), "quoted.csv", rows, csv.QUOTE_ALL)
        assert parsed(plain) == parsed(quoted)


# An order's first row and a further row of it, as the two examples below write them.
FURTHER = {"Name": "#1", "Email": "a@example.com", "Lineitem quantity": "1",
           "Lineitem name": "Чай", "Lineitem price": "5.00"}
FIRST = {**FURTHER, "Financial Status": "paid", "Created at": "2025-03-05 14:22:11 +0200",
         "Total": "10.00"}


def orders_and_rejections(folder: Path, rows: list[dict]) -> tuple[list[tuple], list[tuple]]:
    """(key, stretches of lines, item count) per order and (line, order) per rejected row."""
    orders, rejected = parsed(write(folder, "orders.csv", rows, csv.QUOTE_MINIMAL))
    return ([(key, lines, len(items)) for key, _, _, _, lines, _, items in orders],
            [(entry["line"], entry["order"], entry["reason"]) for entry in rejected])


def test_a_row_with_an_id_is_not_taken_for_a_further_row(tmp_path):
    # The same name and email again, with another order's id and the same item: a new order.
    again = {**FURTHER, "Id": "1002"}
    orders, rejected = orders_and_rejections(
        tmp_path, [{**FIRST, "Id": "1001"}, FURTHER, FURTHER, again])
    assert orders == [("1001", [(2, 5)], 3)]
    assert [(line, order) for line, order, _ in rejected] == [(5, "#1")]
    assert "Created at: missing" in rejected[0][2]


def test_a_new_order_whose_row_repeats_a_further_row_is_a_new_order(tmp_path):
    other = {**FURTHER, "Name": "#2"}
    orders, rejected = orders_and_rejections(tmp_path, [FIRST, FURTHER, FURTHER, other])
    assert orders == [("#1", [(2, 5)], 3)]
    assert [(line, order) for line, order, _ in rejected] == [(5, "#2")]


def test_rows_of_a_refused_order_are_listed_from_a_second_read(tmp_path):
    # Rows of order #1 apart from each other, a blank record between them, and a bad row last.
    rows = [FIRST, FURTHER, {}, {**FIRST, "Name": "#2"}, FURTHER, {**FURTHER, "Name": "#2"},
            {**FURTHER, "Lineitem price": "zz"}]
    orders, rejected = orders_and_rejections(tmp_path, rows)
    assert [key for key, _, _ in orders] == ["#2"]
    assert [(line, order) for line, order, _ in rejected] == [(2, "#1"), (3, "#1"), (6, "#1"),
                                                              (8, "#1")]
    assert "skipped because of line 8" in rejected[0][2]


def test_a_file_changed_before_its_second_read_is_refused(tmp_path):
    path = write(tmp_path, "orders.csv", [FIRST, {**FURTHER, "Lineitem price": "zz"}],
                 csv.QUOTE_MINIMAL)
    table = open_orders(path)
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="changed while it was read"):
        parse_orders(table, Section(), KYIV, DIALECT)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.one_of(st.lists(ROWS, max_size=14), exports()),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
def test_a_file_reads_the_same_without_the_c_picker(rows, quoting):
    # Where the C version of pick is built, every other test reads files with it; this one
    # reads the same file with the plain version too (quoted lines then take csv.reader).
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "orders.csv", rows, quoting)
        with_active = parsed(path)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(csv_reading, "pick", pick_unquoted)
            patch.setattr(shopify_orders, "pick", pick_unquoted)
            assert parsed(path) == with_active
