"""A -wal left by a crash of one copy is not replayed onto another copy of the database copied over it.

SQLite only: the -wal file is SQLite's; PostgreSQL keeps its own log on the server.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace

UNIT = "Huyện Phong Thổ"

# Edits a score, then dies without closing: the change is committed in d.db-wal only.
CRASH = """
import os, sys
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1])
document = workspace.open_sheet(1)
for code in sys.argv[2:]:
    document.set_score(code, Column.APPRAISAL, "0")
os._exit(0)
"""


def _leaves(path, count):
    with Workspace.open(path) as workspace:
        document = workspace.open_sheet(1)
        return [leaf.code for leaf in document.sheet.framework.leaves()][:count]


def _crash_after_editing(path, codes):
    subprocess.run([sys.executable, "-c", CRASH, str(path), *codes], check=True, timeout=120)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0


def _edit(path, codes, value):
    with Workspace.open(path) as workspace:
        document = workspace.open_sheet(1)
        for code in codes:
            document.set_score(code, Column.APPRAISAL, value)


@pytest.fixture
def base(tmp_path, seed_path):
    path = tmp_path / "d.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit=UNIT, year=2023)
    return path


def test_a_newer_copy_over_a_crashed_one_is_refused_and_both_files_kept(tmp_path, base):
    codes = _leaves(base, 6)
    elsewhere = tmp_path / "usb" / "d.db"
    elsewhere.parent.mkdir()
    shutil.copyfile(base, elsewhere)
    _edit(elsewhere, codes[3:], "0,25")  # the newer copy, worked on elsewhere and closed cleanly
    _crash_after_editing(base, codes[:3])  # the older copy crashed, its last edits in d.db-wal
    shutil.copyfile(elsewhere, base)  # the user copies the newer file back over the older one
    wal = base.with_name("d.db-wal")
    before = (base.read_bytes(), wal.read_bytes())

    with pytest.raises(CchcError) as caught:
        Workspace.open(base)
    assert caught.value.kind == "stale_wal"
    message = str(caught.value)
    assert "d.db-wal" in message and "does not belong" in message and "Both files were left untouched" in message
    assert (base.read_bytes(), wal.read_bytes()) == before

    # Doing what the message says gives the newer copy, whole.
    wal.rename(tmp_path / "usb" / "d.db-wal.old")
    base.with_name("d.db-shm").unlink(missing_ok=True)
    with Workspace.open(base) as workspace:
        document = workspace.open_sheet(1)
        assert [str(document.sheet.entry(code, Column.APPRAISAL)) for code in codes[3:]] == ["0.25"] * 3


def test_a_log_left_by_a_crash_of_the_same_file_is_replayed(base):
    codes = _leaves(base, 3)
    _crash_after_editing(base, codes)
    with Workspace.open(base) as workspace:
        document = workspace.open_sheet(1)
        assert [document.sheet.entry(code, Column.APPRAISAL) for code in codes] == [0] * 3
