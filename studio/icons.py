"""Loading the SVG icons in icons/, tinted: the files draw with currentColor."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "icons"
FAMILY_COLOURS = {"trigger": "#2563EB", "wait": "#D97706", "condition": "#7C3AED",
                  "action": "#059669"}


@lru_cache(maxsize=512)
def pixmap(name: str, size: int = 24, colour: str = "#374151") -> QPixmap:
    """The icon `name` drawn at `size` px in `colour`; an empty pixmap if there is no file."""
    path = ICONS / f"{name}.svg"
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if path.exists():
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
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
