"""The window's verbs: sheets made, renamed and deleted; errors as plain messages; closing never asks."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui import sheet_management
from cchc_desktop.ui.sheet_dialogs import NewSheetDialog, RenameUnitDialog
from cchc_desktop.ui.tree_model import TreeColumn


def answer(monkeypatch, dialog_class, fill):
    def fake_exec(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def test_the_window_opens_on_the_requested_sheet_with_its_totals(window, seed_sheet):
    assert window.document.id == seed_sheet.id
    assert seed_sheet.info.unit in window.windowTitle()
    assert "79,24" in window.summary.appraisal_label.text()


def test_a_new_sheet_for_a_unit_and_year(monkeypatch, window, workspace):
    framework = workspace.frameworks()[0]

    def fill(dialog):
        dialog.unit_edit.setText("Huyện Sìn Hồ")
        dialog.year_box.setValue(2024)
        dialog.framework_box.setCurrentIndex(dialog.framework_box.findData(framework.id))

    answer(monkeypatch, NewSheetDialog, fill)
    window.controls.new_sheet_action.trigger()
    made = [s for s in workspace.sheets() if s.unit == "Huyện Sìn Hồ" and s.year == 2024]
    assert len(made) == 1
    assert window.document.id == made[0].id
    assert window.sheet_box.currentText() == "Huyện Sìn Hồ — 2024"
    assert window.document.sheet.totals(None, Column.APPRAISAL).scored == 0


def test_a_second_sheet_for_the_same_unit_and_year_is_refused_with_a_message(monkeypatch, window, workspace,
                                                                            seed_sheet, message_boxes):
    def fill(dialog):
        dialog.unit_edit.setText(seed_sheet.info.unit)
        dialog.year_box.setValue(seed_sheet.info.year)
        dialog.framework_box.setCurrentIndex(dialog.framework_box.findData(seed_sheet.info.framework_id))

    answer(monkeypatch, NewSheetDialog, fill)
    count = len(workspace.sheets())
    window.controls.new_sheet_action.trigger()
    assert len(workspace.sheets()) == count
    assert len(message_boxes) == 1
    assert "Traceback" not in message_boxes[0] and "There is already a sheet for Huyện Phong Thổ for the year 2023" in message_boxes[0]


def test_rename_the_unit(monkeypatch, window, workspace, seed_sheet):
    answer(monkeypatch, RenameUnitDialog, lambda dialog: dialog.name_edit.setText("Huyện Phong Thổ (mới)"))
    window.controls.rename_action.trigger()
    assert workspace.sheet_info(seed_sheet.id).unit == "Huyện Phong Thổ (mới)"
    assert "Huyện Phong Thổ (mới)" in window.windowTitle()


def test_delete_asks_first_and_no_keeps_the_sheet(monkeypatch, window, workspace, seed_sheet):
    asked = []
    monkeypatch.setattr(sheet_management, "confirm", lambda *args: asked.append(args) or False)
    window.controls.delete_action.trigger()
    assert asked and seed_sheet.id in [s.id for s in workspace.sheets()]
    monkeypatch.setattr(sheet_management, "confirm", lambda *args: True)
    window.controls.delete_action.trigger()
    assert seed_sheet.id not in [s.id for s in workspace.sheets()]
    assert window.document is None or window.document.id != seed_sheet.id


def test_closing_never_asks_and_keeps_every_accepted_edit(qtbot, window, seed_sheet, message_boxes):
    leaf = seed_sheet.sheet.framework.leaves()[0]
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,5")
    assert window.close()
    assert message_boxes == []
    assert seed_sheet.stored_value(leaf.code, Column.SELF) is not None


def test_a_locked_sheet_edit_shows_a_translated_message_not_a_traceback(monkeypatch, window, seed_sheet,
                                                                        message_boxes):
    from cchc_desktop.services.workspace import SheetLockedError

    def refuse(*args, **kwargs):
        raise SheetLockedError("locked", sheet_id=seed_sheet.id)

    monkeypatch.setattr(window.document, "apply", refuse)
    leaf = seed_sheet.sheet.framework.leaves()[0]
    before = seed_sheet.stored_value(leaf.code, Column.SELF)
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,5")
    assert message_boxes and "finalized" in message_boxes[0]
    assert window.undo_stack.count() == 0
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == before


def test_screenshot_mode_writes_a_png_of_the_sheet(qapp, tmp_path):
    from cchc_desktop.services import DEMO_UNIT, Workspace

    database = tmp_path / "demo.db"
    with Workspace.open(database, demo=True) as demo:
        sheet_id = next(s.id for s in demo.sheets() if s.unit == DEMO_UNIT)
    path = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "cchc_desktop", "--db", str(database), "--sheet",
                             str(sheet_id), "--screenshot", str(path), "--lang", "vi"],
                            capture_output=True, text=True, timeout=120, env=private_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 1000


def test_a_screenshot_that_cannot_be_made_says_so_and_stops(qapp, tmp_path):
    """With no one at the screen, a failure is a line on stderr and exit status 1, never a dialog left waiting."""
    from cchc_desktop.services import Workspace

    database = tmp_path / "demo.db"
    Workspace.open(database, demo=True).close()
    folder = tmp_path / "a-folder.png"
    folder.mkdir()
    result = subprocess.run([sys.executable, "-m", "cchc_desktop", "--db", str(database), "--screenshot", str(folder)],
                            capture_output=True, text=True, timeout=60, env=private_environment(tmp_path))
    assert result.returncode == 1 and "could not be made" in result.stderr and "Traceback" not in result.stderr


def private_environment(tmp_path):
    """The program's data, log and settings folders inside tmp_path, never the real user's."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache")}


