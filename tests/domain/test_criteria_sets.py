"""Criteria sets read from a decision's appendix rows: numbering styles mixed, rule lines, checks, refusals."""

import json
import unicodedata
from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria_sets import header_columns, read_criteria
from cchc_desktop.domain.tables import ImportRefused, text_rows
from cchc_desktop.paths import resource_path

D = Decimal

HEADER = ["TT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"]

# A commune appendix the way provinces print them: Roman areas, Arabic criteria, dotted and lettered
# sub-criteria (letters skip f as Vietnamese does), rule lines under criteria, a total row.
COMMUNE = [
    ["PHỤ LỤC I", "", "", "", ""],
    ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP XÃ", "", "", "", ""],
    HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "10", "", ""],
    ["1", "Kế hoạch CCHC năm", "4", "", ""],
    ["1.1", "Ban hành kế hoạch đúng thời hạn", "2", "", ""],
    ["", "Ban hành trước ngày 15/12: 2 điểm", "", "", ""],
    ["", "Ban hành sau ngày 15/12: 0 điểm", "", "", ""],
    ["1.2", "Mức độ hoàn thành kế hoạch", "2", "", ""],
    ["", "Tỷ lệ đạt từ 95% trở lên: 2", "", "", ""],
    ["2", "Công tác tuyên truyền", "6", "", ""],
    ["a)", "Tuyên truyền trên Trang thông tin điện tử", "2", "", ""],
    ["b)", "Tuyên truyền qua hệ thống loa truyền thanh", "2", "", ""],
    ["c)", "Lồng ghép trong các hội nghị", "1", "", ""],
    ["d)", "Tổ chức hội thi", "0,5", "", ""],
    ["đ)", "Hình thức khác", "0,25", "", ""],
    ["e)", "Khảo sát", "0,25", "", ""],
    ["g)", "Chỉ tiêu phụ", "0", "", ""],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "10,5", "", ""],
    ["5", "Công khai thủ tục hành chính", "10,5", "", ""],
    ["5.1", "Niêm yết tại Bộ phận một cửa", "5", "", ""],
    ["5.2", "Công khai trên Cổng dịch vụ công", "5,5", "", ""],
    ["", "Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này", "", "", ""],
    ["", "Tổng cộng", "20,5", "", ""],
    ["", "Người lập biểu", "", "", ""],
]


def rows_of(table):
    return [(number, cells) for number, cells in enumerate(table, start=1)]


def by_code(criteria):
    return {(row.code, row.line): row for row in criteria.rows}


def test_mixed_roman_arabic_dotted_and_letters_take_the_level_a_reader_sees():
    criteria = read_criteria(rows_of(COMMUNE))
    shape = [(row.code, row.path, row.level, row.parent) for row in criteria.rows]
    assert shape == [
        ("I", "1", 1, None),
        ("1", "1.1", 2, "1"),
        ("1.1", "1.1.1", 3, "1.1"),
        ("1.2", "1.1.2", 3, "1.1"),
        ("2", "1.2", 2, "1"),
        ("a)", "1.2.1", 3, "1.2"),
        ("b)", "1.2.2", 3, "1.2"),
        ("c)", "1.2.3", 3, "1.2"),
        ("d)", "1.2.4", 3, "1.2"),
        ("đ)", "1.2.5", 3, "1.2"),
        ("e)", "1.2.6", 3, "1.2"),
        ("g)", "1.2.7", 3, "1.2"),
        ("II", "2", 1, None),
        ("5", "2.1", 2, "2"),
        ("5.1", "2.1.1", 3, "2.1"),
        ("5.2", "2.1.2", 3, "2.1"),
    ]
    assert criteria.header_line == 3
    assert [row.maximum for row in criteria.rows][:3] == [D("10.00"), D("4.00"), D("2.00")]
    assert criteria.get("1.2.4").maximum == D("0.50")
    assert criteria.maximum == D("20.50")
    assert criteria.warnings == []
    assert len(criteria.leaves()) == 11


