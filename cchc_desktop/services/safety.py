"""Data safety verbs: the one-writer lock, checks at open, automatic backups, restore, and the audit log."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, text

from ..domain.criteria import clean_text
from ..domain.errors import CchcError
from ..store import audit, backup
from ..store.database import (DiskFullError, ReadOnlyError, check_file, disk_full, is_disk_full, read_only_refusal,
                              writable)
from ..store.lock import DatabaseLock, os_user, real_path

if TYPE_CHECKING:
    from .workspace import Workspace

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


def open_guard(path: Path) -> Guard:
    """Before a database is opened for work: take the lock, check the file, back up before a migration.

    Raises a CchcError (in use, damaged, not a database, newer schema) with the file untouched.
    """
    path = real_path(path)
    # Checked before the lock too, so that a wrong file chosen by mistake gets no .lock file beside it.
    check_file(path)
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
    taken = backup.take(guard.path, reason)
    guard.last_backup = time.monotonic()
    guard.changed = False
    guard.backups_taken.append(taken)
    backup.thin(guard.path)
    return taken


def _auto_backup(guard: Guard) -> backup.Backup | None:
    """A scheduled backup that fails must not stop the work: the edit is safe in the database itself.

    The failure is kept (safety.backup_problem) and logged; the next edit tries again.
    """
    try:
        taken = _backup(guard, "auto")
    except CchcError as error:
        guard.problem = error
        log.warning("automatic backup of %s failed: %s", guard.path, error)
        # Try again in five minutes, not on every keystroke (a full disk makes each attempt slow).
        guard.last_backup = time.monotonic() - max(0.0, BACKUP_INTERVAL.total_seconds() - RETRY_AFTER_FAILURE)
        return None
    guard.problem = None
    return taken


def backup_problem(workspace: Workspace) -> CchcError | None:
    """Why the last automatic backup failed (e.g. the disk is full), or None: for the window's status bar."""
    guard = _guard_of(workspace)
    return guard.problem if guard is not None else None


def _guard_of(workspace: Workspace) -> Guard | None:
    return getattr(workspace, "_safety_guard", None)


def record_changes(workspace: Workspace, connection: Connection, sheet_id: int, changes: Sequence[object],
                   source: str) -> None:
    """Inside a write transaction: append the changes to the audit log (they commit or roll back together)."""
    guard = _guard_of(workspace)
    if guard is not None and _due(guard):
        # Backs up the state before this edit: VACUUM INTO on its own connection reads the last commit,
        # and WAL lets it run beside this open write transaction.
        _auto_backup(guard)
    audit.append(connection, sheet_id, changes, source=source, os_user=os_user())
    if guard is not None:
        guard.changed = True


def before_risky_change(workspace: Workspace, reason: str) -> backup.Backup:
    """A backup now, before a finalize, a reopen or a restore."""
    guard = _guard_of(workspace)
    if guard is not None and guard.read_only:
        raise read_only_refusal(guard.path)  # the change that follows could not be saved anyway
    if guard is None:
        return backup.take(workspace.path, reason)
    return _backup(guard, reason)


def backup_if_due(workspace: Workspace) -> backup.Backup | None:
    """For a timer in the window (e.g. every minute): a backup if something changed and 30 minutes passed."""
    guard = _guard_of(workspace)
    if guard is not None and guard.changed and _due(guard):
        return _auto_backup(guard)
    return None


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
def take_backup(path: Path, reason: str = "manual") -> backup.Backup:
    """A backup of a database file now (it may be open in this program; another program's lock is fine too)."""
    check_file(Path(path))
    taken = backup.take(Path(path), reason)
    backup.thin(Path(path))
    return taken


def list_backups(path: Path) -> list[backup.Backup]:
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
    from .workspace import Workspace

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
        workspace = Workspace.open(path)
        try:
            changes = _log_restore(workspace, before, source.name)
        finally:
            workspace.close()
    finally:
        lock.release()
    return RestoreOutcome(source, previous, changes)


def _values_of(path: Path) -> dict[tuple[int, str, str], str | None]:
    engine = create_engine(f"sqlite+pysqlite:///{Path(path).resolve().as_uri()}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            has_score = connection.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score'")).first()
            return audit.stored_values(connection) if has_score else {}
    except Exception:  # noqa: BLE001 - an unreadable old file: the restore still logs what it now holds
        return {}
    finally:
        engine.dispose()


def _log_restore(workspace: Workspace, before: dict, name: str) -> int:
    with workspace.engine.begin() as connection:
        after = audit.stored_values(connection)
        sheets = {row[0] for row in connection.execute(text("SELECT id FROM sheet"))}
        by_sheet: dict[int, list[audit.Change]] = {}
        for key in sorted(set(before) | set(after)):
            if key[0] in sheets and before.get(key) != after.get(key):
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
    from .printing import finalized_problems

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
        connection.execute(text("DELETE FROM setting WHERE key = :key"), {"key": audit.USER_NAME_SETTING})
        if name:
            connection.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                               {"key": audit.USER_NAME_SETTING, "value": name})
