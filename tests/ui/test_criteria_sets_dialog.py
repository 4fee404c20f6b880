"""File → Criteria sets…: the editor driven as a user drives it (menu action, buttons, typing in the tree)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from cchc_desktop.services import frameworks as sets
from cchc_desktop.ui.criteria_sets_dialog import ColumnMappingDialog, CriteriaSetsDialog, SetFieldsDialog
from ui_helpers import send_text


@pytest.fixture
def dialog(qtbot, window):
    """The dialog as File → Criteria sets… opens it, kept open for the test."""
    opened = []

    def capture(self):
        opened.append(self)
        return QDialog.DialogCode.Rejected

    original = QDialog.exec
    QDialog.exec = capture
    try:
        window.controls.criteria_sets_action.trigger()
    finally:
        QDialog.exec = original
    [found] = opened
    assert isinstance(found, CriteriaSetsDialog)
    found.show()
    return found


def click(button):
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def select(dialog, code):
    items = dialog.tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    dialog.tree.setCurrentItem(items[0])
    return items[0]


def type_in_cell(qtbot, dialog, code, column, text):
    item = select(dialog, code)
    dialog.tree.editItem(item, column)
    editor = dialog.tree.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    send_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.wait(20)  # the edit is applied once the editor has closed
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed editor, before the next one


def codes(dialog):
    out = []

    def walk(item, depth):
        out.append(("  " * depth) + item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)
    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i), 0)
    return out


def test_the_file_menu_lists_the_sets_with_year_level_version_and_sheets(dialog, window):
    assert window.controls.criteria_sets_action in window.controls.file_menu.actions()
    table = dialog.set_table
    assert [table.item(0, c).text() for c in range(1, 5)] == ["2023", "district", "1", "1"]
    assert dialog.tree.topLevelItemCount() == 8
    assert "new version" in dialog.frozen_label.text()


def test_a_maximum_typed_in_warns_on_the_parent_at_once_and_undo_takes_it_back(qtbot, dialog):
    type_in_cell(qtbot, dialog, "1.1", 2, "9")
    parent = select(dialog, "1")
    assert parent.text(2).startswith("⚠") and "add up to" in parent.toolTip(0)
    click(dialog.undo_button)
    assert not select(dialog, "1").text(2).startswith("⚠")
    click(dialog.redo_button)
    assert select(dialog, "1").text(2).startswith("⚠")


def test_editing_a_set_in_use_saves_a_new_version_and_leaves_the_sheets_set_alone(qtbot, dialog, workspace,
                                                                                     message_boxes):
    select(dialog, "1.1")
    click(dialog.add_child_button)
    type_in_cell(qtbot, dialog, "1.1.1", 1, "Ban hành đúng hạn")
    type_in_cell(qtbot, dialog, "1.1.1", 2, "0,5")
    dialog.guide_edit.setFocus()
    send_text(dialog.guide_edit, "Đạt: 0,5 điểm")
    click(dialog.save_button)
    assert "new version" in message_boxes[-1]
    builtin, new = sorted(sets.list_sets(workspace), key=lambda s: s.id)
    assert builtin.criteria == 114 and new.criteria == 115 and new.version == 2 and new.based_on == builtin.id
    _, rows = sets.load_set(workspace, new.id)
    added = next(r for r in rows if r.title == "Ban hành đúng hạn")
    assert (added.path, str(added.maximum), added.guide, added.parent) == ("1.1.1", "0.50", "Đạt: 0,5 điểm", "1.1")
    assert dialog.current.id == new.id and dialog.save_button.isEnabled() is False


def test_move_indent_outdent_and_delete_reshape_the_tree_and_a_set_no_sheet_uses_changes_in_place(
        qtbot, dialog, workspace, message_boxes):
    copied = sets.copy_set(workspace, 1, year=2024)
    dialog.reload(select=copied)
    assert "in place" in dialog.frozen_label.text()
    select(dialog, "2")
    click(dialog.up_button)
    assert codes(dialog)[0] == "2"
    click(dialog.indent_button)  # 2 can't indent: it is first now; 1 goes under 2
    select(dialog, "1")
    click(dialog.indent_button)
    assert codes(dialog)[:2] == ["2", "  2.1"] and "  1" in codes(dialog)
    click(dialog.outdent_button)
    assert codes(dialog).count("1") == 1
    select(dialog, "6")
    click(dialog.delete_button)
    assert "6" not in codes(dialog)
    click(dialog.save_button)
    [info] = [s for s in sets.list_sets(workspace) if s.id == copied]
    assert info.version == 1 and info.sheets == 0
    _, rows = sets.load_set(workspace, copied)
    assert [r.code for r in rows if r.parent is None] == ["2", "1", "3", "4", "5", "7", "8"]
    assert [r.path for r in rows if r.parent is None] == ["1", "2", "3", "4", "5", "6", "7"]


def test_copy_to_a_new_year_asks_year_and_name(qtbot, dialog, workspace, monkeypatch):
    def answer(self):
        self.year_box.setValue(2026)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SetFieldsDialog, "exec", answer)
    click(dialog.copy_button)
    new = max(sets.list_sets(workspace), key=lambda s: s.id)
    assert (new.year, new.level, new.criteria, new.sheets) == (2026, "district", 114, 0)
    assert "2026" in new.name and dialog.current.id == new.id


def test_an_unknown_header_opens_the_column_mapping_step(qtbot, dialog, workspace, tmp_path, monkeypatch,
                                                         message_boxes):
    table = tmp_path / "phu-luc.txt"
    table.write_text("Số\tNội dung đánh giá\tĐiểm tối đa được chấm\n1\tChỉ đạo\t3\n1.1\tKế hoạch\t3\n"
                     "2\tThể chế\t2\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(table), "")))

    def fields(self):
        self.name_edit.setText("Bộ xã 2025")
        self.year_box.setValue(2025)
        self.level_box.setCurrentIndex(self.level_box.findData("commune"))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SetFieldsDialog, "exec", fields)
    shown = []

    def mapping(self):
        shown.append(self.table.item(0, 1).text())
        return QDialog.DialogCode.Accepted  # the default picks: columns 1, 2, 3
    monkeypatch.setattr(ColumnMappingDialog, "exec", mapping)
    click(dialog.import_button)
    assert list(message_boxes) == [] and shown == ["Nội dung đánh giá"]
    new = max(sets.list_sets(workspace), key=lambda s: s.id)
    assert (new.name, new.year, new.level, new.criteria) == ("Bộ xã 2025", 2025, "commune", 3)


def test_a_new_sheet_offers_the_sets_of_the_units_level_and_year_first_and_the_unit_keeps_that_level(
        qtbot, window, workspace, tmp_path, monkeypatch, message_boxes):
    from cchc_desktop.ui.sheet_dialogs import NewSheetDialog

    table = tmp_path / "xa.txt"
    table.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\n1\tChỉ đạo\t3\n2\tThể chế\t2\n", encoding="utf-8")
    commune_2025 = sets.import_set(workspace, table, name="Bộ xã 2025", year=2025, level="commune").id
    commune_2024 = sets.import_set(workspace, table, name="Bộ xã 2024", year=2024, level="commune").id
    offered = {}

    def fill(dialog):
        dialog.unit_edit.clear()  # it starts with the open sheet's unit
        send_text(dialog.unit_edit, "Xã Tam Đường")
        dialog.year_box.setValue(2025)
        dialog.level_box.setCurrentIndex(dialog.level_box.findData("commune"))
        offered["ids"] = [dialog.framework_box.itemData(i) for i in range(dialog.framework_box.count())]
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(NewSheetDialog, "exec", fill)
    window.controls.new_sheet_action.trigger()
    assert list(message_boxes) == [] and offered["ids"][:2] == [commune_2025, commune_2024]
    [made] = [s for s in workspace.sheets() if s.unit == "Xã Tam Đường"]
    assert (made.framework_id, made.unit_kind, made.year) == (commune_2025, "commune", 2025)

    def known_unit(dialog):
        dialog.unit_edit.setText("Xã Tam Đường")
        offered["level"] = (dialog.level(), dialog.level_box.isEnabled())
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(NewSheetDialog, "exec", known_unit)
    window.controls.new_sheet_action.trigger()
    assert offered["level"] == ("commune", False)


# --- rules, kinds and grades in the editor (issue 12) ---------------------------------------------------------
def test_the_guide_text_is_read_into_a_rule_shown_in_plain_words_with_its_warnings_live(qtbot, dialog):
    select(dialog, "1.1")
    click(dialog.add_child_button)
    type_in_cell(qtbot, dialog, "1.1.1", 2, "2")
    assert "typed by hand" in dialog.rule_label.text()
    dialog.guide_edit.setFocus()
    send_text(dialog.guide_edit, "Tỷ lệ đạt từ 95% trở lên: 1")
    assert "Bands of a percentage" in dialog.rule_label.text() and "≥ 95%: 1,00 points" in dialog.rule_label.text()
    # the decision gives at most 1 for a criterion worth 2: said, not fixed; and below 95% nothing scores yet
    assert "at most 1,00" in dialog.rule_warnings.text() and "maximum is 2,00" in dialog.rule_warnings.text()
    assert "No band covers" in dialog.rule_warnings.text()
    qtbot.keyClick(dialog.guide_edit, Qt.Key.Key_Return)
    send_text(dialog.guide_edit, "Tỷ lệ đạt dưới 95%: 0")
    assert "< 95%: 0,00 points" in dialog.rule_label.text() and "No band covers" not in dialog.rule_warnings.text()
    # a parent is scored by its parts: no rule of its own
    select(dialog, "1.1")
    assert "sum" in dialog.rule_label.text() and dialog.rule_warnings.text() == ""


def test_the_kind_box_marks_a_criterion_bonus_undoably(qtbot, dialog):
    select(dialog, "8")
    assert dialog.kind_box.currentData() == "score"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("bonus"))
    assert dialog.node_at(dialog.roots, dialog.current_path()).kind == "bonus" and dialog.save_button.isEnabled()
    select(dialog, "7")
    assert dialog.kind_box.currentData() == "score"
    click(dialog.undo_button)
    select(dialog, "8")
    assert dialog.kind_box.currentData() == "score"


def grades_dialog(dialog):
    from cchc_desktop.ui.criteria_sets_dialog import GradesDialog

    click(dialog.grades_button)
    [found] = [child for child in dialog.findChildren(GradesDialog) if child.isVisible()]
    return found


def test_grades_are_edited_in_a_table_refused_with_a_gap_and_saved_with_rules_and_kinds_as_a_new_version(
        qtbot, dialog, workspace, message_boxes):
    from PySide6.QtWidgets import QDialogButtonBox

    assert "≥ 90 Tốt" in dialog.grades_label.text()
    select(dialog, "1.1")
    click(dialog.add_child_button)
    type_in_cell(qtbot, dialog, "1.1.1", 2, "1")
    dialog.guide_edit.setFocus()
    send_text(dialog.guide_edit, "Có ban hành văn bản: điểm tối đa")
    qtbot.keyClick(dialog.guide_edit, Qt.Key.Key_Return)
    send_text(dialog.guide_edit, "Không ban hành: 0 điểm")
    select(dialog, "8")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("deduction"))
    editor = grades_dialog(dialog)
    table = editor.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Tốt", "Khá", "Trung bình", "Yếu"]
    table.item(3, 0).setText("50")  # nothing below 50: a gap
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "must start at 0" in editor.error_label.text()
    table.item(3, 0).setText("0")
    table.item(0, 1).setText("Xuất sắc")
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and "≥ 90 Xuất sắc" in dialog.grades_label.text()
    click(dialog.save_button)
    assert "new version" in message_boxes[-1]
    new = max(sets.list_sets(workspace), key=lambda s: s.id)
    info, rows, grades = sets.load_full_set(workspace, new.id)
    by_path = {row.path: row for row in rows}
    assert by_path["1.1.1"].rule["kind"] == "choice" and by_path["8"].kind == "deduction"
    assert grades[0] == {"from": "90", "label": "Xuất sắc"}
    # the sheets' set is untouched
    _, old_rows, old_grades = sets.load_full_set(workspace, 1)
    assert old_grades is None and all(row.kind == "score" for row in old_rows)
    assert "Xuất sắc" in dialog.grades_label.text()  # the new version is the one shown


def answer_confirmations(monkeypatch, answer):
    """Each Yes/No question the dialog builds answered with ``answer``; the questions asked, returned."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def record(box):
        asked.append(box.text())
        return answer
    monkeypatch.setattr(QMessageBox, "exec", record)
    return asked


