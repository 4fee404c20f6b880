"""cchc new and cchc import --framework: sheets of a chosen criteria set, units at their level."""

import json

from cchc_desktop.services import Workspace
from cli_helpers import run


def commune_set(capsys, db_path, tmp_path):
    table = tmp_path / "xa.txt"
    table.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\n1\tChỉ đạo\t3\n1.1\tKế hoạch\t1\n1.2\tBáo cáo\t2\n2\tThể chế\t2\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "framework", "import", table, "--name", "Bộ xã 2025",
                         "--year", "2025", "--level", "commune")
    assert code == 0, err
    return int(out.splitlines()[-1])


def test_new_creates_an_empty_sheet_of_the_set_and_a_new_unit_at_the_sets_level(capsys, db_path, tmp_path):
    set_id = commune_set(capsys, db_path, tmp_path)
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "Xã Tam Đường", "--year", "2025",
                         "--framework", set_id)
    assert code == 0, err
    sheet_id = int(out.splitlines()[-1])
    code, out, _ = run(capsys, "--db", db_path, "show", sheet_id, "--json")
    shown = json.loads(out)
    assert shown["unit"] == "Xã Tam Đường" and shown["year"] == 2025 and shown["framework"] == "Bộ xã 2025"
    assert [r["code"] for r in shown["rows"]] == ["1", "1.1", "1.2", "2"]
    assert shown["totals"]["self"] is None and shown["totals"]["appraisal"] is None
    with Workspace.open(db_path) as workspace:
        assert workspace.sheet_info(sheet_id).unit_kind == "commune"


def test_new_refuses_a_second_sheet_of_the_unit_that_year(capsys, db_path, tmp_path):
    set_id = commune_set(capsys, db_path, tmp_path)
    assert run(capsys, "--db", db_path, "new", "--unit", "Xã Tam Đường", "--year", "2025", "--framework", set_id)[0] == 0
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "xã  tam đường", "--year", "2025",
                         "--framework", set_id)
    assert code == 2 and out == "" and "already has a 2025 sheet" in err


def test_new_refuses_a_set_of_another_level_than_the_units(capsys, db_path, tmp_path):
    set_id = commune_set(capsys, db_path, tmp_path)
    code, _, err = run(capsys, "--db", db_path, "new", "--unit", "Sở Nội vụ", "--year", "2025",
                       "--framework", set_id, "--level", "department")
    assert code == 2 and "commune" in err and "department" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db_path, "new", "--unit", "Xã A", "--year", "2025", "--framework", 99)
    assert code == 2 and "no criteria set 99" in err


def test_import_with_framework_puts_the_seeds_scores_into_the_units_new_sheet(capsys, db_path, seed_path):
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Sìn Hồ", "--year", "2023",
                         "--framework", 1)
    assert code == 0, err
    shown = json.loads(run(capsys, "--db", db_path, "show", int(out.splitlines()[-1]), "--json")[1])
    assert shown["totals"]["appraisal"] == "79.24" and len(shown["rows"]) == 114


def test_import_with_framework_fills_the_sheet_made_by_new(capsys, db_path, seed_path):
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "Huyện Sìn Hồ", "--year", "2023",
                         "--framework", 1)
    made = int(out.splitlines()[-1])
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Sìn Hồ", "--year", "2023",
                         "--framework", 1)
    assert code == 0, err
    assert int(out.splitlines()[-1]) == made
    assert json.loads(run(capsys, "--db", db_path, "show", made, "--json")[1])["totals"]["appraisal"] == "79.24"


def test_import_with_framework_refuses_rows_that_match_nothing_by_name(capsys, db_path, tmp_path, seed_text):
    set_id = commune_set(capsys, db_path, tmp_path)
    scores = tmp_path / "diem.txt"
    scores.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH\n1\tChỉ đạo\t3\t\n1.1\tKế hoạch\t1\t1\n"
                      "1.2\tBáo cáo\t2\t1,5\n1.3\tThừa\t1\t1\n3\tLạ\t1\t1\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "import", scores, "--unit", "Xã A", "--year", "2025",
                         "--framework", set_id)
    assert code == 2 and out == ""
    assert "1.3, 3" in err and "match no criterion" in err
    assert json.loads(run(capsys, "--db", db_path, "sheets", "--json")[1]) == []  # nothing half-made


def test_plain_import_without_framework_still_works(capsys, db_path, seed_path):
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Sìn Hồ", "--year", "2023")
    assert code == 0, err
    with Workspace.open(db_path) as workspace:
        assert workspace.sheet_info(int(out.splitlines()[-1])).unit_kind == "district"
