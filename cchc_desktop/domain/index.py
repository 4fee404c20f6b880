"""The announced index: not-applicable leaves, bonus and deduction sections, the 100-point index, its grade."""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .criteria import Criterion, Framework, code_sort_key
from .errors import FrameworkError
from .numbers import HUNDREDTH, round_half_up
from .rules import Rule
from .scoring import ZERO, Column, ScoreSheet, validate_score

HUNDRED = Decimal(100)


class CriterionKind(enum.Enum):
    SCORE = "score"  # part of the base 100
    BONUS = "bonus"  # điểm thưởng: added, up to its maximum, outside the base
    DEDUCTION = "deduction"  # điểm trừ: subtracted, up to its maximum

    @classmethod
    def parse(cls, text: str) -> CriterionKind:
        try:
            return cls(text)
        except ValueError:
            raise FrameworkError(f"“{text}” is not a criterion kind: use score, bonus or deduction.",
                                 kind="bad_criterion_kind", text=text) from None


def kind_of(criterion: Criterion, kinds: Mapping[str, CriterionKind]) -> CriterionKind:
    """A criterion's kind: its own mark, else the nearest marked ancestor's, else score."""
    for node in (criterion, *criterion.ancestors()):
        if node.code in kinds:
            return kinds[node.code]
    return CriterionKind.SCORE


def _sections(framework: Framework, kinds: Mapping[str, CriterionKind]) -> list[Criterion]:
    """The topmost nodes whose kind differs from their parent's: where a bonus or deduction section starts."""
    found = []
    # Only the marked codes are visited, so the index costs O(marks × depth), not O(size of the set).
    for code in sorted(kinds, key=code_sort_key):
        node = framework.get(code)
        parent_kind = CriterionKind.SCORE if node.parent is None else kind_of(node.parent, kinds)
        if kinds[node.code] is not parent_kind:
            found.append(node)
    return found


def sections(framework: Framework, kinds: Mapping[str, CriterionKind]) -> list[tuple[str, CriterionKind]]:
    """Where each bonus or deduction section starts, (path, kind), in document order."""
    return sorted(((node.code, kinds[node.code]) for node in _sections(framework, kinds)
                   if kinds[node.code] is not CriterionKind.SCORE), key=lambda item: code_sort_key(item[0]))


# --- grades -----------------------------------------------------------------------------------------

class GradeBand(NamedTuple):
    lower: Decimal  # the index from which this grade is given (inclusive)
    label: str


class _Bands(NamedTuple):
    bands: tuple[GradeBand, ...]


class GradeScale(_Bands):
    """Grade bands (xếp loại) of a criteria set, highest first; one starts at 0 so every index has a grade."""

    __slots__ = ()

    def __new__(cls, bands: Iterable[GradeBand]) -> GradeScale:
        bands = tuple(sorted(bands, key=lambda band: band.lower, reverse=True))
        if not bands:
            raise FrameworkError("The grade list is empty: give at least one grade from 0.", kind="no_grades")
        for band in bands:
            if not band.label.strip():
                raise FrameworkError(f"The grade from {band.lower} has no name.", kind="grade_without_label",
                                     lower=band.lower)
            if not band.lower.is_finite() or band.lower < 0:
                raise FrameworkError(f"A grade cannot start below 0 ({band.lower}).", kind="bad_grade_bound",
                                     lower=band.lower)
        lowers = [band.lower for band in bands]
        if len(set(lowers)) != len(lowers):
            twice = next(value for value in lowers if lowers.count(value) > 1)
            raise FrameworkError(f"Two grades start at {twice}: each grade needs its own lower bound.",
                                 kind="duplicate_grade_bound", lower=twice)
        if bands[-1].lower != 0:
            raise FrameworkError(f"No grade covers an index below {bands[-1].lower}: the lowest grade must start at 0.",
                                 kind="grades_gap", lower=bands[-1].lower)
        return super().__new__(cls, bands)

    def grade(self, index: Decimal | None) -> str | None:
        if index is None:
            return None
        return next(band.label for band in self.bands if index >= band.lower)

    def to_dict(self) -> list[dict]:
        return [{"from": f"{band.lower:f}", "label": band.label} for band in self.bands]

    @classmethod
    def from_dict(cls, data: Iterable[Mapping]) -> GradeScale:
        try:
            return cls(tuple(GradeBand(Decimal(str(item["from"])), str(item["label"])) for item in data))
        except (KeyError, TypeError, InvalidOperation) as error:
            raise FrameworkError(f"The grade list cannot be read: {error}.", kind="bad_grades",
                                 detail=str(error)) from None


DEFAULT_GRADES = GradeScale((
    GradeBand(Decimal(90), "Tốt"),
    GradeBand(Decimal(80), "Khá"),
    GradeBand(Decimal(65), "Trung bình"),
    GradeBand(Decimal(0), "Yếu"),
))


# --- the index of one column ------------------------------------------------------------------------

