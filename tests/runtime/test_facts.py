"""Derived customer facts: purchases, spend, points as of a time, tiers and RFM quintiles."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from runtime import facts as facts_module
from runtime.db.models import Contact, LedgerEntry, Order
from runtime.facts import (
    ContactFacts,
    facts_for,
    ledger_balances,
    purchase_stats,
    rfm_scores,
    rfm_select,
    tier_for,
)

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
TIERS = [["Bronze", 0], ["Silver", 500], ["Gold", 1500]]
_keys = itertools.count(1)


def add_contact(conn, email: str) -> int:
    return conn.execute(
        insert(Contact).values(email=email, created_at=NOW - timedelta(days=400), updated_at=NOW)
        .returning(Contact.id)
    ).scalar_one()


def add_order(conn, contact_id, at, total, refunded="0", purchase=True, currency="USD") -> None:
    conn.execute(insert(Order).values(
        key=f"o{next(_keys)}", contact_id=contact_id, created_at=at, total=Decimal(total),
        refunded=Decimal(refunded), is_purchase=purchase, currency=currency,
    ))


def add_entry(conn, contact_id, delta, at, expires_at=None, account="points") -> None:
    conn.execute(insert(LedgerEntry).values(
        contact_id=contact_id, account=account, delta=delta, at=at, expires_at=expires_at,
    ))


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


def test_cancelled_and_voided_orders_are_excluded_and_refunds_subtracted(service):
    with service.engine.begin() as conn:
        cid = add_contact(conn, "ann@example.com")
        add_order(conn, cid, days_ago(30), "100.00", refunded="20.00")
        add_order(conn, cid, days_ago(10), "50.25")
        add_order(conn, cid, days_ago(5), "1000.00", purchase=False)  # cancelled
        add_order(conn, cid, days_ago(2), "999.00", purchase=False)  # voided
    with service.engine.connect() as conn:
        fact = facts_for(conn, [cid], NOW, TIERS)[cid]
    assert fact.orders_count == 2
    assert fact.total_spent == Decimal("130.25")
    assert fact.aov == Decimal("65.125")
    assert fact.first_order_at == days_ago(30)
    assert fact.last_order_at == days_ago(10)
    assert fact.last_order_at.tzinfo is not None
    assert fact.days_since_last_order == 10
    assert fact.rfm is None  # not asked for


def test_as_of_ignores_later_orders(service):
    with service.engine.begin() as conn:
        cid = add_contact(conn, "bo@example.com")
        add_order(conn, cid, days_ago(100), "10")
        add_order(conn, cid, days_ago(40), "20")
        add_order(conn, cid, days_ago(1), "40")
    as_of = days_ago(39.5)  # half a day after the second order
    with service.engine.connect() as conn:
        fact = facts_for(conn, [cid], as_of, TIERS)[cid]
        at_first = facts_for(conn, [cid], days_ago(100), TIERS)[cid]
        before_any = facts_for(conn, [cid], days_ago(101), TIERS)[cid]
    assert (fact.orders_count, fact.total_spent, fact.last_order_at) == (
        2, Decimal("30.00"), days_ago(40))
    assert fact.days_since_last_order == 0
    assert (at_first.orders_count, at_first.days_since_last_order) == (1, 0)
    assert before_any == ContactFacts(cid, None, None, 0, Decimal("0.00"), None, None, 0, {},
                                      "Bronze", None)


def test_points_count_only_made_and_unexpired_entries(service):
    with service.engine.begin() as conn:
        cid = add_contact(conn, "cy@example.com")
        add_entry(conn, cid, 400, days_ago(60), expires_at=days_ago(20))
        add_entry(conn, cid, 150, days_ago(50))
        add_entry(conn, cid, -30, days_ago(10))
        add_entry(conn, cid, 1000, days_ago(-1))  # in the future of NOW
        add_entry(conn, cid, 7, days_ago(50), account="score:engagement")
        add_entry(conn, cid, 5, days_ago(5), account="score:engagement")
        add_entry(conn, cid, 99, days_ago(5), account="other")  # neither points nor a score
    with service.engine.connect() as conn:
        def at(moment):
            return facts_for(conn, [cid], moment, TIERS)[cid]

        assert at(days_ago(61)).points == 0
        assert (at(days_ago(45)).points, at(days_ago(45)).tier) == (550, "Silver")
        # The expiry moment itself no longer counts.
        assert at(days_ago(20)).points == 150
        assert at(NOW).points == 120
        assert at(NOW).tier == "Bronze"
        assert at(NOW).scores == {"engagement": 12}
        assert at(days_ago(45)).scores == {"engagement": 7}
        assert at(days_ago(-2)).points == 1120
        balances = dict(conn.execute(ledger_balances(NOW)).all())
        assert balances == {cid: 120}
        assert dict(conn.execute(ledger_balances(NOW, "score:engagement")).all()) == {cid: 12}


@pytest.mark.parametrize(("points", "tier"), [
    (-1, None), (0, "Bronze"), (499, "Bronze"), (500, "Silver"), (1499, "Silver"),
    (1500, "Gold"), (10**9, "Gold"),
])
def test_tier_thresholds_are_inclusive(points, tier):
    assert tier_for(points, TIERS) == tier
    assert tier_for(points, list(reversed(TIERS))) == tier


def test_tier_without_tiers_or_below_the_lowest():
    assert tier_for(1000, []) is None
    assert tier_for(99, [("VIP", 100)]) is None
    assert tier_for(100, [("VIP", 100)]) == "VIP"


# Contact k (1..10) has k orders, its last one k days ago, and net spend rank SPEND_RANK[k-1].
SPEND_RANK = [3, 7, 1, 9, 5, 10, 2, 8, 4, 6]


def make_population(conn) -> list[int]:
    ids = []
    for k in range(1, 11):
        cid = add_contact(conn, f"p{k}@example.com")
        ids.append(cid)
        spend = Decimal(SPEND_RANK[k - 1] * 100)
        for j in range(k):
            # Each earlier order sits further back; the k orders together add up to `spend`.
            add_order(conn, cid, days_ago(k + 30 * j), spend / k)
        # Noise that must not move anyone: a cancelled big order and an order after NOW.
        add_order(conn, cid, days_ago(k + 1), "5000", purchase=False)
        add_order(conn, cid, days_ago(-3), "5000")
    return ids


def test_rfm_quintiles_on_a_known_population(service):
    with service.engine.begin() as conn:
        ids = make_population(conn)
        no_orders = add_contact(conn, "none@example.com")
        only_cancelled = add_contact(conn, "cancelled@example.com")
        add_order(conn, only_cancelled, days_ago(3), "70", purchase=False)
    with service.engine.connect() as conn:
        scores = rfm_scores(conn, NOW)
        facts = facts_for(conn, [*ids, no_orders, only_cancelled], NOW, TIERS, with_rfm=True)
    assert set(scores) == set(ids)
    for k, cid in enumerate(ids, start=1):
        expected = ((11 - k + 1) // 2, (k + 1) // 2, (SPEND_RANK[k - 1] + 1) // 2)
        assert scores[cid] == expected, f"contact {k}"
        assert facts[cid].rfm == expected
    # The most recent (k=1) and the top spender (rank 10 is k=6) get the 5s; the rest, the 1s.
    assert scores[ids[0]][0] == 5 and scores[ids[9]][0] == 1
    assert scores[ids[9]][1] == 5 and scores[ids[0]][1] == 1
    assert scores[ids[5]][2] == 5 and scores[ids[2]][2] == 1
    assert facts[no_orders].rfm is None and facts[only_cancelled].rfm is None
    assert facts[only_cancelled].orders_count == 0


def test_rfm_gives_equal_behaviour_the_same_score(service):
    with service.engine.begin() as conn:
        ids = []
        for k in range(10):
            cid = add_contact(conn, f"t{k}@example.com")
            ids.append(cid)
            # Seven one-order customers, then 2, 3 and 4 orders.
            for j in range(max(1, k - 5)):
                add_order(conn, cid, days_ago(10 + k + j), "25")
    with service.engine.connect() as conn:
        scores = rfm_scores(conn, NOW)
    f_scores = [scores[cid][1] for cid in ids]
    # Plain NTILE would hand the seven equal customers F=1, 1, 2, 2, 3, 3, 4.
    assert f_scores == [1] * 7 + [4, 5, 5]


def test_rfm_depends_on_as_of(service):
    with service.engine.begin() as conn:
        old = add_contact(conn, "old@example.com")
        new = add_contact(conn, "new@example.com")
        add_order(conn, old, days_ago(300), "10")
        add_order(conn, new, days_ago(3), "10")
    with service.engine.connect() as conn:
        assert rfm_scores(conn, days_ago(100)) == {old: (1, 1, 1)}
        assert rfm_scores(conn, NOW)[new][0] == 2


def test_purchase_stats_is_a_joinable_subquery(service):
    with service.engine.begin() as conn:
        quiet = add_contact(conn, "quiet@example.com")
        busy = add_contact(conn, "busy@example.com")
        add_contact(conn, "never@example.com")
        add_order(conn, quiet, days_ago(120), "12.3456")
        add_order(conn, busy, days_ago(120), "10")
        add_order(conn, busy, days_ago(4), "10")
    stats = purchase_stats(NOW).subquery()
    inactive = (
        select(Contact.email, stats.c.total_spent_scaled)
        .join(stats, stats.c.contact_id == Contact.id)
        .where(stats.c.last_order_at <= NOW - timedelta(days=90))
    )
    with service.engine.connect() as conn:
        rows = conn.execute(inactive).all()
    assert rows == [("quiet@example.com", 123456)]
    assert isinstance(rows[0][1], int)


def test_facts_for_batches_ids_instead_of_querying_per_contact(service, monkeypatch):
    monkeypatch.setattr(facts_module, "BATCH_SIZE", 3)
    with service.engine.begin() as conn:
        ids = [add_contact(conn, f"b{k}@example.com") for k in range(7)]
        for k, cid in enumerate(ids):
            add_order(conn, cid, days_ago(k + 1), str(k + 1))
            add_entry(conn, cid, 100 * k, days_ago(1))
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(service.engine, "before_cursor_execute", count)
    try:
        with service.engine.connect() as conn:
            facts = facts_for(conn, [*ids, ids[0], 999_999], NOW, TIERS)
    finally:
        event.remove(service.engine, "before_cursor_execute", count)
    # 8 distinct ids in batches of 3: 3 batches, one order query and one ledger query each.
    assert len(statements) == 6
    assert [facts[cid].total_spent for cid in ids] == [Decimal(k + 1) for k in range(7)]
    assert [facts[cid].points for cid in ids] == [100 * k for k in range(7)]
    assert facts[999_999].orders_count == 0 and facts[999_999].tier == "Bronze"


def test_naive_as_of_is_refused(service):
    with service.engine.connect() as conn, pytest.raises(ValueError, match="naive"):
        facts_for(conn, [1], datetime(2024, 1, 1), TIERS)


def test_rfm_sql_compiles_for_postgresql():
    sql = str(rfm_select(NOW).compile(dialect=postgresql.dialect()))
    assert sql.count("ntile(") == 3 and "PARTITION BY" in sql


def test_scores_are_kept_apart_from_points_and_sessions_work(service):
    with service.engine.begin() as conn:
        cid = add_contact(conn, "dee@example.com")
        add_entry(conn, cid, 40, days_ago(3))
        add_entry(conn, cid, 9, days_ago(3), account="score:points")  # a score named "points"
        add_entry(conn, cid, -2, days_ago(2), account="score:nps")
        add_order(conn, cid, days_ago(3), "19.99")
    with Session(service.engine) as session:
        fact = facts_for(session, [cid], NOW, TIERS, with_rfm=True)[cid]
    assert (fact.points, fact.scores) == (40, {"points": 9, "nps": -2})
    assert (fact.rfm, fact.aov, fact.days_since_last_order) == ((1, 1, 1), Decimal("19.99"), 3)
