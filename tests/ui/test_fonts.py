"""The bundled interface font is registered at start and covers Vietnamese, whatever fonts the PC has."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

from cchc_desktop.paths import resource_path
from cchc_desktop.ui.fonts import UI_FONT_FAMILY, UI_FONT_FILES, install_ui_font

VIETNAMESE = "Cải cách hành chính: thủ tục, tiêu chí thành phần, điểm thẩm định — Đắk Lắk, Phong Thổ"


def test_the_font_files_and_their_licence_are_bundled():
    for name in UI_FONT_FILES:
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "Open Font License" in resource_path("fonts", "LiberationSans-LICENSE.txt").read_text(encoding="utf-8")


def test_installing_makes_it_the_application_font_with_every_vietnamese_letter(qapp):
    previous = QGuiApplication.font()
    try:
        assert install_ui_font(qapp) == UI_FONT_FAMILY
        font = QGuiApplication.font()
        assert font.family() == UI_FONT_FAMILY
        assert UI_FONT_FAMILY in QFontDatabase.families()
        metrics = QFontMetrics(font)
        missing = [ch for ch in set(VIETNAMESE) if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
        assert missing == []
    finally:
        QGuiApplication.setFont(previous)
