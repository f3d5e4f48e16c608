"""Daily scans for date and inactivity triggers: who crosses the line on a given shop day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, exists, extract, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from runtime.db.models import Contact, Order
from runtime.engine.compiled import CompiledFlow, Node
from runtime.engine.timing import anniversary_days, local_date, local_datetime, local_day_start

SCANNED_KINDS = ("trigger.date_reached", "trigger.inactive", "trigger.rfm_segment")
EVENT_NAMES = {"trigger.date_reached": "date_reached", "trigger.inactive": "inactive",
               "trigger.rfm_segment": "rfm_segment"}
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


def contacts_for_day(conn: Connection, node: Node, day: date, fire_at: datetime, tz: ZoneInfo,
                     include_existing: bool = False) -> list:
    """Contact ids, or (contact id, event data) pairs, of who enters on shop day `day`."""
    if node.kind == "trigger.rfm_segment":
        from runtime.engine.rfm_segments import contacts_for_day as segment_changes

        return segment_changes(conn, node, fire_at)
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
    rows = conn.execute(select(C.c.id).where(func.substr(value, 6, 5).in_(_month_days(target)),
                                             func.length(value) == 10).order_by(C.c.id))
    return [r[0] for r in rows]


def _first_order_anniversary(conn: Connection, target: date, fire_at: datetime,
                             tz: ZoneInfo) -> list[int]:
    """Contacts whose first purchase fell on this day of the year (in shop time) in an
    earlier year.

    The grouping runs in SQL every shop day, so SQL also keeps only first purchases whose UTC
    date is within a day of the anniversary (a shop zone is never a whole day off UTC);
    Python then checks the exact shop date of those few."""
    wanted = set(anniversary_days(target))
    near = {(d.month, d.day) for m, d0 in wanted for d in _around(target.year, m, d0)}
    if near & {(2, 28), (3, 1)}:
        near.add((2, 29))  # in a leap year the first purchase's UTC date may be 29 February
    first_at = func.min(ORD.c.created_at)
    month, day = extract("month", first_at), extract("day", first_at)
    query = (select(ORD.c.contact_id, first_at)
             .where(ORD.c.is_purchase.is_(True), ORD.c.contact_id.is_not(None),
                    ORD.c.created_at <= fire_at)
             .group_by(ORD.c.contact_id)
             .having(or_(*(and_(month == m, day == d) for m, d in sorted(near)))))
    out = []
    for contact_id, first in conn.execute(query):
        local = local_date(first, tz)
        if (local.month, local.day) in wanted and local.year < target.year:
            out.append(contact_id)
    return sorted(out)


def _around(year: int, month: int, day: int) -> list[date]:
    """The day before, the day itself and the day after (29 February is looked up in a leap
    year's calendar so that it has neighbours)."""
    try:
        centre = date(year, month, day)
    except ValueError:
        centre = date(2028, month, day)
    return [centre - timedelta(days=1), centre, centre + timedelta(days=1)]
