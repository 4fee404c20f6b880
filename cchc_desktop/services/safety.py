"""Data safety verbs: the one-writer lock, checks at open, automatic backups, restore, and the audit log.

Nothing here imports the workspace: a workspace holds a Guard (its ``guard`` field) and is passed in.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine

from ..domain.criteria import clean_text
from ..domain.errors import CchcError
from ..store import audit, backup, sheets
from ..store.database import (DiskFullError, ReadOnlyError, check_file, checkpoint, disk_full, ensure_schema,
                              is_disk_full, make_engine, read_only_refusal, writable)
from ..store.lock import DatabaseLock, os_user, real_path

log = logging.getLogger(__name__)

# While something changes, a backup at most this often; set lower in tests.
BACKUP_INTERVAL = timedelta(minutes=30)
RETRY_AFTER_FAILURE = 300.0  # seconds


@dataclass
class Guard:
    """What an open workspace holds for its safety: the lock, and whether a backup is owed."""

    path: Path
    lock: DatabaseLock
    problem: CchcError | None = None  # why the last automatic backup failed, for the window to show
    changed: bool = False  # something was written since the last backup
    last_backup: float | None = None  # time.monotonic() of this session's last backup
    newest_on_disk: datetime | None = None  # when the newest backup found at open was taken
    read_only: bool = False  # the file cannot be written: opened for viewing only
    backups_taken: list[backup.Backup] = field(default_factory=list)
    # Held while a backup runs, so that a worker thread's backup and the UI thread's never overlap.
    busy: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)


class Workspace(Protocol):
    """What these verbs use of services.workspace.Workspace (which imports this module, not the reverse)."""

    engine: Engine
    path: Path
    guard: Guard | None

    def sheets(self) -> list[Any]: ...

    def open_sheet(self, sheet_id: int) -> Any: ...


def open_guard(path: Path, *, lock: DatabaseLock | None = None) -> Guard:
    """Before a database is opened for work: take the lock, check the file, back up before a migration.

    ``lock`` is one already held on ``path`` (the window read its first sheet under it): it is taken over, never
    let go in between. Raises a CchcError (in use, damaged, not a database, newer schema) with the file untouched,
    the lock released.
    """
    path = real_path(path)
    # Checked before the lock too, so that a wrong file chosen by mistake gets no .lock file beside it.
    try:
        check_file(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is None:
        lock = DatabaseLock.acquire(path)
    try:
        found = check_file(path, quick_check=False)
        newest = backup.list_backups(path)
        guard = Guard(path, lock, newest_on_disk=newest[0].taken_at if newest else None,
                      read_only=found.exists and not writable(path))
        if guard.read_only:
            if found.needs_migration:
                raise ReadOnlyError(
                    f"{path} is read-only and was written by an older version of CCHC Desktop, so it cannot be "
                    "brought up to date. Copy it to a folder of your own (e.g. Documents) and open the copy.",
                    kind="read_only_old", path=str(path))
            return guard
        if not found.exists:
            # A new file has nothing worth a copy before its first edit; its first backup comes at close.
            guard.last_backup = time.monotonic()
        backup.clean_partials(path)
        if backup.clean_restoring(path):
            log.warning("a restore into %s was interrupted before it replaced the file; its leftover copy was "
                        "removed and the database is as it was before that restore", path)
        if found.needs_migration:
            _backup(guard, f"before-migration-{found.revision}")
        return guard
    except BaseException:
        lock.release()
        raise


def close_guard(guard: Guard | None) -> None:
    """After the last write and the checkpoint: a backup if one is owed, then let go of the lock."""
    if guard is None:
        return
    try:
        with guard.busy:  # a worker thread's backup finishes first
            if guard.changed and (_due(guard) or not guard.backups_taken and guard.newest_on_disk is None):
                _auto_backup(guard)
    finally:
        guard.lock.release()


def _due(guard: Guard) -> bool:
    """Cheap enough for every edit: no file system access."""
    if guard.last_backup is not None:
        return time.monotonic() - guard.last_backup >= BACKUP_INTERVAL.total_seconds()
    if guard.newest_on_disk is None:
        return True
    age = datetime.now() - guard.newest_on_disk
    # A backup "from the future" means the clock was changed: do not trust it to postpone backups.
    return age >= BACKUP_INTERVAL or age < timedelta(0)


def _backup(guard: Guard, reason: str) -> backup.Backup:
    # Cleared first: an edit committed while the copy is made marks the guard again and is owed the next one.
    changed, guard.changed = guard.changed, False
    try:
        taken = backup.take(guard.path, reason)
    except BaseException:
        guard.changed = guard.changed or changed
        raise
    guard.last_backup = time.monotonic()
    guard.backups_taken.append(taken)
    backup.thin(guard.path)
    return taken


def _auto_backup(guard: Guard) -> backup.Backup | None:
    """A scheduled backup that fails must not stop the work: the edit is safe in the database itself.

    The failure is kept (safety.backup_problem) and logged; the next edit tries again.
    """
    try:
        taken = _backup(guard, "auto")
    except (CchcError, OSError) as error:
        if isinstance(error, OSError):  # nothing below should let one through; on a worker thread, say it anyway
            error = explain(error, guard.path) or backup.BackupError(
                f"A backup of {guard.path} could not be written ({error}). Check that the disk has free space.",
                kind="backup_failed")
        guard.problem = error
        log.warning("automatic backup of %s failed: %s", guard.path, error)
        # Try again in five minutes, not on every keystroke (a full disk makes each attempt slow).
        guard.last_backup = time.monotonic() - max(0.0, BACKUP_INTERVAL.total_seconds() - RETRY_AFTER_FAILURE)
        return None
    guard.problem = None
    return taken


def backup_problem(workspace: Workspace) -> CchcError | None:
    """Why the last automatic backup failed (e.g. the disk is full), or None: for the window's status bar."""
    return workspace.guard.problem if workspace.guard is not None else None


