"""Overview speed: open the overview window on a year of 1,000 generated sheets, then scroll it; budget 1 s to open.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_overview.py [--units 1000] [--runs 9]
     [--shots DIR]   (also saves PNGs of the window with 38 units and with --units, in English and Vietnamese)

Sheets are the 2023 set (114 rows, 87 leaves) with every leaf's appraisal score drawn at random (seeded) between
half and all of its maximum, written straight into a temporary database (not timed). "Open" is the wall time
from constructing OverviewWindow (read the year from SQLite, rank, fill the model) to its first paint; "scroll"
is one page down of the table, repainted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import SEED, percentile  # noqa: E402

BUDGET_MS = 1000.0

COMMUNES = ("Khổng Lào", "Hoang Thèn", "Bản Lang", "Dào San", "Sì Lở Lầu", "Mù Sang", "Ma Ly Pho", "Sin Suối Hồ",
            "Tông Qua Lìn", "Vàng Ma Chải", "Mồ Sì San", "Pa Vây Sử", "Nậm Xe", "Bản Bo", "Bình Lư", "Tả Lèng")


def unit_name(number: int) -> str:
    return f"Xã {COMMUNES[number % len(COMMUNES)]}" + (f" {number // len(COMMUNES) + 1}" if number >= 16 else "")


def build(path: Path, count: int, year: int = 2023) -> None:
    """``count`` sheets of ``year`` in a new database at ``path``, scored at random."""
    from sqlalchemy import insert, select

    from cchc_desktop.services import Workspace
    from cchc_desktop.store import schema

    chance = random.Random(count)
    with Workspace.open(path) as workspace:
        first = workspace.import_file(SEED, unit=unit_name(0), year=year).sheet_id
        framework_id = workspace.sheet_info(first).framework_id
        ids = [workspace.create_sheet(unit=unit_name(n), year=year, framework_id=framework_id)
               for n in range(1, count)]
        with workspace.engine.begin() as connection:
            c = schema.criterion
            criteria = connection.execute(select(c.c.id, c.c.code, c.c.maximum_hundredths)
                                          .where(c.c.framework_id == framework_id)).all()
            parents = {row.code.rsplit(".", 1)[0] for row in criteria if "." in row.code}
            leaves = [(row.id, row.maximum_hundredths) for row in criteria if row.code not in parents]
            rows = []
            for number, sheet_id in enumerate(ids):
                skill = chance.uniform(0.45, 1.0)
                unscored = number % 97 == 5  # now and then a unit that has not been appraised yet
                for criterion_id, maximum in leaves:
                    if unscored:
                        continue
                    rows.append({"sheet_id": sheet_id, "criterion_id": criterion_id, "self_hundredths": None,
                                 "appraisal_hundredths": min(maximum, int(maximum * chance.uniform(skill - 0.3, 1.0)))
                                 if chance.random() > 0.02 else None, "note": None})
            connection.execute(insert(schema.score), [r for r in rows if r["appraisal_hundredths"] is not None])


def open_window(workspace, app):  # noqa: ANN001, ANN201
    from cchc_desktop.ui.overview import OverviewWindow

    began = time.perf_counter()
    window = OverviewWindow(workspace, year=2023)
    window.show()
    window.repaint()
    app.processEvents()
    return window, (time.perf_counter() - began) * 1000


def scroll(window, app) -> list[float]:  # noqa: ANN001
    bar = window.table.verticalScrollBar()
    times = []
    while bar.value() < bar.maximum():
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.table.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    return times


def shots(folder: Path, count: int) -> None:
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.services import Workspace
    from cchc_desktop.ui import i18n

    app = QApplication.instance()
    folder.mkdir(parents=True, exist_ok=True)
    for units in (38, count):
        path = Path(tempfile.mkdtemp(prefix="overview-shots-")) / "shots.db"
        build(path, units)
        with Workspace.open(path) as workspace:
            for language in ("vi", "en"):
                i18n.install_language(language)
                window, _ = open_window(workspace, app)
                window.resize(1366, 860)
                window.table.selectRow(3)
                for tab in (0, 1):
                    window.charts.setCurrentIndex(tab)
                    app.processEvents()
                    target = folder / f"overview-{units}-{language}-{'index' if tab == 0 else 'areas'}.png"
                    window.grab().save(str(target), "PNG")
                    print("saved", target)
                window.close()
                window.deleteLater()
                app.processEvents()
    i18n.install_language("en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--shots", type=Path, help="also save screenshots into this folder")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    import cchc_desktop.ui  # noqa: F401 - the program's PySide6 guard
    from cchc_desktop.services import Workspace
    from cchc_desktop.ui import fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.install_ui_font(app)  # the font the program uses, so text widths are the real ones
    path = Path(tempfile.mkdtemp(prefix="bench-overview-")) / "overview.db"
    began = time.perf_counter()
    build(path, args.units)
    print(f"built {args.units} sheets in {time.perf_counter() - began:.1f} s (not timed below)")
    opens, scrolls = [], []
    with Workspace.open(path) as workspace:
        window, first = open_window(workspace, app)  # the first one imports reportlab-free UI modules: shown apart
        window.close()
        window.deleteLater()
        for _ in range(args.runs):
            window, took = open_window(workspace, app)
            opens.append(took)
            scrolls.extend(scroll(window, app))
            window.close()
            window.deleteLater()
            app.processEvents()
    print(f"first open in the process            {first:7.1f} ms")
    print(f"open (read, rank, model, first paint) median {statistics.median(opens):7.1f} ms"
          f"   p99 {percentile(opens, 0.99):7.1f} ms   ({args.runs} runs, {args.units} units)")
    print(f"scroll one page, repainted           median {statistics.median(scrolls):7.1f} ms"
          f"   p99 {percentile(scrolls, 0.99):7.1f} ms   ({len(scrolls)} pages)")
    if args.shots:
        shots(args.shots, args.units)
    worst = statistics.median(opens)
    print(f"budget {BUDGET_MS:.0f} ms to open: {'met' if worst <= BUDGET_MS else 'MISSED'}")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
