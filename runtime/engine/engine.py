"""The engine: events start runs, steps run until a wait, a tick moves due runs in batches."""

from __future__ import annotations

import logging
import secrets
from collections import deque
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, or_, select, union_all
from sqlalchemy.engine import Connection

from runtime.db.bulk import BulkStatement, FastQuery
from runtime.db.models import Enrollment, Flow, FlowVersion, LedgerEntry, Setting
from runtime.engine.actions import run_action
from runtime.engine.batch import Batch, Batching
from runtime.engine.compiled import CompiledFlow
from runtime.engine.date_scans import DateScans
from runtime.engine.loyalty_actions import referral_events
from runtime.engine.nodes import condition_port, trigger_matches, wait_until
from runtime.engine.product_picks import goal_reached
from runtime.engine.subjects import Subjects
from runtime.engine.writes import RUN_COLUMNS as _RUN_COLUMNS
from runtime.engine.writes import EngineEvent, Run, Writes

log = logging.getLogger(__name__)
E, F, V, S = Enrollment.__table__, Flow.__table__, FlowVersion.__table__, Setting.__table__
IN_FLIGHT = ("active", "waiting")
_IS_IN_FLIGHT = or_(E.c.status == "active", E.c.status == "waiting")
BATCH = 1000
MAX_STEPS = 500  # a DAG cannot loop; this only guards against a corrupt document
MAX_EVENT_CHAIN = 50  # tag added -> flow adds tag -> ... stops here

# Statements the engine runs for nearly every event or run: compiled once, run on the driver.
_LATEST = FastQuery(select(E.c.id, E.c.status, E.c.started_at)
                    .where(E.c.flow_id == bindparam("flow_id"),
                           E.c.contact_id == bindparam("contact_id"))
                    .order_by(E.c.id.desc()).limit(1))
_WAITING = FastQuery(select(*_RUN_COLUMNS).where(E.c.contact_id == bindparam("contact_id"),
                                                 E.c.waiting_for == bindparam("event"),
                                                 E.c.status == "waiting"))
_IN_FLIGHT = FastQuery(select(*_RUN_COLUMNS).where(E.c.contact_id == bindparam("contact_id"),
                                                   _IS_IN_FLIGHT))
# A finished run has no due_at (see _finish), so due_at alone says what is due. The query also
# returns the first run due after `now` (when there is one): after the last batch of a tick it
# tells the next wake-up without another query, which a backtest would run after every tick.
_NOW = bindparam("now", type_=E.c.due_at.type)
_DUE = FastQuery(union_all(
    select(*_RUN_COLUMNS).where(E.c.due_at <= _NOW).order_by(E.c.due_at, E.c.id).limit(BATCH)
    .subquery().select(),
    select(*_RUN_COLUMNS).where(E.c.due_at > _NOW).order_by(E.c.due_at, E.c.id).limit(1)
    .subquery().select()))
_NEXT_DUE = FastQuery(select(func.min(E.c.due_at)))
_NEW_RUN = BulkStatement(E, ["flow_id", "flow_version_id", "contact_id", "node_id", "status",
                             "due_at", "started_at", "context", "history"])

_EVENT_TRIGGERS = {"order_placed": "trigger.order_placed",
                   "customer_created": "trigger.customer_created",
                   "tag_added": "trigger.tag_added", "threshold_crossed": "trigger.threshold",
                   "tier_changed": "trigger.tier_changed",
                   "referral_used": "trigger.referral_used"}


