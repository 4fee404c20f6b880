"""The window's side of scoring rules: figures typed in a rule leaf's cell, options picked, not applicable marks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.rule_text import recognise_all
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import rules
from cchc_desktop.services.safety import history
from cchc_desktop.store import repository
from cchc_desktop.ui.not_applicable import ReasonDialog
from cchc_desktop.ui.tree_model import TreeColumn

GUIDES = {
    "1.1": ["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt từ 80% đến dưới 95%: 1", "Tỷ lệ đạt dưới 80%: 0"],
    "1.2": ["Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 5"],
    "1.3": ["Đạt các mục tiêu được giao: 1", "Không đạt: 0"],
}


@pytest.fixture
def rule_sheet(workspace):
    """A commune sheet whose 1.1 is a threshold, 1.2 a ratio, 1.3 a choice and 2.1 typed by hand."""
    framework = Framework([CriterionSpec("1", "Công tác chỉ đạo", Decimal("8.5")),
                           CriterionSpec("1.1", "Tỷ lệ hoàn thành kế hoạch", Decimal("2.5")),
                           CriterionSpec("1.2", "Hoàn thành công việc", Decimal(5)),
                           CriterionSpec("1.3", "Mục tiêu", Decimal(1)),
                           CriterionSpec("2", "Cải cách thể chế", Decimal(2)),
                           CriterionSpec("2.1", "Rà soát văn bản", Decimal(2))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bộ chỉ số cấp xã 2025", year=2025,
                                                 level="commune")
        report = recognise_all((code, framework.get(code).maximum, lines) for code, lines in GUIDES.items())
        rules.save_recognised(connection, framework_id, report)
    return workspace.create_sheet(unit="Xã Tả Phìn", year=2025, framework_id=framework_id, kind="commune")


@pytest.fixture
def rule_window(qtbot, workspace, rule_sheet, settings, english):
    from cchc_desktop.ui.main_window import MainWindow

    main = MainWindow(workspace, settings=settings, sheet_id=rule_sheet)
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def cell(window, code, column=TreeColumn.SELF):
    return window.filter_model.mapFromSource(window.model.index_of(code, column))


def type_into_cell(qtbot, window, code, text, column=TreeColumn.SELF):
    """Open the cell's editor with F2 and type ``text`` one key event per character (no Enter)."""
    index = cell(window, code, column)
    window.view.scrollTo(index)
    window.view.setCurrentIndex(index)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    for character in text:
        QTest.keyClicks(editor, character)  # one key event per character
    return editor


def state(window):
    return rules.sheet_state(window.document)


@pytest.mark.parametrize("figures, score", [("96%", "2.50"), ("94,9%", "1.00"), ("19/20", "2.50")])
def test_typed_figures_store_the_figures_and_the_rules_score(qtbot, rule_window, figures, score):
    editor = type_into_cell(qtbot, rule_window, "1.1", figures)
    assert editor.preview == "→ " + score.replace(".", ",")
    assert rule_window.view.viewport().findChild(type(editor.preview_label), "scoreEditorPreview").isVisible()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    document = rule_window.document
    assert document.sheet.entry("1.1", Column.SELF) == Decimal(score)
    assert state(rule_window).figures["1.1"]["self"] == figures
    tip = cell(rule_window, "1.1").data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Figures: {figures} → {score.replace('.', ',')}"


def test_a_ratio_is_typed_as_two_figures_and_a_plain_score_is_refused_at_the_cell(qtbot, rule_window):
    editor = type_into_cell(qtbot, rule_window, "1.2", "3")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.message.text() == "“3” is one figure, but this rule takes two, such as 45/50."
    assert rule_window.document.sheet.entry("1.2", Column.SELF) is None
    editor.selectAll()
    for character in "45/50":
        QTest.keyClicks(editor, character)
    assert editor.preview == "→ 4,50"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert rule_window.document.sheet.entry("1.2", Column.SELF) == Decimal("4.50")
    assert rule_window.summary.self_label.text().count("4,50")


