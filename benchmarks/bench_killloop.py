"""Kill-loop: SIGKILL a child editing through the services N times; count lost edits and integrity failures."""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "safety"))
from killloop import KillLoop  # noqa: E402

from timing import SEED, percentile  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=250)
    parser.add_argument("--max-delay", type=float, default=0.3, help="longest wait before a kill, seconds")
    parser.add_argument("--seed", type=int, default=None, help="random seed for the kill moments")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    with tempfile.TemporaryDirectory() as folder:
        loop = KillLoop(Path(folder) / "cchc.db", SEED, rng=random.Random(seed))
        durations, edits = [], []
        lost = integrity_failures = audit_failures = one_more = 0
        try:
            for _ in range(args.rounds):
                started = time.perf_counter()
                result = loop.round(max_delay=args.max_delay)
                durations.append(time.perf_counter() - started)
                edits.append(result.reported)
                lost += result.lost
                integrity_failures += result.integrity != "ok"
                audit_failures += not result.audit_ok
                one_more += result.extra
        finally:
            loop.close()
    print(f"machine: {platform.machine()} {platform.processor() or ''} {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    print(f"seed {seed}: {args.rounds} kills, {sum(edits)} reported edits, "
          f"{one_more} kills fell between a commit and its report")
    print(f"lost edits: {lost}; integrity failures: {integrity_failures}; audit/score disagreements: {audit_failures}")
    print(f"edits per round: median {statistics.median(edits):.0f}, p99 {percentile(edits, 0.99):.0f}")
    print(f"round time (fork, edit, kill, check): median {statistics.median(durations) * 1000:.0f} ms, "
          f"p99 {percentile(durations, 0.99) * 1000:.0f} ms")
    return 0 if lost == integrity_failures == audit_failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
