"""One program at a time per database: a second is told who has it open; a crashed holder does not block.

SQLite only: the lock file guards one file; a PostgreSQL server takes many writers and has no lock file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from cchc_desktop.services import Workspace
from cchc_desktop.store.lock import DatabaseInUseError, holder, lock_path

HOLD = """
import sys
from cchc_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
workspace.close()
"""


@pytest.fixture
def other_program(db_path):
    """Another process with the database open, as a second window would have it."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    yield process
    if process.poll() is None:
        process.stdin.close()
        process.wait(timeout=10)


def test_a_second_program_is_refused_and_told_who_holds_the_database(db_path, other_program):
    with pytest.raises(DatabaseInUseError) as caught:
        Workspace.open(db_path)
    message = str(caught.value)
    assert str(db_path) in message and "already open" in message and "Close the other one" in message
    assert holder(db_path)["pid"] == other_program.pid


def test_the_lock_goes_when_the_other_program_closes(db_path, other_program):
    other_program.stdin.close()
    other_program.wait(timeout=10)
    Workspace.open(db_path).close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crashed_holder_leaves_no_stale_lock(db_path, other_program):
    os.kill(other_program.pid, signal.SIGKILL)
    other_program.wait(timeout=10)
    assert lock_path(db_path).exists()  # the file stays behind, as after a power cut …
    Workspace.open(db_path).close()  # … but the OS released the lock with the process


def test_the_same_program_may_open_its_database_twice(db_path):
    first = Workspace.open(db_path)
    second = Workspace.open(db_path)
    second.close()
    # Closing one does not let another program in while the first is still open.
    code = ("import sys\nfrom cchc_desktop.services import Workspace\n"
            "try:\n    Workspace.open(sys.argv[1])\nexcept Exception as e:\n    print(type(e).__name__)")
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "DatabaseInUseError"
    first.close()


def test_a_lock_that_cannot_be_written_is_a_message_not_a_traceback(db_path):
    from cchc_desktop.domain.errors import CchcError

    Workspace.open(db_path).close()
    lock_path(db_path).unlink()
    lock_path(db_path).mkdir()  # stands for a read-only folder, which root cannot be refused
    with pytest.raises(CchcError, match="cannot be opened for work"):
        Workspace.open(db_path)
