"""Recipe first-purchase-date: the first purchase ever stores its date and tags the customer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import Contact
from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_order,
    at,
    live_engine,
    order_event,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "first-purchase-date.json"


def test_first_purchase_stores_the_date_once_and_tags_customer(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_order(conn, olena, "2025-03-01 01:30")  # first purchase ever, in the night
        add_order(conn, olena, "2025-05-01 12:00")  # a second purchase: not the first
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        add_order(conn, bohdan, "2024-12-20 12:00")  # before the period: he is no newcomer
        add_order(conn, bohdan, "2025-01-10 12:00")
        iryna = add_contact(conn, "iryna@example.ua", first_name="Ірина",
                            fields={"first_purchase_date": "2023-05-05"})  # imported date
        add_order(conn, iryna, "2025-04-02 10:00")
        quiet = add_contact(conn, "quiet@example.ua", consent=False)  # no email, so it counts
        add_order(conn, quiet, "2025-06-07 18:15")
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert [(a["at"], a["contact"], a["node"]) for a in report["actions"]] == [
        ("2025-03-01T01:30:00+02:00", "olena@example.ua", "set-date"),
        ("2025-03-01T01:30:00+02:00", "olena@example.ua", "tag-customer"),
        ("2025-04-02T10:00:00+03:00", "iryna@example.ua", "tag-customer"),
        ("2025-06-07T18:15:00+03:00", "quiet@example.ua", "set-date"),
        ("2025-06-07T18:15:00+03:00", "quiet@example.ua", "tag-customer"),
    ]
    assert [(s["at"], s["contact"], s["node"], s["reason"]) for s in report["skipped"]] == [
        ("2025-04-02T10:00:00+03:00", "iryna@example.ua", "set-date", "field_already_set")]


def _stored_date(service, when: str) -> str:
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        order = add_order(conn, olena, when)
        live_engine(conn).handle_event(conn, order_event(conn, order))
    with service.engine.connect() as conn:
        fields = conn.execute(select(Contact.__table__.c.fields)
                              .where(Contact.__table__.c.id == olena)).scalar_one()
    return fields["first_purchase_date"]


def test_the_stored_value_is_the_order_date(service):
    assert _stored_date(service, "2025-03-01 12:00") == "2025-03-01"


def test_a_night_order_stores_the_shop_day(service):
    # Regression: order.created_at reached templates in UTC, so an order placed between
    # midnight and 02:00/03:00 in Kyiv stored the day before.
    assert _stored_date(service, "2025-03-01 01:30") == "2025-03-01"