def test_rule_lines_become_the_guide_text_of_the_criterion_above_in_order():
    criteria = read_criteria(rows_of(COMMUNE))
    assert criteria.get("1.1.1").guide == "Ban hành trước ngày 15/12: 2 điểm\nBan hành sau ngày 15/12: 0 điểm"
    assert criteria.get("1.1.2").guide == "Tỷ lệ đạt từ 95% trở lên: 2"
    assert criteria.get("2.1.2").guide == "Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này"
    assert criteria.get("1.1").guide is None
    # rows below the total (signatures) are neither criteria nor guides
    assert all("Người lập biểu" not in (row.guide or "") for row in criteria.rows)


def test_the_seed_imports_as_a_criteria_set_equal_to_the_builtin_one(seed_text):
    criteria = read_criteria(text_rows(seed_text))
    builtin = json.loads(resource_path("frameworks", "district-2023.json").read_text(encoding="utf-8"))
    assert [(row.code, row.title, f"{row.maximum:f}") for row in criteria.rows] == \
        [tuple(item) for item in builtin["criteria"]]
    assert len(criteria.rows) == 114 and len(criteria.leaves()) == 87
    assert all(row.code == row.path for row in criteria.rows)
    assert criteria.maximum == D("100.00")
    assert criteria.warnings == []


def test_the_seed_form_without_a_score_column_is_a_criteria_set(seed_text):
    # STT / title / ĐIỂM CHUẨN only: the score-table import refuses it, the criteria import takes it.
    lines = ["\t".join(line.split("\t")[:3]) for line in seed_text.splitlines()]
    criteria = read_criteria(text_rows("\n".join(lines)))
    assert len(criteria.rows) == 114
    assert criteria.get("8.10.5").maximum == D("1.50")


