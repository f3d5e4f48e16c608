"""Engine throughput: enrollment steps per second in one tick, against raw batched UPDATEs.

    .venv/bin/python bench/bench_engine.py [--contacts 50000] [--runs 3] [--flow tags|waits]

Each run builds a fresh workspace with N contacts who each entered a flow
trigger → wait 1 day → condition → add tag (--flow tags, the default), then times the one tick
that moves all of them through the condition and the action to the end. With --flow waits the
condition leads to a second wait instead of an action, as in a win-back series: the tick moves
each run through the condition into the next wait and writes nothing but the runs, so it
measures the engine's own work against the UPDATEs alone. The reference, measured in the same
run on a copy of the database as it was before the tick, is plain sqlite3 executemany UPDATEs of
the same enrollment rows writing the values the engine stored; a second one adds the action-log
and tag rows the tick inserted.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
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


def build(path: Path, contacts: int, flow_kind: str = "tags") -> None:
    db = open_database(f"sqlite:///{path}")
    flow = Flow("Bench")
    t = flow.add_node("trigger.customer_created")
    w = flow.add_node("wait.delay", {"duration": {"amount": 1, "unit": "days"}})
    c = flow.add_node("condition.contact", {"rules": [{"fact": "tags", "op": "has",
                                                        "value": "vip"}]})
    if flow_kind == "waits":
        yes = flow.add_node("wait.delay", {"duration": {"amount": 2, "unit": "days"}})
        no = flow.add_node("wait.delay", {"duration": {"amount": 3, "unit": "days"}})
    else:
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


def _written(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """What the engine's tick wrote to the enrollments it moved, to the action log and to the
    tags, read back from its copy as plain stored values."""
    conn = sqlite3.connect(path)
    runs = conn.execute("SELECT node_id, status, due_at, waiting_for, finished_at, history, id "
                        "FROM enrollments").fetchall()
    actions = conn.execute("SELECT enrollment_id, contact_id, node_id, kind, at, status, "
                           "reason, detail FROM action_log").fetchall()
    tags = conn.execute("SELECT contact_id, tag, added_at FROM contact_tags").fetchall()
    conn.close()
    return runs, actions, tags


def run_raw(path: Path, written: tuple[list, list, list]) -> tuple[float, float]:
    """Raw sqlite3 executemany, on a copy of the database before the tick: the UPDATEs of the
    same enrollment rows with the same values the engine stored (the issue's reference), and
    separately, everything the tick wrote (those UPDATEs, the action log and the tags)."""
    runs, actions, tags = written
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")

    def update() -> None:
        with conn:
            conn.executemany("UPDATE enrollments SET node_id=?, status=?, due_at=?, "
                             "waiting_for=?, finished_at=?, history=? WHERE id=?", runs)

    def everything() -> None:
        with conn:
            conn.executemany("INSERT INTO action_log (enrollment_id, contact_id, node_id, kind, "
                             "at, status, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             actions)
            conn.executemany("INSERT INTO contact_tags (contact_id, tag, added_at) "
                             "VALUES (?, ?, ?)", tags)

    update_s, _ = timed(update)
    rest_s, _ = timed(everything)
    conn.close()
    return update_s, update_s + rest_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--flow", choices=("tags", "waits"), default="tags",
                    help="what follows the condition: an add-tag action or a second wait")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    try:
        template = work / "template.db"
        build(template, args.contacts, args.flow)
        results = []

        def one_run() -> float:
            a, b = work / "a.db", work / "b.db"
            for p in (a, b):
                shutil.copy(template, p)
            engine_s, steps = run_engine(a)
            raw_s, all_s = run_raw(b, _written(a))
            results.append((engine_s, steps, raw_s, all_s))
            return engine_s

        median_of(args.runs, one_run)
        results.sort()
        engine_s, steps, raw_s, all_s = results[len(results) // 2]
        enrollments = args.contacts
        print(f"machine: {machine()}")
        print(f"flow: trigger → wait → condition → "
              f"{'wait' if args.flow == 'waits' else 'add tag'}")
        print(f"enrollments moved: {enrollments}, steps: {steps}")
        print(f"engine tick: median {engine_s:.3f} s = {steps / engine_s:,.0f} steps/s "
              f"({enrollments / engine_s:,.0f} enrollments/s)")
        print(f"raw sqlite3 UPDATE of the same rows with the same values: median-run "
              f"{raw_s:.3f} s")
        print(f"ratio engine/raw: {engine_s / raw_s:.2f}x (median of the runs' own ratios: "
              f"{statistics.median(e / r for e, _, r, _ in results):.2f}x)")
        print(f"raw sqlite3 writes of every row the tick wrote (+ action log, tags): "
              f"{all_s:.3f} s; ratio {engine_s / all_s:.2f}x")
        print("all runs (engine s, steps, raw update s, raw all s):",
              [(round(e, 3), s, round(r, 3), round(a, 3)) for e, s, r, a in results])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
