"""Products for emails (favourites, bought together, best sellers, the product a tag or event
names), consent checks, repeated events, and goals about a product."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select

from runtime.catalog import DURATION_UNITS
from runtime.db.bulk import FastQuery
from runtime.db.models import Event, LineItem, Order
from runtime.engine.actions import ActionResult
from runtime.engine.compiled import Node
from runtime.engine.purchase_history import catalogue, history_at
from runtime.engine.subjects import Subjects

if TYPE_CHECKING:
    from runtime.engine.writes import EngineEvent, Run, Writes

ORD, LI, EV = Order.__table__, LineItem.__table__, Event.__table__
# A contact's purchases with their products, oldest first: favourites and "already bought".
_OWN_ITEMS = FastQuery(select(ORD.c.id, LI.c.product_id, LI.c.quantity)
                       .select_from(ORD.join(LI, LI.c.order_id == ORD.c.id))
                       .where(ORD.c.contact_id == bindparam("contact_id"),
                              ORD.c.is_purchase.is_(True),
                              ORD.c.created_at <= bindparam("now", type_=ORD.c.created_at.type))
                       .order_by(ORD.c.created_at, ORD.c.id))
_ORDER_PRODUCTS = FastQuery(select(LI.c.product_id).where(LI.c.order_id == bindparam("order_id")))
_EVENTS = FastQuery(select(EV.c.properties).where(
    EV.c.contact_id == bindparam("contact_id"), EV.c.name == bindparam("name"),
    EV.c.at > bindparam("start", type_=EV.c.at.type),
    EV.c.at <= bindparam("now", type_=EV.c.at.type)))


def _own_orders(w: Writes, contact_id: int) -> dict[int, list[tuple[int, int]]]:
    """order id -> [(product id, quantity)] of the contact's purchases so far."""
    orders: dict[int, list[tuple[int, int]]] = {}
    for order_id, product_id, quantity in _OWN_ITEMS.rows(w.conn, contact_id=contact_id,
                                                          now=w.now):
        if product_id is not None:
            orders.setdefault(order_id, []).append((product_id, quantity or 1))
    return orders


def _view(products: dict, product_id: int, shop: dict) -> dict[str, Any] | None:
    """A product as templates see it (JSON-safe: it is stored in the run's context)."""
    product = products.get(product_id)
    if product is None:
        return None
    base = str(shop.get("url") or "").rstrip("/")
    price = product["price"]
    url = f"{base}/products/{product['handle']}" if base and product["handle"] else base
    return {"id": product_id, "title": product["title"], "sku": product["sku"] or "",
            "handle": product["handle"] or "", "currency": product["currency"] or "",
            "price": "" if price is None else f"{price:.2f}", "url": url}


def find_product(products: dict, name: str) -> int | None:
    """The product whose SKU, handle or title is `name` (case-insensitive)."""
    wanted = name.strip().casefold()
    for field in ("sku", "handle", "title"):
        for pid, product in products.items():
            if (product[field] or "").casefold() == wanted:
                return pid
    return None


def _most_bought(w: Writes, run: Run, p: dict) -> list[int]:
    orders, quantity, last = Counter(), Counter(), {}
    for index, items in enumerate(_own_orders(w, run.contact_id).values()):
        for pid, qty in items:
            quantity[pid] += qty
            last[pid] = index
        orders.update({pid for pid, _qty in items})
    # Bought in the most orders, then in the largest quantity, then most recently.
    return sorted(orders, key=lambda pid: (-orders[pid], -quantity[pid], -last[pid], pid))


def _bought_together(w: Writes, run: Run, p: dict) -> list[int]:
    history = history_at(w.conn, w.now)
    own = _own_orders(w, run.contact_id)
    order_id = run.context.get("order_id")
    if order_id in own:  # the usual case: the triggering purchase is among the contact's own
        bought = {pid for pid, _qty in own[order_id]}
    else:
        bought = {pid for (pid,) in _ORDER_PRODUCTS.rows(w.conn, order_id=order_id)
                  if pid is not None} if order_id else set()
    # Only other customers' baskets count: take the contact's own pairs back out.
    own_pairs: dict[int, int] = {}
    for items in own.values():
        products = {pid for pid, _qty in items}
        hits = len(products & bought)
        if hits:
            for b in products:
                own_pairs[b] = own_pairs.get(b, 0) + hits - (b in bought)
    if len(bought) == 1:
        counts = history.together.get(next(iter(bought)), {})
    else:
        counts = {}
        for a in bought:
            for b, n in history.together.get(a, {}).items():
                counts[b] = counts.get(b, 0) + n
    skip = bought | ({pid for items in own.values() for pid, _q in items}
                     if p.get("exclude_bought", True) else set())
    get = own_pairs.get
    together = {b: n - get(b, 0) for b, n in counts.items() if b not in skip}
    # A pick runs for every purchase: find the limit-th best count on bare numbers first and
    # rank (count, popularity, id) only what can reach it, not every product ever bought along.
    limit = int(p.get("limit") or 3)
    counted = sorted(together.values(), reverse=True)
    cut = max(counted[limit - 1], 1) if len(counted) > limit else 1
    popularity = history.popularity
    best = sorted((-n, -popularity[b], b) for b, n in together.items() if n >= cut)[:limit]
    return [pid for _n, _pop, pid in best]


