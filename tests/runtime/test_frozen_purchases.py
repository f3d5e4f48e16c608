"""A backtest's facts from memory must equal the facts computed in SQL, at every moment."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select

from runtime.db.models import Contact, LedgerEntry, Order
from runtime.demo_store import write_store
from runtime.engine.frozen_purchases import FrozenPurchases
from runtime.facts import facts_for
from runtime.importers import run_import
from tests.runtime.builders import TIERS, add_contact, add_order, at


def test_facts_from_memory_equal_the_sql_facts(service, tmp_path):
    customers, orders = write_store(tmp_path / "store", 120, years=2, seed=3)
    run_import(service.engine, customers=customers, orders=orders, shop_timezone="Europe/Kyiv")
    with service.engine.begin() as conn:
        never = add_contact(conn, "never@example.ua")  # no purchases at all
        edge = add_contact(conn, "edge@example.ua")
        add_order(conn, edge, "2025-06-01 12:00", "80.10")
        add_order(conn, edge, "2025-06-01 12:00", "19.90")  # two at the same moment
        add_order(conn, edge, "2025-07-01 12:00", "50.00", cancelled=True)
        add_order(conn, edge, "2025-08-01 12:00", "33.33", status="voided")
        add_order(conn, None, "2025-06-02 12:00")  # a guest order belongs to nobody
        conn.execute(LedgerEntry.__table__.insert().values(
            contact_id=edge, account="points", delta=40, reason="test", at=at("2025-05-01 00:00")))
        ids = [r[0] for r in conn.execute(select(Contact.__table__.c.id))]
        counted = conn.execute(select(Order.__table__.c.is_purchase)
                               .where(Order.__table__.c.is_purchase.is_(False))).all()
        assert counted, "the store should hold orders that do not count"
    rng = random.Random(1)
    moments = [at("2025-06-01 12:00"), at("2025-06-01 11:59")] + [
        at("2024-11-01 00:00") + timedelta(hours=rng.randrange(24 * 730)) for _ in range(25)]
    with service.engine.connect() as conn:
        memory = FrozenPurchases(conn)
        for moment in moments:
            wanted = facts_for(conn, ids, moment, TIERS)
            got = memory.facts(ids, moment, TIERS)
            assert got == wanted, moment
            assert wanted[never].orders_count == 0
        single = memory.facts([edge], at("2025-09-01 00:00"), TIERS, with_balances=False)
    assert single[edge].orders_count == 2 and str(single[edge].total_spent) == "100.00"
    assert single[edge].points == 0  # balances not asked for
