"""Undo and redo write to the database each time; consecutive edits of one cell are one step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.tree_model import TreeColumn

from conftest import first_leaf_with_parents
from ui_helpers import type_into_cell


def test_undo_and_redo_restore_the_stored_values(qtbot, window, seed_sheet):
    leaves = seed_sheet.sheet.framework.leaves()
    a, b = leaves[0], leaves[3]
    original = {leaf.code: seed_sheet.stored_value(leaf.code, Column.APPRAISAL) for leaf in (a, b)}
    total = seed_sheet.sheet.total(Column.APPRAISAL)
    type_into_cell(qtbot, window, a.code, TreeColumn.APPRAISAL, "0")
    type_into_cell(qtbot, window, b.code, TreeColumn.APPRAISAL, "0")
    assert window.undo_stack.count() == 2

    window.controls.undo_action.trigger()
    assert seed_sheet.stored_value(b.code, Column.APPRAISAL) == original[b.code]
    assert seed_sheet.stored_value(a.code, Column.APPRAISAL) == Decimal("0.00")
    window.controls.undo_action.trigger()
    assert seed_sheet.stored_value(a.code, Column.APPRAISAL) == original[a.code]
    reread = window.workspace.open_sheet(seed_sheet.id).sheet
    assert reread.total(Column.APPRAISAL) == total
    assert window.model.index_of(a.code, TreeColumn.APPRAISAL).data() == window.model.index_of(
        a.code, TreeColumn.APPRAISAL).data(Qt.ItemDataRole.EditRole)

    window.controls.redo_action.trigger()
    window.controls.redo_action.trigger()
    assert seed_sheet.stored_value(a.code, Column.APPRAISAL) == Decimal("0.00")
    assert seed_sheet.stored_value(b.code, Column.APPRAISAL) == Decimal("0.00")


def test_consecutive_edits_of_one_cell_are_one_undo_step(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    original = seed_sheet.stored_value(leaf.code, Column.SELF)
    for typed in ("0,1", "0,2", "0,3"):
        window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), typed)
    assert window.undo_stack.count() == 1
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == Decimal("0.30")
    window.undo_stack.undo()
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == original


def test_edits_of_different_cells_stay_separate(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,1")
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.APPRAISAL), "0,1")
    assert window.undo_stack.count() == 2


def test_note_edits_are_stored_and_undoable(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    index = window.model.index_of(leaf.code, TreeColumn.NOTE)
    assert window.model.setData(index, "Thiếu minh chứng  bổ sung")
    assert window.workspace.open_sheet(seed_sheet.id).sheet.note(leaf.code) == "Thiếu minh chứng bổ sung"
    window.undo_stack.undo()
    assert window.workspace.open_sheet(seed_sheet.id).sheet.note(leaf.code) is None


def test_undo_history_lists_each_step(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    window.model.setData(window.model.index_of(leaf.code, TreeColumn.SELF), "0,1")
    rows = window.undo_view.model().rowCount()
    assert rows == 2  # the "opened" state and one edit
    assert leaf.code in window.undo_view.model().index(1, 0).data()
