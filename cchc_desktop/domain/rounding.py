"""The note a sheet's total needs when rounding each leaf first would give another total."""

from __future__ import annotations

from decimal import Decimal

from .scoring import Column, RoundingPolicy, ScoreSheet


def rounded_total_if_different(sheet: ScoreSheet, column: Column) -> Decimal | None:
    """The total with each leaf rounded first (as some provinces add up), or None when it equals the exact total
    or the column has no scores yet: the one rule the window, the command line and the PDF print it by."""
    if not sheet.totals(None, column).scored:
        return None
    rounded = sheet.total(column, RoundingPolicy.ROUND_EACH_LEAF)
    return rounded if rounded != sheet.total(column, RoundingPolicy.EXACT) else None
