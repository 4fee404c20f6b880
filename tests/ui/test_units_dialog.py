"""File → Units…: units added, edited and merged as a user does it (menu action, buttons, typing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cchc_desktop.services import units
from cchc_desktop.ui.units_dialog import SuccessionDialog, UnitFieldsDialog, UnitsDialog
from ui_helpers import send_text


@pytest.fixture
def dialog(qtbot, window):
    opened = []

    def capture(self):
        opened.append(self)
        return QDialog.DialogCode.Rejected

    original = QDialog.exec
    QDialog.exec = capture
    try:
        window.controls.units_action.trigger()
    finally:
        QDialog.exec = original
    [found] = opened
    assert isinstance(found, UnitsDialog)
    found.show()
    return found


def click(button):
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def the_open(dialog, kind):
    [found] = [child for child in dialog.findChildren(kind) if child.isVisible()]
    return found


def column(dialog, number):
    return [dialog.table.item(row, number).text() for row in range(dialog.table.rowCount())]


def add(dialog, name, code=""):
    click(dialog.add_button)
    fields = the_open(dialog, UnitFieldsDialog)
    send_text(fields.name_edit, name)
    fields.level_box.setCurrentIndex(fields.level_box.findData("commune"))
    send_text(fields.code_edit, code)
    click(fields.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_units_are_added_from_the_file_menu_with_level_and_code(dialog, window, english):
    assert window.controls.units_action in window.controls.file_menu.actions()
    add(dialog, "Xã Khổng Lào (mới)", "03361")
    row = column(dialog, 0).index("Xã Khổng Lào (mới)")
    assert [dialog.table.item(row, c).text() for c in range(3)] == ["Xã Khổng Lào (mới)", "commune", "03361"]


def test_a_second_unit_of_the_same_name_is_refused_with_a_plain_message(dialog, workspace, monkeypatch, english):
    warnings = []
    monkeypatch.setattr("cchc_desktop.ui.units_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    add(dialog, "Xã Bản Lang")
    add(dialog, "xã bản lang")
    assert warnings == ["There is already a unit with that name: choose another name."]


def test_editing_a_unit_changes_its_code_and_a_merger_shows_in_both_directions(dialog, workspace, english):
    for name in ("Xã Khổng Lào", "Xã Hoang Thèn", "Xã Khổng Lào (mới)"):
        add(dialog, name)
    dialog.table.selectRow(column(dialog, 0).index("Xã Hoang Thèn"))
    click(dialog.edit_button)
    fields = the_open(dialog, UnitFieldsDialog)
    send_text(fields.code_edit, "03364")
    click(fields.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert units.find_unit(workspace, "Xã Hoang Thèn").code == "03364"

    click(dialog.merge_button)
    merger = the_open(dialog, SuccessionDialog)
    for row in range(merger.old_list.count()):
        if merger.old_list.item(row).text() in ("Xã Khổng Lào", "Xã Hoang Thèn"):
            merger.old_list.item(row).setCheckState(Qt.CheckState.Checked)
    merger.new_box.setCurrentText("Xã Khổng Lào (mới)")
    merger.date_edit.setDate(QDate(2025, 7, 1))
    click(merger.buttons.button(QDialogButtonBox.StandardButton.Ok))
    names = column(dialog, 0)
    assert column(dialog, 4)[names.index("Xã Hoang Thèn")] == "Xã Khổng Lào (mới) (01/07/2025)"
    assert column(dialog, 5)[names.index("Xã Khổng Lào (mới)")] == "Xã Hoang Thèn, Xã Khổng Lào"


def test_the_years_sheets_are_created_for_every_unit_of_a_level_and_existing_ones_skipped(
        dialog, workspace, seed_path, english):
    if not workspace.sheets():
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    [existing] = workspace.sheets()  # one district already has its 2023 sheet
    framework_id = existing.framework_id
    for name in ("Huyện Tam Đường", "Huyện Sìn Hồ"):
        units.add_unit(workspace, name, level="district")
    dialog.reload()
    click(dialog.campaign_button)
    from cchc_desktop.ui.units_dialog import CampaignDialog

    campaign = the_open(dialog, CampaignDialog)
    campaign.year_box.setValue(2023)
    campaign.level_box.setCurrentIndex(campaign.level_box.findData("district"))
    assert campaign.set_box.currentData() == framework_id
    click(campaign.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert sorted(workspace.sheet_info(sheet_id).unit for sheet_id in dialog.created) == [
        "Huyện Sìn Hồ", "Huyện Tam Đường"]
    assert dialog.campaign_message.text() == "2 sheets of 2023 created; 1 units already had one and were skipped."
