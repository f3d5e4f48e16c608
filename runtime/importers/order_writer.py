"""Orders, line items and products written in bulk, upserted by order key."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from runtime.db.models import LineItem, Order, Product
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
ITEM_COLUMNS = ("title", "sku", "quantity", "price", "product_id")
CHUNK = 500


def write_orders(conn: Connection, records: list[OrderRecord], contact_ids: dict[str, int],
                 section: Section) -> int:
    """Insert new orders, update changed ones; returns how many line items were written."""
    product_of = _resolve_products(conn, records)
    stored = _stored_orders(conn, {record.key for record in records})
    stored_items = _stored_items(conn, [order_id for order_id, _ in stored.values()])

    new_orders: list[dict[str, object]] = []
    new_items: list[list[dict[str, object]]] = []
    changed_orders: list[dict[str, object]] = []
    replaced_items: list[tuple[int, list[dict[str, object]]]] = []
    for record in records:
        values = {
            "name": record.name,
            "contact_id": contact_ids.get(record.email) if record.email else None,
            "email": record.email,
            "created_at": record.created_at,
            "currency": record.currency,
            "subtotal": record.subtotal,
            "total": record.total,
            "refunded": record.refunded,
            "discount_code": record.discount_code,
            "financial_status": record.financial_status,
            "fulfillment_status": record.fulfillment_status,
            "cancelled_at": record.cancelled_at,
            "accepts_marketing": record.accepts_marketing,
            "is_purchase": record.is_purchase,
        }
        items = [
            {"title": item.title, "sku": item.sku, "quantity": item.quantity,
             "price": item.price, "product_id": product_of(item.sku, item.title)}
            for item in record.items
        ]
        existing = stored.get(record.key)
        if existing is None:
            values["key"] = record.key
            values["is_demo"] = False
            new_orders.append(values)
            new_items.append(items)
            section.created += 1
            continue
        order_id, old_values = existing
        old_items = stored_items.get(order_id, [])
        same_items = [tuple(item.values()) for item in items] == old_items
        if tuple(values.values()) == old_values and same_items:
            continue
        section.updated += 1
        changed_orders.append({"order_id": order_id,
                               **{f"new_{name}": value for name, value in values.items()}})
        if not same_items:
            replaced_items.append((order_id, items))

    written = 0
    if new_orders:
        ids = conn.execute(
            insert(ORDERS).returning(ORDERS.c.id, sort_by_parameter_order=True), new_orders
        ).scalars().all()
        item_rows = [
            {"order_id": order_id, **item}
            for order_id, items in zip(ids, new_items, strict=True)
            for item in items
        ]
        if item_rows:
            conn.execute(insert(ITEMS), item_rows)
        written += len(item_rows)
    if changed_orders:
        conn.execute(
            update(ORDERS)
            .where(ORDERS.c.id == bindparam("order_id"))
            .values({name: bindparam(f"new_{name}") for name in ORDER_COLUMNS}),
            changed_orders,
        )
    if replaced_items:
        order_ids = [order_id for order_id, _ in replaced_items]
        for start in range(0, len(order_ids), CHUNK):
            conn.execute(delete(ITEMS).where(ITEMS.c.order_id.in_(order_ids[start:start + CHUNK])))
        item_rows = [{"order_id": order_id, **item}
                     for order_id, items in replaced_items for item in items]
        if item_rows:
            conn.execute(insert(ITEMS), item_rows)
        written += len(item_rows)
    return written


def _stored_orders(conn: Connection, keys: set[str]) -> dict[str, tuple[int, tuple]]:
    """key -> (id, values in ORDER_COLUMNS order) for the stored orders the file mentions."""
    if not keys:
        return {}
    columns = [ORDERS.c.id, ORDERS.c.key, *(ORDERS.c[name] for name in ORDER_COLUMNS)]
    stored: dict[str, tuple[int, tuple]] = {}
    # One pass over the table beats thousands of IN (...) queries when most keys are known.
    for row in conn.execute(select(*columns)):
        if row[1] in keys:
            stored[row[1]] = (row[0], tuple(row[2:]))
    return stored


def _stored_items(conn: Connection, order_ids: list[int]) -> dict[int, list[tuple]]:
    if not order_ids:
        return {}
    wanted = set(order_ids)
    columns = [ITEMS.c.order_id, *(ITEMS.c[name] for name in ITEM_COLUMNS)]
    items: dict[int, list[tuple]] = {}
    for row in conn.execute(select(*columns).order_by(ITEMS.c.id)):
        if row[0] in wanted:
            items.setdefault(row[0], []).append(tuple(row[1:]))
    return items


def _resolve_products(conn: Connection, records: list[OrderRecord]):
    """A lookup (sku, title) -> product id, creating the products the shop does not have yet.

    Items with a sku match products by sku; items without one match sku-less products by title.
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
