"""A database opened for work: frameworks, sheets and the edits made to them, each committed at once."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..domain.criteria import CriterionSpec, Framework, clean_text
from ..domain.errors import CchcError
from ..domain.numbers import format_plain, parse_score, to_hundredths
from ..domain.scoring import Column, RoundingPolicy, ScoreChange, ScoreSheet
from ..domain.tables import ImportedTable, ImportRefused, ImportWarning, decode_text, read_table, text_rows
from ..paths import resource_path
from ..store import repository, schema
from ..store.database import StoreError, checkpoint, current_revision, ensure_schema, make_engine

BUILTIN_FRAMEWORK = "district-2023.json"
DEMO_SHEET = "phong-tho-2023.txt"
DEMO_UNIT = "Huyện Phong Thổ"
DEMO_YEAR = 2023


class SheetLockedError(CchcError):
    kind = "sheet_locked"


class SheetNotFoundError(CchcError):
    kind = "sheet_not_found"


@dataclass(frozen=True)
class ImportOutcome:
    sheet_id: int
    framework_id: int
    new_framework: bool
    columns: tuple[Column, ...]
    warnings: list[ImportWarning] = field(default_factory=list)


@dataclass(frozen=True)
class AuditedChange:
    """One stored value changing: what the audit log records."""

    code: str
    field: str  # "self", "appraisal" or "note"
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Edit:
    """One requested change of a leaf score (value None clears it)."""

    code: str
    column: Column
    value: Decimal | None


def _database_refusal(error: DBAPIError) -> CchcError:
    text = str(error.orig) if error.orig is not None else str(error)
    if "sheet is finalized" in text:
        return SheetLockedError("This sheet is finalized (chốt) and cannot be changed. Reopen it first.")
    if "over the maximum" in text:
        return CchcError("The database refused a score over its maximum.", kind="over_maximum")
    return StoreError(f"The database refused the change: {text}")


class Workspace:
    """An open database. Create with :meth:`open`; close when done."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path

    # --- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, demo: bool = False) -> Workspace:
        """Open (creating if needed) the database at ``path``.

        A new database gets the built-in framework, and the demo sheet when ``demo`` is set.
        """
        from . import safety

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # The lock, quick_check and the pre-migration backup come before anything can write to the file.
        guard = safety.open_guard(path)
        engine = make_engine(path)
        try:
            # Only a new file gets the built-in framework (and demo): a migrated one already has its own.
            new = current_revision(engine) is None
            ensure_schema(engine, path)
            workspace = cls(engine, path)
            workspace._safety_guard = guard
            if new:
                workspace._install_builtin(demo=demo)
        except BaseException:
            engine.dispose()
            guard.lock.release()
            raise
        return workspace

    def close(self) -> None:
        from . import safety

        try:
            checkpoint(self.engine)
            self.engine.dispose()
        finally:
            # Even if the checkpoint failed (the log stays and is replayed at the next open), let go of the lock.
            safety.close_guard(getattr(self, "_safety_guard", None))
            self._safety_guard = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- hooks for the data-safety layer (audit log, backups) --------------------------
    def record_changes(self, connection: Connection, sheet_id: int, changes: Sequence[AuditedChange],
                       source: str) -> None:
        """Called inside every write transaction with what it changes, before it commits."""
        from . import safety

        safety.record_changes(self, connection, sheet_id, changes, source)

    def before_risky_change(self, reason: str) -> None:
        """Called before a finalize, a reopen or a migration: the moment to take a backup."""
        from . import safety

        safety.before_risky_change(self, reason)

    def _install_builtin(self, *, demo: bool) -> None:
        data = json.loads(resource_path("frameworks", BUILTIN_FRAMEWORK).read_text(encoding="utf-8"))
        framework = Framework(CriterionSpec(code, title, parse_score(maximum)) for code, title, maximum in data["criteria"])
        with self.engine.begin() as connection:
            if repository.find_framework(connection, framework, year=data["year"], level=data["level"]) is None:
                repository.save_framework(connection, framework, name=data["name"], year=data["year"],
                                          level=data["level"], builtin=True,
                                          rounding_places=data["rounding_places"])
        if demo:
            self.import_file(resource_path("demo", DEMO_SHEET), unit=DEMO_UNIT, year=DEMO_YEAR)

    # --- reading -------------------------------------------------------------------
    def frameworks(self) -> list[repository.FrameworkInfo]:
        with self.engine.connect() as connection:
            return repository.list_frameworks(connection)

    def sheets(self) -> list[repository.SheetInfo]:
        with self.engine.connect() as connection:
            return repository.list_sheets(connection)

    def sheet_info(self, sheet_id: int) -> repository.SheetInfo:
        with self.engine.connect() as connection:
            found = repository.list_sheets(connection, sheet_id)
        if not found:
            raise SheetNotFoundError(f"There is no sheet {sheet_id} in {self.path}.", sheet_id=sheet_id)
        return found[0]

    def open_sheet(self, sheet_id: int) -> SheetDocument:
        info = self.sheet_info(sheet_id)
        with self.engine.connect() as connection:
            framework, framework_info, ids = repository.load_framework(connection, info.framework_id)
            sheet = ScoreSheet(framework, rounding_places=framework_info.rounding_places)
            repository.load_scores(connection, sheet_id, sheet)
        return SheetDocument(self, info, framework_info, sheet, ids)

    # --- sheets --------------------------------------------------------------------
    def create_sheet(self, *, unit: str, year: int, framework_id: int, kind: str = "district") -> int:
        unit = clean_text(unit)
        if not unit:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        with self.engine.begin() as connection:
            return self._new_sheet(connection, unit, year, framework_id, kind)

    def _new_sheet(self, connection: Connection, unit: str, year: int, framework_id: int, kind: str) -> int:
        if not 2000 <= year <= 2100:
            raise CchcError(f"{year} is not a plausible year for a sheet (2000–2100).", kind="bad_year", year=year)
        unit_id = repository.unit_id(connection, unit, kind=kind)
        existing = repository.find_sheet(connection, unit_id, year, framework_id)
        if existing is not None:
            raise CchcError(f"{unit} already has a {year} sheet for this framework (sheet {existing}).",
                            kind="sheet_exists", sheet_id=existing)
        return repository.create_sheet(connection, unit=unit_id, year=year, framework_id=framework_id)

    def rename_unit(self, sheet_id: int, new_name: str) -> None:
        new_name = clean_text(new_name)
        if not new_name:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        self.sheet_info(sheet_id)
        try:
            with self.engine.begin() as connection:
                repository.rename_unit(connection, sheet_id, new_name)
        except IntegrityError:
            raise CchcError(f"There is already a unit named {new_name}.", kind="unit_exists") from None

    def delete_sheet(self, sheet_id: int, *, source: str = "window") -> None:
        info = self.sheet_info(sheet_id)
        if info.finalized_at:
            raise SheetLockedError("This sheet is finalized (chốt) and cannot be deleted. Reopen it first.")
        try:
            with self.engine.begin() as connection:
                # The log keeps the deleted sheet's history; this row says where it ended.
                self.record_changes(connection, sheet_id,
                                    [AuditedChange("", "sheet_deleted", f"{info.unit} {info.year}", None)], source)
                connection.execute(delete(schema.score).where(schema.score.c.sheet_id == sheet_id))
                connection.execute(delete(schema.sheet_event).where(schema.sheet_event.c.sheet_id == sheet_id))
                connection.execute(delete(schema.sheet).where(schema.sheet.c.id == sheet_id))
        except DBAPIError as error:
            raise _database_refusal(error) from None

    # --- import --------------------------------------------------------------------
    def read_table_file(self, path: Path | str) -> ImportedTable:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ImportRefused(f"{path} cannot be read: {error.strerror}.", kind="unreadable") from None
        if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
            from ..reports.spreadsheets import xlsx_rows

            rows = xlsx_rows(data, name=path.name)
        else:
            rows = text_rows(decode_text(data, name=path.name))
        return read_table(rows, source=path.name)

    def import_file(self, path: Path | str, *, unit: str, year: int, kind: str = "district",
                    into_sheet: int | None = None, source: str = "import") -> ImportOutcome:
        """Import a score table as a new sheet (or into an existing one). All or nothing."""
        table = self.read_table_file(path)
        if into_sheet is not None:
            return self._import_into(into_sheet, table, source)
        unit = clean_text(unit)
        if not unit:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        level = kind
        with self.engine.begin() as connection:
            framework_id = repository.find_framework(connection, table.framework, year=year, level=level)
            new_framework = framework_id is None
            if new_framework:
                framework_id = repository.save_framework(
                    connection, table.framework, name=f"{Path(path).name} ({year})", year=year, level=level)
            sheet_id = self._new_sheet(connection, unit, year, framework_id, kind)
            _, _, ids = repository.load_framework(connection, framework_id)
            repository.write_new_sheet(connection, sheet_id, table.sheet, ids)
            self.record_changes(connection, sheet_id, _imported_changes(table), source)
        return ImportOutcome(sheet_id, framework_id, new_framework, table.columns, table.warnings)

    def _import_into(self, sheet_id: int, table: ImportedTable, source: str) -> ImportOutcome:
        document = self.open_sheet(sheet_id)
        if table.framework.specs() != [CriterionSpec(s.code, s.title, s.maximum) for s in document.sheet.framework.specs()]:
            mine = {(s.code, s.maximum) for s in document.sheet.framework.specs()}
            theirs = {(s.code, s.maximum) for s in table.framework.specs()}
            if mine != theirs:
                differing = sorted({code for code, _ in mine ^ theirs})
                raise ImportRefused(
                    f"The file's criteria differ from sheet {sheet_id}'s framework (first at {differing[0]}).",
                    kind="framework_mismatch", code=differing[0])
        edits = [Edit(leaf.code, column, table.sheet.entry(leaf.code, column))
                 for column in table.columns for leaf in table.sheet.framework.leaves()]
        document.apply(edits, source=source)
        return ImportOutcome(sheet_id, document.info.framework_id, False, table.columns, table.warnings)


