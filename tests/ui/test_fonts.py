"""The bundled interface font is registered at start and covers Vietnamese, whatever fonts the PC has."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QRawFont

from cchc_desktop.paths import resource_path
from cchc_desktop.ui.fonts import UI_FONT_FAMILY, UI_FONT_FILES, install_ui_font

VIETNAMESE = "Cải cách hành chính: thủ tục, tiêu chí thành phần, điểm thẩm định — Đắk Lắk, Phong Thổ"


def test_the_font_files_and_their_licence_are_bundled():
    for name in UI_FONT_FILES:
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "Open Font License" in resource_path("fonts", "LiberationSans-LICENSE.txt").read_text(encoding="utf-8")


def test_installing_makes_it_the_application_font(qapp):
    previous = QGuiApplication.font()
    try:
        assert install_ui_font(qapp) == UI_FONT_FAMILY
        assert QGuiApplication.font().family() == UI_FONT_FAMILY
        assert UI_FONT_FAMILY in QFontDatabase.families()
    finally:
        QGuiApplication.setFont(previous)


def test_every_vietnamese_letter_is_in_the_font_files_themselves(qapp):
    # QRawFont reads the file alone: no system fallback can hide a missing glyph.
    letters = {ch for ch in VIETNAMESE + VIETNAMESE.upper() if not ch.isspace()}
    for name in UI_FONT_FILES:
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        assert raw.isValid()
        assert sorted(ch for ch in letters if not raw.supportsCharacter(ord(ch))) == [], name
        assert not raw.supportsCharacter(ord("中")), "the check must be able to fail"
