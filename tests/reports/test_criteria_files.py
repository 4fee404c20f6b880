"""Criteria tables from Word, Excel and text files built the way provinces' decisions look."""

import unicodedata
import zipfile
from decimal import Decimal

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from openpyxl import Workbook

from cchc_desktop.reports.criteria_files import criteria_rows, read_criteria_file
from cchc_desktop.domain.tables import ImportRefused

D = Decimal

HEADER = ["TT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"]
PART_ONE = [
    HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "6", "", ""],
    ["1", "Kế hoạch CCHC năm", "3", "", ""],
    ["1.1", "Ban hành kế hoạch CCHC đúng thời hạn", "1", "", ""],
    ["RULE", "Ban hành trước ngày 15/12: 1 điểm; sau ngày 15/12: 0 điểm", "", "", ""],
    ["1.2", "Mức độ hoàn thành kế hoạch", "2", "", ""],
    ["2", "Tuyên truyền CCHC", "4", "", ""],  # the parts add up to 3: a typo the decision really has
    ["a)", "Trên Trang thông tin điện tử của xã", "1", "", ""],
    ["b)", "Qua hệ thống loa truyền thanh", "1", "", ""],
]
PART_TWO = [
    ["b)", "Lồng ghép trong hội nghị", "1", "", ""],  # the same label twice under one parent
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "4", "", ""],
    ["5", "Công khai thủ tục hành chính", "4", "", ""],
    ["5.1", "Niêm yết tại Bộ phận một cửa", "2", "", ""],
    ["5.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "2", "", ""],
    ["", "Tỷ lệ đạt từ 95% trở lên: 2 điểm", "", "", ""],
    ["", "Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này", "", "", ""],
    ["", "Tổng cộng", "10", "", ""],
]
RULE = "Ban hành trước ngày 15/12: 1 điểm; sau ngày 15/12: 0 điểm"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def check_commune_set(criteria, *, lines):
    """What the user sees after importing PART_ONE + PART_TWO, whatever the file's format."""
    assert [(row.code, row.path, row.parent) for row in criteria.rows] == [
        ("I", "1", None), ("1", "1.1", "1"), ("1.1", "1.1.1", "1.1"), ("1.2", "1.1.2", "1.1"),
        ("2", "1.2", "1"), ("a)", "1.2.1", "1.2"), ("b)", "1.2.2", "1.2"), ("b)", "1.2.3", "1.2"),
        ("II", "2", None), ("5", "2.1", "2"), ("5.1", "2.1.1", "2.1"), ("5.2", "2.1.2", "2.1")]
    assert criteria.get("1").title == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"
    assert all(row.title == unicodedata.normalize("NFC", row.title) for row in criteria.rows)
    assert [row.maximum for row in criteria.rows] == [D(x) for x in "6 3 1 2 4 1 1 1 4 4 2 2".split()]
    assert criteria.get("1.1.1").guide == RULE
    assert criteria.get("2.1.2").guide == ("Tỷ lệ đạt từ 95% trở lên: 2 điểm\n"
                                           "Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này")
    assert criteria.maximum == D("10.00")
    kinds = {(w.kind, w.code): w for w in criteria.warnings}
    assert set(kinds) == {("max_mismatch", "I"), ("max_mismatch", "2"), ("duplicate_label", "b)")}
    assert kinds[("max_mismatch", "2")].line == lines["2"]
    assert kinds[("duplicate_label", "b)")].params["lines"] == [lines["b1"], lines["b2"]]
    assert criteria.get("1.2").warning and criteria.get("1.2.3").warning


# --- Word -----------------------------------------------------------------------------------------------
def add_table(document, rows, *, rule_merged=True):
    table = document.add_table(rows=0, cols=5)
    for cells in rows:
        row = table.add_row()
        if cells[0] == "RULE" and rule_merged:
            merged = row.cells[0].merge(row.cells[4])  # a rule line printed across the whole table
            merged.text = cells[1]
            continue
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return table


