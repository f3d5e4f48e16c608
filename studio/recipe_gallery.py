"""The recipe gallery: every recipe as a card with a drawn preview of its flow, filterable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runtime import catalog
from runtime.errors import UserError
from runtime.flow import Flow
from runtime.flowfile import load_flow
from runtime.layout import COLUMN_GAP, ROW_GAP, layered_positions
from studio.icons import FAMILY_COLORS, svg_renderer

ROOT = Path(__file__).resolve().parent.parent
RECIPES, ICONS = ROOT / "recipes", ROOT / "icons"
CARD_WIDTH, PREVIEW_HEIGHT = 360, 120


def tr(text: str) -> str:
    return QCoreApplication.translate("RecipeGallery", text)


def _icon(name: str) -> QSvgRenderer | None:
    return svg_renderer(name, "#FFFFFF")  # white reads on the family colours


def draw_preview(flow: Flow, width: int, height: int, ratio: float = 1.0) -> QPixmap:
    """A small picture of the flow: family-coloured boxes on the auto-layout, joined by curves."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#F1F5F9"))
    painter.drawRoundedRect(QRectF(0, 0, width, height), 8, 8)
    positions = layered_positions(flow)
    if not positions:
        painter.end()
        return pixmap
    # Grid cells rather than layout units: a long chain then becomes a strip of icon chips
    # instead of slivers, and a short flow gets room for titles.
    cols = {x / COLUMN_GAP for x, _ in positions.values()}
    rows = [y / ROW_GAP for _, y in positions.values()]
    ncols, span = max(cols) + 1, max(rows) - min(rows) + 1
    margin = 10
    cell_w = min((width - 2 * margin) / ncols, 150)
    cell_h = min((height - 2 * margin) / span, 56)
    box_h = min(cell_h * 0.62, 32)
    box_w = min(cell_w * 0.74, 124)
    if box_w < box_h:
        box_h = box_w
    left = (width - cell_w * ncols) / 2
    top = (height - cell_h * span) / 2 - min(rows) * cell_h

    def box(node: str) -> QRectF:
        x, y = positions[node]
        cx = left + (x / COLUMN_GAP + 0.5) * cell_w
        cy = top + (y / ROW_GAP + 0.5) * cell_h
        return QRectF(cx - box_w / 2, cy - box_h / 2, box_w, box_h)

    painter.setPen(QPen(QColor("#94A3B8"), 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for source, target in flow.graph.edges:
        a, b = box(source), box(target)
        start, end = QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
        bend = (end.x() - start.x()) / 2
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
        painter.drawPath(path)
    font = QFont(painter.font())
    font.setPixelSize(max(9, min(11, round(box_h * 0.4))))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    for node, data in flow.graph.nodes(data=True):
        spec = catalog.get(data["kind"])
        rect = box(node)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FAMILY_COLORS.get(spec.family if spec else "", "#64748B")))
        radius = min(6.0, box_h / 4)
        painter.drawRoundedRect(rect, radius, radius)
        glyph = min(box_h * 0.62, 18)
        icon = _icon(spec.icon) if spec else None
        with_text = rect.width() >= 84 and spec is not None
        icon_x = rect.left() + 6 if with_text else rect.center().x() - glyph / 2
        if icon is not None:
            icon.render(painter, QRectF(icon_x, rect.center().y() - glyph / 2, glyph, glyph))
        if with_text:
            painter.setPen(QColor("#FFFFFF"))
            text_rect = rect.adjusted(glyph + 10, 0, -5, 0)
            label = data.get("label") or spec.title
            shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                     int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
    painter.end()
    return pixmap


def step_list(flow: Flow) -> str:
    """The steps in layout order, for the preview's tooltip and screen readers."""
    positions = layered_positions(flow)
    steps = []
    for node in sorted(positions, key=lambda n: (positions[n][0], positions[n][1])):
        data = flow.graph.nodes[node]
        spec = catalog.get(data["kind"])
        steps.append(data.get("label") or (spec.title if spec else data["kind"]))
    return " → ".join(steps)


