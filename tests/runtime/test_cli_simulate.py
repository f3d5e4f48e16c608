"""`main.py simulate` and `main.py validate` as a newcomer runs them."""

from __future__ import annotations

import json
from pathlib import Path

from main import main
from tests.runtime.builders import add_contact, add_order

RECIPE = Path(__file__).resolve().parents[2] / "recipes" / "first-purchase-coupon.json"


def test_simulate_writes_the_report(service, tmp_path, capsys):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_order(conn, olena, "2025-03-01 12:00")
        ivan = add_contact(conn, "ivan@example.bg", consent=False)
        add_order(conn, ivan, "2025-03-02 12:00")
    report_path = tmp_path / "report.json"
    code = main(["simulate", str(RECIPE), "--from", "2025-01-01", "--to", "2025-12-31",
                 "--tz", "Europe/Sofia", "--report", str(report_path)])
    assert code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert set(report) == {"flow", "from", "to", "tz", "summary", "actions", "skipped"}
    assert report["from"] == "2025-01-01T00:00:00+02:00" and report["tz"] == "Europe/Sofia"
    assert report["summary"]["enrollments"] == 2
    assert report["summary"]["nodes"]["trigger"] == {"entered": 2}
    # Ivan has no consent: neither the coupon nor the email that would carry it.
    assert report["summary"]["skipped"] == {"no_consent": 2}
    email = [a for a in report["actions"] if a["kind"] == "action.send_email"]
    assert [(a["contact"], a["at"]) for a in email] == [
        ("olena@example.ua", "2025-03-01T13:00:00+02:00")]
    assert email[0]["subject"] == "Thank you for your first order, Олена!"
    assert email[0]["coupon"].startswith("WELCOME-")
    assert "1 enrollments" not in capsys.readouterr().err  # the summary counts both


def test_simulate_to_stdout_and_bad_input(service, capsys):
    assert main(["simulate", str(RECIPE), "--from", "2025-01-01", "--to", "2025-02-01"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["enrollments"] == 0
    assert main(["simulate", str(RECIPE), "--from", "2025-01-01", "--to", "2025-02-01",
                 "--tz", "Mars/Olympus"]) == 2
    err = capsys.readouterr().err
    assert "Mars/Olympus" in err and "Traceback" not in err
    assert main(["simulate", str(RECIPE), "--from", "yesterday", "--to", "2025-02-01"]) == 2
    assert "--from" in capsys.readouterr().err


def test_simulate_refuses_a_broken_flow(service, tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "nodes": [{"id": "a", "kind": "action.add_tag", '
                      '"params": {"tag": ""}}], "edges": []}', encoding="utf-8")
    assert main(["simulate", str(broken), "--from", "2025-01-01", "--to", "2025-02-01"]) == 1
    err = capsys.readouterr().err
    assert "no trigger" in err and "a: " in err


def test_reports_are_json_with_one_action_per_line():
    import io
    import json

    from runtime.cli import print_json

    report = {"flow": "Дякуємо", "summary": {"enrollments": 2, "nodes": {}},
              "actions": [{"contact": "олена@example.ua", "coupon": None},
                          {"contact": "ivan@example.bg", "coupon": "THX-1"}],
              "skipped": []}
    out = io.StringIO()
    print_json(report, out)
    text = out.getvalue()
    assert json.loads(text) == report
    lines = text.splitlines()
    assert '    {"contact": "олена@example.ua", "coupon": null},' in lines
    assert '  "skipped": []' in lines and lines[-1] == "}"
