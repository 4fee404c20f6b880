"""Killing the program at random moments loses no edit it had shown as saved, and never damages the file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from killloop import KillLoop  # noqa: E402

# Forking makes a round cost ~0.1 s; where there is no fork (Windows) each round starts an interpreter.
ROUNDS = 20 if hasattr(os, "fork") else 8


def test_sigkill_at_random_moments_loses_no_reported_edit(tmp_path, seed_path):
    loop = KillLoop(tmp_path / "cchc.db", seed_path)  # seeded from CCHC_KILL_SEED or the clock, and printed
    reported = 0
    try:
        for number in range(ROUNDS):
            result = loop.round(max_delay=0.12)
            assert result.integrity == "ok", f"round {number}: integrity_check says {result.integrity}"
            assert result.lost == 0, f"round {number}: {result.lost} reported edits are missing"
            assert result.audit_ok, f"round {number}: scores and the audit log disagree"
            reported += result.reported
    finally:
        loop.close()
    # The loop must really have edited, or the checks above prove nothing (kept loose for a loaded machine).
    assert reported >= ROUNDS // 2
    backups = list((tmp_path / "backups").iterdir())
    assert not [p for p in backups if p.name.endswith(".partial")], "a half-written backup was left behind"
