"""Orders, line items and products written in bulk, upserted by order key."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from runtime.db.models import LineItem, Order, Product
from runtime.importers.bulk_sql import RawColumns, insert_raw, select_raw
from runtime.importers.records import OrderRecord, Section

ORDERS = Order.__table__
ITEMS = LineItem.__table__
PRODUCTS = Product.__table__
# The order columns an import owns, compared to decide whether a stored order changed.
ORDER_COLUMNS = (
    "name", "contact_id", "email", "created_at", "currency", "subtotal", "total", "refunded",
    "discount_code", "financial_status", "fulfillment_status", "cancelled_at",
    "accepts_marketing", "is_purchase",
)
ITEM_COLUMNS = ("product_id", "title", "sku", "quantity", "price")
CHUNK = 500


def write_orders(conn: Connection, records: list[OrderRecord], contact_ids: dict[str, int],
                 section: Section) -> int:
    """Insert new orders, update changed ones; returns how many line items were written."""
    if not records:
        return 0
    product_of = _resolve_products(conn, records)
    values = [
        (r.name, contact_ids.get(r.email) if r.email else None, r.email, r.created_at,
         r.currency, r.subtotal, r.total, r.refunded, r.discount_code, r.financial_status,
         r.fulfillment_status, r.cancelled_at, r.accepts_marketing, r.is_purchase)
        for r in records
    ]
    raw_orders = RawColumns(conn, ORDERS, ORDER_COLUMNS).convert(values)
    raw_items = RawColumns(conn, ITEMS, ITEM_COLUMNS).convert([
        (product_of(item.sku, item.title), item.title, item.sku, item.quantity, item.price)
        for record in records for item in record.items
    ])
    stored = _stored_orders(conn, {record.key for record in records})
    stored_items = _stored_items(conn, {order_id for order_id, _ in stored.values()})

    new_orders: list[tuple] = []
    new_items: list[list[tuple]] = []
    changed: list[dict[str, object]] = []
    replaced: list[tuple[int, list[tuple]]] = []
    (not_demo,), = RawColumns(conn, ORDERS, ["is_demo"]).convert([(False,)])
    position = 0
    for record, raw, python_values in zip(records, raw_orders, values, strict=True):
        items = raw_items[position:position + len(record.items)]
        position += len(record.items)
        existing = stored.get(record.key)
        if existing is None:
            new_orders.append((record.key, *raw, not_demo))
            new_items.append(items)
            section.created += 1
            continue
        order_id, stored_raw = existing
        same_items = items == stored_items.get(order_id, [])
        if raw == stored_raw and same_items:
            continue
        section.updated += 1
        changed.append({"order_id": order_id,
                        **{f"new_{name}": v for name, v in zip(ORDER_COLUMNS, python_values,
                                                                 strict=True)}})
        if not same_items:
            replaced.append((order_id, items))

    written = 0
    if new_orders:
        before = conn.execute(select(func.max(ORDERS.c.id))).scalar() or 0
        # Values in the table's column order, so the driver gets the tuples as they are.
        insert_raw(conn, ORDERS, ("key", *ORDER_COLUMNS, "is_demo"), new_orders)
        query = select(ORDERS.c.key, ORDERS.c.id).where(ORDERS.c.id > before)
        ids = dict(conn.execute(query).all())
        item_rows = [(ids[order[0]], *item)
                     for order, items in zip(new_orders, new_items, strict=True)
                     for item in items]
        insert_raw(conn, ITEMS, ("order_id", *ITEM_COLUMNS), item_rows)
        written += len(item_rows)
    if changed:
        conn.execute(
            update(ORDERS)
            .where(ORDERS.c.id == bindparam("order_id"))
            .values({name: bindparam(f"new_{name}") for name in ORDER_COLUMNS}),
            changed,
        )
    if replaced:
        order_ids = [order_id for order_id, _ in replaced]
        for start in range(0, len(order_ids), CHUNK):
            conn.execute(delete(ITEMS).where(ITEMS.c.order_id.in_(order_ids[start:start + CHUNK])))
        item_rows = [(order_id, *item) for order_id, items in replaced for item in items]
        insert_raw(conn, ITEMS, ("order_id", *ITEM_COLUMNS), item_rows)
        written += len(item_rows)
    return written


def _stored_orders(conn: Connection, keys: set[str]) -> dict[str, tuple[int, tuple]]:
    """key -> (id, raw values in ORDER_COLUMNS order) for the stored orders the file mentions."""
    # One pass over the table beats thousands of IN (...) queries when most keys are known.
    rows = select_raw(conn, ORDERS, ("id", "key", *ORDER_COLUMNS))
    return {row[1]: (row[0], row[2:]) for row in rows if row[1] in keys}


def _stored_items(conn: Connection, order_ids: set[int]) -> dict[int, list[tuple]]:
    items: dict[int, list[tuple]] = {}
    if order_ids:
        for row in select_raw(conn, ITEMS, ("order_id", *ITEM_COLUMNS), order_by="id"):
            if row[0] in order_ids:
                items.setdefault(row[0], []).append(row[1:])
    return items


def _resolve_products(conn: Connection, records: list[OrderRecord]):
    """A lookup (sku, title) -> product id, creating the products the shop does not have yet.

    Items with a sku match products by sku; items without one match sku-less products by title.
    The newest order (first in the file) names a new product.
    """
    by_sku, by_title = _product_index(conn)
    new: dict[tuple[str | None, str], dict[str, object]] = {}
    for record in records:
        for item in record.items:
            known = by_sku if item.sku is not None else by_title
            lookup = item.sku if item.sku is not None else item.title
            marker = (item.sku, item.title if item.sku is None else "")
            if lookup in known or marker in new:
                continue
            new[marker] = {"title": item.title, "sku": item.sku, "vendor": item.vendor,
                           "price": item.price, "currency": record.currency,
                           "collections": []}
    if new:
        conn.execute(insert(PRODUCTS), list(new.values()))
        by_sku, by_title = _product_index(conn)

    def product_of(sku: str | None, title: str) -> int | None:
        return by_sku.get(sku) if sku is not None else by_title.get(title)

    return product_of


def _product_index(conn: Connection) -> tuple[dict[str, int], dict[str, int]]:
    by_sku: dict[str, int] = {}
    by_title: dict[str, int] = {}
    query = select(PRODUCTS.c.id, PRODUCTS.c.sku, PRODUCTS.c.title).order_by(PRODUCTS.c.id)
    for product_id, sku, title in conn.execute(query):
        if sku is not None:
            by_sku.setdefault(sku, product_id)
        else:
            by_title.setdefault(title, product_id)
    return by_sku, by_title
