"""Excel exports: the score sheet keeps live SUM subtotals and prints on A4; the ranking has a row per unit.

The LibreOffice tests open the workbooks as a user's office suite would, headless: they print them to PDF
(titles and scores on page 1) and save them again to read the values LibreOffice computed from the formulas.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pdf_text import pdf_pages

from cchc_desktop.domain.ranking import RankInput, rank
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.tables import read_table, text_rows
from cchc_desktop.reports.workbooks import ranking_workbook, score_sheet_workbook

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (apt-get install -y --no-install-recommends "
                            "libreoffice-calc, or scripts/install.sh libreoffice-calc)")


@pytest.fixture
def seed_sheet_table(seed_text: str):
    return read_table(text_rows(seed_text), source="seed")


def convert(tmp_path: Path, data: bytes, name: str, target: str) -> Path:
    """``data`` saved as ``name`` and converted by LibreOffice to ``target`` (pdf, xlsx) in its own profile."""
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / f"out-{target}"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out / f"{source.stem}.{target}"


def sheet_xlsx(table) -> bytes:
    return score_sheet_workbook(table.sheet, unit="Huyện Phong Thổ", year=2023, columns=table.columns)


def stored_numbers(data: bytes) -> dict[str, str | None]:
    """The text of each numeric cell's <v> as stored in the file (None for a formula without a cached value)."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    found = {}
    for ref, body in re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*?(?:/>|>(.*?)</c>)', xml):
        value = re.search(r"<v>([^<]*)</v>", body or "")
        if "<f>" in (body or "") or "<is>" in (body or ""):
            found[ref] = None if "<f>" in body else "text"
        else:
            found[ref] = value.group(1) if value else None
    return found


def test_scores_are_stored_with_their_own_digits():
    # openpyxl alone writes 0.07 as 0.07000000000000001 (through float); a clerk's 79,24 must stay 79.24.
    from cchc_desktop.domain.criteria import CriterionSpec, Framework

    framework = Framework([CriterionSpec("1", "Lĩnh vực", Decimal(100)), CriterionSpec("1.1", "a", Decimal("0.5")),
                           CriterionSpec("1.2", "b", Decimal("99.5"))])
    sheet = ScoreSheet(framework)
    sheet.set_score("1.1", Column.APPRAISAL, Decimal("0.07"))
    sheet.set_score("1.2", Column.APPRAISAL, Decimal("79.24"))
    stored = stored_numbers(score_sheet_workbook(sheet, unit="Xã A", year=2024, columns=[Column.APPRAISAL]))
    assert (stored["D6"], stored["D7"], stored["C6"]) == ("0.07", "79.24", "0.50")


def test_subtotals_are_sum_formulas_and_scores_are_exact_numbers(seed_sheet_table):
    data = sheet_xlsx(seed_sheet_table)
    page = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = {page.cell(row=r, column=1).value: r for r in range(5, page.max_row)}
    children = [rows[f"1.2.{n}"] for n in range(1, 8)]
    assert page.cell(row=rows["1.2"], column=4).value == "=SUM(" + ",".join(f"D{r}" for r in children) + ")"
    assert page.cell(row=rows["1.2.2"], column=1 + 3).number_format == "0.00"
    assert page.cell(row=page.max_row, column=4).value.startswith("=SUM(D")
    stored = stored_numbers(data)
    assert stored[f"D{rows['1']}"] is None  # a formula: LibreOffice and Excel compute it
    for code, row in rows.items():
        node = seed_sheet_table.framework.get(code)
        assert stored[f"C{row}"] == f"{node.maximum:f}"
        if node.is_leaf:
            assert stored[f"D{row}"] == f"{seed_sheet_table.sheet.entry(code, Column.APPRAISAL):f}"
    assert page.row_dimensions[rows["1.2.1"]].outlineLevel == 2
    assert page.print_title_rows == "$4:$4"
    assert (page.page_setup.paperSize, page.page_setup.fitToWidth, page.page_setup.fitToHeight) == (9, 1, 0)
    assert page.sheet_properties.pageSetUpPr.fitToPage
    assert page.cell(row=rows["1.1"], column=2).font.name == "Times New Roman"


