"""Scheduled backups from the window: a check every minute, and a failed backup kept in view in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

from ..domain.errors import CchcError
from .messages import describe

log = logging.getLogger(__name__)
# How often the window asks whether a backup is due (one is taken at most every 30 minutes of changes).
BACKUP_CHECK_MS = 60_000


class BackupStatus(QObject):
    finished = Signal()  # emitted from the worker thread that took a scheduled backup

    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.problem_label = QLabel(window)
        self.problem_label.setObjectName("backupProblem")
        # A long message is cut rather than widening the window; its tooltip holds all of it.
        self.problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        window.statusBar().addPermanentWidget(self.problem_label, 1)
        self.problem_label.hide()
        # Parented to the window, where the walk of the controls looks for pending timers.
        self.timer = QTimer(window)
        self.timer.setObjectName("backupTimer")
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.finished.connect(self.show_problem)
        self.timer.start()

    def backup_if_due(self) -> None:
        """Every minute: a backup if something changed in the last 30 minutes, taken on a worker thread so the
        window never waits for it; a failure stays in view (``finished`` shows it)."""
        from ..services import safety

        job = safety.backup_job(self.window.workspace)
        if job is not None:
            QThreadPool.globalInstance().start(lambda: self._run(job))
        self.show_problem()

    def _run(self, job) -> None:  # noqa: ANN001 - the callable safety.backup_job returned
        try:
            job()
        except (CchcError, OSError) as error:  # the next tick tries again; the edits are safe in the database
            log.warning("scheduled backup failed: %s", error)
        self.finished.emit()

    def show_problem(self) -> None:
        if getattr(self.window.workspace, "guard", None) is None:
            # No backups yet (the window's first paint, before the Workspace is opened): nothing to show.
            self.problem_label.hide()
            return
        from ..services import safety

        problem = safety.backup_problem(self.window.workspace)
        if problem is None:
            self.problem_label.hide()
            return
        text = describe(problem)
        self.problem_label.setText(text)
        self.problem_label.setToolTip(text)
        self.problem_label.show()
