"""Everything one engine call writes, buffered and flushed in a few batched statements."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Text,
    bindparam,
    case,
    cast,
    delete,
    func,
    literal_column,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection

from runtime.db.bulk import BulkStatement, FastQuery
from runtime.db.models import (
    ActionLog,
    Contact,
    ContactTag,
    Coupon,
    Enrollment,
    LedgerEntry,
    OutboxItem,
)
from runtime.engine.compiled import CompiledFlow, Node
from runtime.engine.subjects import Subjects

E = Enrollment.__table__
_ACTIONS = BulkStatement(ActionLog.__table__, ["enrollment_id", "contact_id", "node_id", "kind",
                                                "at", "status", "reason", "detail"])
# What the engine reads of a stored run (never the history): Engine._run makes a Run of a row.
RUN_COLUMNS = (E.c.id, E.c.flow_id, E.c.flow_version_id, E.c.contact_id, E.c.node_id,
               E.c.status, E.c.due_at, E.c.waiting_for, E.c.context)
_RUN_STATE = ["node_id", "status", "due_at", "waiting_for", "finished_at", "history"]
# A run's history only grows, so the engine never reads it: the steps taken since the run was
# loaded are spliced onto the stored JSON array text in SQL ('[a]' + 'b, c' -> '[a, b, c]';
# NULL adds nothing). Reading, decoding and re-encoding the whole list at every step cost more
# than the UPDATE itself.
def _append_steps(dialect_name: str):
    stored = cast(E.c.history, Text)
    head = func.substr(stored, literal_column("1"), func.length(stored) - literal_column("1"))
    separator = type_coerce(case((stored == literal_column("'[]'"), literal_column("''")),
                                 else_=literal_column("', '")), Text)
    new = bindparam("v_history", type_=Text)
    spliced = head + func.coalesce(separator + new, literal_column("''", Text)) \
        + literal_column("']'", Text)
    # SQLite keeps JSON as text already; elsewhere the text is cast back to the JSON type.
    return spliced if dialect_name == "sqlite" else cast(spliced, JSON)


_HISTORY = {"history": (_append_steps, Text())}


def _new_steps(run: Run) -> str | None:
    """The run's unsaved steps as JSON array items without the brackets, or None."""
    return ", ".join(run.history) if run.history else None


# The context (trigger order, event, coupon) rarely changes after a run starts; rewriting its
# JSON at every step cost as much as the rest of the row.
_RUNS = BulkStatement(E, _RUN_STATE, where="id", expressions=_HISTORY)
# A new run's history is written as the JSON text its steps were encoded to (see Writes.step).
_NEW_RUNS = BulkStatement(E, ["id", "flow_id", "flow_version_id", "contact_id", "started_at",
                              "context", *_RUN_STATE], types={"history": Text()})
_RUNS_WITH_CONTEXT = BulkStatement(E, [*_RUN_STATE, "context"], where="id", expressions=_HISTORY)
_OUTBOX = BulkStatement(OutboxItem.__table__, ["idempotency_key", "channel", "payload", "status",
                                               "attempts", "next_attempt_at", "created_at"],
                        or_ignore=True)
_LEDGER = BulkStatement(LedgerEntry.__table__, ["contact_id", "account", "delta", "reason", "at",
                                                "expires_at", "enrollment_id"])
_COUPONS = BulkStatement(Coupon.__table__, ["code", "contact_id", "discount_type", "value",
                                            "currency", "single_use", "created_at", "expires_at",
                                            "enrollment_id", "status"])
_TAGS = BulkStatement(ContactTag.__table__, ["contact_id", "tag", "added_at"], or_ignore=True)
# Referral codes are rows of the coupons table, whose unique index on code makes this lookup
# cheap for every order that carries a discount code.
_OWNER = FastQuery(select(Coupon.__table__.c.contact_id)
                   .where(Coupon.__table__.c.code == bindparam("code")))


@dataclass(slots=True)
class Run:
    """An enrollment while the engine moves it; written back by Writes.flush()."""

    id: int
    flow: CompiledFlow
    contact_id: int
    node_id: str | None
    status: str
    due_at: datetime | None
    waiting_for: str | None
    context: dict[str, Any]
    # The steps taken since the run was loaded, each as its JSON text ('["node", "at",
    # "outcome"]'): flush() appends them to the stored history.
    history: list[str] = field(default_factory=list)
    finished_at: datetime | None = None
    context_changed: bool = False  # set by whatever changes `context` after the run started
    started_at: datetime | None = None
    new: bool = False  # not written yet (a batch's run): the flush INSERTs it whole


def _state(run: Run) -> dict:
    return {"id": run.id, "node_id": run.node_id, "status": run.status, "due_at": run.due_at,
            "waiting_for": run.waiting_for, "finished_at": run.finished_at,
            "history": _new_steps(run), "context": run.context}


