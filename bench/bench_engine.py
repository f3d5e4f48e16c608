"""Engine throughput: enrollment steps per second in one tick, against raw batched UPDATEs.

    .venv/bin/python bench/bench_engine.py [--contacts 50000] [--runs 3]

Each run builds a fresh workspace with N contacts who each entered a flow
trigger → wait 1 day → condition → add tag, then times the one tick that moves all of them
through the condition and the action to the end. The reference, measured in the same run on a
copy of the same database, is plain sqlite3 executemany UPDATEs of the same enrollment rows.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import machine, median_of, timed  # noqa: I001 - bench/ is on the path
from sqlalchemy import func, select

from runtime import flows_store
from runtime.db.database import open_database
from runtime.db.models import Contact, Enrollment
from runtime.engine import Engine, EngineEvent
from runtime.flow import Flow

START = datetime(2025, 3, 1, 12, tzinfo=UTC)
TZ = ZoneInfo("Europe/Kyiv")
# Steps taken so far: each enrollment keeps its history as a JSON list in its row.
STEPS = select(func.sum(func.json_array_length(Enrollment.history)))


def build(path: Path, contacts: int) -> None:
    db = open_database(f"sqlite:///{path}")
    flow = Flow("Bench")
    t = flow.add_node("trigger.customer_created")
    w = flow.add_node("wait.delay", {"duration": {"amount": 1, "unit": "days"}})
    c = flow.add_node("condition.contact", {"rules": [{"fact": "tags", "op": "has",
                                                        "value": "vip"}]})
    yes = flow.add_node("action.add_tag", {"tag": "vip-welcomed"})
    no = flow.add_node("action.add_tag", {"tag": "welcomed"})
    for a, port, b in ((t, "next", w), (w, "next", c), (c, "yes", yes), (c, "no", no)):
        flow.connect(a, port, b)
    with db.begin() as conn:
        conn.execute(Contact.__table__.insert(), [
            {"email": f"c{i}@example.com", "accepts_email_marketing": True, "fields": {},
             "created_at": START, "updated_at": START} for i in range(contacts)])
        flows_store.activate(conn, flow, START - timedelta(days=1))
        engine = Engine(TZ, {"name": "Bench"}, [])
        engine.load_flows(conn)
        for cid in range(1, contacts + 1):
            engine.handle_event(conn, EngineEvent("customer_created", cid, START))
    db.dispose()


def run_engine(path: Path) -> tuple[float, int]:
    db = open_database(f"sqlite:///{path}")
    with db.begin() as conn:
        engine = Engine(TZ, {"name": "Bench"}, [])
        engine.load_flows(conn)
        before = conn.execute(STEPS).scalar_one()
        elapsed, _ = timed(lambda: engine.tick(conn, START + timedelta(days=1)))
        steps = conn.execute(STEPS).scalar_one() - before
    db.dispose()
    return elapsed, steps


def run_raw(path: Path) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    ids = [r[0] for r in conn.execute("SELECT id FROM enrollments WHERE status='active'")]
    rows = [("node-x", "completed", None, START.isoformat(), i) for i in ids]

    def update() -> None:
        with conn:
            conn.executemany("UPDATE enrollments SET node_id=?, status=?, due_at=?, "
                             "finished_at=? WHERE id=?", rows)

    elapsed, _ = timed(update)
    conn.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    try:
        template = work / "template.db"
        build(template, args.contacts)
        results = []

        def one_run() -> float:
            a, b = work / "a.db", work / "b.db"
            for p in (a, b):
                shutil.copy(template, p)
            engine_s, steps = run_engine(a)
            raw_s = run_raw(b)
            results.append((engine_s, steps, raw_s))
            return engine_s

        median_of(args.runs, one_run)
        results.sort()
        engine_s, steps, raw_s = results[len(results) // 2]
        enrollments = args.contacts
        print(f"machine: {machine()}")
        print(f"enrollments moved: {enrollments}, steps: {steps}")
        print(f"engine tick: median {engine_s:.3f} s = {steps / engine_s:,.0f} steps/s "
              f"({enrollments / engine_s:,.0f} enrollments/s)")
        print(f"raw sqlite3 UPDATE of the same rows: median-run {raw_s:.3f} s")
        print(f"ratio engine/raw: {engine_s / raw_s:.2f}x")
        print("all runs (engine s, steps, raw s):", [(round(e, 3), s, round(r, 3))
                                                     for e, s, r in results])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
