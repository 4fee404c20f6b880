"""One sheet opened for editing: its roll-up in memory, kept equal to the database by every change it makes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection

from ..domain.criteria import clean_text
from ..domain.errors import CchcError
from ..domain.numbers import format_plain, from_hundredths, parse_score, to_hundredths
from ..domain.scoring import Column, ScoreChange, ScoreSheet
from ..domain.stages import EXPLANATION, NOTE, OPEN_FIELDS, check_editable
from ..domain.text_limits import MAX_NOTE_CHARS
from ..store import audit, repository, rules, sheets
from ..store.audit import Change
from ..store.lock import os_user
from . import accounts
from .edits import Edit  # noqa: F401 - defined apart so the window imports it without SQLAlchemy
from .errors import EditConflictError, SheetLockedError
from .reading import SheetSeal, seal, sheet_as_dict  # noqa: F401 - re-exported: seal reads no database
from .sheet_facts import SheetFacts


# The default "old" of a note or explanation: what the document holds, i.e. what the user saw.
_SEEN = object()


class Writes(Protocol):
    """What a document needs of its workspace (services.workspace.Workspace, which imports this module)."""

    path: Path
    read_only: bool
    engine: object

    def write(self, sheet_id: int | None, source: str) -> AbstractContextManager[Write]: ...

    def sheet_info(self, sheet_id: int) -> repository.SheetInfo: ...


class Write:
    """One transaction of :meth:`Workspace.write`: the changes it makes, each logged as it is made.

    Scores and notes go through :meth:`score` and :meth:`note`, which write the value and note it for the
    audit log; any other change (a finalize, a deletion) names itself with :meth:`log`. The workspace appends
    the audit rows before the commit, so nothing written here can reach the database unlogged.
    """

    def __init__(self, connection: Connection, sheet_id: int | None, source: str) -> None:
        self.connection = connection
        self.sheet_id = sheet_id
        self.source = source
        self.changes: list[Change] = []  # noted, not yet in the log
        self.logged = 0  # rows appended to the log so far

    def flush(self) -> None:
        """Append the changes noted so far now (e.g. before the rows the log reads the sheet's label from go)."""
        self.logged += audit.append(self.connection, self.sheet_id, self.changes, source=self.source,
                                    os_user=os_user())
        self.changes.clear()

    # --- compare-and-set: each write first checks the stored value is still the one the caller saw ---------
    def _stored(self, criterion_id: int) -> dict[str, object]:
        """The criterion's stored row, locked until the commit (a sheet this transaction creates has none)."""
        if self.sheet_id is None:
            return dict.fromkeys(repository.CELL_FIELDS)
        return repository.locked_cell(self.connection, self.sheet_id, criterion_id)

    def _conflict(self, code: str, field: str, expected: object, stored: object) -> EditConflictError:
        """The refusal naming what the caller saw, what is stored, and who stored it when (from the log)."""
        entry = audit.last_change(self.connection, self.sheet_id, code, field)
        who = entry.who if entry is not None else None
        when = entry.when.strftime("%H:%M:%S %d/%m/%Y") if entry is not None else None
        by = f" by {who} at {when}" if entry is not None else ""
        return EditConflictError(
            f"{field} of {code} was changed{by}: it is now {_plain(stored)}, not {_plain(expected)} as you had it. "
            "Nothing was saved; enter the value again if it should replace the stored one.",
            code=code, field=field, expected=expected, stored=stored, who=who, when=when, current=stored)

    def score(self, code: str, criterion_id: int, column: Column, old: Decimal | None, new: Decimal | None) -> None:
        stored = self._stored(criterion_id)[repository.SCORE_COLUMN[column]]
        if stored != (None if old is None else to_hundredths(old)):
            raise self._conflict(code, column.value, old, None if stored is None else from_hundredths(stored))
        repository.write_score(self.connection, self.sheet_id, criterion_id, column,
                               None if new is None else to_hundredths(new))
        if old != new:
            self.changes.append(Change(code, column.value, format_plain(old), format_plain(new)))

    def _check_text(self, code: str, field: str, old: str | None, stored: object) -> None:
        if (stored or None) != (old or None):
            raise self._conflict(code, field, old or None, stored or None)

    def note(self, code: str, criterion_id: int, old: str | None, new: str | None) -> None:
        self._check_text(code, "note", old, self._stored(criterion_id)["note"])
        repository.write_note(self.connection, self.sheet_id, criterion_id, new)
        if old != new:
            self.changes.append(Change(code, "note", old, new))

    def figures(self, code: str, criterion_id: int, column: Column, old: str | None, new: str | None) -> None:
        """The figures (96%, 45/50, option 2) a computed score came from, logged as field ``self_figures`` …"""
        self._stored(criterion_id)  # the criterion's row lock covers its figures and mark too
        if self.sheet_id is not None:
            self._check_text(code, f"{column.value}_figures", old,
                             rules.read_figures(self.connection, self.sheet_id, criterion_id, column.value))
        rules.write_figures(self.connection, self.sheet_id, criterion_id, column.value, new)
        if old != new:
            self.changes.append(Change(code, f"{column.value}_figures", old, new))

    def not_applicable(self, code: str, criterion_id: int, old: str | None, new: str | None) -> None:
        """Mark a row not applicable with its reason (None clears the mark), logged as field ``not_applicable``."""
        self._stored(criterion_id)
        if self.sheet_id is not None:
            self._check_text(code, "not_applicable", old,
                             rules.read_not_applicable(self.connection, self.sheet_id, criterion_id))
        rules.write_not_applicable(self.connection, self.sheet_id, criterion_id, new)
        if old != new:
            self.changes.append(Change(code, "not_applicable", old, new))

    def explanation(self, code: str, criterion_id: int, old: str | None, new: str | None) -> None:
        self._check_text(code, EXPLANATION, old, self._stored(criterion_id)["explanation"])
        repository.write_explanation(self.connection, self.sheet_id, criterion_id, new)
        if old != new:
            self.changes.append(Change(code, EXPLANATION, old, new))

    def stage(self, old: str | None, new: str, reason: str | None) -> None:
        """Move the sheet to another stage; the log gets the move and, when given, why."""
        repository.write_stage(self.connection, self.sheet_id, new)
        self.changes.append(Change("", audit.STAGE, old, new))
        if reason:
            self.changes.append(Change("", audit.STAGE_REASON, None, reason))

    def log(self, *changes: Change) -> None:
        """Changes written with the store's own functions (through ``connection``)."""
        self.changes.extend(changes)


@dataclass
class Synced:
    """What another user's changes moved in an open document: score changes (with their roll-ups), notes and
    explanations by code."""

    scores: list[ScoreChange] = field(default_factory=list)
    notes: set[str] = field(default_factory=set)
    explanations: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # every criterion read again (its figures and mark may have moved)


class SheetDocument(SheetFacts):
    """One sheet opened for editing: its in-memory roll-up and the database stay equal after every call."""

    def __init__(self, workspace: Writes, info: repository.SheetInfo, framework_info: repository.FrameworkInfo,
                 sheet: ScoreSheet, criterion_ids: dict[str, int]) -> None:
        self.workspace = workspace
        self.info = info
        self.framework_info = framework_info
        self.sheet = sheet
        self._ids = criterion_ids
        self.log_seen = 0  # the audit log's last row when the sheet was read (services/feed.py goes on from there)

    @property
    def read_only(self) -> bool:
        """The database file cannot be written: the sheet can be viewed and printed, not edited."""
        return self.workspace.read_only

    def editable(self, field: Column | str) -> bool:
        """Whether the stage leaves this column (or "note", "explanation") open; a finalized sheet leaves none.

        On a shared server, also whether the connected account's role may write it (read once per database).
        """
        if self.read_only or field not in OPEN_FIELDS[self.stage]:
            return False
        return accounts.may_write(self.workspace, field)

    def refresh_info(self) -> None:
        self.info = self.workspace.sheet_info(self.id)

    def _ensure_open(self) -> None:
        if self.read_only:
            from ..store.database import read_only_refusal

            raise read_only_refusal(self.workspace.path)
        if self.finalized:
            raise SheetLockedError(
                f"Sheet {self.id} ({self.info.unit} {self.info.year}) is finalized (chốt) and cannot be changed. "
                "Reopen it first.", sheet_id=self.id)

    def set_score(self, code: str, column: Column, value: Decimal | str | None, *, source: str = "window"
                  ) -> ScoreChange:
        """Validate, commit, then roll up. Text is parsed; None or empty text clears the score."""
        if isinstance(value, str):
            value = parse_score(value) if value.strip() else None
        return self.apply([Edit(code, column, value)], source=source)[0]

    def apply(self, edits: Sequence[Edit], *, source: str = "window",
              expected: Mapping[tuple[str, Column], Decimal | None] | None = None) -> list[ScoreChange]:
        """Apply several edits as one committed transaction: all are stored, or none.

        Each cell must still hold what the caller saw: ``expected`` (by code and column) when given (an undo
        expects what its step stored, an editor what it opened with), else what this document holds. If another
        user stored something else meanwhile, nothing is written and EditConflictError says so; this document
        then holds the stored values of the cells (the refusal's ``synced`` names them) and the user may enter theirs
        again.
        """
        self._ensure_open()
        for edit in edits:
            check_editable(self.stage, edit.column)
            self.sheet.check(edit.code, edit.column, edit.value)
        pending: dict[tuple[str, Column], Decimal | None] = {}
        with self.on_conflict_sync({edit.code for edit in edits}), self.workspace.write(self.id, source) as work:
            for edit in edits:
                cell = (edit.code, edit.column)
                if cell in pending:
                    old = pending[cell]
                elif expected is not None and cell in expected:
                    old = expected[cell]
                else:
                    old = self.sheet.entry(*cell)
                pending[cell] = edit.value
                work.score(edit.code, self._ids[edit.code], edit.column, old, edit.value)
        # Only after the commit returned does the in-memory sheet move, so what shows is what is stored.
        return [self.sheet.set_score(edit.code, edit.column, edit.value) for edit in edits]

    @contextmanager
    def on_conflict_sync(self, codes: Iterable[str]) -> Iterator[None]:
        """Around a write: if another user changed a cell first, hold the stored values of ``codes`` (the refusal's
        ``synced`` says what moved) before the refusal goes on to the caller."""
        try:
            yield
        except EditConflictError as conflict:
            conflict.synced = self.sync(codes)
            raise

    def sync(self, codes: Iterable[str]) -> Synced:
        """Read the stored scores, notes and explanations of ``codes`` again (another user changed them) and hold
        those; return what moved. No undo step: the change was not this document's."""
        codes = [code for code in codes if code in self._ids]
        with self.workspace.engine.connect() as connection:
            stored = repository.read_cells(connection, self.id, [self._ids[code] for code in codes])
        synced = Synced(codes=set(codes))
        for code in codes:
            row = stored.get(self._ids[code]) or dict.fromkeys(repository.CELL_FIELDS)
            node = self.sheet.framework.get(code)
            if node.is_leaf:
                for column, name in repository.SCORE_COLUMN.items():
                    value = None if row[name] is None else from_hundredths(row[name])
                    if self.sheet.entry(code, column) != value:
                        synced.scores.append(self.sheet.set_score(code, column, value))
            if (self.sheet.note(code) or None) != (row["note"] or None):
                self.sheet.set_note(code, row["note"])
                synced.notes.add(code)
            if (self.sheet.explanation(code) or None) != (row["explanation"] or None):
                self.sheet.set_explanation(code, row["explanation"])
                synced.explanations.add(code)
        return synced

    def set_note(self, code: str, text: str | None, *, source: str = "window", old: object = _SEEN) -> str | None:
        """Store a note; ``old`` is the note the caller saw (by default what this document holds)."""
        self._ensure_open()
        check_editable(self.stage, NOTE)
        self.sheet.framework.get(code)
        text = _clean_long_text(code, text)
        with self.on_conflict_sync([code]), self.workspace.write(self.id, source) as work:
            work.note(code, self._ids[code], self.sheet.note(code) if old is _SEEN else old, text or None)
        return self.sheet.set_note(code, text)

    def set_explanation(self, code: str, text: str | None, *, source: str = "window", old: object = _SEEN
                        ) -> str | None:
        """The unit's explanation (giải trình) of a criterion, open while the sheet is at stage appraised."""
        self._ensure_open()
        check_editable(self.stage, EXPLANATION)
        self.sheet.framework.get(code)
        text = _clean_long_text(code, text)
        with self.on_conflict_sync([code]), self.workspace.write(self.id, source) as work:
            work.explanation(code, self._ids[code], self.sheet.explanation(code) if old is _SEEN else old,
                             text or None)
        return self.sheet.set_explanation(code, text)

    def copy_round1_to_final(self, *, source: str = "window") -> list[ScoreChange]:
        """Round 1 becomes the final appraisal of every leaf without an explanation: one audited write.

        Only leaves whose final appraisal differs from round 1 are written; the explained ones are left to the
        appraiser.
        """
        edits = self.round1_to_final_edits()
        if not edits:
            return []
        return self.apply(edits, source=source)

    def round1_to_final_edits(self) -> list[Edit]:
        """The edits copying round 1 to the final appraisal where there is no explanation (for an undo step)."""
        sheet = self.sheet
        return [Edit(node.code, Column.APPRAISAL, sheet.entry(node.code, Column.ROUND1))
                for node in sheet.framework if node.is_leaf and not sheet.explanation(node.code)
                and sheet.entry(node.code, Column.ROUND1) is not None
                and sheet.entry(node.code, Column.ROUND1) != sheet.entry(node.code, Column.APPRAISAL)]

    def stored_value(self, code: str, column: Column) -> Decimal | None:
        """Read one leaf's score back from the database (for checks, not for display)."""
        with self.workspace.engine.connect() as connection:
            return sheets.read_score(connection, self.id, self._ids[code], column)

    def seal(self) -> SheetSeal:
        """The sheet's canonical data as a finalize stores and a printed PDF carries it, with its fingerprint."""
        return seal(self)

    # --- presenting ----------------------------------------------------------------
    def as_dict(self) -> dict:
        """The sheet as plain data: decimals as strings with a dot and two places, None where nothing is entered."""
        from ..store.reading import execute_on, load_evidence

        with self.workspace.engine.connect() as connection:
            evidence = load_evidence(execute_on(connection), self.id)
        return sheet_as_dict(self, evidence)


def _plain(value: object) -> str:
    if value is None:
        return "empty"
    return format_plain(value) if isinstance(value, Decimal) else str(value)


def _clean_long_text(code: str, text: str | None) -> str | None:
    text = clean_text(text) if text else None
    if text is not None and len(text) > MAX_NOTE_CHARS:
        raise CchcError(f"The note for {code} is {len(text):,} characters long; a note may have at most "
                        f"{MAX_NOTE_CHARS:,}. Shorten it, or keep the long text in a separate document.",
                        kind="note_too_long", code=code, limit=MAX_NOTE_CHARS)
    return text
