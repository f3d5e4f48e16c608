"""Loads the studio's translation for the user's language, and Qt's own, with English as fallback.

The language is, in order: BOOMERANG_LANG (e.g. `uk`, `zh_TW`, `en`), the `language` setting
(QSettings of the Boomerang application), the system's locale. The .qm files are compiled from
studio/i18n/*.ts by scripts/setup.sh (scripts/update_translations.py --compile).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
ENV = "BOOMERANG_LANG"
SETTING = "language"
# Chinese as written in Hong Kong and Macau is Traditional too.
_ALIASES = {"zh_HK": "zh_TW", "zh_MO": "zh_TW", "zh_Hant": "zh_TW"}

_installed: list[QTranslator] = []  # the application does not own Python translators
_default_before: list[QLocale] = []  # the locale before a language was chosen


def chosen_language() -> str:
    """The language code asked for: environment, then setting, then system locale."""
    wanted = os.environ.get(ENV, "").strip()
    if not wanted:
        wanted = str(QSettings().value(SETTING, "") or "").strip()
    if not wanted:
        wanted = QLocale.system().name()
    wanted = wanted.split(".")[0].replace("-", "_")  # uk_UA.UTF-8, zh-TW
    return _ALIASES.get(wanted, wanted)


def install_translators(app: QCoreApplication, language: str | None = None) -> str | None:
    """Installs the translators for `language` (default: chosen_language()). Returns the
    language now shown, or None for English. Calling it again replaces the previous ones."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or chosen_language()
    if language == "C" or language.startswith("en"):
        return None
    locale = QLocale(language)
    own = QTranslator(app)
    # load() with a locale tries uk_UA, then uk: a regional locale finds its language.
    if not own.load(locale, "boomerang", "_", str(I18N_DIR)):
        if (I18N_DIR / f"boomerang_{language.split('_')[0]}.ts").exists():
            log.warning("The %s translation is not compiled; run scripts/setup.sh", language)
        return None
    app.installTranslator(own)
    _installed.append(own)
    # Dates, numbers and month names in the same language as the words around them.
    if not _default_before:
        _default_before.append(QLocale())
    QLocale.setDefault(locale)
    # Qt's own strings: the buttons of message boxes, file dialogs, context menus.
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Back to English (tests switch languages within one process)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if _default_before:
        QLocale.setDefault(_default_before.pop())
