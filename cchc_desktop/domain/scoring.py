"""Scores of one sheet: leaf entries in two columns, notes, and subtotals kept up to date per edit."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .criteria import Criterion, Framework
from .errors import ScoreParseError, ScoreRangeError
from .numbers import HUNDREDTH, format_score, round_half_up

ZERO = Decimal("0.00")


class Column(enum.Enum):
    SELF = "self"  # điểm tự đánh giá
    APPRAISAL = "appraisal"  # điểm thẩm định: the final appraisal (round 2), the only one before the cycle
    ROUND1 = "round1"  # điểm thẩm định vòng 1

    @classmethod
    def parse(cls, text: str) -> Column:
        if text == FINAL_NAME:
            return cls.APPRAISAL
        try:
            return cls(text)
        except ValueError:
            raise ScoreRangeError(f"“{text}” is not a score column: use self, round1 or final.",
                                  kind="bad_column", text=text) from None


# The final appraisal's name on the command line and in show --json; "appraisal" stays its stored name.
FINAL_NAME = "final"
# The two columns every sheet has had since the first release: what is printed, fingerprinted, pasted into and
# ranked. Round 1 is a working column of the yearly cycle, kept beside them.
MAIN_COLUMNS = (Column.SELF, Column.APPRAISAL)


class RoundingPolicy(enum.Enum):
    EXACT = "exact"  # sum the entered leaves as they are
    ROUND_EACH_LEAF = "round_each_leaf"  # round every leaf half-up first, as the provincial software does


def validate_score(criterion: Criterion, value: Decimal) -> Decimal:
    """Return ``value`` if 0 ≤ value ≤ the criterion's maximum in hundredths, else raise with the reason."""
    if not value.is_finite() or value != value.quantize(HUNDREDTH):
        raise ScoreParseError(f"{criterion.code}: {value} has more than 2 decimal places.",
                              kind="too_many_decimals", code=criterion.code, text=str(value))
    if value < 0:
        raise ScoreRangeError(f"{criterion.code}: {format_score(value)} is below 0.", kind="below_zero",
                              code=criterion.code, value=value)
    if value > criterion.maximum:
        raise ScoreRangeError(
            f"{criterion.code}: {format_score(value)} is over the maximum of {format_score(criterion.maximum)}.",
            kind="over_maximum", code=criterion.code, value=value, maximum=criterion.maximum)
    return value


@dataclass(frozen=True)
class Totals:
    """A node's roll-up in one column."""

    exact: Decimal
    rounded: Decimal
    scored: int  # leaves below with an entry
    leaves: int

    @property
    def value(self) -> Decimal | None:
        return self.exact if self.scored else None


@dataclass(frozen=True)
class ScoreChange:
    """What one edit changed: the leaf and every node whose subtotal moved."""

    code: str
    column: Column
    old: Decimal | None
    new: Decimal | None
    affected: tuple[str, ...]  # the leaf first, then its ancestors up to the area


class _RunningSum:
    __slots__ = ("exact", "rounded", "scored")

    def __init__(self) -> None:
        self.exact = ZERO
        self.rounded = ZERO
        self.scored = 0


