"""Shopify customer exports: both header generations, Unicode, consent, tags, metafields, upsert."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from runtime.db.models import Contact, ContactTag
from runtime.importers import run_import

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)


def contacts(engine) -> dict[str, Contact]:
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        return {c.email: c for c in session.scalars(select(Contact))}


def tags_of(engine, email: str) -> set[str]:
    with engine.connect() as conn:
        query = (select(ContactTag.tag).join(Contact, Contact.id == ContactTag.contact_id)
                 .where(Contact.email == email))
        return set(conn.execute(query).scalars())


def write_customers(path: Path, rows: list[dict[str, str]]) -> Path:
    header = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
              "Accepts SMS Marketing", "Phone", "Tags"]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, header, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_current_export_creates_contacts_and_reports_bad_rows_by_physical_line(service):
    report = run_import(service.engine, customers=DATA / "shopify_customers.csv", now=NOW)

    section = report["customers"]
    assert section["created"] == 4
    assert section["updated"] == 0
    # Notes with embedded line breaks push later records down: lines are physical file lines.
    assert [r["line"] for r in section["rejected"]] == [9, 10, 11]
    reasons = [r["reason"] for r in section["rejected"]]
    assert reasons[0].startswith("Email:") and "ivan.franko(at)example.ua" in reasons[0]
    assert reasons[1].startswith("Email: missing")
    assert reasons[2].startswith("Birth date (customer.metafields.facts.birth_date):")
    assert report["orders"] == {"created": 0, "updated": 0, "rejected": []}
    assert report["line_items"] == 0


def test_unicode_names_ids_phones_and_emails_are_kept_exactly(service):
    run_import(service.engine, customers=DATA / "shopify_customers.csv", now=NOW)
    found = contacts(service.engine)

    assert set(found) == {"olena.kovalenko@example.ua", "dimitar.petrov@example.bg",
                          "yijun.lin@example.tw", "peter.obrien@example.com"}
    olena = found["olena.kovalenko@example.ua"]
    assert (olena.first_name, olena.last_name) == ("Олена", "Коваленко")
    # The BOM is not part of the first header, and Shopify's apostrophe is not part of the id.
    assert olena.external_id == "7012345678901"
    assert olena.phone == "+380501234567"
    assert (found["dimitar.petrov@example.bg"].first_name, found["dimitar.petrov@example.bg"]
            .last_name) == ("Димитър", "Петров")
    assert (found["yijun.lin@example.tw"].first_name, found["yijun.lin@example.tw"].last_name) \
        == ("怡君", "林")
    assert found["peter.obrien@example.com"].last_name == "O'Brien"


def test_consent_birthday_metafields_and_tags(service):
    run_import(service.engine, customers=DATA / "shopify_customers.csv", now=NOW)
    found = contacts(service.engine)

    olena, yijun = found["olena.kovalenko@example.ua"], found["yijun.lin@example.tw"]
    assert olena.accepts_email_marketing is True
    assert olena.email_consent_at == NOW
    assert olena.accepts_sms_marketing is False
    assert yijun.accepts_sms_marketing is True
    assert found["peter.obrien@example.com"].accepts_email_marketing is False
    assert found["peter.obrien@example.com"].email_consent_at is None
    assert olena.fields == {
        "birth_date": "1988-04-12", "favourite_tea": "Сенча", "city": "Київ",
        "country_code": "UA", "zip": "01001",
        "note": "Любить зелений чай.\nПросила дзвонити після 18:00, не раніше.",
    }
    assert yijun.fields["birth_date"] == "1992-11-03"
    assert yijun.fields["favourite_tea"] == "東方美人"
    assert yijun.fields["note"] == "喜歡烏龍茶，\n每月訂購一次。\n\n不要塑膠袋。"
    assert found["dimitar.petrov@example.bg"].fields == {
        "company": 'ООД "Роза"', "city": "София", "country_code": "BG", "zip": "1000"}
    assert found["peter.obrien@example.com"].fields["note"] == 'He said "call me, maybe" twice'
    assert tags_of(service.engine, "olena.kovalenko@example.ua") == {"VIP", "Kyiv", "newsletter"}
    assert tags_of(service.engine, "yijun.lin@example.tw") == {"VIP", "台灣"}
    # Without a date column (and without orders) a customer is dated by the import.
    assert found["peter.obrien@example.com"].created_at == NOW


def test_older_export_header(service):
    report = run_import(service.engine, customers=DATA / "shopify_customers_legacy.csv", now=NOW)

    assert report["customers"] == {"created": 3, "updated": 0, "rejected": []}
    found = contacts(service.engine)
    assert found["oksana.melnyk@example.ua"].accepts_email_marketing is True
    assert found["georgi.dimitrov@example.bg"].accepts_email_marketing is False
    assert found["zhiming.chen@example.tw"].accepts_email_marketing is True
    assert found["zhiming.chen@example.tw"].first_name == "志明"
    assert found["oksana.melnyk@example.ua"].phone == "+380577001122"
    assert found["oksana.melnyk@example.ua"].fields == {
        "city": "Харків", "province_code": "63", "country_code": "UA", "zip": "61000"}
    assert found["georgi.dimitrov@example.bg"].fields["note"] == "Предпочита\nдоставка до офис"
    assert tags_of(service.engine, "oksana.melnyk@example.ua") == {"newsletter", "Kharkiv"}


@pytest.mark.parametrize(("answer", "expected"), [
    ("yes", True), ("no", False), ("TRUE", True), ("FALSE", False), ("subscribed", True),
    ("unsubscribed", False), ("not_subscribed", False), (" Yes ", True), ("", False),
])
def test_consent_answers(service, tmp_path, answer, expected):
    path = write_customers(tmp_path / "c.csv", [
        {"First Name": "Ana", "Email": "ana@example.com", "Accepts Email Marketing": answer}])
    report = run_import(service.engine, customers=path, now=NOW)

    assert report["customers"]["created"] == 1
    assert contacts(service.engine)["ana@example.com"].accepts_email_marketing is expected


def test_unknown_consent_answer_is_rejected_naming_the_column(service, tmp_path):
    path = write_customers(tmp_path / "c.csv", [
        {"Email": "ana@example.com", "Accepts Email Marketing": "maybe"},
        {"Email": "bo@example.com", "Accepts Email Marketing": "no"},
    ])
    report = run_import(service.engine, customers=path, now=NOW)

    assert report["customers"]["created"] == 1
    assert report["customers"]["rejected"] == [
        {"line": 2, "reason": "Accepts Email Marketing: 'maybe' is not yes or no"}]


def test_reimport_changes_nothing_and_a_changed_row_is_one_update(service, tmp_path):
    first = run_import(service.engine, customers=DATA / "shopify_customers.csv", now=NOW)
    again = run_import(service.engine, customers=DATA / "shopify_customers.csv",
                       now=datetime(2026, 2, 1, tzinfo=UTC))

    assert again["customers"]["created"] == 0
    assert again["customers"]["updated"] == 0
    assert again["customers"]["rejected"] == first["customers"]["rejected"]
    with service.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Contact)).scalar() == 4
        assert conn.execute(select(func.count()).select_from(ContactTag)).scalar() == 6
    assert contacts(service.engine)["peter.obrien@example.com"].created_at == NOW

    text = (DATA / "shopify_customers.csv").read_text(encoding="utf-8-sig")
    changed = tmp_path / "changed.csv"
    changed.write_text(text.replace('"Peter"', '"Pete"'), encoding="utf-8")
    report = run_import(service.engine, customers=changed, now=NOW)
    assert (report["customers"]["created"], report["customers"]["updated"]) == (0, 1)
    assert contacts(service.engine)["peter.obrien@example.com"].first_name == "Pete"


def test_duplicate_tags_and_emails_in_any_case_collapse(service, tmp_path):
    path = write_customers(tmp_path / "c.csv", [
        {"Email": "  Ana@Example.COM ", "Tags": "vip, VIP, vip ,,new", "Phone": "'0501234567"},
    ])
    run_import(service.engine, customers=path, now=NOW)

    assert tags_of(service.engine, "ana@example.com") == {"vip", "VIP", "new"}
    assert contacts(service.engine)["ana@example.com"].phone == "0501234567"
