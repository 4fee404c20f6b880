"""Spreadsheet keys and clipboard: Delete clears, copy gives tab-separated text, paste is all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.numbers import format_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.tree_model import TreeColumn

from conftest import first_leaf_with_parents
from ui_helpers import cell


def stored_column(document, codes, column=Column.APPRAISAL):
    return [document.stored_value(code, column) for code in codes]


def test_delete_clears_the_selected_score_and_undo_brings_it_back(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    before = seed_sheet.stored_value(leaf.code, Column.APPRAISAL)
    assert before is not None
    window.view.setCurrentIndex(cell(window, leaf.code, TreeColumn.APPRAISAL))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) is None
    window.controls.undo_action.trigger()
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) == before


def test_copy_gives_tab_separated_rows(qtbot, window, seed_sheet):
    leaves = seed_sheet.sheet.framework.leaves()[:3]
    selection = QItemSelection()
    for leaf in leaves:
        for column in (TreeColumn.CODE, TreeColumn.APPRAISAL):
            index = cell(window, leaf.code, column)
            selection.select(index, index)
    window.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.controls.copy_action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert lines == [f"{leaf.code}\t{format_score(seed_sheet.sheet.entry(leaf.code, Column.APPRAISAL))}"
                     for leaf in leaves]


def test_pasting_a_column_fills_consecutive_leaves_as_one_undo_step(qtbot, window, seed_sheet):
    leaves = seed_sheet.sheet.framework.leaves()[2:6]
    codes = [leaf.code for leaf in leaves]
    before = stored_column(seed_sheet, codes)
    values = [min(leaf.maximum, Decimal("0.25")) for leaf in leaves]
    # The way Excel or LibreOffice puts a column on the clipboard: CRLF line ends, a trailing one.
    QApplication.clipboard().setText("\r\n".join(format_score(v) for v in values) + "\r\n")
    window.view.setCurrentIndex(cell(window, codes[0], TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    assert stored_column(seed_sheet, codes) == values
    assert window.undo_stack.count() == 1
    window.controls.undo_action.trigger()
    assert stored_column(seed_sheet, codes) == before


def test_a_bad_paste_changes_nothing_and_names_every_bad_value(qtbot, window, seed_sheet, message_boxes):
    leaves = seed_sheet.sheet.framework.leaves()[:4]
    codes = [leaf.code for leaf in leaves]
    before = stored_column(seed_sheet, codes)
    QApplication.clipboard().setText("0,25\n0.5\nabc\n-2\n")
    window.view.setCurrentIndex(cell(window, codes[0], TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    assert stored_column(seed_sheet, codes) == before
    assert window.undo_stack.count() == 0
    assert len(message_boxes) == 1
    assert "abc" in message_boxes[0] and codes[2] in message_boxes[0]
    assert "-2" in message_boxes[0] and codes[3] in message_boxes[0]


def test_paste_over_a_maximum_is_refused_whole(qtbot, window, seed_sheet, message_boxes):
    leaves = seed_sheet.sheet.framework.leaves()[:2]
    codes = [leaf.code for leaf in leaves]
    before = stored_column(seed_sheet, codes)
    QApplication.clipboard().setText(f"0\n{format_score(leaves[1].maximum + 1)}\n")
    window.view.setCurrentIndex(cell(window, codes[0], TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    assert stored_column(seed_sheet, codes) == before
    assert format_score(leaves[1].maximum) in message_boxes[0]


def test_paste_past_the_last_leaf_is_refused(qtbot, window, seed_sheet, message_boxes):
    last = seed_sheet.sheet.framework.leaves()[-1]
    before = seed_sheet.stored_value(last.code, Column.APPRAISAL)
    QApplication.clipboard().setText("0\n0\n")
    window.view.setCurrentIndex(cell(window, last.code, TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    assert seed_sheet.stored_value(last.code, Column.APPRAISAL) == before
    assert message_boxes and last.code in message_boxes[0]


def test_a_refused_paste_names_ten_bad_values_then_counts_the_rest(qtbot, window, seed_sheet, message_boxes):
    leaves = seed_sheet.sheet.framework.leaves()[:13]
    QApplication.clipboard().setText("".join(f"x{n}\n" for n in range(12)) + "0\n")
    window.view.setCurrentIndex(cell(window, leaves[0].code, TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    message = message_boxes[0]
    assert all(f"“x{n}”" in message for n in range(10))
    assert "x10" not in message and "x11" not in message
    assert "and 2 more" in message and "12" in message


def test_a_refused_paste_names_the_code_once_per_value(qtbot, window, seed_sheet, message_boxes):
    leaves = seed_sheet.sheet.framework.leaves()[:2]
    QApplication.clipboard().setText(f"0\n{format_score(leaves[1].maximum + 1)}\n")
    window.view.setCurrentIndex(cell(window, leaves[0].code, TreeColumn.APPRAISAL))
    window.controls.paste_action.trigger()
    line = next(line for line in message_boxes[0].splitlines() if leaves[1].code in line)
    assert line.count(leaves[1].code) == 1, line


def test_the_pasted_cells_are_selected_and_skipped_parent_rows_are_named(qtbot, window, seed_sheet):
    leaves = seed_sheet.sheet.framework.leaves()[:3]  # 1.1, then 1.2.1 and 1.2.2 under the criterion 1.2
    parent = leaves[1].parent.code
    assert leaves[0].parent is not leaves[1].parent
    QApplication.clipboard().setText("0,5\t0,5\n0,25\t0,25\n0\t0\n")
    window.view.setCurrentIndex(cell(window, leaves[0].code, TreeColumn.SELF))
    window.controls.paste_action.trigger()
    selected = {(window.filter_model.mapToSource(index).internalPointer().code, index.column())
                for index in window.view.selectionModel().selectedIndexes()}
    assert selected == {(leaf.code, int(column)) for leaf in leaves
                        for column in (TreeColumn.SELF, TreeColumn.APPRAISAL)}
    status = window.statusBar().currentMessage()
    assert "Pasted 6 scores." in status and parent in status and "skipped" in status
