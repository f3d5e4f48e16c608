"""Starts the studio: the window first, then the workspace's database, then what may wait."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from runtime.errors import UserError
from runtime.workspace import Workspace
from studio.bridge import Task

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
    """Calls `then` once from the event loop after `widget` has painted for the first time, so
    that slow work started there cannot hold back the window's first frame. A window that
    starts minimised may not paint for a long time: after `fallback_ms` it is called anyway."""

    def __init__(self, widget, then, fallback_ms: int = 1500) -> None:
        super().__init__(widget)
        self.then, self.called = then, False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._call)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: it runs after this paint has reached the screen.
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if not self.called:
            self.called = True
            self.then()


class WorkspaceOpener:
    """Opens the window's workspace database in a worker thread (SQLAlchemy, and migrations on
    a new workspace: half of a cold start) and hands it to the window. Meanwhile the window is
    on screen, says "Opening your workspace…" and still moves, resizes and repaints. On
    failure the user reads why and the studio closes."""

    def __init__(self, window) -> None:
        self.window = window
        self.service = None  # set by the worker; read only after the task has ended
        self.task = Task(self._open, window.workspace)
        self.task.finished.connect(self._opened)
        self.task.failed.connect(self._failed)
        self.warm: Task | None = None
        self.task.start()

    def _open(self, workspace, *, progress, should_cancel):
        from runtime.api import Service

        self.service = Service.open(workspace)
        return self.service

    def _opened(self, service) -> None:
        self.window.attach_service(service)
        self.window.files.recover()  # offers work that a crash left unsaved
        # What the first recipe or email step needs, loaded now rather than on that click.
        self.warm = Task(_warm_up).start()

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self.window, tr("Boomerang"), message)
        QApplication.instance().exit(2)

    def wait(self) -> None:
        """Let the worker finish before the process ends: a migration is never cut off."""
        for task in (self.task, self.warm):
            if task is not None:
                task.wait(60_000)


def _warm_up(*, progress, should_cancel) -> None:
    import networkx  # noqa: F401 - every flow is a networkx graph

    import runtime.templates  # noqa: F401 - Jinja2, for the email editor and previews


def run_studio(argv: list[str]) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Boomerang")
    app.setOrganizationName("Boomerang")
    from studio.translations import install_translators

    install_translators(app)  # before any window: widgets translate their text when built
    try:
        workspace = Workspace.default()
    except UserError as exc:
        # The message names the folder and what to do.
        QMessageBox.critical(None, tr("Boomerang"), exc.message)
        return 2
    from studio.main_window import MainWindow

    window = MainWindow(workspace=workspace)
    window.show()
    openers: list[WorkspaceOpener] = []
    AfterFirstPaint(window, lambda: openers.append(WorkspaceOpener(window)))
    try:
        return app.exec()
    finally:
        for opener in openers:
            opener.wait()
        # Delete the window while the application still exists: left to Python's exit,
        # Qt objects are torn down in an order that can crash.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        for opener in openers:
            if opener.service is not None:
                opener.service.close()
