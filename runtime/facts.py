"""Derived customer facts (orders, spend, RFM, points, tier) computed in SQL as of a given time."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Select, bindparam, func, or_, select, type_coerce
from sqlalchemy.engine import Connection

from runtime.db.bulk import FastQuery
from runtime.db.models import LedgerEntry, Order
from runtime.db.types import money_from_scaled

# Ids per IN (...) list: far below SQLite's bound-parameter limit, and large enough that 100,000
# contacts take a few hundred round trips rather than one per contact.
BATCH_SIZE = 500
POINTS = "points"
SCORE_PREFIX = "score:"
RFM_BUCKETS = 5


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """What one contact's history says about them at a moment in time."""

    contact_id: int
    first_order_at: datetime | None
    last_order_at: datetime | None
    orders_count: int
    total_spent: Decimal
    aov: Decimal | None
    days_since_last_order: int | None
    points: int
    scores: dict[str, int]
    tier: str | None
    rfm: tuple[int, int, int] | None


def _require_aware(as_of: datetime) -> None:
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise ValueError(f"as_of {as_of!r} is naive: facts are computed at an aware UTC time")


def purchase_stats(as_of: datetime) -> Select:
    """One row per contact with purchases up to `as_of`.

    Columns: contact_id, first_order_at, last_order_at, orders_count, total_spent_scaled (the
    net spend as a raw integer of 1/10,000 units; see runtime.db.types.money_from_scaled). Use it
    as a subquery: ``stats = purchase_stats(now).subquery()`` and join on ``stats.c.contact_id``.
    """
    _require_aware(as_of)
    return _purchase_stats(as_of)


def _purchase_stats(as_of) -> Select:
    """purchase_stats for a datetime or a bind parameter: the one definition of a purchase."""
    # type_coerce keeps SUM a plain integer: the Money type would otherwise turn it into a Decimal
    # and callers comparing against scaled thresholds in SQL would mix units.
    total = func.sum(type_coerce(Order.total, BigInteger))
    refunded = func.sum(type_coerce(Order.refunded, BigInteger))
    return (
        select(
            Order.contact_id.label("contact_id"),
            func.min(Order.created_at).label("first_order_at"),
            func.max(Order.created_at).label("last_order_at"),
            func.count().label("orders_count"),
            (total - refunded).label("total_spent_scaled"),
        )
        .where(
            Order.contact_id.is_not(None),
            Order.is_purchase.is_(True),
            Order.created_at <= as_of,
        )
        .group_by(Order.contact_id)
    )


def _live_entries(as_of: datetime):
    """Ledger conditions for entries that count at `as_of`: already made and not yet expired."""
    return (
        LedgerEntry.at <= as_of,
        or_(LedgerEntry.expires_at.is_(None), LedgerEntry.expires_at > as_of),
    )


def ledger_balances(as_of: datetime, account: str = POINTS) -> Select:
    """One row per contact with live entries in `account` at `as_of`: contact_id, balance.

    For SQL scans such as "score:engagement >= 100"; contacts without entries have no row.
    """
    _require_aware(as_of)
    return (
        select(LedgerEntry.contact_id.label("contact_id"),
               func.sum(LedgerEntry.delta).label("balance"))
        .where(LedgerEntry.account == account, *_live_entries(as_of))
        .group_by(LedgerEntry.contact_id)
    )


def rfm_select(as_of: datetime) -> Select:
    """One row per contact with purchases up to `as_of`: the purchase_stats columns plus r, f, m.

    Each score is NTILE(5) over every purchasing contact (5 = most recent, most orders, highest
    spend). NTILE alone would split equal values across buckets by an arbitrary order, so two
    customers with the same order count could get F=1 and F=2; a second window gives every tie
    the lowest bucket any of its members reached, so equal behaviour always scores the same.
    """
    stats = purchase_stats(as_of).subquery("stats")

    def tile(column):
        # contact_id breaks ties so that the intermediate NTILE is deterministic on every engine.
        return func.ntile(RFM_BUCKETS).over(order_by=(column, stats.c.contact_id))

    tiles = select(
        *stats.c,
        tile(stats.c.last_order_at).label("r_tile"),
        tile(stats.c.orders_count).label("f_tile"),
        tile(stats.c.total_spent_scaled).label("m_tile"),
    ).subquery("tiles")
    return select(
        tiles.c.contact_id,
        tiles.c.first_order_at,
        tiles.c.last_order_at,
        tiles.c.orders_count,
        tiles.c.total_spent_scaled,
        func.min(tiles.c.r_tile).over(partition_by=tiles.c.last_order_at).label("r"),
        func.min(tiles.c.f_tile).over(partition_by=tiles.c.orders_count).label("f"),
        func.min(tiles.c.m_tile).over(partition_by=tiles.c.total_spent_scaled).label("m"),
    )


def rfm_scores(conn, as_of: datetime) -> dict[int, tuple[int, int, int]]:
    """(R, F, M) for every contact with purchases up to `as_of`; see rfm_select."""
    scores = rfm_select(as_of).subquery("rfm")
    query = select(scores.c.contact_id, scores.c.r, scores.c.f, scores.c.m)
    return {contact_id: (int(r), int(f), int(m)) for contact_id, r, f, m in conn.execute(query)}


