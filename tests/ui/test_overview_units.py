"""The overview's stage and missing-evidence columns, and a merged unit's trend with its predecessors' years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage
from cchc_desktop.services import evidence, stages, units
from cchc_desktop.ui.overview import UNIT, OverviewWindow


def open_overview(qtbot, workspace, model_tester, year):
    window = OverviewWindow(workspace, year=year)
    model_tester.watch(window.model)
    model_tester.watch(window.proxy)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def column_of(window, title: str) -> int:
    model = window.model
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def shown(window, column):
    return [window.proxy.index(row, column).data() for row in range(window.proxy.rowCount())]


def test_each_unit_shows_its_stage_and_how_many_scored_leaves_lack_evidence(
        qtbot, workspace, seed_path, english, model_tester):
    first = workspace.import_file(seed_path, unit="Xã Bản Lang", year=2023).sheet_id
    second = workspace.import_file(seed_path, unit="Xã Khổng Lào", year=2023).sheet_id
    document = workspace.open_sheet(first)
    leaves = [node.code for node in document.sheet.framework if node.is_leaf][:3]
    for code in leaves:
        document.set_score(code, Column.SELF, document.sheet.entry(code, Column.APPRAISAL), source="test")
    evidence.attach_bytes(document, leaves[0], "ke-hoach.pdf", b"%PDF-1.4 a", source="test")
    stages.advance(workspace, first, Stage.SUBMITTED, source="test")
    window = open_overview(qtbot, workspace, model_tester, 2023)
    gaps, stage = column_of(window, "Missing evidence"), column_of(window, "Stage")
    rows = dict(zip(shown(window, UNIT), zip(shown(window, gaps), shown(window, stage))))
    assert rows["Xã Bản Lang"] == ("2", "Submitted, round 1")
    assert rows["Xã Khổng Lào"] == ("0", "Outside the cycle")
    window.table.sortByColumn(gaps, Qt.SortOrder.DescendingOrder)
    assert shown(window, UNIT)[0] == "Xã Bản Lang"
    assert second in {window.model.unit_at(row).sheet_id for row in range(window.model.rowCount())}
    assert model_tester.faults == []


def test_a_merged_units_trend_shows_its_predecessors_years_labelled_with_their_names(
        qtbot, workspace, seed_path, english, model_tester):
    for name in ("Xã Khổng Lào", "Xã Hoang Thèn"):
        units.add_unit(workspace, name, level="district")
    units.add_unit(workspace, "Xã Khổng Lào (mới)", level="district")
    units.record_succession(workspace, ["Xã Khổng Lào", "Xã Hoang Thèn"], "Xã Khổng Lào (mới)", date(2025, 7, 1))
    workspace.import_file(seed_path, unit="Xã Khổng Lào", year=2024)
    workspace.import_file(seed_path, unit="Xã Khổng Lào (mới)", year=2025)
    window = open_overview(qtbot, workspace, model_tester, 2025)
    window.charts.setCurrentWidget(window.trend_chart)
    window.table.selectRow(0)
    assert window.trend_chart.labels == ["2024 (Xã Khổng Lào)", "2025"]
