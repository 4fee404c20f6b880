"""Every unit of a year at once: the ranking, the criteria that lost most points, one unit across years."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .criteria import Criterion, clean_text
from .index import DEFAULT_GRADES, ColumnIndex, CriterionKind, GradeScale, _no_task_points, column_index, kind_of
from .rules import Rule
from .scoring import MAIN_COLUMNS, ZERO, Column, ScoreSheet


@dataclass(frozen=True)
class RankInput:
    """One sheet to rank, with what its criteria set says about kinds, not-applicable leaves and grades."""

    unit: str
    sheet_id: int
    sheet: ScoreSheet
    kinds: Mapping[str, CriterionKind] = field(default_factory=dict)
    not_applicable: Collection[str] = frozenset()
    rules: Mapping[str, Rule] = field(default_factory=dict)
    grades: GradeScale = DEFAULT_GRADES


@dataclass(frozen=True)
class AreaScore:
    """An area (top-level criterion): its applicable maximum and its points in the ranked column."""

    code: str
    title: str
    maximum: Decimal
    score: Decimal | None


@dataclass(frozen=True)
class RankedUnit:
    unit: str
    sheet_id: int
    rank: int
    scored: bool  # False: nothing entered in the ranked column; ranked after every scored unit
    column: Column
    index: Decimal | None
    grade: str | None
    totals: Mapping[Column, ColumnIndex]  # every column, so self and appraisal can be shown side by side
    areas: tuple[AreaScore, ...]
    scored_leaves: int
    applicable_leaves: int

    @property
    def result(self) -> ColumnIndex:
        return self.totals[self.column]


@dataclass(frozen=True)
class Shortfall:
    """Points lost on one criterion (same code and title) across the scored units."""

    code: str
    title: str
    maximum: Decimal
    lost: Decimal
    units: tuple[tuple[str, Decimal], ...]  # units that lost points here, most lost first


def _area(root: Criterion, entry: RankInput, column: Column, not_applicable: frozenset[str]) -> AreaScore:
    totals = entry.sheet.totals(root.code, column)
    maximum, points, scored = root.maximum, totals.exact, totals.scored
    # Not-applicable leaves leave the area's maximum (unless a rule gives them "no task" points), as in the index.
    for code in not_applicable:
        leaf = entry.sheet.framework.get(code)
        if leaf is not root and root not in leaf.ancestors():
            continue
        entered = entry.sheet.entry(code, column)
        if entered is not None:
            points -= entered
            scored -= 1
        no_task = _no_task_points(leaf, entry.rules)
        if no_task is None:
            maximum -= leaf.maximum
        else:
            points += no_task
            scored += 1
    return AreaScore(root.code, root.title, maximum, points if scored else None)


def _assess(entry: RankInput, column: Column) -> tuple:
    not_applicable = frozenset(entry.not_applicable)
    totals = {c: column_index(entry.sheet, c, kinds=entry.kinds, not_applicable=not_applicable, rules=entry.rules,
                              grades=entry.grades) for c in MAIN_COLUMNS}
    framework = entry.sheet.framework
    areas = tuple(_area(root, entry, column, not_applicable) for root in framework.roots
                  if kind_of(root, entry.kinds) is CriterionKind.SCORE)
    grand = entry.sheet.totals(None, column)
    scored = grand.scored - sum(1 for code in not_applicable if entry.sheet.entry(code, column) is not None)
    return totals, areas, scored, grand.leaves - len(not_applicable)


def rank(entries: Iterable[RankInput], column: Column = Column.APPRAISAL) -> list[RankedUnit]:
    """Units ordered by index, highest first. Equal indexes share a rank and the next rank skips (1, 2, 2, 4);
    units with nothing entered in ``column`` come last, all sharing the rank after the last scored unit."""
    assessed = []
    for entry in entries:
        totals, areas, scored_leaves, applicable_leaves = _assess(entry, column)
        assessed.append((entry, totals, areas, scored_leaves, applicable_leaves))
    # Name order inside a tie, so the same data always prints the same list.
    assessed.sort(key=lambda item: (item[1][column].index is None, -(item[1][column].index or ZERO),
                                    item[0].unit.casefold(), item[0].sheet_id))
    ranked: list[RankedUnit] = []
    previous: object = object()
    position = 0
    for number, (entry, totals, areas, scored_leaves, applicable_leaves) in enumerate(assessed, start=1):
        result = totals[column]
        key = result.index
        if key != previous:
            position = number
            previous = key
        ranked.append(RankedUnit(entry.unit, entry.sheet_id, position, result.index is not None, column,
                                 result.index, result.grade, totals, areas, scored_leaves, applicable_leaves))
    return ranked


def largest_shortfalls(entries: Iterable[RankInput], column: Column = Column.APPRAISAL, *,
                       limit: int = 10) -> list[Shortfall]:
    """The criteria (leaves, matched by code and title) on which the units together lost most points.

    A leaf without an entry is not counted as lost: it is not scored yet (progress shows those);
    not-applicable leaves are left out."""
    lost: dict[tuple[str, str], list] = {}
    # Keys and kinds are worked out once per criteria set, not once per sheet: 1,000 sheets share a few sets.
    leaf_keys: dict[tuple[int, tuple], dict[str, tuple[tuple[str, str], Decimal]]] = {}
    for entry in entries:
        sheet, skip = entry.sheet, frozenset(entry.not_applicable)
        framework = sheet.framework
        marks = tuple(sorted((code, kind.value) for code, kind in entry.kinds.items()))
        keys = leaf_keys.get((id(framework), marks))
        if keys is None:
            keys = leaf_keys[(id(framework), marks)] = {
                leaf.code: ((leaf.code, clean_text(leaf.title)), leaf.maximum) for leaf in framework.leaves()
                if kind_of(leaf, entry.kinds) is CriterionKind.SCORE}
        for code, value in sheet.entries(column).items():
            found = keys.get(code)
            if found is None or code in skip:
                continue
            key, maximum = found
            missing = maximum - value
            if missing <= 0:
                continue
            holder = lost.get(key)
            if holder is None:
                holder = lost[key] = [maximum, ZERO, []]
            holder[1] += missing
            holder[2].append((entry.unit, missing))
    ordered = sorted(lost.items(), key=lambda item: (-item[1][1], _code_key(item[0][0])))
    return [Shortfall(code, title, maximum, total, tuple(sorted(units, key=lambda u: (-u[1], u[0].casefold()))))
            for (code, title), (maximum, total, units) in ordered[:limit]]


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))


# --- one unit across years --------------------------------------------------------------------------

@dataclass(frozen=True)
class YearSheet:
    year: int
    sheet: ScoreSheet
    label: str = ""  # e.g. a predecessor's name, when the sheet is another unit's
    sheet_id: int | None = None
    index: ColumnIndex | None = None  # the compared column's final total, index and grade, as announced


@dataclass(frozen=True)
class ComparedRow:
    """A criterion present in every year with the same code and title."""

    code: str
    title: str
    level: int
    maxima: tuple[Decimal, ...]  # per year, in the order of ``Comparison.years``
    scores: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class UnmatchedRow:
    """A row of one year's set that has no row with the same code and title in every other year."""

    year: int
    code: str
    title: str
    reason: str  # "missing": the code is absent elsewhere; "title": the code is there under another title


