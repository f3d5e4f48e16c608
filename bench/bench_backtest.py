"""Backtest speed and memory: one year of a 100,000-customer store through a 4-node flow.

    .venv/bin/python bench/bench_backtest.py [--customers 100000] [--runs 3]

Generates the store (bench/generate_store.py's generator), imports it into a scratch
workspace once, then runs `main.py simulate` in a fresh process per run (so peak memory is the
backtest's own) for the flow trigger (order placed) → wait 7 days → condition → email over the
last full year. The reference, measured in the same run, is the floor any backtest pays: one
plain sqlite3 pass reading that year's orders in time order.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import ROOT, machine, timed  # noqa: I001 - bench/ is on the path

from runtime.db.database import open_database
from runtime.demo_store import write_store
from runtime.flow import Flow
from runtime.flowfile import save_flow
from runtime.importers import run_import

END = date(2026, 11, 1)
FROM, TO = "2025-11-01", "2026-11-01"


def bench_flow(path: Path) -> None:
    flow = Flow("Bench: thank repeat customers")
    t = flow.add_node("trigger.order_placed")
    w = flow.add_node("wait.delay", {"duration": {"amount": 7, "unit": "days"}})
    c = flow.add_node("condition.contact", {"rules": [{"fact": "orders_count", "op": ">=",
                                                        "value": 2}]})
    e = flow.add_node("action.send_email", {"template": {
        "subject": "Thank you, {{ contact.first_name }}",
        "html": "<p>Thanks for order {{ order.name }}</p>", "text": "Thanks"}})
    for a, port, b in ((t, "next", w), (w, "next", c), (c, "yes", e)):
        flow.connect(a, port, b)
    flow.connect(c, "no", flow.add_node("action.end"))
    save_flow(flow, path)


def reference_scan(db: Path) -> float:
    conn = sqlite3.connect(db)
    elapsed, _ = timed(lambda: sum(1 for _ in conn.execute(
        "SELECT id, contact_id, created_at FROM orders WHERE is_purchase = 1 "
        "AND created_at >= ? AND created_at < ? ORDER BY created_at", (FROM, TO))))
    conn.close()
    return elapsed


def one_backtest(home: Path, flow: Path) -> tuple[float, float, dict]:
    env = {**os.environ, "BOOMERANG_HOME": str(home)}
    report = home / "report.json"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "measured.py"), "simulate",
                           str(flow),
                           "--from", FROM, "--to", TO, "--tz", "Europe/Kyiv",
                           "--report", str(report)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"simulate failed:\n{proc.stderr}")
    peak_mb = max(int(line.split()[1]) for line in proc.stderr.splitlines()
                  if line.startswith("peak-rss-kb")) / 1024
    return elapsed, peak_mb, json.loads(report.read_text(encoding="utf-8"))["summary"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-backtest-"))
    try:
        customers_csv, orders_csv = write_store(work / "store", args.customers, end=END)
        home = work / "home"
        home.mkdir()
        (home / "settings.json").write_text('{"shop_timezone": "Europe/Kyiv"}')
        db = open_database(f"sqlite:///{home / 'boomerang.db'}")
        import_s, summary = timed(lambda: run_import(db, customers=customers_csv,
                                                     orders=orders_csv))
        db.dispose()
        flow = work / "flow.json"
        bench_flow(flow)
        runs = []
        for _ in range(args.runs):
            ref = reference_scan(home / "boomerang.db")
            elapsed, peak, result = one_backtest(home, flow)
            runs.append((elapsed, ref, peak, result))
        runs.sort(key=lambda r: r[0])
        elapsed, ref, peak, result = runs[len(runs) // 2]
        print(f"machine: {machine()}")
        print(f"store: {args.customers} customers, {summary['orders']['created']} orders, "
              f"{summary['line_items']} line items (imported in {import_s:.1f} s)")
        print(f"backtest {FROM} .. {TO}: median {elapsed:.1f} s (whole process), "
              f"peak memory {max(r[2] for r in runs):.0f} MB")
        print(f"  enrollments {result['enrollments']}, actions {result['actions']}, "
              f"skipped {result['skipped']}")
        print(f"reference (sqlite3 read of the year's orders in time order): {ref:.3f} s; "
              f"ratio {elapsed / ref:.0f}x")
        print("all runs (s):", [round(r[0], 1) for r in runs])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
