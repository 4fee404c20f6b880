"""Scoring rules on the command line: a decision's rule lines imported, figures entered, N/A, benchmarks, the index."""

import json

import pytest
from docx import Document

from cchc_desktop.services import Workspace
from cli_helpers import run


def decision_docx(path):
    """A commune appendix whose guide lines are the 2025 decisions' rule shapes, and one line no rule reads."""
    document = Document()
    document.add_paragraph("Phụ lục II: Bộ chỉ số CCHC của UBND xã")
    rows = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Ghi chú"],
            ["I", "CÔNG TÁC CHỈ ĐẠO", "11", ""],
            ["1", "Tỷ lệ hoàn thành kế hoạch", "2,5", ""],
            ["", "Tỷ lệ đạt từ 95% trở lên: 2,5", "", ""],
            ["", "Tỷ lệ đạt từ 80% đến dưới 95%: 1", "", ""],
            ["", "Tỷ lệ đạt dưới 80%: 0", "", ""],
            ["2", "Hoàn thành công việc", "5", ""],
            ["", "Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 5", "", ""],
            ["3", "Mục tiêu", "1", ""],
            ["", "Đạt các mục tiêu được giao: 1", "", ""],
            ["", "Không đạt: 0", "", ""],
            ["4", "Kết quả công bố", "1,5", ""],
            ["", "Kết quả công bố trên hoặc bằng mức trung bình quân chung của thành phố: 1,5", "", ""],
            ["", "Kết quả công bố dưới mức trung bình quân chung của thành phố: 0", "", ""],
            ["5", "Tuyên truyền", "1", ""],
            ["", "Làm tốt công tác tuyên truyền theo hướng dẫn", "", ""],
            ["II", "CẢI CÁCH THỂ CHẾ", "2", ""],
            ["1", "Rà soát văn bản", "2", ""],
            ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "2", ""],
            ["1", "Sắp xếp tổ chức", "1", ""],
            ["a)", "Đúng quy định", "1", ""],
            ["2", "Quản lý biên chế", "1", ""],
            ["a)", "Đúng quy định", "1", ""]]
    table = document.add_table(rows=0, cols=4)
    for cells in rows:
        for cell, text in zip(table.add_row().cells, cells):
            cell.text = text
    document.save(path)
    return path


@pytest.fixture
def imported(capsys, db_path, tmp_path):
    code, out, err = run(capsys, "--db", db_path, "framework", "import", decision_docx(tmp_path / "pl2.docx"),
                         "--name", "Bộ chỉ số CCHC cấp xã 2025", "--year", "2025", "--level", "commune")
    assert code == 0, err
    return int(out.strip().splitlines()[-1]), err


@pytest.fixture
def sheet(db_path, imported):
    set_id, _ = imported
    with Workspace.open(db_path) as workspace:
        return workspace.create_sheet(unit="Xã Tả Phìn", year=2025, framework_id=set_id, kind="commune")


def show(capsys, db_path, sheet_id):
    code, out, err = run(capsys, "--db", db_path, "show", sheet_id, "--json")
    assert code == 0, err
    return json.loads(out)


def rows_by_path(data):
    return {row["path"]: row for row in data["rows"]}


def test_import_reports_the_rules_recognised_and_lists_the_criteria_left_manual(capsys, db_path, imported):
    set_id, err = imported
    assert "scoring rules recognised: 4" in err
    manual = [line for line in err.splitlines() if line.startswith("left manual:")]
    assert manual == ["left manual: 5 (1.5): Làm tốt công tác tuyên truyền theo hướng dẫn"]
    code, out, err = run(capsys, "--db", db_path, "framework", "show", set_id, "--json")
    rules = {row["path"]: row["rule"] for row in json.loads(out)["rows"]}
    assert rules["1.1"]["kind"] == "threshold" and rules["1.2"]["kind"] == "ratio"
    assert rules["1.3"]["kind"] == "choice" and rules["1.4"]["kind"] == "compare"
    assert rules["1.5"] is None and rules["1"] is None


