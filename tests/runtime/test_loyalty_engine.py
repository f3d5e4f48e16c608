"""The loyalty parts of the engine: points spent oldest-expiring first, tier moves, coupons that
wait for consent, referral codes that are not one's own, emails that need their coupon."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from runtime import catalog, flows_store
from runtime.db.models import ActionLog, Enrollment, LedgerEntry, OutboxItem
from runtime.engine import EngineEvent
from runtime.facts import facts_for
from runtime.flow import Flow
from tests.runtime.builders import TIERS, add_contact, add_order, at, live_engine, order_event

L = LedgerEntry.__table__


def activate(service, *flows):
    with service.engine.begin() as conn:
        for flow in flows:
            flows_store.activate(conn, flow, at("2025-01-01 00:00"))


def chain(name: str, trigger: str, trigger_params: dict, *steps: tuple[str, dict]) -> Flow:
    flow = Flow(name)
    previous = flow.add_node(trigger, trigger_params)
    for kind, params in steps:
        node = flow.add_node(kind, params)
        flow.connect(previous, "next", node)
        previous = node
    return flow


def earn(conn, contact_id: int, points: int, when: str, days: int | None) -> None:
    earned = at(when)
    conn.execute(L.insert().values(contact_id=contact_id, account="points", delta=points,
                                   at=earned, reason="test",
                                   expires_at=earned + timedelta(days=days) if days else None))


def test_points_are_spent_from_the_lot_that_expires_first(service):
    activate(service, chain("Redeem", "trigger.custom_event", {"event": "redeem"},
                            ("action.points", {"operation": "subtract", "amount": 250})))
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua")
        earn(conn, anna, 200, "2024-09-01 12:00", None)  # never expires: spent last
        earn(conn, anna, 300, "2024-03-10 12:00", 365)  # expires 2025-03-10
        earn(conn, anna, 100, "2024-06-01 12:00", 365)  # expires 2025-06-01
        live_engine(conn).handle_event(conn, EngineEvent("redeem", anna, at("2025-02-01 10:00")))
        spends = conn.execute(select(L.c.delta, L.c.expires_at).where(L.c.delta < 0)).all()
        assert spends == [(-250, at("2025-03-10 12:00"))]

        def balance(when: str) -> int:
            return facts_for(conn, [anna], at(when), TIERS)[anna].points

        assert balance("2025-02-01 10:00") == 350
        # The March lot had 50 left; June's 100 and the lasting 200 remain.
        assert balance("2025-03-11 00:00") == 300
        assert balance("2025-06-02 00:00") == 200


def test_a_spend_larger_than_one_lot_takes_the_next(service):
    activate(service, chain("Redeem", "trigger.custom_event", {"event": "redeem"},
                            ("action.points", {"operation": "reset"})))
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua")
        earn(conn, anna, 300, "2024-03-10 12:00", 365)
        earn(conn, anna, 100, "2024-06-01 12:00", 365)
        live_engine(conn).handle_event(conn, EngineEvent("redeem", anna, at("2025-02-01 10:00")))
        spends = conn.execute(select(L.c.delta, L.c.expires_at).where(L.c.delta < 0)
                              .order_by(L.c.expires_at)).all()
    assert spends == [(-300, at("2025-03-10 12:00")), (-100, at("2025-06-01 12:00"))]


def test_only_moves_up_into_a_named_tier_start_the_tier_trigger(service):
    earner = chain("Earn", "trigger.order_placed", {},
                   ("action.points", {"amount": 1, "per_currency_unit": True}))
    loser = chain("Lose", "trigger.custom_event", {"event": "refund"},
                  ("action.points", {"operation": "subtract", "amount": 2000}))
    gold = chain("Gold only", "trigger.tier_changed", {"tiers": ["gold"]},
                 ("action.add_tag", {"tag": "gold"}))
    activate(service, earner, loser, gold)
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua")
        engine = live_engine(conn)
        for when, total in (("2025-03-01 12:00", "600.00"), ("2025-03-02 12:00", "1000.00")):
            engine.handle_event(conn, order_event(conn, add_order(conn, anna, when, total)))
        engine.handle_event(conn, EngineEvent("refund", anna, at("2025-03-03 12:00")))
        engine.handle_event(conn, order_event(conn, add_order(conn, anna, "2025-03-04 12:00",
                                                              "1600.00")))
        e = Enrollment.__table__
        runs = conn.execute(select(e.c.started_at, e.c.context).where(e.c.flow_id == 3)
                            .order_by(e.c.id)).all()
    # Silver on 1 March does not start it; Gold on 2 and 4 March does, the fall does not.
    assert [(r.started_at, r.context["event"]) for r in runs] == [
        (at("2025-03-02 12:00"), {"name": "tier_changed", "from": "Silver", "to": "Gold"}),
        (at("2025-03-04 12:00"), {"name": "tier_changed", "from": "Bronze", "to": "Gold"}),
    ]


def test_a_coupon_may_still_be_made_without_consent_when_asked(service):
    strict = chain("Strict", "trigger.custom_event", {"event": "complaint"},
                   ("action.coupon", {}))
    lenient = chain("Lenient", "trigger.custom_event", {"event": "complaint"},
                    ("action.coupon", {"only_with_consent": False, "prefix": "CALL"}))
    activate(service, strict, lenient)
    with service.engine.begin() as conn:
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        live_engine(conn).handle_event(conn, EngineEvent("complaint", quiet,
                                                         at("2025-03-01 12:00")))
        log = conn.execute(select(ActionLog.__table__.c.status, ActionLog.__table__.c.reason)
                           .order_by(ActionLog.__table__.c.id)).all()
        store = conn.execute(select(OutboxItem.__table__.c.payload)).scalars().all()
    assert log == [("skipped", "no_consent"), ("done", None)]
    assert [p["code"][:5] for p in store] == ["CALL-"]


def test_an_email_that_asks_whether_there_is_a_coupon_goes_out_without_one(service):
    def flow(name: str, event: str, template: str) -> Flow:
        return chain(name, "trigger.custom_event", {"event": event},
                     ("action.send_email", {"template": {"subject": "Hi", "html": template,
                                                         "text": template}}))

    activate(service, flow("Bare", "a", "Code {{ coupon.code }}"),
             flow("Asks", "b", "{% if coupon %}Code {{ coupon.code }}{% endif %}Thanks"))
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua")
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("a", anna, at("2025-03-01 12:00")))
        engine.handle_event(conn, EngineEvent("b", anna, at("2025-03-01 12:00")))
        log = conn.execute(select(ActionLog.__table__.c.status, ActionLog.__table__.c.reason)
                           .order_by(ActionLog.__table__.c.id)).all()
    assert log == [("skipped", "no_coupon"), ("done", None)]


def test_an_ordinary_coupon_or_an_unknown_code_rewards_no_one(service):
    giver = chain("Codes", "trigger.custom_event", {"event": "join"},
                  ("action.referral_code", {}))
    plain = chain("Coupon", "trigger.custom_event", {"event": "sorry"}, ("action.coupon", {}))
    reward = chain("Reward", "trigger.referral_used", {}, ("action.add_tag", {"tag": "referrer"}))
    activate(service, giver, plain, reward)
    with service.engine.begin() as conn:
        anna = add_contact(conn, "anna@example.ua")
        friend = add_contact(conn, "friend@example.ua")
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("join", anna, at("2025-03-01 12:00")))
        engine.handle_event(conn, EngineEvent("sorry", anna, at("2025-03-01 12:00")))
        codes = dict(conn.execute(select(OutboxItem.__table__.c.idempotency_key,
                                         OutboxItem.__table__.c.payload)).all())
        referral, = (p["code"] for p in codes.values() if p["single_use"] is False)
        coupon, = (p["code"] for p in codes.values() if p["single_use"] is True)
        for i, code in enumerate((coupon, "NOSUCHCODE", referral.lower())):
            order = add_order(conn, friend, f"2025-03-0{i + 2} 12:00", discount=code)
            engine.handle_event(conn, order_event(conn, order))
        tagged = conn.execute(select(Enrollment.__table__.c.started_at)
                              .where(Enrollment.__table__.c.flow_id == 3)).scalars().all()
    assert tagged == [at("2025-03-04 12:00")]  # only the referral code, in any case


def test_loyalty_kinds_validate_their_settings():
    cashback = catalog.get("action.cashback")
    assert catalog.validate_params(cashback, {"percent": 0}) == [
        ("percent", "Cashback (% of the order total) must be at least 0.01")]
    expiring = catalog.get("trigger.points_expiring")
    assert catalog.validate_params(expiring, {"days_before": 400, "time_of_day": "25:00"}) == [
        ("days_before", "Days before must be at most 365"),
        ("time_of_day", "Time of day must be a time of day like 09:00")]
    assert catalog.get("trigger.tier_changed").summarize({"tiers": ["Gold"]}) == \
        "Moves up to: Gold"
