"""Importing .xlsx workbooks as Excel shows them, and refusing workbooks built to hang or exhaust the program."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook
from xlsx_bombs import (BOMBS, dimension_bomb, empty_rows_bomb, far_cell_bomb, import_in_child, many_members_bomb,
                        rewrite_member, seed_rows, shared_strings_bomb, workbook)

from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.tables import ImportRefused, read_table
from cchc_desktop.reports.spreadsheets import xlsx_rows

SEED_TOTAL = Decimal("79.24")


def read(data: bytes):
    book = xlsx_rows(data, name="bang-diem.xlsx")
    return read_table(book, source="bang-diem.xlsx", warnings=book.warnings)


def refusal(data: bytes) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read(data)
    return caught.value


def saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def full_marks(rows: list[list[str]]) -> list[list[str]]:
    """The forged copy: every score set to its maximum."""
    return [row if not row[0][:1].isdigit() else [row[0], row[1], row[2], row[2]] for row in rows]


def two_sheet_book(*, hidden_first: bool, active: int) -> bytes:
    book = Workbook()
    forged = book.active
    forged.title = "Điểm tối đa"
    for row in full_marks(seed_rows()):
        forged.append(row)
    real = book.create_sheet("Phong Thổ 2023")
    for row in seed_rows():
        real.append(row)
    if hidden_first:
        forged.sheet_state = "hidden"
    book.active = active
    return saved(book)


# --- Item 8: the sheet Excel shows, and nothing hidden ----------------------------------------------------------

def test_a_hidden_first_sheet_is_not_imported_and_is_named_in_a_warning():
    table = read(two_sheet_book(hidden_first=True, active=1))
    assert table.sheet.total(Column.APPRAISAL) == SEED_TOTAL
    [warning] = table.warnings
    assert warning.column == "hidden_sheets" and warning.hidden_sheets == ("Điểm tối đa",)
    assert "Điểm tối đa" in warning.message and "“Phong Thổ 2023” was imported" in warning.message


def test_when_the_active_sheet_is_hidden_the_first_visible_sheet_is_imported():
    data = two_sheet_book(hidden_first=True, active=1)
    # Point activeTab at the hidden sheet, as a hand-edited file can.
    data = rewrite_member(data, "xl/workbook.xml", lambda xml: xml.replace('activeTab="1"', 'activeTab="0"'))
    assert read(data).sheet.total(Column.APPRAISAL) == SEED_TOTAL


def test_the_active_visible_sheet_is_imported_even_when_it_is_not_the_first():
    book = Workbook()
    book.active.title = "Ghi chú"
    book.active.append(["Bảng điểm ở trang sau"])
    real = book.create_sheet("Phong Thổ 2023")
    for row in seed_rows():
        real.append(row)
    book.active = 1
    table = read(saved(book))
    assert table.sheet.total(Column.APPRAISAL) == SEED_TOTAL and table.warnings == []


def seed_book(change) -> bytes:
    book = Workbook()
    for row in seed_rows():
        book.active.append(row)
    change(book.active)
    return saved(book)


def test_a_hidden_row_holding_a_score_is_refused_naming_the_row():
    rows = seed_rows()
    at = next(n for n, row in enumerate(rows, start=1) if row[0] == "1.2.1")

    def hide(sheet):
        sheet.row_dimensions[at].hidden = True

    error = refusal(seed_book(hide))
    assert error.kind == "hidden_row"
    assert f"row {at} is hidden in Excel" in str(error) and "Unhide it or delete it" in str(error)


def test_a_row_of_height_zero_is_hidden_too():
    data = rewrite_member(workbook(seed_rows()), "xl/worksheets/sheet1.xml",
                          lambda xml: xml.replace('<row r="5"', '<row r="5" ht="0" customHeight="1"'))
    assert "row 5 is hidden" in str(refusal(data))


def test_a_hidden_empty_row_does_not_matter():
    def hide_empty(sheet):
        sheet.row_dimensions[500].hidden = True

    assert read(seed_book(hide_empty)).sheet.total(Column.APPRAISAL) == SEED_TOTAL


def test_a_hidden_column_holding_values_is_refused_naming_it():
    def add_hidden_scores(sheet):
        sheet.cell(row=1, column=5, value="ĐIỂM TỰ ĐÁNH GIÁ")
        sheet.cell(row=3, column=5, value=1)
        sheet.column_dimensions["E"].hidden = True

    error = refusal(seed_book(add_hidden_scores))
    assert error.kind == "hidden_column" and "column E is hidden in Excel" in str(error)


# --- Item 9: bombs ------------------------------------------------------------------------------------------------

def test_a_dimension_claiming_every_cell_of_excel_is_not_trusted():
    assert read(dimension_bomb()).sheet.total(Column.APPRAISAL) == SEED_TOTAL


def test_a_value_in_the_last_cell_of_excel_is_refused_naming_the_cell_and_the_limits():
    error = refusal(far_cell_bomb())
    assert error.kind == "too_large"
    assert "cell XFD1048576" in str(error) and "10,000 rows and 64 columns" in str(error)


def test_a_value_far_below_a_real_table_is_refused_but_an_empty_formatted_cell_is_not():
    def far_value(sheet):
        sheet["A12000"] = "x"

    def far_format(sheet):
        sheet["BZ50000"].number_format = "0.00"

    assert "cell A12000" in str(refusal(seed_book(far_value)))
    assert read(seed_book(far_format)).sheet.total(Column.APPRAISAL) == SEED_TOTAL


def test_a_hundred_thousand_empty_rows_are_read_through_and_ignored():
    assert read(empty_rows_bomb()).sheet.total(Column.APPRAISAL) == SEED_TOTAL


def test_a_huge_shared_strings_part_is_refused_before_it_is_inflated():
    error = refusal(shared_strings_bomb(40))
    assert error.kind == "too_large"
    assert "xl/sharedStrings.xml unpacks to 40 MB" in str(error) and "the limit is 5 MB" in str(error)


def test_a_part_packed_over_a_hundred_times_is_refused():
    error = refusal(shared_strings_bomb(4))
    assert error.kind == "too_large" and "times its packed size" in str(error)


def test_a_zip_of_thousands_of_parts_is_refused():
    error = refusal(many_members_bomb())
    assert error.kind == "too_large" and "5,009 parts" in str(error) and "1,000" in str(error)


def test_a_part_declaring_xml_entities_is_refused():
    def entities(xml: str) -> str:
        return xml.replace("<worksheet", '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><worksheet', 1)

    data = rewrite_member(workbook(seed_rows()), "xl/worksheets/sheet1.xml", entities)
    assert refusal(data).kind == "bad_workbook"


def test_a_part_longer_than_its_declared_size_is_cut_there_and_refused():
    data = bytearray(workbook(seed_rows()))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("xl/worksheets/sheet1.xml")
    # Lie in the central directory: claim 100 bytes; zipfile stops inflating there and the CRC fails.
    start = 0
    while True:
        start = bytes(data).find(b"PK\x01\x02", start)
        name_length = int.from_bytes(data[start + 28:start + 30], "little")
        if data[start + 46:start + 46 + name_length] == info.filename.encode():
            break
        start += 4
    data[start + 24:start + 28] = (100).to_bytes(4, "little")
    assert refusal(bytes(data)).kind == "bad_workbook"


def test_every_bomb_is_refused_or_imported_within_300_mb(tmp_path):
    # Time is measured by benchmarks/bench_xlsx_bombs.py (≤ 10 s each), not asserted on a shared machine here.
    for label, build in BOMBS.items():
        path = tmp_path / "bomb.xlsx"
        path.write_bytes(build())
        outcome = import_in_child(path)
        assert outcome.get("imported") or outcome.get("refused") in ("too_large", "bad_workbook"), (label, outcome)
        assert outcome["peak_mb"] <= 300, (label, outcome)
