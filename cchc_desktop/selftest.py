"""``--self-test``: prove an installed or bundled copy works end to end, without a screen.

Run as ``cchc-desktop -platform offscreen --self-test [--report=FILE] [--keep]``. In a
fresh temporary folder (never the user's data folder) it

- reports its own start time (process start to Qt running, a line "start: 0.83 s"),
0. imports every module the program needs (a bundle missing one fails here, by name),
   and asks psycopg's libpq for its version (the PostgreSQL client library loads),
1. opens a new database (schema by the Alembic migrations, built-in framework, demo
   Phong Thổ 2023 sheet),
2. checks the demo sheet's appraisal total is 79,24,
3. sets a score and reads it back (through a fresh connection),
4. prints the sheet to PDF and opens that PDF with QtPdf,
5. renders the main window to a PNG,

prints what it did, writes the same report to FILE if given, and returns 0 only if
every step passed. There are no stand-ins: a missing module is a failure, so a bundle
without reportlab or the window cannot say SELFTEST OK. The bundled app and the Windows
installer smoke test rely on it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from decimal import Decimal
from pathlib import Path

EXPECTED_DEMO_TOTAL = "79,24"

# What the program imports at some point (some only when a menu item is used, such as
# openpyxl for .xlsx import): PyInstaller may leave any of them out of a bundle.
REQUIRED_MODULES = (
    "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport", "sqlalchemy", "alembic", "reportlab", "_rl_accel", "openpyxl", "docx",
    "platformdirs", "pyhanko",
    # PostgreSQL (--db postgresql://…): importing psycopg loads its bundled libpq
    "psycopg", "sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.postgresql",
    "cchc_desktop.services", "cchc_desktop.services.printing", "cchc_desktop.reports.pdf",
    "cchc_desktop.ui.main_window", "cchc_desktop.ui.print_preview", "cchc_desktop.ui.i18n",
    "cchc_desktop.ui.fonts",
)


class SelfTestFailure(Exception):
    pass


def process_age() -> float | None:
    """Seconds since this process was created (by the OS clock), or None where unknown.

    Counts what a user waits for before the program does anything: the bundle's
    bootloader, unpacking nothing (one folder), the interpreter and the first imports.
    """
    try:
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            # Own prototypes: without them ctypes passes the pseudo-handle of
            # GetCurrentProcess() (-1) as a 32-bit int, and GetProcessTimes fails.
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            filetime_p = ctypes.POINTER(wintypes.FILETIME)
            kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [filetime_p] * 4
            kernel32.GetProcessTimes.restype = wintypes.BOOL
            kernel32.GetSystemTimeAsFileTime.argtypes = [filetime_p]
            kernel32.GetSystemTimeAsFileTime.restype = None
            created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
            if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created),
                                            ctypes.byref(exited), ctypes.byref(kernel), ctypes.byref(user)):
                return None
            now = wintypes.FILETIME()
            kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(ft: wintypes.FILETIME) -> int:  # 100-ns units
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (ticks(now) - ticks(created)) / 1e7
        if sys.platform.startswith("linux"):
            # field 22 of /proc/self/stat: start time in clock ticks after boot
            stat = Path("/proc/self/stat").read_text()
            start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError, IndexError):
        return None
    return None


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.t0 = time.perf_counter()

    def say(self, text: str) -> None:
        line = f"[{time.perf_counter() - self.t0:6.2f}s] {text}"
        self.lines.append(line)
        _emit(line)


def _emit(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed program started without a console
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def _prepare_stdout() -> None:
    # A Windows console or pipe may be cp1252: never fail on Vietnamese text.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def _option(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
    return None


def _qt_argv(argv: list[str]) -> list[str]:
    """argv for QApplication: the program name and Qt's own options, not ours."""
    ours = ("--self-test", "--keep", "--report")
    out = [argv[0] if argv else "cchc-desktop"]
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        if arg == "--report":
            skip = True
            continue
        if arg.startswith(ours):
            continue
        out.append(arg)
    return out


# --- steps ----------------------------------------------------------------------------
def _import_everything(report: _Report) -> None:
    import importlib

    missing = []
    for name in REQUIRED_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            missing.append(f"{name} ({error})")
    if missing:
        raise SelfTestFailure("missing from this installation: " + "; ".join(missing))
    report.say(f"modules: all {len(REQUIRED_MODULES)} needed modules import")
    _check_libpq(report)