class Engine(DateScans, Batching):
    """Runs the active flows of one database. Every method takes the connection of the
    caller's transaction, so a crash part-way commits nothing of that call."""

    def __init__(self, tz: ZoneInfo, shop: dict, tiers: list) -> None:
        self.tz, self.shop, self.tiers = tz, shop, tiers
        self._versions: dict[int, CompiledFlow] = {}
        self.active: list[CompiledFlow] = []
        self._secret: str | None = None
        self._scan_state: dict[str, str] = {}
        # The earliest due_at in the database, or a time no later than it: every write of a
        # due time lowers it and a tick forgets it, so it never hides a due run. Saves a query
        # per event in a backtest.
        self._next_due: datetime | None = None
        self._next_due_known = False
        # Whether any points or scores exist: until the first ledger entry, facts need not
        # query balances (all zero). Only the engine writes the ledger.
        self._ledger_in_use = True
        self._batch: Batch | None = None  # a backtest's (begin_batch)
        self._plans: dict[str, tuple | None] = {}  # event name -> what it concerns (_plan)

    # --- flows ------------------------------------------------------------------------------
    def load_flows(self, conn: Connection) -> None:
        rows = conn.execute(select(V.c.id, V.c.flow_id, V.c.document, V.c.created_at)
                            .join(F, F.c.active_version_id == V.c.id)
                            .where(F.c.status == "active")).all()
        self.active = [self._compile(r) for r in rows]
        self._plans.clear()
        self._scan_state = {k: v for k, v in conn.execute(
            select(S.c.key, S.c.value).where(S.c.key.like("scan:%")))}
        self._ledger_in_use = conn.execute(select(LedgerEntry.__table__.c.id).limit(1)).first() \
            is not None

    def _compile(self, row) -> CompiledFlow:
        if row.id not in self._versions:
            flow = CompiledFlow.from_document(row.document, row.id, row.flow_id)
            flow.activated_at = row.created_at
            self._versions[row.id] = flow
            self._plans.clear()  # its waits may listen for more
        return self._versions[row.id]

    def version(self, conn: Connection, version_id: int) -> CompiledFlow:
        if version_id not in self._versions:
            row = conn.execute(select(V.c.id, V.c.flow_id, V.c.document, V.c.created_at)
                               .where(V.c.id == version_id)).one()
            self._compile(row)
        return self._versions[version_id]

    def secret(self, conn: Connection) -> str:
        """A per-workspace secret for coupon codes and unsubscribe tokens (not a credential)."""
        if self._secret is None:
            value = conn.execute(select(S.c.value).where(S.c.key == "engine_secret")).scalar()
            if value is None:
                value = secrets.token_hex(16)
                conn.execute(S.insert().values(key="engine_secret", value=value))
            self._secret = value
        return self._secret

    def _writes(self, conn: Connection, now: datetime) -> Writes:
        b = self._batch
        if b is not None and b.writes is not None:
            b.writes.move_to(now)
            return b.writes
        if b is not None and b.subjects is not None:
            subjects = b.subjects
            subjects.move_to(now)
        else:
            subjects = Subjects(conn, now, self.tiers, self._ledger_in_use, self.tz)
            if b is not None:
                subjects.purchases = b.purchases
        w = Writes(conn, now, subjects, self.shop, self.secret(conn))
        if b is not None:
            b.writes, b.subjects = w, subjects
        return w

    # --- events -----------------------------------------------------------------------------
    def handle_event(self, conn: Connection, event: EngineEvent) -> None:
        w = self._writes(conn, event.at)
        self._dispatch(conn, w, event)
        self._flush(w)

    def _flush(self, w: Writes) -> None:
        if self._batch is None:
            self._write(w)
        elif len(w.runs) >= self._batch.flush_runs:
            self.flush_batch()

    def _write(self, w: Writes) -> None:
        if w.ledger_written:
            self._ledger_in_use = True
        earliest = w.flush()
        if earliest is not None and self._next_due_known and (
                self._next_due is None or earliest < self._next_due):
            self._next_due = earliest

    def _dispatch(self, conn: Connection, w: Writes, first: EngineEvent) -> None:
        queue = deque([(first, 0)])
        while queue:
            event, depth = queue.popleft()
            if depth > MAX_EVENT_CHAIN:
                log.warning("event chain too deep at %s for contact %s; stopped",
                            event.name, event.contact_id)
                continue
            plan = self._plan(event.name)
            if plan is None:
                continue  # a tag added that no flow starts on, waits for or ends on
            goal_flows, resumes, triggered, referrals = plan
            if goal_flows:
                self._goals(conn, w, event, goal_flows)
            if resumes:
                self._resume_waiting(conn, w, event)
            for flow, nodes in triggered:
                for node in nodes:
                    if trigger_matches(node, event, w.subjects):
                        self._enroll(conn, w, flow, node.id, event)
                        break  # one run per flow per event, even with several triggers
            if referrals:
                w.events.extend(referral_events(w, event))
            if w.events:
                queue.extend((e, depth + 1) for e in w.events)
                w.events.clear()

    def _plan(self, name: str) -> tuple | None:
        """What events called `name` concern, worked out once per name: (flow ids with it as a
        goal, whether runs wait for it, [(flow, its triggers for it)], whether to look for used
        referral codes); None when nothing listens."""
        if name in self._plans:
            return self._plans[name]
        kind = _EVENT_TRIGGERS.get(name, "trigger.custom_event")
        goal_flows = [f.flow_id for f in self.active if name in f.goal_events]
        resumes = any(name in f.waits_for_events for f in self._versions.values())
        triggered = [(f, f.triggers[kind]) for f in self.active if kind in f.triggers]
        referrals = name == "order_placed" and any(
            "trigger.referral_used" in f.triggers for f in self.active)
        plan = (goal_flows, resumes, triggered, referrals)
        self._plans[name] = plan if goal_flows or resumes or triggered or referrals else None
        return self._plans[name]

    def _drain(self, conn: Connection, w: Writes) -> None:
        """Handle what the last steps raised (a tag added, a threshold crossed)."""
        while w.events:
            event = w.events.pop(0)
            if self._plan(event.name) is not None:  # most tags added start nothing
                self._dispatch(conn, w, event)

    def _goals(self, conn: Connection, w: Writes, event: EngineEvent,
               flow_ids: list[int]) -> None:
        for run in self._in_flight(conn, w, event.contact_id, flow_ids):
            if event.name in run.flow.goal_events and goal_reached(run, event, w):
                node = run.flow.nodes.get(run.node_id)
                if node:
                    w.step(run, node, f"goal:{event.name}")
                self._finish(w, run, "goal")

    def _resume_waiting(self, conn: Connection, w: Writes, event: EngineEvent) -> None:
        rows = _WAITING.rows(conn, contact_id=event.contact_id, event=event.name)
        for run in self._with_pending(conn, w, rows, event.contact_id):
            if run.status == "waiting" and run.waiting_for == event.name:
                self._advance(w, run, "happened")

    def _in_flight(self, conn, w: Writes, contact_id: int, flow_ids: list[int]) -> list[Run]:
        # Only these flows' rows become runs: other flows' old versions are not compiled.
        rows = [r for r in _IN_FLIGHT.rows(conn, contact_id=contact_id) if r[1] in flow_ids]
        return [r for r in self._with_pending(conn, w, rows, contact_id)
                if r.flow.flow_id in flow_ids and r.status in IN_FLIGHT]

    def _with_pending(self, conn, w: Writes, rows: list[tuple], contact_id: int) -> list[Run]:
        """The runs of stored `rows`, as moved since the last flush where they were, and the
        contact's other runs moved since then (their stored rows may not match the query)."""
        runs = [self._known(w, r[0]) or self._run(conn, r) for r in rows]
        seen = {r.id for r in runs}
        return runs + [r for r in w.pending_for(contact_id) if r.id not in seen]

    def _known(self, w: Writes, run_id: int) -> Run | None:
        """The engine's own copy of a run, whose stored row may be behind it."""
        if self._batch is not None:
            return self._batch.known(w, run_id)
        return w.runs.get(run_id)

    def _run(self, conn: Connection, row: tuple) -> Run:
        """A Run from a row of _RUN_COLUMNS."""
        run_id, _flow, version_id, contact_id, node_id, status, due, waiting, ctx = row
        return Run(run_id, self.version(conn, version_id), contact_id, node_id, status, due,
                   waiting, dict(ctx or {}))

    # --- enrolling --------------------------------------------------------------------------
    def may_enter(self, conn: Connection, w: Writes, flow: CompiledFlow, contact_id: int) -> bool:
        """The re-entry policy; at most one run per contact and flow is always in flight."""
        latest = None if self._batch is None else self._batch.latest_run(
            conn, w, flow.flow_id, contact_id)
        if latest is None and self._batch is not None:
            return True
        if latest:
            in_flight, started_at = latest
        else:
            row = _LATEST.first(conn, flow_id=flow.flow_id, contact_id=contact_id)
            if row is None:
                return True
            latest_id, status, started_at = row
            known = self._known(w, latest_id)
            in_flight = (known.status if known else status) in IN_FLIGHT
        if in_flight:
            return False
        reentry = flow.settings.get("reentry") or {}
        mode = reentry.get("mode", "after_finish")
        if mode == "once":
            return False
        if mode == "after_days":
            days = int(reentry.get("days") or 0)
            return (w.now - started_at).total_seconds() >= days * 86400
        return True

    def _enroll(self, conn: Connection, w: Writes, flow: CompiledFlow, trigger_id: str,
                event: EngineEvent) -> Run | None:
        if not self.may_enter(conn, w, flow, event.contact_id):
            return None
        context = {k: v for k, v in event.data.items() if k in ("order_id", "tag")}
        custom = event.name not in _EVENT_TRIGGERS and event.name not in ("date_reached",
                                                                           "inactive")
        if custom or "properties" in event.data:  # a tier move, a used referral code
            context["event"] = {"name": event.name, **(event.data.get("properties") or {})}
        if self._batch is None:
            run_id = _NEW_RUN.insert_one(conn, {
                "flow_id": flow.flow_id, "flow_version_id": flow.version_id,
                "contact_id": event.contact_id, "node_id": trigger_id, "status": "active",
                "due_at": None, "started_at": w.now, "context": context, "history": []})
            run = Run(run_id, flow, event.contact_id, trigger_id, "active", None, None, context)
        else:  # written whole at the batch's next flush
            run = Run(self._batch.new_id(), flow, event.contact_id, trigger_id, "active", None,
                      None, context, started_at=w.now, new=True)
            self._batch.entered(run)
        self._advance(w, run, None)
        return run

    # --- moving a run -----------------------------------------------------------------------
    def _advance(self, w: Writes, run: Run, port: str | None) -> None:
        """Run steps from the current node (leaving by `port`, or entering it when None)."""
        w.touch(run)
        node_id = run.node_id if port is None else run.flow.next_node(run.node_id, port)
        for _ in range(MAX_STEPS):
            if node_id is None:
                self._finish(w, run, "completed")
                return
            node = run.flow.nodes[node_id]
            run.node_id = node_id
            family = node.family
            if family == "trigger":
                out = "next"
            elif family == "wait":
                run.due_at, run.waiting_for = wait_until(node, w.now, self.tz)
                run.status = "waiting" if run.waiting_for else "active"
                w.step(run, node, "wait")
                if self._batch is not None:
                    self._batch.schedule(run)
                return
            elif family == "condition":
                out = condition_port(node, run.id, run.contact_id, run.context, w.subjects)
            elif node.kind == "action.end":
                w.step(run, node, "end")
                self._finish(w, run, "goal" if node.params.get("outcome") == "goal"
                             else "completed")
                return
            else:
                result = run_action(node, run, w)
                w.action(run, node, result.status, result.reason, result.detail)
                out = result.port
            w.step(run, node, out)
            node_id = run.flow.next_node(node_id, out)
        self._finish(w, run, "failed")

    def _finish(self, w: Writes, run: Run, status: str) -> None:
        run.status, run.due_at, run.waiting_for, run.finished_at = status, None, None, w.now
        w.touch(run)

    # --- the clock --------------------------------------------------------------------------
    def tick(self, conn: Connection, now: datetime) -> int:
        """Run date scans and every run due at `now`; returns the number of runs moved."""
        moved = self._scans(conn, now)
        if self._batch is not None:
            return moved + self._tick_batch(conn, now)
        self._next_due_known = False
        while True:
            found = _DUE.rows(conn, now=now)
            later = [r for r in found if r[6] > now]  # at most one: the next run due
            # A compound query promises no order across its parts: sort what is due here.
            rows = sorted((r for r in found if r[6] <= now), key=lambda r: (r[6], r[0]))
            if len(rows) < BATCH:
                # The last batch: what it writes can only bring the next wake-up earlier.
                self._next_due = later[0][6] if later else None
                self._next_due_known = True
            if not rows:
                return moved
            w = self._writes(conn, now)
            w.subjects.preload(r[3] for r in rows)
            for row in rows:
                run = w.runs.get(row[0]) or self._run(conn, row)
                if run.status not in IN_FLIGHT:
                    continue  # finished earlier in this batch (a goal)
                self._advance(w, run, "timeout" if run.status == "waiting" else "next")
                self._drain(conn, w)
            self._flush(w)
            moved += len(rows)
            if len(rows) < BATCH:
                return moved

    def next_wakeup(self, conn: Connection) -> datetime | None:
        """The earliest moment something is due: a waiting run or a date scan."""
        if self._batch is not None:
            self._next_due = self._batch.next_due()
        elif not self._next_due_known:
            self._next_due = _NEXT_DUE.first(conn)[0]
            self._next_due_known = True
        candidates = [self._next_due] if self._next_due else []
        candidates += self._next_scans()
        return min(candidates) if candidates else None
