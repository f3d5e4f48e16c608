"""Every recipe's emails survive the editor: opened and left alone, or re-written by it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from runtime.catalog import get
from runtime.email_text import plain_text_from_html
from runtime.templates import render_email
from studio.nodes.editors import editor_for
from studio.nodes.email_html import same_markup
from studio.nodes.template_editor import sample_context

RECIPES = Path(__file__).resolve().parents[2] / "recipes"


def recipe_emails() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(RECIPES.glob("*.json")):
        for node in json.loads(path.read_text(encoding="utf-8"))["nodes"]:
            template = node.get("params", {}).get("template")
            if template:
                found.append((f"{path.stem}:{node['id'][:8]}", template))
    return found


EMAILS = recipe_emails()


def shown(html: str) -> str:
    """HTML up to the white space a mail client collapses (between tags, after a <br>)."""
    return re.sub(r"(>|<br>) +", r"\1", " ".join(html.split()))


def test_recipes_have_emails():
    assert len(EMAILS) >= 15


@pytest.fixture(scope="module")
def editor(qapp):
    widget = editor_for(get("action.send_email").param("template"), "action.send_email")
    yield widget
    widget.deleteLater()


@pytest.mark.parametrize("template", [t for _n, t in EMAILS], ids=[n for n, _t in EMAILS])
def test_recipe_email_round_trips(editor, template):
    editor.set_value(template)
    assert editor.value() == template  # opened, nothing changed: stored as it was
    assert editor.faithful_note.isHidden() and editor.tabs.currentIndex() == 0
    assert not editor.own_text.isChecked()  # its text is the email without formatting
    # As if every field had been edited: the editor writes the HTML itself.
    editor._body_dirty = editor._subject_dirty = True
    rewritten = editor.value()
    assert rewritten["subject"] == template["subject"]
    assert same_markup(rewritten["html"], template["html"])
    assert rewritten["text"] == plain_text_from_html(template["html"]) == template["text"]
    context = sample_context("Свічки Олени")
    before, after = render_email(template, context), render_email(rewritten, context)
    assert shown(after.html) == shown(before.html)
    assert (after.subject, after.text) == (before.subject, before.text)
