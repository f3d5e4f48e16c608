"""The icon set in icons/: complete for the catalog, well-formed, and renderable by Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from runtime import catalog

ICONS = Path(__file__).resolve().parents[2] / "icons"
SVG_NS = "{http://www.w3.org/2000/svg}"
BRAND = {"app", "tray", "tray-paused"}  # 64x64, fixed colours; everything else is a 24x24 glyph
UI = (
    "new open save undo redo cut copy paste duplicate delete zoom-in zoom-out zoom-fit "
    "zoom-reset layout validate backtest activate pause import recipe search warning error "
    "info close demo contacts flows"
).split()
ALL_SVGS = sorted(ICONS.glob("*.svg"))


def test_every_catalog_icon_has_a_file():
    missing = sorted({s.icon for s in catalog.all_specs()} - {p.stem for p in ALL_SVGS})
    assert not missing, f"node specs name icons with no file in icons/: {missing}"


def test_family_brand_and_ui_icons_exist():
    wanted = {f"family-{f}" for f in catalog.FAMILIES} | BRAND | set(UI)
    missing = sorted(wanted - {p.stem for p in ALL_SVGS})
    assert not missing, f"missing icons: {missing}"


def test_readme_lists_every_icon():
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    unlisted = [p.name for p in ALL_SVGS if f"`{p.name}`" not in readme]
    assert not unlisted, f"icons/README.md does not describe: {unlisted}"


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.stem)
def test_svg_is_well_formed(path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    view_box = root.get("viewBox")
    assert view_box, "no viewBox"
    assert not list(root.iter(f"{SVG_NS}text")), "icons carry no text"
    if path.stem in BRAND:
        assert view_box.split() == ["0", "0", "64", "64"]
        return
    assert view_box.split() == ["0", "0", "24", "24"]
    assert root.get("stroke") == "currentColor" and root.get("stroke-width") == "2"
    assert root.get("stroke-linecap") == root.get("stroke-linejoin") == "round"
    assert root.get("fill") == "none"
    colours = {el.get(a) for el in root.iter() for a in ("fill", "stroke")} - {None}
    assert colours <= {"none", "currentColor"}, f"glyphs tint via currentColor only: {colours}"


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.stem)
def test_qt_renders_icon_at_24px(qapp, path):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
    # Something is drawn, and it is a glyph rather than a filled square.
    assert 10 < inked < 24 * 24 * 0.8, f"{inked} inked pixels"
