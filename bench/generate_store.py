"""Write a deterministic synthetic shop as Shopify exports: DIR/customers.csv, DIR/orders.csv.

    .venv/bin/python bench/generate_store.py --customers 100000 --years 3 --seed 7 --out DIR

The same arguments always give byte-identical files. 100,000 customers make about 350,000 orders
over three years that end at --end (midnight in --tz), in --currency. The benchmarks and the
studio's demo shop read these files the way they would read a real shop's export.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from common import machine, peak_rss_mb, timed  # noqa: I001 - bench/ is on the path

from runtime.demo_store import write_store


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000, help="customers in the file")
    parser.add_argument("--years", type=float, default=3.0, help="years of order history")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same files")
    parser.add_argument("--end", type=date.fromisoformat, default=date(2026, 11, 1),
                        help="history ends at midnight starting this day (YYYY-MM-DD)")
    parser.add_argument("--tz", default="Europe/Kyiv", help="shop time zone (IANA name)")
    parser.add_argument("--currency", default="UAH", help="the shop's one currency")
    parser.add_argument("--out", type=Path, required=True, help="directory to write into")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        elapsed, paths = timed(lambda: write_store(
            args.out, args.customers, years=args.years, seed=args.seed, end=args.end,
            tz=args.tz, currency=args.currency))
    except (ValueError, KeyError) as exc:  # bad sizes, unknown time zone
        raise SystemExit(f"generate_store: {exc}") from exc
    for path in paths:
        print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    print(f"{args.customers} customers, {args.years:g} years, seed {args.seed}: "
          f"{elapsed:.1f} s, peak {peak_rss_mb():.0f} MB ({machine()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
