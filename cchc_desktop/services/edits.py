"""One requested change of a leaf score: what the window, the paste and the import hand to a SheetDocument."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..domain.scoring import Column


class Edit(NamedTuple):
    """One requested change of a leaf score (value None clears it)."""

    code: str
    column: Column
    value: Decimal | None
