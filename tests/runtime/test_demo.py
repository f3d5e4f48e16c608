"""The demo shop: loaded and marked, removed to the last row, never touching real data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from runtime.db.models import (
    ActionLog,
    Contact,
    ContactTag,
    Coupon,
    Enrollment,
    Event,
    LedgerEntry,
    LineItem,
    Order,
    Product,
)
from runtime.demo import has_demo, load_demo, remove_demo
from runtime.errors import UserError
from tests.runtime.builders import add_contact, add_event, add_order, at

SMALL = 40


def count(service, table, *where) -> int:
    with service.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_load_marks_every_row_it_creates(service):
    assert not has_demo(service)
    result = load_demo(service, customers=SMALL, seed=3)
    assert has_demo(service)
    contacts = count(service, Contact.__table__)
    orders = count(service, Order.__table__)
    assert contacts >= SMALL and orders > SMALL
    assert count(service, Contact.__table__, Contact.is_demo.is_(False)) == 0
    assert count(service, Order.__table__, Order.is_demo.is_(False)) == 0
    assert result["customers"] == contacts and result["orders"] == orders


def test_remove_deletes_only_demo_rows(service):
    with service.engine.begin() as conn:
        real = add_contact(conn, "olena@shop.ua", first_name="Олена", tags=("vip",))
        order = add_order(conn, real, "2025-03-01 10:00", "420.00")
        conn.execute(LineItem.__table__.insert().values(order_id=order, title="Чашка",
                                                        quantity=1, price=420))
        add_event(conn, real, "product_viewed", "2025-03-02 10:00", product="Чашка")
    load_demo(service, customers=SMALL, seed=3)
    with service.engine.begin() as conn:
        # Things a flow run would hang off demo contacts: all of it must go with them.
        demo = conn.execute(select(Contact.id).where(Contact.is_demo.is_(True))).scalars().first()
        for cid in (demo, real):
            conn.execute(ContactTag.__table__.insert().values(contact_id=cid, tag="flowed",
                                                              added_at=at("2025-04-01 10:00")))
            conn.execute(LedgerEntry.__table__.insert().values(
                contact_id=cid, account="points", delta=10, at=at("2025-04-01 10:00")))
            conn.execute(Coupon.__table__.insert().values(
                code=f"C{cid}", contact_id=cid, discount_type="percent", value=10,
                created_at=at("2025-04-01 10:00")))
            conn.execute(ActionLog.__table__.insert().values(
                contact_id=cid, kind="action.add_tag", at=at("2025-04-01 10:00"),
                status="done", detail={}))
        add_event(conn, demo, "product_viewed", "2025-04-01 10:00")
    assert count(service, Product.__table__) > 0

    removed = remove_demo(service)

    assert removed["customers"] >= SMALL
    assert not has_demo(service)
    with service.engine.connect() as conn:
        assert conn.execute(select(Contact.email)).scalars().all() == ["olena@shop.ua"]
        assert conn.execute(select(Order.id)).scalars().all() == [order]
    assert count(service, LineItem.__table__) == 1
    assert count(service, ContactTag.__table__) == 2  # vip and flowed, both Олена's
    for table in (Event, LedgerEntry, Coupon, ActionLog):
        assert count(service, table.__table__) == 1, table
    assert count(service, Enrollment.__table__) == 0
    # The demo's products went with it; nothing of the real shop used them.
    assert count(service, Product.__table__) == 0


def test_load_twice_does_not_duplicate(service):
    first = load_demo(service, customers=SMALL, seed=3)
    again = load_demo(service, customers=SMALL, seed=3)
    assert (again["customers"], again["orders"]) == (first["customers"], first["orders"])
    assert count(service, Contact.__table__) == first["customers"]
    assert count(service, Order.__table__) == first["orders"]


def test_a_real_contact_with_a_demo_email_is_never_changed(service):
    load_demo(service, customers=SMALL, seed=3)
    with service.engine.begin() as conn:
        email = conn.execute(select(Contact.email).order_by(Contact.id)).scalars().first()
    remove_demo(service)
    with service.engine.begin() as conn:
        add_contact(conn, email, first_name="Real")
    with pytest.raises(UserError, match="already has a contact"):
        load_demo(service, customers=SMALL, seed=3)
    assert not has_demo(service)
    with service.engine.connect() as conn:
        assert conn.execute(select(Contact.first_name)).scalars().all() == ["Real"]
