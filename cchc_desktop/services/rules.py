"""Scoring rules in a workspace: figures entered for a leaf, not-applicable marks, benchmarks and the index totals."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from ..domain.criteria import clean_text
from ..domain.errors import CchcError, RuleError
from ..domain.index import DEFAULT_GRADES, ColumnIndex, CriterionKind, GradeScale, column_index
from ..domain.numbers import format_plain, parse_score
from ..domain.rules import (CHOICE, COMPARE, MANUAL, THRESHOLD, Figures, Rule, RuleOutcome, compute_score, from_dict,
                            parse_figures, to_dict)
from ..domain.scoring import MAIN_COLUMNS, Column
from ..domain.stages import check_editable
from ..domain.text_limits import MAX_NOTE_CHARS
from ..store import reading

if TYPE_CHECKING:
    # Reading a set's guide text is for importing a set: the window's first paint does without it.
    from ..domain.criteria_sets import CriterionRow
    from ..domain.rule_text import RecognitionReport
    from .document import SheetDocument


class RuleBook(NamedTuple):
    """A criteria set's rules: each criterion's rule (absent: manual), kind marks, printed codes and grades."""

    rules: dict[str, Rule]
    kinds: dict[str, CriterionKind]  # only the criteria marked bonus or deduction
    labels: dict[str, str]  # path → the code the decision prints
    grades: GradeScale

    def kind(self, path: str) -> CriterionKind:
        return self.kinds.get(path, CriterionKind.SCORE)

    def resolve(self, text: str) -> str:
        """A criterion given by its path, or by its printed code when that code is unique in the set."""
        text = " ".join(str(text).split())
        if text in self.labels:
            return text
        same = [path for path, label in self.labels.items() if label == text]
        if len(same) == 1:
            return same[0]
        if same:
            raise CchcError(f"“{text}” is the code of several criteria: give one of their paths: {', '.join(same)}.",
                            kind="ambiguous_criterion", code=text, paths=", ".join(same))
        raise CchcError(f"There is no criterion {text} in this criteria set.", kind="unknown_code", code=text)


@contextmanager
def _reader(source) -> Iterator[reading.Execute]:  # noqa: ANN001 - a Workspace or a services.reading.ReadView
    """reading.py's statement runner: a ReadView's own sqlite3 connection, or a connection of a Workspace's engine."""
    execute = getattr(source, "execute", None)
    if execute is not None:
        yield execute
        return
    with source.engine.connect() as connection:
        yield reading.execute_on(connection)


def rule_book(source, framework_id: int) -> RuleBook:  # noqa: ANN001 - a Workspace or a ReadView
    with _reader(source) as execute:
        stored = reading.load_rules(execute, framework_id)
        grades = reading.load_grades(execute, framework_id)
    rules = {s.path: from_dict(json.loads(s.rule)) for s in stored if s.rule is not None}
    kinds = {s.path: CriterionKind.parse(s.kind) for s in stored if s.kind != CriterionKind.SCORE.value}
    scale = DEFAULT_GRADES if grades is None else GradeScale.from_dict(json.loads(grades))
    return RuleBook(rules, kinds, {s.path: s.label for s in stored}, scale)


# --- when a criteria set is imported -----------------------------------------------------------------

def recognise_rows(rows: Sequence[CriterionRow]) -> RecognitionReport:
    """Read each leaf's guide text into a rule (domain/rule_text.py); the rest stays manual."""
    from ..domain.rule_text import recognise_all

    return recognise_all((row.path, row.maximum, (row.guide or "").splitlines()) for row in rows if row.is_leaf)


def save_recognised(connection, framework_id: int, report: RecognitionReport) -> None:  # noqa: ANN001
    """Store the rules read from the guide text: recognised ones, and manual ones with a "no task" policy."""
    from ..store import rules as store  # SQLAlchemy: loaded only where something is written
    store.save_rules(connection, framework_id, {
        result.code: (CriterionKind.SCORE.value, json.dumps(to_dict(result.rule), ensure_ascii=False))
        for result in report.results if result.recognised or result.rule.not_applicable is not None})


# --- figures and not-applicable marks on a sheet ---------------------------------------------------------

# The reason stored when a ratio's second figure is 0 ("Không được giao chỉ tiêu"): figures that give a score
# later lift that mark again, never one a person wrote.
ZERO_ASSIGNED = ": không được giao chỉ tiêu"


class LeafState(NamedTuple):
    """What a rule leaf holds in one column: its figures, its score, its not-applicable mark."""

    figures: str | None
    score: Decimal | None
    mark: str | None


# The default ``expected`` of mark_not_applicable: the mark stored now.
CURRENT = object()


