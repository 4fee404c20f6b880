"""Two people editing one sheet: a change made over another's unseen change is refused, never silently stored."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import safety
from cchc_desktop.services.document import Edit
from cchc_desktop.services.errors import EditConflictError

LEAF = "1.2.1"


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


@pytest.fixture
def two_windows(workspace, seed_sheet):
    """The same sheet opened twice, as two users' windows would hold it."""
    return seed_sheet, workspace.open_sheet(seed_sheet.id)


def test_a_score_stored_by_another_is_not_overwritten(workspace, two_windows):
    mine, theirs = two_windows
    seen = mine.sheet.entry(LEAF, Column.APPRAISAL)
    theirs.set_score(LEAF, Column.APPRAISAL, "0,25", source="window")
    with pytest.raises(EditConflictError) as refused:
        mine.set_score(LEAF, Column.APPRAISAL, "0,5")
    error = refused.value
    assert error.params["code"] == LEAF and error.params["field"] == "appraisal"
    assert error.params["expected"] == seen and error.params["stored"] == Decimal("0.25")
    assert error.current == Decimal("0.25")
    assert error.params["who"] and error.params["when"]  # from the audit log: who stored 0,25 and when
    # Nothing of mine was stored; my document now holds what is stored, roll-ups included.
    assert mine.stored_value(LEAF, Column.APPRAISAL) == Decimal("0.25")
    assert mine.sheet.entry(LEAF, Column.APPRAISAL) == Decimal("0.25")
    assert mine.sheet.totals(None, Column.APPRAISAL).exact == theirs.sheet.totals(None, Column.APPRAISAL).exact
    assert [change.column for change in error.synced.scores] == [Column.APPRAISAL]
    # Retyping over the value now shown is a normal edit.
    mine.set_score(LEAF, Column.APPRAISAL, "0,5")
    assert mine.stored_value(LEAF, Column.APPRAISAL) == Decimal("0.5")
    assert safety.verify_audit(workspace).ok


def test_an_expected_value_is_checked_instead_of_the_documents(two_windows):
    mine, theirs = two_windows
    opened_with = mine.sheet.entry(LEAF, Column.SELF)
    theirs.set_score(LEAF, Column.SELF, "0,25")
    mine.sync([LEAF])  # the change feed brought their value while my editor was open on the old one
    with pytest.raises(EditConflictError):
        mine.apply([Edit(LEAF, Column.SELF, Decimal("0.5"))], expected={(LEAF, Column.SELF): opened_with})
    assert mine.stored_value(LEAF, Column.SELF) == Decimal("0.25")


def test_a_paste_with_one_stale_cell_stores_nothing(two_windows):
    mine, theirs = two_windows
    leaves = [leaf.code for leaf in mine.sheet.framework.leaves()][:3]
    before = {code: mine.stored_value(code, Column.SELF) for code in leaves}
    theirs.set_score(leaves[2], Column.SELF, "0")
    with pytest.raises(EditConflictError):
        mine.apply([Edit(code, Column.SELF, None) for code in leaves])
    assert [mine.stored_value(code, Column.SELF) for code in leaves[:2]] == [before[code] for code in leaves[:2]]
    assert mine.stored_value(leaves[2], Column.SELF) == Decimal("0")


def test_a_note_changed_by_another_is_refused_and_shown(two_windows):
    mine, theirs = two_windows
    theirs.set_note(LEAF, "Đã kiểm tra hồ sơ")
    with pytest.raises(EditConflictError) as refused:
        mine.set_note(LEAF, "Thiếu quyết định")
    assert refused.value.params["field"] == "note"
    assert mine.sheet.note(LEAF) == "Đã kiểm tra hồ sơ"
    assert refused.value.synced.notes == {LEAF}


def test_an_undo_over_anothers_change_is_refused(two_windows):
    mine, theirs = two_windows
    original = mine.sheet.entry(LEAF, Column.APPRAISAL)
    mine.set_score(LEAF, Column.APPRAISAL, "0,5")
    theirs.sync([LEAF])
    theirs.set_score(LEAF, Column.APPRAISAL, "0,25")
    # The undo of my 0,5 expects 0,5 in the cell; it finds their 0,25 and leaves it.
    with pytest.raises(EditConflictError):
        mine.apply([Edit(LEAF, Column.APPRAISAL, original)], source="undo",
                   expected={(LEAF, Column.APPRAISAL): Decimal("0.5")})
    assert mine.stored_value(LEAF, Column.APPRAISAL) == Decimal("0.25")