class SheetDocument:
    """One sheet opened for editing: its in-memory roll-up and the database stay equal after every call."""

    def __init__(self, workspace: Workspace, info: repository.SheetInfo, framework_info: repository.FrameworkInfo,
                 sheet: ScoreSheet, criterion_ids: dict[str, int]) -> None:
        self.workspace = workspace
        self.info = info
        self.framework_info = framework_info
        self.sheet = sheet
        self._ids = criterion_ids

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def finalized(self) -> bool:
        return self.info.finalized_at is not None

    def refresh_info(self) -> None:
        self.info = self.workspace.sheet_info(self.id)

    def _ensure_open(self) -> None:
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

    def apply(self, edits: Sequence[Edit], *, source: str = "window") -> list[ScoreChange]:
        """Apply several edits as one committed transaction: all are stored, or none."""
        self._ensure_open()
        for edit in edits:
            self.sheet.check(edit.code, edit.column, edit.value)
        audited = []
        pending: dict[tuple[str, Column], Decimal | None] = {}
        for edit in edits:
            old = pending.get((edit.code, edit.column), self.sheet.entry(edit.code, edit.column))
            pending[(edit.code, edit.column)] = edit.value
            if old != edit.value:
                audited.append(AuditedChange(edit.code, edit.column.value, format_plain(old), format_plain(edit.value)))
        try:
            with self.workspace.engine.begin() as connection:
                for edit in edits:
                    repository.write_score(connection, self.id, self._ids[edit.code], edit.column,
                                           None if edit.value is None else to_hundredths(edit.value))
                if audited:
                    self.workspace.record_changes(connection, self.id, audited, source)
        except DBAPIError as error:
            raise _database_refusal(error) from None
        # Only after the commit returned does the in-memory sheet move, so what shows is what is stored.
        return [self.sheet.set_score(edit.code, edit.column, edit.value) for edit in edits]

    def set_note(self, code: str, text: str | None, *, source: str = "window") -> str | None:
        self._ensure_open()
        self.sheet.framework.get(code)
        text = clean_text(text) if text else None
        old = self.sheet.note(code)
        try:
            with self.workspace.engine.begin() as connection:
                repository.write_note(connection, self.id, self._ids[code], text or None)
                if old != (text or None):
                    self.workspace.record_changes(connection, self.id, [AuditedChange(code, "note", old, text or None)],
                                                  source)
        except DBAPIError as error:
            raise _database_refusal(error) from None
        return self.sheet.set_note(code, text)

    def stored_value(self, code: str, column: Column) -> Decimal | None:
        """Read one leaf's score back from the database (for checks, not for display)."""
        from ..domain.numbers import from_hundredths

        name = repository.SCORE_COLUMN[column]
        with self.workspace.engine.connect() as connection:
            value = connection.execute(
                select(schema.score.c[name]).where(schema.score.c.sheet_id == self.id,
                                                   schema.score.c.criterion_id == self._ids[code])).scalar_one_or_none()
        return None if value is None else from_hundredths(value)

    # --- presenting ----------------------------------------------------------------
    def as_dict(self) -> dict:
        """The sheet as plain data: decimals as strings with a dot and two places, None where nothing is entered."""
        sheet = self.sheet
        rows = []
        for node in sheet.framework:
            rows.append({
                "code": node.code,
                "title": node.title,
                "level": node.level,
                "leaf": node.is_leaf,
                "max": format_plain(node.maximum),
                "self": format_plain(sheet.score(node.code, Column.SELF)),
                "appraisal": format_plain(sheet.score(node.code, Column.APPRAISAL)),
                "note": sheet.note(node.code),
            })

        def total(column: Column, policy: RoundingPolicy) -> str | None:
            totals = sheet.totals(None, column)
            return format_plain(sheet.total(column, policy)) if totals.scored else None

        return {
            "id": self.id,
            "unit": self.info.unit,
            "year": self.info.year,
            "framework": self.framework_info.name,
            "finalized_at": self.info.finalized_at,
            "totals": {
                "max": format_plain(sheet.framework.maximum),
                "self": total(Column.SELF, RoundingPolicy.EXACT),
                "appraisal": total(Column.APPRAISAL, RoundingPolicy.EXACT),
            },
            "totals_round_each_leaf": {
                "self": total(Column.SELF, RoundingPolicy.ROUND_EACH_LEAF),
                "appraisal": total(Column.APPRAISAL, RoundingPolicy.ROUND_EACH_LEAF),
            },
            "progress": {
                column.value: {"scored": sheet.totals(None, column).scored, "leaves": sheet.totals(None, column).leaves}
                for column in Column
            },
            "rows": rows,
        }


def _imported_changes(table: ImportedTable) -> list[AuditedChange]:
    changes = []
    for node in table.framework:
        if node.is_leaf:
            for column in table.columns:
                value = table.sheet.entry(node.code, column)
                if value is not None:
                    changes.append(AuditedChange(node.code, column.value, None, format_plain(value)))
        note = table.sheet.note(node.code)
        if note:
            changes.append(AuditedChange(node.code, "note", None, note))
    return changes
