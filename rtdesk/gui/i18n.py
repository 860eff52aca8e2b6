"""The interface language: rtdesk's and Qt's translators, and the locale of dates and numbers."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rtdesk.gui.options import INTERFACE_LANGUAGE, Options

# Language code -> its name in that language (what the Preferences list shows).
SUPPORTED_LANGUAGES: dict[str, str] = {"it": "Italiano", "en": "English"}
# The strings in the code are English: that language needs no translation file.
SOURCE_LANGUAGE = "en"
# A C/POSIX locale (headless sessions, some Linux set-ups) names no language; the users are
# Italian public-administration staff, so they get Italian rather than bare source strings.
FALLBACK_LANGUAGE = "it"
# Dates and numbers when the system's locale is of another language than the interface:
# Italy for Italian; Britain for English (day before month, as Italian offices expect).
FORMAT_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "it": (QLocale.Language.Italian, QLocale.Country.Italy),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
TRANSLATION_PACKAGE = "rtdesk_resources"
TRANSLATION_FOLDER = "i18n"
# The object name that marks the translators installed here, so they can be removed again.
TRANSLATOR_NAME = "rtdesk-translator"


def language_of(locale: QLocale) -> str | None:
    """The supported language a locale asks for first, FALLBACK_LANGUAGE for C/POSIX, else None.

    uiLanguages() lists the user's preferences in order (LANGUAGE=de:en on Linux, the
    Windows display languages), so a German desktop that also accepts English gets English.
    """
    if locale.language() == QLocale.Language.C:
        return FALLBACK_LANGUAGE
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].casefold()
        if code in ("c", "posix"):
            return FALLBACK_LANGUAGE
        if code in SUPPORTED_LANGUAGES:
            return code
    return None


def system_language(system: QLocale | None = None) -> str:
    """The language that follows the system: its own if supported, else the source language."""
    language = language_of(QLocale.system() if system is None else system)
    return language or SOURCE_LANGUAGE


def chosen_language(options: Options, system: QLocale | None = None) -> str:
    """The language of the Preferences, or the system's when they say "follow the system"."""
    stored = options.get(INTERFACE_LANGUAGE)
    if stored in SUPPORTED_LANGUAGES:
        return stored
    return system_language(system)


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale of dates and numbers for an interface language.

    The system's own locale when it speaks that language (so it_CH or en_US keep their
    habits), otherwise the language's usual country (never C, which writes "25 11 2026").
    """
    system = QLocale.system() if system is None else system
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(*FORMAT_LOCALES[language])


def app_translation_file(language: str) -> str | None:
    """Path of rtdesk_<language>.qm in the installed resources (also inside a bundle)."""
    entry = resources.files(TRANSLATION_PACKAGE) / TRANSLATION_FOLDER / f"rtdesk_{language}.qm"
    if not entry.is_file():
        return None
    # A real file in an installed package, an editable checkout and a PyInstaller bundle.
    return str(entry)


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName(TRANSLATOR_NAME)
    translator.setParent(app)  # the application keeps it alive
    app.installTranslator(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators install_translators put in (the interface goes back to English)."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def install_translators(
    app: QCoreApplication, options: Options, system: QLocale | None = None
) -> str:
    """Translate the interface and format dates and numbers for the chosen language.

    Call it before any widget exists: widgets take their texts and locale when built. Returns
    the language code chosen. A missing translation leaves those texts in English.
    """
    language = chosen_language(options, system)
    remove_translators(app)
    QLocale.setDefault(formatting_locale(language, system))
    # Qt's own texts: standard buttons ("Annulla"), file dialogs, context menus.
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", qt_translations_folder()):
        _install(app, qt)
    if language != SOURCE_LANGUAGE:
        path = app_translation_file(language)
        ours = QTranslator()
        if path is not None and ours.load(path):
            _install(app, ours)
        else:
            # Not a reason to refuse to start: the interface shows its English texts.
            print(
                f"rtdesk: no usable translation rtdesk_{language}.qm in "
                f"{TRANSLATION_PACKAGE}/{TRANSLATION_FOLDER}; the interface stays in English "
                "(build it with `python packaging/build_translations.py release`).",
                file=sys.stderr,
                flush=True,
            )
    return language
