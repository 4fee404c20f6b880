"""Consistent copies of a database in a “backups” folder beside it: taking, checking, listing, thinning, restoring."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
from typing import NamedTuple
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.letters import strip_marks
from .database import StoreError, disk_full, is_disk_full, make_engine, quick_check, read_only_uri

BACKUP_DIR = "backups"
KEEP_RECENT = timedelta(hours=24)  # every backup of the last day is kept …
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9  # … then the newest of each day, week and month
# Copies taken before a finalize, a reopen, a restore or a migration are the ones people come back for:
# thinning keeps the newest KEEP_PROTECTED of each kind and every one younger than KEEP_PROTECTED_FOR.
KEEP_PROTECTED, KEEP_PROTECTED_FOR = 10, timedelta(days=90)
DATABASE_ID_SETTING = "database_id"
_STAMP = "%Y%m%d-%H%M%S"
# <stem>-<first 8 hex digits of the database id>-<stamp>…; older backups have no id in their name.
_NAME = re.compile(r"^(?P<stem>.+?)(?:-(?P<id>[0-9a-f]{8}))?-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
                   r"-(?P<reason>[a-z0-9-]+)\.db$")


def protected(reason: str) -> bool:
    return reason in ("finalize", "reopen") or reason.startswith("before-")


class BackupError(StoreError):
    kind = "backup"


class Backup(NamedTuple):
    path: Path
    taken_at: datetime  # local time, from the name
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(database: Path) -> Path:
    return Path(database).parent / BACKUP_DIR


def _slug(reason: str) -> str:
    # Vietnamese words keep their letters without the marks: "Trước khi chốt" → "truoc-khi-chot".
    slug = re.sub(r"[^a-z0-9]+", "-", strip_marks(reason).lower()).strip("-")[:24].strip("-")
    return slug or "manual"


def _fsync_dir(folder: Path) -> None:
    # A rename is durable only once its folder is flushed; Windows has no such call (NTFS journals it).
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def database_id(path: Path, connection: sqlite3.Connection | None = None) -> str | None:
    """The id stored in a database at creation (migration 0004), read without writing; None if it has none."""
    own = connection is None
    try:
        if own:
            connection = sqlite3.connect(read_only_uri(path), uri=True)
        found = connection.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_SETTING,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        if own and connection is not None:
            connection.close()
    return str(found[0]) if found and found[0] else None


def _short(ident: str | None) -> str | None:
    return ident[:8].lower() if ident else None


def _belongs(match: re.Match, database: Path, short_id: str | None) -> bool:
    # The name alone is not enough: diem.db and diem.sqlite share a stem but are different databases.
    # A database whose id cannot be read (damaged, emptied) still needs its backups listed to be restored.
    if match["id"] is not None and f"{match['stem']}-{match['id']}" == database.stem:
        return True  # named before ids, for a database whose own name ends in 8 hex digits (e.g. “bang-20231231”)
    return match["stem"] == database.stem and (match["id"] is None or short_id is None or match["id"] == short_id)


def _new_name(database: Path, folder: Path, now: datetime, reason: str, ident: str | None = None) -> Path:
    """<stem>-<id>-<yyyymmdd-hhmmss>[-n]-<reason>.db; n orders backups taken within the same second."""
    stamp = now.strftime(_STAMP)
    short = _short(ident)
    taken = [int(m["n"] or 1) for p in folder.iterdir()
             if (m := _NAME.match(p.name)) and m["stem"] == database.stem and m["id"] == short and m["stamp"] == stamp]
    counter = f"-{max(taken) + 1}" if taken else ""
    return folder / f"{database.stem}{'-' + short if short else ''}-{stamp}{counter}-{_slug(reason)}.db"


def take(database: Path, reason: str = "manual", *, now: datetime | None = None) -> Backup:
    """Write a consistent, checked copy of ``database`` into its backups folder and return it.

    VACUUM INTO reads one snapshot, so edits committed meanwhile by the program itself do not
    tear the copy. The copy is written under a temporary name and renamed only after it was
    flushed to disk and passed quick_check: a crash leaves no half backup that looks whole.
    """
    database = Path(database)
    folder = backup_dir(database)
    now = now or datetime.now()
    partial = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            target = _new_name(database, folder, now, reason, database_id(database, connection))
            partial = folder / f".{target.name}.partial"
            partial.unlink(missing_ok=True)
            connection.execute("VACUUM INTO ?", (str(partial),))
        finally:
            connection.close()
        _fsync_file(partial)
        result = quick_check(partial)
        if result != ["ok"]:
            raise BackupError(f"The backup of {database} failed its check ({result[0]}); no backup was kept. "
                              "The database itself may be damaged: see File → Backups.", kind="backup_bad")
        os.replace(partial, target)
        _fsync_dir(folder)
    except (sqlite3.Error, OSError) as error:
        if is_disk_full(error):
            raise disk_full(folder / "backup", f"a backup of {database.name}") from None
        if isinstance(error, OSError):
            raise BackupError(f"A backup of {database} could not be written to {folder} ({error.strerror}). "
                              "Check that the disk has free space and the folder can be written.",
                              kind="backup_failed") from None
        raise BackupError(f"A backup of {database} could not be written to {folder} ({error}). "
                          "Check that the disk has free space.", kind="backup_failed") from None
    finally:
        if partial is not None:
            try:
                partial.unlink(missing_ok=True)
            except OSError:
                pass
    return Backup(target, now.replace(microsecond=0), _slug(reason), target.stat().st_size)


def list_backups(database: Path) -> list[Backup]:
    """The database's backups, newest first. Half-written (.partial) files are not listed."""
    database = Path(database)
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    short = _short(database_id(database)) if database.exists() else None
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not _belongs(match, database, short) or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            continue
        found.append(Backup(path, taken, match["reason"], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, int(_NAME.match(b.name)["n"] or 1)), reverse=True)
    return found


