"""Crash harness: a child edits through the services and reports each committed edit; the parent kills it.

Run as a script it is the child: ``python killloop.py DB START``. Edit number i (one cell, or a
paste of several in one transaction) is a pure function of i, so after a kill the parent knows
exactly what the database must hold: every reported edit, plus at most the one the child committed
but was killed before reporting — whole, never part of a paste.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SHEET = 1
SEED_VARIABLE = "CCHC_KILL_SEED"  # set it to replay a failed run's kill moments
REOPEN_EVERY = 40  # edits between a close (checkpoint) and a reopen, so kills also land there
BACKUP_EVERY = 25  # edits between backups, so kills also land inside VACUUM INTO


def edit_for(i: int, leaves: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """Edit number i: one cell, or every fourth time a paste of several, as (code, column, hundredths)."""
    cells = 1 if i % 4 else 2 + i % 5
    edits = []
    for part in range(cells):
        code, maximum = leaves[(i * 7 + part * 11) % len(leaves)]
        column = "appraisal" if (i + part) % 2 else "self"
        edits.append((code, column, (i * 37 + part) % (maximum + 1)))
    return edits


def leaves_of(connection: sqlite3.Connection) -> list[tuple[str, int]]:
    return [(code, maximum) for code, maximum in connection.execute(
        "SELECT c.code, c.maximum_hundredths FROM criterion c JOIN sheet s ON s.framework_id = c.framework_id "
        "WHERE s.id = ? AND c.is_leaf = 1 ORDER BY c.position", (SHEET,))]


def stored(connection: sqlite3.Connection) -> dict[tuple[str, str], int | None]:
    values: dict[tuple[str, str], int | None] = {}
    for code, self_h, appraisal_h in connection.execute(
            "SELECT c.code, s.self_hundredths, s.appraisal_hundredths FROM score s "
            "JOIN criterion c ON c.id = s.criterion_id WHERE s.sheet_id = ?", (SHEET,)):
        values[(code, "self")] = self_h
        values[(code, "appraisal")] = appraisal_h
    return {key: value for key, value in values.items() if value is not None}


def child(db: str, start: int) -> None:
    from cchc_desktop.domain.numbers import from_hundredths
    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import Workspace, safety
    from cchc_desktop.services.workspace import Edit

    workspace = Workspace.open(db)
    document = workspace.open_sheet(SHEET)
    leaves = [(leaf.code, int(leaf.maximum * 100)) for leaf in document.sheet.framework.leaves()]
    os.write(1, b"ready\n")
    i = start
    while True:
        edits = edit_for(i, leaves)
        if len(edits) == 1:
            code, column, hundredths = edits[0]
            document.set_score(code, Column(column), from_hundredths(hundredths), source="cli")
        else:
            # A paste is one transaction: after a kill, all of its cells are stored or none.
            document.apply([Edit(code, Column(column), from_hundredths(hundredths))
                            for code, column, hundredths in edits], source="paste")
        # Reported only once set_score returned, i.e. after the commit; one write() so a kill cannot split it.
        os.write(1, f"{i}\n".encode())
        i += 1
        if i % BACKUP_EVERY == 0:
            safety.before_risky_change(workspace, "killloop")
        if i % REOPEN_EVERY == 0:
            workspace.close()
            workspace = Workspace.open(db)
            document = workspace.open_sheet(SHEET)


def seeded_rng() -> tuple[random.Random, int]:
    """The generator of the kill moments: seeded from CCHC_KILL_SEED, or from the clock and then printed.

    The seed fixes the delays before each kill; how far the child got in that time still depends on the
    machine's load, so a replay lands the kills near, not exactly at, the same statements.
    """
    given = os.environ.get(SEED_VARIABLE, "").strip()
    seed = int(given) if given else time.time_ns() % (1 << 32)
    # pytest shows a failed test's captured output, so the seed is there whenever it is needed.
    print(f"kill loop seed {seed} (replay with {SEED_VARIABLE}={seed})", flush=True)
    return random.Random(seed), seed


@dataclass
class Round:
    reported: int  # edits the child reported
    extra: bool  # one more edit was committed but not reported
    integrity: str
    audit_ok: bool
    lost: int  # reported edits missing from the database


class KillLoop:
    """Runs kill rounds against one database, keeping the model of what it must hold."""

    def __init__(self, db: Path, seed_file: Path, *, rng: random.Random | None = None) -> None:
        from cchc_desktop.services import Workspace

        self.db = Path(db)
        self.rng, self.seed = (rng, None) if rng is not None else seeded_rng()
        with Workspace.open(self.db) as workspace:
            workspace.import_file(seed_file, unit="Huyện Phong Thổ", year=2023)
        connection = sqlite3.connect(self.db)
        try:
            self.leaves = leaves_of(connection)
            self.model = stored(connection)
        finally:
            connection.close()
        self.next = 0
        self._process: subprocess.Popen | None = None

    def _apply(self, model: dict, i: int) -> dict:
        return {**model, **{(code, column): hundredths for code, column, hundredths in edit_for(i, self.leaves)}}

    def _zygote(self) -> subprocess.Popen:
        # One process imports the program once and forks a fresh child per round: a round then costs
        # milliseconds instead of an interpreter start, so the suite can afford tens of kills.
        if self._process is None:
            self._process = subprocess.Popen([sys.executable, __file__, "--zygote"], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                             env=self._env())
        return self._process

    def close(self) -> None:
        if self._process is not None:
            self._process.stdin.close()
            self._process.wait(timeout=10)
            self._process = None

    def _env(self) -> dict:
        return {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                             os.environ.get("PYTHONPATH", "")])}

    def _spawned_round(self, max_delay: float) -> list[int]:
        """Where there is no fork (Windows): a fresh interpreter per round, ended with TerminateProcess."""
        process = subprocess.Popen([sys.executable, __file__, str(self.db), str(self.next)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=self._env())
        try:
            if process.stdout.readline().strip() != "ready":
                raise RuntimeError(f"child did not start: {process.stderr.read()[-2000:]}")
            time.sleep(self.rng.uniform(0.0, max_delay))
            process.kill()
            out, _ = process.communicate()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        return [int(line) for line in out.splitlines(keepends=True) if line.endswith("\n")]

    def round(self, *, max_delay: float = 0.3) -> Round:
        if not hasattr(os, "fork"):
            reported = self._spawned_round(max_delay)
            return self._judge(reported)
        zygote = self._zygote()
        zygote.stdin.write(f"{self.next} {self.db}\n")
        zygote.stdin.flush()
        pid, ready, reported = None, False, []
        while pid is None or not ready:
            line = zygote.stdout.readline()
            if not line:
                raise RuntimeError(f"the zygote died: {zygote.stderr.read()[-2000:]}")
            word = line.split()
            if word[0] == "pid":
                pid = int(word[1])
            elif word[0] == "ready":
                ready = True
            elif word[0] == "done":
                raise RuntimeError(f"the child ended by itself: {zygote.stderr.readline()}")
            else:
                reported.append(int(word[0]))
        time.sleep(self.rng.uniform(0.0, max_delay))
        os.kill(pid, signal.SIGKILL)
        for line in iter(zygote.stdout.readline, ""):
            if line.endswith("done\n"):
                break  # anything before "done" on the same line was cut off by the kill: not reported
            reported.append(int(line))
        return self._judge(reported)

    def _judge(self, reported: list[int]) -> Round:
        if reported:
            assert reported == list(range(self.next, self.next + len(reported))), "edits reported out of order"
        expected = self.model
        for i in reported:
            expected = self._apply(expected, i)
        one_more = self._apply(expected, self.next + len(reported))
        return self._check(reported, expected, one_more)

    def _check(self, reported: list[int], expected: dict, one_more: dict) -> Round:
        from cchc_desktop.services import Workspace, safety

        connection = sqlite3.connect(self.db)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            now = stored(connection)
        finally:
            connection.close()
        extra = now == one_more and now != expected
        lost = 0 if now in (expected, one_more) else sum(
            1 for key, value in expected.items() if now.get(key) != value)
        # Scores and their audit rows commit together, or neither.
        with Workspace.open(self.db) as workspace:
            audit_ok = safety.verify_audit(workspace).ok
        self.model = one_more if extra else (expected if lost == 0 else now)
        self.next += len(reported) + (1 if extra else 0)
        return Round(len(reported), extra, integrity, audit_ok, lost)


def zygote() -> None:
    import cchc_desktop.services.safety  # noqa: F401 - imported once, before the forks

    for line in sys.stdin:
        start, db = line.rstrip("\n").split(" ", 1)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                child(db, int(start))
            finally:
                os._exit(1)
        print("pid", pid, flush=True)
        os.waitpid(pid, 0)
        print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--zygote":
        zygote()
    else:
        child(sys.argv[1], int(sys.argv[2]))
