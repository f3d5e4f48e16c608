"""Node visuals shared by the palette, the property panel and the canvas: colours, icons, texts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from runtime.catalog import NodeSpec
from studio.icons import FAMILY_COLORS, svg_renderer

log = logging.getLogger(__name__)


# Muted greys used for secondary text; one place so every form looks the same.
HELP_COLOR = "#6B7280"
ERROR_COLOR = "#B91C1C"


def family_title(family: str) -> str:
    """The plural heading of a family, as the palette groups it."""
    titles = {
        "trigger": QCoreApplication.translate("NodeFamily", "Triggers"),
        "wait": QCoreApplication.translate("NodeFamily", "Waits"),
        "condition": QCoreApplication.translate("NodeFamily", "Conditions"),
        "action": QCoreApplication.translate("NodeFamily", "Actions"),
    }
    return titles.get(family, family)


def family_name(family: str) -> str:
    """The singular name of a family, as a step's header names it."""
    names = {
        "trigger": QCoreApplication.translate("NodeFamily", "Trigger"),
        "wait": QCoreApplication.translate("NodeFamily", "Wait"),
        "condition": QCoreApplication.translate("NodeFamily", "Condition"),
        "action": QCoreApplication.translate("NodeFamily", "Action"),
    }
    return names.get(family, family)


def catalog_text(text: str) -> str:
    """A title, description, help text or message from the runtime catalog, translated.

    The catalog is plain Python without Qt, so its English strings are looked up here, in one
    translation context, when they reach the screen.
    """
    return QCoreApplication.translate("NodeCatalog", text) if text else text


def glyph_pixmap(name: str, color: str, size: int, ratio: float = 2.0) -> QPixmap | None:
    """The named icon tinted with `color`, or None when the file is missing or unreadable."""
    renderer = svg_renderer(name, color)
    if renderer is None:
        return None
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def badge_pixmap(icon: str, family: str, size: int, ratio: float = 2.0) -> QPixmap:
    """A rounded square in the family colour with the white glyph on it."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(FAMILY_COLORS.get(family, "#6B7280")))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    # The glyph keeps a margin so it reads as a badge, not as an icon with a background.
    inner = round(size * 0.66)
    glyph = glyph_pixmap(icon, "#FFFFFF", inner, ratio)
    if glyph is not None:
        offset = (size - inner) / 2
        painter.drawPixmap(QRectF(offset, offset, inner, inner), glyph,
                           QRectF(0, 0, glyph.width(), glyph.height()))
    painter.end()
    return pixmap


def badge_icon(icon: str, family: str) -> QIcon:
    """A QIcon of the badge at the sizes lists and headers use."""
    result = QIcon()
    # The palette shows 24 px; Qt scales the nearest size for others. Each size drawn here
    # costs every start (27 icons, at twice the size for HiDPI): five sizes took 0.1 s.
    for size in (24, 32):
        result.addPixmap(badge_pixmap(icon, family, size))
    return result


def spec_icon(spec: NodeSpec) -> QIcon:
    return badge_icon(spec.icon, spec.family)


def family_icon(family: str) -> QIcon:
    return badge_icon(f"family-{family}", family)
