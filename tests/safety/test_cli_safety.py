"""The data-safety commands as a user runs them: a second instance refused, backups, restore, history, verify."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.cli import main


def cchc(*args):
    return subprocess.run([sys.executable, "-m", "cchc_desktop.cli", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def db(tmp_path, seed_path):
    path = tmp_path / "cchc.db"
    assert main(["--db", str(path), "import", str(seed_path), "--unit", "Huyện Phong Thổ", "--year", "2023"]) == 0
    return path


def _show(db, capsys):
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_second_instance_gets_a_clear_message_and_changes_nothing(db):
    holder = subprocess.Popen([sys.executable, "-c", "import sys\nfrom cchc_desktop.services import Workspace\n"
                               "w = Workspace.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
                               str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = db.read_bytes()
        result = cchc("--db", str(db), "set", "1", "1.1", "0,5")
        assert result.returncode == 2
        assert "already open in another CCHC Desktop window" in result.stderr and str(db) in result.stderr
        assert "Traceback" not in result.stderr
        assert db.read_bytes() == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert cchc("--db", str(db), "set", "1", "1.1", "0,5").returncode == 0


@pytest.mark.parametrize("content", [b"STT\tTieu chi\n", b"", b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_bad_database_file_gets_one_line_and_status_2(tmp_path, content):
    path = tmp_path / "scores.db"
    path.write_bytes(content)
    result = cchc("--db", str(path), "sheets")
    assert result.returncode == 2
    assert result.stderr.startswith("cchc: error: ") and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_backup_change_restore_from_the_command_line(db, capsys):
    before = _show(db, capsys)
    assert main(["--db", str(db), "backup"]) == 0
    name = Path(capsys.readouterr().out.strip()).name
    assert main(["--db", str(db), "set", "1", "1.1", "0"]) == 0
    assert _show(db, capsys)["totals"] != before["totals"]
    capsys.readouterr()
    assert main(["--db", str(db), "backups", "--json"]) == 0
    assert name in [b["name"] for b in json.loads(capsys.readouterr().out)]
    assert main(["--db", str(db), "restore", name]) == 0
    assert _show(db, capsys) == before


def test_history_lists_who_changed_what(db, capsys):
    assert main(["--db", str(db), "user-name", "Lò Văn Minh"]) == 0
    assert main(["--db", str(db), "set", "1", "1.1", "0,75"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "history", "1", "1.1", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["source"], e["old"], e["new"]) for e in entries] == [("import", None, "1.00"), ("cli", "1.00", "0.75")]
    assert entries[-1]["user_name"] == "Lò Văn Minh"
    assert main(["--db", str(db), "history", "1", "1.1"]) == 0
    assert "1,00 → 0,75" in capsys.readouterr().out


def test_audit_verify_passes_then_catches_a_forgery(db, capsys):
    assert main(["--db", str(db), "audit-verify"]) == 0
    assert "audit log intact" in capsys.readouterr().out
    connection = sqlite3.connect(db)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET new = '0.10' WHERE id = 1")
    connection.commit()
    connection.close()
    assert main(["--db", str(db), "audit-verify"]) == 1
    out = capsys.readouterr().out
    assert "row 1: its content was changed" in out and "does not verify" in out
