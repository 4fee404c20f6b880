"""The overview's view of one unit across the years: areas, matching criteria, the rows not compared, predecessors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import units
from cchc_desktop.ui.overview import OverviewWindow
from cchc_desktop.ui.unit_comparison import UnitComparisonDialog


@pytest.fixture
def merged(workspace, seed_path, tmp_path):
    """Khổng Lào's 2024 sheet, merged into Khổng Lào (mới) from 01/07/2025, whose 2025 set renames criterion 1.1."""
    for name in ("Xã Khổng Lào", "Xã Hoang Thèn", "Xã Khổng Lào (mới)"):
        units.add_unit(workspace, name, level="district")
    units.record_succession(workspace, ["Xã Khổng Lào", "Xã Hoang Thèn"], "Xã Khổng Lào (mới)", date(2025, 7, 1))
    workspace.import_file(seed_path, unit="Xã Khổng Lào", year=2024)
    renamed = tmp_path / "bo-tieu-chi-2025.txt"
    text = seed_path.read_text(encoding="utf-8")
    assert "Mức độ hoàn thành kế hoạch CCHC\t" in text
    renamed.write_text(text.replace("Mức độ hoàn thành kế hoạch CCHC\t", "Mức độ hoàn thành kế hoạch CCHC năm\t", 1),
                       encoding="utf-8")
    new = workspace.import_file(renamed, unit="Xã Khổng Lào (mới)", year=2025).sheet_id
    workspace.open_sheet(new).set_score("1.2.1", Column.APPRAISAL, Decimal("0.50"))
    workspace.import_file(seed_path, unit="Xã Bản Lang", year=2025)


def cells(table, row):
    return [table.item(row, column).text() for column in range(table.columnCount())]


def row_of(table, code):
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == code)


def headers(table):
    return [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]


def test_the_overview_opens_a_units_years_with_its_predecessors_sheet_labelled(
        qtbot, workspace, merged, english, monkeypatch):
    window = OverviewWindow(workspace, year=2025)
    qtbot.addWidget(window)
    window.show()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    row = next(r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 1).data() == "Xã Khổng Lào (mới)")
    window.table.selectRow(row)
    window.compare_action.trigger()  # the row's right-click menu
    (dialog,) = opened
    assert dialog.unit == "Xã Khổng Lào (mới)"
    areas = dialog.area_table
    assert headers(areas)[3:5] == ["2024\n(Xã Khổng Lào)", "2025"]
    assert "predecessors" in dialog.years_label.text() and "2024: Xã Khổng Lào" in dialog.years_label.text()
    # Area 1 gained half a point on 1.2.1 (0 → 0,50) while 1.1 kept its score under its new title.
    assert cells(areas, row_of(areas, "1"))[2:] == ["13,50", "9,28", "9,78", "+0,50"]
    criteria = dialog.criteria_table
    assert cells(criteria, row_of(criteria, "1.2.1"))[3:] == ["0,00", "0,50", "+0,50"]
    assert all(criteria.item(r, 0).text() != "1.1" for r in range(criteria.rowCount()))
    # The renamed row is listed for each year, not guessed to be the same criterion.
    unmatched = dialog.unmatched_table
    assert [cells(unmatched, r)[:2] for r in range(unmatched.rowCount())] == [["2024", "1.1"], ["2025", "1.1"]]
    assert "another title" in cells(unmatched, 0)[3]
    assert dialog.tabs.tabText(2) == "Not compared (2)"


def test_previous_and_next_walk_the_units_in_the_overviews_order(qtbot, workspace, merged, english):
    dialog = UnitComparisonDialog(workspace, ["Xã Bản Lang", "Xã Khổng Lào (mới)"], 0)
    qtbot.addWidget(dialog)
    assert dialog.unit == "Xã Bản Lang" and not dialog.previous_button.isEnabled()
    assert headers(dialog.area_table)[3:4] == ["2025"] and dialog.unmatched_table.rowCount() == 0
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.unit == "Xã Khổng Lào (mới)" and not dialog.next_button.isEnabled()
    assert "(2 of 2)" in dialog.unit_label.text()
    assert headers(dialog.area_table)[3:5] == ["2024\n(Xã Khổng Lào)", "2025"]
    QTest.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.unit == "Xã Bản Lang"


def shown_dialog(qtbot, workspace, unit="Xã Khổng Lào (mới)"):
    dialog = UnitComparisonDialog(workspace, [unit], 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def double_click(qtbot, dialog, table, row, column):
    """The sheet a double click on the cell asks for."""
    where = table.visualRect(table.model().index(row, column)).center()
    with qtbot.waitSignal(dialog.sheet_requested) as opened:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click, as Qt sees it
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    return opened.args[0]


def test_a_double_click_on_a_years_score_opens_that_years_sheet(qtbot, workspace, merged, english):
    dialog = shown_dialog(qtbot, workspace)
    table = dialog.area_table
    opened = double_click(qtbot, dialog, table, row_of(table, "1"), 3)  # 2024, the predecessor's
    assert opened == workspace.find_unit_sheet("Xã Khổng Lào", 2024).id
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_areas_end_with_each_years_final_total_index_and_grade(qtbot, workspace, merged, english):
    dialog = shown_dialog(qtbot, workspace)
    table = dialog.area_table
    last = table.rowCount() - 1
    # 2024 is the predecessor's sheet as appraised; 2025 gained half a point on 1.2.1.
    assert cells(table, last - 2)[1:] == ["Final total", "100,00", "79,24", "79,74", "+0,50"]
    assert cells(table, last - 1)[1:] == ["Index (out of 100)", "100,00", "79,24", "79,74", "+0,50"]
    assert cells(table, last)[1:] == ["Grade", "", "Trung bình", "Trung bình", "—"]
    assert table.item(last - 2, 3).font().bold() and table.item(last - 2, 3).background().color().name() == "#eef2f8"
    assert double_click(qtbot, dialog, table, last - 1, 4) == workspace.find_unit_sheet("Xã Khổng Lào (mới)", 2025).id
