"""Shopify order exports: grouping line items, guests, statuses, products, rejects, upsert."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from runtime.db.models import Contact, LineItem, Order, Product
from runtime.importers import run_import

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
ORDERS = DATA / "shopify_orders.csv"
CUSTOMERS = DATA / "shopify_customers.csv"


def orders_by_name(engine) -> dict[str, Order]:
    with Session(engine) as session:
        found = session.scalars(select(Order).options(selectinload(Order.items))).all()
        return {order.name: order for order in found}


def contact(engine, email: str) -> Contact | None:
    with Session(engine) as session:
        return session.scalars(select(Contact).where(Contact.email == email)).first()


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def write_orders(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> Path:
    header = header or ["Name", "Email", "Financial Status", "Accepts Marketing", "Currency",
                        "Total", "Created at", "Lineitem quantity", "Lineitem name",
                        "Lineitem price", "Lineitem sku", "Cancelled at", "Id"]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, header, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(name, email, created, *, accepts="no", total="10.00", sku="A1", **extra):
    return {"Name": name, "Email": email, "Financial Status": "paid", "Accepts Marketing": accepts,
            "Currency": "UAH", "Total": total, "Created at": created, "Lineitem quantity": "1",
            "Lineitem name": "Чай", "Lineitem price": total, "Lineitem sku": sku, **extra}


def test_orders_group_line_items_and_link_customers(service):
    report = run_import(service.engine, customers=CUSTOMERS, orders=ORDERS, now=NOW)

    assert report["orders"] == {"created": 8, "updated": 0, "rejected": []}
    assert report["line_items"] == 11
    orders = orders_by_name(service.engine)
    big = orders["#1003"]
    assert [(i.title, i.quantity, i.price) for i in big.items] == [
        ("Зелений чай Сенча, 100 г", 2, Decimal("180.00")),
        ("Улун «Молочний», 50 г", 1, Decimal("210.00")),
        ("Чашка керамічна", 1, Decimal("150.00")),
    ]
    assert big.total == Decimal("729.00") and big.subtotal == Decimal("720.00")
    assert big.discount_code == "WELCOME10"
    assert big.currency == "UAH"
    # The Id column is the key (without Shopify's apostrophe); the Name is kept beside it.
    assert big.key == "5912345678903"
    # " Olena.Kovalenko@example.ua " and "OLENA.KOVALENKO@EXAMPLE.UA" are the customer's orders.
    olena = contact(service.engine, "olena.kovalenko@example.ua")
    assert big.contact_id == olena.id and orders["#1006"].contact_id == olena.id
    assert big.email == "olena.kovalenko@example.ua"
    assert orders["#1001"].items[1].title == "阿里山高山茶 25g"


def test_created_at_with_offset_is_stored_in_utc(service):
    run_import(service.engine, orders=ORDERS, now=NOW)
    orders = orders_by_name(service.engine)

    assert orders["#1008"].created_at == datetime(2025, 3, 5, 12, 22, 11, tzinfo=UTC)
    assert orders["#1001"].created_at == datetime(2024, 11, 2, 1, 0, tzinfo=UTC)
    assert orders["#1004"].cancelled_at == datetime(2025, 1, 28, 10, 0, tzinfo=UTC)


def test_cancelled_voided_and_refunded_orders(service):
    run_import(service.engine, orders=ORDERS, now=NOW)
    orders = orders_by_name(service.engine)

    assert orders["#1006"].financial_status == "voided" and orders["#1006"].is_purchase is False
    assert orders["#1004"].cancelled_at is not None and orders["#1004"].is_purchase is False
    refunded = orders["#1005"]
    assert refunded.is_purchase is True
    assert refunded.refunded == Decimal("310.50") and refunded.financial_status == "refunded"
    assert orders["#1003"].is_purchase is True and orders["#1003"].refunded == Decimal("0.00")


def test_guest_contact_takes_latest_answer_and_first_order_date(service):
    run_import(service.engine, customers=CUSTOMERS, orders=ORDERS, now=NOW)

    guest = contact(service.engine, "guest.buyer@example.com")
    # #1002 (December) said no, the latest order #1008 (March) said yes.
    assert guest.accepts_email_marketing is True
    assert guest.email_consent_at == datetime(2025, 3, 5, 12, 22, 11, tzinfo=UTC)
    assert guest.created_at == datetime(2024, 12, 20, 14, 0, tzinfo=UTC)
    assert guest.external_id is None
    orders = orders_by_name(service.engine)
    assert orders["#1002"].contact_id == orders["#1008"].contact_id == guest.id
    # A customer's own consent wins over the answers on their orders (#1005 said no).
    assert contact(service.engine, "dimitar.petrov@example.bg").accepts_email_marketing is False
    # A customer from the customer file (no date column there) is dated by the import.
    assert contact(service.engine, "yijun.lin@example.tw").created_at == NOW


def test_guest_consent_follows_latest_order_whatever_the_file_order(service, tmp_path):
    path = write_orders(tmp_path / "o.csv", [
        row("#3", "late@example.com", "2025-01-01 10:00:00 +0200", accepts="yes"),
        row("#9", "late@example.com", "2025-06-01 10:00:00 +0200", accepts="no"),
    ])
    run_import(service.engine, orders=path, now=NOW)

    assert contact(service.engine, "late@example.com").accepts_email_marketing is False


def test_a_later_order_file_treats_stored_contacts_without_a_store_id_as_guests(service,
                                                                              tmp_path):
    # Customers and a hand-made contact list were imported before; the orders come alone.
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("email\nlist.only@example.com\n", encoding="utf-8")
    run_import(service.engine, customers=CUSTOMERS, contacts=contacts, now=NOW)
    path = write_orders(tmp_path / "o.csv", [
        row("#1", "olena.kovalenko@example.ua", "2025-02-01 10:00:00 +0200", accepts="no"),
        row("#2", "list.only@example.com", "2025-02-02 10:00:00 +0200", accepts="yes"),
        row("#3", "first.time@example.com", "2025-02-03 10:00:00 +0200", accepts="yes"),
    ])
    run_import(service.engine, orders=path, now=NOW)

    # A store customer keeps the consent of the customer file ...
    assert contact(service.engine, "olena.kovalenko@example.ua").accepts_email_marketing is True
    # ... a stored contact without a store customer id, and a new email, take their order's.
    listed = contact(service.engine, "list.only@example.com")
    assert listed.accepts_email_marketing is True and listed.external_id is None
    assert contact(service.engine, "first.time@example.com").accepts_email_marketing is True


def test_order_without_email_is_kept_without_contact(service):
    run_import(service.engine, orders=ORDERS, now=NOW)
    order = orders_by_name(service.engine)["#1007"]

    assert order.contact_id is None and order.email is None
    assert order.total == Decimal("155.00")
    assert count(service.engine, Contact) == 4  # three customers seen in orders and one guest


def test_products_are_linked_by_sku_or_created_by_title(service):
    run_import(service.engine, orders=ORDERS, now=NOW)

    with Session(service.engine) as session:
        products = session.scalars(select(Product)).all()
        by_sku = {p.sku: p for p in products if p.sku}
        assert len(by_sku) == 6 and len(products) == 7
        card = next(p for p in products if p.sku is None)
        assert card.title == "Подарункова листівка"
        items = session.scalars(select(LineItem)).all()
        assert all(item.product_id is not None for item in items)
        sencha = [i for i in items if i.sku == "TEA-SENCHA-100"]
        assert len(sencha) == 3 and {i.product_id for i in sencha} == {by_sku["TEA-SENCHA-100"].id}


def test_key_falls_back_to_name_without_an_id_column(service, tmp_path):
    header = ["Name", "Email", "Financial Status", "Total", "Created at", "Lineitem quantity",
              "Lineitem name", "Lineitem price"]
    path = write_orders(tmp_path / "o.csv", [
        {"Name": "#77", "Email": "a@example.com", "Financial Status": "paid", "Total": "5",
         "Created at": "2025-01-01T10:00:00+02:00", "Lineitem quantity": "1",
         "Lineitem name": "Чай", "Lineitem price": "5"},
        {"Name": "#77", "Email": "a@example.com", "Lineitem quantity": "3",
         "Lineitem name": "Мед", "Lineitem price": "1.5"},
    ], header)
    report = run_import(service.engine, orders=path, now=NOW)

    assert report["orders"]["created"] == 1 and report["line_items"] == 2
    order = orders_by_name(service.engine)["#77"]
    assert order.key == "#77" and order.currency is None
    assert [(i.title, i.sku) for i in order.items] == [("Чай", None), ("Мед", None)]


def test_bad_rows_are_rejected_with_line_order_and_column(service):
    report = run_import(service.engine, orders=DATA / "shopify_orders_bad_rows.csv", now=NOW)

    section = report["orders"]
    assert section["created"] == 1
    rejected = {entry["line"]: entry for entry in section["rejected"]}
    assert sorted(rejected) == [3, 4, 5, 6, 7, 8]
    assert rejected[3]["order"] == "#2004"
    assert rejected[3]["reason"].startswith("Created at: '05/03/2025 2pm' is not a date")
    assert rejected[4]["reason"].startswith("Total: 'сто гривень' is not a number")
    # A bad line item spoils its order: the good first row is listed as skipped too.
    assert rejected[6]["reason"].startswith("Lineitem quantity: 'two' is not a whole number")
    assert rejected[5]["order"] == "#2002" and "line 6" in rejected[5]["reason"]
    assert rejected[7] == {"line": 7, "order": None,
                           "reason": "Name: missing (every row needs the order name)"}
    assert rejected[8]["reason"].startswith("Email: 'not-an-email' is not an email address")
    assert set(orders_by_name(service.engine)) == {"#2005"}
    assert contact(service.engine, "bad.qty@example.com") is None


def test_reimport_changes_nothing(service):
    run_import(service.engine, customers=CUSTOMERS, orders=ORDERS, now=NOW)
    before = {model: count(service.engine, model) for model in (Contact, Order, LineItem, Product)}
    again = run_import(service.engine, customers=CUSTOMERS, orders=ORDERS,
                       now=datetime(2026, 3, 1, tzinfo=UTC))

    assert again["orders"] == {"created": 0, "updated": 0, "rejected": []}
    assert again["customers"]["created"] == 0 and again["customers"]["updated"] == 0
    assert again["line_items"] == 0
    assert {model: count(service.engine, model) for model in before} == before


def test_a_changed_order_is_updated_in_place(service, tmp_path):
    run_import(service.engine, orders=ORDERS, now=NOW)
    ids = {name: order.id for name, order in orders_by_name(service.engine).items()}
    text = ORDERS.read_text(encoding="utf-8").replace(
        "#1008,guest.buyer@example.com,paid", "#1008,guest.buyer@example.com,refunded")
    text = text.replace("#1001,yijun.lin@example.tw,,,,,,,,,,,,,,,2,",
                        "#1001,yijun.lin@example.tw,,,,,,,,,,,,,,,5,")
    changed = tmp_path / "orders.csv"
    changed.write_text(text, encoding="utf-8")
    report = run_import(service.engine, orders=changed, now=NOW)

    assert report["orders"] == {"created": 0, "updated": 2, "rejected": []}
    assert report["line_items"] == 2  # the items of #1001 were rewritten
    orders = orders_by_name(service.engine)
    assert {name: order.id for name, order in orders.items()} == ids
    assert orders["#1008"].financial_status == "refunded"
    assert [i.quantity for i in orders["#1001"].items] == [1, 5]
    assert count(service.engine, LineItem) == 11


def test_indexes_built_after_a_large_first_import_survive_any_failure(service, monkeypatch):
    from sqlalchemy import event, text

    from runtime.importers import order_writer

    monkeypatch.setattr(order_writer, "INDEX_AFTER", 1)  # every first import counts as large
    engine = service.engine

    def indexes() -> list[tuple]:
        with engine.connect() as conn:
            return sorted(map(tuple, conn.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'"))))

    before = indexes()
    calls: list[int] = []
    failing = [0]

    def fail(*_args):
        calls.append(1)
        if len(calls) == failing[0] + 1:
            raise RuntimeError("disk full")

    event.listen(engine, "before_cursor_execute", fail)
    try:
        while True:
            calls.clear()
            try:
                run_import(engine, customers=CUSTOMERS, orders=ORDERS, now=NOW)
            except RuntimeError:
                assert indexes() == before and count(engine, Order) == 0
                failing[0] += 1
                continue
            break
    finally:
        event.remove(engine, "before_cursor_execute", fail)
    assert failing[0] > 10
    assert indexes() == before and count(engine, Order) == 8