class FiguresSet(NamedTuple):
    path: str
    column: Column
    figures: Figures
    outcome: RuleOutcome


def set_figures(document: SheetDocument, criterion: str, column: Column, *, text: str | None = None,
                option: int | None = None, source: str = "window", expected: LeafState | None = None) -> FiguresSet:
    """Store the figures of a leaf and the score its rule computes from them, in one audited transaction.

    ``expected``: the leaf's figures, score and mark as the caller saw them (a redo: as its step found them);
    by default what is stored now. Another user's different values make it an EditConflictError.
    """
    document._ensure_open()
    book = rule_book(document.workspace, document.info.framework_id)
    path = book.resolve(criterion)
    figures, outcome = compute_figures(document, book, path, column, text=text, option=option)
    old_figures, old_score, marked = expected or leaf_state(document, path, column)
    criterion_id = document.criterion_id(path)
    with document.on_conflict_sync([path]), document.workspace.write(document.id, source) as work:
        work.score(path, criterion_id, column, old_score, outcome.score)
        work.figures(path, criterion_id, column, old_figures, figures.text())
        if not outcome.applicable and marked is None:
            # "Không được giao chỉ tiêu": 0 assigned means the row does not count, as the rule says.
            work.not_applicable(path, criterion_id, None, f"{figures.text()}{ZERO_ASSIGNED}")
        elif outcome.applicable and marked is not None and marked.endswith(ZERO_ASSIGNED):
            work.not_applicable(path, criterion_id, marked, None)
    document.sheet.set_score(path, column, outcome.score)
    return FiguresSet(path, column, figures, outcome)


def compute_figures(document: SheetDocument, book: RuleBook, path: str, column: Column, *, text: str | None = None,
                    option: int | None = None) -> tuple[Figures, RuleOutcome]:
    """The score ``text`` (or option N) earns under the leaf's rule, checked like a typed score; nothing stored.

    The window calls it on every keystroke to show the score before it is stored.
    """
    leaf = document.sheet.framework.leaf(path)
    rule = book.rules.get(path)
    if rule is None or rule.kind == MANUAL:
        raise RuleError(f"{path}: this criterion has no scoring rule; type its score instead.", kind="manual_rule",
                        code=path)
    if option is not None:
        if rule.kind != CHOICE:
            raise RuleError(f"{path}: this criterion's rule has no options; give its figures instead.",
                            kind="not_a_choice", code=path)
        text = str(option)
    figures = parse_figures(rule, text or "")
    benchmark = None
    if rule.kind == COMPARE:
        value = _benchmark(document, path)
        benchmark = None if value is None else Decimal(value)
    outcome = compute_score(rule, leaf, figures, benchmark=benchmark)
    document.sheet.check(path, column, outcome.score)
    return figures, outcome


def score_of_pasted(document: SheetDocument, book: RuleBook, path: str, column: Column,
                    text: str) -> Decimal | None:
    """The score figures pasted on a rule leaf earn, checked as typing them would be; nothing stored.

    A bare number on a percentage rule is a score, not a percentage (it would fall in the lowest band):
    refused, saying to paste the figures."""
    rule = book.rules.get(path)
    if rule is not None and rule.kind == THRESHOLD and "%" not in text and "/" not in text:
        raise RuleError(f"{path} is scored by a rule from its figures: give its figures (a percentage such as "
                        f"96% or a ratio such as 45/50), not its score.", kind="figures_expected", code=path)
    _, outcome = compute_figures(document, book, path, column, text=text)
    return outcome.score


def _benchmark(document: SheetDocument, path: str) -> str | None:
    from ..store import rules as store  # SQLAlchemy: loaded only where something is written
    with document.workspace.engine.connect() as connection:
        return store.load_benchmarks(connection, document.info.framework_id, document.info.year).get(path)


def restore_figures(document: SheetDocument, path: str, column: Column, figures: str | None, score: Decimal | None,
                    not_applicable: str | None, *, source: str = "undo", expected: LeafState | None = None) -> None:
    """Put back a leaf's figures, score and N/A mark as they were (an undo of figures), in one audited step.

    ``expected``: what the step being undone stored; if another user has changed any of it since, nothing is
    written and EditConflictError says so (their change is not undone).
    """
    document._ensure_open()
    document.sheet.check(path, column, score)
    old_figures, old_score, old_mark = expected or leaf_state(document, path, column)
    criterion_id = document.criterion_id(path)
    with document.on_conflict_sync([path]), document.workspace.write(document.id, source) as work:
        work.score(path, criterion_id, column, old_score, score)
        work.figures(path, criterion_id, column, old_figures, figures)
        work.not_applicable(path, criterion_id, old_mark, not_applicable)
    document.sheet.set_score(path, column, score)


