"""Flows in the database: save drafts, activate (a new version), pause, list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from runtime.db.models import Flow as FlowRow
from runtime.db.models import FlowVersion
from runtime.errors import UserError
from runtime.flow import Flow
from runtime.flowfile import to_document
from runtime.validation import validate

F, V = FlowRow.__table__, FlowVersion.__table__


def save_draft(conn: Connection, flow: Flow, now: datetime) -> int:
    """Insert or update the flow's draft (keyed by its uid); returns the flow's row id."""
    doc = to_document(flow)
    row = conn.execute(select(F.c.id).where(F.c.uid == flow.uid)).first()
    if row:
        conn.execute(update(F).where(F.c.id == row.id)
                     .values(name=flow.name, draft=doc, updated_at=now))
        return row.id
    return conn.execute(F.insert().values(uid=flow.uid, name=flow.name, status="draft",
                                          draft=doc, created_at=now, updated_at=now)
                        ).inserted_primary_key[0]


def activate(conn: Connection, flow: Flow, now: datetime) -> int:
    """Save the flow and make its current document a new active version; returns the version id.

    Contacts already inside older versions stay in them (their steps are kept by id)."""
    problems = validate(flow)
    if problems:
        raise UserError("the flow cannot be switched on until its problems are fixed:\n"
                        + "\n".join(str(p) for p in problems), exit_code=1)
    flow_id = save_draft(conn, flow, now)
    number = conn.execute(select(func.coalesce(func.max(V.c.number), 0))
                          .where(V.c.flow_id == flow_id)).scalar_one() + 1
    version_id = conn.execute(V.insert().values(flow_id=flow_id, number=number,
                                                document=to_document(flow), created_at=now)
                              ).inserted_primary_key[0]
    conn.execute(update(F).where(F.c.id == flow_id)
                 .values(status="active", active_version_id=version_id, updated_at=now))
    return version_id


def pause(conn: Connection, flow_uid: str, now: datetime) -> None:
    conn.execute(update(F).where(F.c.uid == flow_uid).values(status="paused", updated_at=now))


def list_flows(conn: Connection) -> list[dict]:
    rows = conn.execute(select(F.c.id, F.c.uid, F.c.name, F.c.status, F.c.updated_at)
                        .order_by(F.c.updated_at.desc())).all()
    return [dict(r._mapping) for r in rows]