def tier_lookup(tiers: Iterable[Sequence]) -> Callable[[int], str | None]:
    """A points -> tier function for `tiers`, sorted once so that each lookup is a bisect.

    `tiers` is the settings form: [["Bronze", 0], ["Silver", 500], ...], in any order; of two
    tiers with the same threshold the later one wins.
    """
    table = sorted(((int(threshold), str(name)) for name, threshold in tiers),
                   key=lambda entry: entry[0])
    thresholds = [threshold for threshold, _name in table]
    names = [name for _threshold, name in table]

    def lookup(points: int) -> str | None:
        index = bisect_right(thresholds, points)
        return names[index - 1] if index else None

    return lookup


def tier_for(points: int, tiers: Iterable[Sequence]) -> str | None:
    """The highest tier whose threshold is at most `points`, or None below every threshold."""
    return tier_lookup(tiers)(points)


def average(total_scaled: int, count: int) -> Decimal:
    # Divide the scaled integers and round half-even to 1/10,000, so the AOV is exact money in
    # the same precision as every stored amount rather than a 28-digit quotient.
    quotient = (Decimal(total_scaled) / Decimal(count)).to_integral_value()
    return money_from_scaled(int(quotient))


# The engine asks for one contact's facts at almost every condition, so the two statements are
# built once with bind parameters: building them per call cost ten times running them.
_AS_OF = bindparam("as_of", type_=Order.created_at.type)
_IDS = bindparam("ids", expanding=True)
_BALANCES_ALL = (
    select(LedgerEntry.contact_id, LedgerEntry.account, func.sum(LedgerEntry.delta))
    .where(
        or_(LedgerEntry.account == POINTS, LedgerEntry.account.like(SCORE_PREFIX + "%")),
        *_live_entries(_AS_OF),
    )
    .group_by(LedgerEntry.contact_id, LedgerEntry.account)
)
_BALANCES = _BALANCES_ALL.where(LedgerEntry.contact_id.in_(_IDS))
# Built from _purchase_stats so that the batched, single-contact and subquery forms can never
# disagree about what counts as a purchase.
_STATS = _purchase_stats(_AS_OF).where(Order.contact_id.in_(_IDS))
# The engine's common case, one contact: the same queries without an IN list, on the driver.
_STATS_ONE = FastQuery(_purchase_stats(_AS_OF).where(Order.contact_id == bindparam("id")))
_BALANCES_ONE = FastQuery(_BALANCES_ALL.where(LedgerEntry.contact_id == bindparam("id")))


def balances(conn, ids: list[int], as_of: datetime):
    """Points per contact and scores per contact (keyed by bare score name) for `ids`."""
    points: dict[int, int] = {}
    scores: dict[int, dict[str, int]] = {}
    if len(ids) == 1 and isinstance(conn, Connection):
        rows = _BALANCES_ONE.rows(conn, id=ids[0], as_of=as_of)
    else:
        rows = conn.execute(_BALANCES, {"ids": ids, "as_of": as_of})
    for contact_id, account, total in rows:
        if account == POINTS:
            points[contact_id] = int(total or 0)
        else:
            scores.setdefault(contact_id, {})[account[len(SCORE_PREFIX) :]] = int(total or 0)
    return points, scores


def facts_for(
    conn,
    contact_ids: Iterable[int],
    as_of: datetime,
    tiers: Iterable[Sequence],
    *,
    with_rfm: bool = False,
    with_balances: bool = True,
) -> dict[int, ContactFacts]:
    """Facts for each id, as of `as_of`, in two queries per BATCH_SIZE ids.

    Contacts without purchases (or unknown ids) get zero counts and None dates. RFM needs the
    whole population, so `with_rfm` adds one query over every purchasing contact per call.
    A caller that knows the ledger is empty passes with_balances=False to skip its query
    (points are then 0 and scores empty, which is what the query would say).
    `conn` is a Connection or a Session.
    """
    _require_aware(as_of)
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    tier = tier_lookup(tiers)
    rfm = rfm_scores(conn, as_of) if with_rfm and ids else {}
    zero = money_from_scaled(0)
    result: dict[int, ContactFacts] = {}
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start : start + BATCH_SIZE]
        if len(chunk) == 1 and isinstance(conn, Connection):
            found = _STATS_ONE.rows(conn, id=chunk[0], as_of=as_of)
        else:
            found = conn.execute(_STATS, {"ids": chunk, "as_of": as_of})
        stats = {row[0]: row for row in found}
        points_by_id, scores_by_id = balances(conn, chunk, as_of) if with_balances else ({}, {})
        for contact_id in chunk:
            points = points_by_id.get(contact_id, 0)
            scores = scores_by_id.get(contact_id) or {}
            row = stats.get(contact_id)
            if row is None:
                result[contact_id] = ContactFacts(
                    contact_id, None, None, 0, zero, None, None, points, scores, tier(points),
                    None,
                )
                continue
            _id, first, last, count, total_scaled = row
            total_scaled = int(total_scaled or 0)
            result[contact_id] = ContactFacts(
                contact_id, first, last, count, money_from_scaled(total_scaled),
                average(total_scaled, count), (as_of - last).days, points, scores,
                tier(points), rfm.get(contact_id),
            )
    return result
