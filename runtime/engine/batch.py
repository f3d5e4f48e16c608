"""A backtest's batch: the engine's writes gathered over many events and ticks, and the runs in
flight kept in memory instead of asked of the database at every event and tick.

Only for a database nobody else writes while the batch lasts (a backtest's copy). Then every
run the engine moves is either written or pending in the batch, and the engine's reads look at
both; the report comes out the same whatever the batch size (tests/runtime/
test_backtest_batches.py runs every kind of flow with batches of 1, 3 and 10,000 runs and none).
"""

from __future__ import annotations

import heapq
from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection

from runtime.db.bulk import FastQuery
from runtime.db.models import Enrollment
from runtime.engine.frozen_purchases import FrozenPurchases
from runtime.engine.subjects import Subjects
from runtime.engine.writes import RUN_COLUMNS, Run, Writes

E = Enrollment.__table__
IN_FLIGHT = ("active", "waiting")
_MAX_ID = FastQuery(select(func.max(E.c.id)))
_ENTERED = FastQuery(select(E.c.contact_id).distinct().where(E.c.flow_id == bindparam("flow")))
_SCHEDULED = FastQuery(select(*RUN_COLUMNS).where(E.c.due_at.is_not(None)))
FLUSH_RUNS = 500  # in a batch, writes go out once this many runs are pending
PREFETCH = 400  # contacts of the runs due next, loaded together when a tick misses one
# Contacts cached by Subjects beyond this are dropped at the next flush (memory stays bounded).
MAX_CACHED_CONTACTS = 20_000


class Batch:
    def __init__(self, conn: Connection, flush_runs: int) -> None:
        self.flush_runs = flush_runs
        self.writes: Writes | None = None
        self.subjects: Subjects | None = None  # outlives flushes: contacts are written through it
        self.purchases = FrozenPurchases(conn)  # the copy's orders never change
        # Runs in flight that the batch moved, written or not, and their due times. Entries of
        # runs that moved on since stay in the heap and are skipped when they come up.
        self.runs: dict[int, Run] = {}
        self.heap: list[tuple[datetime, int]] = []
        # The latest run the batch started per flow and contact (key: flow id << 32 | contact
        # id), and when it started where the flow re-admits after some days: the re-entry
        # policy without a query. Whether it is in flight is whether the batch holds it.
        self.latest: dict[int, int] = {}
        self.started: dict[int, datetime] = {}
        self._entered_before: dict[int, set[int]] = {}
        self._next_id = (_MAX_ID.first(conn)[0] or 0) + 1

    # --- starting and finishing runs -------------------------------------------------------
    def new_id(self) -> int:
        """The id of a run written at the next flush (nobody else adds runs meanwhile)."""
        run_id, self._next_id = self._next_id, self._next_id + 1
        return run_id

    def entered(self, run: Run) -> None:
        self.latest[run.flow.flow_id << 32 | run.contact_id] = run.id
        if (run.flow.settings.get("reentry") or {}).get("mode") == "after_days":
            self.started[run.id] = run.started_at

    def latest_run(self, conn: Connection, w: Writes, flow_id: int,
                   contact_id: int) -> tuple[bool, datetime | None] | None | bool:
        """(in flight, started_at) of the contact's latest run in the flow that the batch
        started; None when the contact has no run at all; False when only the database knows."""
        run_id = self.latest.get(flow_id << 32 | contact_id)
        if run_id is not None:
            run = self.known(w, run_id)
            return run is not None and run.status in IN_FLIGHT, self.started.get(run_id)
        before = self._entered_before.get(flow_id)
        if before is None:
            before = self._entered_before[flow_id] = {
                c for (c,) in _ENTERED.rows(conn, flow=flow_id)}
        return False if contact_id in before else None

    # --- due times ---------------------------------------------------------------------------
    def schedule(self, run: Run) -> None:
        heapq.heappush(self.heap, (run.due_at, run.id))

    def due(self, w: Writes, now: datetime) -> list[Run]:
        """Runs the batch moved that are due at `now`."""
        found: dict[int, Run] = {}
        heap = self.heap
        while heap and heap[0][0] <= now:
            at, run_id = heapq.heappop(heap)
            run = self.known(w, run_id)
            # A run resumed by an event and rescheduled for the moment of its old timeout has
            # two entries here: it moves once, as the stored row would.
            if run is not None and run.due_at == at and run.status in IN_FLIGHT:
                found.setdefault(run_id, run)
        return list(found.values())

    def next_due(self) -> datetime | None:
        """The earliest due time in the heap (perhaps of a run that moved on: a tick early)."""
        return self.heap[0][0] if self.heap else None

    def known(self, w: Writes, run_id: int) -> Run | None:
        """The batch's own copy of a run, when it has one (the stored row may be behind it)."""
        return w.runs.get(run_id) or self.runs.get(run_id)

    # --- flushing ----------------------------------------------------------------------------
    def take(self) -> Writes | None:
        """The pending writes, to be flushed by the engine; the runs they moved that are still
        in flight stay with the batch, finished ones leave it."""
        w, self.writes = self.writes, None
        if w is None:
            return None
        for run in w.runs.values():
            if run.status in IN_FLIGHT:
                self.runs[run.id] = run
            else:
                self.runs.pop(run.id, None)
        if self.subjects is not None and self.subjects.cached_contacts() > MAX_CACHED_CONTACTS:
            self.subjects = None
        return w


class Batching:
    """Part of Engine (a mixin): its batch mode, used by backtests."""

    def begin_batch(self, conn: Connection, flush_runs: int = FLUSH_RUNS) -> None:
        """Record the following calls in one batch, written every `flush_runs` runs, instead of
        at the end of each call. Only for a database nobody else writes meanwhile (a backtest's
        copy): see runtime.engine.batch."""
        self._batch = Batch(conn, flush_runs)
        for row in _SCHEDULED.rows(conn):  # from then on the batch's heap knows what is due
            run = self._run(conn, row)
            self._batch.runs[run.id] = run
            self._batch.schedule(run)

    def end_batch(self) -> None:
        self.flush_batch()
        self._batch = None

    def flush_batch(self) -> None:
        if self._batch is not None:
            w = self._batch.take()
            if w is not None:
                self._write(w)

    def _tick_batch(self, conn: Connection, now: datetime) -> int:
        """A tick in a batch: the batch's heap knows every run due (see begin_batch)."""
        w = self._writes(conn, now)
        runs = self._batch.due(w, now)  # in (due_at, id) order
        if not runs:
            return 0
        subjects = w.subjects
        if any(not subjects.has_contact(r.contact_id) for r in runs):
            # One query for the contacts of the next runs due instead of one per tick: a
            # backtest ticks once for nearly every run.
            upcoming = heapq.nsmallest(PREFETCH, self._batch.heap)
            known = self._batch.known
            subjects.preload([r.contact_id for r in runs] + [
                run.contact_id for _at, run_id in upcoming
                if (run := known(w, run_id)) is not None])
        for run in runs:
            if run.status not in IN_FLIGHT:
                continue  # finished earlier in this tick (a goal)
            self._advance(w, run, "timeout" if run.status == "waiting" else "next")
            self._drain(conn, w)
        self._flush(w)
        return len(runs)