@pytest.mark.skipif(sys.platform != "linux", reason="folders set through XDG variables")
def test_first_start_makes_the_default_database_with_the_demo_sheet_and_logs(tmp_path):
    shot = tmp_path / "first.png"
    result = subprocess.run([sys.executable, "-m", "cchc_desktop", "--screenshot", str(shot)],
                            capture_output=True, text=True, timeout=120, env=private_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    databases = list((tmp_path / "data").rglob("cchc.db"))
    assert len(databases) == 1
    from cchc_desktop.services import DEMO_UNIT, Workspace

    with Workspace.open(databases[0]) as made:
        assert [s.unit for s in made.sheets()] == [DEMO_UNIT]
    logs = list((tmp_path / "state").rglob("cchc-desktop.log"))
    assert logs and "starting" in logs[0].read_text(encoding="utf-8")


def test_screenshot_mode_on_a_database_in_use_exits_with_a_message(qapp, tmp_path, workspace):
    result = subprocess.run([sys.executable, "-m", "cchc_desktop", "--db", str(workspace.path),
                             "--screenshot", str(tmp_path / "no.png")], capture_output=True, text=True, timeout=120,
                            env=private_environment(tmp_path))
    assert result.returncode == 2
    assert "already open" in result.stderr and "Traceback" not in result.stderr


def test_self_test_finds_the_main_window(qapp, tmp_path):
    from cchc_desktop.services import Workspace
    from cchc_desktop.ui.main_window import MainWindow, create_main_window

    with Workspace.open(tmp_path / "demo.db", demo=True):
        pass
    window = create_main_window(tmp_path / "demo.db")
    try:
        assert isinstance(window, MainWindow)
        assert window.document is not None and "79,24" in window.summary.appraisal_label.text()
    finally:
        window.close()


def test_print_preview_opens_for_the_current_sheet(monkeypatch, window):
    print_preview = pytest.importorskip("cchc_desktop.ui.print_preview")
    opened = []

    class FakeDialog:
        def __init__(self, editor, parent=None):
            opened.append((editor.document.id, parent))

        def exec(self):
            return 0

    monkeypatch.setattr(print_preview, "PrintPreviewDialog", FakeDialog)
    window.controls.print_preview_action.trigger()
    assert opened == [(window.document.id, window)]


def test_an_unexpected_error_shows_the_log_path_instead_of_vanishing(qapp, monkeypatch, tmp_path, message_boxes):
    from cchc_desktop.ui.crash import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "cchc-desktop.log"
    install_excepthook(log)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert len(message_boxes) == 1 and str(log) in message_boxes[0]


def test_self_test_flag_goes_to_the_self_test(monkeypatch):
    import cchc_desktop.selftest
    from cchc_desktop import app

    seen = []
    monkeypatch.setattr(cchc_desktop.selftest, "run", lambda argv: seen.append(argv) or 0)
    with pytest.raises(SystemExit) as stopped:
        app.main(["cchc-desktop", "--self-test", "--report", "x.txt"])
    assert stopped.value.code == 0 and seen == [["cchc-desktop", "--self-test", "--report", "x.txt"]]


def test_an_undo_the_database_refuses_is_reported_and_changes_nothing(monkeypatch, window, seed_sheet,
                                                                      message_boxes):
    from cchc_desktop.services.workspace import SheetLockedError

    leaf = seed_sheet.sheet.framework.leaves()[0]
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,5")
    stored = seed_sheet.stored_value(leaf.code, Column.SELF)

    def refuse(*args, **kwargs):
        raise SheetLockedError("locked", sheet_id=seed_sheet.id)

    monkeypatch.setattr(window.document, "apply", refuse)
    window.controls.undo_action.trigger()
    assert message_boxes and "finalized" in message_boxes[0]
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == stored


def test_closing_with_a_valid_entry_still_in_its_editor_stores_it(qtbot, window, seed_sheet, message_boxes):
    from ui_helpers import type_into_cell

    leaf = seed_sheet.sheet.framework.leaves()[0]
    type_into_cell(qtbot, window, leaf.code, TreeColumn.SELF, "0,75", finish=None)
    assert seed_sheet.stored_value(leaf.code, Column.SELF) is None
    assert window.close()
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == Decimal("0.75")
    assert message_boxes == []


def test_the_status_bar_says_each_change_is_already_saved(window, seed_sheet):
    assert "saved as you type" in window.saved_label.text()
    leaf = seed_sheet.sheet.framework.leaves()[0]
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.NOTE), "Đủ hồ sơ")
    assert window.saved_label.text().startswith("Saved at ")


