"""File → Import a score table: a new sheet or into the current one, warnings listed, refusals change nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui import i18n
from cchc_desktop.ui.import_dialog import ImportDialog, ImportWarningsDialog
from cchc_desktop.ui.tree_model import TreeColumn

from ui_helpers import type_into_cell


@pytest.fixture
def warning_lists(monkeypatch):
    shown = []

    def record(dialog):
        shown.append(dialog.texts())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportWarningsDialog, "exec", record)
    return shown


def choose(monkeypatch, window, path, *, into=False, unit=None, year=None, criteria_set=None, offered=None):
    """The user picks ``path`` in the file dialog, then answers the import dialog (``criteria_set``: the set
    picked in its list, by id; ``offered`` receives the list's texts)."""
    monkeypatch.setattr(window.import_flow, "choose_file", lambda: str(path))

    def answer(dialog):
        button = dialog.into_button if into else dialog.new_button
        button.click()
        if unit is not None:
            dialog.unit_edit.setText(unit)
        if year is not None:
            dialog.year_box.setValue(year)
        if offered is not None:
            offered.extend(dialog.set_box.itemText(i) for i in range(dialog.set_box.count()))
        if criteria_set is not None:
            dialog.set_box.setCurrentIndex(dialog.set_box.findData(criteria_set))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", answer)


def edited_seed(seed_text, tmp_path, name, change):
    """The seed with one row changed: ``change(cells)`` edits the row's cells in place."""
    lines = seed_text.splitlines()
    number, cells = next((n, line.split("\t")) for n, line in enumerate(lines) if line.startswith(change[0] + "\t"))
    change[1](cells)
    lines[number] = "\t".join(cells)
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, number + 1


def test_import_menu_entry_with_ctrl_i(window):
    assert window.controls.import_action in window.controls.file_menu.actions()
    assert window.controls.import_action.shortcut().toString() == "Ctrl+I"
    assert window.controls.import_action.text().replace("&", "") == "Import a score table…"


def test_the_dialog_never_guesses_the_open_sheet_unit_for_a_new_sheet(qtbot, window, seed_sheet):
    from datetime import date

    dialog = ImportDialog("bang-diem.txt", window.document.info, window)  # a file whose title names no unit
    qtbot.addWidget(dialog)
    assert dialog.unit_edit.text() == "" and dialog.year_box.value() == date.today().year - 1
    assert dialog.new_button.isChecked() and "Huyện Phong Thổ" in dialog.into_button.text()
    dialog.into_button.click()
    assert not dialog.unit_edit.isEnabled()


def test_the_file_title_fills_unit_and_year_and_matching_the_open_sheet_means_into_it(qtbot, window, seed_sheet):
    from cchc_desktop.domain.sheet_title import TitleUnit

    dialog = ImportDialog("bang-diem.txt", window.document.info, window, title=TitleUnit("HUYỆN phong thổ", 2023,
                                                                                           "district"))
    qtbot.addWidget(dialog)
    assert dialog.into_button.isChecked() and not dialog.unit_edit.isEnabled()
    other = ImportDialog("x.txt", window.document.info, window, title=TitleUnit("Huyện Sìn Hồ", 2023, "district"))
    qtbot.addWidget(other)
    assert other.new_button.isChecked() and other.unit_edit.text() == "Huyện Sìn Hồ"
    assert other.year_box.value() == 2023 and "Huyện Sìn Hồ" in other.title_label.text()


def test_importing_the_seed_as_a_new_sheet_opens_it_with_its_total(monkeypatch, window, workspace, seed_path,
                                                                   message_boxes, warning_lists):
    choose(monkeypatch, window, seed_path, unit="Huyện Sìn Hồ", year=2023)
    window.controls.import_action.trigger()
    made = [s for s in workspace.sheets() if s.unit == "Huyện Sìn Hồ"]
    assert len(made) == 1 and window.document.id == made[0].id
    assert window.sheet_box.currentText() == "Huyện Sìn Hồ — 2023"
    assert "79,24" in window.summary.appraisal_label.text()
    assert f"Imported {seed_path.name} as a new sheet." in window.statusBar().currentMessage()
    assert message_boxes == [] and warning_lists == []


def test_a_wrong_subtotal_is_listed_with_its_line_code_and_comma_figures(monkeypatch, window, seed_text, tmp_path,
                                                                         message_boxes, warning_lists):
    def wrong_subtotal(cells):
        cells[3] = "2,40"  # its sub-criteria add up to 2,50

    path, line = edited_seed(seed_text, tmp_path, "sai-tong.txt", ("1.2", wrong_subtotal))
    choose(monkeypatch, window, path, unit="Huyện Sìn Hồ")
    window.controls.import_action.trigger()
    assert message_boxes == []
    assert warning_lists == [[f"Line {line}, criterion 1.2 (appraisal): the file says 2,40 but its sub-criteria add "
                              "up to 2,50; the sum of the sub-criteria is kept."]]
    assert window.document.info.unit == "Huyện Sìn Hồ"


def test_the_warning_list_speaks_vietnamese(qtbot, english, workspace, seed_text, tmp_path):
    def wrong_subtotal(cells):
        cells[3] = "2,40"

    path, line = edited_seed(seed_text, tmp_path, "sai-tong.txt", ("1.2", wrong_subtotal))
    outcome = workspace.import_file(path, unit="Huyện Sìn Hồ", year=2023)
    i18n.install_language("vi")
    dialog = ImportWarningsDialog(outcome.warnings)
    qtbot.addWidget(dialog)
    assert dialog.texts() == [f"Dòng {line}, tiêu chí 1.2 (điểm thẩm định): tệp ghi 2,40 nhưng tổng các tiêu chí "
                              "thành phần là 2,50; phần mềm giữ tổng các tiêu chí thành phần."]


def test_a_score_over_its_maximum_is_refused_naming_line_and_code(monkeypatch, window, workspace, seed_text,
                                                                  tmp_path, message_boxes, warning_lists):
    def too_high(cells):
        cells[3] = "0,75"  # its maximum is 0,50

    path, line = edited_seed(seed_text, tmp_path, "qua-diem.txt", ("1.2.1", too_high))
    before = [(s.id, s.unit, s.year) for s in workspace.sheets()]
    shown = window.document.id
    choose(monkeypatch, window, path, unit="Huyện Sìn Hồ")
    window.controls.import_action.trigger()
    assert len(message_boxes) == 1
    text = message_boxes[0]
    assert f"Line {line}" in text and "1.2.1" in text and "0,75" in text and "0,50" in text
    assert "qua-diem.txt was not imported; nothing was changed." in text and "Traceback" not in text
    assert [(s.id, s.unit, s.year) for s in workspace.sheets()] == before
    assert [window.sheet_box.itemText(i) for i in range(window.sheet_box.count())] == ["Huyện Phong Thổ — 2023"]
    assert window.document.id == shown and warning_lists == []


def test_importing_the_appraisal_into_the_current_sheet_keeps_the_typed_self_assessment(
        qtbot, monkeypatch, window, workspace, seed_text, tmp_path, message_boxes, warning_lists):
    # The district types its self-assessment on an empty sheet; the province's appraisal then comes as a file.
    framework = window.document.info.framework_id
    sheet_id = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2023, framework_id=framework)
    window.reload_sheet_list(select=sheet_id)
    type_into_cell(qtbot, window, "1.2.1", TreeColumn.SELF, "0,5")
    assert window.undo_stack.count() == 1
    path = tmp_path / "tham-dinh.txt"
    path.write_text(seed_text, encoding="utf-8")
    choose(monkeypatch, window, path, into=True)
    window.controls.import_action.trigger()
    assert message_boxes == [] and warning_lists == []
    assert window.document.id == sheet_id
    assert window.document.stored_value("1.2.1", Column.SELF) == Decimal("0.50")
    assert window.document.sheet.score("1.2.1", Column.SELF) == Decimal("0.50")
    assert "79,24" in window.summary.appraisal_label.text()
    # The import is one step on top of the typed score, undone and redone as a whole.
    assert window.undo_stack.count() == 2 and window.controls.undo_action.text() == f"&Undo Import {path.name}"
    assert "Ctrl+Z undoes the whole import" in window.statusBar().currentMessage()


