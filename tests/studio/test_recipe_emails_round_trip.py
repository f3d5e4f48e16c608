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
from studio.nodes.email_html import same_markup, to_html
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


def test_recipes_have_emails_and_most_open_in_the_visual_editor(qapp):
    assert len(EMAILS) >= 15
    widget = editor_for(get("action.send_email").param("template"), "action.send_email")
    visual = 0
    for _name, template in EMAILS:
        widget.set_value(template)
        visual += widget.tabs.currentIndex() == 0
    widget.deleteLater()
    assert visual >= 0.8 * len(EMAILS)


@pytest.fixture(scope="module")
def editor(qapp):
    widget = editor_for(get("action.send_email").param("template"), "action.send_email")
    yield widget
    widget.deleteLater()


@pytest.mark.parametrize("template", [t for _n, t in EMAILS], ids=[n for n, _t in EMAILS])
def test_recipe_email_round_trips(editor, template):
    editor.set_value(template)
    assert editor.value() == template  # opened, nothing changed: stored as it was
    if not same_markup(to_html(editor.body.edit.document()), template["html"]):
        # Template logic around markup (a link only when the product has an address, a loop
        # over picked products) has no visual form: such an email opens as its HTML, said so.
        assert "{%" in template["html"]
        assert not editor.faithful_note.isHidden() and editor.tabs.currentIndex() == 2
        return
    assert editor.faithful_note.isHidden() and editor.tabs.currentIndex() == 0
    # A text that is the email without formatting follows it; one written by hand is kept.
    own = template["text"] != plain_text_from_html(template["html"])
    assert editor.own_text.isChecked() == own
    # As if every field had been edited: the editor writes the HTML itself.
    editor._body_dirty = editor._subject_dirty = True
    rewritten = editor.value()
    assert rewritten["subject"] == template["subject"]
    assert same_markup(rewritten["html"], template["html"])
    assert rewritten["text"] == template["text"]
    assert own or rewritten["text"] == plain_text_from_html(template["html"])
    context = sample_context("Свічки Олени")
    before, after = render_email(template, context), render_email(rewritten, context)
    assert shown(after.html) == shown(before.html)
    assert (after.subject, after.text) == (before.subject, before.text)
