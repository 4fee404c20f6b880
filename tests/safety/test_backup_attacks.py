"""Backups under attack: kept when they matter, never mixed between databases, never restored unchecked."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import backup

UNIT = "Huyện Phong Thổ"


@pytest.fixture
def db(tmp_path, seed_path):
    path = tmp_path / "diem.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit=UNIT, year=2023)
    return path


def test_thinning_keeps_copies_taken_before_a_finalize_or_restore(db):
    now = datetime(2026, 11, 26, 12, 0, 0)
    recent = [backup.take(db, reason, now=now - timedelta(days=5, hours=hours)).path
              for reason in ("finalize", "before-restore") for hours in (1, 2, 3)]
    old = [backup.take(db, "finalize", now=now - timedelta(days=200, minutes=minutes)).path for minutes in range(12)]
    backup.thin(db, now=now)
    kept = {b.path for b in backup.list_backups(db)}
    assert set(recent) <= kept  # younger than 90 days: every one
    # Older: the newest KEEP_PROTECTED finalize copies in all, counting the three recent ones.
    assert set(old) & kept == set(old[:backup.KEEP_PROTECTED - 3])


def test_two_databases_with_one_stem_keep_their_own_backups(db, tmp_path, seed_path):
    other = tmp_path / "diem.sqlite"
    with Workspace.open(other) as workspace:
        workspace.import_file(seed_path, unit="Huyện Mường Tè", year=2023)
    mine = safety.take_backup(db)
    theirs = safety.take_backup(other)
    listed_mine = {b.path for b in safety.list_backups(db)}
    listed_theirs = {b.path for b in safety.list_backups(other)}
    assert mine.path in listed_mine and theirs.path in listed_theirs and not listed_mine & listed_theirs
    before = db.read_bytes()
    with pytest.raises(CchcError) as caught:
        safety.restore(db, theirs.name)
    assert caught.value.kind == "backup_of_other_database"
    assert db.read_bytes() == before
    # Thinning one never deletes the other's.
    backup.thin(db, now=datetime.now() + timedelta(days=4000))
    assert theirs.path.exists()


def test_a_restore_killed_before_its_rename_leaves_nothing_behind(db):
    taken = safety.take_backup(db)
    staging = db.with_name(f".{db.name}.restoring")
    shutil.copyfile(taken.path, staging)  # what a kill between the copy and the rename leaves
    before = db.read_bytes()
    with Workspace.open(db) as workspace:
        assert workspace.open_sheet(1).as_dict()["totals"]["appraisal"] == "79.24"
    assert not staging.exists()
    assert db.read_bytes() == before


def test_a_backup_whose_audit_chain_was_rewritten_is_not_restored(db):
    taken = safety.take_backup(db)
    with Workspace.open(db) as workspace:
        document = workspace.open_sheet(1)
        document.set_score(document.sheet.framework.leaves()[0].code, Column.APPRAISAL, "0")
    raw = sqlite3.connect(taken.path)
    trigger = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").fetchone()[0]
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET new = '9.99' WHERE id = 2")
    raw.execute(trigger)
    raw.commit()
    raw.close()
    before = db.read_bytes()
    with pytest.raises(CchcError) as caught:
        safety.restore(db, taken.name)
    assert caught.value.kind == "backup_unsound" and "does not verify" in str(caught.value)
    assert db.read_bytes() == before


@pytest.mark.parametrize("name", ["../elsewhere.db", "sub/../../elsewhere.db", "..\\elsewhere.db"])
def test_a_backup_name_cannot_reach_outside_the_backups_folder(db, tmp_path, seed_path, name):
    safety.take_backup(db)
    elsewhere = tmp_path / "elsewhere.db"
    with Workspace.open(elsewhere) as workspace:
        workspace.import_file(seed_path, unit="Huyện Sìn Hồ", year=2023)
    before = db.read_bytes()
    with pytest.raises(CchcError) as caught:
        safety.restore(db, name)
    assert caught.value.kind == "bad_backup_name"
    assert db.read_bytes() == before


def test_a_damaged_database_still_lists_its_backups_and_can_be_restored(db):
    taken = safety.take_backup(db)
    db.write_bytes(b"")  # emptied, e.g. by an interrupted copy: its id cannot be read
    assert taken.path in {b.path for b in safety.list_backups(db)}
    safety.restore(db, taken.name)
    with Workspace.open(db) as workspace:
        assert workspace.open_sheet(1).as_dict()["totals"]["appraisal"] == "79.24"


def test_backups_named_before_ids_are_still_listed(tmp_path, seed_path):
    path = tmp_path / "bang-20231231.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit=UNIT, year=2023)
    new = safety.take_backup(path)
    old = backup.backup_dir(path) / "bang-20231231-20260102-080000-auto.db"
    shutil.copyfile(new.path, old)
    listed = {b.path for b in safety.list_backups(path)}
    assert {new.path, old} <= listed
