"""SIGKILL during `cchc receive`: the database stays whole and audited, and receiving again completes it."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def cli(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cchc_desktop.cli", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _wait_for_sheet(db: Path, process: subprocess.Popen) -> None:
    """Until the receive has created its sheet (the writing has begun) or ended."""
    deadline = time.monotonic() + 30
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if connection.execute("SELECT count(*) FROM sheet").fetchone()[0]:
                return
            time.sleep(0.001)
    finally:
        connection.close()


def show(capsys, db) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_receive_killed_anywhere_leaves_a_consistent_database(capsys, tmp_path, seed_path):
    from cchc_desktop.services import Workspace, safety

    sender = tmp_path / "huyen.db"
    assert main(["--db", str(sender), "import", str(seed_path), "--unit", "Huyện Phong Thổ", "--year", "2023"]) == 0
    for number, code in enumerate(["1.1", "1.2.1", "1.2.2", "2.1", "2.2", "3.1", "4.1", "5.1"]):
        # Notes are written one transaction each: more places for a kill to land between commits.
        assert main(["--db", str(sender), "note", "1", code, f"ghi chú {number}"]) == 0
    package = tmp_path / "p.cchc"
    assert main(["--db", str(sender), "export", "1", "-o", str(package)]) == 0
    expected = show(capsys, sender)

    landed: list[int | None] = []  # audit rows written before each kill: where the kills landed
    rng = random.Random(int(os.environ.get("CCHC_KILL_SEED", "13")))
    for number in range(ROUNDS):
        receiver = tmp_path / f"so-{number}.db"
        Workspace.open(receiver).close()  # migrated beforehand: the kill should land in the receive's writes
        process = cli("--db", receiver, "receive", package)
        _wait_for_sheet(receiver, process)
        time.sleep(rng.uniform(0.0, 0.08))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        if receiver.exists():
            connection = sqlite3.connect(receiver)
            try:
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
                written = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] \
                    if "audit_log" in tables else None
                landed.append(written)
            finally:
                connection.close()
            with Workspace.open(receiver) as workspace:
                assert safety.verify_audit(workspace).ok
        # Whatever the kill left, receiving again completes the sheet exactly: no conflict with a half receive.
        assert main(["--db", str(receiver), "receive", str(package)]) == 0, capsys.readouterr().err
        capsys.readouterr()
        assert show(capsys, receiver) == expected
    print("audit rows at each kill:", landed)
