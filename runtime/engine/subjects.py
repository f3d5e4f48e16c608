"""What the engine knows about the contacts it is moving: rows, tags, facts, orders, per batch."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from runtime import facts as facts_module
from runtime.db.bulk import FastQuery, json_ids
from runtime.db.models import Contact, ContactTag, LineItem, Order, Product

C, T, ORD, LI, P = (Contact.__table__, ContactTag.__table__, Order.__table__, LineItem.__table__,
                  Product.__table__)
_CHUNK = 500
# Built once: the engine looks up the triggering order at most steps.
_ORDER = FastQuery(select(ORD.c.id, ORD.c.name, ORD.c.total, ORD.c.currency, ORD.c.created_at,
                          ORD.c.discount_code).where(ORD.c.id == bindparam("order_id")))
_ITEMS = FastQuery(select(LI.c.title, LI.c.sku, LI.c.quantity, LI.c.price, P.c.collections,
                          P.c.handle)
                   .select_from(LI.outerjoin(P, LI.c.product_id == P.c.id))
                   .where(LI.c.order_id == bindparam("order_id")))
_CONTACT_COLUMNS = (C.c.id, C.c.email, C.c.first_name, C.c.last_name,
                    C.c.accepts_email_marketing, C.c.locale, C.c.currency, C.c.fields)
_CONTACTS = select(*_CONTACT_COLUMNS).where(C.c.id.in_(bindparam("ids", expanding=True)))
_TAGS = select(T.c.contact_id, T.c.tag).where(T.c.contact_id.in_(bindparam("ids",
                                                                            expanding=True)))
# On SQLite the ids go in as one JSON array (see json_ids): a tick loads 500 contacts at a time.
_CONTACTS_JSON = FastQuery(select(*_CONTACT_COLUMNS).where(C.c.id.in_(json_ids("ids"))))
_TAGS_JSON = FastQuery(select(T.c.contact_id, T.c.tag).where(T.c.contact_id.in_(json_ids("ids"))))
# One contact at a time is the common case for events: no IN list, straight to the driver, and
# the tags in the same statement (a row per tag, or one row with NULL for none).
_CONTACT = FastQuery(select(*_CONTACT_COLUMNS, T.c.tag)
                     .select_from(C.outerjoin(T, T.c.contact_id == C.c.id))
                     .where(C.c.id == bindparam("id")))


@dataclass
class ContactView:
    id: int
    email: str
    first_name: str | None
    last_name: str | None
    accepts_email_marketing: bool
    locale: str | None
    currency: str | None
    fields: dict[str, Any]
    tags: set[str] = field(default_factory=set)


class Subjects:
    """A cache of contact data for one engine call; actions write through it."""

    def __init__(self, conn: Connection, now: datetime, tiers: list,
                 ledger_in_use: bool = True, tz: tzinfo | None = None) -> None:
        self.conn = conn
        self.tz = tz
        self.ledger_in_use = ledger_in_use
        self.now = now
        self.tiers = tiers
        self._contacts: dict[int, ContactView] = {}
        self._facts: dict[int, facts_module.ContactFacts] = {}
        self._orders: dict[int, dict[str, Any]] = {}
        self._rfm: dict[int, tuple[int, int, int]] | None = None
        # A backtest's batch answers facts from memory (runtime.engine.frozen_purchases).
        self.purchases = None

    def move_to(self, now: datetime) -> None:
        """Facts are as of a moment: another moment asks again. Contacts, tags and orders stay
        (the engine writes contacts through this cache, and orders do not change meanwhile)."""
        self.now = now
        self._facts.clear()
        self._rfm = None

    def cached_contacts(self) -> int:
        return len(self._contacts)

    def has_contact(self, contact_id: int) -> bool:
        return contact_id in self._contacts

    def preload(self, contact_ids) -> None:
        missing = [c for c in set(contact_ids) if c not in self._contacts]
        if len(missing) == 1:
            rows = _CONTACT.rows(self.conn, id=missing[0])
            self._store(rows[:1] and [rows[0][:-1]],
                        [(r[0], r[-1]) for r in rows if r[-1] is not None])
            return
        sqlite = self.conn.dialect.name == "sqlite"
        for i in range(0, len(missing), _CHUNK):
            chunk = missing[i:i + _CHUNK]
            if sqlite:
                ids = json.dumps(chunk)
                self._store(_CONTACTS_JSON.rows(self.conn, ids=ids),
                            _TAGS_JSON.rows(self.conn, ids=ids))
            else:
                self._store(self.conn.execute(_CONTACTS, {"ids": chunk}).all(),
                            self.conn.execute(_TAGS, {"ids": chunk}).all())

    def _store(self, rows, tags) -> None:
        for cid, email, first, last, consent, locale, currency, fields in rows:
            self._contacts[cid] = ContactView(cid, email, first, last, bool(consent), locale,
                                              currency, dict(fields or {}))
        for cid, tag in tags:
            self._contacts[cid].tags.add(tag)

    def contact(self, contact_id: int) -> ContactView:
        if contact_id not in self._contacts:
            self.preload([contact_id])
        return self._contacts[contact_id]

    def facts(self, contact_id: int) -> facts_module.ContactFacts:
        if contact_id not in self._facts:
            self.preload_facts([contact_id])
        return self._facts[contact_id]

    def preload_facts(self, contact_ids) -> None:
        missing = [c for c in set(contact_ids) if c not in self._facts]
        if not missing:
            return
        if self.purchases is not None:
            self._facts.update(self.purchases.facts(missing, self.now, self.tiers,
                                                    with_balances=self.ledger_in_use))
        else:
            self._facts.update(facts_module.facts_for(self.conn, missing, self.now, self.tiers,
                                                      with_balances=self.ledger_in_use))

    def forget_facts(self, contact_id: int) -> None:
        self._facts.pop(contact_id, None)

    def add_to_balance(self, contact_id: int, account: str, delta: int) -> None:
        """Keep cached facts true after a ledger entry made now, instead of querying again:
        the entry counts from now on, so the balance simply moves by `delta`."""
        f = self._facts.get(contact_id)
        if f is None:
            return
        if account == facts_module.POINTS:
            points = f.points + delta
            tier = facts_module.tier_lookup(self.tiers)(points)
            self._facts[contact_id] = replace(f, points=points, tier=tier)
        elif account.startswith(facts_module.SCORE_PREFIX):
            name = account[len(facts_module.SCORE_PREFIX):]
            scores = {**f.scores, name: f.scores.get(name, 0) + delta}
            self._facts[contact_id] = replace(f, scores=scores)
        else:
            self.forget_facts(contact_id)

    def rfm(self, contact_id: int) -> tuple[int, int, int] | None:
        if self._rfm is None:
            self._rfm = facts_module.rfm_scores(self.conn, self.now)
        return self._rfm.get(contact_id)

    def order(self, order_id: int | None) -> dict[str, Any] | None:
        if order_id is None:
            return None
        if order_id not in self._orders:
            row = _ORDER.first(self.conn, order_id=order_id)
            if row is None:
                return None
            oid, name, total, currency, created_at, discount_code = row
            if self.tz is not None:
                # Templates show the shop's date and time: 01:30 in Kyiv is that day, not
                # the evening before in UTC.
                created_at = created_at.astimezone(self.tz)
            self._orders[order_id] = OrderView(
                self.conn, id=oid, name=name, total=total or Decimal(0), currency=currency,
                created_at=created_at, discount_code=discount_code)
        return self._orders[order_id]

    def lookup(self, contact_id: int, context: dict[str, Any]):
        """The fact lookup a condition evaluates against."""

        def get(name: str) -> Any:
            contact = self.contact(contact_id)
            if name == "tags":
                return contact.tags
            if name == "accepts_email_marketing":
                return contact.accepts_email_marketing
            if name in ("email", "locale"):
                return getattr(contact, name)
            if name.startswith("field:"):
                return contact.fields.get(name[6:])
            if name.startswith("order."):
                return _order_fact(self.order(context.get("order_id")), name[6:])
            if name.startswith("event:"):
                return (context.get("event") or {}).get(name[6:])
            if name in ("rfm_r", "rfm_f", "rfm_m"):
                rfm = self.rfm(contact_id)
                return None if rfm is None else rfm["rfm".index(name[-1])]
            f = self.facts(contact_id)
            if name.startswith("score:"):
                return f.scores.get(name[6:], 0)
            return getattr(f, name)

        return get


class OrderView(dict):
    """An order as templates and conditions see it; its line_items load on first use, since
    most flows never look at them."""

    def __init__(self, conn: Connection, **fields: Any) -> None:
        super().__init__(**fields)
        self._conn = conn

    def __missing__(self, key: str) -> Any:
        if key != "line_items":
            raise KeyError(key)
        items = [{"title": title, "sku": sku, "quantity": qty, "price": price, "handle": handle,
                  "collections": list(collections or [])}
                 for title, sku, qty, price, collections, handle
                 in _ITEMS.rows(self._conn, order_id=self["id"])]
        self["line_items"] = items
        return items


def _order_fact(order: dict[str, Any] | None, name: str) -> Any:
    if order is None:
        return None
    if name == "total":
        return order["total"]
    if name == "discount_code":
        return order["discount_code"]
    if name == "products":
        return {v for i in order["line_items"] for v in (i["sku"], i["title"], i["handle"]) if v}
    if name == "collections":
        return {c for i in order["line_items"] for c in i["collections"]}
    return None
