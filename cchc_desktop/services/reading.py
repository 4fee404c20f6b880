"""A database opened only to read (show, sheets, the window's first paint): stdlib sqlite3, no SQLAlchemy.

It keeps every check the full Workspace.open makes before it reads: the file checks (header, quick_check,
a stale -wal), the single-writer lock, and the schema revision. What it cannot serve it hands back as None,
and the caller opens a Workspace instead: a database that does not exist yet (a new one is created there),
and one at an older revision (the Workspace migrates it, after its backup). A newer one is refused here too.
The connection gets the same pragmas as the Workspace's (WAL, synchronous=FULL, foreign keys, busy timeout),
and the rows become domain objects through store/reading.py, the same functions the SQLAlchemy path uses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from ..domain.numbers import format_plain
from ..domain.scoring import FINAL_NAME, MAIN_COLUMNS, Column, RoundingPolicy, ScoreSheet
from ..domain.stages import stage_of
from ..store import reading
from ..store.database import (  # noqa: F401 - read_only_refusal re-exported for the cli
    _on_connect, _on_connect_read_only, check_file, read_only_refusal, read_only_uri, writable)
from ..store.lock import DatabaseLock, real_path
from ..store.reading import FrameworkInfo, SheetInfo
from .errors import SheetNotFoundError


class SheetView(NamedTuple):
    """A sheet as stored, for showing: what SheetDocument holds, without the means to change it."""

    info: SheetInfo
    framework_info: FrameworkInfo
    sheet: ScoreSheet
    evidence: dict[str, list[dict]]  # path → [{name, sha256, size}]
    log_seen: int  # the audit log's last row when the sheet was read (where a change feed goes on from)

    @property
    def id(self) -> int:
        return self.info.id

    def as_dict(self) -> dict:
        return sheet_as_dict(self, self.evidence)


class AuditHead(NamedTuple):
    """Where the audit chain stands: its last row and that row's hash. Printed on finalized sheets (and meant
    for the exchange package) so that a chain rewritten later is caught against the copy held elsewhere."""

    row: int
    hash: str


class SheetSeal(NamedTuple):
    """A sheet's canonical data, its bytes and their SHA-256."""

    data: dict
    raw: bytes
    fingerprint: str


def seal(document) -> SheetSeal:  # noqa: ANN001 - a SheetDocument or a SheetView
    """A document's (or a snapshot's with the same sheet, info and framework_info) canonical data and fingerprint."""
    from ..domain.fingerprint import canonical_bytes, canonical_data, fingerprint_bytes

    data = canonical_data(document.sheet, unit=document.info.unit, year=document.info.year,
                          framework=document.framework_info.name)
    raw = canonical_bytes(data)
    return SheetSeal(data, raw, fingerprint_bytes(raw))


