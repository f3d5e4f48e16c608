"""What the order import gathers while it reads: guests' first and latest orders, the currency
of new products, and orders written a batch at a time; each checked on the file layouts where
the gathering is redone from the records (rows of an order apart, refused orders)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from runtime.db.bulk import bind_processors
from runtime.db.models import Contact, LineItem, Order, Product
from runtime.importers import cell_values as cells
from runtime.importers import order_writer, run_import
from runtime.importers.cell_values import CellError
from tests.runtime.test_import_cells import order_cells
from tests.runtime.test_import_cells import row as cells_row
from tests.runtime.test_import_orders import orders_by_name, row, write_orders

NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)


def products(engine) -> dict[str, tuple[int, str | None]]:
    with Session(engine) as session:
        return {p.sku: (p.id, p.currency) for p in session.scalars(select(Product))}


def guest(engine, email: str) -> Contact:
    with Session(engine) as session:
        return session.scalars(select(Contact).where(Contact.email == email)).one()


def test_product_currency_follows_the_orders_not_the_rows(service, tmp_path):
    # #2's row comes between the two rows of #1: #1 is the first order with B2, so B2 is priced
    # in #1's currency although the row naming it in #2 comes first in the file.
    path = write_orders(tmp_path / "o.csv", [
        row("#1", "a@example.com", "2025-01-02 10:00:00 +0200", sku="A1", Currency="UAH"),
        row("#2", "b@example.com", "2025-01-01 10:00:00 +0200", sku="B2", Currency="EUR"),
        {"Name": "#1", "Lineitem quantity": "2", "Lineitem name": "Мед", "Lineitem price": "3",
         "Lineitem sku": "B2"},
    ])
    report = run_import(service.engine, orders=path, now=NOW)

    assert report["orders"] == {"created": 2, "updated": 0, "rejected": []}
    found = products(service.engine)
    assert found["A1"][1] == "UAH" and found["B2"][1] == "UAH"
    assert found["A1"][0] < found["B2"][0]
    assert [i.sku for i in orders_by_name(service.engine)["#1"].items] == ["A1", "B2"]


def test_a_refused_order_counts_for_neither_products_nor_guests(service, tmp_path):
    path = write_orders(tmp_path / "o.csv", [
        # Refused at its second row; it was the first order with C3 and the guest's earliest.
        row("#1", "g@example.com", "2024-05-01 10:00:00 +0200", accepts="yes", sku="C3",
            Currency="UAH"),
        {"Name": "#1", "Lineitem quantity": "many", "Lineitem name": "Мед",
         "Lineitem price": "3"},
        row("#2", "g@example.com", "2025-03-05 14:22:11 +0200", accepts="no", sku="C3",
            Currency="EUR"),
    ])
    report = run_import(service.engine, orders=path, now=NOW)

    assert report["orders"]["created"] == 1
    assert [r["line"] for r in report["orders"]["rejected"]] == [2, 3]
    assert products(service.engine)["C3"][1] == "EUR"
    buyer = guest(service.engine, "g@example.com")
    assert buyer.created_at == datetime(2025, 3, 5, 12, 22, 11, tzinfo=UTC)
    assert buyer.accepts_email_marketing is False


def test_guest_dates_and_consent_from_orders_read_in_one_pass(service, tmp_path):
    # Rows of each order together and nothing refused: the summaries gathered while reading
    # are used as they are. Equal times: the first order in the file is the latest.
    path = write_orders(tmp_path / "o.csv", [
        row("#5", "h@example.com", "2025-02-01 10:00:00 +0200", accepts="no"),
        row("#4", "h@example.com", "2025-06-01 10:00:00 +0200", accepts="yes"),
        row("#3", "h@example.com", "2025-06-01 10:00:00 +0200", accepts="no"),
        row("#2", "h@example.com", "2024-11-30 23:30:00 +0200", accepts=""),
    ])
    run_import(service.engine, orders=path, now=NOW)

    buyer = guest(service.engine, "h@example.com")
    assert buyer.created_at == datetime(2024, 11, 30, 21, 30, tzinfo=UTC)
    assert buyer.accepts_email_marketing is True
    assert buyer.email_consent_at == datetime(2025, 6, 1, 8, 0, tzinfo=UTC)


def test_orders_written_in_batches_keep_their_items(service, tmp_path, monkeypatch):
    monkeypatch.setattr(order_writer, "BATCH", 2)
    monkeypatch.setattr(order_writer, "INDEX_AFTER", 1)
    rows = []
    for n in range(1, 6):
        rows.append(row(f"#{n}", f"c{n}@example.com", f"2025-01-0{n} 10:00:00 +0200",
                        sku=f"S{n}", Id=str(900 + n)))
        rows.extend({"Name": f"#{n}", "Lineitem quantity": str(k), "Lineitem name": f"Чай {k}",
                     "Lineitem price": "1", "Lineitem sku": f"S{n}-{k}"} for k in range(1, n))
    report = run_import(service.engine, orders=write_orders(tmp_path / "o.csv", rows), now=NOW)

    assert report["orders"]["created"] == 5 and report["line_items"] == 15
    orders = orders_by_name(service.engine)
    for n in range(1, 6):
        assert orders[f"#{n}"].key == str(900 + n)
        assert [i.sku for i in orders[f"#{n}"].items] == [f"S{n}", *(f"S{n}-{k}"
                                                                        for k in range(1, n))]
    with Session(service.engine) as session:
        ids = session.scalars(select(Order.id).order_by(Order.id)).all()
        assert ids == list(range(ids[0], ids[0] + 5))
        item_orders = session.scalars(select(LineItem.order_id)).all()
        assert sorted(item_orders) == sorted(i for n, i in enumerate(ids) for _ in range(n + 1))
    # Nothing changes when the same file comes again.
    again = run_import(service.engine, orders=tmp_path / "o.csv", now=NOW)
    assert again["orders"] == {"created": 0, "updated": 0, "rejected": []}


@pytest.mark.parametrize("text", ["2025-03-05 14:22:11 +0200", " 2025-03-05 14:22:11 +0200 ",
                                  "2025-03-05T14:22:11+02:00", "2025-03-05 13:22:11 +0100",
                                  "2025-03-05 14:22:11"])
def test_cancellation_times_are_stored_as_the_general_parser_stores_them(text):
    c = order_cells()
    record = c.order(cells_row(**{"Email": "a@example.com", "Total": "1",
                                  "Created at": "2025-03-05 14:22:11 +0200",
                                  "Cancelled at": text}), 2, "#1", "")
    (process,) = bind_processors(sqlite.dialect(), Order.__table__, ["cancelled_at"])
    expected = process(cells.moment(text, "Cancelled at", c.zone))

    assert record.values[9] == expected
    assert record.values[-1] == c.purchase[1]  # a cancelled order is not a purchase


def test_a_bad_cancellation_time_names_its_column():
    c = order_cells()
    with pytest.raises(CellError, match="Cancelled at"):
        c.order(cells_row(**{"Email": "a@example.com", "Total": "1",
                             "Created at": "2025-03-05 14:22:11 +0200",
                             "Cancelled at": "2025-13-05 14:22:11 +0200"}), 2, "#1", "")