@dataclass(slots=True)
class EngineEvent:
    """Something that happened to a contact: order_placed, customer_created, tag_added,
    threshold_crossed, or a custom event name. `data` holds order_id, tag, properties…"""

    name: str
    contact_id: int
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


class Writes:
    def __init__(self, conn: Connection, now: datetime, subjects: Subjects, shop: dict,
                 secret: str) -> None:
        self.conn, self.now, self.subjects, self.shop, self.secret = (
            conn, now, subjects, shop, secret)
        self.now_text = now.isoformat()  # every step of this call is stamped with it
        # (node, outcome) -> the step's JSON text at this moment: thousands of runs take the
        # same steps in one tick, and encoding each one cost more than writing it.
        self._step_texts: dict[tuple[str, str], str] = {}
        self.runs: dict[int, Run] = {}
        self.steps_taken = 0
        self.actions: list[dict] = []
        self.outbox_rows: list[dict] = []
        self.coupons: list[dict] = []
        self.ledger_written = False
        # (contact, tag) -> row: a tag removed after it was added in the same batch of writes
        # must not be added at the flush (removals are written first).
        self.tags_added: dict[tuple[int, str], dict] = {}
        self.tags_removed: list[dict] = []
        # contact -> (fields, when) and contact -> when: a batch flushes later than they happen.
        self.fields_changed: dict[int, tuple[dict, datetime]] = {}
        self.unsubscribed: dict[int, datetime] = {}
        self.events: list[EngineEvent] = []
        self._by_contact: dict[int, dict[int, Run]] = {}  # self.runs by contact

    def move_to(self, now: datetime) -> None:
        """Go on recording at `now`: a backtest keeps one Writes for many events and ticks
        (see Engine.begin_batch) and flushes it now and then."""
        if now != self.now:
            self.now, self.now_text = now, now.isoformat()
            self._step_texts.clear()
            self.subjects.move_to(now)

    def pending_for(self, contact_id: int) -> list[Run]:
        """The runs of `contact_id` moved since the last flush (their stored rows are stale)."""
        return list(self._by_contact.get(contact_id, {}).values())

    def coupon_owner(self, code: str) -> int | None:
        """The contact a coupon code belongs to, whether it is written yet or not."""
        for coupon in self.coupons:
            if coupon["code"] == code:
                return coupon["contact_id"]
        rows = _OWNER.rows(self.conn, code=code)
        return rows[0][0] if rows else None

    # --- recorded by the engine and the actions ---------------------------------------------
    def touch(self, run: Run) -> None:
        self.runs[run.id] = run
        self._by_contact.setdefault(run.contact_id, {})[run.id] = run

    def step(self, run: Run, node: Node, outcome: str) -> None:
        text = self._step_texts.get((node.id, outcome))
        if text is None:
            text = self._step_texts[node.id, outcome] = json.dumps(
                [node.id, self.now_text, outcome])
        run.history.append(text)
        self.steps_taken += 1

    def action(self, run: Run, node: Node, status: str, reason: str | None, detail: dict) -> None:
        self.actions.append({"enrollment_id": run.id, "contact_id": run.contact_id,
                             "node_id": node.id, "kind": node.kind, "at": self.now,
                             "status": status, "reason": reason, "detail": detail})

    def step_key(self, run: Run, node: Node) -> str:
        # A node is visited at most once per enrollment (flows are DAGs): a stable key.
        return f"e{run.id}:{node.id}"

    def outbox(self, run: Run, node: Node, channel: str, payload: dict) -> None:
        self.outbox_rows.append({"idempotency_key": f"{self.step_key(run, node)}:{channel}",
                                 "channel": channel, "payload": payload, "status": "pending",
                                 "attempts": 0, "next_attempt_at": self.now,
                                 "created_at": self.now})

    def coupon(self, run: Run, code: str, p: dict, value, expires_at: datetime) -> None:
        self.coupons.append({"code": code, "contact_id": run.contact_id,
                             "discount_type": p["discount_type"], "value": value,
                             "currency": self.shop.get("currency"),
                             "single_use": bool(p.get("single_use", True)),
                             "created_at": self.now, "expires_at": expires_at,
                             "enrollment_id": run.id, "status": "local"})

    def ledger(self, run: Run, account: str, delta: int, expires_at) -> None:
        # Written at once, not buffered: a later call reads the balance from the database.
        # Within this call the cached facts move by the same delta (no second query).
        if run.new:
            self._insert_runs([run])  # the entry refers to it
        _LEDGER.execute(self.conn, [{"contact_id": run.contact_id, "account": account,
                                     "delta": delta, "reason": run.flow.name, "at": self.now,
                                     "expires_at": expires_at, "enrollment_id": run.id}])
        self.ledger_written = True
        self.subjects.ledger_in_use = True
        self.subjects.add_to_balance(run.contact_id, account, delta)

    def task(self, run: Run, node: Node, message: str, create_task: bool) -> None:
        self.outbox_rows.append({"idempotency_key": f"{self.step_key(run, node)}:owner",
                                 "channel": "owner", "status": "pending", "attempts": 0,
                                 "payload": {"message": message, "task": create_task,
                                             "contact_id": run.contact_id},
                                 "next_attempt_at": self.now, "created_at": self.now})

    def emit(self, name: str, contact_id: int, data: dict) -> None:
        self.events.append(EngineEvent(name, contact_id, self.now, data))

    def unsubscribe_url(self, email: str) -> str:
        token = hmac.new(self.secret.encode(), email.encode(), hashlib.sha256).hexdigest()[:16]
        reply_to = self.shop.get("email") or "unsubscribe@invalid"
        return f"mailto:{reply_to}?subject=unsubscribe%20{token}"

    # Contact changes are buffered like the rest: within a call the engine reads contacts
    # through its Subjects cache, which the actions update first.
    def add_tag(self, contact_id: int, tag: str) -> None:
        self.tags_added[contact_id, tag] = {"contact_id": contact_id, "tag": tag,
                                            "added_at": self.now}

    def remove_tags(self, contact_id: int, tags: list[str]) -> None:
        for t in tags:
            self.tags_added.pop((contact_id, t), None)
            self.tags_removed.append({"b_contact": contact_id, "b_tag": t})

    def set_fields(self, contact_id: int, fields: dict) -> None:
        self.fields_changed[contact_id] = (dict(fields), self.now)

    def unsubscribe(self, contact_id: int) -> None:
        self.unsubscribed.setdefault(contact_id, self.now)

    # --- flush ------------------------------------------------------------------------------
    def flush(self) -> datetime | None:
        """Write everything; returns the earliest due time among the runs written."""
        if not (self.runs or self.actions or self.outbox_rows or self.coupons or self.tags_added
                or self.tags_removed or self.fields_changed or self.unsubscribed):
            return None  # most events of a backtest start nothing: nothing to write
        conn = self.conn
        new = [r for r in self.runs.values() if r.new]
        self._insert_runs(new)  # first: the rows below refer to them
        self._flush_contacts()
        _COUPONS.execute(conn, self.coupons)
        _OUTBOX.execute(conn, self.outbox_rows)
        _ACTIONS.execute(conn, self.actions)
        earliest = min((r.due_at for r in self.runs.values() if r.due_at), default=None)
        inserted = {r.id for r in new}
        moved = [r for r in self.runs.values() if r.id not in inserted]
        _RUNS.execute(conn, [_state(r) for r in moved if not r.context_changed])
        _RUNS_WITH_CONTEXT.execute(conn, [_state(r) for r in moved if r.context_changed])
        for run in self.runs.values():
            run.history = []  # written: what a later flush appends starts from here
            run.context_changed = False
        for buf in (self.coupons, self.outbox_rows, self.actions):
            buf.clear()
        self.runs.clear()
        self._by_contact.clear()
        return earliest

    def _insert_runs(self, runs: list[Run]) -> None:
        _NEW_RUNS.execute(self.conn, [
            {"id": r.id, "flow_id": r.flow.flow_id, "flow_version_id": r.flow.version_id,
             "contact_id": r.contact_id, "started_at": r.started_at, "context": r.context,
             "node_id": r.node_id, "status": r.status, "due_at": r.due_at,
             "waiting_for": r.waiting_for, "finished_at": r.finished_at,
             "history": f"[{_new_steps(r) or ''}]"} for r in runs])
        for run in runs:
            run.new, run.history, run.context_changed = False, [], False

    def _flush_contacts(self) -> None:
        conn, c, t = self.conn, Contact.__table__, ContactTag.__table__
        # Removals first: a tag removed and added again in one call must end up present.
        if self.tags_removed:
            conn.execute(delete(t).where(t.c.contact_id == bindparam("b_contact"),
                                         t.c.tag == bindparam("b_tag")), self.tags_removed)
        _TAGS.execute(conn, list(self.tags_added.values()))
        # updated_at: the later of the field change and the unsubscribe, whichever came last.
        fields_at = {k: at for k, (_v, at) in self.fields_changed.items()}
        if self.fields_changed:
            conn.execute(update(c).where(c.c.id == bindparam("b_id")).values(
                fields=bindparam("b_fields"), updated_at=bindparam("b_now")),
                [{"b_id": k, "b_fields": v,
                  "b_now": max(at, self.unsubscribed.get(k, at))}
                 for k, (v, at) in self.fields_changed.items()])
        if self.unsubscribed:
            conn.execute(update(c).where(c.c.id == bindparam("b_id")).values(
                accepts_email_marketing=False, email_consent_at=bindparam("b_consent"),
                updated_at=bindparam("b_now")),
                [{"b_id": k, "b_consent": at, "b_now": max(at, fields_at.get(k, at))}
                 for k, at in sorted(self.unsubscribed.items())])
        self.tags_removed.clear()
        self.tags_added.clear()
        self.fields_changed.clear()
        self.unsubscribed.clear()
