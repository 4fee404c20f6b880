"""cchc framework import / show / export and cchc frameworks, as a batch user runs them on a decision's tables."""

import json

import pytest
from docx import Document

from cchc_desktop.reports.criteria_files import read_criteria_file
from cli_helpers import run


def show(capsys, db_path, set_id):
    code, out, err = run(capsys, "--db", db_path, "framework", "show", set_id, "--json")
    assert code == 0, err
    return json.loads(out)


def decision_docx(path):
    """A commune appendix: Roman areas, Arabic criteria, letters, a rule line, a parent that disagrees."""
    document = Document()
    document.add_paragraph("Phụ lục II: Bộ chỉ số CCHC của UBND xã, phường, đặc khu")
    rows = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Ghi chú"],
            ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "5", ""],
            ["1", "Kế hoạch CCHC", "3", ""],
            ["a)", "Ban hành đúng thời hạn", "1,5", ""],
            ["", "Ban hành trước ngày 15/12: 1,5 điểm", "", ""],
            ["b)", "Hoàn thành kế hoạch", "1", ""],
            ["2", "Tuyên truyền", "2", ""],
            ["II", "CẢI CÁCH THỂ CHẾ", "2,5", ""],
            ["1", "Rà soát văn bản", "2,5", ""]]
    table = document.add_table(rows=0, cols=4)
    for cells in rows:
        for cell, text in zip(table.add_row().cells, cells):
            cell.text = text
    document.save(path)
    return path


@pytest.fixture
def commune_set(capsys, db_path, tmp_path):
    code, out, err = run(capsys, "--db", db_path, "framework", "import", decision_docx(tmp_path / "pl2.docx"),
                         "--name", "Bộ chỉ số CCHC cấp xã 2025", "--year", "2025", "--level", "commune")
    assert code == 0, err
    return int(out.strip().splitlines()[-1]), err


def test_import_prints_the_new_sets_id_last_and_each_warning_on_stderr_naming_label_and_line(commune_set):
    set_id, err = commune_set
    assert set_id == 2  # the built-in district set is 1
    [warning] = [line for line in err.splitlines() if line.startswith("warning:")]
    assert "line 3, 1:" in warning and "3,00" in warning and "2,50" in warning


def test_show_json_gives_paths_printed_codes_parents_guides_and_warnings(capsys, db_path, commune_set):
    data = show(capsys, db_path, commune_set[0])
    assert {k: data[k] for k in ("name", "year", "level", "version", "max")} == {
        "name": "Bộ chỉ số CCHC cấp xã 2025", "year": 2025, "level": "commune", "version": 1, "max": "7.50"}
    assert [(r["path"], r["code"], r["level"], r["parent"], r["leaf"], r["max"]) for r in data["rows"]] == [
        ("1", "I", 1, None, False, "5.00"), ("1.1", "1", 2, "1", False, "3.00"),
        ("1.1.1", "a)", 3, "1.1", True, "1.50"), ("1.1.2", "b)", 3, "1.1", True, "1.00"),
        ("1.2", "2", 2, "1", True, "2.00"), ("2", "II", 1, None, False, "2.50"), ("2.1", "1", 2, "2", True, "2.50")]
    assert data["rows"][2]["guide"] == "Ban hành trước ngày 15/12: 1,5 điểm"
    assert data["rows"][1]["warning"] and "2,50" in data["rows"][1]["warning"]
    assert [r["warning"] for r in data["rows"] if r["path"] != "1.1"] == [None] * 6


def test_frameworks_json_lists_each_set_with_its_size_maximum_and_sheets(capsys, db_path, commune_set):
    code, out, _ = run(capsys, "--db", db_path, "frameworks", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [sorted(item) for item in listed] == [
        ["criteria", "id", "leaves", "level", "max", "name", "sheets", "version", "year"]] * 2
    commune = next(item for item in listed if item["id"] == commune_set[0])
    assert (commune["criteria"], commune["leaves"], commune["max"], commune["sheets"]) == (7, 4, "7.50", 0)
    district = next(item for item in listed if item["level"] == "district")
    assert (district["criteria"], district["leaves"], district["max"]) == (114, 87, "100.00")


def test_export_to_json_and_import_into_another_database_round_trips_exactly(capsys, db_path, tmp_path,
                                                                             commune_set):
    exported = tmp_path / "bo-xa-2025.json"
    code, _, err = run(capsys, "--db", db_path, "framework", "export", commune_set[0], "-o", exported)
    assert code == 0, err
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "cchc-criteria-set" and document["format_version"] == 2
    assert len(document["sha256"]) == 64 and document["sha256"] in err
    other = tmp_path / "other.sqlite3"
    code, out, err = run(capsys, "--db", other, "framework", "import", exported)
    assert code == 0, err
    copied = int(out.strip().splitlines()[-1])
    original = show(capsys, db_path, commune_set[0])
    again = show(capsys, other, copied)
    assert {**original, "id": None} == {**again, "id": None}
    # exporting the copy gives the same digest: both databases hold the same set
    run(capsys, "--db", other, "framework", "export", copied, "-o", tmp_path / "copy.json")
    assert json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))["sha256"] == document["sha256"]
    # importing it a second time finds it instead of making a copy
    code, out, err = run(capsys, "--db", other, "framework", "import", exported)
    assert int(out.strip().splitlines()[-1]) == copied and "already" in err


