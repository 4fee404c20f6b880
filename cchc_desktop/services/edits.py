"""One requested change of a leaf score: what the window, the paste and the import hand to a SheetDocument."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.scoring import Column


@dataclass(frozen=True)
class Edit:
    """One requested change of a leaf score (value None clears it)."""

    code: str
    column: Column
    value: Decimal | None
