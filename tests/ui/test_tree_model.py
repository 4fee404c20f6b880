"""The criteria tree model: structure checked by Qt's model tester, figures equal to the database's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from cchc_desktop.domain.numbers import format_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services.workspace import Edit
from cchc_desktop.ui.sheet_editor import SheetEditor
from cchc_desktop.ui.tree_model import CODE_ROLE, STATE_ROLE, TreeColumn, SheetTreeModel

from conftest import first_leaf_with_parents


@pytest.fixture
def model(qapp, seed_sheet):
    return SheetTreeModel(SheetEditor(seed_sheet))


def test_model_tester_passes_through_edits_undo_and_filtering(qapp, window, seed_sheet, model_tester):
    model_tester.watch(window.model)
    model_tester.watch(window.filter_model)
    leaves = seed_sheet.sheet.framework.leaves()
    for leaf in leaves[:5]:
        index = window.model.index_of(leaf.code, TreeColumn.SELF)
        assert window.model.setData(index, format_score(leaf.maximum))
        note_index = window.model.index_of(leaf.code, TreeColumn.NOTE)
        assert window.model.setData(note_index, "đã kiểm tra")
    window.editor.edit_scores([Edit(leaf.code, Column.APPRAISAL, None) for leaf in leaves[5:20]], source="clear")
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.filter_model.set_text("thu tuc")
    window.filter_model.set_only_unscored(True)
    window.filter_model.set_text("")
    assert model_tester.faults == [], "Qt's model tester found faults:\n" + "\n".join(model_tester.faults)


class _ChildlessParent(QAbstractItemModel):
    """A broken model: row 0 says it has children, yet its child index has no parent."""

    def index(self, row, column, parent=QModelIndex()):  # noqa: ANN001, ANN201, B008
        return self.createIndex(row, column, 0 if parent.isValid() else 1)

    def parent(self, index=QModelIndex()):  # noqa: ANN001, ANN201, B008
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN201, N802, B008
        return 0 if parent.isValid() and parent.internalId() == 0 else 1

    def columnCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN201, N802, B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_a_fault_found_by_the_model_tester_is_reported_not_fatal(qapp, model_tester):
    broken = _ChildlessParent()
    model_tester.watch(broken)
    assert model_tester.faults, "the model tester missed a child whose parent() is not its parent"


def test_rows_follow_the_criteria_tree(model, seed_sheet):
    framework = seed_sheet.sheet.framework
    assert model.rowCount() == len(framework.roots)
    shown = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            shown.append(index.data(CODE_ROLE))
            walk(index)

    walk(model.index(-1, -1).parent())
    assert shown == [node.code for node in framework]


def test_parents_are_bold_and_computed_only_leaf_scores_and_notes_editable(model, seed_sheet):
    framework = seed_sheet.sheet.framework
    area = framework.roots[0]
    leaf = first_leaf_with_parents(seed_sheet)
    for column in TreeColumn:
        area_flags = model.index_of(area.code, column).flags()
        leaf_flags = model.index_of(leaf.code, column).flags()
        assert bool(area_flags & Qt.ItemFlag.ItemIsEditable) == (column == TreeColumn.NOTE)
        assert bool(leaf_flags & Qt.ItemFlag.ItemIsEditable) == (
            column in (TreeColumn.SELF, TreeColumn.APPRAISAL, TreeColumn.NOTE))
    assert model.index_of(area.code, TreeColumn.TITLE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index_of(leaf.code, TreeColumn.TITLE).data(Qt.ItemDataRole.FontRole) is None


def test_every_shown_figure_equals_the_database(model, workspace, seed_sheet):
    fresh = workspace.open_sheet(seed_sheet.id).sheet
    for node in fresh.framework:
        for column, score_column in ((TreeColumn.SELF, Column.SELF), (TreeColumn.APPRAISAL, Column.APPRAISAL)):
            shown = model.index_of(node.code, column).data(Qt.ItemDataRole.DisplayRole)
            assert shown == format_score(fresh.score(node.code, score_column)), node.code
        assert model.index_of(node.code, TreeColumn.MAXIMUM).data() == format_score(node.maximum)


def test_an_edit_repaints_the_leaf_and_its_ancestors_score_cells_only(model, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    signalled = []
    model.dataChanged.connect(lambda top, bottom, roles: signalled.extend(
        (model.node(top).code, column) for column in range(top.column(), bottom.column() + 1)))
    new = leaf.maximum if seed_sheet.sheet.entry(leaf.code, Column.APPRAISAL) != leaf.maximum else Decimal("0")
    assert model.setData(model.index_of(leaf.code, TreeColumn.APPRAISAL), format_score(new))
    codes = [leaf.code, *(node.code for node in leaf.ancestors())]
    expected = {(code, column) for code in codes for column in (TreeColumn.APPRAISAL, TreeColumn.DIFFERENCE)}
    assert set(signalled) == expected


def test_unscored_cells_are_marked_by_an_icon_and_words_not_colour_alone(model, seed_sheet):
    leaf = first_leaf_with_parents(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.SELF, None)
    index = model.index_of(leaf.code, TreeColumn.SELF)
    assert index.data(STATE_ROLE) == "unscored"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert leaf.code in index.data(Qt.ItemDataRole.ToolTipRole)
    scored = model.index_of(leaf.code, TreeColumn.APPRAISAL)
    assert scored.data(STATE_ROLE) == "normal" and scored.data(Qt.ItemDataRole.DecorationRole) is None


def test_long_titles_have_the_full_text_in_a_tooltip(model, seed_sheet):
    longest = max(seed_sheet.sheet.framework, key=lambda node: len(node.title))
    assert longest.title in model.index_of(longest.code, TreeColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_a_parent_difference_shows_only_when_both_columns_are_complete_below_it(model, seed_sheet):
    framework = seed_sheet.sheet.framework
    area = framework.roots[0]
    leaves = list(area.leaves())
    seed_sheet.set_score(leaves[0].code, Column.SELF, "0")
    assert model.index_of(area.code, TreeColumn.DIFFERENCE).data() == ""
    assert model.index_of(leaves[0].code, TreeColumn.DIFFERENCE).data() != ""
    seed_sheet.apply([Edit(leaf.code, Column.SELF, leaf.maximum) for leaf in leaves]
                     + [Edit(leaf.code, Column.APPRAISAL, leaf.maximum) for leaf in leaves])
    assert model.index_of(area.code, TreeColumn.DIFFERENCE).data() == format_score(Decimal("0"))


def test_a_read_only_database_shows_no_editable_cell(qapp, tmp_path, seed_path, monkeypatch):
    from cchc_desktop.services import Workspace
    from cchc_desktop.store import database

    path = tmp_path / "chi-doc.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    monkeypatch.setattr(database, "writable", lambda _path: False)
    monkeypatch.setattr("cchc_desktop.services.safety.writable", lambda _path: False)
    with Workspace.open(path) as workspace:
        model = SheetTreeModel(SheetEditor(workspace.open_sheet(1)))
        leaf = model.document.sheet.framework.leaves()[0]
        for column in (TreeColumn.SELF, TreeColumn.APPRAISAL, TreeColumn.NOTE):
            assert not model.flags(model.index_of(leaf.code, column)) & Qt.ItemFlag.ItemIsEditable


def test_the_window_opens_a_read_only_database_for_viewing(qtbot, tmp_path, seed_path, settings, english,
                                                           monkeypatch):
    from cchc_desktop.services import Workspace
    from cchc_desktop.ui.main_window import MainWindow

    path = tmp_path / "chi-doc.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    monkeypatch.setattr("cchc_desktop.services.safety.writable", lambda _path: False)
    workspace = Workspace.open(path)
    try:
        main = MainWindow(workspace, settings=settings, sheet_id=1)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        assert "read-only" in main.statusBar().currentMessage()
        leaf = main.model.document.sheet.framework.leaves()[0]
        assert not main.model.flags(main.model.index_of(leaf.code, TreeColumn.APPRAISAL)) & Qt.ItemFlag.ItemIsEditable
        main.close()
    finally:
        workspace.close()


def test_only_the_column_the_stage_leaves_open_takes_typing(seed_sheet, workspace, qtbot):
    from cchc_desktop.domain.stages import Stage
    from cchc_desktop.services import stages
    from cchc_desktop.ui.sheet_editor import SheetEditor
    from PySide6.QtGui import QUndoStack

    def editable(document) -> set:
        model = SheetTreeModel(SheetEditor(document, QUndoStack()))
        return {column for column in TreeColumn
                if model.flags(model.index_of("1.1", column)) & Qt.ItemFlag.ItemIsEditable}

    assert editable(seed_sheet) == {TreeColumn.SELF, TreeColumn.APPRAISAL, TreeColumn.NOTE}
    stages.advance(workspace, seed_sheet.id, Stage.SUBMITTED)
    assert editable(workspace.open_sheet(seed_sheet.id)) == {TreeColumn.ROUND1}
    stages.advance(workspace, seed_sheet.id, Stage.APPRAISED)
    assert editable(workspace.open_sheet(seed_sheet.id)) == {TreeColumn.EXPLANATION}
    stages.advance(workspace, seed_sheet.id, Stage.EXPLAINED)
    assert editable(workspace.open_sheet(seed_sheet.id)) == {TreeColumn.APPRAISAL}
