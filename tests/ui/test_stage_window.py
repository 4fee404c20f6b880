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