def test_a_json_set_changed_after_export_is_refused(capsys, db_path, tmp_path, commune_set):
    exported = tmp_path / "set.json"
    run(capsys, "--db", db_path, "framework", "export", commune_set[0], "-o", exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["rows"][2]["max"] = "2.50"
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "framework", "import", exported)
    assert code == 2 and out == "" and "SHA-256" in err and "Traceback" not in err


def test_export_to_xlsx_reads_back_as_the_same_set(capsys, db_path, tmp_path, commune_set):
    path = tmp_path / "bo-xa.xlsx"
    code, _, err = run(capsys, "--db", db_path, "framework", "export", commune_set[0], "-o", path)
    assert code == 0, err
    back = read_criteria_file(path)
    original = show(capsys, db_path, commune_set[0])
    assert [(r.path, r.code, r.title, f"{r.maximum:f}", r.guide) for r in back.rows] == \
        [(r["path"], r["code"], r["title"], r["max"], r["guide"]) for r in original["rows"]]


def test_the_seed_without_its_score_column_imports_as_the_builtin_set(capsys, db_path, tmp_path, seed_path):
    criteria_only = tmp_path / "district-2023.txt"
    criteria_only.write_text("\n".join("\t".join(line.split("\t")[:3]) for line in
                                       seed_path.read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "framework", "import", criteria_only, "--name", "Huyện 2023",
                         "--year", "2023", "--level", "district")
    assert code == 0 and "warning" not in err
    imported = show(capsys, db_path, int(out.strip().splitlines()[-1]))
    builtin = show(capsys, db_path, 1)
    assert [(r["code"], r["title"], r["max"]) for r in imported["rows"]] == \
        [(r["code"], r["title"], r["max"]) for r in builtin["rows"]]


def test_refusals_name_line_and_label_and_leave_no_set_behind(capsys, db_path, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\nI\tLĩnh vực\t2\n1\tTiêu chí\thai điểm\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "framework", "import", bad, "--name", "X", "--year", "2025",
                         "--level", "ward")
    assert code == 2 and out == "" and "line 3, 1" in err
    code, out, err = run(capsys, "--db", db_path, "framework", "import", bad, "--year", "2025", "--level", "ward")
    assert code == 2 and "--name" in err
    code, out, _ = run(capsys, "--db", db_path, "frameworks", "--json")
    assert len(json.loads(out)) == 1
    code, _, err = run(capsys, "--db", db_path, "framework", "show", "99", "--json")
    assert code == 2 and "no criteria set 99" in err


def test_delete_removes_a_set_no_sheet_uses_and_refuses_one_in_use_naming_its_sheets(capsys, db_path, commune_set):
    set_id = commune_set[0]
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "Xã Tả Phìn", "--year", "2025",
                         "--framework", set_id)
    assert code == 0, err
    sheet_id = out.strip().splitlines()[-1]
    code, out, err = run(capsys, "--db", db_path, "framework", "delete", set_id)
    assert code != 0 and out == ""
    assert "“Bộ chỉ số CCHC cấp xã 2025” cannot be deleted: 1 sheet(s) are scored against it" in err
    from cchc_desktop.services import Workspace

    with Workspace.open(db_path) as workspace:  # the window's Sheet → Delete; the command line has none
        workspace.delete_sheet(int(sheet_id))
    code, out, err = run(capsys, "--db", db_path, "framework", "delete", set_id)
    assert code == 0, err
    assert out.strip() == f"deleted criteria set {set_id}: Bộ chỉ số CCHC cấp xã 2025 (2025, commune, v1)"
    code, out, _ = run(capsys, "--db", db_path, "frameworks", "--json")
    assert [item["id"] for item in json.loads(out)] == [1]
    code, _, err = run(capsys, "--db", db_path, "framework", "show", set_id)
    assert code != 0 and "no criteria set" in err
    # The built-in set, even unused, stays.
    code, _, err = run(capsys, "--db", db_path, "framework", "delete", 1)
    assert code != 0 and "is built in and cannot be deleted" in err
