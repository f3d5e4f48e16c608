"""NodeItem: the card that draws one flow node by id, with its ports and badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from runtime import catalog
from runtime.flow import Flow
from studio.canvas import style as st
from studio.nodes.visuals import catalog_text

_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
          | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_WHITE = QColor("#FFFFFF")
_ICON_RECT = QRectF(st.PAD, (st.HEADER_HEIGHT - st.ICON_SIZE) / 2, st.ICON_SIZE, st.ICON_SIZE)


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class Badge(QGraphicsItem):
    """A small pill on a card's edge: the problem mark or the backtest count.

    A child item of its own, so that badges come and go without re-rendering the card."""

    def __init__(self, parent: QGraphicsItem, text: str, fill: QColor, ink: QColor,
                 show_far: bool = False) -> None:
        super().__init__(parent)
        self._show_far = show_far  # zoomed out, only marks that must be found stay
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the card
        self._fill, self._ink = fill, ink
        self._text = ""
        self._rect = QRectF()
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        width = max(18.0, st.current_style().badge_metrics.horizontalAdvance(text) + 12)
        self._rect = QRectF(0, 0, width, 18)

    def text(self) -> str:
        return self._text

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        style = st.current_style()
        far = option.levelOfDetailFromTransform(painter.worldTransform()) < st.DETAIL_ZOOM
        if far and not self._show_far:
            return
        painter.setPen(QPen(style.background, 1.5))  # a rim keeps it apart from the card
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self._rect, 9, 9)
        if far:
            return  # a coloured dot is all that can be seen
        painter.setPen(self._ink)
        painter.setFont(style.badge_font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class _Texts:
    """A card's elided texts and where they go, measured once per content or style change."""

    __slots__ = ("title", "title_pos", "summary", "summary_pos", "ports")

    def __init__(self) -> None:
        self.title = self.summary = ""
        self.title_pos = self.summary_pos = QPointF()
        self.ports: list[tuple[QPointF, str]] = []