@pytest.mark.parametrize("figures, score", [("96%", "2.50"), ("95%", "2.50"), ("94,9%", "1.00"), ("94.9%", "1.00"),
                                            ("80%", "1.00"), ("79,99%", "0.00"), ("19/20", "2.50")])
def test_set_figures_stores_them_with_the_score_the_decisions_bands_give(capsys, db_path, sheet, figures, score):
    code, out, err = run(capsys, "--db", db_path, "set", sheet, "1.1", "--figures", figures, "--column", "self")
    assert code == 0, err
    data = show(capsys, db_path, sheet)
    row = rows_by_path(data)["1.1"]
    assert row["self"] == score and row["figures"]["self"] == figures.replace(".", ",")
    assert row["rule"]["kind"] == "threshold" and row["figures"]["appraisal"] is None


def test_a_ratio_a_choice_by_its_number_and_a_printed_code_give_the_decisions_scores(capsys, db_path, sheet):
    assert run(capsys, "--db", db_path, "set", sheet, "1.2", "--figures", "45/50")[0] == 0
    assert run(capsys, "--db", db_path, "set", sheet, "1.3", "--option", "2")[0] == 0
    rows = rows_by_path(show(capsys, db_path, sheet))
    assert rows["1.2"]["appraisal"] == "4.50" and rows["1.2"]["figures"] == {"self": None, "appraisal": "45/50"}
    assert rows["1.3"]["appraisal"] == "0.00" and rows["1.3"]["figures"]["appraisal"] == "2"


def test_an_ambiguous_printed_code_is_refused_listing_its_paths(capsys, db_path, sheet):
    for args in (("set", sheet, "a)", "1"), ("na", sheet, "a)", "--reason", "Không có")):
        code, out, err = run(capsys, "--db", db_path, *args)
        assert code == 2 and "3.1.1" in err and "3.2.1" in err, err
    code, out, err = run(capsys, "--db", db_path, "set", sheet, "5", "1")  # printed "5" is 1.5 only, no path
    assert code == 0 and out.startswith("1.5 final: - → 1,00"), (out, err)


def test_figures_the_rule_cannot_take_exit_2_with_one_line(capsys, db_path, sheet):
    for args in (("1.2", "--figures", "96%"), ("1.3", "--option", "3"), ("1.5", "--figures", "50%"),
                 ("1.4", "--figures", "90%")):
        code, out, err = run(capsys, "--db", db_path, "set", sheet, *args)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (args, err)
    assert rows_by_path(show(capsys, db_path, sheet))["1.2"]["figures"] is None


def test_a_benchmark_for_the_year_lets_a_compare_rule_score(capsys, db_path, imported, sheet):
    set_id, _ = imported
    code, out, err = run(capsys, "--db", db_path, "benchmark", set_id, "4", "87,35", "--year", "2025")
    assert code == 0, err
    assert run(capsys, "--db", db_path, "set", sheet, "1.4", "--figures", "87,35%")[0] == 0
    assert rows_by_path(show(capsys, db_path, sheet))["1.4"]["appraisal"] == "1.50"
    assert run(capsys, "--db", db_path, "set", sheet, "1.4", "--figures", "87,34%")[0] == 0
    assert rows_by_path(show(capsys, db_path, sheet))["1.4"]["appraisal"] == "0.00"
    code, out, err = run(capsys, "--db", db_path, "benchmark", set_id, "1.1", "80", "--year", "2025")
    assert code == 2 and "benchmark" in err


