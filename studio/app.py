"""Starts the studio: the window first, then the workspace's database, then what may wait."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from runtime.errors import UserError
from runtime.workspace import Workspace

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Studio", text)


NO_DISPLAY = (
    "Boomerang's window needs a desktop session, and none was found "
    "(no DISPLAY or WAYLAND_DISPLAY).\n"
    "Without a screen, use the command line: `python main.py --help`.\n"
)


def has_display() -> bool:
    """Whether a window can be shown: Qt aborts the process when it cannot connect."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class AfterFirstPaint(QObject):
    """Calls `then` from the event loop once `widget` has painted for the first time, so that
    slow work started there cannot hold back the window's first frame."""

    def __init__(self, widget, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: it runs after this paint has reached the screen.
            QTimer.singleShot(0, self.then)
        return False


def open_workspace(window) -> bool:
    """Open the window's workspace database (SQLAlchemy, migrations on a new one) and hand it
    to the window. Half of a cold start is this; the window is already on screen, saying
    "Opening your workspace…". On failure the user reads why and the studio closes."""
    from runtime.api import Service

    try:
        service = Service.open(window.workspace)
    except UserError as exc:
        QMessageBox.critical(window, tr("Boomerang"), exc.message)
        QApplication.instance().exit(2)
        return False
    window.attach_service(service)
    window.files.recover()  # offers work that a crash left unsaved
    # What the first recipe or email step needs, loaded now rather than on that first click.
    QTimer.singleShot(0, warm_up)
    return True


def warm_up() -> None:
    import networkx  # noqa: F401 - every flow is a networkx graph

    import runtime.templates  # noqa: F401 - Jinja2, for the email editor and previews


def run_studio(argv: list[str]) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Boomerang")
    app.setOrganizationName("Boomerang")
    try:
        workspace = Workspace.default()
    except OSError as exc:
        QMessageBox.critical(None, tr("Boomerang"),
                             tr("Boomerang cannot use its workspace folder: {0}").format(exc))
        return 2
    from studio.main_window import MainWindow

    window = MainWindow(workspace=workspace)
    window.show()
    AfterFirstPaint(window, lambda: open_workspace(window))
    try:
        return app.exec()
    finally:
        # Delete the window while the application still exists: left to Python's exit,
        # Qt objects are torn down in an order that can crash.
        service = window.service
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        if service is not None:
            service.close()
