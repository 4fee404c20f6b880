"""Logging to the user's log folder, faulthandler, and a dialog (not a vanishing window) on a bug."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from types import TracebackType

LOG_NAME = "cchc-desktop.log"
log = logging.getLogger("cchc_desktop")
_fault_file = None  # kept open for the life of the process: faulthandler writes to it on a crash


LOG_BYTES, LOG_BACKUPS = 1_000_000, 3  # cchc-desktop.log and three older ones, about 1 MB each


def setup_logging(folder: Path) -> Path:
    """Log to ``folder``/cchc-desktop.log and turn on faulthandler there; return the log path.

    The file is appended to as it is until keep_log_small() puts the rotating handler in (after the first paint:
    logging.handlers imports socket and pickle, ~10 ms that the window's start does without).
    """
    global _fault_file
    path = folder / LOG_NAME
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _fault_file = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 - must outlive this call
    faulthandler.enable(_fault_file)
    return path


def keep_log_small() -> None:
    """Replace setup_logging's plain handler with one that rolls the log over at LOG_BYTES, keeping LOG_BACKUPS."""
    import logging.handlers

    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.FileHandler and Path(handler.baseFilename).name == LOG_NAME:
            rotating = logging.handlers.RotatingFileHandler(handler.baseFilename, maxBytes=LOG_BYTES,
                                                            backupCount=LOG_BACKUPS, encoding="utf-8")
            rotating.setFormatter(handler.formatter)
            root.addHandler(rotating)
            root.removeHandler(handler)
            handler.close()


def install_excepthook(log_path: Path | None) -> None:
    """An unexpected exception is logged and shown with the log's path; the window stays open."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        import traceback  # only on a bug: not among the imports before the window shows

        log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected_error(error, log_path)

    sys.excepthook = hook


def show_unexpected_error(error: BaseException, log_path: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    text = QCoreApplication.translate(
        "Crash", "Something went wrong inside CCHC Desktop. Scores already entered are saved.\n\n"
                 "Please send the log file to your IT support:\n%1").replace("%1", str(log_path or "-"))
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Unexpected error"), text,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName("crashBox")
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()
