"""A backtest writes in batches: the report must be the same whatever the batch size."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import Contact, Event, Setting
from runtime.demo_store import write_store
from runtime.engine.actions import coupon_code
from runtime.flow import Flow
from runtime.flowfile import load_flow
from runtime.importers import run_import
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

RECIPES = Path(__file__).resolve().parents[2] / "recipes"
SECRET = "fedcba9876543210fedcba9876543210"
# Between them these use goals, waits for an event, date scans, points with a threshold and
# tiers, coupons, referral codes looked up by later orders, tags that start other runs, and
# custom events.
SLUGS = ("winback-after-inactivity", "feedback-highly-engaged", "birthday-coupon",
         "loyalty-tiers", "referral-program", "first-purchase-coupon",
         "product-interest-tagging", "post-purchase-feedback", "engagement-tagging")


@pytest.fixture
def shop(service, tmp_path):
    """A generated shop of 150 customers over two years, with product views, replies, reviews,
    forms and NPS answers, and friends' orders that use the referral codes the recipe hands
    out during the year."""
    customers, orders = write_store(tmp_path / "store", 150, years=2, seed=11)
    run_import(service.engine, customers=customers, orders=orders, shop_timezone="Europe/Kyiv")
    rng = random.Random(5)
    with service.engine.begin() as conn:
        conn.execute(Setting.__table__.insert().values(key="engine_secret", value=SECRET))
        ids = [r[0] for r in conn.execute(select(Contact.__table__.c.id))]
        events = []
        for _ in range(600):  # dense enough for "the third view of a product in 14 days"
            day = rng.randrange(0, 90)
            events.append({"contact_id": rng.choice(ids[:40]), "name": "product_viewed",
                           "at": at("2025-11-01 09:00") + day * _DAY + rng.randrange(600) * _MIN,
                           "properties": {"product": f"SKU-{rng.randrange(4)}"},
                           "source": "test"})
        for _ in range(300):
            events.append({"contact_id": rng.choice(ids), "name": rng.choice(
                ["form_submitted", "email_replied", "review_submitted", "nps_submitted"]),
                "at": at("2025-11-01 09:00") + rng.randrange(365) * _DAY,
                "properties": {"score": rng.randrange(11)}, "source": "test"})
        conn.execute(Event.__table__.insert(), events)
        # Referrers get their code with their first purchase of the year: friends use it within
        # hours, while the code may still be waiting in the engine's batch.
        for referrer in ids[:12]:
            code = coupon_code("FRIEND", SECRET, f"referral:{referrer}")
            for friend in rng.sample(ids, 2):
                add_order(conn, friend, f"2026-0{rng.randrange(1, 9)}-1{rng.randrange(10)} "
                          "12:00", discount=code)
    return service


_DAY = at("2025-01-02 00:00") - at("2025-01-01 00:00")
_MIN = _DAY / 1440


@pytest.mark.parametrize("slug", SLUGS)
def test_report_does_not_depend_on_the_batch_size(shop, slug):
    flow = load_flow(RECIPES / f"{slug}.json")

    def report(flush_runs):
        result = run_backtest(shop.engine, flow, at("2025-11-01 00:00"), at("2026-11-01 00:00"),
                              KYIV, SHOP, TIERS, flush_runs=flush_runs)
        return json.dumps(result, sort_keys=True, default=str)

    unbatched = report(None)  # written after every event and tick, as the live runtime does
    assert json.loads(unbatched)["summary"]["enrollments"] > 0
    for flush_runs in (1, 3, 10_000):
        assert report(flush_runs) == unbatched, f"{slug}: batches of {flush_runs} differ"


@pytest.mark.parametrize("flush_runs", [None, 1, 2, 500])
def test_a_tag_added_then_removed_within_a_batch_stays_removed(service, flush_runs):
    # engagement-tagging: quiet for 90 days -> "at-risk"; the next order removes it. In
    # batches of 2 runs both are written in one flush, which must not add the tag back.
    with service.engine.begin() as conn:
        olha = add_contact(conn, "olha@example.ua")
        for when in ("2025-01-10 10:00", "2025-04-20 10:00", "2025-05-05 10:00"):
            add_order(conn, olha, when)
    flow = load_flow(RECIPES / "engagement-tagging.json")
    report = run_backtest(service.engine, flow, at("2025-01-01 00:00"), at("2025-06-01 00:00"),
                          KYIV, SHOP, TIERS, flush_runs=flush_runs)
    at_risk = [(a["at"][:10], a["node"]) for a in report["actions"] if "at-risk" in a["node"]]
    assert at_risk == [("2025-04-10", "tag-at-risk"), ("2025-04-20", "remove-at-risk")]
    third = [s["reason"] for s in report["skipped"]
             if s["node"] == "remove-at-risk" and s["at"].startswith("2025-05-05")]
    assert third == ["not_tagged"]


def test_a_batch_writes_changes_with_the_time_they_happened(service):
    # Written at the end of the batch, the unsubscribe and the field still carry the moment of
    # their step, not the moment of the flush.
    flow = Flow("Stop mailing")
    t = flow.add_node("trigger.order_placed")
    note = flow.add_node("action.set_field", {"field": "left_at", "value": "{{ order.name }}"})
    stop = flow.add_node("action.unsubscribe")
    flow.connect(t, "next", note)
    flow.connect(note, "next", stop)
    with service.engine.begin() as conn:
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        lesia = add_contact(conn, "lesia@example.ua")
        other = add_contact(conn, "other@example.ua")
        first = add_order(conn, lesia, "2025-02-01 10:00")
        later = add_order(conn, other, "2025-03-01 10:00")
        engine = live_engine(conn)
        engine.begin_batch(conn)
        engine.handle_event(conn, order_event(conn, first))
        engine.handle_event(conn, order_event(conn, later))
        engine.end_batch()
        row = conn.execute(select(Contact.__table__).where(Contact.__table__.c.id == lesia)).one()
    assert row.accepts_email_marketing is False
    assert row.email_consent_at == at("2025-02-01 10:00")
    assert row.updated_at == at("2025-02-01 10:00") and row.fields["left_at"]