def fake_module(monkeypatch, name, **attributes):
    import types

    module = types.ModuleType(f"cchc_desktop.ui.{name}")
    for key, value in attributes.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    import cchc_desktop.ui

    monkeypatch.setattr(cchc_desktop.ui, name, module, raising=False)


def test_backups_dialog_can_close_and_reopen_the_database_under_the_window(monkeypatch, window, seed_sheet):
    calls = []

    class FakeBackups:
        def __init__(self, database_path, reopen, close_workspace, parent=None):
            calls.append(database_path)
            self.reopen, self.close_workspace = reopen, close_workspace

        def exec(self):
            self.close_workspace()
            assert window.document is None  # nothing may write while the file is replaced
            self.reopen()
            return 0

    fake_module(monkeypatch, "backups_dialog", BackupsDialog=FakeBackups)
    window.controls.backups_action.trigger()
    assert calls == [window.workspace.path]
    assert window.document is not None and window.document.id == seed_sheet.id
    leaf = seed_sheet.sheet.framework.leaves()[0]
    assert window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,5")
    assert window.document.stored_value(leaf.code, Column.SELF) == Decimal("0.50")
    window.workspace.close()  # the window's own second opening; the fixture closes the first


def test_history_of_a_criterion_from_its_right_click_menu(monkeypatch, window, seed_sheet):
    from PySide6.QtWidgets import QMenu

    opened = []

    class FakeHistory:
        def __init__(self, workspace, sheet_id, code, title, parent=None):
            opened.append((sheet_id, code, title))

        def exec(self):
            return 0

    fake_module(monkeypatch, "history_dialog", HistoryDialog=FakeHistory)
    leaf = seed_sheet.sheet.framework.leaves()[3]
    menu = QMenu()
    window.controls.build_criterion_menu(menu, leaf.code)
    assert window.controls.history_of_criterion_action in menu.actions()
    window.controls.history_of_criterion_action.trigger()
    assert opened == [(seed_sheet.id, leaf.code, leaf.title)]


def test_a_failed_scheduled_backup_stays_in_view_until_one_succeeds(monkeypatch, qtbot, window, seed_sheet):
    from cchc_desktop.services import safety

    assert window.backup_status.timer.isActive() and window.backup_status.timer.interval() == 60_000
    seed_sheet.set_score("8.7", Column.APPRAISAL, "0,5")  # something to back up
    monkeypatch.setattr(safety, "BACKUP_INTERVAL", timedelta(0))  # and a backup due at every tick
    # A file where the backups folder belongs: the backup cannot be written, as on a full or read-only disk.
    blocked = window.workspace.path.parent / "backups"
    blocked.write_text("not a folder", encoding="utf-8")
    window.backup_status.backup_if_due()  # the backup runs on a worker thread; its end updates the label
    label = window.backup_status.problem_label
    qtbot.waitUntil(lambda: not label.isHidden())
    assert label.text()
    blocked.unlink()
    window.backup_status.backup_if_due()
    qtbot.waitUntil(label.isHidden)
    assert safety.list_backups(window.workspace.path)
