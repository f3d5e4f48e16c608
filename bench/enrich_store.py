"""Give a benchmark workspace what Shopify order exports lack: product collections and
product_viewed events (imported as an events CSV, like a shop's).

    .venv/bin/python bench/enrich_store.py --home DIR [--views 60000] [--seed 7]

Collections follow the generated SKU prefixes (COF-… Coffee, CER-… Coffee accessories and
Ceramics, …), so that upsell-accessories has something to upsell. A fifth of the customers
browse: each has three favourite products that get most of their views, so repeated views of
one product within two weeks happen as in a real shop. Same seed, same file. Views fall in the
benchmark year (2025-11-01 … 2026-11-01, Europe/Kyiv).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, select, update

from runtime.db.database import open_database
from runtime.db.models import Contact, Product
from runtime.importers import run_import

START = datetime(2025, 11, 1)
COLLECTIONS = {"COF": ["Coffee"], "TEA": ["Tea"], "CER": ["Coffee accessories", "Ceramics"],
               "CND": ["Candles"], "TXT": ["Textiles"], "COS": ["Cosmetics"],
               "SWT": ["Sweets"], "GFT": ["Gift sets"], "PAP": ["Paper goods"],
               "GC": ["Gift cards"]}
DAYS = 365


def write_views(path: Path, emails: list[str], skus: list[str], views: int, seed: int) -> None:
    rng = random.Random(seed)
    browsers = rng.sample(emails, max(1, len(emails) // 5))
    favourites = {email: rng.sample(skus, 3) for email in browsers}
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["email", "event", "at", "properties"])
        for _ in range(views):
            email = rng.choice(browsers)
            sku = rng.choice(favourites[email]) if rng.random() < 0.7 else rng.choice(skus)
            at = START + timedelta(days=rng.randrange(DAYS), seconds=rng.randrange(86400))
            out.writerow([email, "product_viewed", at.strftime("%Y-%m-%d %H:%M:%S"),
                          json.dumps({"product": sku})])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, required=True, help="a workspace with a store")
    ap.add_argument("--views", type=int, default=60_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    db = open_database(f"sqlite:///{args.home / 'boomerang.db'}")
    with db.connect() as conn:
        emails = list(conn.execute(select(Contact.email).order_by(Contact.id)).scalars())
        skus = [s for s in conn.execute(select(Product.sku).order_by(Product.id)).scalars() if s]
    with db.begin() as conn:
        products = conn.execute(select(Product.id, Product.sku)).all()
        conn.execute(update(Product.__table__).where(Product.__table__.c.id == bindparam("pid"))
                     .values(collections=bindparam("collections")),
                     [{"pid": pid, "collections": COLLECTIONS.get((sku or "").split("-")[0], [])}
                      for pid, sku in products])
    path = args.home / "views.csv"
    write_views(path, emails, skus, args.views, args.seed)
    report = run_import(db, events=path, shop_timezone="Europe/Kyiv")
    print(f"collections set on {len(products)} products; {path}: {report['events']}")


if __name__ == "__main__":
    main()