class ColumnIndex(NamedTuple):
    """Everything the summary bar, the printed sheet and ``show --json`` say about one column."""

    column: Column
    raw_total: Decimal | None  # every entered leaf added up, as the sheet always showed
    achieved: Decimal | None  # base points on applicable leaves (with "no task" points)
    maximum: Decimal  # the base maximum (score sections only)
    applicable_maximum: Decimal  # the base maximum less the not-applicable leaves
    bonus: Decimal | None
    deduction: Decimal | None
    final: Decimal | None  # achieved + bonus − deduction, never below 0
    index: Decimal | None  # final / applicable maximum × 100, half-up to 2 places
    grade: str | None


def applicable_maximum(framework: Framework, *, kinds: Mapping[str, CriterionKind] | None = None,
                       not_applicable: Collection[str] = (), rules: Mapping[str, Rule] | None = None) -> Decimal:
    """The base maximum less the maxima of leaves marked not applicable (unless their rule gives "no task" points)."""
    kinds, rules = kinds or {}, rules or {}
    total = _base_maximum(framework, kinds)
    for code in not_applicable:
        leaf = framework.leaf(code)
        if kind_of(leaf, kinds) is CriterionKind.SCORE and _no_task_points(leaf, rules) is None:
            total -= leaf.maximum
    return total


def column_index(sheet: ScoreSheet, column: Column, *, kinds: Mapping[str, CriterionKind] | None = None,
                 not_applicable: Collection[str] = (), rules: Mapping[str, Rule] | None = None,
                 grades: GradeScale = DEFAULT_GRADES) -> ColumnIndex:
    """The index of one column from the sheet's running sums: O(roots + marks × depth + not-applicable leaves)."""
    framework = sheet.framework
    kinds, rules = kinds or {}, rules or {}
    grand = sheet.totals(None, column)
    # Per kind: (points, leaves with an entry); the score kind starts from the whole sheet and the
    # bonus and deduction sections are taken out of it.
    sums = {kind: [ZERO, 0] for kind in CriterionKind}
    sums[CriterionKind.SCORE] = [grand.exact, grand.scored]
    for section in _sections(framework, kinds):
        totals = sheet.totals(section.code, column)
        section_kind = kinds[section.code]
        parent_kind = CriterionKind.SCORE if section.parent is None else kind_of(section.parent, kinds)
        sums[parent_kind][0] -= totals.exact
        sums[parent_kind][1] -= totals.scored
        sums[section_kind][0] += totals.exact
        sums[section_kind][1] += totals.scored
    for code in not_applicable:
        leaf = framework.leaf(code)
        running = sums[kind_of(leaf, kinds)]
        entered = sheet.entry(code, column)
        if entered is not None:
            running[0] -= entered
            running[1] -= 1
        points = _no_task_points(leaf, rules)
        if points is not None:
            running[0] += points
            running[1] += 1

    def value(kind: CriterionKind) -> Decimal | None:
        points, scored = sums[kind]
        return points if scored else None

    achieved = value(CriterionKind.SCORE)
    bonus = _capped(value(CriterionKind.BONUS), framework, kinds, CriterionKind.BONUS)
    deduction = _capped(value(CriterionKind.DEDUCTION), framework, kinds, CriterionKind.DEDUCTION)
    applicable = applicable_maximum(framework, kinds=kinds, not_applicable=not_applicable, rules=rules)
    if achieved is None and bonus is None and deduction is None:
        final = None
    else:
        final = max(ZERO, (achieved or ZERO) + (bonus or ZERO) - (deduction or ZERO))
    index = None if final is None or applicable <= 0 else round_half_up(final * HUNDRED / applicable)
    return ColumnIndex(column, grand.value, achieved, _base_maximum(framework, kinds), applicable,
                       bonus, deduction, final, index, grades.grade(index))


def _base_maximum(framework: Framework, kinds: Mapping[str, CriterionKind]) -> Decimal:
    total = sum((root.maximum for root in framework.roots if kind_of(root, kinds) is CriterionKind.SCORE), ZERO)
    for section in _sections(framework, kinds):
        # A bonus or deduction section inside a score area does not count towards the base maximum.
        if section.parent is not None and kind_of(section.parent, kinds) is CriterionKind.SCORE:
            total -= section.maximum
    return total


def _section_maximum(framework: Framework, kinds: Mapping[str, CriterionKind], kind: CriterionKind) -> Decimal:
    return sum((section.maximum for section in _sections(framework, kinds) if kinds[section.code] is kind), ZERO)


def _capped(points: Decimal | None, framework: Framework, kinds: Mapping[str, CriterionKind],
            kind: CriterionKind) -> Decimal | None:
    # Each leaf is already within its own maximum; the section's maximum can be smaller than their sum.
    return None if points is None else min(points, _section_maximum(framework, kinds, kind))


def _no_task_points(leaf: Criterion, rules: Mapping[str, Rule]) -> Decimal | None:
    rule = rules.get(leaf.code)
    policy = None if rule is None else rule.not_applicable
    if policy is None or policy.points is None:
        return None
    return validate_score(leaf, policy.points).quantize(HUNDREDTH)

