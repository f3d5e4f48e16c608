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


@dataclass(slots=True)
class LineItemRecord:
    title: str
    sku: str | None
    quantity: int
    price: Decimal
    vendor: str | None


@dataclass(slots=True)
class OrderRecord:
    key: str
    name: str
    email: str | None
    created_at: datetime
    currency: str | None
    subtotal: Decimal | None
    total: Decimal
    refunded: Decimal
    discount_code: str | None
    financial_status: str | None
    fulfillment_status: str | None
    cancelled_at: datetime | None
    accepts_marketing: bool | None
    line: int
    items: list[LineItemRecord] = field(default_factory=list)

    @property
    def is_purchase(self) -> bool:
        return self.cancelled_at is None and self.financial_status != "voided"


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
