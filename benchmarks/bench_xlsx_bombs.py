"""Hostile .xlsx workbooks (issue 17.9): each import's outcome, time and peak memory, in a child process."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from xlsx_bombs import BOMBS, import_in_child  # noqa: E402

PEAK_LIMIT_MB = 300
SECONDS_LIMIT = 10


def main() -> int:
    failures = 0
    print(f"{'workbook':<28} {'file':>9}  {'outcome':<44} {'time':>8} {'peak RSS':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for label, build in BOMBS.items():
            path = Path(folder) / "bomb.xlsx"
            path.write_bytes(build())
            size = path.stat().st_size
            outcome = import_in_child(path)
            what = (f"imported, total {outcome['imported']}" if "imported" in outcome
                    else f"refused ({outcome['refused']})")
            ok = outcome["peak_mb"] <= PEAK_LIMIT_MB and outcome["seconds"] <= SECONDS_LIMIT
            failures += not ok
            print(f"{label:<28} {size / 1024:7.1f} kB  {what:<44} {outcome['seconds'] * 1000:6.0f} ms "
                  f"{outcome['peak_mb']:6.0f} MB{'' if ok else '  OVER THE LIMIT'}")
            if "message" in outcome:
                print(f"{'':<40}“{outcome['message']}”")
    # The children's peak as the kernel keeps it; on Linux it also counts this process's size at each fork.
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest child ru_maxrss (RUSAGE_CHILDREN): {children:.0f} MB; limits {PEAK_LIMIT_MB} MB, "
          f"{SECONDS_LIMIT} s each")
    return 1 if failures else 0


if __name__ == "__main__":
    start = time.perf_counter()
    status = main()
    print(f"({time.perf_counter() - start:.1f} s in all, building the bombs included)")
    sys.exit(status)