@needs_soffice
def test_libreoffice_recomputes_the_program_totals(tmp_path, seed_sheet_table):
    saved = convert(tmp_path, sheet_xlsx(seed_sheet_table), "bang-diem.xlsx", "xlsx")
    page = openpyxl.load_workbook(saved, data_only=True).active
    sheet = seed_sheet_table.sheet
    checked = 0
    for row in page.iter_rows(min_row=5, values_only=True):
        code, value = row[0], row[3]
        expected = sheet.total(Column.APPRAISAL) if code is None else sheet.score(code, Column.APPRAISAL)
        assert Decimal(str(value)).quantize(Decimal("0.01")) == expected, code
        checked += 1
    assert checked == 115  # 114 rows and the total
    assert page.cell(row=page.max_row, column=4).value == pytest.approx(79.24)


@needs_soffice
def test_the_sheet_prints_on_a4_with_titles_and_scores_on_page_one(tmp_path, seed_sheet_table):
    pdf = convert(tmp_path, sheet_xlsx(seed_sheet_table), "bang-diem.xlsx", "pdf")
    pages = pdf_pages(pdf.read_bytes())
    first = pages[0]
    assert "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH" in first
    assert "Huyện Phong Thổ năm 2023" in first
    assert "THẨM" in first
    # Every column is on page 1 (not only the first, as without a page setup): code, title, maximum, score.
    assert any(f"Công tác chỉ đạo, điều hành CCHC {row}" in first for row in ("13.50 9.28", "13,50 9,28"))
    assert "GHI CHÚ" in first
    assert any("79.24" in page or "79,24" in page for page in pages[-1:])
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def ranked_units():
    table = read_table(text_rows(Path("/work/shared/seed/000_af3bdc7e3d446662.txt").read_text(encoding="utf-8")),
                       source="seed")
    other = ScoreSheet(table.framework)
    for leaf in table.framework.leaves():
        other.set_score(leaf.code, Column.APPRAISAL, leaf.maximum)
    return rank([RankInput("Huyện Phong Thổ", 1, table.sheet), RankInput("Huyện Tam Đường", 2, other),
                 RankInput("Huyện Sìn Hồ", 3, ScoreSheet(table.framework))])


def test_the_ranking_workbook_has_a_row_per_unit_in_rank_order():
    data = ranking_workbook(ranked_units(), year=2023, column=Column.APPRAISAL)
    page = openpyxl.load_workbook(io.BytesIO(data)).active
    headings = [cell.value for cell in page[4]]
    assert headings[:3] == ["XẾP HẠNG", "ĐƠN VỊ", "LĨNH VỰC 1"]
    assert headings[-5:] == ["TỔNG ĐIỂM", "ĐIỂM TỐI ĐA ÁP DỤNG", "CHỈ SỐ (%)", "XẾP LOẠI", "TIẾN ĐỘ CHẤM"]
    rows = [[cell.value for cell in row] for row in page.iter_rows(min_row=5)]
    assert [(r[0], r[1], r[-3], r[-2]) for r in rows] == [
        (1, "Huyện Tam Đường", 100, "Tốt"), (2, "Huyện Phong Thổ", 79.24, "Trung bình"),
        (3, "Huyện Sìn Hồ", None, "Chưa có điểm")]
    assert rows[1][2] == 9.28  # area 1 of the 2023 sheet
    assert stored_numbers(data)["C6"] == "9.28"
    assert page.print_title_rows == "$4:$4" and page.page_setup.orientation == "landscape"


@needs_soffice
def test_the_ranking_prints_with_titles_and_every_column_on_page_one(tmp_path):
    pdf = convert(tmp_path, ranking_workbook(ranked_units(), year=2023, column=Column.APPRAISAL),
                  "xep-hang.xlsx", "pdf")
    first = pdf_pages(pdf.read_bytes())[0]
    assert "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023" in first
    assert "Huyện Phong Thổ" in first and "Trung bình" in first and "Chưa có điểm" in first
    assert "79.24" in first or "79,24" in first
    assert "TIẾN ĐỘ" in first  # the last column is on page 1 too
