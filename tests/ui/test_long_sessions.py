"""An afternoon of typing must not crash the program: PySide6 6.12's None reference leak on Python 3.11."""

import os
import subprocess
import sys
import textwrap


def test_millions_of_void_qt_calls_do_not_abort_the_interpreter():
    # Without the guard in cchc_desktop/ui/__init__.py, CPython 3.11 aborts after ~10,000 such calls
    # ("Fatal Python error: none_dealloc"); 3.12+ makes None immortal and passes either way.
    script = textwrap.dedent("""
        import cchc_desktop.ui
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range(300_000):
            label.setEnabled(True)
            label.setVisible(False)
        print("alive")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
