"""Purchase history kept in memory and moved forward with the clock: per-contact stats for RFM,
products bought together, best sellers.

A backtest asks these questions thousands of times a year; recomputing them in SQL each time
(a GROUP BY over every order, a self-join of line items) cost 40-200 ms per question. The
history is built once in SQL and then only the purchases since the last question are added.
"""

from __future__ import annotations

import time
import weakref
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection, Engine

from runtime.db.bulk import FastQuery
from runtime.db.models import LineItem, Order, Product
from runtime.db.types import money_from_scaled
from runtime.facts import purchase_stats

ORD, LI, P = Order.__table__, LineItem.__table__, Product.__table__
# An order changed in place (cancelled, refunded) does not change the maximum ids; in a live
# workspace the history is therefore rebuilt at most this often. A backtest works on a copy
# whose orders never change, and finishes well within it.
REBUILD_AFTER_SECONDS = 3600


@dataclass
class ContactStats:
    last_order_at: datetime
    orders_count: int
    total_spent: Decimal


@dataclass
class PurchaseHistory:
    """Purchases (orders that count) up to `as_of`: contact stats from those with a contact,
    baskets from all of them."""

    as_of: datetime
    signature: tuple
    built: float
    contacts: dict[int, ContactStats] = field(default_factory=dict)
    # product id -> product id -> number of orders holding both
    together: dict[int, Counter] = field(default_factory=dict)
    # product id -> number of orders holding it
    popularity: Counter = field(default_factory=Counter)
    # Views derived from this history (an RFM tracker per segment trigger), keyed by name; they
    # go with it when it is rebuilt.
    views: dict[str, Any] = field(default_factory=dict)
    listeners: list = field(default_factory=list)  # called with the contact ids that changed
    # Frozen databases only: the purchases after the build, in time order, and how far in.
    later: list | None = None
    later_at: list = field(default_factory=list)
    next_later: int = 0

    def _add(self, rows) -> set[int]:
        """Add purchase rows (order id, contact id, created_at, total, refunded, product id),
        sorted by order; returns the contacts whose stats changed."""
        changed: set[int] = set()
        current, items = None, set()
        for order_id, contact_id, created_at, total, refunded, product_id in rows:
            if order_id != current:
                self._add_items(items)
                current, items = order_id, set()
                if contact_id is not None:  # guest orders only count as baskets
                    self._add_order(contact_id, created_at, total, refunded)
                    changed.add(contact_id)
            if product_id is not None:
                items.add(product_id)
        self._add_items(items)
        return changed

    def _add_order(self, contact_id: int, created_at: datetime, total, refunded) -> None:
        stats = self.contacts.get(contact_id)
        spent = (total or Decimal(0)) - (refunded or Decimal(0))
        if stats is None:
            self.contacts[contact_id] = ContactStats(created_at, 1, spent)
        else:
            stats.last_order_at = max(stats.last_order_at, created_at)
            stats.orders_count += 1
            stats.total_spent += spent

    def _add_items(self, items: set[int]) -> None:
        for a in items:
            self.popularity[a] += 1
            others = self.together.setdefault(a, Counter())
            for b in items:
                if b != a:
                    others[b] += 1


_PURCHASES = (select(ORD.c.id, ORD.c.contact_id, ORD.c.created_at, ORD.c.total, ORD.c.refunded,
                     LI.c.product_id)
              .select_from(ORD.outerjoin(LI, LI.c.order_id == ORD.c.id))
              .where(ORD.c.is_purchase.is_(True))
              # By time, so that a day's purchases come from the created_at index; an order's
              # items stay together.
              .order_by(ORD.c.created_at, ORD.c.id))
_SINCE = FastQuery(_PURCHASES.where(
    ORD.c.created_at > bindparam("since", type_=ORD.c.created_at.type),
    ORD.c.created_at <= bindparam("as_of", type_=ORD.c.created_at.type)))
# Building: every purchasing contact's stats in one GROUP BY (the definition in runtime.facts),
# and every basket as bare ids; converting 50,000 rows of money and times cost most of a second.
_BASKETS = FastQuery(select(LI.c.order_id, LI.c.product_id)
                     .select_from(LI.join(ORD, ORD.c.id == LI.c.order_id))
                     .where(ORD.c.is_purchase.is_(True), LI.c.product_id.is_not(None),
                            ORD.c.created_at <= bindparam("as_of", type_=ORD.c.created_at.type))
                     .order_by(LI.c.order_id))
