"""The backtest's preview pane: the email a row would have sent, filled in for its customer."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from runtime.api import Service
from runtime.db.models import Contact, ContactTag, Order
from runtime.errors import UserError
from runtime.facts import facts_for
from runtime.flow import Flow
from runtime.shop import shop_info, tiers
from runtime.templates import render_email
from studio.backtest_actions import action_text, shop_time, tr, what_phrase


def render_preview(service: Service, flow: Flow, action: dict, zone: ZoneInfo) -> str:
    """HTML for the preview pane: the email re-rendered for this contact, or what the step did."""
    at = datetime.fromisoformat(action["at"])
    currency = shop_info(service.workspace).get("currency")
    # An email's subject gets a row of its own below; other steps say all in "What".
    what = what_phrase(action["kind"]) if action["kind"] == "action.send_email" \
        else action_text(action, flow, currency)
    rows = [(tr("When"), f"{shop_time(at)} ({zone.key})"),
            (tr("To"), action["contact"]), (tr("What"), what)]
    if action.get("coupon"):
        rows.append((tr("Coupon"), action["coupon"]))
    node = flow.graph.nodes.get(action["node"], {})
    body, note = "", ""
    if action["kind"] == "action.send_email" and "template" in node.get("params", {}):
        try:
            email = render_email(node["params"]["template"],
                                 _email_context(service, flow, action, at))
        except UserError as exc:
            rows.insert(2, (tr("Subject"), action.get("subject") or ""))
            note = tr("This email cannot be previewed: {error}").format(error=exc.message)
        else:
            rows.insert(2, (tr("Subject"), email.subject))
            body = email.html or f"<pre>{html.escape(email.text)}</pre>"
            note = tr("Filled in again from the flow's template with this customer's details "
                      "as they are today; their points and tags may have differed then.")
    header = "".join(f"<tr><td style='color:#6B7280;padding-right:12px'>{html.escape(k)}</td>"
                     f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
    footer = f"<p style='color:#6B7280;font-size:11px'>{html.escape(note)}</p>" if note else ""
    return f"<table>{header}</table><hr>{body}{footer}"


def _email_context(service: Service, flow: Flow, action: dict, at: datetime) -> dict:
    """What the engine gave the template, rebuilt from the live data as of the action's time."""
    moment = at.astimezone(UTC)
    workspace = service.workspace
    shop = shop_info(workspace)
    with service.engine.connect() as conn:
        contact = conn.execute(select(Contact.__table__).where(
            Contact.email == action["contact"])).first()
        if contact is None:
            raise UserError(tr("this customer is no longer in the workspace"))
        tags = conn.execute(select(ContactTag.tag).where(
            ContactTag.contact_id == contact.id)).scalars().all()
        facts = facts_for(conn, [contact.id], moment, tiers(workspace))[contact.id]
        order = conn.execute(select(Order.id, Order.name, Order.total, Order.currency,
                                    Order.created_at, Order.discount_code).where(
            Order.contact_id == contact.id, Order.is_purchase.is_(True),
            Order.created_at <= moment).order_by(Order.created_at.desc()).limit(1)).first()
    return {
        "contact": {"email": contact.email, "first_name": contact.first_name or "",
                    "last_name": contact.last_name or "", "fields": contact.fields or {},
                    "tags": sorted(tags), "points": facts.points, "tier": facts.tier,
                    "orders_count": facts.orders_count, "total_spent": facts.total_spent,
                    "locale": contact.locale},
        "order": dict(order._mapping, line_items=[]) if order else None,
        "event": {}, "shop": shop,
        "coupon": _coupon(flow, action, moment, shop.get("currency")),
        "unsubscribe_url": f"mailto:{shop.get('email') or 'unsubscribe@invalid'}"
                           "?subject=unsubscribe",
    }


def _coupon(flow: Flow, action: dict, moment: datetime, currency: str | None) -> dict | None:
    """The coupon the email carried: its code from the report, its terms from the coupon step."""
    code = action.get("coupon")
    if not code:
        return None
    import networkx as nx  # loaded with the flow's graph already

    for node in nx.ancestors(flow.graph, action["node"]):
        data = flow.graph.nodes[node]
        if data["kind"] == "action.coupon":
            p = data["params"]
            value = 0 if p["discount_type"] == "free_shipping" else p["value"]
            return {"code": code, "discount_type": p["discount_type"],
                    "value": str(Decimal(str(value))), "currency": currency,
                    "expires_at": (moment + timedelta(days=int(p["expires_days"]))).isoformat()}
    return {"code": code}