def test_not_applicable_leaves_the_applicable_maximum_and_the_index_is_rescaled(capsys, db_path, sheet):
    assert run(capsys, "--db", db_path, "set", sheet, "1.2", "--figures", "45/50")[0] == 0  # 4.50 of 5
    assert run(capsys, "--db", db_path, "set", sheet, "2.1", "2")[0] == 0
    before = show(capsys, db_path, sheet)["totals"]
    assert before["applicable_max"] == "15.00" and before["final"]["appraisal"] == "6.50"
    assert before["index"]["appraisal"] == "43.33" and before["grade"]["appraisal"] == "Yếu"
    code, out, err = run(capsys, "--db", db_path, "na", sheet, "1.1", "--reason", "Không được giao chỉ tiêu")
    assert code == 0, err
    data = show(capsys, db_path, sheet)
    assert rows_by_path(data)["1.1"]["applicable"] is False
    assert data["totals"]["applicable_max"] == "12.50"
    assert data["totals"]["index"] == {"self": None, "appraisal": "52.00"}  # 6.5 / 12.5 × 100
    assert data["totals"]["max"] == "15.00" and data["totals"]["appraisal"] == "6.50"
    assert run(capsys, "--db", db_path, "na", sheet, "1.1", "--clear")[0] == 0
    assert show(capsys, db_path, sheet)["totals"]["applicable_max"] == "15.00"


def test_figures_and_not_applicable_marks_are_in_the_audit_log(capsys, db_path, sheet):
    run(capsys, "--db", db_path, "set", sheet, "1.2", "--figures", "45/50")
    run(capsys, "--db", db_path, "na", sheet, "1.1", "--reason", "Không có nhiệm vụ")
    code, out, err = run(capsys, "--db", db_path, "history", sheet, "--json")
    assert code == 0, err
    entries = {(e["code"], e["field"]): e["new"] for e in json.loads(out)}
    assert entries[("1.2", "appraisal_figures")] == "45/50" and entries[("1.2", "appraisal")] == "4.50"
    assert entries[("1.1", "not_applicable")] == "Không có nhiệm vụ"


def test_the_seeds_show_json_keeps_its_fields_and_adds_the_index(capsys, db_path, seed_path):
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    sheet_id = int(out.strip())
    data = show(capsys, db_path, sheet_id)
    totals = data["totals"]
    assert (totals["max"], totals["self"], totals["appraisal"]) == ("100.00", None, "79.24")
    assert totals["index"] == {"self": None, "appraisal": "79.24"} and totals["grade"]["appraisal"] == "Trung bình"
    assert totals["applicable_max"] == "100.00" and totals["bonus"] == {"self": None, "appraisal": None}
    row = data["rows"][0]
    assert set(row) >= {"code", "title", "level", "leaf", "max", "self", "appraisal", "note", "path", "kind", "rule",
                        "figures", "applicable"}
    assert (row["kind"], row["rule"], row["figures"], row["applicable"]) == ("score", None, None, True)


def test_a_ratio_with_nothing_assigned_marks_the_row_not_applicable_until_figures_give_a_score(capsys, db_path,
                                                                                             sheet):
    assert run(capsys, "--db", db_path, "set", sheet, "1.2", "--figures", "0/0")[0] == 0
    data = show(capsys, db_path, sheet)
    row = rows_by_path(data)["1.2"]
    assert row["applicable"] is False and row["appraisal"] is None and row["figures"]["appraisal"] == "0/0"
    assert data["totals"]["applicable_max"] == "10.00"
    assert run(capsys, "--db", db_path, "set", sheet, "1.2", "--figures", "3/4")[0] == 0
    row = rows_by_path(show(capsys, db_path, sheet))["1.2"]
    assert row["applicable"] is True and row["appraisal"] == "3.75"


def test_a_finalized_sheet_refuses_figures_and_not_applicable_marks(capsys, db_path, sheet):
    assert run(capsys, "--db", db_path, "finalize", sheet)[0] == 0
    for args in (("set", sheet, "1.2", "--figures", "45/50"), ("na", sheet, "1.1", "--reason", "Không có")):
        code, out, err = run(capsys, "--db", db_path, *args)
        assert code == 2 and "finalized" in err, err
    assert rows_by_path(show(capsys, db_path, sheet))["1.2"]["figures"] is None
