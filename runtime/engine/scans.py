"""Daily scans for date and inactivity triggers: who crosses the line on a given shop day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, bindparam, exists, func, or_, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from runtime.db.models import Contact, Order
from runtime.engine.compiled import CompiledFlow, Node
from runtime.engine.points import expiring_points
from runtime.engine.rfm_segments import contacts_for_day as segment_changes
from runtime.engine.timing import anniversary_days, local_date, local_datetime, local_day_start

SCANNED_KINDS = ("trigger.date_reached", "trigger.inactive", "trigger.points_expiring",
                 "trigger.rfm_segment")
EVENT_NAMES = {"trigger.date_reached": "date_reached", "trigger.inactive": "inactive",
               "trigger.points_expiring": "points_expiring", "trigger.rfm_segment": "rfm_segment"}
C, ORD = Contact.__table__, Order.__table__


def next_scan(flow: CompiledFlow, node: Node, last_day: str | None,
              tz: ZoneInfo) -> tuple[date, datetime]:
    """The next shop day to scan and the moment its scan is due (that day at the node's time).

    The first day scanned is the day the flow version was switched on."""
    if last_day:
        day = date.fromisoformat(last_day) + timedelta(days=1)
    else:
        day = local_date(flow.activated_at, tz)
    return day, local_datetime(day, node.params["time_of_day"], tz)


def hits_for_day(conn: Connection, node: Node, day: date, fire_at: datetime, tz: ZoneInfo,
                 include_existing: bool = False) -> list[tuple[int, dict]]:
    """(contact, event data) for everyone the scan of `node` picks on shop day `day`: the
    points and RFM scans hand over what they found out (the points, the segment)."""
    if node.kind == "trigger.points_expiring":
        return expiring_points(conn, node, day, fire_at, tz)
    if node.kind == "trigger.rfm_segment":
        return segment_changes(conn, node, fire_at)
    return [(c, {}) for c in contacts_for_day(conn, node, day, fire_at, tz, include_existing)]


def contacts_for_day(conn: Connection, node: Node, day: date, fire_at: datetime, tz: ZoneInfo,
                     include_existing: bool = False) -> list[int]:
    """Who a date or inactivity trigger enters on shop day `day`."""
    if node.kind == "trigger.inactive":
        return _inactive(conn, int(node.params["days"]), day, fire_at, tz, include_existing)
    target = day + timedelta(days=int(node.params.get("days_before") or 0))
    if node.params["date"] == "first_order_anniversary":
        return _first_order_anniversary(conn, target, fire_at, tz)
    field = "birth_date" if node.params["date"] == "birth_date" else node.params["field"].strip()
    return _date_field(conn, field, target)


def _inactive_query(with_lower_bound: bool):
    later = aliased(ORD)
    conditions = [ORD.c.is_purchase.is_(True), ORD.c.contact_id.is_not(None),
                  ORD.c.created_at < bindparam("end", type_=ORD.c.created_at.type)]
    if with_lower_bound:
        conditions.append(ORD.c.created_at >= bindparam("start", type_=ORD.c.created_at.type))
    no_later_purchase = ~exists().where(
        later.c.contact_id == ORD.c.contact_id, later.c.is_purchase.is_(True),
        later.c.created_at >= bindparam("end", type_=ORD.c.created_at.type),
        later.c.created_at <= bindparam("fire_at", type_=ORD.c.created_at.type))
    return (select(ORD.c.contact_id).where(and_(*conditions), no_later_purchase)
            .distinct().order_by(ORD.c.contact_id))


# Built once: the scan runs every shop day, and building the statement costs more than running it.
_INACTIVE = {True: _inactive_query(True), False: _inactive_query(False)}


def _inactive(conn: Connection, days: int, day: date, fire_at: datetime, tz: ZoneInfo,
              include_existing: bool) -> list[int]:
    """Contacts whose last purchase fell on shop day `day - days`: they reach `days` today.

    With include_existing (the first scan of a flow that asks for it), everyone whose last
    purchase is at least that old."""
    last_day = day - timedelta(days=days)
    start, end = local_day_start(last_day, tz), local_day_start(last_day + timedelta(days=1), tz)
    rows = conn.execute(_INACTIVE[not include_existing],
                        {"start": start, "end": end, "fire_at": fire_at})
    return [r[0] for r in rows]


def _month_days(target: date) -> list[str]:
    return [f"{m:02d}-{d:02d}" for m, d in anniversary_days(target)]


def _date_field(conn: Connection, field: str, target: date) -> list[int]:
    value = C.c.fields[field].as_string()
    days = _month_days(target)
    where = [func.substr(value, 6, 5).in_(days), func.length(value) == 10]
    if conn.dialect.name == "sqlite":
        # Extracting the field from every contact's JSON cost most of the scan, which a backtest
        # runs every day. The stored text holds a date as written (JSON escapes neither digits
        # nor dashes), so a plain text search goes first and only rows that hold the month and
        # day anywhere reach json_extract: the same rows come out.
        text = type_coerce(C.c.fields, String)
        where.insert(0, or_(*(text.contains(d, autoescape=True) for d in days)))
    rows = conn.execute(select(C.c.id).where(*where).order_by(C.c.id))
    return [r[0] for r in rows]


def _first_order_anniversary(conn: Connection, target: date, fire_at: datetime,
                             tz: ZoneInfo) -> list[int]:
    """Contacts whose first purchase fell on this day of the year (in shop time) in an
    earlier year.

    The scan runs every shop day, so it never groups the whole order table: for each earlier
    year it reads, through the created_at index, the purchases of a UTC window around that
    year's date (a shop zone is never more than a day off UTC), keeps those with no earlier
    purchase by the same contact, and checks their exact shop date in Python."""
    wanted = set(anniversary_days(target))
    oldest = conn.execute(select(func.min(ORD.c.created_at)).where(
        ORD.c.is_purchase.is_(True), ORD.c.contact_id.is_not(None))).scalar()
    if oldest is None or oldest.year >= target.year:
        return []
    windows = []
    for year in range(oldest.year, target.year):
        for month, day in wanted:
            try:
                centre = date(year, month, day)
            except ValueError:
                continue  # 29 February of a year without it
            start = datetime(centre.year, centre.month, centre.day, tzinfo=UTC) \
                - timedelta(days=1)
            windows.append(and_(ORD.c.created_at >= start,
                                ORD.c.created_at < start + timedelta(days=3)))
    if not windows:
        return []
    earlier = aliased(ORD)
    query = (select(ORD.c.contact_id, ORD.c.created_at)
             .where(ORD.c.is_purchase.is_(True), ORD.c.contact_id.is_not(None), or_(*windows),
                    ~exists().where(earlier.c.contact_id == ORD.c.contact_id,
                                    earlier.c.is_purchase.is_(True),
                                    earlier.c.created_at < ORD.c.created_at)))
    out = set()
    for contact_id, first in conn.execute(query):
        local = local_date(first, tz)
        if (local.month, local.day) in wanted and local.year < target.year:
            out.add(contact_id)
    return sorted(out)
