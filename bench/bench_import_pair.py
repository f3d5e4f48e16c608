"""Order import CPU time of this checkout against another, both run at the same time.

    .venv/bin/python bench/bench_import_pair.py OTHER_CHECKOUT [--customers 100000] [--pairs 5]

On a shared machine the import's CPU time swings by a fifth from run to run (it touches
hundreds of MB; a neighbour's work slows its cache and memory), far more than a change of a
few per cent. Two imports started together see the same neighbours, so each pair compares.
Each side runs bench_import.import_once of its own checkout (customers, then the timed orders
import, into a fresh workspace) in its own process, on the same cached store files (so both
checkouts need the same runtime/demo_store.py).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CHILD = ("import sys; sys.path.insert(0, 'bench'); "
         "from bench_import import import_once, store_files; "
         "print(import_once(*store_files({customers}))[0])")


def start(checkout: Path, customers: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD.format(customers=customers)],
                            cwd=checkout, stdout=subprocess.PIPE, text=True)


def cpu_seconds(process: subprocess.Popen) -> float:
    out, _ = process.communicate()
    if process.returncode:
        raise SystemExit(f"an import failed (exit {process.returncode})")
    return float(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (e.g. a `git worktree`)")
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=5)
    args = ap.parse_args()
    # Generate (or find) the store once before the pairs, so neither side builds it.
    subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'bench'); "
                    f"from bench_import import store_files; store_files({args.customers})"],
                   cwd=HERE, check=True)
    ratios = []
    for n in range(1, args.pairs + 1):
        mine, other = start(HERE, args.customers), start(args.other, args.customers)
        this_cpu, other_cpu = cpu_seconds(mine), cpu_seconds(other)
        ratios.append(this_cpu / other_cpu)
        print(f"pair {n}: this {this_cpu:.2f} CPU s, other {other_cpu:.2f} CPU s, "
              f"this/other {ratios[-1]:.3f}", flush=True)
    print(f"median this/other: {statistics.median(ratios):.3f} "
          f"(range {min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
