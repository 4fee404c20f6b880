"""Saving an edited criteria set: in place while no sheet uses it, as a new version once one does."""

from decimal import Decimal

import pytest

from cchc_desktop.services import frameworks as sets


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


def test_a_set_no_sheet_uses_is_changed_in_place(workspace):
    copied = sets.copy_set(workspace, 1, year=2024)
    info, roots = sets.edit_tree(workspace, copied)
    assert (info.year, info.level, info.based_on, info.criteria) == (2024, "district", 1, 114)
    assert "2024" in info.name
    roots[0].title = "Công tác chỉ đạo, điều hành CCHC năm 2024"
    saved = sets.save_set(workspace, copied, roots)
    assert (saved.id, saved.new_version) == (copied, False)
    assert sets.load_set(workspace, copied)[1][0].title.endswith("năm 2024")


def test_a_set_a_sheet_uses_is_frozen_and_the_edit_becomes_a_new_version(workspace, seed_sheet):
    info, roots = sets.edit_tree(workspace, 1)
    assert sets.is_frozen(info)
    roots[0].children[0].maximum = Decimal("2")
    saved = sets.save_set(workspace, 1, roots)
    assert saved.new_version and saved.id != 1 and saved.warnings[0].kind == "max_mismatch"
    _, before = sets.load_set(workspace, 1)
    assert before[1].maximum == Decimal("1.00")  # the sheet's set did not move
    [new] = [s for s in sets.list_sets(workspace) if s.id == saved.id]
    assert (new.version, new.based_on, new.sheets) == (2, 1, 0)
    assert workspace.open_sheet(seed_sheet.id).as_dict()["totals"]["appraisal"] == "79.24"


def test_a_copy_and_an_edit_in_place_keep_the_rules_kinds_and_grades(workspace):
    copied = sets.copy_set(workspace, 1, year=2024)
    info, roots = sets.edit_tree(workspace, copied)
    leaf = roots[0].children[0]
    leaf.guide = "Có ban hành: điểm tối đa\nKhông ban hành: 0 điểm"
    leaf.rule = {"kind": "choice", "options": [{"label": "Có ban hành", "points": "1.00"},
                                               {"label": "Không ban hành", "points": "0.00"}],
                 "not_applicable": None, "guide": leaf.guide.splitlines()}
    roots[-1].kind = "bonus"
    grades = [{"from": "85", "label": "Xuất sắc"}, {"from": "0", "label": "Chưa đạt"}]
    sets.save_set(workspace, copied, roots, grades=grades)
    again = sets.copy_set(workspace, copied, year=2025)
    for set_id in (copied, again):
        _, rows, kept = sets.load_full_set(workspace, set_id)
        assert rows[1].rule["kind"] == "choice" and rows[1].rule["options"][0]["label"] == "Có ban hành"
        assert [row.kind for row in rows if row.parent is None][-1] == "bonus" and kept == grades
    # an edit of something else keeps them too (None: the grades stay as they are)
    info, roots = sets.edit_tree(workspace, again)
    roots[0].title = "Công tác chỉ đạo, điều hành CCHC năm 2025"
    sets.save_set(workspace, again, roots)
    _, rows, kept = sets.load_full_set(workspace, again)
    assert rows[1].rule["kind"] == "choice" and kept == grades
