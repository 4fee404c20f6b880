"""Scores of one sheet: leaf entries in two columns, notes, and subtotals kept up to date per edit."""

from __future__ import annotations

import enum
import weakref
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

from .criteria import Criterion, Framework
from .errors import ScoreParseError, ScoreRangeError
from .numbers import HUNDREDTH, format_score, from_hundredths, round_half_up

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


class Totals(NamedTuple):
    """A node's roll-up in one column."""

    exact: Decimal
    rounded: Decimal
    scored: int  # leaves below with an entry
    leaves: int

    @property
    def value(self) -> Decimal | None:
        return self.exact if self.scored else None


class ScoreChange(NamedTuple):
    """What one edit changed: the leaf and every node whose subtotal moved."""

    code: str
    column: Column
    old: Decimal | None
    new: Decimal | None
    affected: tuple[str, ...]  # the leaf first, then its ancestors up to the area


# Stored scores repeat (maxima, halves, zeros): one shared Decimal per hundredths count. Decimals are immutable.
_DECIMALS: dict[int, Decimal] = {}


def _hundredths(count: int) -> Decimal:
    value = _DECIMALS.get(count)
    if value is None:
        value = from_hundredths(count)  # two places, as ZERO plus entered hundredths gives
        if len(_DECIMALS) < 100_000:
            _DECIMALS[count] = value
    return value


class _RunningSum:
    __slots__ = ("exact", "rounded", "scored")

    def __init__(self, exact: Decimal = ZERO, rounded: Decimal = ZERO, scored: int = 0) -> None:
        self.exact = exact
        self.rounded = rounded
        self.scored = scored


# What a node without any scored leaf below reads; never changed (set_score gives such a node its own first).
_NOTHING = _RunningSum()


class _Shape:
    """What every sheet of one framework shares: leaf counts, leaf maxima in hundredths, children-first order."""

    __slots__ = ("leaf_count", "total_leaves", "leaf_maximum", "upward")

    def __init__(self, framework: Framework) -> None:
        self.leaf_count: dict[str, int] = {}
        self.leaf_maximum: dict[str, int] = {}
        for node in framework:
            if node.is_leaf:
                self.leaf_maximum[node.code] = int(node.maximum * 100)
                for holder in (node, *node.ancestors()):
                    self.leaf_count[holder.code] = self.leaf_count.get(holder.code, 0) + 1
        self.total_leaves = len(self.leaf_maximum)
        # Framework order puts a parent before its children, so the reverse reaches every child first.
        self.upward = [(node.code, node.parent.code if node.parent is not None else None)
                       for node in reversed(framework.ordered)]


# A criteria set's shape is worked out once, not once per sheet: a year of 1,000 sheets shares a few sets.
_SHAPES: weakref.WeakKeyDictionary[Framework, _Shape] = weakref.WeakKeyDictionary()


def _shape(framework: Framework) -> _Shape:
    shape = _SHAPES.get(framework)
    if shape is None:
        shape = _SHAPES[framework] = _Shape(framework)
    return shape


class ScoreSheet:
    """Entries of one unit's sheet for one framework.

    Every node keeps its own running sums (exact, leaf-rounded, count of scored leaves)
    per column, so one edit walks only the leaf's ancestors: O(depth), not O(size).
    """

    def __init__(self, framework: Framework, *, rounding_places: int = 2) -> None:
        self._start(framework, rounding_places, {column: {} for column in Column}, {})

    def _start(self, framework: Framework, rounding_places: int, entries: dict[Column, dict[str, Decimal]],
               totals: Mapping[Column, Mapping[str | None, tuple[int, int, int]]]) -> None:
        """Set up the sheet; ``totals`` holds (exact, rounded, scored) in hundredths of the nodes that have any."""
        self.framework = framework
        self.rounding_places = rounding_places
        self._entries = entries
        self._notes: dict[str, str] = {}
        self._explanations: dict[str, str] = {}  # the unit's giải trình per criterion
        self._sums: dict[Column, dict[str, _RunningSum]] = {}
        self._grand: dict[Column, _RunningSum] = {}
        for column in Column:
            # Only nodes with a scored leaf below get a running sum; the others read _NOTHING until an edit.
            sums = self._sums[column] = {}
            grand = _RunningSum()
            for code, (exact, rounded, scored) in totals.get(column, {}).items():
                value = _hundredths(exact)
                running = _RunningSum(value, value if rounded == exact else _hundredths(rounded), scored)
                if code is None:
                    grand = running
                else:
                    sums[code] = running
            self._grand[column] = grand
        shape = _shape(framework)
        self._leaf_count: dict[str, int] = shape.leaf_count
        self._total_leaves = shape.total_leaves

    @classmethod
    def from_hundredths(cls, framework: Framework, scores: Iterable[tuple[str, int | None, int | None]], *,
                        notes: Mapping[str, str] | None = None, rounding_places: int = 2) -> ScoreSheet:
        """A sheet filled in one pass from stored (code, self, appraisal) hundredths.

        Gives the same sheet as ``set_score`` leaf by leaf, with every value checked the same way, but sums each
        node once from its children instead of walking every leaf's ancestors: reading a year of sheets for the
        ranking was dominated by that walk."""
        shape = _shape(framework)
        step = 10 ** (2 - max(0, min(rounding_places, 2)))
        entries: dict[Column, dict[str, Decimal]] = {column: {} for column in Column}
        leaf_totals: dict[Column, dict[str, list[int]]] = {column: {} for column in Column}
        # Each column's dicts looked up once, not per row: hashing the enum 350,000 times showed in the profile.
        columns = tuple((column, position, entries[column], leaf_totals[column])
                        for column, position in ((Column.SELF, 1), (Column.APPRAISAL, 2)))
        leaf_maximum = shape.leaf_maximum
        for row in scores:
            code = row[0]
            maximum = leaf_maximum.get(code)
            for column, position, entered, summed in columns:
                value = row[position]
                if value is None:
                    continue
                if maximum is None or not isinstance(value, int) or not 0 <= value <= maximum:
                    # The slow path only to raise the error set_score raises, with its message.
                    cls(framework).set_score(code, column, from_hundredths(value) if isinstance(value, int) else value)
                    raise AssertionError(f"{code}: {value} should have been refused")  # pragma: no cover
                entered[code] = _hundredths(value)
                # code → [exact, rounded, scored]; leaf-rounded the way round_half_up rounds a non-negative score
                summed[code] = [value, value if step == 1 else (value + step // 2) // step * step, 1]
        for column, totals in leaf_totals.items():
            if not totals:
                continue
            grand = totals[None] = [0, 0, 0]  # type: ignore[index]
            for code, parent in shape.upward:
                own = totals.get(code)
                if own is None:
                    continue
                holder = grand if parent is None else totals.setdefault(parent, [0, 0, 0])
                holder[0] += own[0]
                holder[1] += own[1]
                holder[2] += own[2]
        sheet = cls.__new__(cls)
        sheet._start(framework, rounding_places, entries, leaf_totals)  # type: ignore[arg-type]
        for code, text in (notes or {}).items():
            sheet.set_note(code, text)
        return sheet

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
            leaves = self._leaf_count[code]  # an unknown code fails here
            running = self._sums[column].get(code, _NOTHING)
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
        for node in (leaf, *leaf.ancestors()):
            if node.code not in sums:
                sums[node.code] = _RunningSum()
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
