"""FlowView: the canvas widget — grid, zoom, pan, rubber-band selection and palette drops."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QInputDevice, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from runtime import catalog
from studio.canvas import style as st
from studio.canvas.node_item import NodeItem
from studio.canvas.overview import Overview
from studio.canvas.scene import FlowScene
from studio.commands import AddNodeCommand

KIND_MIME = "application/x-boomerang-kind"
ZOOM_STEP = 1.25
# Room to pan around the flow; scroll bars are hidden, so its size only bounds panning.
CANVAS_EXTENT = QRectF(-50_000, -50_000, 100_000, 100_000)
MIN_GRID_SPACING = 14.0  # device pixels between dots before the grid thins out
DOT_SIZE = 2.0  # device pixels


class FlowView(QGraphicsView):
    """Shows a FlowScene; wheel zooms around the cursor, middle button or space+drag pans."""

    zoomChanged = Signal(float)  # 1.0 is 100 %

    def __init__(self, scene: FlowScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        # Panning then scrolls the cached grid and paints only the strip that came into view.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setSceneRect(CANVAS_EXTENT)
        self._pan_from: QPointF | None = None
        self._space_held = False
        self._overview: QWidget | None = None
        self._grid_pen = QPen()
        self._grid_pen.setCosmetic(True)  # dots keep their size at every zoom
        self._grid_pen.setWidthF(DOT_SIZE)
        self._grid_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if scene is not None:
            self.setScene(scene)

    # --- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to `value` (clamped to 10 %–400 %), keeping the scene point under `anchor`
        (viewport coordinates; the centre by default) where it is."""
        value = min(st.MAX_ZOOM, max(st.MIN_ZOOM, value))
        current = self.zoom()
        if math.isclose(value, current, rel_tol=1e-9):
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        self.scale(value / current, value / current)
        moved = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        scene = self.scene()
        if isinstance(scene, FlowScene):
            scene.set_detailed(self.zoom() >= st.DETAIL_ZOOM)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Show the whole flow, never enlarged past 100 %."""
        scene = self.scene()
        rect = scene.nodes_rect() if isinstance(scene, FlowScene) else QRectF()
        if rect.isEmpty():
            self.set_zoom(1.0)
            self.centerOn(0, 0)
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        view = self.viewport().rect()
        value = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.set_zoom(value)
        self.centerOn(rect.center())

    def center_on_node(self, node_id: str) -> None:
        scene = self.scene()
        item = scene.node_item(node_id) if isinstance(scene, FlowScene) else None
        if item is not None:
            self.centerOn(item.sceneBoundingRect().center())

    def wheelEvent(self, event) -> None:
        device = event.pointingDevice()
        touchpad = device is not None and device.type() == QInputDevice.DeviceType.TouchPad
        if touchpad and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Two fingers on a touchpad scroll; pinch (or Ctrl) zooms.
            self._pan_by(QPointF(event.pixelDelta()))
            event.accept()
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.set_zoom(self.zoom() * 1.0015 ** delta, event.position())
        event.accept()

    # --- pan --------------------------------------------------------------------------------
    def _pan_by(self, delta: QPointF) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))

    def mousePressEvent(self, event) -> None:
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held)
        if panning:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_by(event.position() - self._pan_from)
            self._pan_from = event.position()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._restore_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self._restore_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _restore_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # --- palette drops ----------------------------------------------------------------------
    @staticmethod
    def _dropped_kind(mime) -> str | None:
        if mime is None or not mime.hasFormat(KIND_MIME):
            return None
        kind = bytes(mime.data(KIND_MIME)).decode("utf-8", "replace").strip()
        return kind if catalog.get(kind) is not None else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_kind(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        kind = self._dropped_kind(event.mimeData())
        scene = self.scene()
        if not kind or not isinstance(scene, FlowScene):
            event.ignore()
            return
        point = self.mapToScene(event.position().toPoint())
        # The card lands with its title bar under the cursor, as if carried by it.
        corner = point - QPointF(st.NODE_WIDTH / 2, st.HEADER_HEIGHT / 2)
        if scene.snap_to_grid:
            corner = QPointF(round(corner.x() / st.GRID) * st.GRID,
                             round(corner.y() / st.GRID) * st.GRID)
        command = AddNodeCommand(scene.doc, kind, position=(corner.x(), corner.y()))
        scene.doc.undo_stack.push(command)
        event.acceptProposedAction()
        item: NodeItem | None = scene.node_item(command.node_id)
        if item is not None:
            scene.clearSelection()
            item.setSelected(True)
        self.setFocus()

    # --- drawing ----------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        style = st.current_style()
        painter.fillRect(rect, style.background)
        scale = self.zoom()
        step = float(st.GRID)
        while step * scale < MIN_GRID_SPACING:
            step *= 5  # thin out when zoomed out: never more dots than the screen holds
        # Each row of dots is one dashed line whose dash period is one grid step on screen:
        # a few dozen lines instead of thousands of points built in Python.
        spacing = step * scale / DOT_SIZE  # the pattern is counted in pen widths
        self._grid_pen.setColor(style.grid)
        self._grid_pen.setDashPattern([1.0, spacing - 1.0])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._grid_pen)
        half_dot = DOT_SIZE / 2 / scale
        left = math.floor(rect.left() / step) * step - half_dot  # centres dots on the grid
        right = rect.right() + step
        y = math.floor(rect.top() / step) * step
        while y <= rect.bottom() + step:
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            y += step
        painter.restore()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange and isinstance(self.scene(), FlowScene):
            self.scene().apply_palette(self.palette())
            self.resetCachedContent()
        super().changeEvent(event)

    # --- overview ---------------------------------------------------------------------------
    def set_overview_visible(self, visible: bool) -> None:
        """Show a minimap in the lower right corner of the canvas."""
        if visible and self._overview is None:
            self._overview = Overview(self, self)
            self._place_overview()
        if self._overview is not None:
            self._overview.setVisible(visible)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_overview()

    def _place_overview(self) -> None:
        if self._overview is not None:
            size = self._overview.size()
            self._overview.move(self.width() - size.width() - 12,
                                self.height() - size.height() - 12)
