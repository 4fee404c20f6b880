"""The window's start: shown with its sheet read through sqlite3, the writing Workspace opened right after the paint.

Importing SQLAlchemy and the writing services takes about as long as everything else before the first paint, so
the window is built on a services.startup.StartWorkspace and painted first. The Workspace is opened on the UI
thread just after the first paint (so nothing races it); an edit made before then opens it on the spot and is
committed as any other (services.startup.StartDocument), never lost and never refused.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..domain.errors import CchcError
from ..services.startup import StartDocument, StartWorkspace
from .messages import describe

log = logging.getLogger(__name__)
# Should the window never be painted (started minimised), the Workspace is opened after this long anyway.
FALLBACK_MS = 1000


def open_for_first_paint(path: Path) -> StartWorkspace | None:
    """The database read for the first paint, or None where Workspace.open must do it (new, old schema, read-only)."""
    return StartWorkspace.open(path)


def open_workspace(path: Path, *, demo: bool = True) -> Any:
    """The database for the window: the fast read where it can serve, else the full Workspace.open."""
    start = open_for_first_paint(path)
    if start is not None:
        return start
    from ..services.workspace import Workspace

    return Workspace.open(path, demo=demo)


class _AfterFirstPaint(QObject):
    """Opens the Workspace once the sheet has been painted (the tree's viewport got its first paint event)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        window.view.viewport().installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            # After the paint event returns, not inside it: the frame reaches the screen first.
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.view.viewport().removeEventFilter(self)
        finish_start(self.window)


def finish_after_first_paint(window: QMainWindow) -> None:
    """Open the window's Workspace right after its first paint (nothing to do if it already has one)."""
    if isinstance(window.workspace, StartWorkspace):
        _AfterFirstPaint(window)


def finish_start(window: QMainWindow) -> bool:
    """The Workspace takes over from the first paint's read: the window, its sheet and its backups use it now.

    False (and said to the user, and the window closed) if the database could not be opened for work after all.
    """
    start = window.workspace
    if not isinstance(start, StartWorkspace):
        return True
    try:
        workspace = start.upgrade()
        document = window.document
        if isinstance(document, StartDocument):
            document.upgrade()  # so the first edit need not wait for it
    except CchcError as error:
        log.error("cannot open %s for work: %s", start.path, error)
        QMessageBox.critical(window, QCoreApplication.translate("Start", "CCHC Desktop"),
                             QCoreApplication.translate("Start", "The database %1 cannot be opened.\n\n%2")
                             .replace("%1", str(start.path)).replace("%2", describe(error)))
        window.close()
        return False
    window.workspace = workspace
    if window.editor is not None:
        window.editor.follow_others()  # other users' changes, from the log row the first sheet was read at
    window.change_watch.start(workspace)  # the server's listener (nothing on this computer's own file)
    window.backup_status.show_problem()
    return True
