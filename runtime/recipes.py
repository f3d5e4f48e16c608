"""The recipe library: the flow files in recipes/, listed with their titles and categories."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from runtime.errors import UserError
from runtime.flowfile import load_flow

RECIPES = Path(__file__).resolve().parent.parent / "recipes"


@dataclass(frozen=True)
class Recipe:
    slug: str
    title: str
    category: str
    description: str
    path: Path


def list_recipes(folder: Path = RECIPES) -> tuple[list[Recipe], list[str]]:
    """Every readable recipe, by category then title, and a message for each broken file."""
    recipes, problems = [], []
    for path in sorted(folder.glob("*.json")):
        try:
            flow = load_flow(path)
        except UserError as exc:
            problems.append(exc.message)
            continue
        recipes.append(Recipe(path.stem, flow.name, flow.category, flow.description, path))
    recipes.sort(key=lambda r: (r.category, r.title))
    return recipes, problems
