"""A database file that cannot be written opens for viewing, says so, and refuses changes without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cchc_desktop.cli import main
from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, printing
from cchc_desktop.store import backup, database

UNIT = "Huyện Phong Thổ"


@pytest.fixture
def db(tmp_path, seed_path):
    path = tmp_path / "cchc.db"
    assert main(["--db", str(path), "import", str(seed_path), "--unit", UNIT, "--year", "2023"]) == 0
    return path


def _check_read_only_use(db, capsys, seed):
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    leaf = next(row["code"] for row in json.loads(capsys.readouterr().out)["rows"] if row["leaf"])
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    captured = capsys.readouterr()
    assert '"appraisal": "79.24"' in captured.out
    assert "read-only" in captured.err and "Traceback" not in captured.err
    assert main(["--db", str(db), "set", "1", leaf, "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("read-only") == 2 and "Traceback" not in err  # the note at open, then the refusal
    with Workspace.open(db) as workspace:
        assert workspace.read_only
        document = workspace.open_sheet(1)
        assert document.read_only
        with pytest.raises(CchcError) as caught:
            document.set_score(document.sheet.framework.leaves()[0].code, Column.APPRAISAL, "0")
        assert caught.value.kind == "read_only"
        backups = list(backup.backup_dir(db).iterdir())
        for change in (lambda: printing.finalize(workspace, 1), lambda: workspace.import_file(
                seed, unit="Huyện Mường Tè", year=2023), lambda: workspace.create_sheet(
                unit="Huyện Sìn Hồ", year=2023, framework_id=document.info.framework_id)):
            with pytest.raises(CchcError) as caught:
                change()
            assert caught.value.kind == "read_only"
        assert list(backup.backup_dir(db).iterdir()) == backups
    assert db.read_bytes() == before


def test_a_file_the_program_may_not_write_opens_for_viewing(db, capsys, monkeypatch, seed_path):
    monkeypatch.setattr(database.os, "open", _refuse_writes(database.os.open))
    _check_read_only_use(db, capsys, seed_path)


def _refuse_writes(real_open):
    def guarded(path, flags, *args, **kwargs):
        import errno
        import os

        if str(path).endswith(".db") and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    return guarded


@pytest.mark.skipif(sys.platform != "linux", reason="chattr")
def test_an_immutable_file_opens_for_viewing(db, capsys, seed_path):
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot make a file read-only here")
    try:
        _check_read_only_use(db, capsys, seed_path)
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=False)
