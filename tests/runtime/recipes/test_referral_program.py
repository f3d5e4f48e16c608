"""Recipe referral-program: a personal code after each purchase; a friend's order with it rewards
the referrer, at most five times."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import Contact, OutboxItem, Setting
from runtime.engine.actions import coupon_code
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
    sent,
    skipped,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "referral-program.json"
SECRET = "0123456789abcdef0123456789abcdef"
CODE_MAIL = "10 % off for your friends, thanks to you"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_friends_orders_reward_the_referrer_five_times_at_most(service):
    with service.engine.begin() as conn:
        # A known workspace secret, so that the test knows the code Bohdan will be given.
        conn.execute(Setting.__table__.insert().values(key="engine_secret", value=SECRET))
        anna = add_contact(conn, "anna@example.ua", first_name="Анна",
                           fields={"referral_code": "FRIEND-ANNA25"})  # imported earlier
        add_order(conn, anna, "2024-12-01 12:00")  # before the period: no code sent
        friend0 = add_contact(conn, "early@example.ua", first_name="Рано", consent=False)
        # Anna's code is not live in the shop yet: no reward.
        add_order(conn, friend0, "2025-01-15 12:00", discount="FRIEND-ANNA25")
        add_order(conn, anna, "2025-02-01 12:00")
        for i in range(1, 7):  # six friends: the sixth finds the cap reached
            friend = add_contact(conn, f"friend{i}@example.ua", first_name=f"Друг{i}",
                                 consent=False)
            add_order(conn, friend, f"2025-03-0{i} 12:00", discount="friend-anna25 ")
        late = add_contact(conn, "late@example.ua", consent=False)
        add_order(conn, late, "2025-03-20 12:00", discount="FRIEND-ANNA25", cancelled=True)
        add_order(conn, anna, "2025-04-01 12:00", discount="FRIEND-ANNA25")  # her own code
        bohdan = add_contact(conn, "bohdan@example.ua", first_name="Богдан")
        add_order(conn, bohdan, "2025-05-01 12:00")
        bohdan_code = coupon_code("FRIEND", SECRET, f"referral:{bohdan}")
        oksana = add_contact(conn, "oksana@example.ua", first_name="Оксана", consent=False)
        add_order(conn, oksana, "2025-05-10 18:00", discount=bohdan_code)
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        add_order(conn, quiet, "2025-06-01 12:00")
    report = backtest(service)
    mails = [row for row in sent(report) if row[2].startswith("email-")]
    reward = "{} used your code: thank you!"
    assert mails == [
        ("2025-02-01T12:00:00+02:00", "anna@example.ua", "email-code", CODE_MAIL),
        *[(f"2025-03-0{i}T12:00:00+02:00", "anna@example.ua", "email-reward",
           reward.format(f"Друг{i}")) for i in range(1, 6)],
        ("2025-04-01T12:00:00+03:00", "anna@example.ua", "email-code", CODE_MAIL),
        ("2025-05-01T12:00:00+03:00", "bohdan@example.ua", "email-code", CODE_MAIL),
        ("2025-05-10T18:00:00+03:00", "bohdan@example.ua", "email-reward",
         reward.format("Оксана")),
    ]
    codes = {(a["contact"], a["coupon"]) for a in report["actions"]
             if a["node"] == "referral-code"}
    assert codes == {("anna@example.ua", "FRIEND-ANNA25"), ("bohdan@example.ua", bohdan_code)}
    rewards = Counter((row[1], row[2]) for row in sent(report)
                      if row[2] in ("points", "count", "coupon"))
    assert rewards == {("anna@example.ua", "points"): 5, ("anna@example.ua", "count"): 5,
                       ("anna@example.ua", "coupon"): 5, ("bohdan@example.ua", "points"): 1,
                       ("bohdan@example.ua", "count"): 1, ("bohdan@example.ua", "coupon"): 1}
    assert report["summary"]["nodes"]["cap-reached"] == {"entered": 1}
    # The friends and the quiet customer accept no marketing email: no code is made for them.
    assert Counter((row[2], row[3]) for row in skipped(report)) == {
        ("referral-code", "no_consent"): 9, ("email-code", "no_consent"): 9}
    assert ("2025-06-01T12:00:00+03:00", "quiet@example.ua", "referral-code",
            "no_consent") in skipped(report)


def test_the_code_and_the_reward_as_sent(service):
    with service.engine.begin() as conn:
        flows_store.activate(conn, load_flow(RECIPE), at("2025-01-01 00:00"))
        anna = add_contact(conn, "anna@example.ua", first_name="Анна")
        first = add_order(conn, anna, "2025-02-01 12:00")
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, first))
        code = conn.execute(select(Contact.__table__.c.fields)
                            .where(Contact.__table__.c.id == anna)).scalar_one()["referral_code"]
        friend = add_contact(conn, "taras@example.ua", first_name="Тарас", consent=False)
        engine.handle_event(conn, order_event(conn, add_order(conn, friend, "2025-02-03 10:00",
                                                              discount=code)))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__.c.channel, OutboxItem.__table__.c.payload)
                            .order_by(OutboxItem.__table__.c.id)).all()
    assert [channel for channel, _ in rows] == ["store", "email", "store", "email"]
    shared, invite, reward_coupon, reward = (payload for _, payload in rows)
    assert shared["code"] == code and code.startswith("FRIEND-")
    assert shared["single_use"] is False and shared["expires_at"] is None
    assert f"Your personal referral code is {code}. Anyone you share it with gets 10 % off" \
        in invite["text"]
    assert reward["subject"] == "Тарас used your code: thank you!"
    assert "we have added 100 points to your account (you now have 100)" in reward["text"]
    assert reward_coupon["code"] in reward["text"] and reward_coupon["single_use"] is True