def commune_docx(path, *, decompose=False):
    convert = nfd if decompose else (lambda text: text)
    one = [[convert(c) for c in row] for row in PART_ONE]
    two = [[convert(c) for c in row] for row in PART_TWO]
    document = Document()
    layout = document.add_table(rows=1, cols=2)  # the issuing body and the national motto, side by side
    layout.rows[0].cells[0].text = "ỦY BAN NHÂN DÂN TỈNH SƠN LA"
    layout.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    document.add_paragraph(convert("Phụ lục I: BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP XÃ"))
    add_table(document, one)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    add_table(document, [one[0], *two])  # continued on the next page, in a second table with the same header
    signature = document.add_table(rows=2, cols=2)
    signature.rows[0].cells[1].text = "KT. CHỦ TỊCH"
    signature.rows[1].cells[1].text = "PHÓ CHỦ TỊCH"
    document.save(path)
    return path


def test_a_word_appendix_split_over_two_tables_is_one_criteria_set(tmp_path):
    criteria = read_criteria_file(commune_docx(tmp_path / "qd-2712-phu-luc.docx"))
    # lines count table rows from the document's first table row (the layout table is row 1)
    check_commune_set(criteria, lines={"2": 9, "b1": 11, "b2": 13})


def test_a_word_appendix_in_decomposed_unicode_is_stored_composed(tmp_path):
    criteria = read_criteria_file(commune_docx(tmp_path / "nfd.docx", decompose=True))
    check_commune_set(criteria, lines={"2": 9, "b1": 11, "b2": 13})
    assert criteria.get("1.1.1").guide == RULE


def test_a_merged_rule_row_gives_its_text_once(tmp_path):
    rows = criteria_rows(commune_docx(tmp_path / "a.docx"))
    rule = next(cells for _, cells in rows if RULE in cells)
    assert rule == [RULE, "", "", "", ""]


def test_a_word_file_without_tables_or_with_the_old_format_is_refused(tmp_path):
    document = Document()
    document.add_paragraph("1. Công tác chỉ đạo, điều hành: 10 điểm")
    document.save(tmp_path / "no-table.docx")
    with pytest.raises(ImportRefused) as refused:
        read_criteria_file(tmp_path / "no-table.docx")
    assert refused.value.kind == "no_table"
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"x" * 100)
    with pytest.raises(ImportRefused) as old:
        read_criteria_file(tmp_path / "old.doc")
    assert old.value.kind == "old_format" and ".docx" in str(old.value)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused) as broken:
        read_criteria_file(tmp_path / "broken.docx")
    assert broken.value.kind == "bad_file"


def test_a_word_file_that_would_unpack_to_gigabytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (300 * 1024 * 1024))
    with pytest.raises(ImportRefused) as refused:
        read_criteria_file(path)
    assert refused.value.kind == "too_large"


# --- Excel ----------------------------------------------------------------------------------------------
def commune_xlsx(path, *, hidden_first=False, formula_max=False):
    workbook = Workbook()
    sheet = workbook.active
    if hidden_first:
        sheet.title = "Cũ"
        sheet.append(["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN"])
        sheet.append(["1", "Không phải bảng này", 99])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("Phụ lục")
        workbook.active = 1
    # merged title cells above the header, as the decision's appendix is typed into Excel
    sheet.append(["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP XÃ NĂM 2025"])
    sheet.merge_cells("A1:E1")
    sheet.append(["(Kèm theo Quyết định số 2712/QĐ-UBND ngày 31/10/2025)"])
    sheet.merge_cells("A2:E2")
    sheet.append([])
    header = ["Số TT", "NỘI DUNG", "THANG ĐIỂM", "Điểm tự chấm", "Ghi chú"]  # synonyms
    for cells in [header, *PART_ONE[1:], *PART_TWO]:
        values = [nfd(c) if isinstance(c, str) else c for c in cells]
        if cells[0] == "RULE":
            values = ["", RULE, "", "", ""]
        elif cells is not header and cells[2] and cells[0] != "(1)":
            values[2] = int(cells[2]) if cells[2].isdigit() else cells[2]  # maxima typed as numbers
        sheet.append(values)
    if formula_max:
        sheet["C6"] = "=SUM(C7:C8)"  # saved by a program that kept no computed value
    workbook.save(path)
    return path


