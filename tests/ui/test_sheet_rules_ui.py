"""The window's side of one sheet per unit and year, the undoable import, the database path and the first start."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import safety
from cchc_desktop.ui.import_dialog import ImportDialog, ImportWarningsDialog
from cchc_desktop.ui.sheet_dialogs import NewSheetDialog


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes shown: their texts; each is answered by clicking the button named in ``boxes.click``."""
    shown = []

    def record(box):
        shown.append(box.text())
        wanted = box.findChild(QPushButton, shown_click[0]) if shown_click else None
        if wanted is not None:
            QTest.mouseClick(wanted, Qt.MouseButton.LeftButton)
        return QMessageBox.StandardButton.Close

    shown_click: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", record)

    class Boxes(list):
        def click(self, name: str) -> None:
            shown_click[:] = [name]

    result = Boxes()
    result.shown = shown
    return result


def answer_new_sheet(monkeypatch, unit, year):
    def fake_exec(dialog):
        dialog.unit_edit.setText(unit)
        dialog.year_box.setValue(year)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewSheetDialog, "exec", fake_exec)


def test_a_new_sheet_defaults_to_the_year_just_ended(qtbot, workspace):
    dialog = NewSheetDialog(workspace.frameworks())
    qtbot.addWidget(dialog)
    assert dialog.year_box.value() == date.today().year - 1


def test_a_duplicate_new_sheet_offers_to_open_the_existing_one(monkeypatch, window, workspace, seed_sheet, boxes):
    other = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2023, framework_id=seed_sheet.info.framework_id)
    window.reload_sheet_list(select=other)
    count = len(workspace.sheets())
    answer_new_sheet(monkeypatch, "huyện  PHONG thổ", 2023)
    boxes.click("openExisting")
    window.controls.new_sheet_action.trigger()
    assert len(workspace.sheets()) == count
    assert boxes.shown == ["There is already a sheet for Huyện Phong Thổ for the year 2023. A unit is scored once a "
                           "year: open that sheet to work on it."]
    assert window.document.id == seed_sheet.id


def test_a_duplicate_speaks_vietnamese(monkeypatch, window, workspace, seed_sheet, boxes):
    from cchc_desktop.ui import i18n

    i18n.install_language("vi")
    answer_new_sheet(monkeypatch, "Huyện Phong Thổ", 2023)
    window.controls.new_sheet_action.trigger()
    assert boxes.shown and boxes.shown[0].startswith("Đã có bảng điểm của Huyện Phong Thổ năm 2023.")


def test_import_files_the_scores_under_the_unit_its_title_names(monkeypatch, window, workspace, seed_text, tmp_path,
                                                               boxes):
    window.reload_sheet_list(select=workspace.create_sheet(unit="Huyện Sìn Hồ", year=2023, framework_id=1))
    path = tmp_path / "tam-duong.txt"
    path.write_text(seed_text.replace("HUYỆN PHONG THỔ NĂM 2023", "HUYỆN TAM ĐƯỜNG NĂM 2022"), encoding="utf-8")
    monkeypatch.setattr(window.import_flow, "choose_file", lambda: str(path))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)  # accepted as offered
    window.controls.import_action.trigger()
    assert boxes.shown == []
    assert (window.document.info.unit, window.document.info.year) == ("Huyện Tam Đường", 2022)
    assert {(s.unit, s.year) for s in workspace.sheets()} == {("Huyện Phong Thổ", 2023), ("Huyện Sìn Hồ", 2023),
                                                              ("Huyện Tam Đường", 2022)}


