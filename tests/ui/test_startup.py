"""The window's start: the seed shown from a sqlite3 read, the Workspace opened after the paint, nothing given up."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services.startup import StartWorkspace
from cchc_desktop.store.database import SCHEMA_HEAD
from cchc_desktop.store.lock import DatabaseInUseError, DatabaseLock
from cchc_desktop.ui.startup import finish_after_first_paint, open_workspace
from cchc_desktop.ui.tree_model import TreeColumn
from ui_helpers import type_into_cell

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"


@pytest.fixture
def seed_db(tmp_path, seed_path) -> tuple[Path, int]:
    """A database holding the seed sheet, closed (as a user's file is before the program starts)."""
    from cchc_desktop.services import Workspace

    path = tmp_path / "seed.db"
    with Workspace.open(path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    return path, sheet_id


def start_window(qtbot, path: Path, sheet_id: int, settings):
    from cchc_desktop.ui.main_window import MainWindow

    workspace = open_workspace(path)
    window = MainWindow(workspace, settings=settings, sheet_id=sheet_id, owns_workspace=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window, workspace


def in_use(path: Path) -> bool:
    """Whether this program holds the database's single-writer lock."""
    try:
        DatabaseLock.acquire(path, exclusive=True).release()
    except DatabaseInUseError:
        return True
    return False


def stored_self_score(path: Path, sheet_id: int, code: str) -> int | None:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT s.self_hundredths FROM score s JOIN criterion c ON c.id = s.criterion_id "
            "WHERE s.sheet_id = ? AND c.code = ?", (sheet_id, code)).fetchone()[0]
    finally:
        connection.close()


def audit_rows(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT source, code, field, old, new FROM audit_log ORDER BY id").fetchall()
    finally:
        connection.close()


def test_the_window_shows_the_seed_then_the_workspace_takes_over_the_lock_after_the_first_paint(
        qtbot, seed_db, settings, english):
    path, sheet_id = seed_db
    window, start = start_window(qtbot, path, sheet_id, settings)
    assert isinstance(start, StartWorkspace) and not start.ready
    assert "Huyện Phong Thổ 2023" in window.windowTitle()
    assert "79,24" in window.summary.appraisal_label.text()
    assert window.model.rowCount() == len(window.document.sheet.framework.roots)
    assert in_use(path)  # the single-writer lock is taken before the read, as Workspace.open takes it

    finish_after_first_paint(window)
    qtbot.waitUntil(lambda: start.ready, timeout=5000)
    assert type(window.workspace).__name__ == "Workspace" and window.workspace.guard is not None
    assert in_use(path)  # handed over, never let go in between
    window.close()
    assert not in_use(path)


def test_the_change_feed_starts_after_the_first_paint_from_the_log_row_the_sheet_was_read_at(
        qtbot, seed_db, settings, english):
    path, sheet_id = seed_db
    logged = len(audit_rows(path))
    window, start = start_window(qtbot, path, sheet_id, settings)
    assert window.editor._feed is None  # not before the paint: it reads the log through SQLAlchemy
    finish_after_first_paint(window)
    qtbot.waitUntil(lambda: start.ready, timeout=5000)
    assert window.editor._feed is not None and window.editor._feed.last_seen == logged
    # The import's own log rows are not taken for another user's changes: nothing to redraw.
    assert window.editor.take_others_changes() is False
    window.close()


def test_a_score_typed_before_the_workspace_is_open_is_committed_with_its_audit_row(
        qtbot, seed_db, settings, english):
    path, sheet_id = seed_db
    logged = audit_rows(path)
    window, start = start_window(qtbot, path, sheet_id, settings)
    assert not start.ready
    # No paint has handed over yet: the edit itself opens the Workspace and is committed, not refused or lost.
    type_into_cell(qtbot, window, "1.1", TreeColumn.SELF, "0,75")
    assert start.ready
    assert stored_self_score(path, sheet_id, "1.1") == 75
    assert audit_rows(path) == [*logged, ("window", "1.1", "self", None, "0.75")]
    assert window.document.sheet.score("1.1", Column.SELF) == window.document.stored_value("1.1", Column.SELF)
    assert "0,75" in window.summary.self_label.text()
    # Undo goes through the same Workspace and is logged too.
    window.undo_stack.undo()
    assert stored_self_score(path, sheet_id, "1.1") is None
    assert audit_rows(path)[-1] == ("undo", "1.1", "self", "0.75", None)


def test_a_database_that_needs_migrating_is_backed_up_and_migrated_before_the_window_shows(
        qtbot, tmp_path, settings, english):
    from cchc_desktop.store import backup

    path = tmp_path / "old.db"
    shutil.copyfile(RELEASE_0_1_0, path)
    window, workspace = start_window(qtbot, path, 1, settings)
    assert not isinstance(workspace, StartWorkspace)  # the full Workspace.open: backup, then migration
    assert [b for b in backup.list_backups(path) if b.reason.startswith("before-migration")]
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        connection.close()
    assert "79,24" in window.summary.appraisal_label.text()


def test_a_database_another_program_holds_is_refused_before_anything_is_read(seed_db):
    import fcntl

    from cchc_desktop.store.lock import lock_path

    path, _ = seed_db
    # Another program's lock: an flock on the lock file through a descriptor this program's lock table never saw.
    with open(lock_path(path), "a+b") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(DatabaseInUseError):
            open_workspace(path)


def test_the_window_started_as_the_program_starts_shows_the_seed_without_sqlalchemy(seed_db, tmp_path):
    path, sheet_id = seed_db
    png = tmp_path / "window.png"
    code = ("import sys; from cchc_desktop import app; "
            f"status = app.main(['cchc-desktop', '--db', {str(path)!r}, '--sheet', '{sheet_id}', "
            f"'--screenshot', {str(png)!r}]); "
            "print(status, sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'dataclasses') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 []"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    assert not in_use(path)  # let go at exit, as Workspace.close does
