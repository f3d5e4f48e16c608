"""Instructions the order import executes (valgrind), for this checkout and optionally another.

    .venv/bin/python bench/import_instructions.py [OTHER_CHECKOUT] [--customers 100000]

This VM's speed swings by a fifth from run to run, more than most changes to the import
are worth; the number of instructions executed barely moves (PYTHONHASHSEED is pinned, so
dictionaries probe the same way in every run). Each checkout is run
twice under `valgrind --tool=cachegrind --cache-sim=no`: once importing the customers and
then the orders (as bench_import.py does), once importing only the customers. The difference
is the orders import. Instructions are not time (a cache miss costs far more than an add),
so a change is confirmed in bench_import.py on a quiet machine; but a change that does not
lower the count rarely lowers the time. About 10 minutes per checkout for the 100,000 store.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CHILD = """
import sys, tempfile, shutil
from pathlib import Path
sys.path.insert(0, 'bench')
from bench_import import store_files
from runtime.db.database import open_database
from runtime.importers import run_import
customers, orders = store_files({customers})
work = Path(tempfile.mkdtemp())
db = open_database(f"sqlite:///{{work / 'boomerang.db'}}")
run_import(db, customers=customers, shop_timezone='Europe/Kyiv')
if {with_orders}:
    run_import(db, orders=orders, shop_timezone='Europe/Kyiv')
db.dispose()
shutil.rmtree(work)
"""


def instructions(checkout: Path, customers: int, with_orders: bool) -> int:
    code = CHILD.format(customers=customers, with_orders=with_orders)
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", code],
        cwd=checkout, capture_output=True, text=True, check=True,
        env=dict(os.environ, PYTHONHASHSEED="0"))
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def orders_import(checkout: Path, customers: int) -> int:
    return (instructions(checkout, customers, True)
            - instructions(checkout, customers, False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", nargs="?", type=Path, help="another checkout to compare with")
    ap.add_argument("--customers", type=int, default=100_000)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    # Each checkout's store is generated (and cached) outside valgrind, where it takes
    # seconds; in the run with the orders it would count as part of the import.
    for checkout in (HERE, args.other.resolve()) if args.other else (HERE,):
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'bench'); "
                        f"from bench_import import store_files; store_files({args.customers})"],
                       cwd=checkout, check=True)
    this = orders_import(HERE, args.customers)
    print(f"this checkout: orders import {this / 1e9:.2f} G instructions")
    if args.other:
        other = orders_import(args.other.resolve(), args.customers)
        print(f"{args.other}: orders import {other / 1e9:.2f} G instructions")
        print(f"this/other: {this / other:.3f}")


if __name__ == "__main__":
    main()