def test_sync_reads_back_what_another_stored(two_windows):
    mine, theirs = two_windows
    parent = mine.sheet.framework.get(LEAF).parent.code
    theirs.set_score(LEAF, Column.SELF, "0")
    synced = mine.sync([LEAF])
    assert {code for change in synced.scores for code in change.affected} >= {LEAF, parent}
    assert mine.sheet.totals(parent, Column.SELF).exact == theirs.sheet.totals(parent, Column.SELF).exact
    assert not mine.sync([LEAF]).scores  # already up to date: nothing moves


@pytest.fixture
def rule_documents(workspace):
    """A commune sheet whose 1.1 is scored from a percentage, opened twice."""
    from cchc_desktop.domain.criteria import CriterionSpec, Framework
    from cchc_desktop.domain.rule_text import recognise_all
    from cchc_desktop.services import rules
    from cchc_desktop.store import repository

    framework = Framework([CriterionSpec("1", "Công tác chỉ đạo", Decimal("2.5")),
                           CriterionSpec("1.1", "Tỷ lệ hoàn thành kế hoạch", Decimal("2.5"))])
    guide = ["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt từ 80% đến dưới 95%: 1", "Tỷ lệ đạt dưới 80%: 0"]
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bộ chỉ số cấp xã 2025", year=2025,
                                                 level="commune")
        rules.save_recognised(connection, framework_id, recognise_all([("1.1", Decimal("2.5"), guide)]))
    sheet_id = workspace.create_sheet(unit="Xã Tả Phìn", year=2025, framework_id=framework_id, kind="commune")
    return workspace.open_sheet(sheet_id), workspace.open_sheet(sheet_id)


def test_undoing_figures_another_has_changed_since_is_refused(rule_documents):
    from cchc_desktop.services import rules

    mine, theirs = rule_documents
    before = rules.leaf_state(mine, "1.1", Column.SELF)
    rules.set_figures(mine, "1.1", Column.SELF, text="96%", expected=before)
    stored_by_me = rules.leaf_state(mine, "1.1", Column.SELF)
    theirs.sync(["1.1"])
    rules.set_figures(theirs, "1.1", Column.SELF, text="85%")
    with pytest.raises(EditConflictError) as refused:
        rules.restore_figures(mine, "1.1", Column.SELF, *before, expected=stored_by_me)
    assert refused.value.params["stored"] == Decimal(1)  # their 85% earns 1
    theirs_now = rules.leaf_state(theirs, "1.1", Column.SELF)
    assert theirs_now.figures == "85%"
    assert rules.leaf_state(mine, "1.1", Column.SELF) == theirs_now  # mine holds what is stored, not my 96%


def test_undoing_a_not_applicable_mark_another_has_changed_is_refused(rule_documents):
    from cchc_desktop.services import rules

    mine, theirs = rule_documents
    rules.mark_not_applicable(mine, "1.1", "Không được giao", expected=None)
    rules.mark_not_applicable(theirs, "1.1", "Không được giao chỉ tiêu năm 2025")
    with pytest.raises(EditConflictError):
        rules.mark_not_applicable(mine, "1.1", None, source="undo", expected="Không được giao")
    assert rules.sheet_state(mine).not_applicable["1.1"] == "Không được giao chỉ tiêu năm 2025"


def test_undoing_a_paste_of_figures_over_anothers_later_change_is_refused(two_windows):
    from cchc_desktop.services import rules

    mine, theirs = two_windows
    leaves = [leaf.code for leaf in mine.sheet.framework.leaves()][:2]
    cells = [(code, Column.SELF) for code in leaves]
    before = rules.cell_values(mine, cells)
    pasted = [rules.CellValues(code, Column.SELF, Decimal("0.5"), None, None) for code in leaves]
    rules.write_cells(mine, pasted, source="paste", expected=before)
    theirs.sync(leaves)
    theirs.set_score(leaves[1], Column.SELF, "0,25")
    mine.sync(leaves)  # the change feed brought their value into my window, under my paste's undo step
    with pytest.raises(EditConflictError):
        rules.write_cells(mine, before, source="undo", expected=pasted)  # the undo expects what the paste stored
    assert [mine.stored_value(code, Column.SELF) for code in leaves] == [Decimal("0.5"), Decimal("0.25")]
