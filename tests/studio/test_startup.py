"""Cold start: the window comes first with real content, the workspace's database after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from runtime.api import Service
from studio import app as studio_app
from studio.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_needs_neither_the_database_nor_networkx_nor_jinja(tmp_path):
    # A fresh interpreter: in this one the other tests have imported everything already.
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from runtime.workspace import Workspace\n"
        "import studio.app\n"
        "from studio.main_window import MainWindow\n"
        "w = MainWindow(workspace=Workspace.default())\n"
        "w.show()\n"
        "app.processEvents()\n"
        "print(' '.join(m for m in ('sqlalchemy', 'networkx', 'jinja2', 'alembic')"
        " if m in sys.modules))\n"
        "w.deleteLater()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOMERANG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    assert done.stdout.strip() == "", f"imported before the first frame: {done.stdout}"
    assert not (tmp_path / "boomerang.db").exists()  # not even opened yet


def test_the_window_shows_the_welcome_page_while_the_workspace_opens(qtbot, workspace):
    window = MainWindow(workspace=workspace)
    window.show()
    try:
        assert window.service is None
        assert window.central.currentWidget() is window.welcome and window.welcome.isVisible()
        assert "Opening your workspace" in window.welcome.busy_label.text()
        assert window.welcome.busy_label.isVisible()
        assert window.flows_panel.tree.topLevelItem(0).text(0) == "Opening your workspace…"
        # Nothing that makes a flow before there is a database to save it in.
        assert not window.actions.new.isEnabled() and not window.palette.isEnabled()
        with qtbot.waitSignal(window.workspaceOpened, timeout=20000):
            opener = studio_app.WorkspaceOpener(window)
            assert window.service is None  # opening in a worker; the window goes on
        opener.wait()
        assert isinstance(window.service, Service)
        assert window.welcome.busy_label.isHidden() and window.welcome.import_button.isEnabled()
        assert window.flows_panel.tree.topLevelItem(0).text(0) == "No flows yet"
        assert window.actions.new.isEnabled() and window.palette.isEnabled()
    finally:
        service = window.service
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        if service is not None:
            service.close()


def test_the_workspace_opens_only_after_the_first_paint(qtbot, workspace):
    window = MainWindow(workspace=workspace)
    calls = []
    studio_app.AfterFirstPaint(window, lambda: calls.append(window.isVisible()))
    try:
        QCoreApplication.processEvents()
        assert calls == []  # not shown, never painted
        window.show()
        qtbot.waitUntil(lambda: calls == [True], timeout=5000)
        window.update()
        QCoreApplication.processEvents()
        assert calls == [True]  # once
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_workspace_that_cannot_open_is_a_message_and_the_studio_ends(qtbot, workspace,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    # A database URL that no driver understands: Service.open raises a UserError or another
    # error, and either way the user reads a message instead of a traceback.
    workspace.save_settings({"database_url": "nosuchdb://nowhere"})
    shown, exits = [], []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: exits.append(code))
    window = MainWindow(workspace=workspace)
    try:
        opener = studio_app.WorkspaceOpener(window)
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        opener.wait()
        assert window.service is None and exits == [2]
        assert "Traceback" not in shown[0] and shown[0].strip()
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_window_that_never_paints_still_opens_its_workspace(qtbot, workspace):
    window = MainWindow(workspace=workspace)  # never shown: as if started minimised
    calls = []
    studio_app.AfterFirstPaint(window, lambda: calls.append("open"), fallback_ms=50)
    try:
        qtbot.waitUntil(lambda: calls == ["open"], timeout=5000)
        window.show()
        QCoreApplication.processEvents()
        assert calls == ["open"]  # the first paint does not open it twice
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
