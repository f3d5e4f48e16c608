"""Contacts keyed by email, merged in memory during an import and then written in bulk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, select, update

from runtime.db.models import Contact, ContactTag
from runtime.importers.bulk_sql import RawColumns, insert_raw
from runtime.importers.records import ContactRecord

CONTACTS = Contact.__table__
TAGS = ContactTag.__table__
# The columns an import may change; "id", "email" and the demo flag are never rewritten.
COLUMNS = (
    "external_id", "first_name", "last_name", "phone", "locale", "accepts_email_marketing",
    "email_consent_at", "accepts_sms_marketing", "sms_consent_at", "fields", "created_at",
)
TEXT_COLUMNS = ("external_id", "first_name", "last_name", "phone", "locale")
# Keeps IN (...) lists under every database's parameter limit.
CHUNK = 500


class ContactStore:
    """Every contact of the workspace, preloaded once so that no row needs its own query.

    Files are merged into the rows in memory; what counts as "updated" is decided at the end by
    comparing with the stored state, so two files (or two rows) that disagree and a re-import of
    the same files never report changes the database does not get.
    """

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.rows: dict[str, dict[str, object]] = {}
        self.tags: dict[str, set[str]] = {}
        self.new_tags: list[tuple[str, str]] = []
        self.created: set[str] = set()
        self.touched: set[str] = set()
        self.original: dict[str, dict[str, object]] = {}
        self.ids: dict[str, int] = {}

    @classmethod
    def load(cls, conn: Connection, now: datetime) -> ContactStore:
        store = cls(now)
        columns = [CONTACTS.c.id, CONTACTS.c.email, *(CONTACTS.c[name] for name in COLUMNS)]
        email_of: dict[int, str] = {}
        for row in conn.execute(select(*columns)).mappings():
            values = dict(row)
            values["fields"] = dict(values["fields"] or {})
            store.rows[row["email"]] = values
            store.ids[row["email"]] = row["id"]
            store.tags[row["email"]] = set()
            email_of[row["id"]] = row["email"]
        for contact_id, tag in conn.execute(select(TAGS.c.contact_id, TAGS.c.tag)):
            store.tags[email_of[contact_id]].add(tag)
        return store

    def __contains__(self, email: str) -> bool:
        return email in self.rows

    def get(self, email: str) -> dict[str, object] | None:
        return self.rows.get(email)

    def apply(self, record: ContactRecord) -> bool:
        """Merge what a file says into the contact; True when this created the contact.

        Empty cells never erase what is known (another file may have said it); consent follows
        the file whenever it answers; tags are only added, never removed, because flows add tags
        of their own.
        """
        email = record.email
        row = self.rows.get(email)
        created = row is None
        if row is None:
            row = self._new_row(record)
        elif email not in self.created and email not in self.original:
            fields = row["fields"]
            assert isinstance(fields, dict)
            self.original[email] = {**row, "fields": dict(fields)}
        self.touched.add(email)
        for name in TEXT_COLUMNS:
            value = getattr(record, name)
            if value is not None:
                row[name] = value
        self._consent(email, row, "accepts_email_marketing", "email_consent_at",
                      record.accepts_email, record.consent_at)
        self._consent(email, row, "accepts_sms_marketing", "sms_consent_at",
                      record.accepts_sms, None)
        fields = row["fields"]
        assert isinstance(fields, dict)
        fields.update(record.fields)
        created_at = row["created_at"]
        assert isinstance(created_at, datetime)
        if record.created_at is not None and record.created_at < created_at:
            row["created_at"] = record.created_at
        known = self.tags[email]
        for tag in record.tags:
            if tag not in known:
                known.add(tag)
                self.new_tags.append((email, tag))
        return created

    def changed(self) -> set[str]:
        """Stored contacts whose values or tags this run changed."""
        tagged = {email for email, _ in self.new_tags}
        return {email for email, before in self.original.items()
                if email in tagged or self.rows[email] != before}

    def _new_row(self, record: ContactRecord) -> dict[str, object]:
        row: dict[str, object] = {name: None for name in COLUMNS}
        row.update(id=None, email=record.email, accepts_email_marketing=False,
                   accepts_sms_marketing=False, fields={},
                   created_at=record.created_at or self.now)
        self.rows[record.email] = row
        self.tags[record.email] = set()
        self.created.add(record.email)
        return row

    def _consent(self, email: str, row, flag: str, stamp: str, answer: bool | None,
                 given_at: datetime | None) -> None:
        if answer is None or row[flag] == answer:
            return
        row[flag] = answer
        before = self.original.get(email)
        if not answer:
            row[stamp] = None
        elif before is not None and before[flag]:
            # Yes, then no, then yes again within one run: the consent given earlier still holds.
            row[stamp] = before[stamp]
        else:
            row[stamp] = given_at or self.now

    def flush(self, conn: Connection) -> dict[str, int]:
        """Write new and changed contacts and new tags; returns email -> contact id."""
        if self.created:
            emails = sorted(self.created)
            names = ("email", "is_demo", "updated_at", *COLUMNS)
            rows = [(email, False, self.now, *(self.rows[email][name] for name in COLUMNS))
                    for email in emails]
            insert_raw(conn, CONTACTS, names, RawColumns(conn, CONTACTS, names).convert(rows))
            for start in range(0, len(emails), CHUNK):
                chunk = emails[start:start + CHUNK]
                query = select(CONTACTS.c.email, CONTACTS.c.id).where(CONTACTS.c.email.in_(chunk))
                self.ids.update(dict(conn.execute(query).all()))
        changed = self.changed()
        if changed:
            statement = (
                update(CONTACTS)
                .where(CONTACTS.c.id == bindparam("contact_id"))
                .values({name: bindparam(f"new_{name}") for name in (*COLUMNS, "updated_at")})
            )
            params = [
                {"contact_id": self.ids[email], "new_updated_at": self.now,
                 **{f"new_{name}": self.rows[email][name] for name in COLUMNS}}
                for email in sorted(changed)
            ]
            conn.execute(statement, params)
        if self.new_tags:
            names = ("contact_id", "tag", "added_at")
            rows = [(self.ids[email], tag, self.now) for email, tag in self.new_tags]
            insert_raw(conn, TAGS, names, RawColumns(conn, TAGS, names).convert(rows))
        self.created, self.touched, self.original, self.new_tags = set(), set(), {}, []
        return self.ids
