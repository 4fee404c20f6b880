"""Typing scores through the real cell editor: accepted ones roll up and are stored, refused ones say why."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.numbers import format_score, parse_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.score_delegate import ScoreEditor
from cchc_desktop.ui.tree_model import TreeColumn

from conftest import first_leaf_with_parents
from ui_helpers import cell, open_editor, type_into_cell, type_text


def shown(window, code: str, column: TreeColumn) -> str:
    return cell(window, code, column).data(Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize("typed", ["0,25", "0.25", " 0,25 "])
def test_typing_a_score_updates_leaf_ancestors_total_and_database(qtbot, window, seed_sheet, typed):
    leaf = first_leaf_with_parents(seed_sheet)
    sheet = seed_sheet.sheet
    before = {node.code: sheet.score(node.code, Column.SELF) or Decimal(0) for node in (leaf, *leaf.ancestors())}
    total_before = sheet.total(Column.SELF)

    type_into_cell(qtbot, window, leaf.code, TreeColumn.SELF, typed)

    value = parse_score(typed)
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == value
    assert shown(window, leaf.code, TreeColumn.SELF) == format_score(value)
    delta = value - (before[leaf.code])
    reread = window.workspace.open_sheet(seed_sheet.id).sheet
    for ancestor in leaf.ancestors():
        expected = before[ancestor.code] + delta
        assert shown(window, ancestor.code, TreeColumn.SELF) == format_score(expected)
        assert reread.score(ancestor.code, Column.SELF) == expected
    assert reread.total(Column.SELF) == total_before + delta
    assert format_score(total_before + delta) in window.summary.self_label.text()


def test_enter_commits_and_moves_to_the_next_leaf_in_the_same_column(qtbot, window, seed_sheet):
    leaves = seed_sheet.sheet.framework.leaves()
    first, second = leaves[0], leaves[1]
    type_into_cell(qtbot, window, first.code, TreeColumn.APPRAISAL, "0,5")
    current = window.view.currentIndex()
    assert current.column() == TreeColumn.APPRAISAL
    assert window.model.node(window.filter_model.mapToSource(current)).code == second.code


def test_tab_commits_and_moves_right(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    type_into_cell(qtbot, window, leaf.code, TreeColumn.SELF, "0,5", finish=Qt.Key.Key_Tab)
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == Decimal("0.50")
    current = window.view.currentIndex()
    assert current.column() == TreeColumn.APPRAISAL
    assert window.model.node(window.filter_model.mapToSource(current)).code == leaf.code


def test_typing_on_a_selected_cell_starts_editing_with_that_key(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    window.view.setCurrentIndex(cell(window, leaf.code, TreeColumn.SELF))
    window.view.setFocus()
    qtbot.keyClick(window.view, "0")
    editor = QApplication.focusWidget()
    assert isinstance(editor, ScoreEditor)
    type_text(qtbot, editor, ",5")
    assert editor.text() == "0,5"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == Decimal("0.50")


def refusals(leaf):
    over = format_score(leaf.maximum + Decimal("0.25"))
    return [
        ("abc", "abc"),
        ("-1", "-1"),
        (over, format_score(leaf.maximum)),  # names the maximum it is over
        ("0,255", "0,255"),
        ("1.000,5", "1.000,5"),
    ]


@pytest.mark.parametrize("case", range(5))
def test_an_invalid_entry_keeps_the_editor_open_and_says_why(qtbot, window, seed_sheet, case):
    leaf = first_leaf_with_parents(seed_sheet)
    typed, mentioned = refusals(leaf)[case]
    stored_before = seed_sheet.stored_value(leaf.code, Column.APPRAISAL)
    editor = type_into_cell(qtbot, window, leaf.code, TreeColumn.APPRAISAL, typed)

    assert QApplication.focusWidget() is editor, "the editor closed on a refused entry"
    assert editor.message.isVisible()
    assert mentioned in editor.message.text()
    assert mentioned in window.statusBar().currentMessage()
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) == stored_before
    # Correcting the entry is then accepted.
    editor.selectAll()
    type_text(qtbot, editor, "0")
    assert not editor.message.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) == Decimal("0.00")


def test_emptying_a_cell_clears_its_score(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) is not None
    editor = open_editor(qtbot, window, leaf.code, TreeColumn.APPRAISAL)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) is None
    assert shown(window, leaf.code, TreeColumn.APPRAISAL) == ""


def test_delete_inside_the_editor_edits_the_text_not_the_stored_score(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    stored_before = seed_sheet.stored_value(leaf.code, Column.APPRAISAL)
    editor = open_editor(qtbot, window, leaf.code, TreeColumn.APPRAISAL)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == ""
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) == stored_before
    assert window.undo_stack.count() == 0


def test_a_refused_entry_left_by_clicking_away_is_not_stored_and_the_user_is_told(qtbot, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    stored_before = seed_sheet.stored_value(leaf.code, Column.APPRAISAL)
    editor = type_into_cell(qtbot, window, leaf.code, TreeColumn.APPRAISAL, "abc", finish=None)
    window.search.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)
    assert seed_sheet.stored_value(leaf.code, Column.APPRAISAL) == stored_before
    assert "abc" in window.statusBar().currentMessage()
