"""Database under load: 1,000 sheets × 114 rows written through the services, read back exactly; size and timings."""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import backup
from timing import SEED, percentile  # run as a script, the benchmarks folder is on sys.path



def line(label: str, seconds: list[float]) -> str:
    return (f"{label}: median {statistics.median(seconds) * 1000:.1f} ms, p99 {percentile(seconds, 0.99) * 1000:.1f} ms"
            f" ({len(seconds)} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, default=1000)
    parser.add_argument("--keep", help="write the database here instead of a temporary folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp())
    path = folder / "bulk.db"
    path.unlink(missing_ok=True)

    imports, reads, opens = [], [], []
    with Workspace.open(path) as workspace:
        expected_table = workspace.read_table_file(SEED)
        rows = len(expected_table.framework)
        for number in range(args.sheets):
            started = time.perf_counter()
            # Years cycle so that one unit may hold several sheets, as in real use.
            workspace.import_file(SEED, unit=f"Huyện {number // 10 + 1:04d}", year=2014 + number % 10)
            imports.append(time.perf_counter() - started)
    size = path.stat().st_size

    mismatches = 0
    started = time.perf_counter()
    with Workspace.open(path) as workspace:
        opens.append(time.perf_counter() - started)
        sheets = workspace.sheets()
        for info in sheets:
            started = time.perf_counter()
            sheet = workspace.open_sheet(info.id).sheet
            reads.append(time.perf_counter() - started)
            for node in expected_table.framework:
                for column in Column:
                    if sheet.entry(node.code, column) != expected_table.sheet.entry(node.code, column):
                        mismatches += 1
                if sheet.note(node.code) != expected_table.sheet.note(node.code):
                    mismatches += 1
        started = time.perf_counter()
        check = safety.verify_audit(workspace)
        verify_seconds = time.perf_counter() - started
        started = time.perf_counter()
        taken = backup.take(path, "bench")
        backup_seconds = time.perf_counter() - started
    for _ in range(4):
        started = time.perf_counter()
        Workspace.open(path).close()
        opens.append(time.perf_counter() - started)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, {cores} cores")
    print(f"{len(sheets)} sheets × {rows} rows; read back: {mismatches} mismatches")
    print(f"database file: {size / 1024 / 1024:.1f} MB ({size / len(sheets) / 1024:.1f} KB per sheet); "
          f"backup (VACUUM INTO): {taken.size / 1024 / 1024:.1f} MB in {backup_seconds * 1000:.0f} ms")
    print(line("import one sheet (write + audit, one transaction)", imports))
    print(line("open one sheet (load + roll-up)", reads))
    print(line("open the database (lock + quick_check + schema)", opens))
    print(f"audit-verify over {check.rows} rows: {verify_seconds * 1000:.0f} ms, ok={check.ok}")
    return 0 if mismatches == 0 and check.ok and len(sheets) == args.sheets else 1


if __name__ == "__main__":
    sys.exit(main())
