"""`main.py recipes list` lists every recipe with its slug, title and category."""

from __future__ import annotations

import json

from main import main
from runtime.recipes import RECIPES, list_recipes


def test_recipes_list_table_and_json(capsys):
    assert main(["recipes", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(list(RECIPES.glob("*.json")))
    assert any(line.startswith("first-purchase-coupon ") and "Coupon after the first purchase"
               in line for line in lines)
    assert main(["recipes", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["slug"] for r in listed} == {p.stem for p in RECIPES.glob("*.json")}
    assert all(r["title"] and r["category"] for r in listed)


def test_a_broken_recipe_file_is_reported_not_fatal(tmp_path):
    (tmp_path / "good.json").write_text((RECIPES / "first-purchase-coupon.json").read_text(
        encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{ nope", encoding="utf-8")
    recipes, problems = list_recipes(tmp_path)
    assert [r.slug for r in recipes] == ["good"]
    assert len(problems) == 1 and "bad.json" in problems[0] and "line 1" in problems[0]
