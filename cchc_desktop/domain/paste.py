"""A pasted block of scores read into edits: the leaves and columns it fills, every value at fault named."""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from decimal import Decimal
from typing import NamedTuple

from .criteria import Framework
from .errors import CchcError
from .numbers import parse_score
from .scoring import MAIN_COLUMNS, Column, ScoreSheet


class PastedScore(NamedTuple):
    """One value of the block: the leaf, the score column, the value (None clears the score)."""

    code: str
    column: Column
    value: Decimal | None


class PastedFigures(NamedTuple):
    """A value pasted on a leaf scored by a rule: its figures as pasted and the score the rule gives them."""

    code: str
    column: Column
    text: str
    score: Decimal | None


class PasteProblem(NamedTuple):
    """A value that cannot be a score: its line in the block (from 1), the leaf it was meant for, why not."""

    line: int
    code: str
    error: CchcError


class PasteReason(enum.Enum):
    NOT_A_LEAF = "not_a_leaf"  # params: code
    EMPTY = "empty"
    TOO_MANY_LINES = "too_many_lines"  # params: lines, leaves, code
    TOO_MANY_VALUES = "too_many_values"  # params: line, values, columns
    BAD_VALUES = "bad_values"  # problems: every value at fault


class PasteRefused(CchcError):
    """A block that changes nothing. ``reason`` says which shape of refusal; ``problems`` the values at fault."""

    kind = "paste"

    def __init__(self, message: str, reason: PasteReason, problems: tuple[PasteProblem, ...] = (),
                 **params: object) -> None:
        super().__init__(message, **params)
        self.reason = reason
        self.problems = problems


class PastePlan(NamedTuple):
    """What a paste would do; nothing is written yet."""

    scores: list[PastedScore]
    leaves: list[str]  # codes of the rows filled, top to bottom
    columns: list[Column]  # score columns that received at least one value
    skipped_parents: list[str]  # rows between, computed from their sub-criteria
    figures: list[PastedFigures]  # values on rule leaves, taken as their figures


FiguresCheck = Callable[[str, Column, str], "Decimal | None"]


def read_paste(sheet: ScoreSheet, start_code: str, start_column: Column, text: str, *,
               ruled: Collection[str] = (), figures: FiguresCheck | None = None) -> PastePlan:
    """Lines of tab-separated values into consecutive leaves from ``start_code`` down; all or nothing.

    The values of a line fill the score columns from ``start_column`` to the right. An empty value clears a
    score. A value on a leaf in ``ruled`` (scored by a rule) is its figures: ``figures(code, column, text)``
    gives the score they earn or raises a CchcError saying why not (a bare score, say).
    Raises PasteRefused; a block with bad values is refused naming every one of them.
    """
    framework = sheet.framework
    start = framework.get(start_code)
    if not start.is_leaf:
        raise PasteRefused(f"{start_code} is computed from its sub-criteria.", PasteReason.NOT_A_LEAF,
                           code=start_code)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise PasteRefused("The pasted text holds no numbers.", PasteReason.EMPTY)
    leaves = framework.leaves()
    position = next(i for i, leaf in enumerate(leaves) if leaf.code == start_code)
    targets = leaves[position:position + len(lines)]
    if len(targets) < len(lines):
        raise PasteRefused(f"{len(lines)} lines but only {len(targets)} sub-criteria follow from {start_code}.",
                           PasteReason.TOO_MANY_LINES, lines=len(lines), leaves=len(targets), code=start_code)
    # Pasted lines fill self then appraisal, as before the cycle; round 1 sits alone and takes one value a line.
    all_columns = list(MAIN_COLUMNS) if start_column in MAIN_COLUMNS else [start_column]
    columns = all_columns[all_columns.index(start_column):]
    scores: list[PastedScore] = []
    pasted_figures: list[PastedFigures] = []
    problems: list[PasteProblem] = []
    used: set[Column] = set()
    for line_number, (line, leaf) in enumerate(zip(lines, targets), start=1):
        fields = line.split("\t")
        if len(fields) > len(columns):
            raise PasteRefused(f"Line {line_number} has {len(fields)} values but there are only {len(columns)} "
                               "score columns from here.", PasteReason.TOO_MANY_VALUES, line=line_number,
                               values=len(fields), columns=len(columns))
        for value_text, column in zip(fields, columns):
            used.add(column)
            if leaf.code in ruled and value_text.strip() and figures is not None:
                try:
                    score = figures(leaf.code, column, value_text.strip())
                except CchcError as error:
                    problems.append(PasteProblem(line_number, leaf.code, error))
                    continue
                pasted_figures.append(PastedFigures(leaf.code, column, " ".join(value_text.split()), score))
                continue
            try:
                value = parse_score(value_text) if value_text.strip() else None
                sheet.check(leaf.code, column, value)
            except CchcError as error:
                problems.append(PasteProblem(line_number, leaf.code, error))
                continue
            scores.append(PastedScore(leaf.code, column, value))
    if problems:
        raise PasteRefused(f"{len(problems)} values cannot be scores.", PasteReason.BAD_VALUES, tuple(problems))
    codes = [leaf.code for leaf in targets]
    return PastePlan(scores, codes, [column for column in all_columns if column in used],
                     parents_between(framework, codes[0], codes[-1]), pasted_figures)


def parents_between(framework: Framework, first: str, last: str) -> list[str]:
    """Codes of the criteria (rows with sub-criteria) lying between the rows ``first`` and ``last``."""
    codes, inside = [], False
    for node in framework:
        if node.code == first:
            inside = True
        if inside and not node.is_leaf:
            codes.append(node.code)
        if node.code == last:
            break
    return codes
