"""The overview window: every unit of a year ranked, sorted, searched, opened, exported, as the office uses it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.overview import (FINAL_TOTAL, INDEX, PERCENT_ROLE, RANK, SHEET_ID_ROLE, UNIT, OverviewModel,
                                      OverviewWindow, ShortfallDialog)
from ui_helpers import send_text

D = Decimal


@pytest.fixture
def year_2023(workspace, seed_path):
    """Five communes of 2023: one at 79,24, two tied one point lower, one lower still, one not scored yet."""
    ids = {}
    for unit in ("Xã Bản Lang", "Xã Khổng Lào", "Xã Hoang Thèn", "Xã Dào San"):
        ids[unit] = workspace.import_file(seed_path, unit=unit, year=2023).sheet_id
    for unit in ("Xã Khổng Lào", "Xã Hoang Thèn", "Xã Dào San"):
        workspace.open_sheet(ids[unit]).set_score("1.1", Column.APPRAISAL, D("0"))
    workspace.open_sheet(ids["Xã Dào San"]).set_score("1.2.2", Column.APPRAISAL, D("0"))
    framework_id = workspace.sheet_info(ids["Xã Bản Lang"]).framework_id
    ids["Xã Sì Lở Lầu"] = workspace.create_sheet(unit="Xã Sì Lở Lầu", year=2023, framework_id=framework_id)
    workspace.create_sheet(unit="Xã Bản Lang", year=2022, framework_id=framework_id)
    # Khổng Lào two years earlier: the seed with 1.6 (2,00) lost
    earlier = workspace.import_file(seed_path, unit="Xã Khổng Lào", year=2021).sheet_id
    workspace.open_sheet(earlier).set_score("1.6", Column.APPRAISAL, D("0"))
    return ids


@pytest.fixture
def overview(qtbot, workspace, year_2023, english, model_tester):
    window = OverviewWindow(workspace, year=2023)
    model_tester.watch(window.model)
    model_tester.watch(window.proxy)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(window, column):
    """The column's texts as the table shows them, top to bottom."""
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_ties_share_a_rank_and_the_next_rank_skips(overview, model_tester):
    assert shown(overview, UNIT) == [
        "Xã Bản Lang", "Xã Hoang Thèn", "Xã Khổng Lào", "Xã Dào San", "Xã Sì Lở Lầu"]
    assert shown(overview, RANK)[:4] == ["1", "2", "2", "4"]
    assert shown(overview, RANK)[4] == "5*"  # nothing entered: ranked last, marked
    assert shown(overview, FINAL_TOTAL)[:2] == ["79,24", "78,24"]
    assert shown(overview, INDEX)[0] == "79,24"
    first = overview.model.unit_at(0)
    assert overview.proxy.index(0, 0).data(SHEET_ID_ROLE) == first.sheet_id
    header = [overview.model.headerData(c, Qt.Orientation.Horizontal) for c in range(overview.model.columnCount())]
    assert header[:7] == ["Rank", "Unit", "Self-assessment", "Appraisal", "Applicable maximum", "Index", "Grade"]
    assert header[7:15] == [f"Area {n}" for n in range(1, 9)] and header[15] == "Progress"
    assert shown(overview, 7)[0] == "9,28" and shown(overview, 15)[0] == "87/87" and shown(overview, 15)[4] == "0/87"
    # the heat-map reads each area's share of its maximum: 9,28 of 13,50
    assert overview.proxy.index(0, 7).data(PERCENT_ROLE).quantize(D("0.01")) == D("68.74")
    assert "2022" not in overview.windowTitle() and "5 units" in overview.windowTitle()
    assert model_tester.faults == []


def test_clicking_a_header_sorts_by_decimal_value_with_unscored_units_last(overview, model_tester):
    header = overview.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(UNIT) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert shown(overview, UNIT) == [
        "Xã Bản Lang", "Xã Dào San", "Xã Hoang Thèn", "Xã Khổng Lào", "Xã Sì Lở Lầu"]
    position = QPoint(header.sectionViewportPosition(INDEX) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)  # ascending: lowest first
    assert shown(overview, INDEX) == ["77,74", "78,24", "78,24", "79,24", "—"]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)  # descending
    assert shown(overview, INDEX) == ["79,24", "78,24", "78,24", "77,74", "—"]
    assert model_tester.faults == []


def test_the_search_box_keeps_units_whose_name_has_the_words_with_or_without_accents(overview, model_tester):
    send_text(overview.search_edit, "khong lao")
    assert shown(overview, UNIT) == ["Xã Khổng Lào"]
    assert shown(overview, RANK) == ["2"]  # the rank is the year's, not the filtered list's
    overview.search_edit.clear()
    send_text(overview.search_edit, "Hoang Thèn")
    assert shown(overview, UNIT) == ["Xã Hoang Thèn"]
    overview.search_edit.clear()
    assert len(shown(overview, UNIT)) == 5
    assert model_tester.faults == []


