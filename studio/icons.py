"""The SVG icons in icons/ and the family colours: one place for every widget that draws them.

The files draw with currentColor, which Qt renders black, so the colour is substituted in the
SVG text before rendering; a missing or broken file gives no icon, never an error.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

ICONS = Path(__file__).resolve().parent.parent / "icons"
FAMILY_COLORS = {"trigger": "#2563EB", "wait": "#D97706", "condition": "#7C3AED",
                 "action": "#059669"}
UNKNOWN_FAMILY_COLOR = "#6B7280"  # a kind this build does not know: grey, never a crash


@lru_cache(maxsize=256)
def svg_renderer(name: str, colour: str) -> QSvgRenderer | None:
    """A renderer for icons/<name>.svg drawn in `colour`, or None without a usable file."""
    path = ICONS / f"{name}.svg"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        log.debug("icon %s not found", path)
        return None
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode("utf-8")))
    return renderer if renderer.isValid() else None


@lru_cache(maxsize=512)
def pixmap(name: str, size: int = 24, colour: str = "#374151") -> QPixmap:
    """The icon `name` drawn at `size` px in `colour`; an empty pixmap if there is no file."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = svg_renderer(name, colour)
    if renderer is not None:
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return QPixmap.fromImage(image)


def text_colour() -> str:
    """The palette's text colour, so icons follow light and dark themes."""
    from PySide6.QtGui import QGuiApplication, QPalette

    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def icon(name: str, colour: str | None = None) -> QIcon:
    return _icon(name, colour or text_colour())


@lru_cache(maxsize=256)
def _icon(name: str, colour: str) -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(pixmap(name, size, colour))
    return result
