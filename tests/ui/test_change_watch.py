"""Another user's changes in the open window: shown in the tree within a second, never over the cell being typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace
from cchc_desktop.ui.tree_model import TreeColumn

from ui_helpers import open_editor, type_into_cell, type_text

LEAF, SIBLING, PARENT, AREA = "1.2.1", "1.2.2", "1.2", "1"


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


def shown(window, code: str, column: TreeColumn = TreeColumn.SELF) -> str:
    return window.model.data(window.model.index_of(code, column))


def others_change_arrives(window) -> None:
    """What the listener thread does when the server says the sheet changed (on SQLite nothing else can)."""
    window.change_watch.sheet_changed.emit(window.document.id)


def test_anothers_change_shows_with_subtotals_and_the_open_editor_keeps_its_text(qtbot, window, workspace,
                                                                                 message_boxes):
    theirs = workspace.open_sheet(window.document.id)
    editor = open_editor(qtbot, window, LEAF, TreeColumn.SELF)
    type_text(qtbot, editor, "0,5")
    steps = window.undo_stack.count()
    theirs.set_score(SIBLING, Column.SELF, "0,25")
    theirs.set_score(LEAF, Column.SELF, "0,25")
    others_change_arrives(window)
    assert shown(window, SIBLING) == "0,25"
    assert shown(window, PARENT) == shown(window, AREA) == "0,50"  # the subtotals roll up
    assert editor.isVisible() and editor.text() == "0,5"  # the cell being typed is not touched
    assert window.undo_stack.count() == steps  # their change is not an undo step of this window
    # Enter: the cell changed under the editor, so the entry is refused, said, and the stored value shown.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert len(message_boxes) == 1
    assert "0,25" in message_boxes[0] and LEAF in message_boxes[0] and "not saved" in message_boxes[0]
    assert shown(window, LEAF) == "0,25"
    assert window.document.stored_value(LEAF, Column.SELF) == Decimal("0.25")
    assert window.undo_stack.count() == steps
    # Typed again over what is now shown, it is stored.
    type_into_cell(qtbot, window, LEAF, TreeColumn.SELF, "0,5")
    assert window.document.stored_value(LEAF, Column.SELF) == Decimal("0.5")
    assert shown(window, PARENT) == "0,75"


def test_an_undo_over_anothers_later_change_is_refused_and_the_stack_stays_usable(qtbot, window, workspace,
                                                                                 message_boxes):
    theirs = workspace.open_sheet(window.document.id)
    type_into_cell(qtbot, window, SIBLING, TreeColumn.SELF, "0,5")
    type_into_cell(qtbot, window, LEAF, TreeColumn.SELF, "0,5")
    theirs.sync([LEAF])
    theirs.set_score(LEAF, Column.SELF, "0,25")
    others_change_arrives(window)
    assert shown(window, LEAF) == "0,25"
    window.controls.undo_action.trigger()  # would put back the empty cell over their 0,25
    assert len(message_boxes) == 1 and "0,25" in message_boxes[0]
    assert window.document.stored_value(LEAF, Column.SELF) == Decimal("0.25")
    assert window.undo_stack.count() == 1 and not window.undo_stack.canRedo()  # the refused step is gone
    window.controls.undo_action.trigger()  # the step before it still undoes
    assert window.document.stored_value(SIBLING, Column.SELF) is None
    assert shown(window, SIBLING) == ""
    assert len(message_boxes) == 1


def test_on_a_server_the_change_shows_without_anyone_asking(qtbot, postgres_location, seed_path, settings, english):
    from cchc_desktop.ui.main_window import MainWindow

    workspace = Workspace.open(postgres_location)
    try:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        window = MainWindow(workspace, settings=settings, sheet_id=sheet_id)
        qtbot.addWidget(window)
        assert window.change_watch.timer.isActive()  # the slow poll, in case a notification is missed
        theirs = workspace.open_sheet(sheet_id)
        qtbot.wait(300)  # the listener's LISTEN is in place
        theirs.set_score(LEAF, Column.SELF, "0,25")
        # Well before the five-second poll: the server's notification brought it.
        qtbot.waitUntil(lambda: shown(window, LEAF) == "0,25", timeout=2000)
        window.close()
        assert not window.change_watch.timer.isActive()
    finally:
        workspace.close()


def test_a_stage_moved_by_another_shows_and_closes_the_cells_it_closes(qtbot, window, workspace):
    from cchc_desktop.domain.stages import Stage
    from cchc_desktop.services import stages

    stages.advance(workspace, window.document.id, Stage.SUBMITTED, source="cli")  # the cycle starts submitted
    others_change_arrives(window)
    assert window.document.stage == Stage.SUBMITTED
    # Submitted: the self-assessment is the unit's no more, so its cells take no typing.
    flags = window.model.flags(window.model.index_of(LEAF, TreeColumn.SELF))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_a_note_being_typed_is_kept_and_not_stored_over_anothers(qtbot, window, workspace, message_boxes):
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ui_helpers import cell, send_text

    theirs = workspace.open_sheet(window.document.id)
    window.view.setCurrentIndex(cell(window, LEAF, TreeColumn.NOTE))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    send_text(editor, "Thiếu báo cáo quý I")
    theirs.set_note(LEAF, "Đủ báo cáo")
    others_change_arrives(window)
    assert editor.text() == "Thiếu báo cáo quý I"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(message_boxes) == 1)  # Qt commits a plain line edit on its next turn
    assert "Đủ báo cáo" in message_boxes[0]
    assert window.document.sheet.note(LEAF) == "Đủ báo cáo"
    assert shown(window, LEAF, TreeColumn.NOTE) == "Đủ báo cáo"


def test_a_server_reached_through_connect_to_server_is_watched_too(qtbot, window, postgres_location, seed_path):
    with Workspace.open(postgres_location) as setup:  # a unit of its own: the window's may be on this database
        sheet_id = setup.import_file(seed_path, unit="Huyện Tam Đường", year=2023).sheet_id
    window.switch_workspace(Workspace.open(postgres_location))  # what the dialog's Connect ends in
    try:
        window.reload_sheet_list(select=sheet_id)
        assert window.document.id == sheet_id
        with Workspace.open(postgres_location) as theirs:
            qtbot.wait(300)  # the listener's LISTEN is in place
            theirs.open_sheet(sheet_id).set_score(LEAF, Column.SELF, "0,25")
        qtbot.waitUntil(lambda: shown(window, LEAF) == "0,25", timeout=2000)
    finally:
        window.close()


def test_a_sheet_deleted_by_another_leaves_the_window_and_says_who(qtbot, window, workspace, seed_path,
                                                                    message_boxes):
    from cchc_desktop.store.lock import os_user

    other = workspace.import_file(seed_path, unit="Huyện Tam Đường", year=2023).sheet_id
    workspace.delete_sheet(window.document.id, source="cli")  # as another user's window would
    others_change_arrives(window)
    assert len(message_boxes) == 1
    assert "2023 sheet of Huyện Phong Thổ was deleted by " + os_user() in message_boxes[0]
    assert window.document.id == other
    assert [window.sheet_box.itemText(i) for i in range(window.sheet_box.count())] == ["Huyện Tam Đường — 2023"]
    type_into_cell(qtbot, window, LEAF, TreeColumn.SELF, "0,5")  # the sheet shown now takes entries
    assert window.document.stored_value(LEAF, Column.SELF) == Decimal("0.5")
