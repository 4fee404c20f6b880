"""Versions count per criteria set (its name, year and level): several sets of one year and level each start at 1."""

from decimal import Decimal

import pytest

from cchc_desktop.services import frameworks as sets


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


def _versions(workspace) -> dict[int, tuple[str, int, str, int]]:
    return {s.id: (s.name, s.year, s.level, s.version) for s in sets.list_sets(workspace)}


def test_two_appendices_of_one_year_and_level_are_two_sets_each_at_version_1(workspace):
    first = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I: UBND cấp huyện")
    second = sets.copy_set(workspace, 1, year=2025, name="Phụ lục II: các phòng chuyên môn")
    again = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I: UBND cấp huyện")
    versions = _versions(workspace)
    assert versions[first] == ("Phụ lục I: UBND cấp huyện", 2025, "district", 1)
    assert versions[second] == ("Phụ lục II: các phòng chuyên môn", 2025, "district", 1)
    # The same name, year and level again is the same set: its next version.
    assert versions[again] == ("Phụ lục I: UBND cấp huyện", 2025, "district", 2)


def test_a_copy_to_a_new_year_is_version_1_of_that_year(workspace):
    sets.copy_set(workspace, 1, year=2024, name="Bộ chỉ số 2024 (bản nháp)")
    copied = sets.copy_set(workspace, 1, year=2024)
    info = _versions(workspace)[copied]
    assert info[1:] == (2024, "district", 1) and "2024" in info[0]


def test_editing_a_frozen_set_makes_the_next_version_of_that_set_and_no_other(workspace):
    first = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I")
    second = sets.copy_set(workspace, 1, year=2025, name="Phụ lục II")
    sets.new_sheet(workspace, unit="Huyện Tam Đường", year=2025, framework_id=second, level="district")
    _, roots = sets.edit_tree(workspace, second)
    roots[0].children[0].maximum = Decimal("2")
    saved = sets.save_set(workspace, second, roots)
    versions = _versions(workspace)
    assert saved.new_version
    assert versions[saved.id] == ("Phụ lục II", 2025, "district", 2)
    assert versions[first] == ("Phụ lục I", 2025, "district", 1)
    assert versions[second] == ("Phụ lục II", 2025, "district", 1)
    # The built-in set edited: version 2 of the built-in set, whatever other 2023 district sets exist.
    sets.copy_set(workspace, 1, year=2023, name="Bộ khác năm 2023")
    sets.new_sheet(workspace, unit="Huyện Sìn Hồ", year=2023, framework_id=1, level="district")
    _, roots = sets.edit_tree(workspace, 1)
    builtin_name = _versions(workspace)[1][0]
    roots[0].title = "Công tác chỉ đạo, điều hành"
    edited = sets.save_set(workspace, 1, roots)
    assert _versions(workspace)[edited.id] == (builtin_name, 2023, "district", 2)


def test_renaming_an_unused_set_makes_it_the_set_of_its_new_name(workspace):
    kept = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I")
    draft = sets.copy_set(workspace, 1, year=2025, name="Bản nháp")
    _, roots = sets.edit_tree(workspace, draft)
    sets.save_set(workspace, draft, roots, name="Phụ lục I")
    assert _versions(workspace)[draft] == ("Phụ lục I", 2025, "district", 2)
    _, roots = sets.edit_tree(workspace, draft)
    sets.save_set(workspace, draft, roots, name="Phụ lục III")
    versions = _versions(workspace)
    assert versions[draft] == ("Phụ lục III", 2025, "district", 1)
    assert versions[kept] == ("Phụ lục I", 2025, "district", 1)
