"""Translations: .ts files in step with the source, BOOMERANG_LANG=uk shows Ukrainian menus."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from studio.translations import I18N_DIR, chosen_language, install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"


def run_script(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_ts_files_exist_for_every_language():
    for language in ("uk", "ru", "bg", "zh_TW"):
        root = ET.parse(I18N_DIR / f"boomerang_{language}.ts").getroot()
        assert root.get("language") == language


def test_ts_files_are_not_stale():
    """A string added to or removed from the studio without running the update script fails
    here, naming the file and the string."""
    result = run_script("--check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def ukrainian(qapp, monkeypatch):
    assert run_script("--compile").returncode == 0  # what scripts/setup.sh does
    monkeypatch.setenv("BOOMERANG_LANG", "uk")
    assert chosen_language() == "uk"
    assert install_translators(qapp) == "uk"
    yield
    remove_translators(qapp)


def test_english_is_the_fallback(qapp, monkeypatch):
    for language in ("en", "en_GB", "de_DE"):
        monkeypatch.setenv("BOOMERANG_LANG", language)
        assert install_translators(qapp) is None
        assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_regional_locale_finds_its_language(ukrainian, qapp, monkeypatch):
    monkeypatch.setenv("BOOMERANG_LANG", "uk_UA.UTF-8")
    assert install_translators(qapp) == "uk_UA"
    assert QCoreApplication.translate("Actions", "&File") == "&Файл"


def test_main_window_menus_and_welcome_in_ukrainian(ukrainian, service):
    from studio.main_window import MainWindow

    window = MainWindow(service)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Файл", "&Редагування", "&Вигляд"]
        toolbar = [a.text() for bar in window.findChildren(QToolBar) for a in bar.actions()]
        assert {"&Скасувати", "&Випробувати на історії…"} <= set(toolbar)
        labels = [label.text() for label in window.welcome.findChildren(QLabel)]
        assert "Вітаємо в Boomerang" in labels
        assert any("вигаданих покупців" in text for text in labels)  # a plural form
        # Qt's own strings come in Ukrainian too (message box buttons, context menus).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def test_card_titles_and_summaries_follow_the_language(ukrainian):
    from runtime.flow import Flow
    from studio.canvas.node_item import NodeItem

    flow = Flow("Тест")
    wait = flow.add_node("wait.delay", {"duration": {"amount": 7, "unit": "days"}})
    item = NodeItem(wait)
    item.sync(flow)
    assert (item.title, item.summary) == ("Зачекати", "Зачекати 7 дн.")


def test_dates_follow_the_chosen_language(ukrainian):
    # Month names in the backtest's date fields come from the default locale.
    from PySide6.QtCore import QDate, QLocale

    assert QLocale().toString(QDate(2025, 11, 23), "d MMMM yyyy") == "23 листопада 2025"
