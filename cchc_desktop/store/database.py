"""Opening the SQLite file: pragmas on every connection, schema checks and migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from ..domain.errors import CchcError

# The newest migration this program knows; a test checks it equals Alembic's head.
SCHEMA_HEAD = "0005"
KNOWN_REVISIONS = ("0001", "0002", "0005")
BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(CchcError):
    kind = "store"


class NewerSchemaError(StoreError):
    kind = "newer_schema"


class DamagedDatabaseError(StoreError):
    kind = "damaged"


class NotADatabaseError(StoreError):
    kind = "not_database"


@dataclass(frozen=True)
class FileCheck:
    """What a look at a database file found, before anything was written to it."""

    path: Path
    exists: bool
    revision: str | None  # None for a new file or an SQLite file with no tables yet

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != SCHEMA_HEAD


def read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _damaged(path: Path, detail: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        f"{path} is damaged ({detail}). Restore the newest backup (File → Backups, or: cchc restore); "
        "the damaged file has been left exactly as it was, so a specialist can still try to rescue it.",
        path=str(path), detail=detail)


def check_file(path: Path, *, quick_check: bool = True) -> FileCheck:
    """Refuse a file that is not a sound CCHC database of a known schema, without writing to it.

    Everything here reads: the header bytes first, then a read-only connection for
    PRAGMA quick_check and the schema revision. Setting WAL mode or creating tables
    would write to the file, so the caller does that only after this returned.
    """
    path = Path(path)
    if not path.exists():
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # SQLite would replay this log into a new empty file: half a database. Someone moved the .db away.
            raise DamagedDatabaseError(
                f"{path} is missing but its log file {wal.name} is still there, so the database was moved or "
                "deleted without it. Put the .db file back next to it, or restore a backup; nothing was changed.",
                kind="orphan_wal", path=str(path))
        return FileCheck(path, False, None)
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file. Choose a .db file.", path=str(path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StoreError(f"{path} cannot be read ({error.strerror}). Check that the disk is connected and "
                         "that you may open the file.", kind="unreadable", path=str(path)) from None
    if not header:
        raise _damaged(path, "the file is empty, 0 bytes — often an interrupted copy")
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a CCHC Desktop database (it is not an SQLite file at all). Choose the right "
            "file; to bring in a score table, use Import instead. The file has not been changed.", path=str(path))
    if len(header) < 100:
        raise _damaged(path, "the file is cut short")
    if _shorter_than_header(path, header):
        raise _damaged(path, "the file is shorter than its own header says: cut short, e.g. by an unfinished copy")
    # A read-only connection to a WAL-mode file may create empty -wal and -shm files it cannot remove;
    # beside a refused file they are taken away again (never beside a sound one: another program
    # opening it this very moment may be using them).
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [side for side in side_files if not side.exists()]
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from None
    try:
        if quick_check:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
            if rows != ["ok"]:
                lines = [line for r in rows for line in str(r).splitlines() if line and not line.startswith("***")]
                raise _damaged(path, f"the database check found: {(lines or ['an error'])[0][:120]}")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
        if revision is None and tables - {"alembic_version"}:
            raise NotADatabaseError(
                f"{path} is an SQLite database of another program, not of CCHC Desktop. Choose the right file; "
                "it has not been changed.", kind="foreign_database", path=str(path))
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"{path} was written by a newer version of CCHC Desktop (schema {revision}). "
                "Install the newer version to open it; this file has not been changed.", path=str(path))
    except sqlite3.DatabaseError as error:
        connection.close()
        _remove_empty(absent)
        raise _damaged(path, str(error)) from None
    except CchcError:
        connection.close()
        _remove_empty(absent)
        raise
    finally:
        connection.close()
    return FileCheck(path, True, revision)


def _shorter_than_header(path: Path, header: bytes) -> bool:
    """The header's page count times page size exceeds the file (only meaningful with no -wal to replay)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The count is valid only when the change counter matches the version-valid-for number.
    if header[24:28] != header[92:96] or pages == 0:
        return False
    return pages * page_size > path.stat().st_size


def _remove_empty(created: list[Path]) -> None:
    wal = next((p for p in created if p.name.endswith("-wal")), None)
    if wal is not None and wal.exists() and wal.stat().st_size > 0:
        return  # not ours to judge: keep everything
    for side in created:
        try:
            side.unlink(missing_ok=True)
        except OSError:
            pass  # e.g. still mapped by another process on Windows


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check of a file through a read-only connection: ["ok"] when sound."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the only one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                f"The database could not switch to write-ahead logging (it reported “{mode}”). "
                "Keep the database on a local disk, not a network or read-only folder.", kind="no_wal")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    # With pysqlite's implicit transactions off, SQLAlchemy's begin must issue BEGIN itself.
    event.listen(engine, "begin", _on_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        if not has_table:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def ensure_schema(engine: Engine, path: Path) -> bool:
    """Bring the schema to SCHEMA_HEAD; return True if it was created or migrated.

    Alembic is imported only when there is something to do, so opening an up-to-date
    database stays fast.
    """
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path} was written by a newer version of CCHC Desktop (schema {revision}). "
            "Install the newer version to open it; this file has not been changed.", path=str(path))
    from .migrations import upgrade_to_head

    upgrade_to_head(engine)
    return True


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log into the main file, so the .db file alone is complete."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