def test_double_click_opens_that_sheet_in_the_sheet_view(window, workspace, year_2023, qtbot, model_tester):
    window.controls.overview_action.trigger()
    overview = window.overview_window
    assert overview.isVisible() and overview.year == 2023  # the year of the sheet the window shows
    qtbot.waitExposed(overview)
    model_tester.watch(overview.model)
    fired = []
    overview.sheet_requested.connect(fired.append)
    row = shown(overview, UNIT).index("Xã Dào San")
    rect = overview.table.visualRect(overview.proxy.index(row, UNIT))
    # A double click as a hand makes it: a first click, then the second within the double-click time.
    QTest.mouseClick(overview.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(overview.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fired == [year_2023["Xã Dào San"]]
    assert window.document.id == year_2023["Xã Dào San"]
    assert window.document.info.unit == "Xã Dào San"
    # Enter on the current row does the same from the keyboard
    fired.clear()
    overview.table.setCurrentIndex(overview.proxy.index(shown(overview, UNIT).index("Xã Bản Lang"), UNIT))
    overview.table.setFocus()
    QTest.keyClick(overview.table, Qt.Key.Key_Return)
    assert fired == [year_2023["Xã Bản Lang"]] and window.document.id == year_2023["Xã Bản Lang"]
    # opened again, the same window comes forward
    window.controls.overview_action.trigger()
    assert window.overview_window is overview
    assert model_tester.faults == []


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what was asked, answers with ``answer``."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent, title, suggested, filters, *_args, **_kwargs):  # noqa: ANN001, ANN204
        self.asked.append((title, suggested, filters))
        return str(self.answer), filters


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    dialog = SaveDialog(tmp_path / "xep hang 2023")  # no suffix typed: the button adds the right one
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_export_buttons_write_the_ranking_where_the_file_dialog_says(overview, save_dialog, kind):
    chosen, asked = save_dialog.answer, save_dialog.asked
    button = overview.excel_button if kind == "xlsx" else overview.pdf_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    written = chosen.with_name(chosen.name + f".{kind}")
    assert asked and asked[0][1].endswith(f"xep-hang-2023-tham-dinh.{kind}")
    assert written.is_file()
    data = written.read_bytes()
    if kind == "xlsx":
        import io

        import openpyxl

        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
        assert "Xã Khổng Lào" in cells and "Xã Hoang Thèn" in cells
    else:
        assert data.startswith(b"%PDF")
    assert str(written) in overview.statusBar().currentMessage()


def test_an_export_into_a_folder_that_cannot_be_written_says_so(overview, save_dialog, tmp_path, message_boxes):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    save_dialog.answer = blocked / "ranking.xlsx"
    QTest.mouseClick(overview.excel_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes) == 1 and "cannot be written" in message_boxes[0]
    assert "Traceback" not in message_boxes[0] and not (blocked / "ranking.xlsx").exists()


def test_the_shortfall_button_lists_the_criteria_that_lost_most(overview, monkeypatch):
    shown_dialogs = []

    def record(dialog):
        shown_dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ShortfallDialog, "exec", record)
    QTest.mouseClick(overview.shortfall_button, Qt.MouseButton.LeftButton)
    table = shown_dialogs[0].table
    assert table.rowCount() == 10
    rows = [[table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())]
    # 1.7 (2,00, none of it scored on the seed) lost by the four scored communes: 8,00 in all
    assert rows[0][0] == "1.7" and rows[0][2:4] == ["2,00", "8,00"]
    assert "Xã Bản Lang (2,00)" in rows[0][4]


def test_switching_to_the_self_assessment_column_ranks_by_it(overview, model_tester):
    overview.column_box.setCurrentIndex(overview.column_box.findData(Column.SELF))
    # the seed has no self-assessment scores: every unit shares the last rank, marked
    assert shown(overview, RANK) == ["1*"] * 5
    assert model_tester.faults == []


def test_the_charts_follow_the_selected_unit(overview):
    row = shown(overview, UNIT).index("Xã Dào San")
    overview.table.selectRow(row)
    chart = overview.area_chart
    assert chart.unit.unit == "Xã Dào San" and len(chart.rows) == 8
    code, _title, share, average = chart.rows[0]
    assert code == "1" and share < average  # lost 1.1 and 1.2.2: below the average of all units
    assert overview.index_chart.highlight == year_sheet(overview, "Xã Dào San")
    assert len(overview.index_chart.units) == 4  # the unscored unit has no bar
    pixmap = overview.grab()
    assert not pixmap.isNull()


def test_the_trend_tab_shows_the_selected_unit_year_by_year(overview):
    overview.table.selectRow(shown(overview, UNIT).index("Xã Khổng Lào"))
    overview.charts.setCurrentWidget(overview.trend_chart)
    chart = overview.trend_chart
    assert chart.labels == ["2021", "2023"]
    assert [unit.index for unit in chart.units] == [D("77.24"), D("78.24")]
    overview.table.selectRow(shown(overview, UNIT).index("Xã Bản Lang"))
    assert chart.labels == ["2023"]  # its 2022 sheet has no scores yet: no bar
    assert "Xã Bản Lang" in chart.title


def year_sheet(window, unit: str) -> int:
    return next(u.sheet_id for u in window.model.units() if u.unit == unit)


def test_the_model_alone_passes_qts_model_checks(qapp, model_tester, workspace, year_2023):
    from cchc_desktop.services import ranking

    model = OverviewModel()
    model_tester.watch(model)
    model.set_ranking(ranking.rank_year(workspace, 2023))
    model.set_ranking([])
    model.set_ranking(ranking.rank_year(workspace, 2023, Column.SELF))
    assert model.rowCount() == 5
    assert model_tester.faults == []


def test_vietnamese_window_texts(overview, qapp):
    from cchc_desktop.ui import i18n

    i18n.install_language("vi")
    try:
        QApplication.processEvents()
        overview.retranslate_ui()
        assert overview.excel_button.text().replace("&", "") == "Xuất ra Excel…"
        assert overview.model.headerData(RANK, Qt.Orientation.Horizontal) == "Xếp hạng"
    finally:
        i18n.install_language("en")
