"""A database opened for work: frameworks, sheets and the edits made to them, each committed at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..domain.criteria import CriterionSpec, Framework
from ..domain.errors import CchcError

from ..domain.names import clean_name, valid_id
from ..domain.numbers import format_plain, parse_score
from ..domain.scoring import Column, ScoreSheet
from ..domain.sheet_title import LEVEL_WORDS, TitleUnit, read_title, unit_key
from ..domain.tables import ImportedTable, ImportRefused, ImportWarning, decode_text, read_table, text_rows
from ..domain.text_limits import MAX_FILE_BYTES
from ..paths import resource_path
from ..store import audit, repository, schema, server, sheets
from ..store.audit import Change
from ..store.lock import DatabaseLock
from ..store.database import SCHEMA_HEAD, StoreError, checkpoint, current_revision, ensure_schema, make_engine
from . import safety
from .document import Edit, SheetDocument, SheetSeal, Write, seal  # noqa: F401 - SheetSeal, seal re-exported
from .errors import DatabaseMissingError, SheetExistsError, SheetLockedError, SheetNotFoundError  # noqa: F401
from .safety import Guard

BUILTIN_FRAMEWORK = "district-2023.json"
DEMO_SHEET = "phong-tho-2023.txt"
# The demo is a real appraised district: "(mẫu)" in its name marks it as an example wherever it is listed or
# printed, and keeps it apart from the real Phong Thổ sheet a user may create or import.
DEMO_UNIT = "Huyện Phong Thổ (mẫu)"
DEMO_YEAR = 2023


@dataclass(frozen=True)
class FilePreview:
    """A score table read from a file, with the unit and year its title line names (if it names them)."""

    table: ImportedTable
    title: TitleUnit | None


@dataclass(frozen=True)
class ImportOutcome:
    sheet_id: int
    framework_id: int
    new_framework: bool
    columns: tuple[Column, ...]
    warnings: list[ImportWarning] = field(default_factory=list)


def _database_refusal(error: DBAPIError) -> CchcError:
    text = str(error.orig) if error.orig is not None else str(error)
    code = schema.refusal_code(text)
    if code == schema.REFUSED_FINALIZED:
        return SheetLockedError("This sheet is finalized (chốt) and cannot be changed. Reopen it first.")
    if code == schema.REFUSED_OVER_MAXIMUM:
        return CchcError("The database refused a score over its maximum.", kind="over_maximum")
    return StoreError(f"The database refused the change: {text}")


class Workspace:
    """An open database. Create with :meth:`open`; close when done."""

    def __init__(self, engine: Engine, path: Path | None, guard: Guard | None = None, *, read_only: bool = False,
                 location: str | None = None) -> None:
        self.engine = engine
        # A file: its path. A PostgreSQL server: path is None (no lock file, no file checks, no backups of ours:
        # pg_dump is the server's backup), and location is its address without any password.
        self.path = path
        self.location = location if location is not None else str(path)
        self.on_server = path is None
        self.guard = guard  # the lock and the backup schedule (None for a workspace made without open())
        self.read_only = read_only  # True when the file could not be opened for writing
        self.created = False  # True when this open made the database file: the program's first start
        # A backup that falls due is taken right after the commit that made it due; the window turns this off
        # and runs safety.backup_job on a worker thread instead, so no edit waits for a VACUUM INTO.
        self.backup_after_commit = True

    # --- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, demo: bool = False, create: bool = True,
             password: str | None = None, lock: DatabaseLock | None = None) -> Workspace:
        """Open (creating if needed, unless ``create`` is off) the database at ``path``: a file, or a PostgreSQL
        server's database as ``postgresql://user@host:port/dbname`` (``password`` when the caller asked for one).

        A new database gets the built-in framework, and the demo sheet when ``demo`` is set. ``lock``: the
        single-writer lock already held on ``path`` (ui/startup.py), taken over rather than taken again.
        """
        if server.is_server(path):
            return cls._open_server(str(path), demo=demo, password=password)
        path = Path(path)
        if not create and not path.exists():
            # A mistyped path must not quietly become a new, empty-looking database.
            raise DatabaseMissingError(f"There is no database at {path}. Check the path.", path=str(path))
        path = safety.real_path(path)  # one file, one name: symlinks resolved before the lock is taken
        path.parent.mkdir(parents=True, exist_ok=True)
        # The lock, quick_check and the pre-migration backup come before anything can write to the file.
        guard = safety.open_guard(path, lock=lock)
        if guard.read_only:
            return cls._open_read_only(path, guard)
        engine = make_engine(path)
        try:
            # Only a new file gets the built-in framework (and demo): a migrated one already has its own.
            new = current_revision(engine) is None
            ensure_schema(engine, path)
            workspace = cls(engine, path, guard)
            if new:
                workspace.created = True
                workspace._install_builtin(demo=demo)
        except BaseException:
            engine.dispose()
            guard.lock.release()
            raise
        return workspace

    @classmethod
    def _open_server(cls, location: str, *, demo: bool, password: str | None) -> Workspace:
        """A database on a PostgreSQL server. It must exist (the server's administrator creates it, see
        docs/server.md); an empty one gets the tables, the built-in framework, and the demo when asked."""
        engine = server.make_server_engine(location, password=password)
        shown = server.display(location)
        try:
            server.connect_check(engine, location)
            workspace = cls(engine, None, location=shown)
            if current_revision(engine) != SCHEMA_HEAD:  # else nothing to do, and no lock to wait for
                with server.schema_lock(engine):
                    new = current_revision(engine) is None
                    if new:
                        server.refuse_foreign(engine, location)
                    ensure_schema(engine, shown)
                    if new:
                        workspace.created = True
                        workspace._install_builtin(demo=demo)
        except BaseException:
            engine.dispose()
            raise
        return workspace

    @classmethod
    def _open_read_only(cls, path: Path, guard: Guard) -> Workspace:
        """A file that cannot be written: opened for viewing and printing, every change refused."""
        return cls(make_engine(path, read_only=True), path, guard, read_only=True)

    def close(self) -> None:
        if self.guard is not None:
            with self.guard.busy:  # a backup running on a worker thread finishes before the file is let go
                pass
        try:
            if not self.read_only and not self.on_server:
                checkpoint(self.engine)
            self.engine.dispose()
        finally:
            # Even if the checkpoint failed (the log stays and is replayed at the next open), let go of the lock.
            safety.close_guard(self.guard)
            self.guard = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the one way to change a sheet -------------------------------------------------
    @contextmanager
    def write(self, sheet_id: int | None, source: str) -> Iterator[Write]:
        """One transaction changing a sheet: what it writes through the yielded :class:`Write` is logged in the
        audit chain in the same transaction (``source`` says how: window, paste, import, cli…), and a
        database refusal becomes a plain CchcError. A backup that falls due is taken after the commit.

        ``sheet_id`` is None for a sheet the transaction creates: it sets ``sheet_id`` on the Write then.
        """
        try:
            with self.engine.begin() as connection:
                # PostgreSQL: writers take turns for the whole (short) transaction, as SQLite's one writer does,
                # so the audit chain's head read later is the last committed one and no row locks cross.
                server.lock_audit_chain(connection)
                work = Write(connection, sheet_id, source)
                yield work
                work.flush()
        except DBAPIError as error:
            raise _database_refusal(error) from None
        if work.logged and self.guard is not None:
            self.guard.changed = True
            if self.backup_after_commit:
                safety.backup_if_due(self)

    def before_risky_change(self, reason: str) -> None:
        """Called before a finalize, a reopen or a migration: the moment to take a backup."""
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
        if not valid_id(sheet_id):
            raise SheetNotFoundError(f"There is no sheet {sheet_id} in {self.location}.", sheet_id=sheet_id)
        with self.engine.connect() as connection:
            found = repository.list_sheets(connection, sheet_id)
        if not found:
            raise SheetNotFoundError(f"There is no sheet {sheet_id} in {self.location}.", sheet_id=sheet_id)
        return found[0]

    def demo_sheet_id(self) -> int | None:
        """The demo sheet, if this database still has it."""
        return next((s.id for s in self.sheets() if s.unit == DEMO_UNIT and s.year == DEMO_YEAR), None)

    def find_unit_sheet(self, unit: str, year: int) -> repository.SheetInfo | None:
        """The sheet of that unit (names compared NFC, case-insensitive, white space collapsed) and year."""
        key = unit_key(unit)
        return next((s for s in self.sheets() if s.year == year and unit_key(s.unit) == key), None)

    def open_sheet(self, sheet_id: int) -> SheetDocument:
        with self.engine.connect() as connection:
            # Read first: a change committed while the scores load is then read again by the change feed.
            log_seen = audit.last_id(connection)
        info = self.sheet_info(sheet_id)
        with self.engine.connect() as connection:
            framework, framework_info, ids = repository.load_framework(connection, info.framework_id)
            sheet = ScoreSheet(framework, rounding_places=framework_info.rounding_places)
            repository.load_scores(connection, sheet_id, sheet)
        document = SheetDocument(self, info, framework_info, sheet, ids)
        document.log_seen = log_seen
        return document

    # --- sheets --------------------------------------------------------------------
    def create_sheet(self, *, unit: str, year: int, framework_id: int, kind: str = "district") -> int:
        unit = clean_name(unit)
        if not unit:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        with self.engine.begin() as connection:
            return self._new_sheet(connection, unit, year, framework_id, kind)

    def _new_sheet(self, connection: Connection, unit: str, year: int, framework_id: int, kind: str) -> int:
        if not 2000 <= year <= 2100:
            raise CchcError(f"{year} is not a plausible year for a sheet (2000–2100).", kind="bad_year", year=year)
        # A unit is scored once a year, whatever the framework, and "huyện  phong thổ" is Huyện Phong Thổ.
        # This check is the guarantee: the database's own unique key is (unit, year, framework), and an index on
        # (unit, year) could not be added to databases that may already hold two such sheets.
        key = unit_key(unit)
        for sheet_id, name in sheets.sheets_of_year(connection, year):
            if unit_key(name) == key:
                raise SheetExistsError(f"{name} already has a {year} sheet: sheet {sheet_id}. A unit is scored once "
                                       f"a year; open that sheet (cchc show {sheet_id}) or import into it "
                                       f"(--sheet {sheet_id}).", sheet_id=sheet_id, unit=name, year=year)
        same = [unit_id for unit_id, name in sheets.units(connection) if unit_key(name) == key]
        unit_id = same[0] if same else repository.unit_id(connection, unit, kind=kind)
        return repository.create_sheet(connection, unit=unit_id, year=year, framework_id=framework_id)

    def rename_unit(self, sheet_id: int, new_name: str) -> None:
        new_name = clean_name(new_name)
        if not new_name:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        info = self.sheet_info(sheet_id)
        # "huyện phong thổ" next to "Huyện Phong Thổ" would be two names for one unit, and two sheets for its years.
        if any(unit_key(s.unit) == unit_key(new_name) and unit_key(s.unit) != unit_key(info.unit)
               for s in self.sheets()):
            raise CchcError(f"There is already a unit named {new_name}.", kind="unit_exists")
        try:
            with self.engine.begin() as connection:
                repository.rename_unit(connection, sheet_id, new_name)
        except IntegrityError:
            raise CchcError(f"There is already a unit named {new_name}.", kind="unit_exists") from None

    def delete_sheet(self, sheet_id: int, *, source: str = "window") -> None:
        info = self.sheet_info(sheet_id)
        if info.finalized_at:
            raise SheetLockedError("This sheet is finalized (chốt) and cannot be deleted. Reopen it first.")
        with self.write(sheet_id, source) as work:
            # The log keeps the deleted sheet's history; this row says where it ended. It is appended before
            # the sheet's rows go, while the log can still read the sheet's label.
            work.log(Change("", "sheet_deleted", f"{info.unit} {info.year}", None))
            work.flush()
            sheets.delete_sheet(work.connection, sheet_id)

    # --- import --------------------------------------------------------------------
    @staticmethod
    def read_table_file(path: Path | str) -> ImportedTable:
        return Workspace.preview_file(path).table

    @staticmethod
    def preview_file(path: Path | str) -> FilePreview:
        """Read a score table file (refusing it as a whole if it cannot be imported) and its title line."""
        path = Path(path)
        # Parsed here, before import_file opens its transaction: a slow or refused file never holds the database.
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)  # not the whole of a 2 GB file to find it too large
        except OSError as error:
            raise ImportRefused(f"{path} cannot be read: {error.strerror}.", kind="unreadable") from None
        if path.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
            from ..reports.spreadsheets import xlsx_rows

            if len(data) > MAX_FILE_BYTES:
                raise ImportRefused(f"{path.name} is over {MAX_FILE_BYTES // (1024 * 1024)} MB; a score table is "
                                    "never that large. Check that this is the right file.", kind="too_large")
            book = xlsx_rows(data, name=path.name)
            rows = list(book)
            warnings = book.warnings
        else:
            rows = text_rows(decode_text(data, name=path.name), name=path.name)
            warnings = ()
        return FilePreview(read_table(rows, source=path.name, warnings=warnings), read_title(rows))

    def import_file(self, path: Path | str, *, unit: str, year: int, kind: str = "district",
                    into_sheet: int | None = None, source: str = "import") -> ImportOutcome:
        """Import a score table as a new sheet (or into an existing one). All or nothing."""
        table = self.read_table_file(path)
        if into_sheet is not None:
            return self._import_into(into_sheet, table, source)
        unit = clean_name(unit)
        if not unit:
            raise CchcError("The unit name is empty.", kind="empty_unit")
        level = kind
        with self.write(None, source) as work:
            connection = work.connection
            framework_id = repository.find_framework(connection, table.framework, year=year, level=level)
            new_framework = framework_id is None
            if new_framework:
                framework_id = repository.save_framework(
                    connection, table.framework, name=_framework_name(connection, level, year), year=year,
                    level=level)
            sheet_id = work.sheet_id = self._new_sheet(connection, unit, year, framework_id, kind)
            _, _, ids = repository.load_framework(connection, framework_id)
            repository.write_new_sheet(connection, sheet_id, table.sheet, ids)
            work.log(*_imported_changes(table))
        return ImportOutcome(sheet_id, framework_id, new_framework, table.columns, table.warnings)

    def _import_into(self, sheet_id: int, table: ImportedTable, source: str) -> ImportOutcome:
        document = self.open_sheet(sheet_id)
        document.apply(import_edits(document, table), source=source)
        return ImportOutcome(sheet_id, document.info.framework_id, False, table.columns, table.warnings)


def import_edits(document: SheetDocument, table: ImportedTable) -> list[Edit]:
    """The edits that put a file's scores into an open sheet: every column the file has, blanks included.

    The window applies them as one undoable step; the file must have the sheet's criteria.
    """
    mine = {(s.code, s.maximum) for s in document.sheet.framework.specs()}
    theirs = {(s.code, s.maximum) for s in table.framework.specs()}
    if mine != theirs:  # titles may be worded differently; codes and maxima must agree
        differing = sorted({code for code, _ in mine ^ theirs})
        raise ImportRefused(
            f"The file's criteria differ from sheet {document.id}'s framework (first at {differing[0]}).",
            kind="framework_mismatch", code=differing[0])
    return [Edit(leaf.code, column, table.sheet.entry(leaf.code, column))
            for column in table.columns for leaf in table.sheet.framework.leaves()]


def _framework_name(connection: Connection, level: str, year: int) -> str:
    """"Bộ tiêu chí cấp huyện năm 2023" (with its version from the second one on), never the file's name."""
    name = f"Bộ tiêu chí cấp {LEVEL_WORDS.get(level, level)} năm {year}"
    taken = repository.framework_count(connection, year=year, level=level)
    return f"{name} (bản {taken + 1})" if taken else name


def _imported_changes(table: ImportedTable) -> list[Change]:
    changes = []
    for node in table.framework:
        if node.is_leaf:
            for column in table.columns:
                value = table.sheet.entry(node.code, column)
                if value is not None:
                    changes.append(Change(node.code, column.value, None, format_plain(value)))
        note = table.sheet.note(node.code)
        if note:
            changes.append(Change(node.code, "note", None, note))
    return changes
