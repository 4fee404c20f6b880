"""The unit and year a score table names in its title line ("… HUYỆN PHONG THỔ NĂM 2023"), and unit-name matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .tables import header_fields, strip_markup

# Longer words first, so "THỊ XÃ" is not read as "XÃ". Each maps to the level of the criteria framework.
_UNIT_WORDS = (
    ("thị xã", "district"), ("thành phố", "district"), ("huyện", "district"), ("quận", "district"),
    ("thị trấn", "commune"), ("phường", "commune"), ("xã", "commune"),
    ("tỉnh", "province"), ("sở", "department"),
)
_TITLE = re.compile(
    r"(?<!\w)(" + "|".join(word for word, _ in _UNIT_WORDS) + r")\s+(\S.*?)\s+năm\s+(\d{4})(?!\d)",
    re.IGNORECASE)
# How the Vietnamese framework name says each level: "Bộ tiêu chí cấp huyện năm 2023".
LEVEL_WORDS = {"district": "huyện", "commune": "xã", "province": "tỉnh", "department": "sở"}


@dataclass(frozen=True)
class TitleUnit:
    unit: str  # "Huyện Phong Thổ"
    year: int
    level: str  # "district", "commune" …


def unit_key(name: str) -> str:
    """The form two unit names are compared in: NFC, case folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _name_case(text: str) -> str:
    # Titles are in capitals; a unit name is stored with each word capitalised ("Huyện Phong Thổ").
    return " ".join(word[:1].upper() + word[1:].lower() for word in text.split())


def read_title(rows: Iterable[tuple[int, Sequence[str]]]) -> TitleUnit | None:
    """The unit and year named in the lines above the table's header row, or None if they name none."""
    lines = []
    for _number, cells in rows:
        cells = [unicodedata.normalize("NFC", cell or "") for cell in cells]
        if header_fields(cells) is not None:
            break
        lines.append(" ".join(strip_markup(cell) for cell in cells if cell and cell.strip()))
    # A title is often broken over two lines ("… CẢI CÁCH HÀNH CHÍNH / HUYỆN PHONG THỔ NĂM 2023").
    text = " ".join(" ".join(lines).replace("*", " ").split())
    found = _TITLE.search(text)
    if found is None:
        return None
    word, name, year = found.group(1), found.group(2).strip(" ,.:;-–"), int(found.group(3))
    if not name or not 2000 <= year <= 2100:
        return None
    level = next(level for w, level in _UNIT_WORDS if w == word.lower())
    word = " ".join(word.lower().split())
    return TitleUnit(f"{word[:1].upper()}{word[1:]} {_name_case(name)}", year, level)
