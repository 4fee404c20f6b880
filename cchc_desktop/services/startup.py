"""The window's first sheet read with sqlite3 alone, and the Workspace that writes it opened right after.

The read keeps every check Workspace.open makes before anything is read (services/reading.py: the file checks
before and after the single-writer lock, the schema revision, the same pragmas). The lock is held from the read
until the Workspace takes it over (``Workspace.open(lock=…)``): no other program can write in between, so the
sheet read is the sheet stored, and the SheetDocument made afterwards is handed the very objects that were read.

A database this path cannot serve (new, due for migration, read-only) gives None: the caller opens the
Workspace as before. Nothing is ever written through a StartWorkspace: every write, and anything else it was
not made to answer, first opens the Workspace and goes there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.stages import OPEN_FIELDS
from .reading import ReadView, SheetView, open_holding_lock
from .sheet_facts import SheetFacts

if TYPE_CHECKING:
    from ..store.lock import DatabaseLock
    from .document import SheetDocument
    from .workspace import Workspace

log = logging.getLogger(__name__)


class StartWorkspace:
    """Stands in for the Workspace while the window paints; :meth:`upgrade` opens the Workspace (once)."""

    created = False  # a new database never comes this way
    read_only = False  # nor a read-only file
    on_server = False  # nor a PostgreSQL server's
    shared = False  # so nobody else writes to it: no change feed to start before the Workspace (ui/change_watch.py)

    def __init__(self, view: ReadView, lock: DatabaseLock) -> None:
        self.path = view.path
        self.location = str(view.path)  # as Workspace.location says it for a file
        self._view: ReadView | None = view
        self._lock: DatabaseLock | None = lock
        self._workspace: Workspace | None = None
        self.backup_after_commit = True

    @classmethod
    def open(cls, path: Path | str) -> StartWorkspace | None:
        """The database at ``path`` read for the first paint, or None where only Workspace.open can open it."""
        opened = open_holding_lock(path)
        if opened is None:
            return None
        view, lock = opened
        if view.read_only:
            # Viewing-only files keep the Workspace's own path (its read-only engine and messages).
            view.connection.close()
            lock.release()
            return None
        return cls(view, lock)

    @property
    def ready(self) -> bool:
        """Whether the Workspace is open (every call goes there now)."""
        return self._workspace is not None

    def upgrade(self) -> Workspace:
        """The Workspace, opened now if it is not yet, taking over the lock: the file checks run again, then the
        engine, as in Workspace.open."""
        if self._workspace is None:
            from .workspace import Workspace

            view, lock = self._view, self._lock
            self._view = self._lock = None
            view.connection.close()  # nothing was written through it; the Workspace checkpoints at its close
            workspace = Workspace.open(self.path, lock=lock)
            workspace.backup_after_commit = self.backup_after_commit
            self._workspace = workspace
            log.info("workspace opened after the first paint: %s", self.path)
        return self._workspace

    # --- what the first paint reads (services.rules and services.reading use ``execute``) ------------------
    @property
    def execute(self) -> Any:
        if self._view is None:
            raise AttributeError("execute")  # the Workspace is open: readers use its engine
        return self._view.execute

    @property
    def guard(self) -> Any:
        return self._workspace.guard if self._workspace is not None else None

    def sheets(self) -> list:
        if self._view is None:
            return self.upgrade().sheets()
        return self._view.sheets()

    def open_sheet(self, sheet_id: int) -> SheetDocument | StartDocument:
        if self._view is None:
            return self.upgrade().open_sheet(sheet_id)
        view, ids = self._view.open_sheet_with_ids(sheet_id)
        return StartDocument(self, view, ids)

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            return
        if self._view is not None:
            view, lock = self._view, self._lock
            self._view = self._lock = None
            try:
                view.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                view.connection.close()
            finally:
                lock.release()

    def __getattr__(self, name: str) -> Any:
        # Anything else (writes, frameworks, backups, …) is the Workspace's: open it and ask there.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.upgrade(), name)


class StartDocument(SheetFacts):
    """The first sheet as read for the paint; on the first call that needs more (any write), the SheetDocument.

    The SheetDocument is made from the same info, framework and ScoreSheet objects, so the tree, the summary and
    the document keep showing one sheet; from then on every attribute comes from it.
    """

    def __init__(self, workspace: StartWorkspace, view: SheetView, criterion_ids: dict[str, int]) -> None:
        self._start = workspace
        self._view = view
        self._ids = criterion_ids
        self._document: SheetDocument | None = None

    def upgrade(self) -> SheetDocument:
        if self._document is None:
            from .document import SheetDocument

            self._document = SheetDocument(self._start.upgrade(), self._view.info, self._view.framework_info,
                                           self._view.sheet, self._ids)
            # The change feed goes on from the log row the sheet was read at (the lock kept any writer out since).
            self._document.log_seen = self._view.log_seen
        return self._document

    @property
    def workspace(self) -> Any:
        return self._document.workspace if self._document is not None else self._start

    @property
    def info(self) -> Any:
        return self._document.info if self._document is not None else self._view.info

    @property
    def framework_info(self) -> Any:
        return self._view.framework_info

    @property
    def sheet(self) -> Any:
        return self._view.sheet  # the same object the SheetDocument holds

    @property
    def read_only(self) -> bool:
        return False  # a read-only file takes Workspace.open's path

    def editable(self, field: Any) -> bool:
        if self._document is not None:
            return self._document.editable(field)
        return field in OPEN_FIELDS[self.stage]  # SheetDocument.editable, for a file that can be written

    def __getattr__(self, name: str) -> Any:
        # Every change and every other question goes to the SheetDocument (the Workspace opens first if needed).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.upgrade(), name)
