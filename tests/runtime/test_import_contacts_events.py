"""Generic contact lists through a column mapping, and events CSVs as deduplicated history."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from runtime.db.models import Contact, ContactTag, Event
from runtime.errors import UserError
from runtime.importers import run_import
from runtime.importers.contacts_csv import parse_mapping

NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)


def contacts(engine) -> dict[str, Contact]:
    with Session(engine) as session:
        return {c.email: c for c in session.scalars(select(Contact))}


def events(engine) -> list[Event]:
    with Session(engine) as session:
        return list(session.scalars(select(Event).order_by(Event.at)))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_default_mapping_reads_known_columns_and_keeps_others_as_custom_fields(service, tmp_path):
    path = write(tmp_path / "list.csv",
                 "email,first_name,last_name,accepts_email_marketing,tags,phone,locale,"
                 "birth_date,city\n"
                 "Mila@Example.BG,Мила,Стоянова,yes,\"club, sofia\",+359888123456,bg,"
                 "1990-07-01,София\n"
                 "wei@example.tw,偉,王,no,,,zh-TW,,台中\n"
                 "broken,Nobody,,yes,,,,,\n")
    report = run_import(service.engine, contacts=path, now=NOW)

    assert report["contacts"] == {"created": 2, "updated": 0, "rejected": [
        {"line": 4, "reason": "email: 'broken' is not an email address"}]}
    found = contacts(service.engine)
    mila = found["mila@example.bg"]
    assert (mila.first_name, mila.last_name, mila.phone, mila.locale) == (
        "Мила", "Стоянова", "+359888123456", "bg")
    assert mila.accepts_email_marketing is True
    assert mila.fields == {"birth_date": "1990-07-01", "city": "София"}
    assert found["wei@example.tw"].fields == {"city": "台中"}
    assert found["wei@example.tw"].accepts_email_marketing is False
    with service.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ContactTag)).scalar() == 2


def test_mapping_names_the_file_columns(service, tmp_path):
    path = write(tmp_path / "newsletter.csv",
                 "E-Mail,Vorname,Nachname,Newsletter,Kundennummer,Stadt\n"
                 "jonas@example.de,Jonas,Müller,ja,K-17,Köln\n"
                 "lena@example.de,Lena,Schmidt,vielleicht,K-18,Bonn\n")
    mapping = {"email": "E-Mail", "first_name": "Vorname", "last_name": "Nachname",
               "accepts_email_marketing": "Newsletter", "customer_number": "Kundennummer"}
    report = run_import(service.engine, contacts=path, contacts_mapping=mapping, now=NOW)

    assert report["contacts"]["created"] == 1
    assert report["contacts"]["rejected"] == [
        {"line": 3, "reason": "Newsletter: 'vielleicht' is not yes or no"}]
    jonas = contacts(service.engine)["jonas@example.de"]
    assert (jonas.first_name, jonas.last_name) == ("Jonas", "Müller")
    assert jonas.accepts_email_marketing is True
    # Mapped custom fields take our name; unmapped columns keep the file's.
    assert jonas.fields == {"customer_number": "K-17", "Stadt": "Köln"}


def test_a_mapped_column_missing_from_the_file_imports_nothing(service, tmp_path):
    path = write(tmp_path / "list.csv", "Mail,Name\nana@example.com,Ana\n")
    customers = Path(__file__).parent / "data" / "shopify_customers.csv"
    with pytest.raises(UserError) as caught:
        run_import(service.engine, customers=customers, contacts=path,
                   contacts_mapping={"email": "E-Mail"}, now=NOW)

    assert "list.csv" in caught.value.message and "'E-Mail' for email" in caught.value.message
    assert contacts(service.engine) == {}


@pytest.mark.parametrize("option", [
    "email=E-Mail, first_name=Vorname",
    '{"email": "E-Mail", "first_name": "Vorname"}',
])
def test_mapping_option_forms(option):
    assert parse_mapping(option) == {"email": "E-Mail", "first_name": "Vorname"}


def test_mapping_option_from_a_json_file(tmp_path):
    path = write(tmp_path / "mapping.json", json.dumps({"email": "Adresse électronique"}))
    assert parse_mapping(str(path)) == {"email": "Adresse électronique"}
    with pytest.raises(UserError):
        parse_mapping("email")


EVENTS = (
    "email,event,at,properties\n"
    "olena@example.ua,product_viewed,2025-03-01T10:00:00,\"{\"\"sku\"\": \"\"TEA-1\"\"}\"\n"
    "olena@example.ua,form_submitted,2025-03-02T09:00:00+00:00,\n"
    "NEW.visitor@example.com ,product_viewed,2025-03-03 12:30:00 +0100,{}\n"
    "olena@example.ua,product_viewed,yesterday,{}\n"
    "olena@example.ua,product_viewed,2025-03-04T10:00:00,[1, 2]\n"
    "olena@example.ua,product_viewed,2025-03-04T10:00:00,{not json}\n"
    ",product_viewed,2025-03-04T10:00:00,{}\n"
)


def test_events_are_stored_as_imported_history(service, tmp_path):
    with service.engine.begin() as conn:
        conn.execute(Contact.__table__.insert().values(
            email="olena@example.ua", accepts_email_marketing=True, fields={},
            created_at=NOW, updated_at=NOW))
    report = run_import(service.engine, events=write(tmp_path / "events.csv", EVENTS), now=NOW)

    assert report["events"]["created"] == 3
    assert [(r["line"], r["reason"].split(":")[0]) for r in report["events"]["rejected"]] == [
        (5, "at"), (6, "properties"), (7, "properties"), (8, "email")]
    assert report["events"]["rejected"][2]["reason"] == (
        "properties: '{not json}' is not valid JSON (write an object like {\"sku\": \"A1\"}, "
        "or leave it empty)")
    stored = events(service.engine)
    # A time without an offset is in the shop's zone (Europe/Kyiv, UTC+2 in March).
    assert stored[0].at == datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    assert stored[0].properties == {"sku": "TEA-1"}
    assert stored[2].at == datetime(2025, 3, 3, 11, 30, tzinfo=UTC)
    assert all(e.source == "import" and e.dedupe_key for e in stored)
    found = contacts(service.engine)
    visitor = found["new.visitor@example.com"]
    assert visitor.accepts_email_marketing is False
    assert visitor.created_at == datetime(2025, 3, 3, 11, 30, tzinfo=UTC)
    assert found["olena@example.ua"].accepts_email_marketing is True
    assert stored[0].contact_id == found["olena@example.ua"].id


def test_reimporting_events_does_not_duplicate_them(service, tmp_path):
    path = write(tmp_path / "events.csv", EVENTS)
    run_import(service.engine, events=path, now=NOW)
    again = run_import(service.engine, events=path, now=NOW)

    assert again["events"]["created"] == 0
    assert len(events(service.engine)) == 3


def test_events_file_needs_its_columns(service, tmp_path):
    path = write(tmp_path / "events.csv", "mail,what,when\na@example.com,x,2025-01-01\n")
    with pytest.raises(UserError) as caught:
        run_import(service.engine, events=path, now=NOW)
    assert '"email", "event", "at"' in caught.value.message


def test_events_file_that_is_binary_reads_well(service, tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(UserError) as caught:
        run_import(service.engine, events=path, now=NOW)
    assert caught.value.message.endswith("expected an events CSV file")


@pytest.mark.parametrize(("option", "hint"), [
    ("emial=E-mail", "The mapping names a field 'emial': did you mean email=E-mail?"),
    ("emial=Mail", "Name the column that holds the email with --contacts-mapping email=COLUMN"),
    (None, "Name the column that holds the email with --contacts-mapping email=COLUMN"),
])
def test_a_contact_list_without_an_email_column_says_what_to_do(service, tmp_path, option, hint):
    path = write(tmp_path / "list.csv", "E-mail,Vorname\nmila@example.bg,Мила\n")
    mapping = parse_mapping(option) if option else None
    with pytest.raises(UserError) as caught:
        run_import(service.engine, contacts=path, contacts_mapping=mapping, now=NOW)
    message = caught.value.message
    which = " for this mapping" if option else ""
    assert f"is not a contacts file{which}: missing column 'email' for email" in message
    assert message.endswith(hint)
    assert contacts(service.engine) == {}
