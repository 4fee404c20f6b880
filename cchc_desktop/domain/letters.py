"""Vietnamese letters without their marks, the one rule behind header matching, search, file names and rule text."""

from __future__ import annotations

import unicodedata


def strip_marks(text: str) -> str:
    """The text without tone and vowel marks, case kept: "Điểm thẩm định" → "Diem tham dinh".

    Đ/đ is a letter of its own, not a mark on D, so Unicode does not decompose it; it becomes D/d here.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
