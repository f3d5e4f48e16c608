"""Starts the studio: the Qt application, the workspace service and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from runtime.api import Service
from runtime.errors import UserError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Studio", text)


def run_studio(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Boomerang")
    app.setOrganizationName("Boomerang")
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
