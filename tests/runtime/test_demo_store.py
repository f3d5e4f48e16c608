"""The synthetic shop: deterministic, shaped like Shopify's exports, and plausible as a shop."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from itertools import islice
from pathlib import Path

import pytest

from runtime.demo_store import (
    CUSTOMER_HEADER,
    ORDER_HEADER,
    DemoStore,
    generate_store,
    write_store,
)

BOM = "\ufeff"
STAMP = "%Y-%m-%d %H:%M:%S %z"
SMALL = 200


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(BOM), "Shopify exports start with a UTF-8 byte order mark"
    lines = text[len(BOM):].splitlines(keepends=True)
    reader = csv.DictReader(lines)
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def orders_of(rows: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """Group order rows by order; the rows of one order must be contiguous."""
    groups: list[list[dict[str, str]]] = []
    for row in rows:
        if groups and groups[-1][0]["Name"] == row["Name"]:
            groups[-1].append(row)
        else:
            groups.append([row])
    assert len({g[0]["Name"] for g in groups}) == len(groups), "an order's rows are split up"
    return groups


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("shop")
    customers_path, orders_path = write_store(out, SMALL, seed=7)
    customer_header, customers = read(customers_path)
    order_header, rows = read(orders_path)
    return {"paths": (customers_path, orders_path), "customer_header": customer_header,
            "customers": customers, "order_header": order_header, "rows": rows,
            "orders": orders_of(rows)}


def test_same_seed_gives_byte_identical_files(shop, tmp_path):
    again = write_store(tmp_path, SMALL, seed=7)
    for first, second in zip(shop["paths"], again, strict=True):
        assert first.name == second.name
        assert first.read_bytes() == second.read_bytes()


def test_a_different_seed_gives_a_different_shop(shop, tmp_path):
    other = write_store(tmp_path, SMALL, seed=8)
    for first, second in zip(shop["paths"], other, strict=True):
        assert first.read_bytes() != second.read_bytes()


def test_headers_are_exactly_the_declared_shopify_columns(shop):
    assert shop["customer_header"] == list(CUSTOMER_HEADER)
    assert shop["order_header"] == list(ORDER_HEADER)
    assert CUSTOMER_HEADER[:4] == ("Customer ID", "First Name", "Last Name", "Email")
    assert CUSTOMER_HEADER[-1] == "Birth date (customer.metafields.facts.birth_date)"
    for earlier, later in [("Name", "Email"), ("Created at", "Lineitem quantity"),
                           ("Lineitem fulfillment status", "Billing Name"),
                           ("Billing Name", "Cancelled at"), ("Refunded Amount", "Vendor"),
                           ("Vendor", "Id")]:
        assert ORDER_HEADER.index(earlier) < ORDER_HEADER.index(later)
    assert len(ORDER_HEADER) == len(set(ORDER_HEADER)) == 79


def test_every_row_has_every_column_and_ids_keep_their_apostrophe(shop):
    for row in shop["customers"] + shop["rows"]:
        assert None not in row and None not in row.values()
    for customer in shop["customers"]:
        assert re.fullmatch(r"'\d{13}", customer["Customer ID"])
        zip_code = customer["Default Address Zip"]
        assert zip_code.startswith("'") and len(zip_code) > 1
    emails = [c["Email"].lower() for c in shop["customers"]]
    assert len(set(emails)) == len(emails), "customer emails are unique"


def test_only_the_first_row_of_an_order_carries_order_fields(shop):
    for rows in shop["orders"]:
        head, *rest = rows
        assert head["Created at"] and head["Total"] and head["Financial Status"]
        assert re.fullmatch(r"#\d+", head["Name"]) and head["Id"].isdigit()
        assert head["Currency"] == "UAH" and head["Tax 1 Name"] == "ПДВ 20%"
        assert head["Source"] in {"web", "pos", "shopify_draft_order"}
        assert head["Risk Level"] in {"Low", "High"} and head["Payment Method"]
        assert head["Payment ID"] == head["Payment References"] == head["Payment Reference"]
        assert re.fullmatch(r"[A-Z]{2}", head["Billing Country"])
        assert head["Billing Zip"].startswith("'") and head["Billing Name"]
        for row in rest:
            assert row["Email"] == head["Email"]
            assert not row["Created at"] and not row["Total"] and not row["Financial Status"]
            assert row["Lineitem name"] and row["Lineitem sku"] and row["Vendor"]
        assert 1 <= len(rows) <= 4


def test_orders_are_newest_first_in_the_shop_time_zone(shop):
    stamps = [datetime.strptime(rows[0]["Created at"], STAMP) for rows in shop["orders"]]
    assert stamps == sorted(stamps, reverse=True)
    offsets = {rows[0]["Created at"][-5:] for rows in shop["orders"]}
    assert offsets == {"+0200", "+0300"}, "Kyiv winter and summer time"
    assert stamps[0] < datetime(2026, 11, 1, tzinfo=stamps[0].tzinfo)
    numbers = [int(rows[0]["Name"][1:]) for rows in shop["orders"]]
    assert numbers == sorted(numbers, reverse=True)


def test_money_adds_up(shop):
    for rows in shop["orders"]:
        head = rows[0]
        gross = sum(round(float(r["Lineitem price"]) * 100) * int(r["Lineitem quantity"])
                    for r in rows)
        discount = round(float(head["Discount Amount"]) * 100)
        assert round(float(head["Subtotal"]) * 100) == gross - discount
        assert discount == sum(round(float(r["Lineitem discount"]) * 100) for r in rows)
        total = round(float(head["Subtotal"]) * 100) + round(float(head["Shipping"]) * 100)
        assert round(float(head["Total"]) * 100) == total
        assert 0 <= round(float(head["Refunded Amount"]) * 100) <= total
        assert head["Currency"] == "UAH"


def test_customer_totals_match_their_orders(shop):
    counts: dict[str, int] = {}
    for rows in shop["orders"]:
        email = rows[0]["Email"].strip().lower()
        counts[email] = counts.get(email, 0) + 1
    for customer in shop["customers"]:
        assert int(customer["Total Orders"]) == counts.get(customer["Email"].lower(), 0)
    known = {c["Email"].lower() for c in shop["customers"]}
    guests = [e for e in counts if e and e not in known]
    assert guests, "some orders come from guests who are not in the customer file"


def test_the_shop_looks_like_a_shop(shop):
    customers, orders = shop["customers"], shop["orders"]
    assert 2.5 <= len(orders) / len(customers) <= 5
    names = " ".join(c["First Name"] + c["Last Name"] for c in customers)
    assert re.search("[\u0400-\u04ff]", names), "Cyrillic names"
    assert re.search("[\u4e00-\u9fff]", names), "Chinese names"
    assert re.search("[A-Za-z]", names), "English names"
    statuses = {rows[0]["Financial Status"] for rows in orders}
    assert {"paid", "partially_refunded"} <= statuses
    assert any(rows[0]["Cancelled at"] for rows in orders)
    one_timers = sum(c["Total Orders"] == "1" for c in customers)
    assert one_timers > len(customers) / 4, "many customers buy once"
    assert max(int(c["Total Orders"]) for c in customers) >= 8, "a few loyal heavy buyers"
    births = [c[CUSTOMER_HEADER[-1]] for c in customers if c[CUSTOMER_HEADER[-1]]]
    assert 0.45 < len(births) / len(customers) < 0.75
    for birth in births:
        date.fromisoformat(birth)
    accepting = sum(c["Accepts Email Marketing"] == "yes" for c in customers)
    assert 0.4 < accepting / len(customers) < 0.7


def test_feb_29_birthdays_and_messy_emails_appear_in_a_larger_shop():
    store = DemoStore(2_000, seed=3)
    births = [store.person(i)["birth"] for i in range(20_000)]  # people beyond 2,000 are guests
    assert 0 < sum(b.endswith("-02-29") for b in births) < 100
    emails = [row[1] for row in store.order_rows() if row[2]]
    assert any(e != e.strip() for e in emails), "stray spaces"
    assert any(e and e.strip() != e.strip().lower() for e in emails), "mixed case"
    assert any(not e for e in emails), "orders without an email"


def test_generate_store_yields_the_same_rows_as_the_files(shop):
    customers, orders = generate_store(SMALL, seed=7)
    assert list(customers) == shop["customers"]  # customers first: totals computed on demand
    assert list(islice(orders, 50)) == shop["rows"][:50]


def test_currency_and_time_zone_are_parameters():
    _, orders = generate_store(50, years=1, seed=1, end=date(2025, 6, 1), tz="Asia/Taipei",
                               currency="twd")
    heads = [row for row in orders if row["Created at"]]
    assert {row["Currency"] for row in heads} == {"TWD"}
    assert {row["Created at"][-5:] for row in heads} == {"+0800"}
    assert max(row["Created at"] for row in heads) < "2025-06-01"
    assert min(row["Created at"] for row in heads) >= "2024-06-01"


@pytest.mark.parametrize("kwargs", [{"customers": 0}, {"customers": 10, "years": 0}])
def test_nonsense_sizes_are_refused(kwargs):
    with pytest.raises(ValueError):
        DemoStore(**kwargs)
