"""Automatic backups: at most every 30 minutes while something changes, and before risky steps."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import backup


def _value(path, code):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT s.self_hundredths FROM score s JOIN criterion c ON c.id = s.criterion_id "
            "WHERE s.sheet_id = 1 AND c.code = ?", (code,)).fetchone()
    finally:
        connection.close()


def _edit(path, value, code=None):
    with Workspace.open(path) as workspace:
        document = workspace.open_sheet(1)
        code = code or document.sheet.framework.leaves()[0].code
        document.set_score(code, Column.SELF, value)
    return code


def test_a_new_database_is_backed_up_when_first_closed_and_not_again_within_30_minutes(db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
        assert backup.list_backups(db_path) == []  # nothing worth a copy before the first edit of a new file
    [first] = backup.list_backups(db_path)
    _edit(db_path, "0,25")
    assert backup.list_backups(db_path) == [first]


def test_after_30_minutes_the_next_edit_is_backed_up_right_after_its_commit(db_path, seed_path, monkeypatch):
    with Workspace.open(db_path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    code = _edit(db_path, "0,25")
    known = backup.list_backups(db_path)
    monkeypatch.setattr(safety, "BACKUP_INTERVAL", timedelta(0))
    _edit(db_path, "0,50", code)
    # Taken after the 0,50 edit committed (never inside its transaction), so it holds 0,50; nothing is left
    # owed at close.
    [after_edit] = [b for b in backup.list_backups(db_path) if b not in known]
    assert after_edit.reason == "auto"
    assert _value(after_edit.path, code) == (50,)


def test_the_window_takes_a_due_backup_as_a_job_of_its_own_not_in_the_edit(db_path, seed_path, monkeypatch):
    with Workspace.open(db_path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    monkeypatch.setattr(safety, "BACKUP_INTERVAL", timedelta(0))
    with Workspace.open(db_path) as workspace:
        workspace.backup_after_commit = False  # as the window sets it
        known = backup.list_backups(db_path)
        assert safety.backup_job(workspace) is None  # nothing changed yet
        document = workspace.open_sheet(1)
        code = document.sheet.framework.leaves()[0].code
        document.set_score(code, Column.SELF, "0,75")
        assert backup.list_backups(db_path) == known  # the edit itself did not wait for a backup
        job = safety.backup_job(workspace)
        assert job is not None
        taken = job()  # the window runs this on a worker thread
        assert taken.reason == "auto" and _value(taken.path, code) == (75,)
        assert safety.backup_job(workspace) is None  # nothing owed any more


def test_before_a_risky_change_and_on_a_timer(db_path, seed_path, monkeypatch):
    with Workspace.open(db_path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
        workspace.before_risky_change("finalize")
        assert backup.list_backups(db_path)[0].reason == "finalize"
        assert safety.backup_if_due(workspace) is None  # nothing changed since
        document = workspace.open_sheet(1)
        document.set_score(document.sheet.framework.leaves()[0].code, Column.SELF, "0")
        assert safety.backup_if_due(workspace) is None  # changed, but the last backup is fresh
        monkeypatch.setattr(safety, "BACKUP_INTERVAL", timedelta(0))
        assert safety.backup_if_due(workspace).reason == "auto"


def test_a_failing_automatic_backup_does_not_stop_the_work(db_path, seed_path, monkeypatch):
    with Workspace.open(db_path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    for old in (db_path.parent / "backups").iterdir():
        old.unlink()
    (db_path.parent / "backups").rmdir()
    (db_path.parent / "backups").write_text("not a folder")  # as a full or read-only disk would refuse it
    monkeypatch.setattr(safety, "BACKUP_INTERVAL", timedelta(0))
    with Workspace.open(db_path) as workspace:
        document = workspace.open_sheet(1)
        leaf = document.sheet.framework.leaves()[0]
        document.set_score(leaf.code, Column.SELF, "0,5")
        assert document.stored_value(leaf.code, Column.SELF) == document.sheet.entry(leaf.code, Column.SELF)
        problem = safety.backup_problem(workspace)
        assert problem is not None and "could not be written" in str(problem)
