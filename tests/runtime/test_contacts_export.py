"""`boomerang contacts`: the JSON and CSV export through the real command-line entry."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert

import main
from runtime.db.models import Contact, ContactTag, LedgerEntry, Order

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def shop(service):
    """Three contacts: a Ukrainian customer with orders, points and tags, a Spanish one who
    never ordered, and one whose currency comes from their orders."""
    with service.engine.begin() as conn:
        def contact(**values):
            values.setdefault("created_at", NOW - timedelta(days=500))
            return conn.execute(
                insert(Contact).values(updated_at=NOW, **values).returning(Contact.id)
            ).scalar_one()

        olena = contact(email="olena@example.com", first_name="Олена", last_name="Коваленко",
                        accepts_email_marketing=True, currency="UAH",
                        fields={"розмір": "M", "note": "likes \"quotes\", commas"})
        jose = contact(email="jose@example.com", first_name="José", last_name="Núñez 🎉")
        lin = contact(email="lin@example.com", first_name="Lin", last_name=None)
        conn.execute(insert(ContactTag), [
            {"contact_id": olena, "tag": "vip", "added_at": NOW},
            {"contact_id": olena, "tag": "опт", "added_at": NOW},
        ])
        first = datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)
        def order(key, contact_id, at, total, refunded="0", currency=None, purchase=True):
            conn.execute(insert(Order).values(
                key=key, contact_id=contact_id, created_at=at, total=Decimal(total),
                refunded=Decimal(refunded), currency=currency, is_purchase=purchase,
            ))

        order("1", olena, first, "1000.25", currency="UAH")
        order("2", olena, NOW - timedelta(days=3), "300", refunded="49.75", currency="UAH")
        order("3", olena, NOW - timedelta(days=1), "9999", purchase=False)  # cancelled
        order("4", lin, NOW - timedelta(days=200), "15", currency="EUR")
        conn.execute(insert(LedgerEntry), [
            # executemany takes its columns from the first row: every row names expires_at.
            {"contact_id": olena, "account": "points", "delta": 500, "at": first,
             "expires_at": None},
            {"contact_id": olena, "account": "points", "delta": 1000, "at": first,
             "expires_at": NOW - timedelta(days=1)},
            {"contact_id": jose, "account": "points", "delta": 1500, "at": first,
             "expires_at": None},
        ])
    return {"olena": olena, "jose": jose, "lin": lin}


def test_json_export_has_every_fact(shop, capsys):
    assert main.main(["contacts"]) == 0
    rows = {row["email"]: row for row in json.loads(capsys.readouterr().out)}
    assert list(rows) == ["olena@example.com", "jose@example.com", "lin@example.com"]
    olena = rows["olena@example.com"]
    assert olena == {
        "email": "olena@example.com",
        "first_name": "Олена",
        "last_name": "Коваленко",
        "accepts_email_marketing": True,
        "tags": ["vip", "опт"],
        "orders_count": 2,
        "total_spent": "1250.50",
        "currency": "UAH",
        "first_order_at": "2023-01-02T03:04:05Z",
        "last_order_at": (NOW - timedelta(days=3)).isoformat().replace("+00:00", "Z"),
        # Two purchasers: Olena is the more recent, with more orders and more spend.
        "rfm": "222",
        "points": 500,
        "tier": "Silver",
        "fields": {"розмір": "M", "note": 'likes "quotes", commas'},
    }
    jose = rows["jose@example.com"]
    assert (jose["orders_count"], jose["total_spent"], jose["rfm"]) == (0, "0.00", None)
    assert (jose["first_order_at"], jose["last_order_at"]) == (None, None)
    assert (jose["points"], jose["tier"], jose["tags"], jose["fields"]) == (1500, "Gold", [], {})
    # No contact or order currency: the shop's (the workspace fixture sets UAH).
    assert jose["currency"] == "UAH"
    assert jose["last_name"] == "Núñez 🎉"
    lin = rows["lin@example.com"]
    assert (lin["currency"], lin["rfm"], lin["last_name"]) == ("EUR", "111", None)


def test_csv_export_round_trips_unicode(shop, tmp_path, capsys):
    target = tmp_path / "out" / "contacts.csv"
    target.parent.mkdir()
    assert main.main(["contacts", "--format", "csv", "--output", str(target)]) == 0
    assert "exported 3 contacts" in capsys.readouterr().err
    assert not list(target.parent.glob("*.partial"))
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["email"] for row in rows] == [
        "olena@example.com", "jose@example.com", "lin@example.com"]
    olena, jose, lin = rows
    assert (olena["first_name"], olena["last_name"]) == ("Олена", "Коваленко")
    assert olena["tags"] == "vip, опт"
    assert olena["total_spent"] == "1250.50" and olena["orders_count"] == "2"
    assert olena["accepts_email_marketing"] == "true"
    assert (olena["rfm"], olena["points"], olena["tier"]) == ("222", "500", "Silver")
    assert olena["first_order_at"] == "2023-01-02T03:04:05Z"
    assert json.loads(olena["fields"]) == {"розмір": "M", "note": 'likes "quotes", commas'}
    assert jose["last_name"] == "Núñez 🎉"
    assert (jose["rfm"], jose["first_order_at"], jose["tags"]) == ("", "", "")
    assert jose["accepts_email_marketing"] == "false"
    assert lin["currency"] == "EUR" and lin["last_name"] == ""


def test_csv_to_stdout_through_a_real_process(shop, workspace):
    env = dict(os.environ, BOOMERANG_HOME=str(workspace.root), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "main.py", "contacts", "--format", "csv"],
        cwd=ROOT, env=env, capture_output=True, check=True,
    )
    text = done.stdout.decode("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert text.splitlines()[0].startswith("email,first_name,last_name,accepts_email_marketing")
    assert [row["first_name"] for row in rows] == ["Олена", "José", "Lin"]
    assert rows[0]["tier"] == "Silver"


def test_empty_workspace_exports_an_empty_list(service, capsys):
    assert main.main(["contacts"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main.main(["contacts", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "email,first_name,last_name,accepts_email_marketing,tags,orders_count,total_spent,"
        "currency,first_order_at,last_order_at,rfm,points,tier,fields"
    ]


def test_unwritable_output_is_a_user_error(shop, tmp_path, capsys):
    target = tmp_path / "missing" / "contacts.json"
    assert main.main(["contacts", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write") and str(target) in err
    assert not target.parent.exists()


def test_broken_tier_settings_are_a_user_error(shop, workspace, capsys):
    workspace.save_settings({"tiers": [["Gold"]]})
    assert main.main(["contacts"]) == 2
    assert 'settings "tiers"' in capsys.readouterr().err


def test_export_of_many_contacts_is_batched(service, capsys):
    with service.engine.begin() as conn:
        conn.execute(insert(Contact), [
            {"email": f"c{k:04d}@example.com", "created_at": NOW, "updated_at": NOW}
            for k in range(1203)
        ])
        # Buyers on both sides of every page boundary (pages hold 500), each with k+1 orders.
        buyers = [0, 498, 499, 500, 999, 1000, 1202]
        conn.execute(insert(Order), [
            {"key": f"{k}-{j}", "contact_id": k + 1, "created_at": NOW - timedelta(days=j + 1),
             "total": Decimal("10.5"), "refunded": Decimal(0)}
            for k in buyers for j in range(k % 7 + 1)
        ])
    assert main.main(["contacts"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1203
    assert rows[0]["email"] == "c0000@example.com" and rows[-1]["email"] == "c1202@example.com"
    counts = {k: row["orders_count"] for k, row in enumerate(rows) if row["orders_count"]}
    assert counts == {k: k % 7 + 1 for k in buyers}
    assert rows[1000]["total_spent"] == f"{Decimal('10.5') * (1000 % 7 + 1):.2f}"
    assert all(row["rfm"] is None for k, row in enumerate(rows) if k not in buyers)
