"""The recipe gallery: a card per recipe, a drawn preview, a category filter, broken files shown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from runtime.flowfile import load_flow
from studio.recipe_gallery import FAMILY_COLORS, RecipeGallery, draw_preview, step_list

RECIPES = Path(__file__).resolve().parents[2] / "recipes"


@pytest.fixture
def recipes(tmp_path) -> Path:
    folder = tmp_path / "recipes"
    shutil.copytree(RECIPES, folder)
    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    return folder


def test_every_recipe_is_a_card(qtbot):
    gallery = RecipeGallery(RECIPES)
    qtbot.addWidget(gallery)
    files = sorted(RECIPES.glob("*.json"))
    assert sorted(card.path for card in gallery.cards) == files
    for card in gallery.cards:
        flow = load_flow(card.path)
        assert card.error is None and card.button is not None
        assert not card.preview.pixmap().isNull()
        texts = [label.text() for label in card.findChildren(type(card.preview))]
        assert flow.name in texts and flow.description in texts


def test_use_this_recipe_emits_its_path(qtbot):
    gallery = RecipeGallery(RECIPES)
    qtbot.addWidget(gallery)
    gallery.show()
    card = gallery.cards[0]
    with qtbot.waitSignal(gallery.recipeChosen, timeout=1000) as chosen:
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert chosen.args == [card.path]
    gallery.close()


def test_a_broken_recipe_shows_its_error_on_its_card(qtbot, recipes):
    gallery = RecipeGallery(recipes)
    qtbot.addWidget(gallery)
    broken = next(card for card in gallery.cards if card.path.name == "broken.json")
    assert broken.button is None and "not valid JSON" in broken.error
    shown = [label.text() for label in broken.findChildren(type(broken.preview))]
    assert broken.error in shown
    assert gallery.cards[-1] is broken  # working recipes come first
    assert sum(card.error is None for card in gallery.cards) == len(list(RECIPES.glob("*.json")))


def test_category_filter(qtbot, recipes):
    gallery = RecipeGallery(recipes)
    qtbot.addWidget(gallery)
    gallery.show()
    categories = [gallery.category_box.itemData(i) for i in range(gallery.category_box.count())]
    expected = sorted({load_flow(path).category for path in RECIPES.glob("*.json")})
    assert categories == [None, *expected]
    wanted = categories[1]
    gallery.category_box.setCurrentIndex(1)
    visible = [card for card in gallery.cards if card.isVisible()]
    assert visible and all(card.category == wanted for card in visible)
    gallery.category_box.setCurrentIndex(0)
    assert all(card.isVisible() for card in gallery.cards)
    gallery.close()


def test_preview_paints_family_colours(qtbot):
    flow = load_flow(RECIPES / "first-purchase-coupon.json")
    image = draw_preview(flow, 300, 110).toImage()
    colours = {image.pixelColor(x, y).name().upper()
               for x in range(0, 300, 2) for y in range(0, 110, 2)}
    for family in ("trigger", "wait", "action"):
        assert QColor(FAMILY_COLORS[family]).name().upper() in colours, family
    assert step_list(flow).startswith("Order placed → Wait")


def test_recipe_file_contents_are_not_trusted_as_markup(qtbot, tmp_path):
    doc = json.loads((RECIPES / "first-purchase-coupon.json").read_text(encoding="utf-8"))
    doc["name"] = "<b>Bold</b> & <i>odd</i>"
    (tmp_path / "odd.json").write_text(json.dumps(doc), encoding="utf-8")
    gallery = RecipeGallery(tmp_path)
    qtbot.addWidget(gallery)
    labels = gallery.cards[0].findChildren(type(gallery.cards[0].preview))
    title = next(label for label in labels if label.text() == doc["name"])
    assert title.textFormat() == Qt.TextFormat.PlainText


def test_the_gallery_has_a_close_button_and_esc_closes_it_too(qtbot):
    from PySide6.QtCore import Qt

    for close in (lambda g: qtbot.mouseClick(g.close_button, Qt.MouseButton.LeftButton),
                  lambda g: qtbot.keyClick(g, Qt.Key.Key_Escape)):
        gallery = RecipeGallery(RECIPES)
        qtbot.addWidget(gallery)
        gallery.show()
        gallery.activateWindow()
        qtbot.waitActive(gallery)  # keys reach the active window
        button = gallery.close_button
        assert button.isVisible() and button.text().replace("&", "") == "Close"
        close(gallery)
        assert not gallery.isVisible()
