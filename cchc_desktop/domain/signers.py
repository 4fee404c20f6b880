"""Who signs a printed sheet: one block of role lines and a name, and how its roles are written in one line."""

from __future__ import annotations

from typing import NamedTuple


class Signer(NamedTuple):
    """One signature block: role lines (e.g. "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the printed name."""

    roles: tuple[str, ...]
    name: str = ""


def parse_roles(text: str) -> tuple[str, ...]:
    """Role lines written on one line with slashes ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), blanks dropped."""
    return tuple(part.strip() for part in text.split("/") if part.strip())
