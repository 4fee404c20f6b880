"""Several writers on one server database at once, some on the same cells: nothing they were told is lost."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrent_writers import run  # noqa: E402


def test_concurrent_writers_lose_no_acknowledged_edit_and_hear_of_every_conflict(postgres_location):
    outcome = run(postgres_location, writers=4, edits=50, hot_share=0.5, timeout=240)
    assert outcome.attempted == 4 * 50
    assert outcome.errors == []
    assert outcome.lost == outcome.unacknowledged == 0
    assert outcome.broken_chain == 0  # no change was made over another's without being refused
    assert outcome.final_mismatches == 0
    assert outcome.untrue_conflicts == 0
    assert outcome.audit_ok, outcome.audit_problems
    assert outcome.acknowledged + outcome.conflicts == outcome.attempted
    assert outcome.conflicts > 0  # the shared cells did collide, and each collision was told
