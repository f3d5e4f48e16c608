"""Every recipe in recipes/ loads, validates and runs through a backtest."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.flowfile import dumps, load_flow
from runtime.simulate import run_backtest
from runtime.validation import validate
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_order, at

RECIPES = sorted((Path(__file__).resolve().parents[2] / "recipes").glob("*.json"))


def test_there_are_recipes():
    assert len(RECIPES) >= 2


@pytest.mark.parametrize("path", RECIPES, ids=lambda p: p.stem)
def test_recipe_loads_validates_and_is_saved_canonically(path):
    flow = load_flow(path)
    assert validate(flow) == []
    assert flow.name and flow.category and len(flow.description) > 80
    # Files are written by save_flow: sorted keys, stable order, so diffs stay readable.
    assert path.read_text(encoding="utf-8") == dumps(flow)


@pytest.mark.parametrize("path", RECIPES, ids=lambda p: p.stem)
def test_recipe_backtests_on_a_small_shop(service, path):
    with service.engine.begin() as conn:
        for i in range(5):
            c = add_contact(conn, f"c{i}@example.com", first_name=f"Ім'я {i}")
            add_order(conn, c, f"2024-0{i + 1}-10 12:00")
            add_order(conn, c, f"2025-0{i + 1}-12 12:00")
            newcomer = add_contact(conn, f"new{i}@example.com", created="2025-01-01 00:00")
            add_order(conn, newcomer, f"2025-0{i + 2}-03 09:30")
    report = run_backtest(service.engine, load_flow(path), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    # Runs on any shop without an error; what it does is each recipe's scenario test
    # (tests/runtime/recipes/), since tag- or event-triggered recipes enrol no one here.
    assert set(report) == {"flow", "from", "to", "tz", "summary", "actions", "skipped"}
    assert report["summary"]["nodes"].keys() == {n for n in load_flow(path).nodes()}
