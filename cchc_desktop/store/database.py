"""Opening the SQLite file: pragmas on every connection, schema checks and migrations."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.errors import CchcError

if TYPE_CHECKING:  # SQLAlchemy is imported where an engine is made: the read path (services/reading.py) never is
    from sqlalchemy import Engine

# The newest migration this program knows; a test checks it equals Alembic's head.
SCHEMA_HEAD = "0014"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
                   "0013", "0014")
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


class DiskFullError(StoreError):
    kind = "disk_full"


def is_disk_full(error: BaseException) -> bool:
    """SQLite's “database or disk is full” (SQLITE_FULL) or the OS's ENOSPC/EDQUOT, however wrapped."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return True
        if isinstance(error, sqlite3.Error) and (
                "database or disk is full" in str(error) or getattr(error, "sqlite_errorcode", None) == 13):
            return True
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
        seen += 1
    return False


def disk_full(path: Path | None, what: str = "the change") -> DiskFullError:
    where = f"The disk holding {Path(path).parent}" if path is not None else "The disk"
    return DiskFullError(
        f"{where} is full, so {what} could not be saved. The database is not damaged: it keeps everything saved "
        "before. Free some space on that disk (empty the Recycle Bin, move or delete large files) and try again.",
        path=str(path or ""))


class FileCheck(NamedTuple):
    """What a look at a database file found, before anything was written to it."""

    path: Path
    exists: bool
    revision: str | None  # None for a new file or an SQLite file with no tables yet

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != SCHEMA_HEAD


def read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _damaged_or_full(path: Path, error: BaseException) -> StoreError:
    # A read-only connection still needs room for its -shm file: on a full disk that fails too, and is no damage.
    return disk_full(path, "the file's working copy (-shm)") if is_disk_full(error) else _damaged(path, str(error))


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
    refuse_special(path)
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
        raise _damaged_or_full(path, error) from None
    try:
        # Before anything else reads through the log: a foreign log can make a sound file look damaged.
        check_log_belongs(path, connection, header)
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
        raise _damaged_or_full(path, error) from None
    except CchcError:
        connection.close()
        _remove_empty(absent)
        raise
    finally:
        connection.close()
    return FileCheck(path, True, revision)


class StaleLogError(StoreError):
    kind = "stale_wal"


def check_log_belongs(path: Path, with_log: sqlite3.Connection, header: bytes) -> None:
    """Refuse a non-empty -wal that was left by another copy of the database (SQLite would replay it blindly).

    The audit log only ever grows, and each row's hash covers every row before it. So the file alone
    (read with immutable=1, which ignores the -wal) must end on a row that the file read with its log
    holds unchanged. Costs one stat when there is no log; otherwise two indexed look-ups.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        with open(wal, "rb") as handle:
            wal_header = handle.read(32)
    except OSError:
        return
    if len(wal_header) < 32:
        return  # an empty or cut-short log holds no frame SQLite would replay
    own_page = int.from_bytes(header[16:18], "big")
    log_page = int.from_bytes(wal_header[8:12], "big")
    if wal_header[:4] in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83") and own_page and \
            log_page != (65536 if own_page == 1 else own_page):
        raise _stale_log(path, wal, "the log was written for pages of another size")
    try:
        alone = sqlite3.connect(read_only_uri(path) + "&immutable=1", uri=True)
    except sqlite3.Error:
        return
    try:
        last = alone.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        # A crash in the middle of a checkpoint can leave the file alone unreadable on its own;
        # only its log completes it, so there is nothing to compare: SQLite's recovery is trusted.
        return
    finally:
        alone.close()
    if last is None:
        return  # nothing was ever logged in the file itself
    try:
        found = with_log.execute("SELECT hash FROM audit_log WHERE id = ?", (last[0],)).fetchone()
    except sqlite3.DatabaseError as error:
        raise _stale_log(path, wal, f"with the log applied the file cannot be read: {error}") from None
    if found is None or found[0] != last[1]:
        what = "is missing" if found is None else "is a different change"
        raise _stale_log(path, wal, f"change {last[0]} of the file's own history {what} once the log is applied")


def _stale_log(path: Path, wal: Path, detail: str) -> StaleLogError:
    return StaleLogError(
        f"{path} has a log file {wal.name} beside it that does not belong to it ({detail}). It was most likely "
        f"left by a crash of an earlier copy, before this file was copied over that one; opening it would replay "
        f"old changes over this file and undo newer ones. Both files were left untouched. If {path.name} is the "
        f"copy you want, move {wal.name} (and {path.name}-shm) to another folder and open it again; if you need the "
        f"changes in the log, put back the .db file it belongs to.", path=str(path), wal=str(wal), detail=detail)


def refuse_special(path: Path) -> None:
    """A pipe, device or socket named .db (or -wal, -shm) would make the first read wait forever."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = os.stat(candidate).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            raise NotADatabaseError(
                f"{candidate} is not an ordinary file (it is a pipe, device, socket or folder), so {path.name} cannot "
                "be opened as a database. Choose the .db file itself, or remove that item; nothing was read or "
                "changed.", kind="not_regular", path=str(candidate))


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


class ReadOnlyError(StoreError):
    kind = "read_only"


def writable(path: Path) -> bool:
    """Whether this program may write to the existing file (permissions, read-only attribute or medium)."""
    try:
        descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return True
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return False
        return True  # other trouble is for the checks that follow to name
    os.close(descriptor)
    return True


def read_only_refusal(path: Path | None = None) -> ReadOnlyError:
    name = f"{path} is" if path is not None else "This database file is"
    return ReadOnlyError(
        f"{name} read-only, so it is open for viewing and printing only: nothing can be changed or saved in it. "
        "To work on it, copy it to a folder of your own (e.g. Documents) and open the copy, or ask whoever "
        "manages the file to allow changes.", path=str(path or ""))


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal_mode switch: that writes to the file. The file opens in whatever mode it was left in.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


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


def _plain_error(path: Path):  # noqa: ANN202 - an SQLAlchemy handle_error listener
    """Every statement and commit: a full disk or a read-only file becomes its CchcError, whoever wrote."""

    def translate(context) -> BaseException | None:  # noqa: ANN001 - ExceptionContext
        original = context.original_exception
        if is_disk_full(original):
            return disk_full(path)
        if isinstance(original, sqlite3.Error) and "readonly database" in str(original):
            return read_only_refusal(path)
        return None

    return translate


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    if read_only:
        engine = create_engine(f"sqlite+pysqlite:///{read_only_uri(path)}&uri=true", future=True)
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
        event.listen(engine, "handle_error", _plain_error(path))
        return engine
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "handle_error", _plain_error(path))
    event.listen(engine, "connect", _on_connect)
    # With pysqlite's implicit transactions off, SQLAlchemy's begin must issue BEGIN itself.
    event.listen(engine, "begin", _on_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            has_table = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is not None
        else:
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

    try:
        upgrade_to_head(engine)
    except sqlite3.IntegrityError as error:
        # Raised by a migration itself (0014's foreign_key_check): rows that point at missing rows.
        raise _damaged(path, str(error)) from None
    return True


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log into the main file, so the .db file alone is complete."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