def test_undo_of_figures_restores_the_previous_figures_and_score_and_it_is_audited(qtbot, rule_window, workspace):
    QTest.keyClick(type_into_cell(qtbot, rule_window, "1.1", "96%"), Qt.Key.Key_Return)
    QTest.keyClick(type_into_cell(qtbot, rule_window, "1.1", "85%"), Qt.Key.Key_Return)
    document = rule_window.document
    assert document.sheet.entry("1.1", Column.SELF) == Decimal(1)
    rule_window.controls.undo_action.trigger()
    assert document.sheet.entry("1.1", Column.SELF) == Decimal("2.5")
    assert state(rule_window).figures["1.1"]["self"] == "96%"
    assert cell(rule_window, "1.1").data(Qt.ItemDataRole.DisplayRole) == "2,50"
    rule_window.controls.undo_action.trigger()
    assert document.sheet.entry("1.1", Column.SELF) is None and not state(rule_window).figures.get("1.1")
    rule_window.controls.redo_action.trigger()
    assert state(rule_window).figures["1.1"]["self"] == "96%"
    fields = [(entry.code, entry.field) for entry in history(workspace, document.id)]
    assert ("1.1", "self_figures") in fields


def test_a_choice_rule_is_picked_from_its_options_with_their_points(qtbot, rule_window):
    index = cell(rule_window, "1.3")
    rule_window.view.scrollTo(index)
    rule_window.view.setCurrentIndex(index)
    QTest.keyClick(rule_window.view, Qt.Key.Key_F2)
    chooser = QApplication.focusWidget()
    assert chooser.objectName() == "optionEditor"
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["Đạt các mục tiêu được giao: 1,00",
                                                                      "Không đạt: 0,00"]
    chooser.setCurrentIndex(0)
    chooser.activated.emit(0)
    assert rule_window.document.sheet.entry("1.3", Column.SELF) == Decimal(1)
    assert state(rule_window).figures["1.3"]["self"] == "1"
    assert "Đạt các mục tiêu" in cell(rule_window, "1.3").data(Qt.ItemDataRole.ToolTipRole)


def test_a_plain_score_typed_on_a_threshold_leaf_is_refused_saying_to_type_the_figures(qtbot, rule_window):
    editor = type_into_cell(qtbot, rule_window, "1.1", "2,5")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.message.text() == (
        "1.1 is scored by a rule: type its figures as a percentage (such as 96%) or a ratio (such as 45/50), "
        "not the score.")
    assert rule_window.document.sheet.entry("1.1", Column.SELF) is None


def test_a_leaf_without_a_rule_still_takes_a_typed_score(qtbot, rule_window):
    QTest.keyClick(type_into_cell(qtbot, rule_window, "2.1", "1,5"), Qt.Key.Key_Return)
    assert rule_window.document.sheet.entry("2.1", Column.SELF) == Decimal("1.5")


def answer_reason(monkeypatch, reason):
    def fake_exec(dialog):
        for character in reason:
            dialog.reason_edit.insert(character)
        if not dialog.ok_button.isEnabled():
            return QDialog.DialogCode.Rejected
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", fake_exec)


def menu_action(window, code):
    from PySide6.QtWidgets import QMenu

    menu = QMenu(window)
    window.controls.build_criterion_menu(menu, code)
    return {action.text().replace("&", ""): action for action in menu.actions()}