def before_risky_change(workspace: Workspace, reason: str) -> backup.Backup | None:
    """A backup now, before a finalize, a reopen or a restore."""
    guard = workspace.guard
    if guard is not None and guard.read_only:
        raise read_only_refusal(guard.path)  # the change that follows could not be saved anyway
    if getattr(workspace, "on_server", False):
        return None  # the server's own backups (pg_dump) cover it; there is no file of ours to copy
    if guard is None:
        return backup.take(workspace.path, reason)
    with guard.busy:
        return _backup(guard, reason)


def backup_if_due(workspace: Workspace) -> backup.Backup | None:
    """A backup now if something changed and 30 minutes passed since the last (after a commit, at a tick)."""
    job = backup_job(workspace)
    return job() if job is not None else None


def backup_job(workspace: Workspace) -> Callable[[], backup.Backup | None] | None:
    """The backup that is due, as a job for a worker thread (the window's thread pool), or None if none is.

    Cheap to ask after every commit (no file system access). The job never raises: a failure is kept in
    ``backup_problem`` and the work goes on. Only one job runs at a time; asking while one runs gives None.
    """
    guard = workspace.guard
    if guard is None or guard.read_only or not guard.changed or not _due(guard) or guard.busy.locked():
        return None

    def run() -> backup.Backup | None:
        if not guard.busy.acquire(blocking=False):
            return None  # another job got there first
        try:
            return _auto_backup(guard) if guard.changed and _due(guard) else None
        finally:
            guard.busy.release()

    return run


def explain(error: BaseException, path: Path | None = None) -> CchcError | None:
    """A plain message for a failure the layers below let through (a full disk), or None if it is a real bug."""
    if isinstance(error, CchcError):
        return error
    if is_disk_full(error):
        return disk_full(Path(path) if path else None)
    if "attempt to write a readonly database" in str(error):
        return read_only_refusal(Path(path) if path else None)
    return None


# --- backups on request ---------------------------------------------------------------
def refuse_server_backup(location: object) -> None:
    """Backups of a database on a PostgreSQL server are the server's (pg_dump, see docs/server.md), not ours."""
    from ..store.server import ServerError, display, is_server

    if is_server(location):
        raise ServerError(
            f"{display(str(location))} is a database on a server: this program keeps no backups of it. Whoever "
            "manages the server backs it up with pg_dump and restores with pg_restore (see docs/server.md); to keep "
            "a sheet of your own, export it as a .cchc package.", kind="server_backup",
            location=display(str(location)))


def take_backup(path: Path, reason: str = "manual") -> backup.Backup:
    """A backup of a database file now (it may be open in this program; another program's lock is fine too)."""
    refuse_server_backup(path)
    check_file(Path(path))
    taken = backup.take(Path(path), reason)
    backup.thin(Path(path))
    return taken


def list_backups(path: Path) -> list[backup.Backup]:
    refuse_server_backup(path)
    return backup.list_backups(Path(path))


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path
    previous_copy: Path  # the database as it was just before the restore
    changes: int  # scores and notes that differ, each logged with source "restore"


