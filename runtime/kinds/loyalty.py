"""Loyalty and incentive kinds: tier changes, expiring points, referrals and cashback."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register
from runtime.kinds.actions import COUPON
from runtime.kinds.common import time_of_day

# Codes travel by marketing email, so these kinds skip contacts without consent like coupons do.
ONLY_WITH_CONSENT = COUPON.param("only_with_consent")

TIER_CHANGED = register(NodeSpec(
    kind="trigger.tier_changed", version=1, family="trigger", title="Tier reached",
    description="Starts when a contact's points move them up into a higher loyalty tier "
    "(the tiers and their points are set in the shop settings, e.g. Bronze 0, Silver 500, "
    "Gold 1500). Conditions and emails can use the new tier as {{ contact.tier }}.",
    icon="trigger-tier",
    params=(
        Param("tiers", "tags", "Only into these tiers", default=[],
              help="Tier names from the shop settings, e.g. Gold; empty means every move up."),
    ),
    summary="Moves up to: {tiers}",
))

POINTS_EXPIRING = register(NodeSpec(
    kind="trigger.points_expiring", version=1, family="trigger", title="Points about to expire",
    description="Starts a number of days before some of a contact's loyalty points expire "
    "(points earned with an expiry, oldest spent first). Emails can show the points as "
    "{{ event.points }}, the day as {{ event.expires_on }} and the balance as "
    "{{ contact.points }}.",
    icon="trigger-points-expiring",
    params=(
        Param("days_before", "integer", "Days before", default=14, minimum=0, maximum=365,
              required=True, help="0 starts on the day the points expire."),
        Param("min_points", "integer", "At least this many points expiring", default=1,
              minimum=1, required=True),
        time_of_day(),
    ),
    summary="{days_before} days before points expire",
))

REFERRAL_USED = register(NodeSpec(
    kind="trigger.referral_used", version=1, family="trigger", title="Referral code used",
    description="Starts for the referrer when someone else's order (not cancelled or voided) "
    "uses the referrer's personal referral code. Emails can name the friend as "
    "{{ event.friend_first_name }}.",
    icon="trigger-referral",
    summary="A friend used the referral code",
))

REFERRAL_CODE = register(NodeSpec(
    kind="action.referral_code", version=1, family="action", title="Give referral code",
    description="Gives the contact a personal referral code for friends (the same code every "
    "time) and creates it in the store as a reusable discount; later emails show it as "
    "{{ referral.code }}. An order that uses it starts “Referral code used” for the contact.",
    icon="action-referral-code",
    params=(
        Param("discount_type", "choice", "Friend's discount", default="percent", required=True,
              choices=(("percent", "Percentage off"), ("fixed", "Fixed amount off"),
                       ("free_shipping", "Free shipping"))),
        Param("value", "decimal", "Value", default=10, minimum=0, required=True,
              show_if={"discount_type": ("percent", "fixed")}),
        Param("prefix", "text", "Code prefix", default="FRIEND"),
        ONLY_WITH_CONSENT,
    ),
    summary="Referral code: friends get {value} % off",
    summaries=(((("discount_type", "fixed"),), "Referral code: friends get {value} off"),
               ((("discount_type", "free_shipping"),),
                "Referral code: free shipping for friends")),
))

CASHBACK = register(NodeSpec(
    kind="action.cashback", version=1, family="action", title="Give cashback coupon",
    description="Gives back a share of the triggering order's total as a single-use coupon "
    "for a fixed amount off the next order; later emails show it as {{ coupon.code }} and "
    "{{ coupon.value }}.",
    icon="action-cashback",
    params=(
        Param("percent", "decimal", "Cashback (% of the order total)", default=5, minimum=0.01,
              maximum=100, required=True),
        Param("min_value", "decimal", "Smallest coupon worth giving", default=1, minimum=0,
              help="Orders whose cashback is less than this get no coupon."),
        Param("expires_days", "integer", "Valid for (days)", default=60, minimum=1,
              maximum=3650, required=True),
        Param("prefix", "text", "Code prefix", default="CASHBACK"),
        ONLY_WITH_CONSENT,
    ),
    summary="Cashback {percent} % for {expires_days} days",
))
