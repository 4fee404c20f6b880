"""The program's log: written from the start, kept to a few files of about 1 MB once the window is up."""

import logging

import pytest

from cchc_desktop.ui import crash


@pytest.fixture
def root_logger(monkeypatch):
    # setup_logging changes process-wide state: the root logger's handlers and level, and faulthandler's file.
    monkeypatch.setattr(crash.faulthandler, "enable", lambda file: None)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    if crash._fault_file is not None:
        crash._fault_file.close()
        crash._fault_file = None


def test_the_log_is_written_from_the_start_and_rolls_over_once_kept_small(root_logger, tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "LOG_BYTES", 20_000)
    path = crash.setup_logging(tmp_path)
    log = logging.getLogger("cchc_desktop.test")
    log.info("opened the database before the first paint")
    crash.keep_log_small()
    crash.keep_log_small()  # a second call finds no plain handler left: still one handler on the file
    assert sum(1 for h in root_logger.handlers if getattr(h, "baseFilename", None) == str(path)) == 1
    for number in range(1000):  # ~165 KB: more than the four files hold
        log.info("edit %d saved: %s", number, "x" * 100)
    older = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(crash.LOG_NAME + "."))
    assert older == [f"{crash.LOG_NAME}.{n}" for n in range(1, crash.LOG_BACKUPS + 1)]
    assert path.stat().st_size <= 20_000
    assert "edit 999 saved" in path.read_text(encoding="utf-8")
    everything = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob(crash.LOG_NAME + "*"))
    assert "opened the database before the first paint" not in everything  # rolled away: only three are kept


def test_records_before_the_rotation_stay_in_the_log(root_logger, tmp_path):
    path = crash.setup_logging(tmp_path)
    logging.getLogger("cchc_desktop.test").warning("the first paint read the sheet")
    crash.keep_log_small()
    logging.getLogger("cchc_desktop.test").warning("the workspace took over")
    text = path.read_text(encoding="utf-8")
    assert text.index("the first paint read the sheet") < text.index("the workspace took over")
