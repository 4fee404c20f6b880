"""Backup → change → restore brings the earlier scores back, keeps the replaced file, and logs the restore."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store.lock import DatabaseInUseError


def _appraisals(path):
    with Workspace.open(path) as workspace:
        return workspace.open_sheet(1).as_dict()["rows"], workspace.open_sheet(1).as_dict()["totals"]


def test_restore_brings_back_the_scores_of_the_backup(db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    rows_before, totals_before = _appraisals(db_path)
    taken = safety.take_backup(db_path)

    with Workspace.open(db_path) as workspace:
        document = workspace.open_sheet(sheet_id)
        leaves = [leaf for leaf in document.sheet.framework.leaves()
                  if document.sheet.entry(leaf.code, Column.APPRAISAL)][:3]
        for leaf in leaves:
            document.set_score(leaf.code, Column.APPRAISAL, "0")
    changed_rows, changed_totals = _appraisals(db_path)
    assert changed_totals != totals_before

    outcome = safety.restore(db_path, taken.name)
    rows_after, totals_after = _appraisals(db_path)
    assert (rows_after, totals_after) == (rows_before, totals_before)
    assert totals_after["appraisal"] == "79.24"

    # The replaced file is kept, with the changes it had.
    assert _appraisals(outcome.previous_copy) == (changed_rows, changed_totals)
    with Workspace.open(db_path) as workspace:
        restored = [e for e in safety.history(workspace, sheet_id) if e.source == "restore"]
        assert sorted(e.code for e in restored) == sorted(leaf.code for leaf in leaves)
        assert all(e.old == "0.00" for e in restored)
        assert safety.verify_audit(workspace).ok
    assert outcome.changes == len(leaves)


def test_restore_is_refused_while_another_program_has_the_database_open(db_path, seed_path):
    Workspace.open(db_path).close()
    taken = safety.take_backup(db_path)
    holder = subprocess.Popen([sys.executable, "-c", "import sys\nfrom cchc_desktop.services import Workspace\n"
                               "w = Workspace.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
                               str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = db_path.read_bytes()
        with pytest.raises(DatabaseInUseError):
            safety.restore(db_path, taken.name)
        assert db_path.read_bytes() == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_restoring_something_that_is_not_a_backup_is_refused(db_path, tmp_path):
    Workspace.open(db_path).close()
    fake = tmp_path / "notes.db"
    fake.write_text("ghi chú", encoding="utf-8")
    before = db_path.read_bytes()
    with pytest.raises(CchcError, match="not a CCHC Desktop database"):
        safety.restore(db_path, str(fake))
    with pytest.raises(CchcError, match="no backup"):
        safety.restore(db_path, "cchc-20000101-000000-manual.db")
    assert db_path.read_bytes() == before


def test_restore_is_refused_while_this_program_still_has_the_database_open(db_path):
    workspace = Workspace.open(db_path)
    try:
        taken = safety.take_backup(db_path)
        with pytest.raises(DatabaseInUseError, match="Close it first"):
            safety.restore(db_path, taken.name)
    finally:
        workspace.close()
    safety.restore(db_path, taken.name)
