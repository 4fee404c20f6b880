"""The --self-test says SELFTEST OK only when the whole program is there and works."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Runs the self-test in a fresh interpreter in which the named module cannot be imported,
# as in a bundle that PyInstaller built without it.
BLOCKED_RUN = textwrap.dedent("""
    import importlib.abc, sys

    blocked = sys.argv[1]

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if blocked and (name == blocked or name.startswith(blocked + ".")):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Blocker())
    from cchc_desktop.selftest import run
    sys.exit(run(["cchc-desktop", "-platform", "offscreen", "--self-test"]))
""")


def run_self_test(blocked: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", BLOCKED_RUN, blocked], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def test_the_self_test_passes_on_a_complete_installation():
    result = run_self_test("")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("SELFTEST OK")
    assert "appraisal total 79,24" in result.stdout
    assert "of the main window" in result.stdout
    assert re.search(r"postgresql: psycopg [\d.]+ \(binary\), libpq \d+\.\d+", result.stdout), result.stdout


def test_the_self_test_reports_its_own_start_time():
    result = run_self_test("")
    assert result.returncode == 0, result.stdout + result.stderr
    start = re.search(r"\bstart: (\d+\.\d\d) s\b", result.stdout)
    assert start, result.stdout
    assert 0 < float(start.group(1)) < 60


@pytest.mark.parametrize("module", ["reportlab", "PySide6", "openpyxl", "cchc_desktop.ui.main_window",
                                    "psycopg", "psycopg_binary"])
def test_a_missing_module_fails_the_self_test(module):
    result = run_self_test(module)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "SELFTEST OK" not in result.stdout
    assert result.stdout.rstrip().endswith("SELFTEST FAILED")
    assert module in result.stdout
