"""Many writers on one sheet at once (issue 16): each in a process of its own, some on the same cells, and what they
were told checked against what is stored and logged. Used by tests/services/test_concurrent_writers.py and
benchmarks/bench_pg_writers.py.

Run as a script, it is one writer (``--writer JSON``): it opens the database, waits for the go file, makes its
edits through SheetDocument.set_score (the window's road, compare-and-set included) and writes what it was told
as JSON.
"""

from __future__ import annotations

import json
from collections import Counter
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "demo" / "phong-tho-2023.txt"  # the Phong Thổ 2023 sheet: 87 leaves
HOT_CELLS = 3  # the first leaves' self-assessment: every writer edits them now and then


@dataclass
class Outcome:
    """What the writers were told and what the database holds, compared."""

    writers: int
    attempted: int = 0
    acknowledged: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)  # refusals other than a conflict (none expected)
    lost: int = 0  # acknowledged edits the log does not hold, in the writer's order
    unacknowledged: int = 0  # logged edits no writer was told about
    broken_chain: int = 0  # log rows of a cell whose old value is not the previous row's new one: an overwrite
    final_mismatches: int = 0  # cells whose stored value is not the last logged one
    untrue_conflicts: int = 0  # conflicts naming a value the cell never held
    audit_ok: bool = False
    audit_problems: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)  # seconds per edit, acknowledged or refused
    seconds: float = 0.0  # from go to the last writer's end
    sheet_id: int = 0

    @property
    def sound(self) -> bool:
        return (not self.errors and not self.lost and not self.unacknowledged and not self.broken_chain
                and not self.final_mismatches and not self.untrue_conflicts and self.audit_ok
                and self.acknowledged + self.conflicts == self.attempted)


def _cells(document) -> list[tuple[str, str]]:  # noqa: ANN001 - a SheetDocument
    from cchc_desktop.domain.scoring import Column

    return [(leaf.code, column.value) for leaf in document.sheet.framework.leaves()
            for column in (Column.SELF, Column.APPRAISAL)]


def _hundredths(value: Decimal | None) -> int | None:
    from cchc_desktop.domain.numbers import to_hundredths

    return None if value is None else to_hundredths(value)


def write(spec: dict) -> dict:
    """One writer's edits; what it was told, as plain data."""
    from cchc_desktop.domain.errors import CchcError
    from cchc_desktop.domain.numbers import from_hundredths
    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import Workspace
    from cchc_desktop.services.errors import EditConflictError

    index, writers = spec["writer"], spec["writers"]
    rng = random.Random(spec["seed"] * 1000 + index)
    workspace = Workspace.open(spec["location"], create=False)
    told: dict = {"writer": index, "acknowledged": [], "conflicts": [], "errors": [], "latencies": []}
    try:
        document = workspace.open_sheet(spec["sheet_id"])
        cells = _cells(document)
        hot = [cell for cell in cells if cell[1] == "self"][:HOT_CELLS]
        own = [cell for number, cell in enumerate(cell for cell in cells if cell not in hot)
               if number % writers == index]
        Path(spec["ready"]).joinpath(str(index)).touch()
        go = Path(spec["go"])
        while not go.exists():
            time.sleep(0.005)
        source = f"bench-w{index}"
        for _ in range(spec["edits"]):
            code, column_name = rng.choice(hot) if rng.random() < spec["hot_share"] else rng.choice(own)
            column = Column(column_name)
            maximum = _hundredths(document.sheet.framework.get(code).maximum)
            current = _hundredths(document.sheet.entry(code, column))
            value = rng.choice([number for number in range(0, maximum + 1, 25) if number != current] or [None])
            started = time.perf_counter()
            try:
                document.set_score(code, column, None if value is None else from_hundredths(value), source=source)
                told["acknowledged"].append([code, column_name, value])
            except EditConflictError as conflict:
                told["conflicts"].append([code, column_name, _hundredths(conflict.current)])
            except CchcError as error:
                told["errors"].append(f"{code} {column_name}: {error}")
            told["latencies"].append(time.perf_counter() - started)
    finally:
        workspace.close()
    return told


