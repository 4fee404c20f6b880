"""The window moves a sheet through the yearly cycle: File → Move to the next stage, the summary and the tree follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cchc_desktop.domain.stages import Stage
from cchc_desktop.services import safety
from cchc_desktop.ui.tree_model import TreeColumn


def _editable(window, column: TreeColumn) -> bool:
    index = window.model.index_of("1.1", column)
    return bool(window.model.flags(index) & Qt.ItemFlag.ItemIsEditable)


def test_the_next_stage_action_submits_the_sheet_and_opens_round_1(window, workspace, seed_sheet):
    action = window.controls.next_stage_action
    assert window.view.header().isSectionHidden(int(TreeColumn.ROUND1))  # outside the cycle: as before
    assert _editable(window, TreeColumn.SELF) and "Stage" not in window.summary.toolTip()
    action.trigger()
    assert workspace.open_sheet(seed_sheet.id).stage is Stage.SUBMITTED
    assert window.document.stage is Stage.SUBMITTED
    assert not _editable(window, TreeColumn.SELF) and _editable(window, TreeColumn.ROUND1)
    assert not window.view.header().isSectionHidden(int(TreeColumn.ROUND1))
    assert "Stage: submitted, round 1 open" in window.summary.toolTip()
    assert [e.field for e in safety.history(workspace, seed_sheet.id)][-1] == "stage"


def test_the_action_walks_the_cycle_to_locked_with_nothing_open_at_final(window, workspace, seed_sheet):
    shown = []
    window.editor.error_raised.connect(shown.append)
    for _ in range(4):  # submitted, appraised, explained, final
        window.controls.next_stage_action.trigger()
    assert window.document.stage is Stage.FINAL
    assert not any(_editable(window, column) for column in TreeColumn)
    window.controls.next_stage_action.trigger()
    assert window.document.stage is Stage.LOCKED and shown == []


def test_copy_round_1_to_final_is_one_undoable_step_that_skips_explained_criteria(window, workspace, seed_sheet):
    from decimal import Decimal

    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import stages

    window.controls.next_stage_action.trigger()  # submitted
    for code, value in (("1.1", "0.25"), ("1.2.1", "0.25")):
        window.editor.document.set_score(code, Column.ROUND1, value)
    window.controls.next_stage_action.trigger()  # appraised
    window.editor.document.set_explanation("1.2.1", "Đã bổ sung báo cáo")
    window.controls.next_stage_action.trigger()  # explained
    before = window.document.sheet.entry("1.2.1", Column.APPRAISAL)
    steps = window.undo_stack.count()
    window.controls.copy_round1_action.trigger()
    sheet = workspace.open_sheet(seed_sheet.id).sheet
    assert sheet.entry("1.1", Column.APPRAISAL) == Decimal("0.25")
    assert sheet.entry("1.2.1", Column.APPRAISAL) == before  # explained: left to the appraiser
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert workspace.open_sheet(seed_sheet.id).sheet.entry("1.1", Column.APPRAISAL) == seed_sheet.sheet.entry(
        "1.1", Column.APPRAISAL)
    assert stages.current(workspace, seed_sheet.id) is Stage.EXPLAINED


def test_at_stage_appraised_the_explanation_is_typed_in_its_cell_and_undone(window, workspace, seed_sheet, qtbot):
    for _ in range(2):  # submitted, appraised
        window.controls.next_stage_action.trigger()
    index = window.model.index_of("1.1", TreeColumn.EXPLANATION)
    assert _editable(window, TreeColumn.EXPLANATION) and not _editable(window, TreeColumn.ROUND1)
    assert window.model.setData(index, "Kế hoạch ban hành ngày 15/1", Qt.ItemDataRole.EditRole)
    assert workspace.open_sheet(seed_sheet.id).sheet.explanation("1.1") == "Kế hoạch ban hành ngày 15/1"
    assert window.model.data(index) == "Kế hoạch ban hành ngày 15/1"
    window.undo_stack.undo()
    assert workspace.open_sheet(seed_sheet.id).sheet.explanation("1.1") is None
    # Shown next to the self-assessment and round 1, before the final appraisal.
    header = window.view.header()
    assert [header.visualIndex(int(c)) for c in (TreeColumn.SELF, TreeColumn.ROUND1, TreeColumn.EXPLANATION)] == [
        header.visualIndex(int(TreeColumn.SELF)) + step for step in range(3)]
    assert header.visualIndex(int(TreeColumn.APPRAISAL)) > header.visualIndex(int(TreeColumn.EXPLANATION))
