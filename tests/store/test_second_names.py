"""Attacks on the lock through other names: a symlink or hard link to the database, a link in place of the lock file.

SQLite only: links and lock files are a file's; a server database has neither.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cchc_desktop.services import Workspace
from cchc_desktop.store.lock import DatabaseInUseError, LockError, lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and hard links need POSIX rights here")

HOLD = """
import sys
from cchc_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
workspace.close()
"""


@pytest.fixture
def held(db_path):
    """The database created, then held open by another process under its own name."""
    Workspace.open(db_path).close()
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    yield process
    process.stdin.close()
    process.wait(timeout=10)


def test_a_symlink_to_an_open_database_is_the_same_database(tmp_path, db_path, held):
    other_name = tmp_path / "elsewhere" / "diem.db"
    other_name.parent.mkdir()
    other_name.symlink_to(db_path)
    with pytest.raises(DatabaseInUseError):
        Workspace.open(other_name)
    assert not lock_path(other_name).exists()


def test_a_database_with_a_second_hard_link_is_refused_under_either_name(tmp_path, db_path, held):
    second = tmp_path / "copy.db"
    os.link(db_path, second)
    with pytest.raises(LockError) as caught:
        Workspace.open(second)
    assert caught.value.kind == "hard_link"
    assert "hard link" in str(caught.value) and "Copy the file to a new name" in str(caught.value)
    held.stdin.close()
    held.wait(timeout=10)
    with pytest.raises(LockError):
        Workspace.open(db_path)  # the first name too: either could be opened beside the other
    second.unlink()
    Workspace.open(db_path).close()


def test_a_symlinked_lock_file_does_not_overwrite_what_it_points_to(tmp_path, db_path):
    victim = tmp_path / "other.db"
    Workspace.open(victim).close()
    before = victim.read_bytes()
    lock_path(db_path).symlink_to(victim)
    with pytest.raises(LockError) as caught:
        Workspace.open(db_path)
    assert caught.value.kind == "bad_lock_file" and "Delete it" in str(caught.value)
    assert victim.read_bytes() == before


def test_a_hard_linked_lock_file_does_not_overwrite_the_other_file(tmp_path, db_path):
    victim = tmp_path / "notes.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    os.link(victim, lock_path(db_path))
    with pytest.raises(LockError):
        Workspace.open(db_path)
    assert victim.read_text(encoding="utf-8") == "keep me\n"


def test_a_folder_in_place_of_the_lock_file_is_refused(db_path):
    lock_path(db_path).mkdir(parents=True)
    with pytest.raises(LockError):
        Workspace.open(db_path)
