"""Unusable files are refused before anything is written, and an import is one transaction."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from runtime.cli import run as run_cli
from runtime.db.models import Contact
from runtime.errors import UserError
from runtime.importers import run_import

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
TABLES = ("contacts", "contact_tags", "products", "orders", "line_items", "events")


def snapshot(engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {name: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {name}"))), key=repr)
                for name in TABLES}


def emails(engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(Contact.email)).scalars())


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is empty"),
    (b"  \r\n\r\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    ("Ім'я,Прізвище,Пошта\nОлена,Коваленко,o@example.ua\n".encode("cp1251"), "not UTF-8"),
    (b"\xef\xbb\xbf\r\n", "is empty"),
    (b"Name,Email,Financial Status\n#1,a@example.com,paid\n",
     'missing columns "First Name", "Last Name", "Accepts Email Marketing" (or "Accepts '
     'Marketing"); found Name, Email, Financial Status'),
    (b"just some words\nand more words\n", 'none of the expected columns ("First Name", "Last '
     'Name", "Email", "Accepts Email Marketing" (or "Accepts Marketing")) were found'),
    ("Customer ID;First Name;Last Name;Email\n1;Олена;Коваленко;o@example.ua\n".encode(),
     "separated by semicolons (;), not commas; save it again as 'CSV UTF-8 (comma delimited)'"),
    (b"Customer ID\tFirst Name\tEmail\n", "separated by tabs"),
])
def test_unusable_customer_file_is_refused_and_nothing_is_imported(service, tmp_path, content,
                                                                     expected):
    bad = tmp_path / "customers.csv"
    bad.write_bytes(content)
    with pytest.raises(UserError) as caught:
        # The order file is fine, but nothing may be imported when another file is unusable.
        run_import(service.engine, customers=bad, orders=DATA / "shopify_orders.csv", now=NOW)

    assert str(bad) in caught.value.message
    assert expected in caught.value.message
    assert caught.value.exit_code == 2
    assert emails(service.engine) == []


def test_wrong_order_file_names_the_expected_columns(service):
    with pytest.raises(UserError) as caught:
        run_import(service.engine, customers=DATA / "shopify_customers.csv",
                   orders=DATA / "shopify_customers.csv", now=NOW)

    message = caught.value.message
    assert "shopify_customers.csv is not a Shopify order export" in message
    assert '"Lineitem quantity"' in message and '"Created at"' in message
    assert emails(service.engine) == []


def test_missing_file_is_a_user_error(service, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        run_import(service.engine, orders=tmp_path / "nope.csv", now=NOW)


def count_statements(engine, action) -> int:
    seen = []

    def count(*_args):
        seen.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_a_failure_at_any_statement_leaves_the_database_as_it_was(service, tmp_path):
    engine = service.engine
    run_import(engine, customers=DATA / "shopify_customers_legacy.csv", now=NOW)
    events = tmp_path / "events.csv"
    events.write_text("email,event,at,properties\nnew@example.com,viewed,2025-01-01T10:00,{}\n",
                      encoding="utf-8")
    files = {"customers": DATA / "shopify_customers.csv", "orders": DATA / "shopify_orders.csv",
             "contacts": DATA / "shopify_customers_legacy.csv", "events": events}
    before = snapshot(engine)

    # Count the statements of a full run on a copy, then fail at each of them in turn.
    other = tmp_path / "copy"
    other.mkdir()
    from runtime.db.database import open_database

    copy = open_database(f"sqlite:///{other / 'copy.db'}")
    run_import(copy, customers=DATA / "shopify_customers_legacy.csv", now=NOW)
    total = count_statements(copy, lambda: run_import(copy, now=NOW, **files))
    copy.dispose()
    assert total > 10

    for failing in range(total):
        calls = []

        def fail(*_args, failing=failing, calls=calls):
            calls.append(1)
            if len(calls) == failing + 1:
                raise RuntimeError("disk full")

        event.listen(engine, "before_cursor_execute", fail)
        try:
            with pytest.raises(RuntimeError, match="disk full"):
                run_import(engine, now=NOW, **files)
        finally:
            event.remove(engine, "before_cursor_execute", fail)
        assert snapshot(engine) == before, f"statement {failing} left changes"


def test_cli_prints_the_report_as_json(workspace, capsys):
    code = run_cli(["import", "--customers", str(DATA / "shopify_customers.csv"),
                    "--orders", str(DATA / "shopify_orders_bad_rows.csv")])

    assert code == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    assert list(report) == ["customers", "orders", "line_items"]
    assert report["customers"]["created"] == 4
    assert report["orders"]["created"] == 1 and len(report["orders"]["rejected"]) == 6
    assert report["line_items"] == 1
    # Reasons quote the cells as written, not as \u escapes.
    assert "'сто гривень'" in out


def test_cli_contacts_mapping_and_events(workspace, capsys, tmp_path):
    contacts = tmp_path / "liste.csv"
    contacts.write_text("E-Mail,Vorname\njonas@example.de,Jonas\n", encoding="utf-8")
    events = tmp_path / "events.csv"
    events.write_text("email,event,at,properties\njonas@example.de,viewed,2025-01-01T10:00,\n",
                      encoding="utf-8")
    code = run_cli(["import", "--contacts", str(contacts),
                    "--contacts-mapping", "email=E-Mail,first_name=Vorname",
                    "--events", str(events)])

    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["contacts"] == {"created": 1, "updated": 0, "rejected": []}
    assert report["events"] == {"created": 1, "updated": 0, "rejected": []}


def test_cli_refuses_an_unusable_file_with_exit_code_2(workspace, capsys, tmp_path):
    bad = tmp_path / "orders.csv"
    bad.write_bytes(b"\x00\x01\x02garbage")
    code = run_cli(["import", "--orders", str(bad)])

    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert "orders.csv" in captured.err and "Traceback" not in captured.err


def test_cli_needs_a_file(workspace, capsys):
    assert run_cli(["import"]) == 2
    assert "nothing to import" in capsys.readouterr().err