class RecipeCard(QFrame):
    """One recipe: its preview, title, category and description, or the error that broke it."""

    chosen = Signal(Path)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("recipeCard")
        self.setFixedWidth(CARD_WIDTH)
        self.setStyleSheet("#recipeCard { background: palette(base); border: 1px solid #E2E8F0;"
                           " border-radius: 10px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        self.preview = QLabel()
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview.setAccessibleName(tr("Picture of the flow"))
        self.button: QPushButton | None = None
        try:
            flow = load_flow(path)
        except UserError as exc:
            self.flow, self.category, self.error = None, "", exc.message
            self._broken(layout)
            return
        self.flow, self.category, self.error = flow, flow.category, None
        self.preview.setPixmap(draw_preview(flow, CARD_WIDTH - 28, PREVIEW_HEIGHT,
                                            self.devicePixelRatioF()))
        self.preview.setToolTip(step_list(flow))
        layout.addWidget(self.preview)
        layout.addWidget(self._label(flow.name, "font-size: 15px; font-weight: 600;"))
        if flow.category:
            layout.addWidget(self._label(flow.category.upper(),
                                         "color: #0F766E; font-size: 10px; font-weight: 600;"
                                         " letter-spacing: 0.5px;"))
        layout.addWidget(self._label(flow.description, "color: #475569;"), 1)
        self.button = QPushButton(tr("Use this recipe"))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(lambda: self.chosen.emit(self.path))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)

    def _broken(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self._label(self.path.name, "font-size: 15px; font-weight: 600;"))
        layout.addWidget(self._label(tr("This recipe cannot be opened:"), "color: #475569;"))
        error = self._label(self.error, "color: #B91C1C;")
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(error, 1)

    @staticmethod
    def _label(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(style)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label


class RecipeGallery(QWidget):
    """Every recipe file as a card; "Use this recipe" emits recipeChosen(path)."""

    recipeChosen = Signal(Path)

    def __init__(self, recipes_dir: Path = RECIPES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recipes"))
        self.resize(800, 640)
        holder = QWidget()
        self.cards = [RecipeCard(path, holder)
                      for path in sorted(Path(recipes_dir).glob("*.json"))]
        # Working recipes first; a broken file still shows, with its error, at the end.
        self.cards.sort(key=lambda card: card.error is not None)
        for card in self.cards:
            card.chosen.connect(self.recipeChosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 12)
        title = QLabel(tr("Start from a recipe"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        intro = QLabel(tr("Ready-made automations you can use as they are or change to suit "
                          "your shop."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #475569;")
        self.category_box = QComboBox()
        self.category_box.addItem(tr("All categories"), None)
        for category in sorted({c.category for c in self.cards if c.category}):
            self.category_box.addItem(category, category)
        self.category_box.currentIndexChanged.connect(self._relayout)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.category_box)
        top.addStretch(1)
        top.addWidget(self._legend())
        self.empty_label = QLabel(tr("There are no recipes in {folder}.").format(
            folder=recipes_dir))
        self.empty_label.setVisible(not self.cards)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        # A window of its own, which may open with no title bar of its own to close it with
        # (a full-screen desktop, a tiling window manager): a plain Close button, and Esc.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setToolTip(tr("Close the recipes and go back"))
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        self._columns = 0
        self._relayout()

    def _legend(self) -> QLabel:
        names = {"trigger": tr("Trigger"), "wait": tr("Wait"), "condition": tr("Condition"),
                 "action": tr("Action")}
        parts = [f"<span style='color:{colour}'>■</span>&nbsp;{names[family]}"
                 for family, colour in FAMILY_COLORS.items()]
        legend = QLabel("&nbsp;&nbsp;&nbsp;".join(parts))
        legend.setStyleSheet("color: #475569;")
        return legend

    def visible_cards(self) -> list[RecipeCard]:
        wanted = self.category_box.currentData()
        return [c for c in self.cards if wanted is None or c.category == wanted]

    def _relayout(self, *_args: object) -> None:
        # As many columns as fit: cards keep their width and the gallery fills any window.
        self._columns = max(1, (self.width() - 40) // (CARD_WIDTH + 16))
        while self.grid.count():
            self.grid.takeAt(0)
        shown = self.visible_cards()
        for card in self.cards:
            card.setVisible(card in shown)
        for index, card in enumerate(shown):
            self.grid.addWidget(card, index // self._columns, index % self._columns,
                                Qt.AlignmentFlag.AlignTop)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Cancel):  # Esc, as in any dialog
            self.close()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if max(1, (self.width() - 40) // (CARD_WIDTH + 16)) != self._columns:
            self._relayout()
