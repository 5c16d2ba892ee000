"""Switching the interface language: our own .qm files plus Qt's for standard dialogs."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}
LOCALES = {"en": "en_GB", "nl": "nl_NL"}

_installed: list[QTranslator] = []


def translation_file(code: str) -> str | None:
    """Path of our compiled translation for ``code``, if it was built."""
    candidate = resources.files("app.resources").joinpath("translations", f"koers_{code}.qm")
    return str(candidate) if candidate.is_file() else None


def install_language(code: str) -> bool:
    """Make ``code`` the interface language; returns False when no translation exists."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(LOCALES.get(code, "en_GB"))
    QLocale.setDefault(locale)
    if code == "en":
        return True
    found = False
    ours = translation_file(code)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(ours):
            app.installTranslator(translator)
            _installed.append(translator)
            found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return found
