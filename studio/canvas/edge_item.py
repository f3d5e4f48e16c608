"""EdgeItem: a connection drawn as a smooth curve from an output port to the next step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from studio.canvas import style as st

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 5.0
CLICK_WIDTH = 12.0  # a 2 px line is too thin to hit with a mouse
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


def curve(start: QPointF, end: QPointF) -> QPainterPath:
    """A cubic that leaves `start` and enters `end` horizontally; used by edges and new links."""
    path = QPainterPath(start)
    # Pull the handles further out when the target lies behind the source, so that the
    # curve loops around instead of folding back over the cards.
    dx = end.x() - start.x()
    reach = max(40.0, abs(dx) * 0.5) if dx >= 0 else max(80.0, abs(end.y() - start.y()) * 0.5)
    path.cubicTo(QPointF(start.x() + reach, start.y()), QPointF(end.x() - reach, end.y()), end)
    return path


class EdgeItem(QGraphicsItem):
    """Draws the connection (source, port) → target; the scene keeps its ends on the ports.

    Selecting it and pressing Delete removes the connection through an undo command."""

    def __init__(self, source: str, port: str, target: str, label: str = "") -> None:
        super().__init__()
        self.source, self.port, self.target = source, port, target
        self.label = label
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)  # a hovered edge thickens: it can be clicked
        self._hovered = False
        # z stays 0: under the cards (z 1), which also cover the ends of the curve.
        self._path = QPainterPath()
        self._start, self._end = QPointF(), QPointF()
        self._arrow = QPolygonF()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.port)

    def set_label(self, label: str) -> None:
        if label != self.label:
            self.label = label
            if not self._path.isEmpty():
                self.set_ends(self._start, self._end)

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        """Follow the ports: `start` is the output port, `end` the target's input port."""
        self.prepareGeometryChange()
        self._start, self._end = QPointF(start), QPointF(end)
        tip = QPointF(end.x() - st.PORT_RADIUS, end.y())
        base = QPointF(tip.x() - ARROW_LENGTH, tip.y())
        self._path = curve(start, base)
        self._arrow = QPolygonF([tip, QPointF(base.x(), base.y() - ARROW_HALF_WIDTH),
                                 QPointF(base.x(), base.y() + ARROW_HALF_WIDTH)])
        bounds = self._path.boundingRect().united(self._arrow.boundingRect())
        if self.label:
            style = st.current_style()
            width = style.port_metrics.horizontalAdvance(self.label) + 14
            centre = self._path.pointAtPercent(0.5)
            self._label_rect = QRectF(centre.x() - width / 2, centre.y() - 9, width, 18)
            bounds = bounds.united(self._label_rect)
        else:
            self._label_rect = QRectF()
        self._bounds = bounds.adjusted(-CLICK_WIDTH, -CLICK_WIDTH, CLICK_WIDTH, CLICK_WIDTH)
        self._shape = None  # built on demand: a drag moves edges far more often than it clicks

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(CLICK_WIDTH)
            self._shape = stroker.createStroke(self._path)
            if self.label:
                self._shape.addRoundedRect(self._label_rect, 9, 9)
        return self._shape

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        # Called for every visible edge on every repaint (edges are not cached: their
        # rectangles are large), so it does the least it can; render hints come from the view.
        style = st.current_style()
        selected = self.isSelected()
        if selected:
            pen = style.edge_selected_pen
        else:
            pen = style.edge_hover_pen if self._hovered else style.edge_pen
        painter.setPen(pen)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self._path)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < st.DETAIL_ZOOM:
            return  # the arrow and the label would be a pixel or two: leave them out
        painter.setPen(_NO_PEN)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._arrow)
        if self.label:
            painter.setPen(pen.color() if selected else style.card_pen.color())
            painter.setBrush(style.card)
            painter.drawRoundedRect(self._label_rect, 9, 9)
            painter.setFont(style.port_font)
            painter.setPen(style.text)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.label)
