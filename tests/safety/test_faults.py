"""Faults told for what they are: a full disk is not damage, a pipe is not a database, odd input is no traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.cli import main
from cchc_desktop.services import Workspace, safety
from cchc_desktop.services.workspace import SheetNotFoundError
from cchc_desktop.store import backup, database
from cchc_desktop.domain.errors import CchcError

UNIT = "Huyện Phong Thổ"


@pytest.fixture
def db(tmp_path, seed_path):
    path = tmp_path / "cchc.db"
    assert main(["--db", str(path), "import", str(seed_path), "--unit", UNIT, "--year", "2023"]) == 0
    return path


def _no_traceback(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


# --- a full disk ------------------------------------------------------------------------
def test_import_on_a_full_disk_says_the_disk_is_full(db, seed_path, capsys, monkeypatch):
    from cchc_desktop.store import repository

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repository, "write_new_sheet", full)
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(seed_path), "--unit", "Huyện Mường Tè", "--year", "2023"])
    err = _no_traceback(capsys)
    assert code == 2 and "is full" in err and "Free some space" in err and "damaged" not in err.replace("not damaged", "")


def test_a_full_disk_at_open_is_not_reported_as_damage(db, monkeypatch):
    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database.sqlite3, "connect", full)
    with pytest.raises(CchcError) as caught:
        database.check_file(db)
    assert caught.value.kind == "disk_full"
    assert "Restore" not in str(caught.value) and "is full" in str(caught.value)


def test_restore_on_a_full_disk_keeps_the_database_and_lists_no_cut_short_backup(db, capsys, monkeypatch):
    taken = safety.take_backup(db)
    before = db.read_bytes()
    listed = [b.name for b in backup.list_backups(db)]

    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_fsync_file", full)
    capsys.readouterr()
    assert main(["--db", str(db), "restore", taken.name]) == 2
    err = _no_traceback(capsys)
    assert "is full" in err
    assert db.read_bytes() == before
    assert [b.name for b in backup.list_backups(db)] == listed
    assert not [p for p in backup.backup_dir(db).iterdir() if p.name.startswith(".")]


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB disk (tmpfs), where the system allows mounting one."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("mounting a small disk is not permitted here")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path, leave_kb: int = 0) -> None:
    free_kb = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize // 1024
    with open(folder / "filler", "wb") as handle:
        try:
            handle.write(b"\0" * max(0, free_kb - leave_kb) * 1024)
        except OSError:
            pass


@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs")
def test_on_a_really_full_disk_import_and_restore_say_so(small_disk, seed_path, capsys):
    db = small_disk / "d.db"
    assert main(["--db", str(db), "import", str(seed_path), "--unit", UNIT, "--year", "2023"]) == 0
    taken = safety.take_backup(db)
    listed = [b.name for b in backup.list_backups(db)]
    _fill(small_disk)
    with Workspace.open(db) as workspace:  # the window's path: a plain error, not sqlite's
        document = workspace.open_sheet(1)
        leaves = document.sheet.framework.leaves()
        with pytest.raises(CchcError) as caught:
            for leaf in leaves[:40]:
                document.set_note(leaf.code, "ghi chú dài " * 40)
        assert caught.value.kind == "disk_full"
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(seed_path), "--unit", "Huyện Mường Tè", "--year", "2023"]) == 2
    assert "is full" in _no_traceback(capsys)
    (small_disk / "filler").unlink()
    _fill(small_disk, leave_kb=100)
    assert main(["--db", str(db), "restore", taken.name]) == 2
    assert "is full" in _no_traceback(capsys)
    assert [b.name for b in backup.list_backups(db)] == listed
    (small_disk / "filler").unlink()
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    assert '"appraisal": "79.24"' in capsys.readouterr().out


# --- files that are not files --------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_like_a_database_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "d.db"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "cchc_desktop.cli", "--db", str(fifo), "sheets"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not an ordinary file" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_in_place_of_the_log_file_is_refused_without_waiting(db):
    wal = db.with_name(db.name + "-wal")
    wal.unlink(missing_ok=True)  # empty after a clean close
    os.mkfifo(wal)
    done = subprocess.run([sys.executable, "-m", "cchc_desktop.cli", "--db", str(db), "sheets"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not an ordinary file" in done.stderr and "Traceback" not in done.stderr


# --- ids and names ------------------------------------------------------------------------
def test_a_sheet_number_too_large_for_the_database_is_no_sheet(db, capsys):
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db), "show", str(10**23)])
    assert caught.value.code == 2 and "there is no sheet" in _no_traceback(capsys)
    with Workspace.open(db) as workspace, pytest.raises(SheetNotFoundError):
        workspace.open_sheet(10**23)


def test_invisible_characters_do_not_make_a_look_alike_unit(db):
    with Workspace.open(db) as workspace:
        framework = workspace.sheets()[0].framework_id
        with pytest.raises(Exception) as caught:
            workspace.create_sheet(unit="Huyện\u200b Phong\u202e Thổ", year=2023, framework_id=framework)
        assert getattr(caught.value, "kind", None) == "sheet_exists"
        sheet = workspace.create_sheet(unit="\ufeffHuyện Mường\u200d Tè", year=2023, framework_id=framework)
        assert workspace.sheet_info(sheet).unit == "Huyện Mường Tè"


# --- a damaged audit row -----------------------------------------------------------------
def test_invalid_utf8_in_an_audit_row_is_reported_as_damage(db, capsys):
    raw = sqlite3.connect(db)
    trigger = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").fetchone()[0]
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET os_user = CAST(X'C3FF41' AS TEXT) WHERE id = 3")
    raw.execute(trigger)
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert main(["--db", str(db), "audit-verify"]) == 1
    out = capsys.readouterr().out
    assert "row 3: it is damaged" in out and "not valid UTF-8" in out
