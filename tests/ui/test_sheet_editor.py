"""One owner of the open sheet: every view follows the editor's change report, none keeps another in step."""

from __future__ import annotations

from decimal import Decimal
from unittest import mock

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cchc_desktop.domain.numbers import format_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services.workspace import Edit
from cchc_desktop.ui.print_preview import PrintPreviewDialog
from cchc_desktop.ui.tree_model import TreeColumn

from conftest import first_leaf_with_parents
from ui_helpers import cell


def test_the_change_report_names_the_leaf_and_its_ancestors_per_column(qapp, window, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    reports = []
    window.editor.changed.connect(reports.append)
    assert window.editor.edit_scores([Edit(leaf.code, Column.SELF, Decimal("0"))])
    codes = [leaf.code]
    node = leaf.parent
    while node is not None:
        codes.append(node.code)
        node = node.parent
    assert len(reports) == 1 and reports[0].scores == {(code, Column.SELF) for code in codes}
    window.controls.undo_action.trigger()
    assert len(reports) == 2 and reports[1].scores == reports[0].scores


def test_an_edit_made_through_the_editor_reaches_the_tree_and_the_totals(qapp, window, seed_sheet):
    # Neither the tree nor the summary bar is told by the code that made the edit: both follow the report.
    leaf = first_leaf_with_parents(seed_sheet)
    before = seed_sheet.sheet.total(Column.APPRAISAL)
    old = seed_sheet.sheet.score(leaf.code, Column.APPRAISAL)
    window.editor.edit_scores([Edit(leaf.code, Column.APPRAISAL, Decimal("0"))], source="clear")
    assert cell(window, leaf.code, TreeColumn.APPRAISAL).data() == format_score(Decimal("0"))
    assert format_score(before - old) in window.summary.appraisal_label.text()


def test_finalizing_in_the_preview_locks_the_tree_at_once_and_empties_the_history(qtbot, window, seed_sheet,
                                                                                  monkeypatch):
    monkeypatch.setattr(window.workspace, "before_risky_change", lambda reason: None)
    leaf = first_leaf_with_parents(seed_sheet)
    window.editor.edit_scores([Edit(leaf.code, Column.SELF, Decimal("0"))])
    assert window.controls.undo_action.isEnabled()
    dialog = PrintPreviewDialog(window.editor, window)
    qtbot.addWidget(dialog)
    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        dialog.finalize_button.click()
    # The dialog is still open: the window did not wait for it to close to learn of the lock.
    assert window.document.finalized
    assert not cell(window, leaf.code, TreeColumn.SELF).flags() & Qt.ItemFlag.ItemIsEditable
    assert window.undo_stack.count() == 0 and not window.controls.undo_action.isEnabled()
    assert "Reopen" in dialog.finalize_button.text()
    dialog.reject()