_PRODUCTS = select(P.c.id, P.c.title, P.c.sku, P.c.handle, P.c.price, P.c.currency,
                   P.c.collections)
# SQLAlchemy engine -> PurchaseHistory / catalogue; dies with the engine (a backtest's copy).
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CATALOGUE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# Max ids come straight from the rowid b-trees: cheap enough to check at every question.
_SIGNATURE = FastQuery(select(select(func.max(ORD.c.id)).scalar_subquery(),
                              select(func.max(LI.c.id)).scalar_subquery(),
                              select(func.max(P.c.id)).scalar_subquery(),
                              select(func.count(P.c.id)).scalar_subquery()))
_CHECKED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# Databases whose orders and products do not change while they are open: a backtest's copy.
_FROZEN: weakref.WeakSet = weakref.WeakSet()
_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


def freeze(engine: Engine) -> None:
    """Promise that orders, line items and products of `engine` no longer change (the backtest
    replays a copy): the history then reads every later purchase once, up front, and moves
    forward without a query."""
    _FROZEN.add(engine)


def _signature(conn: Connection, now: datetime) -> tuple:
    """(orders, line items, products) signature; asked once per moment, since one step asks
    for the history and the catalogue at the same time."""
    checked = _CHECKED.get(conn.engine)
    if checked is None or (checked[0] != now and conn.engine not in _FROZEN):
        checked = _CHECKED[conn.engine] = (now, tuple(_SIGNATURE.rows(conn)[0]))
    return checked[1]


def history_at(conn: Connection, as_of: datetime) -> PurchaseHistory:
    """The purchase history up to `as_of`, moved forward from the last question when it can
    be (same data, later time), else rebuilt."""
    signature = _signature(conn, as_of)[:2]
    history = _CACHE.get(conn.engine)
    if (history is None or history.signature != signature or as_of < history.as_of
            or time.monotonic() - history.built > REBUILD_AFTER_SECONDS):
        history = _build(conn, as_of, signature)
        _CACHE[conn.engine] = history
        return history
    if as_of > history.as_of:
        if history.later is not None:
            end = bisect_right(history.later_at, as_of, lo=history.next_later)
            rows = history.later[history.next_later:end]
            history.next_later = end
        else:
            rows = _SINCE.rows(conn, since=history.as_of, as_of=as_of)
        changed = history._add(rows)
        history.as_of = as_of
        for listener in history.listeners:
            listener(changed)
    return history


def _build(conn: Connection, as_of: datetime, signature: tuple) -> PurchaseHistory:
    history = PurchaseHistory(as_of, signature, time.monotonic())
    for contact_id, _first, last, count, spent in conn.execute(purchase_stats(as_of)):
        history.contacts[contact_id] = ContactStats(last, count,
                                                    money_from_scaled(int(spent or 0)))
    current, items = None, set()
    for order_id, product_id in _BASKETS.rows(conn, as_of=as_of):
        if order_id != current:
            history._add_items(items)
            current, items = order_id, set()
        items.add(product_id)
    history._add_items(items)
    if conn.engine in _FROZEN:
        history.later = _SINCE.rows(conn, since=as_of, as_of=_FAR_FUTURE)
        history.later_at = [row[2] for row in history.later]
    return history


def catalogue(conn: Connection, now: datetime) -> dict[int, dict[str, Any]]:
    """Every product by id (title, sku, handle, price, currency, collections)."""
    signature = _signature(conn, now)[2:]
    cached = _CATALOGUE.get(conn.engine)
    if cached is not None and cached[0] == signature:
        return cached[1]
    products = {pid: {"id": pid, "title": title, "sku": sku, "handle": handle, "price": price,
                      "currency": currency, "collections": [str(c) for c in collections or []]}
                for pid, title, sku, handle, price, currency, collections
                in conn.execute(_PRODUCTS)}
    _CATALOGUE[conn.engine] = (signature, products)
    return products
