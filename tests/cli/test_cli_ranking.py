"""`cchc ranking` and `cchc export` as the appraising office runs them over a year's sheets."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
from pypdf import PdfReader

from cchc_desktop.services import Workspace
from cli_helpers import run


@pytest.fixture
def year_2023(capsys, db_path, seed_path):
    """Three districts from the 2023 sheet (two equal, one 1.00 lower), one without scores, one of 2022."""
    ids = {}
    for unit in ("Huyện Phong Thổ", "Huyện Tam Đường", "Huyện Sìn Hồ"):
        code, out, _ = run(capsys, "--db", db_path, "import", seed_path, "--unit", unit, "--year", "2023")
        assert code == 0
        ids[unit] = int(out.strip().splitlines()[-1])
    assert run(capsys, "--db", db_path, "set", ids["Huyện Sìn Hồ"], "1.1", "0")[0] == 0
    with Workspace.open(db_path) as workspace:
        framework_id = workspace.sheet_info(ids["Huyện Sìn Hồ"]).framework_id
        ids["Huyện Mường Tè"] = workspace.create_sheet(unit="Huyện Mường Tè", year=2023, framework_id=framework_id)
        workspace.create_sheet(unit="Huyện Phong Thổ", year=2022, framework_id=framework_id)
    return ids


def test_ranking_json_orders_by_index_with_shared_ranks_and_unscored_units_last(capsys, db_path, year_2023):
    code, out, err = run(capsys, "--db", db_path, "ranking", "--year", 2023, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["unit"], r["rank"], r["index"], r["grade"], r["scored"]) for r in rows] == [
        ("Huyện Phong Thổ", 1, "79.24", "Trung bình", True),
        ("Huyện Tam Đường", 1, "79.24", "Trung bình", True),
        ("Huyện Sìn Hồ", 3, "78.24", "Trung bình", True),
        ("Huyện Mường Tè", 4, None, None, False)]
    first = rows[0]
    assert first["sheet"] == year_2023["Huyện Phong Thổ"]
    assert first["totals"] == {"self": None, "final": "79.24", "max": "100.00", "applicable_max": "100.00"}
    assert first["areas"][0] == {"code": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "max": "13.50",
                                 "score": "9.28"}
    assert len(first["areas"]) == 8 and first["progress"] == {"scored": 87, "leaves": 87}
    assert rows[3]["progress"] == {"scored": 0, "leaves": 87}


def test_ranking_by_self_assessment_marks_units_that_have_none(capsys, db_path, year_2023):
    code, out, _ = run(capsys, "--db", db_path, "ranking", "--year", 2023, "--column", "self")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("1\t") and line.endswith("(no scores)") for line in lines)


def test_ranking_of_a_year_without_sheets_says_which_years_there_are(capsys, db_path, year_2023):
    code, out, err = run(capsys, "--db", db_path, "ranking", "--year", 2019, "--json")
    assert code == 2 and out == ""
    assert "no sheets for 2019" in err and "2022, 2023" in err and "Traceback" not in err


def test_the_ten_largest_shortfalls(capsys, db_path, year_2023):
    code, out, _ = run(capsys, "--db", db_path, "ranking", "--year", 2023, "--shortfalls", "--json")
    assert code == 0
    found = json.loads(out)
    assert len(found) == 10
    # Criterion 1.7 scored 0 of 2 on the 2023 sheet: 2.00 lost in each of the three scored districts.
    assert (found[0]["code"], found[0]["lost"], found[0]["max"]) == ("1.7", "6.00", "2.00")
    assert [u["unit"] for u in found[0]["units"]] == ["Huyện Phong Thổ", "Huyện Sìn Hồ", "Huyện Tam Đường"]


def test_ranking_to_xlsx_and_pdf(capsys, db_path, year_2023, tmp_path):
    book = tmp_path / "xep-hang-2023.xlsx"
    code, _, err = run(capsys, "--db", db_path, "ranking", "--year", 2023, "-o", book)
    assert code == 0, err
    page = openpyxl.load_workbook(book).active
    assert [page.cell(row=r, column=2).value for r in range(5, 9)] == [
        "Huyện Phong Thổ", "Huyện Tam Đường", "Huyện Sìn Hồ", "Huyện Mường Tè"]
    # Exporting again over the last workbook is allowed without --force.
    assert run(capsys, "--db", db_path, "ranking", "--year", 2023, "-o", book)[0] == 0
    pdf = tmp_path / "xep-hang-2023.pdf"
    code, _, err = run(capsys, "--db", db_path, "ranking", "--year", 2023, "-o", pdf, "--issuer", "UBND tỉnh Lai Châu",
                       "--issuer", "Sở Nội vụ", "--signer", "GIÁM ĐỐC=Nguyễn Văn An")
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "UBND TỈNH LAI CHÂU" in text and "Huyện Sìn Hồ" in text and "Nguyễn Văn An" in text


def test_ranking_refuses_an_output_it_cannot_write(capsys, db_path, year_2023, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "ranking", "--year", 2023, "-o", tmp_path / "xep-hang.docx")
    assert code == 2 and "must end in .xlsx or .pdf" in err
    code, _, err = run(capsys, "--db", db_path, "ranking", "--year", 2023, "-o", db_path.with_suffix(".xlsx"))
    assert code == 0
    code, _, err = run(capsys, "--db", db_path, "export", year_2023["Huyện Phong Thổ"], "-o", db_path)
    assert code == 2 and "Traceback" not in err
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_export_a_sheet_as_a_live_workbook(capsys, db_path, year_2023, tmp_path):
    book = tmp_path / "phong-tho-2023.xlsx"
    code, _, err = run(capsys, "--db", db_path, "export", year_2023["Huyện Phong Thổ"], "-o", book)
    assert code == 0, err
    page = openpyxl.load_workbook(book).active
    assert page.cell(row=1, column=1).value == "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"
    assert page.cell(row=2, column=1).value == "Huyện Phong Thổ năm 2023"
    assert page.cell(row=5, column=4).value.startswith("=SUM(")
    assert page.cell(row=page.max_row, column=2).value == "TỔNG ĐIỂM"
