"""Every contact's purchases held in memory while a backtest replays a copy whose orders never
change: a contact's facts at any moment by bisection, instead of a query per condition."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Connection

from runtime import facts as facts_module
from runtime.db.types import money_from_scaled
from runtime.facts import ContactFacts

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICRO = timedelta(microseconds=1)
# The purchases of runtime.facts.purchase_stats, one row each: the time as epoch microseconds
# (computed by SQLite from the stored "YYYY-MM-DD HH:MM:SS.ffffff" text: converting 350,000
# times in Python cost a second) and money as raw scaled integers. A backtest's copy is SQLite.
_PURCHASES = (
    "SELECT contact_id, CAST(strftime('%s', created_at) AS INTEGER) * 1000000"
    " + CAST(substr(created_at, 21, 6) AS INTEGER), total, refunded FROM orders"
    " WHERE contact_id IS NOT NULL AND is_purchase = 1 ORDER BY contact_id, created_at")


def _micros(moment: datetime) -> int:
    return (moment - EPOCH) // MICRO


class FrozenPurchases:
    """Loaded on the first question: contact -> (purchase times in epoch microseconds, in
    order; net spend so far after each, scaled). About 30 bytes a purchase."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_contact: dict[int, tuple[array, array]] | None = None
        self._tiers: tuple[object, object] = (None, None)  # (tiers, their lookup)

    def _load(self) -> dict[int, tuple[array, array]]:
        by_contact: dict[int, tuple[array, array]] = {}
        current, times, spent, total = None, None, None, 0
        cursor = self.conn.connection.dbapi_connection.cursor()  # plain tuples, in bulk
        cursor.execute(_PURCHASES)
        while rows := cursor.fetchmany(20_000):
            for contact_id, micros, amount, refunded in rows:
                if contact_id != current:
                    current, total = contact_id, 0
                    times, spent = array("q"), array("q")
                    by_contact[contact_id] = times, spent
                times.append(micros)
                total += (amount or 0) - (refunded or 0)
                spent.append(total)
        cursor.close()
        return by_contact

    def facts(self, contact_ids, as_of: datetime, tiers,
              with_balances: bool = True) -> dict[int, ContactFacts]:
        """runtime.facts.facts_for without RFM, answered from memory (balances still in SQL)."""
        if self._by_contact is None:
            self._by_contact = self._load()
        ids = list(dict.fromkeys(int(i) for i in contact_ids))
        if self._tiers[0] is not tiers:
            self._tiers = (tiers, facts_module.tier_lookup(tiers))
        tier = self._tiers[1]
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