def test_not_applicable_from_the_right_click_menu_greys_the_row_and_rescales_the_index(monkeypatch, qtbot,
                                                                                      rule_window):
    document = rule_window.document
    QTest.keyClick(type_into_cell(qtbot, rule_window, "2.1", "1,5"), Qt.Key.Key_Return)
    # 1,5 of an applicable 10,5 is 14,29; with 1.2 (5 points) out, of 5,5 it is 27,27.
    assert "Index: self-assessment 14,29" in rule_window.summary.toolTip()
    leaves = document.sheet.totals(None, Column.SELF).leaves
    assert f"Scored: self 1, appraisal 0 of {leaves} sub-criteria" in rule_window.summary.toolTip()
    answer_reason(monkeypatch, "Không được giao chỉ tiêu")
    menu_action(rule_window, "1.2")["Not applicable…"].trigger()
    assert state(rule_window).not_applicable == {"1.2": "Không được giao chỉ tiêu"}
    index = cell(rule_window, "1.2", TreeColumn.TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Not applicable: Không được giao chỉ tiêu"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert cell(rule_window, "1.2").data(Qt.ItemDataRole.DisplayRole) == "Not applicable"
    assert cell(rule_window, "1.2").data(Qt.ItemDataRole.BackgroundRole) is None  # not flagged "not scored yet"
    assert rule_window.summary.indices()[Column.SELF].applicable_maximum == Decimal("5.50")
    assert "Index: self-assessment 27,27" in rule_window.summary.toolTip()
    assert "applicable maximum 5,50" in rule_window.summary.toolTip()
    # The marked sub-criterion leaves the progress count too: it is neither scored nor waiting for a score.
    assert f"Scored: self 1, appraisal 0 of {leaves - 1} sub-criteria" in rule_window.summary.toolTip()
    # Undo brings the mark back off; "Applicable again" clears it as its own step.
    rule_window.controls.undo_action.trigger()
    assert state(rule_window).not_applicable == {}
    assert rule_window.summary.indices()[Column.SELF].applicable_maximum == Decimal("10.50")
    rule_window.controls.redo_action.trigger()
    menu_action(rule_window, "1.2")["Applicable again"].trigger()
    assert state(rule_window).not_applicable == {}
    rule_window.controls.undo_action.trigger()
    assert state(rule_window).not_applicable == {"1.2": "Không được giao chỉ tiêu"}
    assert document.sheet.entry("1.2", Column.SELF) is None


def test_not_applicable_needs_a_reason(monkeypatch, rule_window):
    answer_reason(monkeypatch, "   ")
    menu_action(rule_window, "1.2")["Not applicable…"].trigger()
    assert state(rule_window).not_applicable == {}
    assert not rule_window.undo_stack.canUndo()


def test_delete_on_a_rule_leaf_clears_its_figures_with_its_score_and_undo_brings_both_back(qtbot, rule_window):
    QTest.keyClick(type_into_cell(qtbot, rule_window, "1.1", "96%"), Qt.Key.Key_Return)
    QTest.keyClick(type_into_cell(qtbot, rule_window, "2.1", "1,5"), Qt.Key.Key_Return)
    selection = QItemSelection()
    for code in ("1.1", "2.1"):
        selection.select(cell(rule_window, code), cell(rule_window, code))
    rule_window.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    rule_window.view.setFocus()
    QTest.keyClick(rule_window.view, Qt.Key.Key_Delete)
    document = rule_window.document
    assert document.sheet.entry("1.1", Column.SELF) is None and document.sheet.entry("2.1", Column.SELF) is None
    assert not (state(rule_window).figures.get("1.1") or {}).get("self")
    rule_window.controls.undo_action.trigger()  # one step for the whole clear
    assert document.sheet.entry("1.1", Column.SELF) == Decimal("2.5")
    assert document.sheet.entry("2.1", Column.SELF) == Decimal("1.5")
    assert state(rule_window).figures["1.1"]["self"] == "96%"


def test_a_pasted_score_on_a_rule_leaf_is_refused_whole_naming_the_row(qtbot, rule_window, message_boxes):
    QApplication.clipboard().setText("2,5\n45/50\n1\n1,5\n")
    rule_window.view.setCurrentIndex(cell(rule_window, "1.1"))
    rule_window.controls.paste_action.trigger()
    document = rule_window.document
    assert document.sheet.entry("1.1", Column.SELF) is None and document.sheet.entry("2.1", Column.SELF) is None
    assert len(message_boxes) == 1
    assert ("Line 1 (1.1): 1.1 is scored by a rule from its figures: give its figures (a percentage such as 96% or "
            "a ratio such as 45/50), not its score.") in message_boxes[0]


def test_pasted_figures_on_rule_leaves_are_scored_by_their_rules_in_one_step(qtbot, rule_window, workspace,
                                                                           message_boxes):
    # A column copied from the province's workbook: percentages, a ratio, an option number, then a plain score.
    QApplication.clipboard().setText("94,9%\t96%\n45/50\t40/50\n1\t2\n1,5\t1\n")
    rule_window.view.setCurrentIndex(cell(rule_window, "1.1"))
    rule_window.controls.paste_action.trigger()
    assert message_boxes == []
    document = rule_window.document
    entries = {(code, column.value): document.sheet.entry(code, column)
               for code in ("1.1", "1.2", "1.3", "2.1") for column in (Column.SELF, Column.APPRAISAL)}
    assert entries == {("1.1", "self"): Decimal("1.00"), ("1.1", "appraisal"): Decimal("2.50"),
                       ("1.2", "self"): Decimal("4.50"), ("1.2", "appraisal"): Decimal("4.00"),
                       ("1.3", "self"): Decimal("1.00"), ("1.3", "appraisal"): Decimal("0.00"),
                       ("2.1", "self"): Decimal("1.5"), ("2.1", "appraisal"): Decimal("1")}
    assert state(rule_window).figures["1.1"] == {"self": "94,9%", "appraisal": "96%"}
    assert state(rule_window).figures["1.2"] == {"self": "45/50", "appraisal": "40/50"}
    assert [(entry.code, entry.source) for entry in history(workspace, document.id)
            if entry.field == "self_figures"] == [("1.1", "paste"), ("1.2", "paste"), ("1.3", "paste")]
    assert rule_window.undo_stack.undoText() == "Paste 8 scores"
    assert cell(rule_window, "1.2", TreeColumn.APPRAISAL).data(Qt.ItemDataRole.ToolTipRole) == "Figures: 40/50 → 4,00"
    rule_window.controls.undo_action.trigger()  # the whole block is one step
    assert all(document.sheet.entry(code, Column.SELF) is None for code in ("1.1", "1.2", "1.3", "2.1"))
    assert not any((state(rule_window).figures.get(code) or {}).get("self") for code in ("1.1", "1.2", "1.3"))
    assert cell(rule_window, "1.2", TreeColumn.APPRAISAL).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "1.2: type the figures")
    rule_window.controls.redo_action.trigger()
    assert document.sheet.entry("1.2", Column.APPRAISAL) == Decimal("4.00")
    assert state(rule_window).figures["1.2"] == {"self": "45/50", "appraisal": "40/50"}


def test_the_not_applicable_row_and_the_figures_speak_vietnamese(monkeypatch, qtbot, rule_window):
    from cchc_desktop.ui import i18n

    QTest.keyClick(type_into_cell(qtbot, rule_window, "1.1", "45/50"), Qt.Key.Key_Return)
    answer_reason(monkeypatch, "Không được giao chỉ tiêu")
    menu_action(rule_window, "1.2")["Not applicable…"].trigger()
    rule_window.set_language("vi")
    assert cell(rule_window, "1.2").data(Qt.ItemDataRole.DisplayRole) == "Không áp dụng"
    assert cell(rule_window, "1.1").data(Qt.ItemDataRole.ToolTipRole) == "Số liệu: 45/50 → 1,00 điểm"
    assert "Không áp dụng…" in menu_action(rule_window, "1.3")
    assert rule_window.undo_stack.undoText() == "Đánh dấu 1.2 không áp dụng"
    i18n.install_language("en")
