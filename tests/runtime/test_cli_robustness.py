"""The command line in the situations a shop owner meets: `| head`, a broken workspace, typos."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "recipes" / "first-purchase-coupon.json"


@pytest.mark.parametrize("argv", [
    ["recipes", "list", "--format", "json"],
    ["simulate", str(RECIPE), "--from", "2025-01-01", "--to", "2025-02-01"],
])
def test_a_reader_that_stops_early_is_not_an_error(workspace, argv):
    # The reading end is closed before the command writes: every write meets a broken pipe.
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = dict(os.environ, BOOMERANG_HOME=str(workspace.root))
    # As a shop owner's shell runs it: stdout buffered, written at the end.
    env.pop("PYTHONUNBUFFERED", None)
    try:
        done = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, env=env,
                              stdout=write_end, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr


def test_a_workspace_path_that_is_a_file_is_named(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BOOMERANG_HOME", str(home))
    assert main(["contacts"]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: the workspace folder {home} is a file, not a folder: move the file "
                   f"away, or set BOOMERANG_HOME to a folder (it is created if missing)\n")


def test_a_database_that_is_not_one_is_named_and_left_alone(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    home.mkdir()
    database = home / "boomerang.db"
    database.write_bytes(b"these are my notes, not a database" * 200)
    monkeypatch.setenv("BOOMERANG_HOME", str(home))
    for argv in (["contacts"], ["import", "--orders", str(database)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"error: cannot open the database {database}: file is not a "
                              f"database. If it is not a Boomerang database, move it away")
    assert database.read_bytes() == b"these are my notes, not a database" * 200


def test_a_blank_time_zone_is_refused(workspace, capsys):
    code = main(["simulate", str(RECIPE), "--from", "2025-01-01", "--to", "2025-02-01",
                 "--tz", " "])
    assert code == 2
    assert "--tz: give a time zone name like Europe/Kyiv" in capsys.readouterr().err


def test_validate_names_whole_flow_problems_as_the_simulation_does(tmp_path, capsys):
    flow = tmp_path / "flow.json"
    flow.write_text('{"schema_version": 1, "nodes": [{"id": "a", "kind": "action.add_tag", '
                    '"params": {"tag": "vip"}}], "edges": []}', encoding="utf-8")
    assert main(["validate", str(flow)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("flow: ") and "no trigger" in out


def test_a_database_of_a_newer_boomerang_is_named(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("BOOMERANG_HOME", str(home))
    assert main(["contacts"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(home / "boomerang.db")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert main(["contacts"]) == 2
    assert capsys.readouterr().err == (f"error: the database {home / 'boomerang.db'} was last "
                                       f"used by a newer Boomerang (schema 9999): update "
                                       f"Boomerang to open it\n")


@pytest.mark.parametrize(("url", "reason"), [
    ("postgresql://bob:s3cret@db.example/shop?password=s3cret", "its driver is not installed"),
    ("postgresql+nosuchdriver://bob:s3cret@db.example/shop?password=s3cret",
     "there is no such kind of database"),
    ("not a url s3cret", "it is not a database address"),
    ("postgresql://bob:s3cret@db.example:port/shop", "it is not a database address"),
])
def test_a_database_address_that_cannot_be_used_never_shows_its_password(workspace, capsys, url,
                                                                          reason):
    workspace.save_settings({"database_url": url})
    assert main(["contacts"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the database address in the workspace settings "
                          "(database_url) cannot be used: ")
    assert reason in err and "s3cret" not in err and "Traceback" not in err