def to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups the thinning keeps: all of the last day, then the newest per day, week and month.

    Copies taken before a finalize, reopen, restore or migration are kept longer (see KEEP_PROTECTED).
    """
    keep: set[Path] = set()
    days: list[object] = []
    weeks: list[object] = []
    months: list[object] = []
    kinds: dict[str, int] = {}
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        if now - backup.taken_at <= KEEP_RECENT:
            keep.add(backup.path)
        if protected(backup.reason):
            kinds[backup.reason] = kinds.get(backup.reason, 0) + 1
            if kinds[backup.reason] <= KEEP_PROTECTED or now - backup.taken_at <= KEEP_PROTECTED_FOR:
                keep.add(backup.path)
        day = backup.taken_at.date()
        week = backup.taken_at.isocalendar()[:2]
        month = (backup.taken_at.year, backup.taken_at.month)
        for bucket, seen, limit in ((day, days, KEEP_DAILY), (week, weeks, KEEP_WEEKLY), (month, months, KEEP_MONTHLY)):
            if bucket not in seen and len(seen) < limit:
                seen.append(bucket)
                keep.add(backup.path)
    return keep


def thin(database: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the schedule no longer keeps; return what was deleted."""
    backups = list_backups(database)
    keep = to_keep(backups, now or datetime.now())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass  # e.g. open in another program: try again next time
    return removed


def clean_partials(database: Path) -> None:
    """Remove copies a crash left half-written."""
    folder = backup_dir(database)
    if folder.is_dir():
        for path in folder.glob(f".{Path(database).stem}-*.partial"):
            path.unlink(missing_ok=True)


