"""The canvas look: family colours, sizes, fonts, palette-aware colours and tinted node icons."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from studio.icons import FAMILY_COLORS, UNKNOWN_FAMILY_COLOR, svg_renderer

# Scene units. Auto-layout (runtime/layout.py) spaces columns 260 apart and rows 130 apart,
# so a card must stay narrower than 260 and, with three exits, shorter than 130.
GRID = 20
NODE_WIDTH = 220.0
HEADER_HEIGHT = 30.0
ROW_HEIGHT = 22.0
BODY_PAD = 8.0
CORNER_RADIUS = 8.0
PORT_RADIUS = 5.0
PORT_HIT = 11.0  # a port is a small target: accept presses a little around it
ICON_SIZE = 18.0
PAD = 10.0

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
# Below this scale text is unreadable anyway: cards become plain blocks, which keeps
# zooming out over a thousand nodes smooth.
DETAIL_ZOOM = 0.4


def _pixel_font(size: int, bold: bool = False) -> QFont:
    # Pixel sizes keep text the same size in scene units on every screen, as the cards are.
    font = QFont(QGuiApplication.font())
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales evenly
    return font


def _header_path() -> QPainterPath:
    # Rounded at the top only; every card has the same width, so one path serves all.
    card = QPainterPath()
    card.addRoundedRect(QRectF(0, 0, NODE_WIDTH, HEADER_HEIGHT + CORNER_RADIUS),
                        CORNER_RADIUS, CORNER_RADIUS)
    strip = QPainterPath()
    strip.addRect(QRectF(0, 0, NODE_WIDTH, HEADER_HEIGHT))
    return card.intersected(strip)


@dataclass
class CanvasStyle:
    """Colours, pens and fonts for one palette; items share one instance and never copy it."""

    dark: bool
    background: QColor
    grid: QColor
    card: QBrush
    card_pen: QPen
    shadow: QColor
    text: QColor
    muted: QColor
    selection_pen: QPen
    edge_pen: QPen
    edge_selected_pen: QPen
    edge_hover_pen: QPen
    link_ok: QColor
    link_refused: QColor
    problem: QColor
    badge: QColor
    badge_text: QColor
    port_pen: QPen
    title_font: QFont = field(default_factory=lambda: _pixel_font(13, bold=True))
    summary_font: QFont = field(default_factory=lambda: _pixel_font(12))
    port_font: QFont = field(default_factory=lambda: _pixel_font(11))
    badge_font: QFont = field(default_factory=lambda: _pixel_font(11, bold=True))
    header_path: QPainterPath = field(default_factory=_header_path)

    def __post_init__(self) -> None:
        self.family_brushes = {f: QBrush(QColor(c)) for f, c in FAMILY_COLORS.items()}
        self.unknown_brush = QBrush(QColor(UNKNOWN_FAMILY_COLOR))
        self.title_metrics = QFontMetricsF(self.title_font)
        self.summary_metrics = QFontMetricsF(self.summary_font)
        self.port_metrics = QFontMetricsF(self.port_font)
        self.badge_metrics = QFontMetricsF(self.badge_font)

    def family_brush(self, family: str) -> QBrush:
        return self.family_brushes.get(family, self.unknown_brush)

    @classmethod
    def from_palette(cls, palette: QPalette) -> CanvasStyle:
        window = palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        accent = palette.color(QPalette.ColorRole.Highlight)
        if dark:
            background, grid = QColor("#1B1D22"), QColor("#3A3F4A")
            card, border, shadow = QColor("#2A2D34"), QColor("#444A55"), QColor(0, 0, 0, 90)
            text, muted, edge = QColor("#F3F4F6"), QColor("#A3A9B5"), QColor("#7B8494")
            badge, badge_text = QColor("#E5E7EB"), QColor("#111827")
        else:
            background, grid = QColor("#F6F7F9"), QColor("#C9CED6")
            card, border, shadow = QColor("#FFFFFF"), QColor("#D5D9E0"), QColor(15, 23, 42, 28)
            text, muted, edge = QColor("#111827"), QColor("#5B6472"), QColor("#8A93A3")
            badge, badge_text = QColor("#1F2937"), QColor("#FFFFFF")
        selection = QPen(accent, 2.5)
        edge_pen = QPen(edge, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        edge_selected = QPen(accent, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        hover = QColor(edge.lighter(130) if dark else edge.darker(130))
        edge_hover = QPen(hover, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        return cls(
            dark=dark, background=background, grid=grid, card=QBrush(card),
            card_pen=QPen(border, 1.0), shadow=shadow, text=text, muted=muted,
            selection_pen=selection, edge_pen=edge_pen, edge_selected_pen=edge_selected,
            edge_hover_pen=edge_hover,
            link_ok=QColor("#16A34A"), link_refused=QColor("#DC2626"),
            problem=QColor("#DC2626"), badge=badge, badge_text=badge_text,
            port_pen=QPen(muted, 1.5),
        )


_style: CanvasStyle | None = None


def current_style() -> CanvasStyle:
    """The style for the application palette, built once and shared by every scene."""
    global _style
    if _style is None:
        _style = CanvasStyle.from_palette(QGuiApplication.palette())
    return _style


def reset_style(palette: QPalette | None = None) -> CanvasStyle:
    """Rebuild the shared style after a palette change (light/dark switch)."""
    global _style
    _style = CanvasStyle.from_palette(palette or QGuiApplication.palette())
    return _style


# --- node icons -------------------------------------------------------------------------------

_pixmaps: dict[tuple[str, int], QPixmap | None] = {}


def _renderer(name: str) -> QSvgRenderer | None:
    # Glyphs are white on the family-coloured header.
    return svg_renderer(name, "#FFFFFF")


def icon_pixmap(name: str, device_pixels: float) -> QPixmap | None:
    """The white glyph `name` at about `device_pixels` square, or None when there is no file.

    Sizes are rounded up to powers of two so that a handful of pixmaps serve every zoom
    level and paint never renders SVG."""
    size = max(16, 2 ** math.ceil(math.log2(max(1.0, device_pixels))))
    size = min(size, 256)
    key = (name, size)
    if key not in _pixmaps:
        renderer = _renderer(name)
        pixmap = None
        if renderer is not None:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
        _pixmaps[key] = pixmap
    return _pixmaps[key]
