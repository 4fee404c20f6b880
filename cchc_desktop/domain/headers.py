"""Document headers (NĐ 30): the body above a unit printed over the unit's own name, and the place under them."""

from __future__ import annotations

from .letters import strip_marks

# Units named after a territory issue their documents as that territory's People's Committee (UBND).
TERRITORIES = ("Tỉnh ", "Thành phố ", "Huyện ", "Thị xã ", "Quận ", "Xã ", "Phường ", "Thị trấn ", "Đặc khu ")
COMMITTEE_PREFIXES = ("UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân ")
# A district-level committee appraises through its Phòng Nội vụ; a province (or a centrally run city) its Sở Nội vụ.
DISTRICT_WORDS = ("huyen ", "quan ", "thi xa ")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def issuing_name(unit: str) -> str:
    """How the unit signs its documents: "Xã Khổng Lào" → "UBND xã Khổng Lào"; "Sở Nội vụ" stays as it is."""
    if unit.startswith(TERRITORIES):
        return f"UBND {_lower_first(unit)}"
    return unit


def place_of(name: str) -> str:
    """The place a document is dated at: "Huyện Phong Thổ" and "UBND tỉnh Lai Châu" → "Phong Thổ", "Lai Châu"."""
    for prefix in COMMITTEE_PREFIXES:
        if name.casefold().startswith(prefix.casefold()):
            name = name[len(prefix):]
            break
    for prefix in TERRITORIES:
        if name.casefold().startswith(prefix.casefold()):
            return name[len(prefix):]
    return name


def header_lines(unit: str, parent: str | None) -> tuple[str, ...] | None:
    """The body above the unit, then the unit as it issues documents ("UBND tỉnh Lai Châu" / "Sở Nội vụ");
    None when no body above it is recorded (the caller keeps its usual header)."""
    parent = (parent or "").strip()
    if not parent:
        return None
    return (parent, issuing_name(unit))


def appraising_office(parent: str) -> tuple[str, str]:
    """Who issues the ranking of the units under ``parent``: its Home Affairs office, under the committee."""
    bare = strip_marks(parent).casefold()
    for prefix in COMMITTEE_PREFIXES:
        folded = strip_marks(prefix).casefold()
        if bare.startswith(folded):
            bare = bare[len(folded):]
            break
    office = "Phòng Nội vụ" if bare.startswith(DISTRICT_WORDS) else "Sở Nội vụ"
    return (parent, office)