def resolve(database: Path, name: str) -> Path:
    """A backup given as a name in the database's backups folder, or as a full path.

    A relative name must be a plain file name: “../x.db” or “sub/x.db” would reach outside the folder.
    """
    candidate = Path(name)
    if not candidate.is_absolute():
        parts = name.replace("\\", "/").split("/")
        if len(parts) > 1 or name in (".", "..") or ".." in parts:
            raise BackupError(f"“{name}” is not the name of a backup: give a name as listed by “cchc backups”, "
                              "without folders, or the full path of a backup file.", kind="bad_backup_name")
    inside = candidate if candidate.is_absolute() else backup_dir(database) / name
    if inside.is_file():
        return inside
    raise BackupError(f"There is no backup “{name}” (looked in {backup_dir(database)}). "
                      "List them with: cchc backups", kind="no_backup")


def verify_backup(path: Path) -> list[str]:
    """What is wrong with a backup before it may replace a database: full integrity check and audit chain."""
    from . import audit

    problems = [line for line in integrity(path) if line != "ok"][:3]
    if problems:
        return [f"the database check found: {problems[0][:120]}"]
    engine = make_engine(path, read_only=True)  # the one factory: its pragmas and plain error messages
    try:
        with engine.connect() as connection:
            tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "audit_log" not in tables:
                return []
            return [f"audit log: {problem}" for problem in audit.verify(connection, limit=3).problems]
    except Exception as error:  # noqa: BLE001 - any failure to read it means it is not fit to restore
        return [str(error)]
    finally:
        engine.dispose()


def integrity(path: Path) -> list[str]:
    """PRAGMA integrity_check (every record, unlike quick_check) through a read-only connection."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()


def clean_restoring(database: Path) -> bool:
    """Remove the copy a restore killed before its final rename left; True if there was one.

    The rename is the restore's single step that changes the database, so until it happened the
    database is exactly as before the restore and the staging copy is only a leftover.
    """
    staging = staging_path(database)
    if not staging.exists():
        return False
    staging.unlink(missing_ok=True)
    return True


def staging_path(database: Path) -> Path:
    return Path(database).with_name(f".{Path(database).name}.restoring")


def copy_raw(database: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the bytes of a database that cannot be read (and its -wal) aside, as they are."""
    folder = backup_dir(database)
    now = now or datetime.now()
    partials: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(database, folder, now, reason, database_id(database))
        # Under temporary names until complete: a full disk must not leave a cut-short copy listed as a backup.
        wal = database.with_name(database.name + "-wal")
        pairs = [(database, target)] + ([(wal, target.with_name(target.name + "-wal"))] if wal.exists() else [])
        for source, final in pairs:
            partial = folder / f".{final.name}.partial"
            partials.append(partial)
            shutil.copyfile(source, partial)
            _fsync_file(partial)
        for (_, final), partial in reversed(list(zip(pairs, partials))):
            os.replace(partial, final)  # the -wal first: the .db, the name that is listed, comes last
        _fsync_dir(folder)
    except OSError as error:
        if is_disk_full(error):
            raise disk_full(folder / "backup", f"a copy of {database.name}") from None
        raise BackupError(f"A copy of {database} could not be written to {folder} ({error.strerror}). "
                          "Check that the disk has free space and the folder can be written.",
                          kind="backup_failed") from None
    finally:
        for partial in partials:
            try:
                partial.unlink(missing_ok=True)
            except OSError:
                pass
    return target


def replace_database(database: Path, source: Path) -> None:
    """Put a copy of ``source`` in place of ``database``. The caller holds the lock and kept a copy.

    The old -wal and -shm must go first: SQLite would otherwise replay the old log onto the new file.
    """
    database = Path(database)
    staging = staging_path(database)
    try:
        shutil.copyfile(source, staging)
        _fsync_file(staging)
    except OSError as error:
        staging.unlink(missing_ok=True)
        if is_disk_full(error):
            raise disk_full(database, "the restored copy") from None
        raise BackupError(f"The backup could not be copied next to {database} ({error.strerror}); the database "
                          "was not changed.", kind="restore_failed") from None
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staging, database)
    _fsync_dir(database.parent)
