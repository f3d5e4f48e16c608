"""Order import throughput: Shopify order rows per CPU-second, against plain csv.reader.

    .venv/bin/python bench/bench_import.py [--customers 100000] [--runs 3] [--profile]

The store comes from runtime.demo_store.write_store (100,000 customers: about 350,000 orders
in 600,000+ order rows) and is cached in the temp directory between runs of this script; the
cache is rebuilt when the generator's source changes. Each run imports the customers, then
the orders, into a fresh workspace database and times the orders import with
time.process_time() (CPU: the machine may be shared) and time.perf_counter() (wall). The
reference, measured in the same run, is csv.reader over the same orders file.
--profile runs one orders import under cProfile and prints the top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import hashlib
import pstats
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import machine, peak_rss_mb  # noqa: I001 - bench/ is on the path

from runtime import demo_store
from runtime.db.database import open_database
from runtime.importers import run_import

ZONE = "Europe/Kyiv"


def store_files(customers: int) -> tuple[Path, Path]:
    """(customers.csv, orders.csv), generated once per size and generator version."""
    source = Path(demo_store.__file__).read_bytes()
    tag = hashlib.sha256(source).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"boomerang-bench-import-{customers}-{tag}"
    paths = folder / "customers.csv", folder / "orders.csv"
    if not all(path.exists() for path in paths):
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        demo_store.write_store(partial, customers)
        shutil.rmtree(folder, ignore_errors=True)
        partial.rename(folder)
    return paths


def count_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return sum(1 for row in csv.reader(fh) if any(row)) - 1


def clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def import_once(customers: Path, orders: Path, profile: bool = False) -> tuple[float, float]:
    """(CPU s, wall s) of the orders import into a fresh workspace holding the customers."""
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        db = open_database(f"sqlite:///{work / 'boomerang.db'}")
        run_import(db, customers=customers, shop_timezone=ZONE)
        profiler = cProfile.Profile() if profile else None
        cpu, wall = clock()
        if profiler:
            profiler.enable()
        report = run_import(db, orders=orders, shop_timezone=ZONE)
        if profiler:
            profiler.disable()
        cpu_end, wall_end = clock()
        db.dispose()
        section = report["orders"]
        assert isinstance(section, dict) and not section["rejected"], "rows were rejected"
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return cpu_end - cpu, wall_end - wall
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_reference(orders: Path) -> tuple[float, float, int]:
    """(CPU s, wall s, rows) of csv.reader over the orders file, doing nothing with the rows."""
    cpu, wall = clock()
    with orders.open(encoding="utf-8-sig", newline="") as fh:
        rows = sum(1 for _ in csv.reader(fh)) - 1
    cpu_end, wall_end = clock()
    return cpu_end - cpu, wall_end - wall, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="cProfile one import instead")
    args = ap.parse_args()
    customers, orders = store_files(args.customers)
    if args.profile:
        import_once(customers, orders, profile=True)
        return
    rows = count_rows(orders)
    imports = [import_once(customers, orders) for _ in range(args.runs)]
    reads = [read_reference(orders) for _ in range(args.runs)]
    cpu = statistics.median(c for c, _ in imports)
    wall = statistics.median(w for _, w in imports)
    ref_cpu = statistics.median(c for c, _, _ in reads)
    ref_wall = statistics.median(w for _, w, _ in reads)
    print(f"machine: {machine()}")
    print(f"orders file: {orders} ({orders.stat().st_size / 1e6:.0f} MB, {rows:,} order rows)")
    print(f"import: median {cpu:.2f} CPU s = {rows / cpu:,.0f} rows/CPU-s; "
          f"{wall:.2f} wall s = {rows / wall:,.0f} rows/wall-s")
    print(f"csv.reader: median {ref_cpu:.2f} CPU s = {rows / ref_cpu:,.0f} rows/CPU-s; "
          f"{ref_wall:.2f} wall s = {rows / ref_wall:,.0f} rows/wall-s")
    print(f"ratio import/csv.reader (CPU): {cpu / ref_cpu:.2f}x")
    print("all runs (CPU s, wall s):", [(round(c, 2), round(w, 2)) for c, w in imports])
    print(f"peak memory: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
