"""Orders, line items and products written in bulk, upserted by order key."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select

from runtime.db.bulk import BulkStatement, bind_processors, indexes_built_after, select_raw
from runtime.db.models import LineItem, Order, Product
from runtime.importers.records import ORDER_VALUES, ItemCells, OrderFile, OrderRecord, Section

ORDERS = Order.__table__
ITEMS = LineItem.__table__
PRODUCTS = Product.__table__
# The order columns an import owns, compared to decide whether a stored order changed.
ORDER_COLUMNS = ("name", "contact_id", *ORDER_VALUES)
ITEM_COLUMNS = ("product_id", "title", "sku", "quantity", "price")
CHUNK = 500
# New orders written per executemany (with their items).
BATCH = 5_000
# A first import at least this large (and larger than what is stored) inserts the orders and
# their line items without secondary indexes and builds them afterwards, in the same
# transaction. That includes the unique index on the order key: new orders have keys that are
# neither stored nor repeated (parse_orders refuses a repeat), so it builds again.
INDEX_AFTER = 20_000

_NEW_ORDERS = BulkStatement(ORDERS, ["id", "key", *ORDER_COLUMNS, "is_demo"])
_NEW_ORDERS_NUMBERED_BY_DB = BulkStatement(ORDERS, ["key", *ORDER_COLUMNS, "is_demo"])
_CHANGED_ORDERS = BulkStatement(ORDERS, ORDER_COLUMNS, where="id")
_NEW_ITEMS = BulkStatement(ITEMS, ["order_id", *ITEM_COLUMNS])
_NEW_PRODUCTS = BulkStatement(PRODUCTS, ["title", "sku", "vendor", "price", "currency",
                                         "collections"])


def write_orders(conn: Connection, orders: OrderFile, contact_ids: dict[str, int],
                 section: Section) -> int:
    """Insert new orders, update changed ones; returns how many line items were written."""
    records = orders.records
    if not records:
        return 0
    stored_item = _resolve_products(conn, orders.item_currency)
    stored, stored_count = _stored_orders(conn, records)
    stored_items = _stored_items(conn, {order_id for order_id, _ in stored.values()})

    # Into an empty table every order is new: no pass over the records to find out.
    new: list[OrderRecord] = records if not stored else []
    changed: list[tuple] = []
    replaced: list[tuple[int, list[tuple]]] = []
    for record in records if stored else ():
        existing = stored.get(record.key)
        if existing is None:
            new.append(record)
            continue
        order_id, stored_values = existing
        values = (record.name, contact_ids.get(record.email), *record.values)
        items = [stored_item[item] for item in record.items]
        same_items = items == stored_items.get(order_id, [])
        if values == stored_values and same_items:
            continue
        changed.append((*values, order_id))
        if not same_items:
            replaced.append((order_id, items))
    section.created += len(new)
    section.updated += len(changed)

    written = 0
    if new:
        if len(new) >= INDEX_AFTER and len(new) >= stored_count:
            with indexes_built_after(conn, ORDERS), indexes_built_after(conn, ITEMS):
                written += _insert_new(conn, new, contact_ids, stored_item)
        else:
            written += _insert_new(conn, new, contact_ids, stored_item)
    _CHANGED_ORDERS.execute_converted(conn, changed)
    if replaced:
        order_ids = [order_id for order_id, _ in replaced]
        for start in range(0, len(order_ids), CHUNK):
            conn.execute(delete(ITEMS).where(ITEMS.c.order_id.in_(order_ids[start:start + CHUNK])))
        item_rows = [(order_id, *item) for order_id, items in replaced for item in items]
        _NEW_ITEMS.execute_converted(conn, item_rows)
        written += len(item_rows)
    return written


def _insert_new(conn: Connection, new: list[OrderRecord], contact_ids: dict[str, int],
                stored_item: dict[ItemCells, tuple]) -> int:
    """Insert orders and their items; returns how many items."""
    (to_bool,) = bind_processors(conn.dialect, ORDERS, ["is_demo"])
    not_demo = False if to_bool is None else to_bool(False)
    contact_of = contact_ids.get
    before = conn.execute(select(func.max(ORDERS.c.id))).scalar() or 0
    if conn.dialect.name == "sqlite":
        # SQLite takes the ids we give, so items need no query to find their orders. Orders
        # and their items are built in one pass over the records and written a batch at a
        # time, while the rows just built are still in the CPU's cache.
        # The rows of a batch go one after another into one list (see execute_joined).
        written = 0
        order_id = before
        item_width = len(_NEW_ITEMS.columns)
        for start in range(0, len(new), BATCH):
            batch = new[start:start + BATCH]
            order_values: list = []
            item_values: list = []
            add_order_id = item_values.append
            for r in batch:
                order_id += 1
                order_values += (order_id, r.key, r.name, contact_of(r.email))
                order_values += r.values
                order_values.append(not_demo)
                for item in r.items:
                    add_order_id(order_id)
                    item_values += stored_item[item]
            _NEW_ORDERS.execute_joined(conn, order_values, len(batch))
            _NEW_ITEMS.execute_joined(conn, item_values, len(item_values) // item_width)
            written += len(item_values) // item_width
        return written
    _NEW_ORDERS_NUMBERED_BY_DB.execute_converted(conn, [
        (r.key, r.name, contact_of(r.email), *r.values, not_demo) for r in new])
    query = select(ORDERS.c.key, ORDERS.c.id).where(ORDERS.c.id > before)
    id_of = dict(conn.execute(query).all())
    item_rows = [(id_of[r.key], *stored_item[item]) for r in new for item in r.items]
    _NEW_ITEMS.execute_converted(conn, item_rows)
    return len(item_rows)


def _stored_orders(conn: Connection, records: list[OrderRecord]
                   ) -> tuple[dict[str, tuple[int, tuple]], int]:
    """key -> (id, stored values in ORDER_COLUMNS order) for the stored orders the file
    mentions, and how many orders are stored in all."""
    # One pass over the table beats thousands of IN (...) queries when most keys are known.
    rows = select_raw(conn, ORDERS, ("id", "key", *ORDER_COLUMNS))
    if not rows:
        return {}, 0
    keys = {record.key for record in records}
    return {row[1]: (row[0], row[2:]) for row in rows if row[1] in keys}, len(rows)


def _stored_items(conn: Connection, order_ids: set[int]) -> dict[int, list[tuple]]:
    items: dict[int, list[tuple]] = {}
    if order_ids:
        for row in select_raw(conn, ITEMS, ("order_id", *ITEM_COLUMNS), order_by="id"):
            if row[0] in order_ids:
                items.setdefault(row[0], []).append(row[1:])
    return items


def _resolve_products(conn: Connection, currency_of: dict[ItemCells, str | None]
                      ) -> dict[ItemCells, tuple]:
    """Each distinct item -> its stored values (ITEM_COLUMNS), creating the products the shop
    does not have yet.

    Items with a sku match products by sku; items without one match sku-less products by title.
    The newest order (first in the file) names a new product, in its currency.
    """
    by_sku, by_title = _product_index(conn)
    new: dict[tuple[str | None, str], tuple] = {}
    for item, currency in currency_of.items():
        known = by_sku if item.sku is not None else by_title
        lookup = item.sku if item.sku is not None else item.title
        marker = (item.sku, item.title if item.sku is None else "")
        if lookup not in known and marker not in new:
            new[marker] = (item.title, item.sku, item.vendor, item.price, currency, [])
    if new:
        _NEW_PRODUCTS.write(conn, list(new.values()))
        by_sku, by_title = _product_index(conn)
    return {item: (by_sku.get(item.sku) if item.sku is not None else by_title.get(item.title),
                   item.title, item.sku, item.quantity, item.stored_price)
            for item in currency_of}


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