@dataclass(frozen=True)
class Comparison:
    years: tuple[int, ...]
    areas: tuple[ComparedRow, ...]
    criteria: tuple[ComparedRow, ...]  # every matched row below the areas, in the first year's order
    unmatched: tuple[UnmatchedRow, ...]
    labels: tuple[str, ...] = ()  # per year: "" for the unit's own sheet, else the predecessor whose sheet it is
    sheet_ids: tuple[int | None, ...] = ()  # per year, the sheet compared
    # Per year, the sheet's announced total, index and grade (None where the caller gave none). Years whose sets
    # differ are compared on these: the index is out of 100 whatever the set's maximum.
    indices: tuple[ColumnIndex | None, ...] = ()


def compare_years(sheets: Sequence[YearSheet], column: Column = Column.APPRAISAL) -> Comparison:
    """One unit's scores side by side over years. Rows are matched by code AND title (titles compared after
    folding white space); rows that do not match are listed, never guessed at."""
    ordered = sorted(sheets, key=lambda item: item.year)
    keys = [{node.code: clean_text(node.title) for node in item.sheet.framework} for item in ordered]
    matched: list[ComparedRow] = []
    unmatched: list[UnmatchedRow] = []
    if ordered:
        for node in ordered[0].sheet.framework:
            title = keys[0][node.code]
            if all(other.get(node.code) == title for other in keys[1:]):
                matched.append(ComparedRow(
                    node.code, node.title, node.level,
                    tuple(item.sheet.framework.get(node.code).maximum for item in ordered),
                    tuple(item.sheet.score(node.code, column) for item in ordered)))
    matched_codes = {row.code for row in matched}
    for item, own in zip(ordered, keys):
        for code, title in own.items():
            if code in matched_codes:
                continue
            elsewhere = [other.get(code) for other in keys if other is not own]
            reason = "missing" if any(value is None for value in elsewhere) else "title"
            unmatched.append(UnmatchedRow(item.year, code, item.sheet.framework.get(code).title, reason))
    return Comparison(tuple(item.year for item in ordered), tuple(row for row in matched if row.level == 1),
                      tuple(row for row in matched if row.level > 1), tuple(unmatched),
                      tuple(item.label for item in ordered), tuple(item.sheet_id for item in ordered),
                      tuple(item.index for item in ordered))
