"""Which databases the window's first paint may read with sqlite3 alone, and the lock handed to the Workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services.startup import StartWorkspace
from cchc_desktop.store.lock import DatabaseInUseError, DatabaseLock

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"


def held_here(path: Path) -> bool:
    try:
        DatabaseLock.acquire(path, exclusive=True).release()
    except DatabaseInUseError:
        return True
    return False


def test_only_an_existing_up_to_date_file_is_read_before_the_workspace(tmp_path):
    old = tmp_path / "old.db"
    shutil.copyfile(RELEASE_0_1_0, old)
    assert StartWorkspace.open("postgresql://cchc@localhost:5432/cchc") is None  # never connected to
    assert StartWorkspace.open(tmp_path / "new.db") is None and not (tmp_path / "new.db").exists()
    assert StartWorkspace.open(old) is None  # due for its backup and migration: Workspace.open does both
    assert not held_here(old)  # and the lock taken to look was let go


def test_the_lock_passes_to_the_workspace_and_an_edit_is_stored(tmp_path, seed_path):
    from cchc_desktop.services import Workspace

    path = tmp_path / "seed.db"
    with Workspace.open(path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    start = StartWorkspace.open(path)
    try:
        document = start.open_sheet(sheet_id)
        assert held_here(path) and not start.ready
        document.set_score("1.1", Column.SELF, "0,25")  # opens the Workspace on the spot
        assert start.ready and held_here(path)
        assert document.stored_value("1.1", Column.SELF) == document.sheet.score("1.1", Column.SELF)
    finally:
        start.close()
    assert not held_here(path)