class CellValues(NamedTuple):
    """What one score cell of a leaf holds: its score, the figures it came from and the row's N/A mark."""

    path: str
    column: Column
    score: Decimal | None
    figures: str | None
    mark: str | None


def cell_values(document: SheetDocument, cells: Sequence[tuple[str, Column]],
                state: SheetState | None = None) -> list[CellValues]:
    """The cells as they are now (what an undo puts back)."""
    state = state or sheet_state(document)
    return [CellValues(path, column, document.sheet.entry(path, column),
                       (state.figures.get(path) or {}).get(column.value), state.not_applicable.get(path))
            for path, column in cells]


def pasted_cells(document: SheetDocument, book: RuleBook, scores: Sequence[tuple[str, Column, Decimal | None]],
                 figures: Sequence[tuple[str, Column, str]]) -> list[CellValues]:
    """What a paste makes of its cells: scores as typed (a cleared rule leaf loses its figures too), figures with
    the score their rule gives and, as typing them does, a "nothing assigned" mark set or lifted."""
    state = sheet_state(document)
    marks = dict(state.not_applicable)
    found = []
    for path, column, value in scores:
        old = (state.figures.get(path) or {}).get(column.value)
        found.append(CellValues(path, column, value, None if value is None else old, marks.get(path)))
    for path, column, text in figures:
        parsed, outcome = compute_figures(document, book, path, column, text=text)
        mark = marks.get(path)
        if not outcome.applicable and mark is None:
            mark = f"{parsed.text()}{ZERO_ASSIGNED}"
        elif outcome.applicable and mark is not None and mark.endswith(ZERO_ASSIGNED):
            mark = None
        marks[path] = mark
        found.append(CellValues(path, column, outcome.score, parsed.text(), mark))
    return found


def write_cells(document: SheetDocument, cells: Sequence[CellValues], *, source: str,
                expected: Sequence[CellValues] = ()) -> None:
    """Put every cell's score, figures and mark in place in one audited transaction: all of them, or none.

    ``expected``: what the cells must hold now (a redo: what its step found; an undo: what it stored), so that
    another user's change since is refused (EditConflictError), not overwritten; left out, what is held now.
    """
    document._ensure_open()
    for cell in cells:
        check_editable(document.stage, cell.column)
        document.sheet.check(cell.path, cell.column, cell.score)
    state = sheet_state(document)
    figures = {(path, column): value for path, row in state.figures.items() for column, value in (row or {}).items()}
    marks = dict(state.not_applicable)
    scores: dict[tuple[str, Column], Decimal | None] = {}
    for cell in reversed(expected):  # reversed: a cell listed twice expects what it held first
        scores[(cell.path, cell.column)] = cell.score
        figures[(cell.path, cell.column.value)] = cell.figures
        marks[cell.path] = cell.mark
    paths = list(dict.fromkeys(cell.path for cell in cells))
    with document.on_conflict_sync(paths), document.workspace.write(document.id, source) as work:
        for cell in cells:
            criterion_id = document.criterion_id(cell.path)
            key = (cell.path, cell.column)
            work.score(cell.path, criterion_id, cell.column, scores.get(key, document.sheet.entry(*key)), cell.score)
            scores[key] = cell.score
            old_figures = figures.get((cell.path, cell.column.value))
            if old_figures != cell.figures:
                work.figures(cell.path, criterion_id, cell.column, old_figures, cell.figures)
                figures[(cell.path, cell.column.value)] = cell.figures
            if marks.get(cell.path) != cell.mark:
                work.not_applicable(cell.path, criterion_id, marks.get(cell.path), cell.mark)
                marks[cell.path] = cell.mark
    # Only after the commit does the in-memory sheet move, so what shows is what is stored.
    for cell in cells:
        document.sheet.set_score(cell.path, cell.column, cell.score)


def leaf_state(document: SheetDocument, path: str, column: Column) -> LeafState:
    """A rule leaf's figures (of ``column``), score and not-applicable mark as the document and database hold them."""
    state = sheet_state(document)
    return LeafState((state.figures.get(path) or {}).get(column.value), document.sheet.entry(path, column),
                     state.not_applicable.get(path))