def test_importing_into_a_finalized_sheet_is_refused(monkeypatch, window, workspace, seed_sheet, seed_path,
                                                     message_boxes):
    from cchc_desktop.services import printing

    monkeypatch.setattr(workspace, "before_risky_change", lambda reason: None)
    printing.finalize(workspace, seed_sheet.id)
    window.open_sheet(seed_sheet.id)
    choose(monkeypatch, window, seed_path, into=True)
    window.controls.import_action.trigger()
    assert len(message_boxes) == 1 and "finalized and cannot be changed" in message_boxes[0]
    assert window.document.finalized


def test_cancelling_the_file_dialog_does_nothing(monkeypatch, window, workspace, message_boxes):
    count = len(workspace.sheets())
    monkeypatch.setattr(window.import_flow, "choose_file", lambda: "")
    window.controls.import_action.trigger()
    assert len(workspace.sheets()) == count and message_boxes == []


def test_warnings_are_listed_in_the_file_order_and_a_wrong_maximum_says_the_file_wins(qtbot, english):
    from cchc_desktop.domain.tables import ImportWarning

    dialog = ImportWarningsDialog([
        ImportWarning(129, None, "appraisal", Decimal("79.27"), Decimal("79.24")),
        ImportWarning(9, "1", "max", Decimal("13.50"), Decimal("14.00")),
    ])
    qtbot.addWidget(dialog)
    assert dialog.texts() == [
        "Line 9, criterion 1: the file gives a maximum score of 13,50 but the maximum scores of its sub-criteria "
        "add up to 14,00; the file's maximum is kept. Check the criteria framework.",
        "Line 129, total score (appraisal): the file says 79,27 but the criteria add up to 79,24; "
        "the sum of the criteria is kept.",
    ]


