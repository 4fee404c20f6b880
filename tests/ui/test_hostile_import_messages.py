"""Hostile and oversized score tables (issue 17) are refused in plain Vietnamese, naming the line and the code."""

from __future__ import annotations

import io

import pytest
from test_messages import check, refusal, table

from cchc_desktop.domain.tables import ImportWarning, text_rows
from cchc_desktop.reports import spreadsheets
from cchc_desktop.ui import i18n
from cchc_desktop.ui.import_dialog import warning_text


def hidden(attribute):
    def read():
        from openpyxl import Workbook

        book = Workbook()
        for row in (["STT", "Tiêu chí", "Điểm chuẩn", "Điểm thẩm định"], ["1", "Công tác chỉ đạo", "1,00", "1"]):
            book.active.append(row)
        if attribute == "row":
            book.active.row_dimensions[2].hidden = True
        else:
            book.active.column_dimensions["D"].hidden = True
        data = io.BytesIO()
        book.save(data)
        return list(spreadsheets.xlsx_rows(data.getvalue(), name="bang-diem.xlsx"))
    return read


REFUSALS = {
    "hidden_row": hidden("row"),
    "hidden_column": hidden("column"),
    "direction_override": table(["1", "Công tác \u202echỉ đạo", "1,00", "1"]),
    "title_too_long": table(["1", "Công tác " * 300, "1,00", "1"]),
    "cell_too_long": table(["1", "Công tác chỉ đạo", "1,00", "1", "x" * 10_001]),
    "line_too_long": lambda: text_rows("STT\tTiêu chí\n1\t" + "x" * 20_001),
    "too_many_columns": table(["1", "Công tác chỉ đạo", "1,00", "1"] + [""] * 70 + ["x"]),
}


@pytest.mark.parametrize("name", REFUSALS)
def test_each_hostile_file_has_its_own_vietnamese_message(english, name):
    error = refusal(REFUSALS[name])
    assert error.kind == name
    text = check(error)
    for value in ("limit", "length", "cells"):
        if value in error.params:
            assert str(error.params[value]) in text, text


def test_hidden_sheets_are_named_in_the_warning_in_vietnamese(english):
    warning = ImportWarning(None, None, "hidden_sheets", None, None, sheet="Phong Thổ 2023",
                            hidden_sheets=("Điểm tối đa", "Nháp"))
    assert "Điểm tối đa, Nháp" in warning_text(warning) and "“Phong Thổ 2023”" in warning_text(warning)
    i18n.install_language("vi")
    try:
        text = warning_text(warning)
    finally:
        i18n.install_language("en")
    assert text.startswith("Tệp Excel còn có trang tính bị ẩn") and "Điểm tối đa, Nháp" in text
