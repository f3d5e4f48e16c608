"""`main.py recipes list`: the recipe library as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from runtime.cli import command, print_json
from runtime.recipes import list_recipes


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["list"], help="what to do with the library")
    p.add_argument("--format", choices=["table", "json"], default="table")


@command("recipes", "the library of ready-made flows: `recipes list`", _args)
def recipes_cmd(args: argparse.Namespace) -> int:
    recipes, problems = list_recipes()
    if args.format == "json":
        print_json([{"slug": r.slug, "title": r.title, "category": r.category,
                     "file": str(r.path)} for r in recipes])
    else:
        width = max((len(r.slug) for r in recipes), default=4)
        for r in recipes:
            print(f"{r.slug:<{width}}  {r.title}  ({r.category})")
    for message in problems:
        sys.stderr.write(f"warning: {message}\n")
    return 0