def test_a_new_sheet_for_the_open_sheet_unit_and_year_is_refused_naming_it(monkeypatch, window, workspace,
                                                                           seed_path, message_boxes):
    count = len(workspace.sheets())
    choose(monkeypatch, window, seed_path)  # "as a new sheet", with the unit and year of the file's title
    window.controls.import_action.trigger()
    assert len(workspace.sheets()) == count
    assert len(message_boxes) == 1
    assert "There is already a sheet for Huyện Phong Thổ for the year 2023." in message_boxes[0]
    assert f"{seed_path.name} was not imported; nothing was changed." in message_boxes[0]


def test_an_excel_workbook_imports_like_the_text_table(monkeypatch, window, workspace, seed_text, tmp_path,
                                                       message_boxes, warning_lists):
    from openpyxl import Workbook

    book = Workbook()
    for line in seed_text.splitlines():
        book.active.append(line.split("\t"))
    path = tmp_path / "bang-diem.xlsx"
    book.save(path)
    choose(monkeypatch, window, path, unit="Huyện Tam Đường", year=2023)
    window.controls.import_action.trigger()
    assert message_boxes == [] and warning_lists == []
    assert window.document.info.unit == "Huyện Tam Đường"
    assert "79,24" in window.summary.appraisal_label.text()


def test_a_new_sheet_can_be_imported_into_a_chosen_criteria_set(monkeypatch, window, workspace, seed_path,
                                                                 message_boxes):
    from cchc_desktop.services import frameworks as sets

    chosen = sets.copy_set(workspace, 1, year=2024, name="Bộ chỉ số cấp huyện 2024 (Phụ lục I)")
    offered = []
    choose(monkeypatch, window, seed_path, unit="Huyện Tam Đường", year=2024, criteria_set=chosen, offered=offered)
    window.controls.import_action.trigger()
    assert message_boxes == []
    # The table's own criteria stay the first choice (as before); the sets follow, that year's first.
    assert offered[0].startswith("Make a new set from this table's criteria")
    assert offered[1] == "Bộ chỉ số cấp huyện 2024 (Phụ lục I) — 2024, district, version 1"
    assert window.document.info.unit == "Huyện Tam Đường" and window.document.info.framework_id == chosen
    assert window.document.sheet.total(Column.APPRAISAL) == Decimal("79.24")
    assert len(sets.list_sets(workspace)) == 2  # no set made from the table
    assert "as a new sheet of the chosen criteria set" in window.statusBar().currentMessage()


def test_a_table_that_does_not_match_the_chosen_set_is_refused_naming_its_rows(monkeypatch, window, workspace,
                                                                               seed_text, tmp_path, message_boxes):
    from cchc_desktop.services import frameworks as sets

    chosen = sets.copy_set(workspace, 1, year=2024)
    path, _ = edited_seed(seed_text, tmp_path, "them-hang.txt", ("1.2.1", lambda cells: cells.__setitem__(0, "1.2.9")))
    choose(monkeypatch, window, path, unit="Huyện Tam Đường", year=2024, criteria_set=chosen)
    before = len(workspace.sheets())
    window.controls.import_action.trigger()
    assert len(message_boxes) == 1 and "them-hang.txt was not imported; nothing was changed." in message_boxes[0]
    assert "1.2.9" in message_boxes[0]
    assert len(workspace.sheets()) == before
