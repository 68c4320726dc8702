"""UI translations: our `journeymap_<lang>.qm` plus Qt's own `qtbase_<lang>.qm` (standard dialogs, buttons).

The language is `de` or `en`; the setting `system` follows the system locale (German → `de`, else `en`).
Switching installs new translators, which sends `QEvent.LanguageChange` to every widget so they retranslate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeymap.locate import resource_path

UI_LANGUAGES = ("de", "en")

_installed: list[QTranslator] = []
_current = "en"


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The UI language for a setting (`system`, `de`, `en`)."""
    if setting in UI_LANGUAGES:
        return setting
    locale = system or QLocale.system()
    for name in (locale.name(), *locale.uiLanguages()):
        if name.lower().startswith("de"):
            return "de"
    return "en"


def translations_folder() -> str:
    return str(resource_path("translations"))


def install(lang: str) -> str:
    """Install the translators of `lang` (replacing earlier ones); returns the language in use."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in UI_LANGUAGES else "en"
    uninstall()
    ours = QTranslator(app)
    if ours.load(f"journeymap_{lang}", translations_folder()):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    wanted = QLocale.Language.German if lang == "de" else QLocale.Language.English
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == wanted else QLocale(wanted))
    _current = lang
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    return lang


def uninstall() -> None:
    """Remove our translators (the UI shows the English source texts)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = "en"


def current() -> str:
    """The UI language installed last (`de` or `en`)."""
    return _current