class ScoreSheet:
    """Entries of one unit's sheet for one framework.

    Every node keeps its own running sums (exact, leaf-rounded, count of scored leaves)
    per column, so one edit walks only the leaf's ancestors: O(depth), not O(size).
    """

    def __init__(self, framework: Framework, *, rounding_places: int = 2) -> None:
        self.framework = framework
        self.rounding_places = rounding_places
        self._entries: dict[Column, dict[str, Decimal]] = {column: {} for column in Column}
        self._notes: dict[str, str] = {}
        self._explanations: dict[str, str] = {}  # the unit's giải trình per criterion
        self._sums: dict[Column, dict[str, _RunningSum]] = {
            column: {node.code: _RunningSum() for node in framework} for column in Column
        }
        self._grand: dict[Column, _RunningSum] = {column: _RunningSum() for column in Column}
        self._leaf_count: dict[str, int] = {}
        for node in framework:
            if node.is_leaf:
                for holder in (node, *node.ancestors()):
                    self._leaf_count[holder.code] = self._leaf_count.get(holder.code, 0) + 1
        self._total_leaves = sum(1 for node in framework if node.is_leaf)

    # --- reading -------------------------------------------------------------------
    def score(self, code: str, column: Column) -> Decimal | None:
        """The entered score of a leaf, or the computed subtotal of a parent (None if nothing below is scored)."""
        node = self.framework.get(code)
        if node.is_leaf:
            return self._entries[column].get(code)
        return self.totals(code, column).value

    def entry(self, code: str, column: Column) -> Decimal | None:
        return self._entries[column].get(code)

    def entries(self, column: Column) -> Mapping[str, Decimal]:
        return self._entries[column]

    def note(self, code: str) -> str | None:
        return self._notes.get(code)

    def notes(self) -> Mapping[str, str]:
        return self._notes

    def explanation(self, code: str) -> str | None:
        return self._explanations.get(code)

    def explanations(self) -> Mapping[str, str]:
        return self._explanations

    def totals(self, code: str | None, column: Column) -> Totals:
        """Roll-up of one node, or of the whole sheet when ``code`` is None."""
        if code is None:
            running, leaves = self._grand[column], self._total_leaves
        else:
            running, leaves = self._sums[column][code], self._leaf_count[code]
        return Totals(running.exact, running.rounded, running.scored, leaves)

    def total(self, column: Column, policy: RoundingPolicy = RoundingPolicy.EXACT) -> Decimal:
        grand = self._grand[column]
        return grand.exact if policy is RoundingPolicy.EXACT else grand.rounded

    def difference(self, code: str, base: Column = Column.SELF) -> Decimal | None:
        """Final appraisal minus ``base`` (the self-assessment, or round 1), where both exist."""
        appraisal, own = self.score(code, Column.APPRAISAL), self.score(code, base)
        if appraisal is None or own is None:
            return None
        return appraisal - own

    def walk(self) -> Iterator[Criterion]:
        return iter(self.framework)

    # --- changing ------------------------------------------------------------------
    def check(self, code: str, column: Column, value: Decimal | None) -> Criterion:
        """Validate an edit without applying it; return the leaf."""
        leaf = self.framework.leaf(code)
        if value is not None:
            validate_score(leaf, value)
        return leaf

    def set_score(self, code: str, column: Column, value: Decimal | None) -> ScoreChange:
        """Enter (or clear, with None) a leaf's score and roll it up through its ancestors."""
        leaf = self.check(code, column, value)
        entries = self._entries[column]
        old = entries.get(code)
        if value is None:
            entries.pop(code, None)
        else:
            entries[code] = value
        exact_delta = (value or ZERO) - (old or ZERO)
        rounded_delta = self._rounded(value) - self._rounded(old)
        scored_delta = (value is not None) - (old is not None)
        affected = [leaf.code]
        sums = self._sums[column]
        for holder in (sums[leaf.code], *(sums[a.code] for a in leaf.ancestors()), self._grand[column]):
            holder.exact += exact_delta
            holder.rounded += rounded_delta
            holder.scored += scored_delta
        affected.extend(a.code for a in leaf.ancestors())
        return ScoreChange(code, column, old, value, tuple(affected))

    def set_note(self, code: str, text: str | None) -> str | None:
        """Set a criterion's free-text note; empty text removes it. Returns the old note."""
        self.framework.get(code)
        old = self._notes.get(code)
        if text:
            self._notes[code] = text
        else:
            self._notes.pop(code, None)
        return old

    def set_explanation(self, code: str, text: str | None) -> str | None:
        """Set a criterion's explanation (giải trình); empty text removes it. Returns the old one."""
        self.framework.get(code)
        old = self._explanations.get(code)
        if text:
            self._explanations[code] = text
        else:
            self._explanations.pop(code, None)
        return old

    def _rounded(self, value: Decimal | None) -> Decimal:
        return ZERO if value is None else round_half_up(value, self.rounding_places)
