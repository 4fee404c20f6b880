"""Interface language: our translation plus Qt's own standard texts, chosen from a menu and remembered."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from ..paths import translations_dir

DEFAULT_LANGUAGE = "vi"
# Each language is named in itself, so anyone can find their own in the menu.
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
LANGUAGE_KEY = "ui/language"
_LOCALES = {"vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def saved_language(settings: QSettings) -> str:
    code = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, code: str) -> None:
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def install_language(code: str) -> list[str]:
    """Replace the installed translators with those for ``code``; return the files loaded.

    English is the source language: it needs no file of ours, only Qt's when Qt has one.
    Qt has no Vietnamese of its own, so ``qt_vi.qm`` (buttons, line-edit menu, undo view)
    is ours too.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    ours = translations_dir()
    candidates = [(f"cchc_{code}", str(ours)), (f"qt_{code}", str(ours)),
                  (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    if code != "en" and f"cchc_{code}" not in loaded:
        log.warning("no translation cchc_%s.qm in %s: the window stays in English", code, ours)
    QLocale.setDefault(_LOCALES.get(code, QLocale.c()))
    return loaded


class ActionTexts(QObject):
    """Keeps an action's text and tooltip (sources marked with QT_TRANSLATE_NOOP in ``context``) in the current
    language: at once when a language is picked in ``group``, and on Qt's own LanguageChange, which comes later."""

    def __init__(self, action: QAction, parent: QObject, context: str, text: str, tooltip: str = "",
                 group: QActionGroup | None = None) -> None:
        super().__init__(parent)
        self.action, self.context, self.text, self.tooltip = action, context, text, tooltip
        parent.installEventFilter(self)
        if group is not None:
            group.triggered.connect(lambda _action: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate(self.context, self.text))
        if self.tooltip:
            self.action.setToolTip(QCoreApplication.translate(self.context, self.tooltip))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
