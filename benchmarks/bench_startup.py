"""Whole-process start times against bare floors, each pair run alternately so the machine's noise cancels out.

Run: .venv/bin/python benchmarks/bench_startup.py [--pairs 11] [--only window|print|show]

Pairs (program vs floor, both as fresh processes):
- window shown with the seed sheet (`cchc-desktop --screenshot`, offscreen) vs floors/bare_window.py
- `cchc print 1 -o F.pdf` vs floors/bare_print.py (the seed's rows as one reportlab Table, one TTF)
- `cchc show 1 --json` vs `python -c pass`
Prints each side's median and p99 and the ratio of medians, and the same for CPU time (user + system),
which a busy shared machine disturbs less; it checks nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from timing import SEED, percentile  # noqa: E402

FLOORS = ROOT / "benchmarks" / "floors"
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Regular.ttf"


def run_seconds(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one process: on a shared machine the CPU time varies
    far less than the wall clock, which also counts the time other work held the cores."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=11)
    parser.add_argument("--only", choices=("window", "print", "show"), help="run only this pair")
    arguments = parser.parse_args()
    python = sys.executable
    bin_dir = Path(python).parent
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work),
                           XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
        # An installed program runs from byte-code; with PYTHONDONTWRITEBYTECODE set (as in some shells here)
        # every run would compile the program's own modules again and the floor's one file only.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        database = work / "seed.db"
        subprocess.run([str(bin_dir / "cchc"), "--db", str(database), "import", str(SEED),
                        "--unit", "Huyện Phong Thổ", "--year", "2023"],
                       check=True, env=environment, stdout=subprocess.DEVNULL)
        pairs = {
            "window": ("window shown (--screenshot)", (
                [str(bin_dir / "cchc-desktop"), "--db", str(database), "--sheet", "1", "--screenshot",
                 str(work / "window.png")],
                [python, str(FLOORS / "bare_window.py")])),
            "print": ("cchc print 1 -o F.pdf", (
                [str(bin_dir / "cchc"), "--db", str(database), "print", "1", "-o", str(work / "sheet.pdf")],
                [python, str(FLOORS / "bare_print.py"), str(SEED), str(FONT), str(work / "bare.pdf")])),
            "show": ("cchc show 1 --json", (
                [str(bin_dir / "cchc"), "--db", str(database), "show", "1", "--json"],
                [python, "-c", "pass"])),
        }
        for key, (label, (program, floor)) in pairs.items():
            if arguments.only and key != arguments.only:
                continue
            run_seconds(program, environment)  # warm the file cache and byte-code once
            run_seconds(floor, environment)
            program_runs, floor_runs = [], []
            for _ in range(arguments.pairs):
                program_runs.append(run_seconds(program, environment))
                floor_runs.append(run_seconds(floor, environment))
            program_times, program_cpu = [run[0] for run in program_runs], [run[1] for run in program_runs]
            floor_times, floor_cpu = [run[0] for run in floor_runs], [run[1] for run in floor_runs]
            program_median = statistics.median(program_times)
            floor_median = statistics.median(floor_times)
            cpu_ratio = statistics.median(program_cpu) / statistics.median(floor_cpu)
            print(f"{label:<30} program median {program_median:6.3f} s  p99 {percentile(program_times, 0.99):6.3f} s"
                  f" | floor median {floor_median:6.3f} s  p99 {percentile(floor_times, 0.99):6.3f} s"
                  f" | ratio {program_median / floor_median:5.2f}x  ({arguments.pairs} pairs)"
                  f" | CPU medians {statistics.median(program_cpu):6.3f} / {statistics.median(floor_cpu):6.3f} s,"
                  f" ratio {cpu_ratio:5.2f}x")


if __name__ == "__main__":
    main()
