"""Studio tests run offscreen and fail when a test leaves top-level widgets behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp):
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    assert not leaked, f"test left top-level widgets open: {leaked}"
