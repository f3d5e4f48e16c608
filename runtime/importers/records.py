"""The parsed rows an import writes (contacts, orders, events) and the per-file report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass(slots=True)
class ContactRecord:
    """What one file says about a contact; None means "the file does not say"."""

    email: str
    line: int = 0
    external_id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    locale: str | None = None
    accepts_email: bool | None = None
    # When the consent was given, if the file knows (a guest's order time); else the import time.
    consent_at: datetime | None = None
    accepts_sms: bool | None = None
    fields: dict[str, object] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    created_at: datetime | None = None


# The order columns an order file fills after name and contact_id, in the orders table's
# column order, which is the order OrderRecord.values holds them in.
ORDER_VALUES = (
    "email", "created_at", "currency", "subtotal", "total", "refunded", "discount_code",
    "financial_status", "fulfillment_status", "cancelled_at", "accepts_marketing", "is_purchase",
)
CREATED_AT = ORDER_VALUES.index("created_at")
ACCEPTS_MARKETING = ORDER_VALUES.index("accepts_marketing")
CURRENCY = ORDER_VALUES.index("currency")


class ItemCells:
    """One line item as parsed. Equal cells share one ItemCells, which hashes by identity:
    a dictionary keyed by items costs no hashing of their values."""

    __slots__ = ("price", "quantity", "sku", "stored_price", "title", "vendor")

    def __init__(self, title: str, sku: str | None, quantity: int, stored_price: object,
                 price: Decimal, vendor: str | None) -> None:
        self.title, self.sku, self.quantity, self.vendor = title, sku, quantity, vendor
        # As the database driver stores it (see runtime.db.bulk), and as a Decimal.
        self.stored_price, self.price = stored_price, price


class OrderRecord:
    """One order of an order file.

    `values` holds ORDER_VALUES as the database driver stores them (converted by the column
    types, see runtime.db.bulk), so that writing and comparing with stored orders needs no
    conversion per order. While the file is read it also keeps its rows' bookkeeping: the id
    cell as written, the lines that were refused, and where its rows are (one object per order
    rather than two: an export has hundreds of thousands of them).

    The rows are known by stretches of lines rather than by a list of lines, which would cost
    an entry per row and a list per order for what only a file with a refused order needs:
    an order's rows are the records that start from `line` up to `stop`, the line where a
    record of something else began (None: the end of the file). Rows apart from the others
    (the file is not grouped by order) open another stretch, kept in `runs`.
    """

    __slots__ = ("bad_lines", "email", "id_cell", "items", "key", "line", "name", "runs", "stop",
                 "values")

    def __init__(self, key: str, name: str, email: str | None, values: tuple, line: int,
                 id_cell: str = "") -> None:
        self.key, self.name, self.email, self.values, self.line = key, name, email, values, line
        self.id_cell = id_cell
        self.items: list[ItemCells] = []
        self.stop: int | None = None
        # The starts and stops of the stretches before the current one, then its start.
        self.runs: list[int | None] | None = None
        # Most orders have none: the list is made when the first bad line comes.
        self.bad_lines: list[int] | None = None

    def reopen(self, line: int) -> None:
        """Rows of this order again from `line`, after records of something else."""
        self.runs = [*(self.runs or [self.line]), self.stop, line]
        self.stop = None

    def stretches(self) -> list[tuple[int, int | None]]:
        """(first line, line past the stretch or None) of each stretch of the order's rows."""
        starts = self.runs or [self.line]
        return list(zip(starts[::2], [*starts[1::2], self.stop], strict=True))


@dataclass(slots=True)
class OrderFile:
    """The valid orders of an order file, with what the later steps need to know about all of
    them, gathered while the file is read (another pass over hundreds of thousands of records
    costs a cache miss or more per record).

    `buyers`: email -> [first order time, latest order time, latest order], times as stored,
    emails in the order they first occur. `item_currency`: each distinct item -> the currency
    of the first order that has it, in that order.
    """

    records: list[OrderRecord]
    buyers: dict[str, list]
    item_currency: dict[ItemCells, str | None]

    @classmethod
    def of(cls, records: list[OrderRecord]) -> OrderFile:
        """The summaries worked out from the records themselves."""
        buyers: dict[str, list] = {}
        item_currency: dict[ItemCells, str | None] = {}
        for record in records:
            add_buyer(buyers, record)
            currency = record.values[CURRENCY]
            for item in record.items:
                if item not in item_currency:
                    item_currency[item] = currency
        return cls(records, buyers, item_currency)


def add_buyer(buyers: dict[str, list], record: OrderRecord) -> None:
    """Count `record` in its email's first and latest order (the earlier of equal times wins)."""
    email = record.email
    if email is None:
        return
    created = record.values[CREATED_AT]
    known = buyers.get(email)
    if known is None:
        buyers[email] = [created, created, record]
        return
    if created < known[0]:
        known[0] = created
    if created > known[1]:
        known[1], known[2] = created, record


@dataclass(slots=True)
class EventRecord:
    email: str
    name: str
    at: datetime
    properties: dict[str, object]
    dedupe_key: str
    line: int


@dataclass
class Section:
    """The report for one file: how many records were created or changed, and what was refused."""

    created: int = 0
    updated: int = 0
    rejected: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        rejected = sorted(self.rejected, key=_line)
        return {"created": self.created, "updated": self.updated, "rejected": rejected}


def _line(entry: dict[str, object]) -> int:
    line = entry["line"]
    return line if isinstance(line, int) else 0
