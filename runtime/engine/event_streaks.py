"""The Event received trigger's filters: which events match, and “only the Nth within a period”."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection

from runtime.catalog import DURATION_UNITS
from runtime.db.bulk import FastQuery
from runtime.db.models import Event

EV = Event.__table__
# A contact's events of one name in a time range; ix_events_contact_name_at (contact_id, name,
# at) answers both without reading other contacts' or other names' events, and the count from
# the index alone.
_IN_RANGE = (EV.c.contact_id == bindparam("contact_id"), EV.c.name == bindparam("name"),
             EV.c.at > bindparam("start", type_=EV.c.at.type),
             EV.c.at <= bindparam("now", type_=EV.c.at.type))
_COUNT = FastQuery(select(func.count()).where(*_IN_RANGE))
_RECENT = FastQuery(select(EV.c.id, EV.c.at, EV.c.properties).where(*_IN_RANGE)
                    .order_by(EV.c.at, EV.c.id))


def same_text(a: Any, b: Any) -> bool:
    return str(a).casefold() == str(b).casefold()


def carries(p: dict[str, Any], properties: dict[str, Any]) -> bool:
    """Whether an event's properties pass the trigger's “only when property … equals …”."""
    prop = (p.get("property") or "").strip()
    if not prop:
        return True
    if prop not in properties:
        return False
    wanted = (p.get("equals") or "").strip()
    return not wanted or same_text(properties[prop], wanted)


def period(within: dict[str, Any]) -> timedelta:
    return timedelta(seconds=int(within["amount"]) * DURATION_UNITS[within["unit"]])


def is_nth(conn: Connection, p: dict[str, Any], event) -> bool:
    """Whether `event` (an EngineEvent that passed `carries`) is the one that makes it the
    Nth matching event within the period.

    An event counts itself and the contact's recorded events of the same name that pass the
    trigger's filter (and, with “same_property”, carry the same value of it) in the period up to
    it. It starts a run when that count reaches N and no event in the period before it had
    already reached N: the 4th and 5th views within the period start nothing, and neither does
    a steady stream of views; once a whole period passes without an event reaching N, the next
    event that reaches N starts a run again. This needs no memory of earlier starts, so a
    backtest, the live runtime and a replay of history agree, and it reads only the events of
    two periods before the event.
    """
    times, span = int(p["times"]), period(p["within"])
    properties = event.data.get("properties") or {}
    same = (p.get("same_property") or "").strip()
    value = properties.get(same) if same else None
    if same and (value is None or str(value).strip() == ""):
        return False  # nothing to count the event by
    # A backtest passes the row id, which orders events recorded at the same moment; without
    # it, recorded events at the very same moment are left out (one may be this event itself).
    event_id = event.data.get("event_id")
    # Most events have too few of their name in the period to be the Nth, whatever their
    # properties: the index says so without reading (and decoding) a row.
    recorded = _COUNT.rows(conn, contact_id=event.contact_id, name=p["event"],
                           start=event.at - span, now=event.at)[0][0]
    if recorded - (event_id is not None) < times - 1:  # a backtest's event is recorded too
        return False
    moments = []
    for row_id, at, props in _RECENT.rows(conn, contact_id=event.contact_id, name=p["event"],
                                          start=event.at - 2 * span, now=event.at):
        earlier = at < event.at or (event_id is not None and row_id < event_id)
        props = props or {}
        if earlier and carries(p, props) and (not same or same_text(props.get(same, ""), value)):
            moments.append(at)
    moments.append(event.at)
    # counts[i]: events within the period up to event i, itself included.
    counts, first = [], 0
    for i, moment in enumerate(moments):
        while moments[first] <= moment - span:
            first += 1
        counts.append(i - first + 1)
    start = event.at - span
    if counts[-1] < times:
        return False
    return not any(n >= times for at, n in zip(moments[:-1], counts[:-1], strict=True)
                   if at > start)
