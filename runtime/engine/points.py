"""Loyalty points over time: spending oldest-expiring points first, tier moves, expiry scans."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.engine import Connection

from runtime.db.bulk import FastQuery
from runtime.db.models import LedgerEntry
from runtime.engine.compiled import Node
from runtime.engine.timing import local_date, local_day_start
from runtime.facts import POINTS, tier_lookup

if TYPE_CHECKING:
    from runtime.engine.writes import Writes

L = LedgerEntry.__table__
_NOW = bindparam("now", type_=L.c.at.type)
# A spend is written as one entry per lot it uses, each carrying that lot's expiry, so a lot
# and what was spent from it drop out of the balance together: points are spent oldest-expiring
# first (FIFO) and expiry only ever takes points that are still unspent.
_LOTS = FastQuery(
    select(L.c.expires_at, func.sum(L.c.delta))
    .where(L.c.contact_id == bindparam("contact_id"), L.c.account == POINTS, L.c.at <= _NOW,
           or_(L.c.expires_at.is_(None), L.c.expires_at > _NOW))
    .group_by(L.c.expires_at)
    .having(func.sum(L.c.delta) > 0)
    .order_by(L.c.expires_at.is_(None), L.c.expires_at))
_START = bindparam("start", type_=L.c.expires_at.type)
_END = bindparam("end", type_=L.c.expires_at.type)
_FIRE_AT = bindparam("fire_at", type_=L.c.at.type)
_EXPIRING = (
    select(L.c.contact_id, func.sum(L.c.delta), func.min(L.c.expires_at))
    .where(L.c.account == POINTS, L.c.at <= _FIRE_AT, L.c.expires_at >= _START,
           L.c.expires_at < _END)
    .group_by(L.c.contact_id)
    .having(func.sum(L.c.delta) >= bindparam("min_points"))
    .order_by(L.c.contact_id))


def spend_from_lots(conn: Connection, contact_id: int, amount: int,
                    now: datetime) -> list[tuple[int, datetime | None]]:
    """(points, lot expiry) parts that take `amount` points from the earliest-expiring lots;
    points that never expire are spent last."""
    parts: list[tuple[int, datetime | None]] = []
    left = amount
    for expires_at, remaining in _LOTS.rows(conn, contact_id=contact_id, now=now):
        if left <= 0:
            break
        take = min(left, int(remaining))
        parts.append((take, expires_at))
        left -= take
    if left > 0:  # only with entries written before spending was FIFO
        parts.append((left, None))
    return parts


def tier_rank(tiers: list) -> dict[str | None, int]:
    """Tier name -> its place from the bottom (no tier at all is -1)."""
    ordered = sorted(((int(threshold), str(name)) for name, threshold in tiers))
    return {None: -1, **{name: i for i, (_threshold, name) in enumerate(ordered)}}


def emit_tier_move(w: Writes, contact_id: int, before: int, after: int) -> None:
    """Raise tier_changed when a change of balance moves the contact into a higher tier."""
    tier = tier_lookup(w.subjects.tiers)
    old, new = tier(before), tier(after)
    if old == new:
        return
    rank = tier_rank(w.subjects.tiers)
    if rank.get(new, -1) > rank.get(old, -1):
        w.emit("tier_changed", contact_id, {"properties": {"from": old or "", "to": new}})


def expiring_points(conn: Connection, node: Node, day: date, fire_at: datetime,
                    tz: ZoneInfo) -> list[tuple[int, dict]]:
    """(contact, event data) for contacts with unspent points expiring on shop day
    `day + days_before`."""
    target = day + timedelta(days=int(node.params.get("days_before") or 0))
    start, end = local_day_start(target, tz), local_day_start(target + timedelta(days=1), tz)
    rows = conn.execute(_EXPIRING, {"fire_at": fire_at, "start": start, "end": end,
                                    "min_points": int(node.params.get("min_points") or 1)})
    return [(contact_id, {"properties": {"points": int(points),
                                         "expires_on": local_date(first, tz).isoformat()}})
            for contact_id, points, first in rows]
