"""One writer per database: an OS file lock on “<database>.lock”, released by the OS if the program dies."""

from __future__ import annotations

import errno
import getpass
import json
import os
import stat
import sys
import threading
from datetime import datetime
from pathlib import Path

from ..domain.errors import CchcError

# The lock is taken on a byte far past the text, so that on Windows (where msvcrt locks are mandatory)
# another instance can still read who holds it.
_LOCK_OFFSET = 1 << 20


class DatabaseInUseError(CchcError):
    kind = "in_use"


class LockError(CchcError):
    kind = "lock"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment is not worth stopping for
        return "unknown"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def real_path(database: Path | str) -> Path:
    """The file a name finally points to: every symlink on the way resolved, so one file has one lock."""
    return Path(os.path.realpath(os.path.abspath(database)))


class SecondNameError(LockError):
    kind = "hard_link"


def refuse_second_names(database: Path) -> None:
    """A database file with another hard link could be opened under both names at once.

    The lock file sits beside a name, and SQLite keeps a -wal and -shm per name: two programs would
    each think they are alone and write into the same file, which corrupts it.
    """
    try:
        info = os.stat(database)
    except FileNotFoundError:
        return
    except OSError:
        return  # the file checks that follow say what is wrong with it
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
        raise SecondNameError(
            f"{database} has {info.st_nlink} names on this disk (hard links), so it could be opened twice at once "
            "under different names and be damaged. Copy the file to a new name and open the copy, or delete the "
            "other names; nothing was opened or changed.", path=str(database), links=info.st_nlink)


def _try_lock(handle) -> bool:  # noqa: ANN001 - a binary file object
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    # flock belongs to the open file, not to the process: a second open in the same process conflicts
    # too, and closing some other descriptor of the file does not drop it (unlike fcntl/lockf locks).
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle) -> None:  # noqa: ANN001
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def holder(database: Path) -> dict | None:
    """Who holds the database, as written in its lock file (None if unknown)."""
    try:
        with open(lock_path(database), "rb") as handle:
            text = handle.read(4096)
    except OSError:
        return None
    try:
        return json.loads(text.decode("utf-8").strip("\0 \n"))
    except (UnicodeDecodeError, ValueError):
        return None


def _in_use_message(database: Path) -> str:
    who = holder(database) or {}
    parts = []
    if who.get("user"):
        parts.append(f"user {who['user']}")
    if who.get("host"):
        parts.append(f"computer {who['host']}")
    if who.get("since"):
        parts.append(f"since {who['since']}")
    by = f" ({', '.join(parts)})" if parts else ""
    return (f"{database} is already open in another CCHC Desktop window or command{by}. "
            "Close the other one and try again; nothing was opened or changed.")


class DatabaseLock:
    """Held while a database is open. Re-entrant within one process, exclusive between processes."""

    # Keyed on the lock file's identity (device, inode / Windows file id), not its name: two names of
    # one file are one lock.
    _held: dict[tuple[int, int], tuple[DatabaseLock, int]] = {}
    _guard = threading.Lock()

    def __init__(self, database: Path, handle, key: tuple[int, int]) -> None:  # noqa: ANN001
        self.database = database
        self._handle = handle
        self._key = key

    @classmethod
    def acquire(cls, database: Path, *, exclusive: bool = False) -> DatabaseLock:
        """Take the lock or raise DatabaseInUseError saying who holds it.

        ``exclusive`` also refuses this process's own open workspaces: replacing the file under
        an open connection would send its later writes to the old file.
        """
        database = real_path(database)
        refuse_second_names(database)
        path = lock_path(database)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = _open_lock_file(path)
        except LockError:
            raise
        except OSError as error:
            raise LockError(
                f"{database} cannot be opened for work: the folder {path.parent} cannot be written "
                f"({error.strerror}). Copy the database to a folder of your own (e.g. Documents) and open "
                "that copy.", kind="folder_read_only", path=str(database)) from None
        info = os.fstat(handle.fileno())
        key = (info.st_dev, info.st_ino)
        with cls._guard:
            if key in cls._held:
                handle.close()
                if exclusive:
                    raise DatabaseInUseError(f"{database} is open in this program. Close it first, then try again.",
                                             kind="open_here", path=str(database))
                # The same program opening its own database twice (a window and a background task)
                # is safe for SQLite; only a second program is turned away.
                lock, count = cls._held[key]
                cls._held[key] = (lock, count + 1)
                return lock
            if not _try_lock(handle):
                handle.close()
                who = holder(database) or {}
                raise DatabaseInUseError(_in_use_message(database), path=str(database), user=who.get("user", ""),
                                         host=who.get("host", ""), since=who.get("since", ""))
            _write_holder(handle)
            lock = cls(database, handle, key)
            cls._held[key] = (lock, 1)
            return lock

    def release(self) -> None:
        key = self._key
        with self._guard:
            entry = self._held.get(key)
            if entry is None or entry[0] is not self:
                return
            lock, count = entry
            if count > 1:
                self._held[key] = (lock, count - 1)
                return
            del self._held[key]
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
            # The lock file stays: deleting it could race with another instance that just opened it.


def _open_lock_file(path: Path):  # noqa: ANN202 - a binary file object
    """Open (or create) the lock file itself, never what a link in its place points to.

    A symlink or hard link named “<database>.lock” would otherwise make the holder's details
    overwrite another file (e.g. another database). Not "a" mode: appending would ignore the
    seek that rewrites the holder's details; no O_TRUNC: the file is truncated only once locked.
    """
    if sys.platform == "win32" and os.path.islink(path):
        # Windows has no O_NOFOLLOW; a symlink there needs rights an ordinary user rarely has.
        raise _not_a_lock_file(path, "a link to another file")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, 0o644)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _not_a_lock_file(path, "a link to another file") from None
        raise
    info = os.fstat(descriptor)
    problem = None
    if not stat.S_ISREG(info.st_mode):
        problem = "not an ordinary file"
    elif info.st_nlink > 1:
        problem = "another name of some other file (a hard link)"
    if problem:
        os.close(descriptor)
        raise _not_a_lock_file(path, problem)
    return os.fdopen(descriptor, "r+b")


def _not_a_lock_file(path: Path, what: str) -> LockError:
    return LockError(f"The lock file {path} is {what}, so it was not used: writing to it could overwrite that "
                     "file. Delete it (CCHC Desktop makes a new one) and try again; nothing was opened or changed.",
                     kind="bad_lock_file", path=str(path))


def host_name() -> str:
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename  # gethostname's answer, without importing socket (~4 ms of a short command)
    import socket

    return socket.gethostname()


def _write_holder(handle) -> None:  # noqa: ANN001
    info = {"pid": os.getpid(), "host": host_name(), "user": os_user(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds")}
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(info, ensure_ascii=False).encode("utf-8") + b"\n")
    handle.flush()
