"""The welcome page of an empty workspace: import the shop, try a demo shop, or pick a recipe."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.bridge import Task

if TYPE_CHECKING:
    from runtime.api import Service

ICONS = Path(__file__).resolve().parent.parent / "icons"
DEMO_CUSTOMERS = 300


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("WelcomePage", text, None, n)


def tinted_icon(name: str, colour: str, size: int = 32) -> QIcon:
    """An icon from icons/, drawn in `colour` (the files draw in currentColor, which is black)."""
    path = ICONS / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on HiDPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)


class WelcomePage(QWidget):
    """Three ways to start; the demo shop loads in the background and can be removed again.

    Made without a service, the page says that the workspace is opening and its choices wait
    for set_service: the studio shows its window before the database is open."""

    importRequested = Signal()
    recipesRequested = Signal()
    demoLoaded = Signal(dict)   # {"customers": n, "orders": n, ...}
    demoRemoved = Signal(dict)  # what was removed, same keys

    def __init__(self, service: Service | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: Service | None = None
        self.task: Task | None = None
        self.setWindowTitle(tr("Welcome to Boomerang"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        column = QVBoxLayout()
        column.setSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 0)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        logo = QLabel()
        logo.setPixmap(QIcon(str(ICONS / "app.svg")).pixmap(QSize(56, 56)))
        title = QLabel(tr("Welcome to Boomerang"))
        title.setStyleSheet("font-size: 30px; font-weight: 700;")
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        intro = QLabel(tr("Bring your customers back with small automations that you draw "
                          "yourself and try on your own order history first. "
                          "How would you like to start?"))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 14px; color: #475569;")
        column.addLayout(heading)
        column.addWidget(intro)
        column.addSpacing(12)

        self.import_button = self._action(
            "import", tr("Import my shop's exports"),
            tr("Bring in the customer and order CSV files exported from Shopify."))
        self.demo_button = self._action(
            "demo", tr("Try a demo shop"),
            tr("Explore %n made-up customers and their orders; remove them in one click.",
               DEMO_CUSTOMERS))
        self.recipes_button = self._action(
            "recipe", tr("Start from a recipe"),
            tr("Pick a ready-made automation, like a thank-you coupon or a win-back."))
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.load_demo)
        self.recipes_button.clicked.connect(self.recipesRequested)
        for button in (self.import_button, self.demo_button, self.recipes_button):
            column.addWidget(button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar says "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: #475569;")
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()
            column.addWidget(widget)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("background: #FEF2F2; color: #991B1B; padding: 10px;"
                                         "border: 1px solid #FECACA; border-radius: 6px;")
        self.message_label.hide()
        column.addWidget(self.message_label)

        self.demo_banner = QFrame()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet("#demoBanner { background: #ECFDF5; border: 1px solid "
                                       "#A7F3D0; border-radius: 8px; }")
        banner = QHBoxLayout(self.demo_banner)
        banner.setContentsMargins(14, 10, 10, 10)
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.setStyleSheet("color: #065F46;")
        self.remove_button = QPushButton(tr("Remove demo data"))
        self.remove_button.clicked.connect(self.remove_demo)
        banner.addWidget(self.demo_label, 1)
        banner.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.demo_banner)
        for widget in (intro, self.message_label, self.demo_banner):
            widget.setMaximumWidth(680)
        self._show_demo_state(None)
        if service is None:
            self._set_busy(True, tr("Opening your workspace…"))
        else:
            self.set_service(service)

    def set_service(self, service: Service) -> None:
        """The workspace is open: show whether it holds demo data and offer the choices."""
        from runtime import demo  # SQLAlchemy: not before the window is on screen

        self.service = service
        self._set_busy(False)
        self._show_demo_state(demo.demo_counts(service) if demo.has_demo(service) else None)

    def _action(self, icon: str, title: str, explanation: str) -> QPushButton:
        # A push button holding labels: QCommandLinkButton cannot size its title apart from
        # its explanation, and a large title is what makes the three choices easy to scan.
        button = QPushButton()
        button.setObjectName("bigChoice")
        button.setAccessibleName(title)
        button.setAccessibleDescription(explanation)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMinimumSize(600, 76)
        button.setMaximumWidth(680)
        button.setStyleSheet(
            "#bigChoice { background: palette(base); border: 1px solid #E2E8F0;"
            " border-radius: 10px; text-align: left; }"
            "#bigChoice:hover, #bigChoice:focus { border-color: #2563EB; background: #F5F8FF; }"
            "#bigChoice:pressed { background: #E8EFFE; }"
            "#bigChoice:disabled { background: #F1F5F9; }")
        row = QHBoxLayout(button)
        row.setContentsMargins(18, 10, 18, 10)
        row.setSpacing(16)
        glyph = QLabel()
        glyph.setPixmap(tinted_icon(icon, "#2563EB").pixmap(QSize(30, 30)))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16px; font-weight: 600; color: #0F172A;")
        detail = QLabel(explanation)
        detail.setStyleSheet("font-size: 13px; color: #475569;")
        detail.setWordWrap(True)
        texts.addStretch(1)
        texts.addWidget(heading)
        texts.addWidget(detail)
        texts.addStretch(1)
        row.addWidget(glyph)
        row.addLayout(texts, 1)
        for label in (glyph, heading, detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet(label.styleSheet() + "background: transparent;")
        return button

    # --- the demo shop --------------------------------------------------------------------
    def load_demo(self) -> None:
        if self.task is not None and self.task.is_running():
            return
        from runtime import demo

        self._start(Task(demo.load_demo, self.service, DEMO_CUSTOMERS),
                    tr("Building a demo shop with %n customers…", DEMO_CUSTOMERS),
                    self._demo_loaded)

    def remove_demo(self) -> None:
        if self.task is not None and self.task.is_running():
            return
        from runtime import demo

        service = self.service
        self._start(Task(lambda *, progress, should_cancel: demo.remove_demo(service)),
                    tr("Removing the demo data…"), self._demo_removed)

    def _start(self, task: Task, busy_text: str, on_finished) -> None:
        self.task = task
        task.finished.connect(on_finished)
        task.failed.connect(self._failed)
        self.message_label.hide()
        self._set_busy(True, busy_text)
        task.start()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        for button in (self.import_button, self.demo_button, self.recipes_button,
                       self.remove_button):
            button.setEnabled(not busy)

    def _demo_loaded(self, result: dict) -> None:
        self._set_busy(False)
        self._show_demo_state(result)
        self.demoLoaded.emit(result)

    def _demo_removed(self, result: dict) -> None:
        self._set_busy(False)
        self._show_demo_state(None)
        self.demoRemoved.emit(result)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.message_label.setText(message)
        self.message_label.show()

    def _show_demo_state(self, counts: dict | None) -> None:
        """The banner with the demo's size while demo data is loaded, else the demo button."""
        self.demo_banner.setVisible(counts is not None)
        self.demo_button.setVisible(counts is None)
        if counts is not None:
            text = tr("<b>Demo data is loaded</b>: {customers} made-up customers and {orders} "
                      "orders. Try a recipe on them, and remove them before you bring in your "
                      "own shop.")
            locale = QLocale()
            self.demo_label.setText(text.format(customers=locale.toString(counts["customers"]),
                                                orders=locale.toString(counts["orders"])))
