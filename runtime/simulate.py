"""The backtest: replay the shop's history through one flow on a virtual clock, on a copy."""

from __future__ import annotations

import heapq
import logging
import os
import sqlite3
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, create_engine, event, func, select, update
from sqlalchemy.engine import Connection

from runtime import flows_store
from runtime.clock import VirtualClock
from runtime.db.models import ActionLog, Contact, Enrollment, Event, Flow, Order
from runtime.engine import Engine as FlowEngine
from runtime.engine import EngineEvent, purchase_history
from runtime.engine.batch import FLUSH_RUNS
from runtime.errors import Cancelled, UserError
from runtime.flow import Flow as FlowModel
from runtime.validation import validate

log = logging.getLogger(__name__)
AL, C, E, EV, F, ORD = (ActionLog.__table__, Contact.__table__, Enrollment.__table__,
                        Event.__table__, Flow.__table__, Order.__table__)


@contextmanager
def scratch_copy(engine: Engine) -> Iterator[Engine]:
    """A throwaway copy of a SQLite workspace (the live one is never written)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise UserError("backtests need the workspace on SQLite (a copy is made of it)")
    fd, path = tempfile.mkstemp(prefix="boomerang-backtest-", suffix=".db")
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True)
        dst = sqlite3.connect(path)
        with dst:
            src.backup(dst)
        src.close()
        dst.execute("PRAGMA journal_mode=OFF")
        dst.close()
        copy = create_engine(f"sqlite:///{path}")

        @event.listens_for(copy, "connect")
        def _fast(dbapi_conn, _record):
            # A scratch copy needs no durability: it is deleted afterwards.
            dbapi_conn.execute("PRAGMA synchronous=OFF")
            dbapi_conn.execute("PRAGMA journal_mode=OFF")
            dbapi_conn.execute("PRAGMA cache_size=-200000")
            # As in the workspace: a step that breaks a reference fails here too.
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

        try:
            yield copy
        finally:
            copy.dispose()
    finally:
        Path(path).unlink(missing_ok=True)


def _history(conn: Connection, start: datetime, end: datetime,
             names: set[str]) -> Iterator[EngineEvent]:
    """Events in [start, end) in time order: purchases, sign-ups and custom events."""
    streams = []
    if "order_placed" in names:
        streams.append(
            (r.created_at, 0, r.id, EngineEvent("order_placed", r.contact_id, r.created_at,
                                                 {"order_id": r.id}))
            for r in conn.execute(select(ORD.c.id, ORD.c.contact_id, ORD.c.created_at).where(
                ORD.c.is_purchase.is_(True), ORD.c.contact_id.is_not(None),
                ORD.c.created_at >= start, ORD.c.created_at < end)
                .order_by(ORD.c.created_at, ORD.c.id)))
    if "customer_created" in names:
        streams.append(
            (r.created_at, 1, r.id, EngineEvent("customer_created", r.id, r.created_at))
            for r in conn.execute(select(C.c.id, C.c.created_at).where(
                C.c.created_at >= start, C.c.created_at < end).order_by(C.c.created_at, C.c.id)))
    streams.append(
        # The row id orders events recorded at the same moment for "the Nth event" triggers.
        (r.at, 2, r.id, EngineEvent(r.name, r.contact_id, r.at,
                                    {"properties": r.properties, "event_id": r.id}))
        for r in conn.execute(select(EV.c.id, EV.c.name, EV.c.contact_id, EV.c.at,
                                     EV.c.properties).where(
            EV.c.contact_id.is_not(None), EV.c.at >= start, EV.c.at < end,
            EV.c.name.in_(names)).order_by(EV.c.at, EV.c.id)))
    for _at, _order, _id, ev in heapq.merge(*streams, key=lambda t: t[:3]):
        yield ev


def _event_names(engine: FlowEngine) -> set[str]:
    names = {"order_placed"}  # purchases change facts that conditions read
    for flow in engine.active:
        names |= flow.goal_events | flow.waits_for_events
        for kind, nodes in flow.triggers.items():
            if kind == "trigger.customer_created":
                names.add("customer_created")
            if kind == "trigger.custom_event":
                names |= {n.params["event"] for n in nodes}
    return names


def run_backtest(db: Engine, flow: FlowModel, start: datetime, end: datetime, tz: ZoneInfo,
                 shop: dict, tiers: list, *, progress: Callable[[float], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None,
                 flush_runs: int | None = FLUSH_RUNS) -> dict:
    """Replay [start, end) through `flow` on a copy of the workspace; returns the report.

    The engine writes every `flush_runs` runs (None: after each event and tick, as the live
    runtime does); the report is the same either way, only the time differs."""
    problems = validate(flow)
    if problems:
        raise UserError("the flow has problems; fix them before a backtest:\n"
                        + "\n".join(str(p) for p in problems), exit_code=1)
    if end <= start:
        raise UserError("--to must come after --from")
    with scratch_copy(db) as copy, copy.begin() as conn:
        purchase_history.freeze(copy)  # nothing in a backtest adds or changes orders
        _set_aside_live_runs(conn, flow.uid)
        flows_store.activate(conn, flow, start)
        engine = FlowEngine(tz, shop, tiers)
        engine.load_flows(conn)
        if flush_runs is not None:
            engine.begin_batch(conn, flush_runs)  # the copy has no other writer: write in batches
        clock = VirtualClock(start)
        span = (end - start).total_seconds()
        for i, ev in enumerate(_history(conn, start, end, _event_names(engine))):
            _run_until(engine, conn, clock, ev.at)
            clock.set(ev.at)
            engine.handle_event(conn, ev)
            if i % 500 == 0:
                if should_cancel and should_cancel():
                    raise Cancelled()
                if progress:
                    progress((ev.at - start).total_seconds() / span)
        _run_until(engine, conn, clock, end, inclusive=False)
        engine.end_batch()
        report = _report(conn, flow, start, end, tz)
        if progress:
            progress(1.0)
        return report


def _set_aside_live_runs(conn: Connection, uid: str) -> None:
    """Only the flow under test runs, and it starts from nobody, as if switched on at --from:
    the copy's runs of it (if it is live) stay with a renamed flow, and the runs of every other
    flow, all paused here, neither fall due nor wait for events."""
    conn.execute(update(F).values(status="paused"))
    conn.execute(update(F).where(F.c.uid == uid).values(uid=str(uuid.uuid4())))
    conn.execute(update(E).where(E.c.status.in_(("active", "waiting")))
                 .values(due_at=None, waiting_for=None))


def _run_until(engine: FlowEngine, conn: Connection, clock: VirtualClock, moment: datetime,
               inclusive: bool = True) -> None:
    while True:
        wake = engine.next_wakeup(conn)
        if wake is None or wake > moment or (not inclusive and wake == moment):
            return
        clock.set(wake)
        engine.tick(conn, clock.now())


def _report(conn: Connection, flow: FlowModel, start: datetime, end: datetime,
            tz: ZoneInfo) -> dict:
    flow_id = conn.execute(select(F.c.id).where(F.c.uid == flow.uid)).scalar_one()
    enrollments = select(E.c.id).where(E.c.flow_id == flow_id)
    # Runs that entered each node, counted in SQL: decoding every run's history in Python cost
    # seconds on a large store. (A backtest always runs on a SQLite copy.)
    entered = dict(conn.exec_driver_sql(
        "SELECT json_extract(step.value, '$[0]'), count(DISTINCT e.id) "
        "FROM enrollments AS e, json_each(e.history) AS step WHERE e.flow_id = ? "
        "GROUP BY 1", (flow_id,)).all())
    actions, skipped = [], []
    action_counts, skip_counts = Counter(), Counter()
    rows = conn.execute(select(AL, C.c.email).join(C, C.c.id == AL.c.contact_id)
                        .where(AL.c.enrollment_id.in_(enrollments))
                        .order_by(AL.c.at, AL.c.id))
    for r in rows:
        at = r.at.astimezone(tz).isoformat()
        if r.status == "done":
            action_counts[r.kind] += 1
            actions.append({"at": at, "contact": r.email, "enrollment": r.enrollment_id,
                            "node": r.node_id, "kind": r.kind,
                            "subject": (r.detail or {}).get("subject"),
                            "coupon": (r.detail or {}).get("coupon"),
                            # what the step did (the tag, the points, the field), for the table
                            "detail": r.detail or {}})
        else:
            skip_counts[r.reason] += 1
            skipped.append({"at": at, "contact": r.email, "node": r.node_id,
                            "kind": r.kind, "reason": r.reason})
    total = conn.execute(select(func.count()).where(E.c.flow_id == flow_id)).scalar_one()
    return {
        "flow": flow.name, "from": start.astimezone(tz).isoformat(),
        "to": end.astimezone(tz).isoformat(), "tz": tz.key,
        "summary": {"enrollments": total,
                    "nodes": {n: {"entered": entered.get(n, 0)} for n in sorted(flow.nodes())},
                    "actions": dict(sorted(action_counts.items())),
                    "skipped": dict(sorted(skip_counts.items()))},
        "actions": actions, "skipped": skipped,
    }