def test_an_excel_appendix_with_merged_titles_above_a_synonym_header(tmp_path):
    criteria = read_criteria_file(commune_xlsx(tmp_path / "phu-luc.xlsx"))
    assert criteria.header_line == 4
    check_commune_set(criteria, lines={"2": 11, "b1": 13, "b2": 14})


def test_the_active_visible_sheet_is_read_not_a_hidden_one(tmp_path):
    criteria = read_criteria_file(commune_xlsx(tmp_path / "hidden.xlsx", hidden_first=True))
    assert criteria.get("1").code == "I"
    assert all(row.maximum != D("99") for row in criteria.rows)


def test_a_maximum_written_as_a_formula_without_a_saved_result_is_refused_by_line_and_label(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_criteria_file(commune_xlsx(tmp_path / "formula.xlsx", formula_max=True))
    assert refused.value.params["line"] == 6 and refused.value.params["code"] == "I"
    assert "=SUM(C7:C8)" in str(refused.value)


def test_a_label_excel_turned_into_a_date_is_refused_naming_the_cell(tmp_path):
    import datetime

    workbook = Workbook()
    workbook.active.append(["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN"])
    workbook.active.append([datetime.datetime(2025, 1, 1), "Kế hoạch", 2])
    workbook.save(tmp_path / "date.xlsx")
    with pytest.raises(ImportRefused) as refused:
        read_criteria_file(tmp_path / "date.xlsx")
    assert "A2" in str(refused.value) and refused.value.kind == "date_cell"


# --- text -----------------------------------------------------------------------------------------------
def test_tab_separated_text_with_crlf_and_nfd_reads_like_the_other_formats(tmp_path):
    lines = ["**BỘ TIÊU CHÍ CẤP XÃ NĂM 2025**", ""]
    for cells in [*PART_ONE, *PART_TWO]:
        cells = ["", RULE, "", "", ""] if cells[0] == "RULE" else cells
        lines.append("\t".join(cells))
    path = tmp_path / "bo-tieu-chi.txt"
    path.write_bytes(nfd("\r\n".join(lines)).encode("utf-8"))
    check_commune_set(read_criteria_file(path), lines={"2": 10, "b1": 12, "b2": 13})


def test_the_seed_file_is_the_builtin_criteria_set(seed_path):
    criteria = read_criteria_file(seed_path)
    assert len(criteria.rows) == 114 and len(criteria.leaves()) == 87
    assert criteria.maximum == D("100.00") and criteria.warnings == []


def test_an_empty_file_is_refused(tmp_path):
    for name in ("empty.txt", "empty.docx", "empty.xlsx"):
        (tmp_path / name).write_bytes(b"")
        with pytest.raises(ImportRefused) as refused:
            read_criteria_file(tmp_path / name)
        assert refused.value.kind == "empty_file"


def test_word_cells_with_several_paragraphs_and_a_number_merged_down_over_its_rule_lines(tmp_path):
    document = Document()
    table = document.add_table(rows=4, cols=3)
    for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung", "Điểm chuẩn"]):
        cell.text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "Công tác tuyên truyền"
    table.cell(1, 1).add_paragraph("cải cách hành chính")  # a title typed over two lines
    table.cell(1, 2).text = "2"
    table.cell(1, 0).merge(table.cell(3, 0))  # the number's cell runs down beside its rule lines
    table.cell(2, 1).text = "Có kế hoạch: 1 điểm"
    table.cell(2, 1).add_paragraph().add_run("Có báo cáo: 1 điểm")
    table.cell(3, 1).text = "Không có: 0 điểm"
    document.save(tmp_path / "merged.docx")
    criteria = read_criteria_file(tmp_path / "merged.docx")
    [row] = criteria.rows
    assert (row.code, row.title, row.maximum) == ("1", "Công tác tuyên truyền cải cách hành chính", D("2.00"))
    assert row.guide == "Có kế hoạch: 1 điểm\nCó báo cáo: 1 điểm\nKhông có: 0 điểm"