def restore(path: Path, backup_name: str) -> RestoreOutcome:
    """Put a backup in place of the database, keeping a copy of the current file first.

    Refused while the database is open, in another program or in this one (the window closes its
    workspace first and reopens it after). The restored file is checked like
    any file being opened; every score and note the restore changes is written to its audit log.
    """
    refuse_server_backup(path)
    path = real_path(path)
    source = backup.resolve(path, backup_name)
    check_file(source)
    problems = backup.verify_backup(source)
    if problems:
        raise backup.BackupError(
            f"The backup {source.name} does not verify ({problems[0]}), so it was not restored: it may have been "
            "damaged or changed after it was taken. Choose another backup; your database was not changed.",
            kind="backup_unsound", name=source.name)
    theirs = backup.database_id(source)
    ours = backup.database_id(path) if path.exists() else None
    if theirs and ours and theirs != ours:
        raise backup.BackupError(
            f"The backup {source.name} is a copy of another database, not of {path.name} (a different database "
            "id), so it was not restored. Open that file on its own instead; your database was not changed.",
            kind="backup_of_other_database", name=source.name)
    lock = DatabaseLock.acquire(path, exclusive=True)
    try:
        try:
            check_file(path)
            sound = True
        except DiskFullError:
            raise
        except CchcError:
            sound = False
        if sound:
            # A failed backup (e.g. a full disk) stops the restore: the current file is not replaced uncopied.
            previous = backup.take(path, "before-restore").path if path.exists() else None
        else:
            # A damaged current file is kept byte for byte, next to the backups.
            previous = backup.copy_raw(path, "before-restore-damaged")
        before = _values_of(previous) if previous is not None else {}
        backup.replace_database(path, source)
        changes = _open_restored(path, before, source.name)
    finally:
        lock.release()
    return RestoreOutcome(source, previous, changes)


def _open_restored(path: Path, before: dict, name: str) -> int:
    """Check the restored file as an open would, migrate it (after a backup) and log what the restore changed."""
    found = check_file(path, quick_check=False)
    if found.needs_migration:
        backup.take(path, f"before-migration-{found.revision}")
        backup.thin(path)
    engine = make_engine(path)
    try:
        ensure_schema(engine, path)
        changes = _log_restore(engine, before, name)
        checkpoint(engine)
    finally:
        engine.dispose()
    return changes


def _values_of(path: Path) -> dict[tuple[int, str, str], str | None]:
    engine = make_engine(Path(path), read_only=True)
    try:
        with engine.connect() as connection:
            return audit.stored_values(connection) if audit.has_scores(connection) else {}
    except Exception:  # noqa: BLE001 - an unreadable old file: the restore still logs what it now holds
        return {}
    finally:
        engine.dispose()


def _log_restore(engine: Engine, before: dict, name: str) -> int:
    with engine.begin() as connection:
        after = audit.stored_values(connection)
        present = sheets.sheet_ids(connection)
        by_sheet: dict[int, list[audit.Change]] = {}
        for key in sorted(set(before) | set(after)):
            if key[0] in present and before.get(key) != after.get(key):
                by_sheet.setdefault(key[0], []).append(audit.Change(key[1], key[2], before.get(key), after.get(key)))
        return sum(audit.append(connection, sheet_id, changes, source="restore", os_user=os_user())
                   for sheet_id, changes in by_sheet.items())


# --- the audit log --------------------------------------------------------------------
def history(workspace: Workspace, sheet_id: int, code: str | None = None,
            field: str | None = None) -> list[audit.AuditEntry]:
    """Every logged change of a sheet (or of one criterion, or one of its columns), oldest first.

    For the window's “history of this criterion”: who (entered name and Windows user), when (UTC),
    what (old → new) and how (window, paste, import, cli, restore).
    """
    with workspace.engine.connect() as connection:
        return audit.history(connection, sheet_id, code, field)


@dataclass(frozen=True)
class AuditCheck:
    rows: int
    head: str
    problems: list[str]
    untraced: list[tuple[int, str, str, str | None, str | None]]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.untraced


def verify_audit(workspace: Workspace) -> AuditCheck:
    """Check the hash chain, its protections, and that every stored value is the one the log ends with."""
    with workspace.engine.connect() as connection:
        found = audit.verify(connection)
        untraced = audit.untraced(connection)
    # A finalized sheet must still give the fingerprint stored at finalize and recorded in the chain.
    return AuditCheck(found.rows, found.head, found.problems + finalized_problems(workspace), untraced)


def user_name(workspace: Workspace) -> str | None:
    with workspace.engine.connect() as connection:
        return audit.user_name(connection)


def set_user_name(workspace: Workspace, name: str | None) -> None:
    """The name recorded with every change (beside the Windows user), from the settings dialog."""
    name = clean_text(name or "")
    with workspace.engine.begin() as connection:
        audit.set_user_name(connection, name or None)


def finalized_problems(workspace: Workspace) -> list[str]:
    """Finalized sheets whose stored data, stored fingerprint and audit chain do not agree (for audit-verify)."""
    fingerprints = {}
    for info in workspace.sheets():
        if info.finalized_at:
            try:
                fingerprints[info.id] = workspace.open_sheet(info.id).seal().fingerprint
            except CchcError as error:
                return [f"sheet {info.id} ({info.unit} {info.year}) cannot be read to check it: {error}"]
    with workspace.engine.connect() as connection:
        return audit.finalize_problems(connection, fingerprints)
