"""Ranking speed: 1,000 sheets of one year (the 2023 set, 87 leaves each) ranked in process; the budget is 0.5 s.

With --database it also times what `cchc ranking` does: read the year's sheets from SQLite, then rank them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import SEED, percentile  # noqa: E402

from cchc_desktop.domain.ranking import RankInput, largest_shortfalls, rank  # noqa: E402
from cchc_desktop.domain.scoring import Column, ScoreSheet  # noqa: E402
from cchc_desktop.domain.tables import read_table, text_rows  # noqa: E402

BUDGET_MS = 500.0


def sheets(count: int) -> list[RankInput]:
    """``count`` sheets of the seed's set, each leaf scored at a random hundredth of its maximum (seeded)."""
    framework = read_table(text_rows(SEED.read_text(encoding="utf-8")), source=SEED.name).framework
    leaves = framework.leaves()
    chance = random.Random(2023)
    found = []
    for number in range(count):
        sheet = ScoreSheet(framework)
        for leaf in leaves:
            hundredths = int(leaf.maximum * 100)
            for column in Column:
                sheet.set_score(leaf.code, column, Decimal(chance.randint(hundredths // 2, hundredths)) / 100)
        # Every tenth leaf of every twentieth unit does not apply, so the rescaling is measured too.
        not_applicable = {leaf.code for leaf in leaves[::10]} if number % 20 == 0 else frozenset()
        found.append(RankInput(f"Xã {number:04d}", number + 1, sheet, not_applicable=not_applicable))
    return found


def from_database(count: int, runs: int) -> None:
    import tempfile

    from cchc_desktop.services import Workspace, ranking

    folder = Path(tempfile.mkdtemp(prefix="bench-ranking-"))
    start = time.perf_counter()
    with Workspace.open(folder / "ranking.db") as workspace:
        for number in range(count):
            workspace.import_file(SEED, unit=f"Xã {number:04d}", year=2023)
        print(f"imported {count} sheets in {time.perf_counter() - start:.1f} s (not timed below)")
        for label, action in (("read the year's sheets (SQLite)", lambda: ranking.year_sheets(workspace, 2023)),
                              ("read + rank (cchc ranking)", lambda: ranking.rank_year(workspace, 2023))):
            times = []
            for _ in range(runs):
                began = time.perf_counter()
                action()
                times.append((time.perf_counter() - began) * 1000)
            print(f"{label:<34} median {statistics.median(times):7.1f} ms   p99 {percentile(times, 0.99):7.1f} ms"
                  f"   ({runs} runs, {count} units)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database", action="store_true",
                        help="also time reading the year's sheets from a database (built first, not timed)")
    args = parser.parse_args()
    start = time.perf_counter()
    entries = sheets(args.units)
    print(f"built {args.units} sheets in {time.perf_counter() - start:.1f} s (not timed below)")
    worst = 0.0
    for label, action in (("rank (appraisal column)", lambda: rank(entries, Column.APPRAISAL)),
                          ("rank + ten largest shortfalls", lambda: (rank(entries), largest_shortfalls(entries)))):
        times = []
        for _ in range(args.runs):
            began = time.perf_counter()
            action()
            times.append((time.perf_counter() - began) * 1000)
        worst = max(worst, statistics.median(times))
        print(f"{label:<34} median {statistics.median(times):7.1f} ms   p99 {percentile(times, 0.99):7.1f} ms"
              f"   ({args.runs} runs, {args.units} units)")
    if args.database:
        from_database(args.units, max(3, args.runs // 3))
    print(f"budget {BUDGET_MS:.0f} ms: {'met' if worst <= BUDGET_MS else 'MISSED'}")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