class ReadView:
    """An open database for reading. Made by :func:`open_for_reading`."""

    def __init__(self, connection: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only  # the file cannot be written (the Workspace would open it for viewing only)

    def execute(self, statement: str, parameters: tuple) -> list[tuple]:
        return self.connection.execute(statement, parameters).fetchall()

    def sheets(self) -> list[SheetInfo]:
        return reading.list_sheets(self.execute)

    def frameworks(self) -> list[FrameworkInfo]:
        return reading.list_frameworks(self.execute)

    def setting(self, key: str) -> str | None:
        return reading.load_setting(self.execute, key)

    def open_sheet(self, sheet_id: int) -> SheetView:
        return self.open_sheet_with_ids(sheet_id)[0]

    def open_sheet_with_ids(self, sheet_id: int) -> tuple[SheetView, dict[str, int]]:
        """The sheet, and its criteria's stored ids (path → id: what a SheetDocument writes with)."""
        from ..domain.names import valid_id

        # One read transaction: the info, the framework and the scores are of the same moment.
        self.connection.execute("BEGIN")
        try:
            found = reading.list_sheets(self.execute, sheet_id) if valid_id(sheet_id) else []
            if not found:
                raise SheetNotFoundError(f"There is no sheet {sheet_id} in {self.path}.", sheet_id=sheet_id)
            framework_info, sheet, ids = reading.load_sheet(self.execute, found[0])
            evidence = reading.load_evidence(self.execute, sheet_id)
            log_seen, _ = reading.audit_head(self.execute)
        finally:
            self.connection.execute("ROLLBACK")  # nothing was written; ends the read transaction
        return SheetView(found[0], framework_info, sheet, evidence, log_seen), ids


def open_holding_lock(path: Path | str) -> tuple[ReadView, DatabaseLock] | None:
    """The database at ``path`` opened to read with its single-writer lock taken, or None where only a Workspace
    can open it (see the module). The caller releases the lock, or hands it to the Workspace (ui/startup.py)."""
    from ..store.server import is_server

    if is_server(path):
        return None  # a database on a PostgreSQL server is read through a Workspace (SQLAlchemy and psycopg)
    path = real_path(Path(path))
    check_file(path)  # before the lock too, as Workspace.open does: a wrong file gets no .lock beside it
    if not path.exists():
        return None
    lock = DatabaseLock.acquire(path)
    try:
        found = check_file(path, quick_check=False)
        if not found.exists or found.revision is None or found.needs_migration:
            lock.release()
            return None
        read_only = not writable(path)
        if read_only:
            connection = sqlite3.connect(read_only_uri(path), uri=True)
            _on_connect_read_only(connection, None)
        else:
            connection = sqlite3.connect(path)
            try:
                _on_connect(connection, None)
            except BaseException:
                connection.close()
                raise
    except BaseException:
        lock.release()
        raise
    return ReadView(connection, path, read_only=read_only), lock


@contextmanager
def open_for_reading(path: Path | str) -> Iterator[ReadView | None]:
    """The database at ``path`` opened to read, or None where only a Workspace can open it (see the module)."""
    opened = open_holding_lock(path)
    if opened is None:
        yield None
        return
    view, lock = opened
    try:
        try:
            yield view
        finally:
            try:
                if not view.read_only:
                    # As Workspace.close: the .db file alone is complete when the program lets go of it.
                    view.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                view.connection.close()
    finally:
        lock.release()


def missing_evidence(document) -> list[str]:  # noqa: ANN001 - a SheetDocument, or ui/startup.py's stand-in
    """“Thiếu minh chứng”: the leaves with a self score but neither an evidence file nor an explanation.

    Read through the workspace's ``execute`` where it has one (the window's first paint), else its engine.
    """
    source = document.workspace
    execute = getattr(source, "execute", None)
    if execute is not None:
        having = reading.load_evidence(execute, document.id)
    else:
        with source.engine.connect() as connection:
            having = reading.load_evidence(reading.execute_on(connection), document.id)
    sheet = document.sheet
    return [node.code for node in sheet.framework if node.is_leaf
            and sheet.entry(node.code, Column.SELF) is not None
            and node.code not in having and not sheet.explanation(node.code)]


def sheet_as_dict(document: SheetView, evidence: dict[str, list[dict]] | None = None) -> dict:
    """The sheet as plain data: decimals as strings with a dot and two places, None where nothing is entered.

    ``document`` is a SheetView or a SheetDocument (anything with info, framework_info, sheet and id);
    ``evidence`` (store/reading.py's load_evidence) gives each row its evidence files.
    """
    sheet = document.sheet
    evidence = evidence or {}
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
            "round1": format_plain(sheet.score(node.code, Column.ROUND1)),
            FINAL_NAME: format_plain(sheet.score(node.code, Column.APPRAISAL)),
            "explanation": sheet.explanation(node.code),
            "final_minus_self": format_plain(sheet.difference(node.code, Column.SELF)),
            "final_minus_round1": format_plain(sheet.difference(node.code, Column.ROUND1)),
            "evidence": evidence.get(node.code, []),
        })

    def total(column: Column, policy: RoundingPolicy) -> str | None:
        totals = sheet.totals(None, column)
        return format_plain(sheet.total(column, policy)) if totals.scored else None

    return {
        "id": document.id,
        "unit": document.info.unit,
        "year": document.info.year,
        "framework": document.framework_info.name,
        "finalized_at": document.info.finalized_at,
        "stage": stage_of(document.info.stage, document.info.finalized_at is not None).value,
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
            for column in MAIN_COLUMNS
        },
        "rows": rows,
    }
