"""Every contact's purchases held in memory while a backtest replays a copy whose orders never
change: a contact's facts at any moment by bisection, instead of a query per condition."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from datetime import UTC, datetime, timedelta

from sqlalchemy import BigInteger, select, type_coerce
from sqlalchemy.engine import Connection

from runtime import facts as facts_module
from runtime.db.bulk import FastQuery
from runtime.db.models import Order
from runtime.db.types import money_from_scaled
from runtime.facts import ContactFacts

ORD = Order.__table__
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICRO = timedelta(microseconds=1)
# The purchases of runtime.facts.purchase_stats, one row each, money as raw scaled integers.
_PURCHASES = FastQuery(
    select(ORD.c.contact_id, ORD.c.created_at, type_coerce(ORD.c.total, BigInteger),
           type_coerce(ORD.c.refunded, BigInteger))
    .where(ORD.c.contact_id.is_not(None), ORD.c.is_purchase.is_(True))
    .order_by(ORD.c.contact_id, ORD.c.created_at))


def _micros(moment: datetime) -> int:
    return (moment - EPOCH) // MICRO


class FrozenPurchases:
    """Loaded on the first question: contact -> (purchase times in epoch microseconds, in
    order; net spend so far after each, scaled). About 30 bytes a purchase."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_contact: dict[int, tuple[array, array]] | None = None

    def _load(self) -> dict[int, tuple[array, array]]:
        by_contact: dict[int, tuple[array, array]] = {}
        current, times, spent, total = None, None, None, 0
        for contact_id, created_at, amount, refunded in _PURCHASES.rows(self.conn):
            if contact_id != current:
                current, total = contact_id, 0
                times, spent = array("q"), array("q")
                by_contact[contact_id] = times, spent
            times.append(_micros(created_at))
            total += (amount or 0) - (refunded or 0)
            spent.append(total)
        return by_contact

    def facts(self, contact_ids, as_of: datetime, tiers,
              with_balances: bool = True) -> dict[int, ContactFacts]:
        """runtime.facts.facts_for without RFM, answered from memory (balances still in SQL)."""
        if self._by_contact is None:
            self._by_contact = self._load()
        ids = list(dict.fromkeys(int(i) for i in contact_ids))
        tier = facts_module.tier_lookup(tiers)
        now = _micros(as_of)
        points_by_id, scores_by_id = facts_module.balances(self.conn, ids, as_of) \
            if with_balances else ({}, {})
        result = {}
        for contact_id in ids:
            points = points_by_id.get(contact_id, 0)
            scores = scores_by_id.get(contact_id) or {}
            found = self._by_contact.get(contact_id)
            count = bisect_right(found[0], now) if found else 0
            if not count:
                result[contact_id] = ContactFacts(contact_id, None, None, 0, money_from_scaled(0),
                                                  None, None, points, scores, tier(points), None)
                continue
            times, spent = found
            first, last = EPOCH + times[0] * MICRO, EPOCH + times[count - 1] * MICRO
            total = spent[count - 1]
            result[contact_id] = ContactFacts(
                contact_id, first, last, count, money_from_scaled(total),
                facts_module.average(total, count), (as_of - last).days, points, scores,
                tier(points), None)
        return result
