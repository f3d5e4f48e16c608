"""Overview: a minimap of the whole flow with the visible area; click or drag to move there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QWidget

from studio.canvas import style as st
from studio.canvas.scene import FlowScene

if TYPE_CHECKING:
    from studio.canvas.view import FlowView

MARGIN = 6.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class Overview(QWidget):
    """Draws every card as a coloured block, cached, and the view's visible rectangle on top."""

    def __init__(self, view: FlowView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._pixmap = QPixmap()
        self._to_map = QTransform()  # scene -> minimap
        self._from_map = QTransform()
        self.setFixedSize(200, 130)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("Overview: click or drag to move around the flow"))
        # Rebuilding walks every card: do it once after a burst of edits, not per edit.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=100)
        self._rebuild_timer.timeout.connect(self._rebuild)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoomChanged.connect(self.update)
        view.viewport().installEventFilter(self)
        self._scene: FlowScene | None = None
        self.attach_scene()

    def attach_scene(self) -> None:
        """Follow the view's current scene (call again after view.setScene)."""
        scene = self._view.scene()
        if self._scene is not None:
            self._scene.contentChanged.disconnect(self._rebuild_timer.start)
        self._scene = scene if isinstance(scene, FlowScene) else None
        if self._scene is not None:
            self._scene.contentChanged.connect(self._rebuild_timer.start)
        self._rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def _rebuild(self) -> None:
        ratio = self.devicePixelRatioF()
        self._pixmap = QPixmap(self.size() * ratio)
        self._pixmap.setDevicePixelRatio(ratio)
        self._pixmap.fill(Qt.GlobalColor.transparent)
        nodes = self._scene.node_items() if self._scene is not None else []
        if not nodes:
            self._to_map = self._from_map = QTransform()
            self.update()
            return
        bounds = QRectF()
        for item in nodes:
            bounds = bounds.united(item.sceneBoundingRect())
        bounds.adjust(-40, -40, 40, 40)
        room = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = min(room.width() / bounds.width(), room.height() / bounds.height())
        # Centre the flow in the minimap.
        dx = room.left() + (room.width() - bounds.width() * scale) / 2 - bounds.left() * scale
        dy = room.top() + (room.height() - bounds.height() * scale) / 2 - bounds.top() * scale
        self._to_map = QTransform(scale, 0, 0, scale, dx, dy)
        self._from_map, _ok = self._to_map.inverted()
        style = st.current_style()
        painter = QPainter(self._pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._to_map)
        edge_pen = QPen(style.edge_pen.color(), 0)  # cosmetic hairline
        painter.setPen(edge_pen)
        for edge in self._scene.edge_items():
            painter.drawPath(edge.path())
        painter.setPen(Qt.PenStyle.NoPen)
        for item in nodes:
            painter.setBrush(style.family_brush(item.family))
            painter.drawRect(item.card_rect().translated(item.pos()))
        painter.end()
        self.update()

    def visible_rect(self) -> QRectF:
        """The part of the scene the view shows, in scene coordinates."""
        return self._view.mapToScene(self._view.viewport().rect()).boundingRect()

    def paintEvent(self, event) -> None:
        style = st.current_style()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        background = QColor(style.card.color())
        background.setAlpha(235)
        painter.setPen(style.card_pen)
        painter.setBrush(background)
        painter.drawRoundedRect(frame, 6, 6)
        painter.drawPixmap(0, 0, self._pixmap)
        if self._to_map.isIdentity():
            return
        visible = self._to_map.mapRect(self.visible_rect()).intersected(frame)
        accent = style.edge_selected_pen.color()
        fill = QColor(accent)
        fill.setAlpha(40)
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(fill)
        painter.drawRect(visible)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._move_view(event.position())
            event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_view(event.position())
            event.accept()

    def _move_view(self, point: QPointF) -> None:
        if not self._to_map.isIdentity():
            self._view.centerOn(self._from_map.map(point))
