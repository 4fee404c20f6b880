"""Registers the bundled interface font so the window never depends on the fonts a PC happens to have."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..paths import resource_path

UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")
UI_FONT_FAMILY = "Liberation Sans"
UI_POINT_SIZE = 10

log = logging.getLogger(__name__)


def install_ui_font(app: QGuiApplication) -> str | None:
    """Load the bundled font files and make the family the application default; return it or None."""
    families: set[str] = set()
    for name in UI_FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if UI_FONT_FAMILY not in families:
        return None
    font = QFont(UI_FONT_FAMILY, UI_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    app.setFont(font)
    return UI_FONT_FAMILY
