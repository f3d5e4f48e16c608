"""Recipe engagement-score-coupon: purchases, replies and events add up; 100 earns a coupon."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_event,
    add_order,
    at,
    sent,
    skipped,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "engagement-score-coupon.json"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_a_score_of_100_earns_a_coupon_and_starts_again(service):
    with service.engine.begin() as conn:
        olha = add_contact(conn, "olha@example.ua", first_name="Ольга")
        add_order(conn, olha, "2024-12-20 10:00")  # before the period: no score
        add_order(conn, olha, "2025-02-01 10:00")  # 20
        add_event(conn, olha, "email_replied", "2025-02-03 09:15")  # 30
        add_event(conn, olha, "review_submitted", "2025-02-05 20:00", stars=5)  # 45
        add_event(conn, olha, "form_submitted", "2025-02-07 13:00")  # 55
        add_event(conn, olha, "product_viewed", "2025-02-08 13:00")  # does not count
        add_order(conn, olha, "2025-02-20 10:00", cancelled=True)  # not a purchase
        add_order(conn, olha, "2025-03-01 10:00")  # 75
        add_order(conn, olha, "2025-03-15 10:00")  # 95
        add_event(conn, olha, "email_replied", "2025-03-20 17:40")  # 105: coupon, back to 0
        for day in ("04-01", "04-10", "04-20", "05-01"):
            add_order(conn, olha, f"2025-{day} 10:00")  # 20, 40, 60, 80
        add_order(conn, olha, "2025-05-10 11:00")  # 100: the second coupon
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        for day in ("06-01", "06-02", "06-03", "06-04", "06-05"):
            add_order(conn, quiet, f"2025-{day} 12:00")  # 100 on 5 June, but no consent
    report = backtest(service)
    rewards = [row for row in sent(report) if not row[2].startswith("score-")]
    assert rewards == [
        ("2025-03-20T17:40:00+02:00", "olha@example.ua", "coupon", None),
        ("2025-03-20T17:40:00+02:00", "olha@example.ua", "email",
         "A thank-you for being such a big part of Квіткова крамниця"),
        ("2025-03-20T17:40:00+02:00", "olha@example.ua", "reset", None),
        ("2025-05-10T11:00:00+03:00", "olha@example.ua", "coupon", None),
        ("2025-05-10T11:00:00+03:00", "olha@example.ua", "email",
         "A thank-you for being such a big part of Квіткова крамниця"),
        ("2025-05-10T11:00:00+03:00", "olha@example.ua", "reset", None),
        ("2025-06-05T12:00:00+03:00", "quiet@example.ua", "reset", None),
    ]
    scored = Counter((row[1], row[2]) for row in sent(report) if row[2].startswith("score-"))
    assert scored == {("olha@example.ua", "score-order"): 8,
                      ("olha@example.ua", "score-reply"): 2,
                      ("olha@example.ua", "score-review"): 1,
                      ("olha@example.ua", "score-form"): 1,
                      ("quiet@example.ua", "score-order"): 5}
    assert skipped(report) == [
        ("2025-06-05T12:00:00+03:00", "quiet@example.ua", "coupon", "no_consent"),
        ("2025-06-05T12:00:00+03:00", "quiet@example.ua", "email", "no_consent"),
    ]
    codes = [a["coupon"] for a in report["actions"] if a["node"] == "email"]
    assert len(set(codes)) == 2 and all(c.startswith("ENGAGED-") for c in codes)
