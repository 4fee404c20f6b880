"""Other users' changes in the open sheet within about a second: a listener thread woken by the server, and a slow poll.

Only a shared (PostgreSQL) database has other writers; on the SQLite file nothing runs. The feed itself is the
services' (services/feed.py); this object only decides when to ask it: on the server's notification (a thread of
its own waits for it and hands it to the window's thread through a signal) and every few seconds besides, in case
a notification was missed.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 5000  # the fallback: a missed notification still shows within five seconds


class ChangeWatch(QObject):
    sheet_changed = Signal(int)  # emitted on the listener's thread; delivered on the window's (queued)

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow, which imports this module
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.sheet_changed.connect(self._notified)
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None

    def start(self, workspace) -> None:  # noqa: ANN001 - a services Workspace
        """Watch ``workspace`` if others can write to it (a shared database); do nothing on an SQLite file."""
        self.stop()
        if not workspace.on_server:
            return
        from ..services import feed  # SQLAlchemy's: the window paints its first sheet before it is loaded

        self.timer.start()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=feed.listen, args=(workspace, self.sheet_changed.emit, self._stop),
                                        name="cchc-change-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._stop = self._thread = None

    def _notified(self, sheet_id: int) -> None:
        editor = self.window.editor
        if editor is not None and editor.document.id == sheet_id:
            self.poll()

    def poll(self) -> None:
        editor = self.window.editor
        if editor is not None:
            editor.take_others_changes()
