"""Many writers at once (issue 16): 20 processes × 500 edits on one PostgreSQL database, some on the same cells;
then one writer × 500 edits on an SQLite file for comparison. Counts what the writers were told against what is
stored and logged, checks the audit chain, prints p50/p99 edit latency.

    bash scripts/postgres.sh start          # prints the server's URL (CCHC_PG_FSYNC=on for figures worth keeping)
    .venv/bin/python benchmarks/bench_pg_writers.py --server postgresql://…/postgres

Local only: it creates a database named cchc_bench_<pid> on that server and drops it afterwards.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "services"))
from concurrent_writers import Outcome, run, wake_up_delays  # noqa: E402

from timing import percentile  # noqa: E402


def _server_url(given: str | None) -> str:
    if given:
        return given
    if os.environ.get("CCHC_TEST_POSTGRES"):
        return os.environ["CCHC_TEST_POSTGRES"]
    return subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "url"], check=True, capture_output=True,
                          text=True).stdout.strip()


def _report(name: str, outcome: Outcome) -> None:
    times = [seconds * 1000 for seconds in outcome.latencies]
    print(f"{name}: {outcome.writers} writer(s), {outcome.attempted} edits in {outcome.seconds:.1f} s "
          f"({outcome.attempted / outcome.seconds:.0f} edits/s)")
    print(f"  acknowledged {outcome.acknowledged}, conflicts told {outcome.conflicts}, other refusals "
          f"{len(outcome.errors)}")
    print(f"  acknowledged edits lost {outcome.lost}, logged but never acknowledged {outcome.unacknowledged}, "
          f"overwrites without a conflict {outcome.broken_chain}, stored ≠ last logged {outcome.final_mismatches}, "
          f"conflicts naming a value never stored {outcome.untrue_conflicts}")
    print(f"  audit chain verifies: {outcome.audit_ok}" + (f" {outcome.audit_problems[:3]}" if not outcome.audit_ok
                                                           else ""))
    print(f"  edit latency: p50 {statistics.median(times):.1f} ms, p99 {percentile(times, 0.99):.1f} ms, "
          f"max {max(times):.1f} ms")
    print(f"  sound: {outcome.sound}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", help="a PostgreSQL maintenance URL (default $CCHC_TEST_POSTGRES, else "
                                         "scripts/postgres.sh url)")
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--edits", type=int, default=500, help="edits per writer")
    parser.add_argument("--hot-share", type=float, default=0.2,
                        help="share of each writer's edits made on the 3 cells every writer edits")
    parser.add_argument("--sqlite-edits", type=int, default=500, help="edits of the one SQLite writer (0: skip)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before the writers are stopped")
    args = parser.parse_args()

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(_server_url(args.server)).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"cchc_bench_{os.getpid()}"
    with admin.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar()
        fsync = connection.exec_driver_sql("SHOW fsync").scalar()
        commit = connection.exec_driver_sql("SHOW synchronous_commit").scalar()
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    print(f"machine: {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, {platform.system()} "
          f"{platform.release()}, Python {platform.python_version()}, load average "
          f"{' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    print(f"PostgreSQL {version} on 127.0.0.1, fsync={fsync}, synchronous_commit={commit}")
    try:
        location = url.set(database=name, drivername="postgresql").render_as_string(hide_password=False)
        outcome = run(location, writers=args.writers, edits=args.edits, hot_share=args.hot_share,
                      timeout=args.timeout)
        _report("PostgreSQL", outcome)
        woken, reads = wake_up_delays(location, outcome.sheet_id)
        woken_ms, reads_ms = [value * 1000 for value in woken], [value * 1000 for value in reads]
        print(f"  another window hears of an edit (edit start → notification): p50 {statistics.median(woken_ms):.1f} "
              f"ms, p99 {percentile(woken_ms, 0.99):.1f} ms; its feed reads the change in: p50 "
              f"{statistics.median(reads_ms):.1f} ms, p99 {percentile(reads_ms, 0.99):.1f} ms ({len(woken)} edits)")
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    sound = outcome.sound
    if args.sqlite_edits:
        with tempfile.TemporaryDirectory() as folder:
            # SQLite takes one writer at a time (the lock file): one writer shows its latency.
            sqlite = run(Path(folder) / "cchc.db", writers=1, edits=args.sqlite_edits, hot_share=args.hot_share,
                         timeout=args.timeout)
        _report("SQLite (WAL, synchronous=FULL, local disk)", sqlite)
        sound = sound and sqlite.sound
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
