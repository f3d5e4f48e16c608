"""Backtest every recipe over one year of a 10,000-customer store: seconds per recipe.

    .venv/bin/python bench/bench_recipes.py [--customers 10000] [--runs 3] [--home DIR]
                                            [--only SLUG,SLUG]

Generates the store with runtime.demo_store and imports it once (or reuses --home, a workspace
that already holds one), then times runtime.simulate.run_backtest per recipe (median of
--runs). The reference, measured in the same run, is the backtest of a flow with only an
"order placed" trigger: the cost of replaying the year at all. Target: under 10 s each.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from common import machine  # noqa: I001 - bench/ is on the path

from runtime.db.database import open_database
from runtime.demo_store import write_store
from runtime.flow import Flow
from runtime.flowfile import load_flow
from runtime.importers import run_import
from runtime.recipes import list_recipes
from runtime.shop import parse_moment, zone
from runtime.simulate import run_backtest

SHOP = {"name": "Bench shop", "currency": "UAH", "email": "shop@example.ua"}
TIERS = [["Bronze", 0], ["Silver", 500], ["Gold", 1500]]


def median_seconds(db, flow, runs: int, start, end, tz) -> tuple[float, dict]:
    samples, report = [], {}
    for _ in range(runs):
        began = time.perf_counter()
        report = run_backtest(db, flow, start, end, tz, SHOP, TIERS)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples), report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--home", type=Path, help="a workspace folder that already has a store")
    ap.add_argument("--only", default="", help="comma-separated recipe slugs (default: all)")
    args = ap.parse_args()
    if args.home:
        db = open_database(f"sqlite:///{args.home / 'boomerang.db'}")
    else:
        work = Path(tempfile.mkdtemp(prefix="bench-recipes-"))
        customers, orders = write_store(work / "store", args.customers, end=date(2026, 11, 1))
        db = open_database(f"sqlite:///{work / 'boomerang.db'}")
        run_import(db, customers=customers, orders=orders, shop_timezone="Europe/Kyiv")
    tz = zone("Europe/Kyiv")
    start, end = parse_moment("2025-11-01", tz, "from"), parse_moment("2026-11-01", tz, "to")
    reference = Flow("reference")
    reference.add_node("trigger.order_placed")
    ref_s, _ = median_seconds(db, reference, args.runs, start, end, tz)
    print(f"machine: {machine()}; store of {args.customers} customers; one year; "
          f"median of {args.runs}")
    print(f"reference (trigger only): {ref_s:.2f} s")
    recipes, _problems = list_recipes()
    if args.only:
        recipes = [r for r in recipes if r.slug in args.only.split(",")]
    worst = 0.0
    for recipe in recipes:
        seconds, report = median_seconds(db, load_flow(recipe.path), args.runs, start, end, tz)
        worst = max(worst, seconds)
        s = report["summary"]
        print(f"{recipe.slug:34} {seconds:6.2f} s  ratio {seconds / ref_s:4.1f}x  "
              f"enrollments {s['enrollments']:6}  actions {sum(s['actions'].values()):6}")
    print(f"slowest: {worst:.2f} s (target < 10 s: {'met' if worst < 10 else 'MISSED'})")


if __name__ == "__main__":
    main()
