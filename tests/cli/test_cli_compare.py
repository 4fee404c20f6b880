"""`cchc compare UNIT`: one unit across the years, per area and per criterion, as the ranking computes it."""

import json
from pathlib import Path

from cli_helpers import run

SEED = Path(__file__).resolve().parents[2] / "resources" / "demo" / "phong-tho-2023.txt"


def test_a_unit_is_compared_over_two_years_area_by_area(capsys, tmp_path):
    db = tmp_path / "d.db"
    assert run(capsys, "--db", db, "import", SEED, "--unit", "Huyện Phong Thổ", "--year", "2023")[0] == 0
    code, out, err = run(capsys, "--db", db, "new", "--unit", "Huyện Phong Thổ", "--year", "2024", "--framework", "1")
    assert code == 0, err
    sheet_2024 = out.split()[-1]
    assert run(capsys, "--db", db, "set", sheet_2024, "1.1", "0,50")[0] == 0
    code, out, err = run(capsys, "--db", db, "compare", "Huyện Phong Thổ", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["years"] == [2023, 2024] and found["unmatched"] == []
    assert found["predecessors"] == [None, None]  # both years are the unit's own sheets
    area = next(row for row in found["areas"] if row["code"] == "1")
    assert area["max"] == ["13.50", "13.50"] and area["score"] == ["9.28", "0.50"]
    leaf = next(row for row in found["criteria"] if row["code"] == "1.1")
    assert leaf["score"] == ["1.00", "0.50"]
    assert len(found["areas"]) + len(found["criteria"]) == 114
    # The years side by side as announced: the final total, the index out of 100 and the grade.
    assert found["totals"] == [
        {"final": "79.24", "applicable_max": "100.00", "index": "79.24", "grade": "Trung bình"},
        {"final": "0.50", "applicable_max": "100.00", "index": "0.50", "grade": "Yếu"}]
    code, out, err = run(capsys, "--db", db, "compare", "Huyện Phong Thổ")
    lines = {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines()}
    assert lines["total"][:2] == ["79,24", "0,50"] and lines["total"][2].endswith("100,00 / 100,00")
    assert lines["index"][:2] == ["79,24", "0,50"] and lines["grade"][:2] == ["Trung bình", "Yếu"]


def test_an_unknown_unit_is_refused_in_one_line(capsys, tmp_path):
    db = tmp_path / "d.db"
    assert run(capsys, "--db", db, "import", SEED, "--unit", "Huyện Phong Thổ", "--year", "2023")[0] == 0
    code, out, err = run(capsys, "--db", db, "compare", "Huyện Không Có")
    assert code == 2 and "Huyện Không Có" in err and "Traceback" not in err


def test_an_empty_unit_name_is_refused_in_one_line(capsys, tmp_path):
    db = tmp_path / "d.db"
    assert run(capsys, "--db", db, "import", SEED, "--unit", "Huyện Phong Thổ", "--year", "2023")[0] == 0
    code, out, err = run(capsys, "--db", db, "compare", " ")
    assert code == 2 and "unit name is empty" in err and "Traceback" not in err
