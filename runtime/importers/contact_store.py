"""Contacts keyed by email, merged in memory during an import and then written in bulk."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, bindparam, select, update

from runtime.db.bulk import BulkStatement, result_processors, select_raw
from runtime.db.models import Contact, ContactTag
from runtime.importers.records import ContactRecord

CONTACTS = Contact.__table__
TAGS = ContactTag.__table__
# The columns an import may change; "id", "email" and the demo flag are never rewritten.
COLUMNS = (
    "external_id", "first_name", "last_name", "phone", "locale", "accepts_email_marketing",
    "email_consent_at", "accepts_sms_marketing", "sms_consent_at", "fields", "created_at",
)
TEXT_COLUMNS = ("external_id", "first_name", "last_name", "phone", "locale")
# Reading more contacts than this at once scans the table instead of asking by email.
PREFETCH_SCAN = 2_000
# Keeps IN (...) lists under every database's parameter limit.
CHUNK = 500


class ContactStore:
    """Every contact of the workspace, known by email, id and store customer id from the start;
    the rest of a contact (and its tags) is read when the run first needs it, in bulk where
    the caller names the emails first (see prefetch()).

    Files are merged into the rows in memory; what counts as "updated" is decided at the end by
    comparing with the stored state, so two files (or two rows) that disagree and a re-import of
    the same files never report changes the database does not get.
    """

    def __init__(self, conn: Connection, now: datetime) -> None:
        self.conn, self.now = conn, now
        self.rows: dict[str, dict[str, object]] = {}
        # Stored contacts not read yet: email -> their store customer id.
        self.unread: dict[str, str | None] = {}
        self.tags: dict[str, set[str]] = {}
        self.new_tags: list[tuple[str, str]] = []
        self.created: set[str] = set()
        self.touched: set[str] = set()
        self.original: dict[str, dict[str, object]] = {}
        self.ids: dict[str, int] = {}

    @classmethod
    def load(cls, conn: Connection, now: datetime) -> ContactStore:
        store = cls(conn, now)
        for contact_id, email, external_id in select_raw(conn, CONTACTS,
                                                         ("id", "email", "external_id")):
            store.unread[email] = external_id
            store.ids[email] = contact_id
        return store

    def __contains__(self, email: str) -> bool:
        return email in self.rows or email in self.unread

    def get(self, email: str) -> dict[str, object] | None:
        if email in self.unread:
            self.prefetch([email])
        return self.rows.get(email)

    def without_external_id(self, emails: Iterable[str]) -> list[str]:
        """The emails that are no contact yet or a contact without a store customer id (the
        guests of an order file: one pass over a hundred thousand buyers, without a method call
        per email)."""
        unread, rows = self.unread, self.rows
        return [email for email in emails
                if (unread[email] is None if email in unread
                    else email not in rows or rows[email]["external_id"] is None)]

    def prefetch(self, emails: Iterable[str]) -> None:
        """Read the stored contacts among `emails` that are not read yet, with their tags."""
        wanted = {email for email in emails if email in self.unread}
        if not wanted:
            return
        found, tags = (self._scan(wanted) if len(wanted) > PREFETCH_SCAN
                       else self._ask(sorted(wanted)))
        email_of = {}
        for values in found:
            row = dict(zip(("id", "email", *COLUMNS), values, strict=True))
            row["fields"] = dict(row["fields"] or {})
            email = row["email"]
            self.rows[email] = row
            del self.unread[email]
            self.tags[email] = set()
            email_of[row["id"]] = email
        for contact_id, tag in tags:
            if contact_id in email_of:
                self.tags[email_of[contact_id]].add(tag)

    def _scan(self, wanted: set[str]) -> tuple[list[tuple], list[tuple]]:
        """Many contacts: one pass over the tables, converting only the wanted rows."""
        conn = self.conn
        convert = result_processors(conn.dialect, CONTACTS, COLUMNS)
        found = [(*raw[:2], *(v if p is None or v is None else p(v)
                              for v, p in zip(raw[2:], convert, strict=True)))
                 for raw in select_raw(conn, CONTACTS, ("id", "email", *COLUMNS))
                 if raw[1] in wanted]
        return found, select_raw(conn, TAGS, ("contact_id", "tag"))

    def _ask(self, emails: list[str]) -> tuple[list[tuple], list[tuple]]:
        """A few contacts: asked for by email."""
        query = select(CONTACTS.c.id, CONTACTS.c.email, *(CONTACTS.c[name] for name in COLUMNS))
        found: list[tuple] = []
        for start in range(0, len(emails), CHUNK):
            chunk = emails[start:start + CHUNK]
            found.extend(map(tuple, self.conn.execute(query.where(CONTACTS.c.email.in_(chunk)))))
        ids = [row[0] for row in found]
        tags: list[tuple] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            tags.extend(map(tuple, self.conn.execute(select(TAGS.c.contact_id, TAGS.c.tag)
                                          .where(TAGS.c.contact_id.in_(chunk)))))
        return found, tags

    def apply(self, record: ContactRecord) -> bool:
        """Merge what a file says into the contact; True when this created the contact.

        Empty cells never erase what is known (another file may have said it); consent follows
        the file whenever it answers; tags are only added, never removed, because flows add tags
        of their own.
        """
        email = record.email
        row = self.rows.get(email)
        if row is None and email in self.unread:
            self.prefetch([email])
            row = self.rows[email]
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
        known = self.tags.setdefault(email, set())
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
            BulkStatement(CONTACTS, names).write(conn, rows)
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
            BulkStatement(TAGS, names).write(conn, rows)
        self.created, self.touched, self.original, self.new_tags = set(), set(), {}, []
        return self.ids