def test_a_set_no_sheet_uses_is_deleted_after_asking_and_a_set_in_use_is_refused_naming_its_sheets(
        qtbot, dialog, workspace, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    copied = sets.copy_set(workspace, 1, year=2024)
    dialog.reload(select=copied)
    asked = answer_confirmations(monkeypatch, QMessageBox.StandardButton.No)
    click(dialog.delete_set_button)
    assert len(asked) == 1 and "“Bộ chỉ số CCHC cấp huyện năm 2024” (2024, district, version 1)" in asked[0] and "cannot be undone" in asked[0]
    assert copied in [s.id for s in sets.list_sets(workspace)]  # No keeps it
    asked = answer_confirmations(monkeypatch, QMessageBox.StandardButton.Yes)
    click(dialog.delete_set_button)
    assert copied not in [s.id for s in sets.list_sets(workspace)]
    assert dialog.set_table.rowCount() == len(sets.list_sets(workspace)) == 1
    assert dialog.current.id == 1
    # The seed's (built-in) set: one sheet is scored against it, so it stays, and nothing is asked first.
    asked.clear()
    click(dialog.delete_set_button)
    assert asked == [] and message_boxes == [
        "“Bộ chỉ số CCHC cấp huyện năm 2023” cannot be deleted: 1 sheet(s) are scored against it. Delete those sheets "
        "first, or keep the set."]
    assert 1 in [s.id for s in sets.list_sets(workspace)]