def test_importing_into_the_open_sheet_is_one_undoable_step(monkeypatch, window, workspace, seed_sheet, seed_text,
                                                            tmp_path, boxes):
    monkeypatch.setattr(ImportWarningsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = window.document.as_dict()
    changed_codes = ["1.2.1", "2.1.1", "7.1.2"]
    lines = seed_text.splitlines()
    for number, line in enumerate(lines):
        cells = line.split("\t")
        if cells[0] in changed_codes:
            cells[-2 if len(cells) > 5 else -1] = "0"  # the appraisal column: the province gave 0
            lines[number] = "\t".join(cells)
    path = tmp_path / "tham-dinh-lai.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = workspace.preview_file(path).table
    expected = {code: imported.sheet.entry(code, Column.APPRAISAL) for code in changed_codes}
    assert any(expected[code] != seed_sheet.sheet.entry(code, Column.APPRAISAL) for code in changed_codes)
    monkeypatch.setattr(window.import_flow, "choose_file", lambda: str(path))
    offered = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: offered.append(dialog.choice()) or QDialog.DialogCode.Accepted)
    window.controls.import_action.trigger()  # the title matches the open sheet: "into the current sheet" is the default
    assert boxes.shown == [] and offered[0].into_current
    document = window.document
    assert document.id == seed_sheet.id
    for code, value in expected.items():
        assert document.stored_value(code, Column.APPRAISAL) == value
    assert window.undo_stack.count() == 1 and window.controls.undo_action.isEnabled()
    window.controls.undo_action.trigger()
    assert window.document.as_dict() == before
    assert all(document.stored_value(code, Column.APPRAISAL) == seed_sheet.sheet.entry(code, Column.APPRAISAL)
               for code in changed_codes)
    window.controls.redo_action.trigger()
    for code, value in expected.items():
        assert document.stored_value(code, Column.APPRAISAL) == value
    # Each step was committed and logged like any edit: import, its undo, its redo.
    changed = next(code for code in changed_codes if expected[code] != seed_sheet.sheet.entry(code, Column.APPRAISAL))
    sources = [entry.source for entry in safety.history(workspace, seed_sheet.id, changed, "appraisal")]
    assert sources[-3:] == ["import", "undo", "import"]
    assert safety.verify_audit(workspace).ok


def test_the_status_bar_names_the_open_database(window, workspace):
    label = window.findChild(type(window.database_label), "databasePath")
    assert label is not None and label.isVisible()
    assert label.toolTip() == str(workspace.path) and label.text() == str(workspace.path)


def test_the_first_start_welcomes_with_three_ways_in(qtbot, monkeypatch, tmp_path, settings, english, boxes):
    from cchc_desktop.services import DEMO_UNIT, Workspace
    from cchc_desktop.ui.main_window import MainWindow

    workspace = Workspace.open(tmp_path / "first.db", demo=True)
    try:
        window = MainWindow(workspace, settings=settings, welcome=workspace.created)
        qtbot.addWidget(window)
        window.show()
        panel = window.welcome_panel
        assert panel is not None and panel.isVisible()
        assert window.sheet_box.currentText() == f"{DEMO_UNIT} — 2023" and "(mẫu)" in DEMO_UNIT
        asked = []
        monkeypatch.setattr(NewSheetDialog, "exec", lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected)
        QTest.mouseClick(panel.findChild(QPushButton, "welcomeCreate"), Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and not panel.isVisible()
        window.close()
    finally:
        workspace.close()


def test_no_welcome_on_a_later_start(qtbot, tmp_path, settings, english):
    from cchc_desktop.services import Workspace
    from cchc_desktop.ui.main_window import MainWindow

    Workspace.open(tmp_path / "again.db", demo=True).close()
    with Workspace.open(tmp_path / "again.db") as workspace:
        window = MainWindow(workspace, settings=settings, welcome=workspace.created)
        qtbot.addWidget(window)
        assert window.welcome_panel is None
        window.close()


def test_a_missing_database_is_created_only_when_the_user_says_so(monkeypatch, tmp_path, qapp, boxes):
    from cchc_desktop.app import confirm_new_database

    missing = tmp_path / "cchc-typo.db"
    boxes.click("quitStart")
    assert confirm_new_database(missing) is None and not missing.exists()
    assert str(missing) in boxes.shown[0]
    boxes.click("createDatabase")
    assert confirm_new_database(missing) == missing
    existing = tmp_path / "real.db"
    existing.write_bytes(b"")
    boxes.click("chooseDatabase")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(existing), ""))
    assert confirm_new_database(missing) == existing
    count = len(boxes.shown)
    assert confirm_new_database(existing) == existing and len(boxes.shown) == count  # an existing file: no question
