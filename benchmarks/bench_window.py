"""Window speed: start to a shown window (vs a bare QMainWindow), and one edit from commit to repaint.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py [--starts 15] [--edits 200]

Measured on the Phong Thổ seed sheet and on a generated 5,000-criteria framework built with the
domain and store APIs in a temporary database. Prints median and p99 for each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from timing import percentile  # noqa: E402

HEAVY = ("reportlab", "openpyxl", "alembic", "pyhanko", "sqlalchemy")

BARE_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# The same steps as cchc_desktop.app.main, without the event loop.
APP_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import cchc_desktop.ui
app = QApplication(sys.argv[:1])
from cchc_desktop.ui import i18n
from cchc_desktop.ui.fonts import install_ui_font
from cchc_desktop.ui.icons import application_icon
install_ui_font(app)
app.setWindowIcon(application_icon())
i18n.install_language("vi")
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.startup import open_workspace
workspace = open_workspace(Path(sys.argv[1]))  # the sqlite3 read; the Workspace takes over after the paint
settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
window = MainWindow(workspace, settings=settings, sheet_id=int(sys.argv[2]))
window.show()
app.processEvents()
heavy = [name for name in {heavy!r} if name in sys.modules]
print("shown", ",".join(heavy) or "-", flush=True)
window.close()
"""


def report(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    line = (f"{label:<58} median {statistics.median(ms):8.1f} ms   p99 {percentile(ms, 0.99):8.1f} ms"
            f"   (n={len(ms)})")
    print(line, flush=True)
    return line


def time_start(code: str, args: list[str], runs: int) -> tuple[list[float], str]:
    """Wall time from launching a fresh interpreter to the child saying its window is shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times, note = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
        line = child.stdout.readline()
        times.append(time.perf_counter() - start)
        child.wait()
        if not line.startswith("shown"):
            raise SystemExit(f"child failed: {line!r}")
        note = line.split()[1] if len(line.split()) > 1 else ""
    return times, note


def build_large(folder: Path) -> tuple[Path, int, str]:
    """A 5,010-criterion framework four levels deep (10 × 10 × 7 × 6), half of its leaves scored."""
    from cchc_desktop.domain.criteria import CriterionSpec, Framework
    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services.workspace import Edit, Workspace
    from cchc_desktop.store import repository

    leaf_max = Decimal("0.25")
    specs = []
    for a in range(1, 11):
        specs.append(CriterionSpec(f"{a}", f"Lĩnh vực thử nghiệm số {a}", leaf_max * 6 * 7 * 10))
        for b in range(1, 11):
            specs.append(CriterionSpec(f"{a}.{b}", f"Tiêu chí {a}.{b} về thủ tục hành chính", leaf_max * 6 * 7))
            for c in range(1, 8):
                specs.append(CriterionSpec(f"{a}.{b}.{c}", f"Tiêu chí thành phần {a}.{b}.{c}", leaf_max * 6))
                for d in range(1, 7):
                    specs.append(CriterionSpec(f"{a}.{b}.{c}.{d}",
                                               f"Nội dung đánh giá {a}.{b}.{c}.{d}: mức độ hoàn thành nhiệm vụ",
                                               leaf_max))
    framework = Framework(specs, name="Bench 5000", year=2030)
    path = folder / "large.db"
    workspace = Workspace.open(path)
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bench 5000", year=2030,
                                                 level="district")
    sheet_id = workspace.create_sheet(unit="Huyện Thử Nghiệm", year=2030, framework_id=framework_id)
    document = workspace.open_sheet(sheet_id)
    leaves = document.sheet.framework.leaves()
    document.apply([Edit(leaf.code, Column.APPRAISAL, leaf_max) for leaf in leaves[::2]], source="bench")
    workspace.close()
    return path, sheet_id, leaves[-1].code


def time_edits(database: Path, sheet_id: int, code: str, runs: int) -> list[float]:
    """One accepted edit through the model (undo command → commit → dataChanged) until the view repainted it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.services.workspace import Workspace
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.tree_model import TreeColumn

    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(database)
    settings = QSettings(str(database.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(workspace, settings=settings, sheet_id=sheet_id)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    index = window.model.index_of(code, TreeColumn.SELF)
    window.view.scrollTo(window.filter_model.mapFromSource(index))
    app.processEvents()
    times = []
    for i in range(runs):
        text = "0,1" if i % 2 else "0,2"
        start = time.perf_counter()
        window.model.setData(index, text)
        # Qt repaints what dataChanged marked dirty (the cell, its ancestors, the totals) on the next pass.
        app.processEvents()
        times.append(time.perf_counter() - start)
        window.undo_stack.clear()  # so consecutive edits are not merged into one command
    window.close()
    workspace.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=15)
    parser.add_argument("--edits", type=int, default=200)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from cchc_desktop.services import DEMO_UNIT, Workspace

    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    seed_db = folder / "seed.db"
    with Workspace.open(seed_db, demo=True) as workspace:
        seed_id = next(s.id for s in workspace.sheets() if s.unit == DEMO_UNIT)
        seed_leaf = workspace.open_sheet(seed_id).sheet.framework.leaves()[40].code
    large_db, large_id, large_leaf = build_large(folder)
    settings = str(folder / "bench.ini")

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    bare, _ = time_start(BARE_CHILD, [], options.starts)
    report("start: bare PySide6 QMainWindow shown", bare)
    app_code = APP_CHILD.replace("{heavy!r}", repr(HEAVY))
    seed_start, heavy = time_start(app_code, [str(seed_db), str(seed_id), settings], options.starts)
    report("start: CCHC window shown, seed sheet (114 rows)", seed_start)
    print(f"  heavy modules loaded at start: {heavy}")
    large_start, heavy = time_start(app_code, [str(large_db), str(large_id), settings], options.starts)
    report("start: CCHC window shown, 5,010-criteria sheet", large_start)
    report("edit: commit → repaint, seed sheet", time_edits(seed_db, seed_id, seed_leaf, options.edits))
    report("edit: commit → repaint, 5,010-criteria sheet (depth 4)",
           time_edits(large_db, large_id, large_leaf, options.edits))


if __name__ == "__main__":
    main()
