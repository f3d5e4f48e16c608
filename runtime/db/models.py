"""The database schema: contacts, orders, products, events, flows, enrollments, outbox, ledger."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from runtime.db.types import Money, UTCDateTime


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Workspace settings that must travel with the data (cursors, last scan times)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Normalised: trimmed and lower-cased. The natural key of a contact.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    accepts_email_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    email_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepts_sms_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locale: Mapped[str | None] = mapped_column(String(35))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    currency: Mapped[str | None] = mapped_column(String(3))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    # Demo data is marked so that it can be removed in one click.
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    tags: Mapped[list[ContactTag]] = relationship(
        cascade="all, delete-orphan", order_by="ContactTag.tag"
    )


class ContactTag(Base):
    __tablename__ = "contact_tags"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_contact_tags_tag", "tag"),)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    handle: Mapped[str | None] = mapped_column(String(255), index=True)
    title: Mapped[str] = mapped_column(String(500))
    sku: Mapped[str | None] = mapped_column(String(255), index=True)
    vendor: Mapped[str | None] = mapped_column(String(255))
    product_type: Mapped[str | None] = mapped_column(String(255))
    collections: Mapped[list] = mapped_column(JSON, default=list)
    price: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The store's order id when known, else its name (#1001): the upsert key. Unique through an
    # index of its own (not a constraint in the table) so that a large import can build it
    # once at the end (runtime.db.bulk.indexes_built_after).
    key: Mapped[str] = mapped_column(String(100), unique=True, index=True)
    name: Mapped[str | None] = mapped_column(String(100))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    currency: Mapped[str | None] = mapped_column(String(3))
    subtotal: Mapped[Decimal | None] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    refunded: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount_code: Mapped[str | None] = mapped_column(String(255))
    financial_status: Mapped[str | None] = mapped_column(String(40))
    fulfillment_status: Mapped[str | None] = mapped_column(String(40))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepts_marketing: Mapped[bool | None] = mapped_column(Boolean)
    # False for cancelled or voided orders; kept in a column so SQL facts stay simple and indexed.
    is_purchase: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    items: Mapped[list[LineItem]] = relationship(cascade="all, delete-orphan")
    __table_args__ = (Index("ix_orders_created_at", "created_at"),
                      # Covers every column runtime.facts and the contacts export read, so
                      # per-contact purchase stats come from the index alone (3-4x faster). Its
                      # first two columns serve "a contact's orders by time" as well; a separate
                      # (contact_id, created_at) index only made every order insert dearer.
                      Index("ix_orders_contact_facts", "contact_id", "created_at", "is_purchase",
                            "total", "refunded", "currency"))


class LineItem(Base):
    __tablename__ = "line_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(500))
    sku: Mapped[str | None] = mapped_column(String(255))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class Event(Base):
    """Something a contact did that flows can react to (product_viewed, form_submitted, ...)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    properties: Mapped[dict] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(String(40))
    # Events imported as history must not re-trigger flows; live and replayed ones do.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    __table_args__ = (Index("ix_events_contact_name_at", "contact_id", "name", "at"),
                      Index("ix_events_at", "at"))


class LedgerEntry(Base):
    """Points and scores as an append-only ledger; a balance is a SUM in SQL."""

    __tablename__ = "ledger"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    account: Mapped[str] = mapped_column(String(100))  # "points" or "score:<name>"
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    enrollment_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (Index("ix_ledger_contact_account", "contact_id", "account"),
                      # Covers balance sums as of a time (runtime.facts) without table lookups.
                      Index("ix_ledger_contact_balance", "contact_id", "account", "at",
                            "expires_at", "delta"))


class Flow(Base):
    __tablename__ = "flows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft|active|paused
    draft: Mapped[dict] = mapped_column(JSON)  # the document being edited
    active_version_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FlowVersion(Base):
    __tablename__ = "flow_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flow_id: Mapped[int] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    document: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("flow_id", "number"),)


class Enrollment(Base):
    """One contact travelling through one flow version; all of its state lives here."""

    __tablename__ = "enrollments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flow_id: Mapped[int] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"))
    flow_version_id: Mapped[int] = mapped_column(ForeignKey("flow_versions.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    node_id: Mapped[str | None] = mapped_column(String(36))
    # active: runs at due_at; waiting: waits for an event (or its timeout at due_at);
    # completed / goal / exited / failed: finished.
    status: Mapped[str] = mapped_column(String(20))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waiting_for: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    context: Mapped[dict] = mapped_column(JSON, default=dict)
    # The steps taken: [node id, ISO time, outcome] per node entered. Kept in the row because the
    # engine rewrites the row at every step anyway; a side table doubled the writes per step.
    history: Mapped[list] = mapped_column(JSON, default=list)
    __table_args__ = (
        # Only runs in flight have a due_at (finished ones are cleared), so this index alone
        # finds what is due and the next due time.
        Index("ix_enrollments_due", "due_at"),
        Index("ix_enrollments_contact", "contact_id", "flow_id", "status"),
        Index("ix_enrollments_waiting", "waiting_for", "contact_id"),
    )


class ActionLog(Base):
    """Every action a flow took or skipped, with the reason when skipped."""

    __tablename__ = "action_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrollment_id: Mapped[int | None] = mapped_column(Integer, index=True)
    contact_id: Mapped[int | None] = mapped_column(Integer, index=True)
    node_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20))  # done | skipped
    reason: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class OutboxItem(Base):
    """A side effect waiting to leave the machine; its key makes a resend impossible."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(20))  # email | store | webhook
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_outbox_pending", "status", "next_attempt_at"),)


class Coupon(Base):
    __tablename__ = "coupons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    discount_type: Mapped[str] = mapped_column(String(20))  # percent | fixed | free_shipping
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str | None] = mapped_column(String(3))
    single_use: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    enrollment_id: Mapped[int | None] = mapped_column(Integer)
    # local: made here, not yet in the store; live: created in the store; used: redeemed.
    status: Mapped[str] = mapped_column(String(20), default="local")
    used_order_id: Mapped[int | None] = mapped_column(Integer)
