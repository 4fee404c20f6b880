"""Core timings: import, one committed edit with its roll-up, and show --json, on the seed and on 5,000 criteria."""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import write_table  # noqa: E402
from timing import SEED, percentile  # noqa: E402

from cchc_desktop.domain.scoring import Column  # noqa: E402
from cchc_desktop.services import Workspace  # noqa: E402



def measure(action: Callable[[int], object], runs: int) -> tuple[float, float]:
    """Median and p99 of ``runs`` calls, in milliseconds."""
    times = []
    for index in range(runs):
        started = time.perf_counter()
        action(index)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), percentile(times, 0.99)


def report(name: str, label: str, result: tuple[float, float], runs: int) -> None:
    print(f"{name:<34} {label:<16} median {result[0]:9.3f} ms   p99 {result[1]:9.3f} ms   ({runs} runs)")


def bench(table: Path, label: str, runs: dict[str, int], folder: Path) -> None:
    with Workspace.open(folder / f"{label}.db") as workspace:
        result = measure(lambda i: workspace.import_file(table, unit=f"Đơn vị {i}", year=2023), runs["import"])
        report("import (parse, check, store)", label, result, runs["import"])
        document = workspace.open_sheet(workspace.sheets()[0].id)
        leaves = document.sheet.framework.leaves()
        deepest = max(leaves, key=lambda leaf: leaf.level)
        values = [(deepest.maximum / 4).quantize(Decimal("0.01")), (deepest.maximum / 2).quantize(Decimal("0.01"))]
        result = measure(lambda i: document.set_score(deepest.code, Column.APPRAISAL, values[i % 2]), runs["set"])
        report(f"set (commit + roll-up, depth {deepest.level})", label, result, runs["set"])
        sheet = document.sheet
        result = measure(lambda i: sheet.set_score(deepest.code, Column.SELF, values[i % 2]), runs["set"] * 10)
        report("roll-up alone (in memory)", label, result, runs["set"] * 10)
        result = measure(lambda i: json.dumps(workspace.open_sheet(document.id).as_dict(), ensure_ascii=False),
                         runs["show"])
        report("show --json (load + serialise)", label, result, runs["show"])
        database = folder / f"{label}.db"
    command = [sys.executable, "-m", "cchc_desktop.cli", "--db", str(database), "show", "1", "--json"]
    result = measure(lambda i: subprocess.run(command, capture_output=True, check=True), runs["process"])
    report("cchc show --json (whole process)", label, result, runs["process"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    scale = 0.2 if args.quick else 1
    runs = {k: max(3, int(v * scale)) for k, v in {"import": 30, "set": 300, "show": 30, "process": 10}.items()}
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'cpu'}")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        big = write_table(folder / "5000.txt", 5000)
        bench(SEED, "seed (114)", runs, folder)
        bench(big, "generated (5000)", {**runs, "import": max(3, runs["import"] // 3)}, folder)


if __name__ == "__main__":
    main()