class NodeItem(QGraphicsObject):
    """Draws the node `node_id`; the scene moves it and refreshes it from the flow.

    It reads the flow in `sync` and never edits it: moves become one undo command in the
    scene when the mouse is released."""

    def __init__(self, node_id: str, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.node_id = node_id
        self.family = ""
        self.icon = ""
        self.title = ""
        self.summary = ""
        self.ports: tuple[str, ...] = ()
        self.has_input = True
        self.problems: list[str] = []
        self.count_text: str | None = None  # the backtest badge, when one is shown
        self._link_state: bool | None = None  # True/False while a new link hovers over it
        self._height = 0.0
        self._card = self._bounds = QRectF()
        self._texts: _Texts | None = None
        self._shape: QPainterPath | None = None
        self._problem_badge: Badge | None = None
        self._count_badge: Badge | None = None
        # No ItemSendsGeometryChanges and no itemChange override: with a thousand cards the
        # Python call per change costs more than the scene telling the edges itself.
        self.setFlags(_FLAGS)
        # Panning then blits cached cards instead of repainting text and icons.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # --- content ----------------------------------------------------------------------------
    def sync(self, flow: Flow) -> None:
        """Read the node's kind, settings, label and position from the flow (read only)."""
        data = flow.node(self.node_id)
        spec = catalog.get(data["kind"])
        if spec is None:
            family, icon, title = "", "", data["kind"]
            summary, ports = tr("Unknown kind of step"), ()
        else:
            # The catalog's English title in the user's language (see visuals.catalog_text).
            title = QCoreApplication.translate("NodeCatalog", spec.title)
            family, icon = spec.family, spec.icon
            # The one-line summary's pattern is translated too; its values stay as typed.
            summary = spec.summarize(data["params"], catalog_text)
            ports = spec.output_ports(data["params"])
        self.family, self.icon = family, icon
        self.title = data.get("label") or title
        self.summary = str(summary)
        self.ports = tuple(ports)
        self.has_input = family != "trigger"
        self._layout()
        pos = data["position"]
        self.setPos(float(pos[0]), float(pos[1]))

    def _layout(self) -> None:
        rows = max(1, len(self.ports))
        height = st.HEADER_HEIGHT + st.BODY_PAD * 2 + rows * st.ROW_HEIGHT
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height
        self._card = QRectF(0, 0, st.NODE_WIDTH, height)
        self._bounds = self._card.adjusted(-st.PORT_HIT - 1, -4, st.PORT_HIT + 1, 4)
        # Text is measured and elided at the first detailed paint: shaping text costs more
        # than the rest of building a card, and most cards of a big flow start off screen.
        self._texts = None
        self._shape = None
        self._place_badges()
        self.update()

    def _prepare_texts(self) -> _Texts:
        style = st.current_style()
        texts = _Texts()
        label_width = 0.0
        if len(self.ports) > 1:  # a single exit needs no name
            metrics = style.port_metrics
            for index, port in enumerate(self.ports):
                text = metrics.elidedText(port, Qt.TextElideMode.ElideRight, 80)
                width = metrics.horizontalAdvance(text)
                label_width = max(label_width, width)
                y = self._row_y(index) + metrics.ascent() / 2 - 1
                texts.ports.append((QPointF(st.NODE_WIDTH - 12 - width, y), text))
        title_left = st.PAD + (st.ICON_SIZE + 8 if self.icon else 0)
        texts.title = style.title_metrics.elidedText(
            self.title, Qt.TextElideMode.ElideRight, st.NODE_WIDTH - title_left - st.PAD)
        texts.title_pos = QPointF(
            title_left, (st.HEADER_HEIGHT + style.title_metrics.capHeight()) / 2)
        room = st.NODE_WIDTH - 2 * st.PAD - (label_width + 10 if label_width else 0)
        texts.summary = style.summary_metrics.elidedText(
            self.summary, Qt.TextElideMode.ElideRight, room)
        texts.summary_pos = QPointF(
            st.PAD, self._row_y(0) + style.summary_metrics.capHeight() / 2)
        # What the card had to shorten is readable in full on hover.
        tip = "\n".join(full for full, shown in ((self.title, texts.title),
                                                 (self.summary, texts.summary))
                        if full != shown)
        if tip != self.toolTip():
            self.setToolTip(tip)
        self._texts = texts
        return texts

    def _row_y(self, index: int) -> float:
        return st.HEADER_HEIGHT + st.BODY_PAD + st.ROW_HEIGHT * (index + 0.5)

    def set_problems(self, messages: list[str]) -> None:
        """Show a red mark whose tooltip lists `messages`; none removes it."""
        if messages == self.problems:
            return
        self.problems = list(messages)
        if not messages:
            self._drop_badge("_problem_badge")
            return
        style = st.current_style()
        if self._problem_badge is None:
            self._problem_badge = Badge(self, "!", style.problem, _WHITE, show_far=True)
        self._problem_badge.set_text("!" if len(messages) == 1 else str(len(messages)))
        if len(messages) == 1:
            header = tr("This step has a problem:")
        else:
            header = tr("This step has {0} problems:").format(len(messages))
        self._problem_badge.setToolTip("\n".join([header, *("• " + m for m in messages)]))
        self._place_badges()

    def set_count(self, text: str | None, tooltip: str = "") -> None:
        """Show what a backtest counted at this step ("158 sent · 119 skipped", its words come
        from the backtest), or hide the badge."""
        if text == self.count_text and (text is None or self._count_badge.toolTip() == tooltip):
            return
        self.count_text = text
        if text is None:
            self._drop_badge("_count_badge")
            return
        style = st.current_style()
        if self._count_badge is None:
            self._count_badge = Badge(self, "", style.badge, style.badge_text)
        self._count_badge.set_text(text)
        self._count_badge.setToolTip(tooltip)
        self._place_badges()

    def _drop_badge(self, name: str) -> None:
        badge = getattr(self, name)
        if badge is not None:
            if badge.scene() is not None:
                badge.scene().removeItem(badge)
            badge.setParentItem(None)
            setattr(self, name, None)

    def _place_badges(self) -> None:
        if self._problem_badge is not None:
            rect = self._problem_badge.boundingRect()
            self._problem_badge.setPos(st.NODE_WIDTH - rect.width() + 7, -8)
        if self._count_badge is not None:
            self._count_badge.setPos(0, -23)  # above the card, clear of the title

    def set_link_state(self, acceptable: bool | None) -> None:
        """Ring the card green or red while a new connection is dragged over it."""
        if acceptable != self._link_state:
            self._link_state = acceptable
            self.update()

    def refresh_style(self) -> None:
        self._layout()  # fonts may have changed: measure the texts again
        for badge in (self._problem_badge, self._count_badge):
            if badge is not None:
                badge.update()

    # --- geometry ---------------------------------------------------------------------------
    def input_port_local(self) -> QPointF:
        return QPointF(0, self._row_y(0))

    def output_port_local(self, port: str) -> QPointF:
        index = self.ports.index(port) if port in self.ports else 0
        return QPointF(st.NODE_WIDTH, self._row_y(index))

    def input_port_pos(self) -> QPointF:
        return self.pos() + self.input_port_local()

    def output_port_pos(self, port: str) -> QPointF:
        return self.pos() + self.output_port_local(port)

    def port_at(self, local: QPointF) -> str | None:
        """The output port under `local` (item coordinates), if any."""
        if abs(local.x() - st.NODE_WIDTH) > st.PORT_HIT:
            return None
        for port in self.ports:
            if abs(local.y() - self.output_port_local(port).y()) <= st.PORT_HIT:
                return port
        return None

    def card_rect(self) -> QRectF:
        return QRectF(self._card)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            shape = QPainterPath()
            # Winding fill: with the default odd-even rule the overlap of a port circle and the
            # card is a hole, and a press there starts a move instead of a connection.
            shape.setFillRule(Qt.FillRule.WindingFill)
            shape.addRoundedRect(self._card, st.CORNER_RADIUS, st.CORNER_RADIUS)
            ports = [self.output_port_local(p) for p in self.ports]
            if self.has_input:
                ports.append(self.input_port_local())
            for point in ports:  # ports stick out of the card and must still catch the mouse
                shape.addEllipse(point, st.PORT_HIT, st.PORT_HIT)
            self._shape = shape
        return self._shape

    def hoverMoveEvent(self, event) -> None:
        if self.port_at(event.pos()) is not None:
            self.setCursor(Qt.CursorShape.CrossCursor)  # says "drag from here to connect"
        elif self.hasCursor():
            self.unsetCursor()  # the view's own cursor (e.g. the pan hand) shows again
        super().hoverMoveEvent(event)

    # --- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        # Render hints come from the view (the item cache copies them): not set here.
        style = st.current_style()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()  # cheaper than testing option.state flags in Python
        family = style.family_brush(self.family)
        radius = st.CORNER_RADIUS
        if lod < st.DETAIL_ZOOM:
            painter.setPen(style.selection_pen if selected else _NO_PEN)
            painter.setBrush(family)
            painter.drawRoundedRect(self._card, radius, radius)
            return
        texts = self._texts or self._prepare_texts()
        painter.setPen(_NO_PEN)
        painter.setBrush(style.shadow)
        painter.drawRoundedRect(self._card.translated(0, 2), radius, radius)
        painter.setPen(style.card_pen)
        painter.setBrush(style.card)
        painter.drawRoundedRect(self._card, radius, radius)
        painter.fillPath(style.header_path, family)
        if self.icon:
            device = painter.device()
            dpr = device.devicePixelRatioF() if device is not None else 1.0
            pixmap = st.icon_pixmap(self.icon, st.ICON_SIZE * lod * dpr)
            if pixmap is not None:
                painter.drawPixmap(_ICON_RECT, pixmap, QRectF(pixmap.rect()))
        painter.setFont(style.title_font)
        painter.setPen(_WHITE)
        painter.drawText(texts.title_pos, texts.title)
        painter.setFont(style.summary_font)
        painter.setPen(style.muted)
        painter.drawText(texts.summary_pos, texts.summary)
        if texts.ports:
            painter.setFont(style.port_font)
            painter.setPen(style.text)
            for pos, text in texts.ports:
                painter.drawText(pos, text)
        self._paint_ports(painter, style, family)
        if selected or self._link_state is not None:
            pen = style.selection_pen
            if self._link_state is not None:
                pen = QPen(style.link_ok if self._link_state else style.link_refused, 2.5)
            painter.setPen(pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawRoundedRect(self._card.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)

    def _paint_ports(self, painter: QPainter, style: st.CanvasStyle, family) -> None:
        painter.setPen(style.port_pen)
        painter.setBrush(style.card)
        if self.has_input:
            painter.drawEllipse(self.input_port_local(), st.PORT_RADIUS, st.PORT_RADIUS)
        painter.setBrush(family)
        for port in self.ports:
            painter.drawEllipse(self.output_port_local(port), st.PORT_RADIUS, st.PORT_RADIUS)
