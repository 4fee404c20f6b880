"""The printed sheet shows the figures a rule scored and keeps bonus and deduction apart from the total."""

from __future__ import annotations

import io
import json
import unicodedata
from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import printing, rules
from cchc_desktop.services.workspace import Edit
from cchc_desktop.store import repository
from cchc_desktop.store import rules as stored_rules


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


THRESHOLD = {"kind": "threshold", "bands": [
    {"lower": "95", "lower_inclusive": True, "upper": None, "upper_inclusive": False, "points": "2.50"},
    {"lower": "80", "lower_inclusive": True, "upper": "95", "upper_inclusive": False, "points": "1.00"},
    {"lower": None, "lower_inclusive": False, "upper": "80", "upper_inclusive": False, "points": "0.00"}]}
RATIO = {"kind": "ratio", "scale": None, "on_zero": "not_applicable"}
CHOICE = {"kind": "choice", "options": [{"label": "Đạt các mục tiêu được giao", "points": "1.00"},
                                         {"label": "Không đạt", "points": "0.00"}]}


@pytest.fixture
def ruled_sheet(workspace):
    """A set with a threshold, a ratio and a choice leaf, a bonus area and a deduction area."""
    framework = Framework([CriterionSpec("1", "Công tác chỉ đạo", Decimal("8.5")),
                           CriterionSpec("1.1", "Tỷ lệ hoàn thành kế hoạch", Decimal("2.5")),
                           CriterionSpec("1.2", "Hoàn thành công việc", Decimal(5)),
                           CriterionSpec("1.3", "Mục tiêu", Decimal(1)),
                           CriterionSpec("2", "Cải cách thể chế", Decimal("91.5")),
                           CriterionSpec("2.1", "Rà soát văn bản", Decimal("91.5")),
                           CriterionSpec("3", "Điểm thưởng", Decimal(2)),
                           CriterionSpec("3.1", "Sáng kiến được công nhận", Decimal(2)),
                           CriterionSpec("4", "Điểm trừ", Decimal(1)),
                           CriterionSpec("4.1", "Chậm báo cáo", Decimal(1))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bộ có quy tắc", year=2025,
                                                 level="commune")
        stored_rules.save_rules(connection, framework_id, {
            path: ("score", json.dumps(rule)) for path, rule in (("1.1", THRESHOLD), ("1.2", RATIO),
                                                                 ("1.3", CHOICE))})
    rules.set_criterion_kind(workspace, framework_id, "3", "bonus")
    rules.set_criterion_kind(workspace, framework_id, "4", "deduction")
    document = workspace.open_sheet(workspace.create_sheet(unit="Xã Tả Phìn", year=2025, framework_id=framework_id))
    rules.set_figures(document, "1.1", Column.APPRAISAL, text="94,9%")
    rules.set_figures(document, "1.1", Column.SELF, text="96%")
    rules.set_figures(document, "1.2", Column.APPRAISAL, text="45/50")
    rules.set_figures(document, "1.2", Column.SELF, text="45/50")
    rules.set_figures(document, "1.3", Column.APPRAISAL, option=1)
    document.apply([Edit("2.1", Column.APPRAISAL, Decimal(80)), Edit("3.1", Column.APPRAISAL, Decimal("1.5")),
                    Edit("4.1", Column.APPRAISAL, Decimal("0.25"))])
    return document


def test_the_figures_print_under_the_title_as_they_were_stored(ruled_sheet):
    text = pdf_text(printing.render_pdf(ruled_sheet, columns=[Column.APPRAISAL]))
    # The figures run on under the title, after the row's maximum and score.
    assert "1.1 Tỷ lệ hoàn thành kế hoạch 2,50 1,00 Số liệu: 94,9%" in text
    assert "1.2 Hoàn thành công việc 5,00 4,50 Số liệu: 45/50" in text
    assert "1.3 Mục tiêu 1,00 1,00 Lựa chọn: Đạt các mục tiêu được giao" in text


def test_both_columns_printed_name_the_figures_of_each_when_they_differ(ruled_sheet):
    text = pdf_text(printing.render_pdf(ruled_sheet, columns=[Column.SELF, Column.APPRAISAL]))
    assert "Số liệu tự đánh giá: 96%; thẩm định: 94,9%" in text
    assert "1.2 Hoàn thành công việc 5,00 4,50 4,50 Số liệu: 45/50" in text  # the same in both: said once
    assert "Lựa chọn thẩm định: Đạt các mục tiêu được giao" in text


def test_bonus_and_deduction_print_after_the_total_which_is_the_base_alone(ruled_sheet):
    text = pdf_text(printing.render_pdf(ruled_sheet, columns=[Column.APPRAISAL]))
    # 1,00 + 4,50 + 1,00 + 80,00 of the base 100: the bonus and the deduction are not in it.
    total = text.index("Tổng điểm 100,00 86,50")
    bonus = text.index("ĐIỂM THƯỞNG (cộng thêm, ngoài thang điểm chuẩn) 3 Điểm thưởng 2,00 1,50")
    deduction = text.index("ĐIỂM TRỪ (trừ vào tổng điểm) 4 Điểm trừ 1,00 0,25")
    final = text.index("Tổng điểm cuối cùng 87,75")
    assert total < bonus < deduction < final
    assert "Chỉ số (quy về thang điểm 100) 100,00 87,75" in text


def test_a_printed_sheet_with_figures_and_sections_still_verifies(ruled_sheet):
    # `cchc verify` draws the pages again from the data and layout the PDF carries.
    report = printing.verify_pdf(printing.render_pdf(ruled_sheet), ruled_sheet.workspace)
    assert report.ok and report.self_consistent and report.matches_database, report.problems


def test_a_bonus_criterion_inside_a_scored_area_stays_in_place_and_out_of_the_total(ruled_sheet):
    rules.set_criterion_kind(ruled_sheet.workspace, ruled_sheet.info.framework_id, "1.3", "bonus")
    found = rules.indices(ruled_sheet)[Column.APPRAISAL]
    text = pdf_text(printing.render_pdf(ruled_sheet, columns=[Column.APPRAISAL]))
    # 1.3 (1,00 of 1) is a bonus now: the base is 1,00 + 4,50 + 80,00 over 99, as the index counts it.
    assert found.maximum == Decimal(99) and found.achieved == Decimal("85.50")
    assert "1.3 Mục tiêu 1,00 1,00" in text and text.index("1.3 Mục tiêu") < text.index("Tổng điểm 99,00 85,50")
    assert f"Chỉ số (quy về thang điểm 100) 100,00 {str(found.index).replace('.', ',')}" in text
