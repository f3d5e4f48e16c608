"""What action nodes do: emails and webhooks into the outbox, tags, fields, points, coupons."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from runtime.engine.compiled import Node
from runtime.engine.nodes import tag_matches
from runtime.engine.points import emit_tier_move, spend_from_lots
from runtime.engine.timing import add_duration
from runtime.errors import UserError
from runtime.templates import PARTS, reads, render_email, render_text

if TYPE_CHECKING:
    from runtime.engine.writes import Run, Writes


@dataclass
class ActionResult:
    status: str = "done"  # done | skipped
    reason: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    port: str = "next"  # the exit to leave by; an action with two exits chooses here


def coupon_code(prefix: str, secret: str, key: str) -> str:
    """A unique, unguessable code derived from the step's idempotency key: a retried step
    makes the same code, a backtest rerun makes the same codes."""
    digest = hashlib.sha256(f"{secret}:{key}".encode()).digest()
    body = base64.b32encode(digest)[:10].decode().replace("O", "8").replace("I", "9")
    prefix = "".join(ch for ch in prefix.upper() if ch.isalnum())[:12]
    return f"{prefix}-{body}" if prefix else body


# A template that prints the coupon ({{ coupon.code }}) without asking {% if coupon %} first
# would go out with an empty code when the step that makes it gave none.
_SHOWS_COUPON = re.compile(r"\{\{[^{}]*\bcoupon\b")
_ASKS_COUPON = re.compile(r"\{%-?\s*if\s+coupon\b")


def _shows_coupon(template: dict) -> bool:
    text = " ".join(str(template.get(part) or "") for part in ("subject", "html", "text"))
    return bool(_SHOWS_COUPON.search(text)) and not _ASKS_COUPON.search(text)


def days_later(w: Writes, days: int) -> datetime:
    """`days` shop days from now at the same local time: a coupon "valid 30 days" given at
    10:00 ends at 10:00, whether or not the clocks change in between."""
    if w.subjects.tz is None:
        return w.now + timedelta(days=days)
    return add_duration(w.now, {"amount": days, "unit": "days"}, w.subjects.tz)


def run_action(node: Node, run: Run, w: Writes) -> ActionResult:
    handler = _HANDLERS.get(node.kind)
    if handler is None:
        return ActionResult("skipped", "unsupported_action")
    return handler(node, run, w)


def _context(run: Run, w: Writes, *sources: str) -> dict[str, Any]:
    """What templates see. The facts and the order cost queries: they are left out when none
    of `sources` (the templates about to be rendered) reads them."""
    needs = reads(*sources)
    subjects = w.subjects
    contact = subjects.contact(run.contact_id)
    person = {"email": contact.email, "first_name": contact.first_name or "",
              "last_name": contact.last_name or "", "fields": contact.fields,
              "tags": sorted(contact.tags)}
    if needs is None or needs.facts:
        f = subjects.facts(run.contact_id)
        person.update(points=f.points, tier=f.tier, orders_count=f.orders_count,
                      total_spent=f.total_spent)
    person["locale"] = contact.locale
    coupon = run.context.get("coupon")
    return {
        "contact": person,
        "order": subjects.order(run.context.get("order_id"))
        if needs is None or "order" in needs.names else None,
        "event": run.context.get("event") or {},
        "coupon": coupon,
        "referral": run.context.get("referral") or {},
        # Picked by a "Pick products" step: products[0] is also `product`.
        "products": run.context.get("products") or [],
        "product": (run.context.get("products") or [None])[0],
        "shop": w.shop,
        "unsubscribe_url": w.unsubscribe_url(contact.email),
    }


def _send_email(node: Node, run: Run, w: Writes) -> ActionResult:
    contact = w.subjects.contact(run.contact_id)
    marketing = node.params.get("purpose", "marketing") == "marketing"
    if marketing and not contact.accepts_email_marketing:
        return ActionResult("skipped", "no_consent")
    if not contact.email or "@" not in contact.email:
        return ActionResult("skipped", "no_email_address")
    if not run.context.get("coupon") and _shows_coupon(node.params["template"]):
        return ActionResult("skipped", "no_coupon")  # the step that makes it gave none
    try:
        template = node.params["template"]
        email = render_email(template, _context(run, w, *(template.get(p) for p in PARTS)))
    except UserError as exc:
        return ActionResult("skipped", "template_error", {"error": exc.message})
    headers = {}
    html, text = email.html, email.text
    if marketing:
        url = w.unsubscribe_url(contact.email)
        headers["List-Unsubscribe"] = f"<{url}>"
        # Every marketing email carries a way out, even when the template forgot it.
        if url not in html:
            html += f'\n<p style="font-size:12px;color:#777"><a href="{url}">Unsubscribe</a></p>'
        if url not in text:
            text += f"\n\nUnsubscribe: {url}"
    coupon = (run.context.get("coupon") or {}).get("code")
    w.outbox(run, node, "email", {"to": contact.email, "subject": email.subject, "html": html,
                                  "text": text, "headers": headers, "marketing": marketing})
    return ActionResult(detail={"subject": email.subject, "to": contact.email, "coupon": coupon})


def _add_tag(node: Node, run: Run, w: Writes) -> ActionResult:
    tag = node.params["tag"].strip()
    if "{" in tag:  # interested:{{ event.product }}, rfm:{{ event.segment }}
        # The contact's facts cost a query; most tag templates only read the event.
        context = _context(run, w, tag) if "contact" in tag else {
            "event": run.context.get("event") or {}, "tag": run.context.get("tag"),
            "order": w.subjects.order(run.context.get("order_id")), "shop": w.shop,
            "products": run.context.get("products") or [],
            "product": (run.context.get("products") or [None])[0]}
        try:
            tag = " ".join(render_text(tag, context).split())
        except UserError as exc:
            return ActionResult("skipped", "template_error", {"error": exc.message})
        if not tag or tag.endswith(":"):
            return ActionResult("skipped", "empty_tag", {"tag": node.params["tag"]})
    contact = w.subjects.contact(run.contact_id)
    if tag in contact.tags:
        return ActionResult("skipped", "already_tagged", {"tag": tag})
    contact.tags.add(tag)
    w.add_tag(run.contact_id, tag)
    w.emit("tag_added", run.contact_id, {"tag": tag})
    return ActionResult(detail={"tag": tag})


def _remove_tag(node: Node, run: Run, w: Writes) -> ActionResult:
    pattern = node.params["tag"]
    contact = w.subjects.contact(run.contact_id)
    removed = sorted(t for t in contact.tags if tag_matches(pattern, t))
    if not removed:
        return ActionResult("skipped", "not_tagged", {"tag": pattern})
    contact.tags.difference_update(removed)
    w.remove_tags(run.contact_id, removed)
    return ActionResult(detail={"tags": removed})


def _set_field(node: Node, run: Run, w: Writes) -> ActionResult:
    name = node.params["field"].strip()
    contact = w.subjects.contact(run.contact_id)
    if node.params.get("only_if_empty") and contact.fields.get(name) not in (None, ""):
        return ActionResult("skipped", "field_already_set", {"field": name})
    try:
        source = node.params.get("value") or ""
        value = render_text(source, _context(run, w, source))
    except UserError as exc:
        return ActionResult("skipped", "template_error", {"error": exc.message})
    contact.fields[name] = value
    w.set_fields(run.contact_id, contact.fields)
    return ActionResult(detail={"field": name, "value": value})


def _points(node: Node, run: Run, w: Writes) -> ActionResult:
    p = node.params
    account = "points" if p["measure"] == "points" else f"score:{p['score']}"
    f = w.subjects.facts(run.contact_id)
    before = f.points if account == "points" else f.scores.get(p["score"], 0)
    if p["operation"] == "reset":
        delta = -before
    else:
        amount = Decimal(int(p["amount"]))
        if p["operation"] == "add" and p.get("per_currency_unit"):
            order = w.subjects.order(run.context.get("order_id"))
            amount *= order["total"] if order else Decimal(0)
        delta = int(amount.to_integral_value(ROUND_FLOOR))
        if p["operation"] == "subtract":
            delta = -min(delta, max(before, 0))  # a balance never goes below zero
    if delta == 0:
        return ActionResult("skipped", "nothing_to_change", {"account": account})
    expires = None
    if account == "points" and delta > 0 and p.get("expires_days"):
        expires = days_later(w, int(p["expires_days"]))
    if account == "points" and delta < 0:
        for part, lot_expires in spend_from_lots(w.conn, run.contact_id, -delta, w.now):
            w.ledger(run, account, -part, lot_expires)
    else:
        w.ledger(run, account, delta, expires)
    w.emit("threshold_crossed", run.contact_id,
           {"measure": account, "before": before, "after": before + delta})
    if account == "points":
        emit_tier_move(w, run.contact_id, before, before + delta)
    return ActionResult(detail={"account": account, "delta": delta, "balance": before + delta})


def lacks_consent(node: Node, run: Run, w: Writes) -> bool:
    """A code-issuing node set to skip contacts whose emails (the code's only way to them)
    may not be sent."""
    return bool(node.params.get("only_with_consent", True)) and not \
        w.subjects.contact(run.contact_id).accepts_email_marketing


def issue_coupon(node: Node, run: Run, w: Writes, discount_type: str, value: Decimal,
                 expires_at: datetime, single_use: bool = True) -> ActionResult:
    """A unique code for this step, kept in the run for later emails and created in the
    store through the outbox."""
    code = coupon_code(node.params.get("prefix") or "", w.secret, w.step_key(run, node))
    coupon = {"code": code, "discount_type": discount_type, "value": str(value),
              "currency": w.shop.get("currency"), "expires_at": expires_at.isoformat()}
    run.context["coupon"] = coupon
    run.context_changed = True
    w.coupon(run, code, {"discount_type": discount_type, "single_use": single_use}, value,
             expires_at)
    # Creating the code in the store leaves the machine, so it goes through the outbox too.
    w.outbox(run, node, "store", {"op": "create_discount_code", **coupon,
                                  "single_use": single_use})
    return ActionResult(detail={"coupon": code})


def _coupon(node: Node, run: Run, w: Writes) -> ActionResult:
    p = node.params
    if lacks_consent(node, run, w):
        return ActionResult("skipped", "no_consent")
    value = Decimal(0) if p["discount_type"] == "free_shipping" else Decimal(str(p["value"]))
    return issue_coupon(node, run, w, p["discount_type"], value,
                        days_later(w, int(p["expires_days"])),
                        bool(p.get("single_use", True)))


def _notify(node: Node, run: Run, w: Writes) -> ActionResult:
    try:
        message = render_text(node.params["message"], _context(run, w, node.params["message"]))
    except UserError as exc:
        return ActionResult("skipped", "template_error", {"error": exc.message})
    w.task(run, node, message, bool(node.params.get("create_task")))
    return ActionResult(detail={"message": message})


def _webhook(node: Node, run: Run, w: Writes) -> ActionResult:
    contact = w.subjects.contact(run.contact_id)
    w.outbox(run, node, "webhook", {"url": node.params["url"], "method": node.params["method"],
                                    "body": {"email": contact.email, "flow": run.flow.name,
                                             "first_name": contact.first_name,
                                             "last_name": contact.last_name,
                                             "tags": sorted(contact.tags)}})
    return ActionResult(detail={"url": node.params["url"]})


def _unsubscribe(node: Node, run: Run, w: Writes) -> ActionResult:
    contact = w.subjects.contact(run.contact_id)
    if not contact.accepts_email_marketing:
        return ActionResult("skipped", "already_unsubscribed")
    contact.accepts_email_marketing = False
    w.unsubscribe(run.contact_id)
    return ActionResult()


_HANDLERS = {
    "action.send_email": _send_email,
    "action.add_tag": _add_tag,
    "action.remove_tag": _remove_tag,
    "action.set_field": _set_field,
    "action.points": _points,
    "action.coupon": _coupon,
    "action.notify_owner": _notify,
    "action.webhook": _webhook,
    "action.unsubscribe": _unsubscribe,
}

# Loyalty and product kinds live in their own modules, which build on the helpers above: they
# are imported here, at the end, and add their handlers to the one table.
from runtime.engine import loyalty_actions, product_picks  # noqa: E402

_HANDLERS.update(loyalty_actions.HANDLERS)
_HANDLERS.update(product_picks.HANDLERS)