def mark_not_applicable(document: SheetDocument, criterion: str, reason: str | None, *, source: str = "window",
                        expected: object = CURRENT) -> tuple[str, str | None]:
    """Mark a row not applicable with its reason, or clear the mark (``reason`` None); return (path, old reason).

    ``expected``: the mark the caller saw (an undo: the one its step stored); by default the one stored now.
    """
    document._ensure_open()
    book = rule_book(document.workspace, document.info.framework_id)
    path = book.resolve(criterion)
    document.sheet.framework.leaf(path)
    if reason is not None:
        reason = clean_text(reason)
        if not reason:
            raise CchcError("Marking a criterion not applicable needs a reason: type why it does not apply.",
                            kind="no_na_reason", code=path)
        if len(reason) > MAX_NOTE_CHARS:
            raise CchcError(f"The reason for {path} is too long.", kind="note_too_long", code=path,
                            limit=MAX_NOTE_CHARS)
    old = sheet_state(document).not_applicable.get(path) if expected is CURRENT else expected
    with document.on_conflict_sync([path]), document.workspace.write(document.id, source) as work:
        work.not_applicable(path, document.criterion_id(path), old, reason)
    return path, old


def set_benchmark(workspace, framework_id: int, criterion: str, value: str, year: int) -> tuple[str, Decimal]:  # noqa: ANN001
    """The benchmark a compare rule's figure is measured against in ``year``."""
    from ..store import rules as store  # SQLAlchemy: loaded only where something is written
    book = rule_book(workspace, framework_id)
    path = book.resolve(criterion)
    rule = book.rules.get(path)
    if rule is None or rule.kind != COMPARE:
        raise RuleError(f"{path}: this criterion's rule is not scored against a benchmark.",
                        kind="not_a_compare_rule", code=path)
    text = value.strip()
    number = parse_score(text[:-1] if text.endswith("%") else text)
    with workspace.engine.begin() as connection:
        store.write_benchmark(connection, framework_id, path, year, f"{number:f}")
    return path, number


def set_criterion_kind(workspace, framework_id: int, criterion: str, kind: str) -> str:  # noqa: ANN001
    """Mark a criterion (a section or a leaf) score, bonus (điểm thưởng) or deduction (điểm trừ)."""
    from ..store import rules as store  # SQLAlchemy: loaded only where something is written
    book = rule_book(workspace, framework_id)
    path = book.resolve(criterion)
    with workspace.engine.begin() as connection:
        store.set_kind(connection, framework_id, path, CriterionKind.parse(kind).value)
    return path


class SheetState(NamedTuple):
    figures: dict[str, dict[str, str | None]]
    not_applicable: dict[str, str]


def sheet_state(document: SheetDocument, source=None) -> SheetState:  # noqa: ANN001 - as rule_book's
    with _reader(document.workspace if source is None else source) as execute:
        return SheetState(reading.load_figures(execute, document.id), reading.load_not_applicable(execute, document.id))


def indices(document: SheetDocument, book: RuleBook | None = None, state: SheetState | None = None
            ) -> dict[Column, ColumnIndex]:
    """The announced index of each column: N/A rows out of the maximum, bonus and deduction, the grade."""
    book = book or rule_book(document.workspace, document.info.framework_id)
    state = state or sheet_state(document)
    return {column: column_index(document.sheet, column, kinds=book.kinds, not_applicable=state.not_applicable,
                                 rules=book.rules, grades=book.grades) for column in MAIN_COLUMNS}


def sheet_dict(document: SheetDocument, source=None) -> dict:  # noqa: ANN001 - a Workspace or a ReadView
    """What ``cchc show --json`` prints: the sheet's plain data with rules, figures, N/A and the index.

    ``source`` is where the rules are read: the document's workspace unless a read-only view is given.
    """
    source = document.workspace if source is None else source
    data = document.as_dict()
    book = rule_book(source, document.info.framework_id)
    state = sheet_state(document, source)
    for row in data["rows"]:
        path = row["code"]
        rule = book.rules.get(path)
        row["path"] = path
        row["kind"] = book.kind(path).value
        row["rule"] = None if rule is None or rule.kind == MANUAL else to_dict(rule)
        row["figures"] = state.figures.get(path)
        row["applicable"] = path not in state.not_applicable
        if path in state.not_applicable:
            row["not_applicable_reason"] = state.not_applicable[path]
    found = indices(document, book, state)

    def each(name: str) -> dict:
        return {column.value: _plain(getattr(found[column], name)) for column in MAIN_COLUMNS}

    data["totals"]["applicable_max"] = format_plain(found[Column.SELF].applicable_maximum)
    for name in ("bonus", "deduction", "final", "index"):
        data["totals"][name] = each(name)
    data["totals"]["grade"] = {column.value: found[column].grade for column in MAIN_COLUMNS}
    return data


def _plain(value: Decimal | None) -> str | None:
    return format_plain(value)
