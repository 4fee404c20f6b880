"""Each edit is its own durable commit, and a clean exit leaves a .db file complete on its own."""

from __future__ import annotations

import shutil
import sqlite3

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety


def test_every_connection_logs_ahead_and_syncs_fully(workspace):
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: fsync at every commit


def test_an_edit_is_on_disk_when_set_score_returns(workspace, seed_sheet):
    leaf = seed_sheet.sheet.framework.leaves()[5]
    seed_sheet.set_score(leaf.code, Column.SELF, "0,5")
    # Another connection (another program) sees it at once: it was committed, not just cached.
    connection = sqlite3.connect(workspace.path)
    try:
        value = connection.execute(
            "SELECT s.self_hundredths FROM score s JOIN criterion c ON c.id = s.criterion_id "
            "WHERE s.sheet_id = ? AND c.code = ?", (seed_sheet.id, leaf.code)).fetchone()[0]
    finally:
        connection.close()
    assert value == 50


def test_after_a_clean_close_the_db_file_alone_holds_everything(db_path, seed_path, tmp_path):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        document = workspace.open_sheet(sheet_id)
        leaf = document.sheet.framework.leaves()[-1]
        document.set_score(leaf.code, Column.APPRAISAL, "0")
        expected = document.as_dict()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Copy only the .db, as a user copying it onto a USB stick would.
    alone = tmp_path / "usb" / "cchc.db"
    alone.parent.mkdir()
    shutil.copyfile(db_path, alone)
    with Workspace.open(alone) as workspace:
        assert workspace.open_sheet(sheet_id).as_dict() == expected
        assert safety.verify_audit(workspace).ok
