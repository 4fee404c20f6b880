"""Criteria sets in the database: a migrated old file shows its framework as a set, a new set keeps labels and guides."""

import shutil
from decimal import Decimal
from pathlib import Path

from cchc_desktop.domain.criteria_sets import CriterionRow
from cchc_desktop.services import Workspace
from cchc_desktop.services import frameworks as sets

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"


def test_a_database_of_release_0_1_0_lists_its_framework_as_a_set_whose_codes_are_its_paths(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASE_0_1_0, path)
    with Workspace.open(path) as workspace:
        [info] = [s for s in sets.list_sets(workspace) if s.criteria == 114]
        data = sets.set_dict(workspace, info.id)
    assert (info.leaves, info.maximum, info.sheets >= 1) == (87, Decimal("100.00"), True)
    assert all(row["code"] == row["path"] and row["guide"] is None and row["warning"] is None
               for row in data["rows"])


def test_labels_guides_and_warnings_are_stored_and_read_back(location):  # on SQLite and PostgreSQL
    parent = CriterionRow(path="1", code="I", title="Lĩnh vực", maximum=Decimal("3.00"), warning="tổng lệch")
    child = CriterionRow(path="1.1", code="a)", title="Tiêu chí", maximum=Decimal("2.50"), parent="1",
                         guide="Đạt 100%: 2,5\nDưới 100%: 0")
    parent.children.append(child)
    with Workspace.open(location) as workspace:
        from cchc_desktop.store.criteria_sets import save_criteria_set

        with workspace.engine.begin() as connection:
            set_id = save_criteria_set(connection, [parent, child], name="Xã 2025", year=2025, level="commune")
        info, rows = sets.load_set(workspace, set_id)
    assert (info.name, info.version, info.criteria, info.leaves, info.maximum) == (
        "Xã 2025", 1, 2, 1, Decimal("3.00"))
    assert [(r.path, r.code, r.parent, r.maximum, r.guide, r.warning, r.is_leaf) for r in rows] == [
        ("1", "I", None, Decimal("3.00"), None, "tổng lệch", False),
        ("1.1", "a)", "1", Decimal("2.50"), "Đạt 100%: 2,5\nDưới 100%: 0", None, True)]
