"""The main window opens on a workspace and lists its flows and the recipe library."""

from __future__ import annotations

from datetime import UTC, datetime

from runtime import flows_store
from runtime.flowfile import load_flow
from studio.main_window import RECIPES, MainWindow


def test_main_window_lists_flows_and_recipes(qtbot, service):
    recipe = load_flow(sorted(RECIPES.glob("*.json"))[0])
    with service.engine.begin() as conn:
        flows_store.save_draft(conn, recipe, datetime(2025, 1, 1, tzinfo=UTC))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    flows, recipes = window.flows_list, window.recipes_list
    texts = [flows.item(i).text() for i in range(flows.count())]
    assert texts == [f"{recipe.name} — draft"]
    recipe_texts = [recipes.item(i).text() for i in range(recipes.count())]
    assert len(recipe_texts) == len(list(RECIPES.glob("*.json")))
    assert "0 contacts" in window.statusBar().currentMessage()
