"""Every refused import and database problem reads as its own Vietnamese sentence, naming the line it is on."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from cchc_desktop.domain import tables
from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.tables import ImportRefused, decode_text, read_table
from cchc_desktop.reports import spreadsheets
from cchc_desktop.ui import i18n
from cchc_desktop.ui.messages import describe

HEADER = (1, ["STT", "Tiêu chí", "Điểm chuẩn", "Điểm thẩm định"])


def table(*rows):
    return lambda: read_table([HEADER, *((number, cells) for number, cells in enumerate(rows, start=2))])


def scored(text):
    return table(["1", "Công tác chỉ đạo", "1,00", text])


def workbook(fill):
    def read():
        from openpyxl import Workbook

        book = Workbook()
        fill(book.active)
        data = io.BytesIO()
        book.save(data)
        return list(spreadsheets.xlsx_rows(data.getvalue(), name="bang-diem.xlsx"))
    return read


def header_and(*rows):
    def fill(sheet):
        sheet.append(list(HEADER[1]))
        for row in rows:
            sheet.append(row)
    return fill


def merged(sheet):
    header_and(["1", "Công tác chỉ đạo", "1,00", "1"])(sheet)
    sheet.merge_cells("B2:C2")


# Each refusal made the way a user's file makes it, so its params are the real ones.
REFUSALS = {
    "bad_header": lambda: read_table([(4, ["STT", "Tiêu chí", "Điểm thẩm định"])]),
    "no_header": lambda: read_table([(3, ["1", "Công tác chỉ đạo", "1,00"])]),
    "missing_code": table(["", "Công tác chỉ đạo", "1,00", "1"]),
    "bad_code": table(["1.a", "Công tác chỉ đạo", "1,00", "1"]),
    "duplicate_code": table(["1", "Công tác chỉ đạo", "1,00", "1"], ["1", "Công tác chỉ đạo", "1,00", "1"]),
    "control_characters": table(["1", "Công tác\x07chỉ đạo", "1,00", "1"]),
    "missing_title": table(["1", "", "1,00", "1"]),
    "missing_maximum": table(["1", "Công tác chỉ đạo", "", "1"]),
    "one_column": table(["1.2.1   Thực hiện đủ các báo cáo   0,50   0"]),
    "missing_parent": table(["1", "Công tác chỉ đạo", "1,00", "1"], ["1.2.1", "Báo cáo", "0,50", "0"]),
    "no_table": lambda: read_table([(1, ["Bảng điểm năm 2023"])]),
    "no_rows": lambda: read_table([HEADER]),
    "not_a_number": scored("abc"),
    "negative": scored("-1"),
    "too_many_decimals": scored("0,255"),
    "thousands": scored("1.000,5"),
    "exponent": scored("1e3"),
    "sign": scored("+1"),
    "too_large (score)": scored("123456789"),
    "over_maximum": scored("2"),
    "empty_file": lambda: decode_text(b"  \n"),
    "bad_encoding": lambda: decode_text("STT\tTiêu chí\n".encode("cp1258")),
    "binary_file": lambda: decode_text(b"PNG\x89abcdefgh\x00\x01\x02\x03"),
    "formula": workbook(header_and(["1", "Công tác chỉ đạo", "1,00", "=0.5+0.5"])),
    "bad_cell": workbook(header_and(["1", "Công tác chỉ đạo", "1,00", True])),
    "merged_cells": workbook(merged),
    "bad_workbook": lambda: spreadsheets.xlsx_rows(b"PK\x03\x04 not really a workbook", name="bang-diem.xlsx"),
}

# Refusals that need a limit lowered or a file that is not there, and the database's own problems.
MADE_BY_HAND = [
    ImportRefused("", kind="below_zero", line=12, code="1.2.1", value=Decimal("-0.50")),
    ImportRefused("", kind="framework_mismatch"),
    CchcError("", kind="open_here", path="D:\\CCHC\\cchc.db"),
    CchcError("", kind="folder_read_only", path="D:\\CCHC\\cchc.db"),
    CchcError("", kind="orphan_wal", path="D:\\CCHC\\cchc.db"),
    CchcError("", kind="unreadable", path="D:\\CCHC\\cchc.db"),
    CchcError("", kind="no_backup"),
]


def refusal(make) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        make()
    return caught.value


def in_vietnamese(error: CchcError) -> tuple[str, list[str]]:
    i18n.install_language("vi")
    try:
        generic = [QCoreApplication.translate("Messages", "The action could not be completed: %1").split("%1")[0],
                   QCoreApplication.translate("Messages", "The file cannot be imported: %1").split("%1")[0]]
        return describe(error), generic
    finally:
        i18n.install_language("en")


def check(error: CchcError) -> str:
    english = describe(error)
    text, generic = in_vietnamese(error)
    assert text != english
    assert not any(text.startswith(prefix) for prefix in generic), text
    line = error.params.get("line")
    if line is not None:
        assert f"Dòng {line}" in text, text
    code = error.params.get("code")
    if code:
        assert str(code) in text, text
    return text


@pytest.mark.parametrize("name", REFUSALS)
def test_each_refused_file_has_its_own_vietnamese_message(english, name):
    error = refusal(REFUSALS[name])
    assert error.kind == name.split(" ")[0]
    check(error)


@pytest.mark.parametrize("error", MADE_BY_HAND, ids=lambda e: e.kind)
def test_each_other_refusal_has_its_own_vietnamese_message(english, error):
    text = check(error)
    for value in error.params.values():
        if isinstance(value, str) and value:
            assert value in text


def test_a_score_refused_in_a_file_names_what_was_written_and_the_maximum(english):
    error = refusal(scored("2"))
    assert describe(error) == ("Line 2, criterion 1: the score 2,00 is over its maximum score of 1,00. "
                               "Correct the score in the file and import again.")
    assert in_vietnamese(error)[0] == "Dòng 2, tiêu chí 1: điểm 2,00 vượt điểm chuẩn 1,00. Hãy sửa điểm trong tệp rồi nhập lại."
    assert "“abc”" in describe(refusal(scored("abc")))


def test_a_formula_names_its_row_and_merged_cells_their_range(english):
    assert in_vietnamese(refusal(REFUSALS["formula"]))[0].startswith("Dòng 2 của tệp Excel có công thức.")
    assert "B2:C2" in describe(refusal(REFUSALS["merged_cells"]))


def test_too_many_criteria_or_rows_or_bytes_says_the_file_is_not_a_score_table(english, monkeypatch):
    monkeypatch.setattr(tables, "MAX_CRITERIA", 1)
    too_many = refusal(table(["1", "Công tác chỉ đạo", "1,00", "1"], ["2", "Xây dựng", "1,00", "1"]))
    assert too_many.kind == "too_large" and "Dòng 3" in check(too_many)
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 1)
    check(refusal(workbook(header_and(["1", "Công tác chỉ đạo", "1,00", "1"]))))
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 4)
    check(refusal(lambda: decode_text(b"STT\tTitle\n")))


def test_a_file_that_cannot_be_read_says_so(english, workspace, tmp_path):
    error = refusal(lambda: workspace.read_table_file(tmp_path / "khong-co.txt"))
    assert error.kind == "unreadable"
    assert "Không đọc được tệp" in check(error)


def test_the_store_and_the_import_unreadable_are_told_apart(english):
    store = describe(CchcError("", kind="unreadable", path="cchc.db"))
    imported = describe(ImportRefused("", kind="unreadable"))
    assert "database cchc.db" in store and "database" not in imported


def _criteria_set_document(**changes):
    from cchc_desktop.domain.criteria_sets import CriterionRow, set_document

    document = set_document(name="Bộ chỉ số 2024", year=2024, level="province", version=None,
                            rows=[CriterionRow(path="1", code="1", title="Công tác chỉ đạo", maximum=Decimal("1.00"),
                                               line=1)])
    return {**document, **changes}


def _criteria_refusal(make) -> CchcError:
    with pytest.raises(CchcError) as caught:
        make()
    return caught.value


def _criteria_set_refusals():
    from cchc_desktop.domain.criteria_sets import read_criteria, read_set_document
    from cchc_desktop.domain.rules import from_dict, parse_figures

    return {
        "bad_label": lambda: read_criteria([(1, ["STT", "Tiêu chí", "Điểm chuẩn"]), (2, ["1x", "Công tác", "1,00"])]),
        "digest_mismatch": lambda: read_set_document(_criteria_set_document(sha256="0" * 64)),
        "newer_set_file": lambda: read_set_document(_criteria_set_document(format_version=99)),
        "bad_set_file": lambda: read_set_document({"format": "something else"}),
        "figures_empty": lambda: parse_figures(None, ""),
        "bad_rule": lambda: from_dict({}),
    }


@pytest.mark.parametrize("name", ["bad_label", "digest_mismatch", "newer_set_file", "bad_set_file", "figures_empty",
                                  "bad_rule"])
def test_criteria_set_and_scoring_rule_refusals_have_their_own_vietnamese_message(english, name):
    error = _criteria_refusal(_criteria_set_refusals()[name])
    assert error.kind == name
    check(error)


def test_a_value_far_outside_the_table_names_its_cell(english, monkeypatch):
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 1)
    error = refusal(workbook(header_and(["1", "Công tác chỉ đạo", "1,00", "1"])))
    assert error.kind == "too_large"
    text = check(error)
    assert "A2" in text and "Ô" in text, text


def test_an_edit_conflict_names_the_cell_both_values_and_who_in_either_language(english):
    from cchc_desktop.services.errors import EditConflictError

    error = EditConflictError("…", code="1.2.1", field="appraisal", expected=None, stored=Decimal("0.25"),
                              who="Lò Văn Minh (minh)", when="09:41:05 04/12/2026", current=Decimal("0.25"))
    assert describe(error) == (
        "Lò Văn Minh (minh) changed the appraisal score of 1.2.1 at 09:41:05 04/12/2026, after you began: it is now "
        "0,25, not empty. Your entry was not saved and the sheet shows the value stored now; enter yours again if it "
        "should replace it.")
    text = check(error)
    assert "điểm thẩm định" in text and "để trống" in text and "0,25" in text and "Lò Văn Minh" in text
    # Without the log's word on who changed it, it still says what is stored.
    anonymous = EditConflictError("…", code="1.2.1", field="note", expected="Đủ", stored="Thiếu " * 30)
    assert describe(anonymous).startswith("Someone else changed the note of 1.2.1")
    assert "…" in describe(anonymous)  # a long note is named by its beginning
