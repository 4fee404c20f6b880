"""File → Send… and File → Receive… in the window: a package written, received, its conflicts chosen by the user."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.services.exchange import read_package_file
from cchc_desktop.ui.exchange_flow import ConflictDialog


@pytest.fixture
def file_dialogs(monkeypatch):
    """Answers the save and open dialogs with the paths the test puts here; records what each suggested."""
    answers = {"save": "", "open": ""}
    suggested = []

    def save(_parent, _title, directory="", *_args, **_kwargs):
        suggested.append(directory)
        return answers["save"], ""

    def open_(_parent, _title, directory="", *_args, **_kwargs):
        return answers["open"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    answers["suggested"] = suggested
    return answers


def conflict_dialog_answer(monkeypatch, answer):
    """Stands in for the conflict dialog's exec: ``answer(dialog)`` clicks what a user would and returns."""
    seen = []

    def exec_(dialog):
        assert isinstance(dialog, ConflictDialog)
        seen.append(dialog)
        return answer(dialog)

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


def send(window, file_dialogs, path):
    file_dialogs["save"] = str(path)
    window.controls.send_action.trigger()


def test_send_writes_the_open_sheet_as_a_package_named_after_unit_and_year(window, workspace, seed_sheet,
                                                                           file_dialogs, tmp_path):
    send(window, file_dialogs, tmp_path / "goi")  # typed without the ending: .cchc is added
    written = tmp_path / "goi.cchc"
    package = read_package_file(written)
    assert (package.manifest.unit, package.manifest.year) == ("Huyện Phong Thổ", 2023)
    assert file_dialogs["suggested"][-1].endswith("Huyện Phong Thổ 2023.cchc")
    last = safety.history(workspace, seed_sheet.id)[-1]
    assert (last.field, last.new) == ("exchange", f"sent {package.sha256}")
    assert "goi.cchc" in window.statusBar().currentMessage()


def test_receive_into_another_database_creates_the_sheet_and_opens_it(qtbot, window, seed_sheet, file_dialogs,
                                                                       tmp_path, settings):
    from cchc_desktop.ui.main_window import MainWindow

    send(window, file_dialogs, tmp_path / "so.cchc")
    other = Workspace.open(tmp_path / "so.db")
    try:
        office = MainWindow(other, settings=settings)
        qtbot.addWidget(office)
        file_dialogs["open"] = str(tmp_path / "so.cchc")
        office.controls.receive_action.trigger()
        assert (office.document.info.unit, office.document.info.year) == ("Huyện Phong Thổ", 2023)
        assert office.document.sheet.total(Column.APPRAISAL) == Decimal("79.24")
        last = safety.history(other, office.document.id)[-1]
        assert last.field == "exchange" and last.new.startswith("received ")
    finally:
        other.close()


def _differ(window, workspace, seed_sheet, file_dialogs, tmp_path):
    """The sheet sent to the Sở's database; there and here, 1.1 and 1.2.1 then changed to different values; the
    Sở's package back conflicts on both. Returns (the package's values, mine)."""
    from cchc_desktop.services import exchange

    send(window, file_dialogs, tmp_path / "out.cchc")
    other = Workspace.open(tmp_path / "so.db")
    try:
        there = other.open_sheet(exchange.receive_package(other, read_package_file(tmp_path / "out.cchc")).sheet_id)
        theirs = {"1.1": Decimal("0.50"), "1.2.1": Decimal("0.50")}
        for code, value in theirs.items():
            there.set_score(code, Column.APPRAISAL, value)
        exchange.export_sheet(other, there.id, tmp_path / "back.cchc")
    finally:
        other.close()
    here = workspace.open_sheet(seed_sheet.id)
    mine = {"1.1": Decimal("0"), "1.2.1": Decimal("0.25")}
    for code, value in mine.items():
        here.set_score(code, Column.APPRAISAL, value)
    window.open_sheet(seed_sheet.id)
    file_dialogs["open"] = str(tmp_path / "back.cchc")
    return theirs, mine


def test_a_conflict_is_shown_with_both_values_and_each_row_keeps_the_side_chosen(
        window, workspace, seed_sheet, file_dialogs, tmp_path, monkeypatch):
    before, mine = _differ(window, workspace, seed_sheet, file_dialogs, tmp_path)

    def take_the_package_for_1_1(dialog):
        rows = {dialog.table.item(r, 0).text().split()[0]: r for r in range(dialog.table.rowCount())}
        assert set(rows) == {"1.1", "1.2.1"}
        row = rows["1.1"]
        assert Decimal(dialog.table.item(row, 2).text()) == mine["1.1"]  # yours
        assert Decimal(dialog.table.item(row, 3).text()) == before["1.1"]  # the package's
        dialog.choices[row].setCurrentIndex(dialog.choices[row].findData("theirs"))
        QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    shown = conflict_dialog_answer(monkeypatch, take_the_package_for_1_1)
    window.controls.receive_action.trigger()
    assert len(shown) == 1
    after = workspace.open_sheet(seed_sheet.id).sheet
    assert after.entry("1.1", Column.APPRAISAL) == before["1.1"]  # the package's, as chosen
    assert after.entry("1.2.1", Column.APPRAISAL) == mine["1.2.1"]  # mine, as chosen
    assert window.document.sheet.entry("1.1", Column.APPRAISAL) == before["1.1"]  # the window shows it


def test_receive_nothing_leaves_every_value_and_the_take_all_button_takes_all(
        window, workspace, seed_sheet, file_dialogs, tmp_path, monkeypatch):
    before, mine = _differ(window, workspace, seed_sheet, file_dialogs, tmp_path)
    history = len(safety.history(workspace, seed_sheet.id))

    def cancel(dialog):
        QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        return dialog.result()

    conflict_dialog_answer(monkeypatch, cancel)
    window.controls.receive_action.trigger()
    assert len(safety.history(workspace, seed_sheet.id)) == history  # nothing written, not even the log
    assert workspace.open_sheet(seed_sheet.id).sheet.entry("1.1", Column.APPRAISAL) == mine["1.1"]

    def take_all(dialog):
        QTest.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    conflict_dialog_answer(monkeypatch, take_all)
    window.controls.receive_action.trigger()
    after = workspace.open_sheet(seed_sheet.id).sheet
    assert {code: after.entry(code, Column.APPRAISAL) for code in before} == before


def test_a_hostile_package_is_refused_with_the_catalogue_sentence(window, workspace, seed_sheet, file_dialogs,
                                                                   tmp_path, message_boxes, db_path):
    bad = tmp_path / "la.cchc"
    bad.write_bytes(b"this is not a zip at all")
    file_dialogs["open"] = str(bad)
    history = len(safety.history(workspace, seed_sheet.id))
    window.controls.receive_action.trigger()
    assert len(message_boxes) == 1
    assert message_boxes[0].startswith("la.cchc was not received; nothing was changed.")
    assert "is not a CCHC exchange package (.cchc)" in message_boxes[0]
    assert "Traceback" not in message_boxes[0] and "zip" not in message_boxes[0]
    assert len(safety.history(workspace, seed_sheet.id)) == history