def run(location: str | Path, *, writers: int, edits: int, hot_share: float = 0.2, seed: int = 16,
        timeout: float = 600) -> Outcome:
    """Import the seed sheet into ``location``, run ``writers`` processes of ``edits`` edits each, and check."""
    from cchc_desktop.services import Workspace

    workspace = Workspace.open(location)
    try:
        sheet_id = workspace.import_file(SEED, unit="Huyện Phong Thổ", year=2023).sheet_id
        document = workspace.open_sheet(sheet_id)
        before = {(code, column): _hundredths(document.sheet.entry(code, _column(column)))
                  for code, column in _cells(document)}
    finally:
        workspace.close()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        ready, go = folder / "ready", folder / "go"
        ready.mkdir()
        processes = []
        for index in range(writers):
            spec = {"location": str(location), "sheet_id": sheet_id, "writer": index, "writers": writers,
                    "edits": edits, "hot_share": hot_share, "seed": seed, "ready": str(ready), "go": str(go)}
            output = folder / f"writer-{index}.json"
            processes.append((subprocess.Popen([sys.executable, __file__, "--writer", json.dumps(spec),
                                                "--output", str(output)], cwd=ROOT), output))
        deadline = time.monotonic() + timeout
        while len(list(ready.iterdir())) < writers:
            if time.monotonic() > deadline or any(process.poll() not in (None, 0) for process, _ in processes):
                for process, _ in processes:
                    process.kill()
                raise RuntimeError("the writers did not all start")
            time.sleep(0.02)
        started = time.perf_counter()
        go.touch()
        for process, _ in processes:
            process.wait(max(1.0, deadline - time.monotonic()))
        seconds = time.perf_counter() - started
        reports = []
        for process, output in processes:
            if process.returncode != 0:
                raise RuntimeError(f"a writer failed (exit {process.returncode})")
            reports.append(json.loads(output.read_text(encoding="utf-8")))
    outcome = check(location, sheet_id, before, reports)
    outcome.seconds, outcome.sheet_id = seconds, sheet_id
    return outcome


def wake_up_delays(location: str, sheet_id: int, *, edits: int = 50) -> tuple[list[float], list[float]]:
    """How soon another window hears of an edit: seconds from an edit's start to the server's notification
    reaching a listener (services.feed.listen), and the seconds the window's feed then takes to read it in."""
    import queue
    import threading

    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import Workspace, feed

    workspace = Workspace.open(location, create=False)
    arrivals: queue.Queue[float] = queue.Queue()
    stop = threading.Event()
    listener = threading.Thread(target=feed.listen, args=(workspace, lambda _sheet: arrivals.put(time.perf_counter()),
                                                          stop))
    try:
        writer, window = workspace.open_sheet(sheet_id), workspace.open_sheet(sheet_id)
        changes = feed.ChangeFeed(window)
        listener.start()
        time.sleep(0.5)  # LISTEN in place
        code = next(iter(writer.sheet.framework.leaves())).code
        woken, reads = [], []
        for number in range(edits):
            started = time.perf_counter()
            writer.set_score(code, Column.SELF, Decimal(number % 2), source="bench-wake")
            woken.append(arrivals.get(timeout=10) - started)
            started = time.perf_counter()
            changes.poll()
            reads.append(time.perf_counter() - started)
        return woken, reads
    finally:
        stop.set()
        if listener.is_alive():
            listener.join(5)
        workspace.close()


def _column(name: str):  # noqa: ANN202 - a Column
    from cchc_desktop.domain.scoring import Column

    return Column(name)


def check(location: str | Path, sheet_id: int, before: dict, reports: list[dict]) -> Outcome:
    """Compare what each writer was told with the audit log and the stored scores."""
    from cchc_desktop.services import Workspace, safety
    from cchc_desktop.store import audit

    def number(text: str | None) -> int | None:  # the log writes scores as plain decimals ("0.25")
        return None if text is None else _hundredths(Decimal(text))

    outcome = Outcome(writers=len(reports))
    workspace = Workspace.open(location, create=False)
    try:
        with workspace.engine.connect() as connection:
            rows = [row for row in audit.history(connection, sheet_id) if row.source.startswith("bench-w")]
        stored = workspace.open_sheet(sheet_id).sheet
        verification = safety.verify_audit(workspace)
    finally:
        workspace.close()
    outcome.audit_ok, outcome.audit_problems = verification.ok, list(verification.problems)
    # Per cell, in log order: each change starts from the value the previous one left (else one was overwritten).
    history: dict[tuple[str, str], list[int | None]] = {cell: [value] for cell, value in before.items()}
    for row in rows:
        values = history[(row.code, row.field)]
        if number(row.old) != values[-1]:
            outcome.broken_chain += 1
        values.append(number(row.new))
    for (code, column), values in history.items():
        if _hundredths(stored.entry(code, _column(column))) != values[-1]:
            outcome.final_mismatches += 1
    # Per writer, in its order: what it was told was stored is what the log holds under its name.
    logged: dict[str, list[list]] = {}
    for row in rows:
        logged.setdefault(row.source, []).append([row.code, row.field, number(row.new)])
    for report in reports:
        mine = Counter(map(tuple, logged.pop(f"bench-w{report['writer']}", [])))
        told = Counter(map(tuple, report["acknowledged"]))
        outcome.lost += sum((told - mine).values())
        outcome.unacknowledged += sum((mine - told).values())
        told = report["acknowledged"]
        outcome.acknowledged += len(told)
        outcome.conflicts += len(report["conflicts"])
        outcome.errors += report["errors"]
        outcome.attempted += len(report["latencies"])
        outcome.latencies += report["latencies"]
        for code, column, value in report["conflicts"]:
            outcome.untrue_conflicts += value not in history[(code, column)]
    outcome.unacknowledged += sum(len(rest) for rest in logged.values())
    return outcome


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    arguments = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    result = write(json.loads(arguments["--writer"]))
    Path(arguments["--output"]).write_text(json.dumps(result), encoding="utf-8")