def _check_libpq(report: _Report) -> None:
    """The PostgreSQL client library answers: a bundle whose libpq cannot load fails here, by name."""
    import psycopg

    try:
        implementation = psycopg.pq.__impl__
        version = psycopg.pq.version_pretty(psycopg.pq.version())
    except Exception as error:  # noqa: BLE001 - any failure of the library is the finding
        raise SelfTestFailure(f"the PostgreSQL client library (libpq) does not load: {error}") from error
    if implementation == "python":
        # the ctypes fallback means psycopg_binary (and its libpq) is missing from the bundle
        raise SelfTestFailure("psycopg runs without its bundled libpq (psycopg_binary is missing)")
    report.say(f"postgresql: psycopg {psycopg.__version__} ({implementation}), libpq {version}")


def _open_database(folder: Path, report: _Report):
    from cchc_desktop.services import DEMO_UNIT, DEMO_YEAR, Workspace

    path = folder / "selftest.db"
    workspace = Workspace.open(path, demo=True)
    frameworks = workspace.frameworks()
    sheets = workspace.sheets()
    report.say(f"database: created {path} ({len(frameworks)} framework(s), {len(sheets)} sheet(s))")
    demo = [s for s in sheets if s.unit == DEMO_UNIT and s.year == DEMO_YEAR]
    if not demo:
        raise SelfTestFailure(f"no demo sheet {DEMO_UNIT} {DEMO_YEAR} in a new database")
    return workspace, demo[0]


def _check_demo_total(workspace, info, report: _Report):
    from cchc_desktop.domain.numbers import format_score
    from cchc_desktop.domain.scoring import Column

    document = workspace.open_sheet(info.id)
    total = format_score(document.sheet.total(Column.APPRAISAL))
    if total != EXPECTED_DEMO_TOTAL:
        raise SelfTestFailure(f"demo sheet total is {total}, expected {EXPECTED_DEMO_TOTAL}")
    report.say(f"demo sheet: {info.unit} {info.year}, appraisal total {total} (expected {EXPECTED_DEMO_TOTAL})")
    return document


def _set_and_read_back(workspace, document, report: _Report) -> None:
    from cchc_desktop.domain.numbers import format_score
    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import Workspace

    leaf = next(iter(document.sheet.framework.leaves()))
    before = document.sheet.entry(leaf.code, Column.SELF)
    value = leaf.maximum if before != leaf.maximum else Decimal("0")
    document.set_score(leaf.code, Column.SELF, value, source="self-test")
    stored = document.stored_value(leaf.code, Column.SELF)
    if stored != value:
        raise SelfTestFailure(f"set {leaf.code} = {value}, database holds {stored}")
    # And through a completely new engine, as the next start of the program would.
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as again:
        reread = again.open_sheet(document.id).sheet.entry(leaf.code, Column.SELF)
    if reread != value:
        raise SelfTestFailure(f"after reopening, {leaf.code} = {reread}, expected {value}")
    report.say(f"score: set {leaf.code} (self) to {format_score(value)}, read back {format_score(reread)} "
               "after reopening the database")


def _write_pdf(path: Path, workspace, document, report: _Report) -> Path:
    """Print as the window's Print command does, verify the PDF, and read it back with QtPdf."""
    from cchc_desktop.services import printing

    pdf = path / "selftest.pdf"
    fingerprint = printing.print_sheet(workspace, document.id, pdf)
    verdict = printing.verify_pdf(pdf.read_bytes(), workspace, sheet_id=document.id)
    if not verdict.ok:
        raise SelfTestFailure(f"the printed PDF does not verify: {verdict.problems or verdict.differences}")
    report.say(f"verify: fingerprint {fingerprint[:16]}… embedded, matches the database (pyHanko reader)")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SelfTestFailure(f"{pdf} is not a PDF")
    pages, text = _read_with_qtpdf(pdf)
    if EXPECTED_DEMO_TOTAL not in text:
        raise SelfTestFailure(f"the printed sheet does not show the total {EXPECTED_DEMO_TOTAL}")
    report.say(f"pdf: {pdf} ({len(data)} bytes, {pages} page(s) read back by QtPdf, "
               f"total {EXPECTED_DEMO_TOTAL} found in its text)")
    return pdf


