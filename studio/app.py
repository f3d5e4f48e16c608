"""Starts the studio: the Qt application, the workspace service and the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from runtime.api import Service
from runtime.errors import UserError

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
        service = Service.open()
    except UserError as exc:
        QMessageBox.critical(None, tr("Boomerang"), exc.message)
        return 2
    from studio.main_window import MainWindow

    window = MainWindow(service)
    window.show()
    window.files.recover()  # offers work that a crash left unsaved
    try:
        return app.exec()
    finally:
        # Delete the window while the application still exists: left to Python's exit,
        # Qt objects are torn down in an order that can crash.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        service.close()