def _collection(w: Writes, run: Run, p: dict) -> list[int]:
    popularity = history_at(w.conn, w.now).popularity
    wanted = p["collection"].strip().casefold()
    skip = ({pid for items in _own_orders(w, run.contact_id).values() for pid, _q in items}
            if p.get("exclude_bought", True) else set())
    found = [pid for pid, product in catalogue(w.conn, w.now).items()
             if wanted in {c.casefold() for c in product["collections"]} and pid not in skip]
    return sorted(found, key=lambda pid: (-popularity[pid], pid))


def _named(w: Writes, run: Run, p: dict) -> list[int]:
    if p["source"] == "tag_product":
        tag = str(run.context.get("tag") or "")
        name = tag.split(":", 1)[1] if ":" in tag else tag
    else:
        name = str((run.context.get("event") or {}).get(p.get("property") or "product") or "")
    pid = find_product(catalogue(w.conn, w.now), name) if name.strip() else None
    return [] if pid is None else [pid]


_SOURCES = {"most_bought": _most_bought, "bought_together": _bought_together,
            "collection": _collection, "tag_product": _named, "event_product": _named}


def _pick_products(node: Node, run: Run, w: Writes) -> ActionResult:
    p = node.params
    ids = _SOURCES[p["source"]](w, run, p)[: int(p.get("limit") or 3)]
    products = catalogue(w.conn, w.now)
    products = [v for v in (_view(products, pid, w.shop) for pid in ids) if v]
    run.context["products"] = products
    run.context_changed = True
    return ActionResult(detail={"products": [x["title"] for x in products]},
                        port="found" if products else "none")


def _check_consent(node: Node, run: Run, w: Writes) -> ActionResult:
    contact = w.subjects.contact(run.contact_id)
    consent = contact.accepts_email_marketing
    field = (node.params.get("field") or "").strip()
    if field:
        contact.fields[field] = w.now.isoformat()
        w.set_fields(run.contact_id, contact.fields)
    return ActionResult(detail={"consent": consent, "checked_at": w.now.isoformat()},
                        port="yes" if consent else "no")


HANDLERS = {"action.pick_products": _pick_products, "action.check_consent": _check_consent}


def event_count_port(node: Node, contact_id: int, context: dict[str, Any],
                     subjects: Subjects) -> str:
    """“yes” when the contact sent the event `times` times within the period, counting events
    with the same property value as the triggering event (recorded events, this one included)."""
    p = node.params
    within = p["within"]
    start = subjects.now - timedelta(seconds=int(within["amount"]) * DURATION_UNITS[within["unit"]])
    prop = (p.get("property") or "").strip()
    wanted = (context.get("event") or {}).get(prop) if prop else None
    if prop and wanted in (None, ""):
        return "no"
    count = 0
    for (properties,) in _EVENTS.rows(subjects.conn, contact_id=contact_id, name=p["event"],
                                      start=start, now=subjects.now):
        if not prop or str((properties or {}).get(prop, "")).casefold() == \
                str(wanted).casefold():
            count += 1
    return "yes" if count >= int(p["times"]) else "no"


def goal_reached(run: Run, event: EngineEvent, w: Writes) -> bool:
    """Whether `event` meets one of the run's goals. A goal {"event": "order_placed",
    "products": "picked"} is met only by an order holding a product the run picked."""
    goals = [g for g in run.flow.settings.get("goals") or [] if g.get("event") == event.name]
    if any(g.get("products") != "picked" for g in goals):
        return True
    picked = {x.get("id") for x in run.context.get("products") or []}
    order_id = event.data.get("order_id")
    if not picked or order_id is None:
        return False
    return any(pid in picked for (pid,) in _ORDER_PRODUCTS.rows(w.conn, order_id=order_id))