def _read_with_qtpdf(pdf: Path) -> tuple[int, str]:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    error = doc.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise SelfTestFailure(f"QtPdf cannot open {pdf}: {error}")
    pages = doc.pageCount()
    if pages < 1:
        raise SelfTestFailure(f"QtPdf sees no pages in {pdf}")
    text = "\n".join(doc.getAllText(page).text() for page in range(pages))
    doc.close()
    return pages, text


def _screenshot(folder: Path, workspace_path: Path, report: _Report) -> Path:
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.ui.main_window import create_main_window

    app = QApplication.instance()
    widget = create_main_window(workspace_path)
    widget.resize(1100, 700)
    widget.show()
    for _ in range(5):
        app.processEvents()
    png = folder / "selftest.png"
    image = widget.grab()
    if image.isNull() or not image.save(str(png), "PNG"):
        raise SelfTestFailure("could not render the window to PNG")
    report.say(f"screenshot: {png} ({image.width()}x{image.height()}, {png.stat().st_size} bytes) "
               f"of the main window on Qt platform '{app.platformName()}'")
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return png


def _environment(report: _Report) -> None:
    import platform

    from PySide6 import __version__ as pyside_version

    from cchc_desktop import __version__
    from cchc_desktop.paths import bundle_root, translations_dir

    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    report.say(f"CCHC Desktop {__version__} ({frozen}), Python {platform.python_version()}, "
               f"PySide6 {pyside_version}, {sys.platform}")
    qm = sorted(p.name for p in translations_dir().glob("*.qm")) if translations_dir().is_dir() else []
    report.say(f"bundle root: {bundle_root()} (translations: {', '.join(qm) or 'none'})")


def _start_like_the_app(app, folder: Path, report: _Report) -> None:
    """Font and language as app.main() sets them, from a fresh settings file (not the user's)."""
    from PySide6.QtCore import QSettings

    from cchc_desktop.ui import i18n
    from cchc_desktop.ui.fonts import install_ui_font

    font = install_ui_font(app)
    settings = QSettings(str(folder / "selftest-settings.ini"), QSettings.Format.IniFormat)
    language = i18n.saved_language(settings)
    loaded = i18n.install_language(language)
    if font is None:
        raise SelfTestFailure("the bundled interface font did not load (resources/fonts)")
    if language == "vi" and f"cchc_{language}" not in loaded:
        raise SelfTestFailure("the window would start in English: translations/cchc_vi.qm did not load")
    report.say(f"start-up: language '{language}' by default ({', '.join(loaded) or 'no files'}), font {font}")


# --- entry ----------------------------------------------------------------------------
def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    _prepare_stdout()
    report = _Report()
    report_file = _option(argv, "--report")
    keep = "--keep" in argv
    if "-platform" not in argv and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test never needs a screen

    folder = Path(tempfile.mkdtemp(prefix="cchc-selftest-"))
    ok = False
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(_qt_argv(argv))
        app.setApplicationName("CCHC Desktop")
        age = process_age()
        shown = "unknown on this system" if age is None else f"{age:.2f} s"
        report.say(f"start: {shown} (from the process start to Qt running the self-test)")
        _environment(report)
        report.say(f"work folder: {folder} (the user's data folder is not touched)")
        _import_everything(report)
        _start_like_the_app(app, folder, report)
        workspace, info = _open_database(folder, report)
        document = _check_demo_total(workspace, info, report)
        _set_and_read_back(workspace, document, report)
        from cchc_desktop.services import Workspace

        with Workspace.open(workspace.path) as reopened:
            document = reopened.open_sheet(info.id)
            _write_pdf(folder, reopened, document, report)
            _screenshot(folder, reopened.path, report)
        ok = True
    except Exception as error:  # noqa: BLE001 - the self-test reports every failure
        report.say(f"FAILED: {type(error).__name__}: {error}")
        for line in traceback.format_exc().rstrip().splitlines():
            report.lines.append(line)
            _emit(line)
    verdict = "SELFTEST OK" if ok else "SELFTEST FAILED"
    report.lines.append(verdict)
    _emit(verdict)
    if report_file:
        try:
            Path(report_file).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
        except OSError as error:
            _emit(f"could not write the report to {report_file}: {error}")
    if not keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run(sys.argv))