def test_a_parent_whose_maximum_disagrees_is_kept_and_marked_with_a_warning():
    table = [HEADER, ["1", "Kế hoạch", "5", "", ""], ["1.1", "Ban hành", "2", "", ""], ["1.2", "Thực hiện", "2,5", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert criteria.get("1").maximum == D("5.00")
    [warning] = criteria.warnings
    assert (warning.kind, warning.line, warning.code) == ("max_mismatch", 2, "1")
    assert "5,00" in warning.message and "4,50" in warning.message and "line 2" in warning.message
    assert criteria.get("1").warning == warning.message
    assert criteria.get("1.1").warning is None


def test_a_total_row_that_disagrees_is_warned_about():
    table = [HEADER, ["I", "Lĩnh vực", "3", "", ""], ["1", "Tiêu chí", "3", "", ""], ["", "TỔNG ĐIỂM", "100", "", ""]]
    criteria = read_criteria(rows_of(table))
    [warning] = criteria.warnings
    assert (warning.kind, warning.line) == ("total_mismatch", 4)
    assert "100,00" in warning.message and "3,00" in warning.message


def test_the_same_label_twice_under_one_parent_keeps_both_rows_and_names_both_lines():
    table = [HEADER, ["1", "Tuyên truyền", "3", "", ""], ["a)", "Trên loa", "1", "", ""],
             ["b)", "Trên trang tin", "1", "", ""], ["b)", "Qua hội nghị", "1", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert [(row.code, row.path, row.title) for row in criteria.rows[1:]] == [
        ("a)", "1.1", "Trên loa"), ("b)", "1.2", "Trên trang tin"), ("b)", "1.3", "Qua hội nghị")]
    [warning] = criteria.warnings
    assert warning.kind == "duplicate_label" and warning.params["lines"] == [4, 5]
    assert "lines 4, 5" in warning.message
    assert criteria.get("1.3").warning and criteria.get("1.2").warning


def test_nfd_text_and_a_synonym_header_in_any_case_are_read_and_stored_nfc():
    table = [["số tt", "nội dung", "thang điểm"], ["I", "Cải cách tổ chức bộ máy", "2"], ["1", "Sắp xếp", "2"],
             ["", "Hoàn thành đúng tiến độ: 2 điểm", ""]]
    nfd = [[unicodedata.normalize("NFD", cell) for cell in row] for row in table]
    criteria = read_criteria(rows_of(nfd))
    assert criteria.rows[0].title == "Cải cách tổ chức bộ máy" == unicodedata.normalize("NFC", criteria.rows[0].title)
    assert criteria.get("1.1").guide == unicodedata.normalize("NFC", "Hoàn thành đúng tiến độ: 2 điểm")


@pytest.mark.parametrize("header", [
    ["STT", "LĨNH VỰC / TIÊU CHÍ", "ĐIỂM CHUẨN"],
    ["Số TT", "Tiêu chí chấm điểm", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
    ["TT", "Tiêu chí thành phần", "Điểm"],
    ["TT", "Nội dung", "Thang điểm", "Ghi chú"],
])
def test_header_synonyms_are_recognised_and_score_columns_ignored(header):
    columns = header_columns(header)
    assert columns == {"code": 0, "title": 1, "max": 2}


def test_a_table_continued_over_a_page_with_its_header_repeated_is_one_table():
    table = [HEADER, ["I", "Lĩnh vực A", "2", "", ""], ["1", "Tiêu chí 1", "1", "", ""],
             HEADER, ["2", "Tiêu chí 2", "1", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert [row.path for row in criteria.rows] == ["1", "1.1", "1.2"]
    assert criteria.warnings == []


def test_capital_letter_areas_run_past_h_into_i():
    letters = "ABCDĐEGHI"
    table = [HEADER] + [[letter, f"Phần {letter}", "1", "", ""] for letter in letters]
    criteria = read_criteria(rows_of(table))
    assert [row.path for row in criteria.rows] == [str(n) for n in range(1, 10)]


def test_a_parent_without_a_printed_maximum_uses_its_parts_and_says_so():
    table = [HEADER, ["I", "Lĩnh vực", "", "", ""], ["1", "Tiêu chí", "1,5", "", ""], ["2", "Tiêu chí", "2", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert criteria.get("1").maximum == D("3.50")
    assert [w.kind for w in criteria.warnings] == ["no_maximum"]


@pytest.mark.parametrize(("maximum", "reason", "kind"), [
    ("hai", "not a number", "not_a_number"), ("-1", "negative", "negative"),
    ("1,255", "more than 2 decimal", "too_many_decimals"), ("", "empty", "missing_maximum")])
def test_a_bad_maximum_is_refused_naming_line_and_label(maximum, reason, kind):
    table = [HEADER, ["1", "Kế hoạch", "2", "", ""], ["a)", "Ban hành", maximum, "", ""]]
    with pytest.raises(ImportRefused) as refused:
        read_criteria(rows_of(table))
    assert "line 3, a)" in str(refused.value)
    assert reason in str(refused.value)
    assert refused.value.params["line"] == 3 and refused.value.params["code"] == "a)"
    assert refused.value.kind == kind


def test_an_empty_file_and_a_file_without_a_table_are_refused():
    with pytest.raises(ImportRefused) as empty:
        read_criteria([["", ""], []])
    assert empty.value.kind == "empty_file"
    with pytest.raises(ImportRefused) as no_table:
        read_criteria([["Quyết định số 2712/QĐ-UBND"], ["1", "Điều 1", "x"]])
    assert no_table.value.kind == "no_table"


def test_a_row_with_a_maximum_but_no_number_is_kept_as_guide_with_a_warning():
    table = [HEADER, ["1", "Tỷ lệ hồ sơ đúng hạn", "2", "", ""], ["-", "Đạt 100%", "2", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert criteria.get("1").guide == "- Đạt 100%\t2"
    assert [w.kind for w in criteria.warnings] == ["numberless_maximum"]


def test_columns_chosen_by_the_user_read_a_table_with_an_unknown_header():
    table = [["Mã", "Diễn giải", "Mức"], ["1", "Kế hoạch", "2"]]
    with pytest.raises(ImportRefused):
        read_criteria(table)
    criteria = read_criteria(table[1:], columns={"code": 0, "title": 1, "max": 2})
    assert [(row.code, row.maximum) for row in criteria.rows] == [("1", D("2.00"))]


def test_arabic_with_a_parenthesis_and_lowercase_roman_are_levels_of_their_own():
    table = [HEADER,
             ["1.", "Kế hoạch CCHC", "3", "", ""],
             ["1)", "Ban hành kế hoạch", "2", "", ""],
             ["i)", "Đúng thời hạn", "1", "", ""],
             ["ii)", "Đủ nội dung", "1", "", ""],
             ["2)", "Báo cáo", "1", "", ""],
             ["2.", "Tuyên truyền", "1", "", ""],
             ["a)", "Trên loa", "0,25", "", ""], ["b)", "Trên báo", "0,25", "", ""], ["c)", "Hội nghị", "0,25", "", ""],
             ["d)", "Tọa đàm", "0,25", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert [(row.code, row.path) for row in criteria.rows] == [
        ("1.", "1"), ("1)", "1.1"), ("i)", "1.1.1"), ("ii)", "1.1.2"), ("2)", "1.2"), ("2.", "2"),
        ("a)", "2.1"), ("b)", "2.2"), ("c)", "2.3"), ("d)", "2.4")]
    assert criteria.warnings == []


def test_a_lowercase_i_after_h_is_a_letter():
    letters = "abcdđeghi"
    table = [HEADER, ["1", "Tiêu chí", str(len(letters)), "", ""]] + \
        [[f"{letter})", f"Nội dung {letter}", "1", "", ""] for letter in letters]
    criteria = read_criteria(rows_of(table))
    assert [row.path for row in criteria.rows[1:]] == [f"1.{n}" for n in range(1, 10)]


def test_a_number_typed_in_the_same_cell_as_its_title_is_read_as_the_label():
    # an area heading merged across STT and title; a sub-criterion whose number was typed into the title cell
    table = [HEADER, ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "3", "", ""], ["1", "Kế hoạch", "3", "", ""],
             ["", "1.1. Ban hành đúng hạn", "3", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert [(row.code, row.title, row.path) for row in criteria.rows] == [
        ("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "1"), ("1", "Kế hoạch", "1.1"), ("1.1.", "Ban hành đúng hạn", "1.1.1")]


def test_a_total_row_without_a_figure_ends_the_table_but_a_rule_about_totals_does_not():
    table = [HEADER, ["1", "Giải quyết hồ sơ", "2", "", ""],
             ["", "Tổng số hồ sơ trễ hạn dưới 5%: 2 điểm", "", "", ""],
             ["", "TỔNG CỘNG (I+II)", "", "", ""],
             ["", "Nơi nhận: như trên", "", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert criteria.rows[0].guide == "Tổng số hồ sơ trễ hạn dưới 5%: 2 điểm"
    assert criteria.warnings == []


def test_a_two_row_header_with_the_points_split_under_a_merged_cell_is_one_header():
    table = [["STT", "Tiêu chí", "Điểm", "", ""], ["", "", "Tối đa", "Tự chấm", "Thẩm định"],
             ["(1)", "(2)", "(3)", "(4)", "(5)"], ["1", "Kế hoạch", "2", "", ""]]
    criteria = read_criteria(rows_of(table))
    assert [(row.code, row.maximum) for row in criteria.rows] == [("1", D("2.00"))]
    assert criteria.warnings == []


def exported(table):
    from cchc_desktop.domain.criteria_sets import set_document

    criteria = read_criteria(rows_of(table))
    return set_document(name="Bộ xã 2025", year=2025, level="commune", version=1, rows=criteria.rows)


SMALL = [HEADER, ["I", "Lĩnh vực", "3", "", ""], ["1", "Kế hoạch", "3", "", ""], ["", "Đạt: 3 điểm", "", "", ""]]


def test_an_exported_set_reads_back_to_the_same_rows_and_digest():
    from cchc_desktop.domain.criteria_sets import read_set_document

    document = exported(SMALL)
    back = read_set_document(document)
    assert [(r.path, r.code, r.title, r.maximum, r.guide) for r in back.rows] == [
        ("1", "I", "Lĩnh vực", D("3.00"), None), ("1.1", "1", "Kế hoạch", D("3.00"), "Đạt: 3 điểm")]
    assert back.sha256 == document["sha256"] and len(back.sha256) == 64


@pytest.mark.parametrize(("change", "kind"), [
    (lambda d: d.update(format="something-else"), "bad_set_file"),
    (lambda d: d.update(format_version=3), "newer_set_file"),
    (lambda d: d.update(level="hamlet"), "bad_set_file"),
    (lambda d: d["rows"][1].update(path="1.2"), "bad_set_file"),  # paths out of order
    (lambda d: d["rows"][1].update(max="-1.00"), "negative"),
    (lambda d: d["rows"][1].update(max=3), "bad_set_file"),  # a float or int, not text
    (lambda d: d["rows"][1].update(title="Kế hoạch năm"), "digest_mismatch"),
])
def test_an_exported_set_that_is_damaged_or_edited_is_refused(change, kind):
    from cchc_desktop.domain.criteria_sets import read_set_document

    document = exported(SMALL)
    change(document)
    with pytest.raises(ImportRefused) as refused:
        read_set_document(document, source="bo-xa.json")
    assert refused.value.kind == kind and str(refused.value).startswith("bo-xa.json")


# --- format 2: kinds, rules and grades ---------------------------------------------------------------------
def ruled_document():
    from cchc_desktop.domain.criteria_sets import set_document

    criteria = read_criteria(rows_of(SMALL))
    criteria.rows[1].rule = {"kind": "choice", "options": [{"label": "Đạt", "points": "3.00"},
                                                           {"label": "Không đạt", "points": "0.00"}],
                             "not_applicable": None, "guide": ["Đạt: 3 điểm"]}
    criteria.rows[0].kind = "bonus"
    return set_document(name="Bộ xã 2025", year=2025, level="commune", version=1, rows=criteria.rows,
                        grades=[{"from": "80", "label": "Đạt"}, {"from": "0", "label": "Chưa đạt"}])


def test_a_format_2_document_reads_back_its_kinds_rules_and_grades():
    from cchc_desktop.domain.criteria_sets import read_set_document

    document = json.loads(json.dumps(ruled_document()))
    read = read_set_document(document)
    assert read.rows[0].kind == "bonus" and read.rows[1].rule["options"][1]["label"] == "Không đạt"
    assert read.grades == [{"from": "80", "label": "Đạt"}, {"from": "0", "label": "Chưa đạt"}]
    assert read.sha256 == document["sha256"] != exported(SMALL)["sha256"]


def test_a_set_without_rules_digests_as_format_1_did():
    from cchc_desktop.domain.criteria_sets import content_digest

    document = exported(SMALL)
    assert document["format_version"] == 2 and document["grades"][0] == {"from": "90", "label": "Tốt"}
    rows = read_criteria(rows_of(SMALL)).rows
    assert content_digest("Bộ xã 2025", 2025, "commune", rows) == document["sha256"]


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["rows"][0].update(kind="penalty"), "kind"),
    (lambda d: d["rows"][0].update(rule={"kind": "choice", "options": []}), "scoring rule"),
    (lambda d: d["rows"][1].update(rule="2 điểm"), "not an object"),
    (lambda d: d.update(grades=[{"from": "50", "label": "Đạt"}]), "must start at 0"),
])
def test_a_malformed_kind_rule_or_grade_list_is_refused(change, words):
    from cchc_desktop.domain.criteria_sets import read_set_document

    document = json.loads(json.dumps(ruled_document()))
    change(document)
    with pytest.raises(ImportRefused) as refused:
        read_set_document({**document, "sha256": None}, source="bo-xa.json")
    assert words in str(refused.value)
