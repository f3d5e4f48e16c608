"""Referral codes and cashback: what those action nodes do, and how a used referral code
reaches its owner."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from runtime.engine.actions import (
    ActionResult,
    coupon_code,
    days_later,
    issue_coupon,
    lacks_consent,
)
from runtime.engine.compiled import Node

if TYPE_CHECKING:
    from runtime.engine.writes import EngineEvent, Run, Writes

REFERRAL_FIELD = "referral_code"
CENT = Decimal("0.01")


def _referral_code(node: Node, run: Run, w: Writes) -> ActionResult:
    if lacks_consent(node, run, w):
        return ActionResult("skipped", "no_consent")
    p = node.params
    contact = w.subjects.contact(run.contact_id)
    # One code per contact for life: kept in a field (where an import may also have put one),
    # else derived from the contact, never from this step.
    code = str(contact.fields.get(REFERRAL_FIELD) or "").strip().upper()
    if not code:
        code = coupon_code(p.get("prefix") or "", w.secret, f"referral:{run.contact_id}")
        contact.fields[REFERRAL_FIELD] = code
        w.set_fields(run.contact_id, contact.fields)
    new = w.coupon_owner(code) is None
    value = Decimal(0) if p["discount_type"] == "free_shipping" else Decimal(str(p["value"]))
    referral = {"code": code, "discount_type": p["discount_type"], "value": str(value),
                "currency": w.shop.get("currency")}
    run.context["referral"] = referral
    run.context_changed = True
    if new:
        w.coupons.append({"code": code, "contact_id": run.contact_id,
                          "discount_type": p["discount_type"], "value": value,
                          "currency": w.shop.get("currency"), "single_use": False,
                          "created_at": w.now, "expires_at": None, "enrollment_id": run.id,
                          "status": "local"})
        w.outbox(run, node, "store", {"op": "create_discount_code", **referral,
                                      "expires_at": None, "single_use": False})
    return ActionResult(detail={"coupon": code, "new": new})


def _cashback(node: Node, run: Run, w: Writes) -> ActionResult:
    if lacks_consent(node, run, w):
        return ActionResult("skipped", "no_consent")
    p = node.params
    order = w.subjects.order(run.context.get("order_id"))
    if order is None:
        return ActionResult("skipped", "no_order")
    value = (order["total"] * Decimal(str(p["percent"])) / 100).quantize(CENT, ROUND_HALF_UP)
    minimum = Decimal(str(p.get("min_value") or 0))
    if value <= 0 or value < minimum:
        return ActionResult("skipped", "below_minimum", {"value": str(value)})
    return issue_coupon(node, run, w, "fixed", value,
                        days_later(w, int(p["expires_days"])))


def referral_events(w: Writes, event: EngineEvent) -> list[EngineEvent]:
    """referral_used for the owner of a referral code that `event`'s order used; nothing for
    one's own code or a code that is not a referral code."""
    from runtime.engine.writes import EngineEvent

    order = w.subjects.order(event.data.get("order_id"))
    if order is None or not order["discount_code"]:
        return []
    out = []
    for code in {c.strip().upper() for c in str(order["discount_code"]).split(",")}:
        owner = w.coupon_owner(code) if code else None
        if owner is None or owner == event.contact_id:
            continue
        if str(w.subjects.contact(owner).fields.get(REFERRAL_FIELD) or "").upper() != code:
            continue  # an ordinary coupon of that contact, not their referral code
        friend = w.subjects.contact(event.contact_id) if event.contact_id else None
        out.append(EngineEvent("referral_used", owner, event.at, {"properties": {
            "code": code, "order": order["name"],
            "friend_first_name": (friend.first_name if friend else "") or ""}}))
    return out


HANDLERS = {
    "action.referral_code": _referral_code,
    "action.cashback": _cashback,
}
