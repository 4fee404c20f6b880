"""The announced index per column: not-applicable rescaling, bonus and deduction, the 100-point index and grades."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.errors import FrameworkError, NotALeafError
from cchc_desktop.domain.index import (
    DEFAULT_GRADES,
    CriterionKind,
    GradeBand,
    GradeScale,
    applicable_maximum,
    column_index,
)
from cchc_desktop.domain.rules import ManualRule, NotApplicablePolicy, RatioRule
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.tables import read_table, text_rows

D = Decimal
SELF, APPRAISAL = Column.SELF, Column.APPRAISAL


def framework():
    """Base 10 (areas 1 and 2), a bonus area 3 (max 2) and a deduction area 4 (max 1)."""
    return Framework([
        CriterionSpec("1", "Lĩnh vực 1", D(6)),
        CriterionSpec("1.1", "Tiêu chí 1.1", D(3)),
        CriterionSpec("1.2", "Tiêu chí 1.2", D(3)),
        CriterionSpec("2", "Lĩnh vực 2", D(4)),
        CriterionSpec("2.1", "Tiêu chí 2.1", D(2)),
        CriterionSpec("2.2", "Tiêu chí 2.2", D(2)),
        CriterionSpec("3", "Điểm thưởng", D(2)),
        CriterionSpec("3.1", "Sáng kiến được công nhận", D(2)),
        CriterionSpec("3.2", "Giải thưởng", D(1)),
        CriterionSpec("4", "Điểm trừ", D(1)),
        CriterionSpec("4.1", "Chậm báo cáo", D("0.5")),
        CriterionSpec("4.2", "Vi phạm", D(1)),
    ])


KINDS = {"3": CriterionKind.BONUS, "4": CriterionKind.DEDUCTION}


def sheet_with(entries, column=APPRAISAL):
    sheet = ScoreSheet(framework())
    for code, value in entries.items():
        sheet.set_score(code, column, D(value))
    return sheet


def test_the_seed_keeps_79_24_and_its_index_is_79_24_trung_binh(seed_text):
    table = read_table(text_rows(seed_text))
    result = column_index(table.sheet, APPRAISAL)
    assert result.raw_total == result.achieved == result.final == result.index == D("79.24")
    assert result.maximum == result.applicable_maximum == D("100.00")
    assert result.grade == "Trung bình"
    assert table.sheet.total(APPRAISAL) == D("79.24")
    empty = column_index(table.sheet, SELF)
    assert (empty.achieved, empty.final, empty.index, empty.grade) == (None, None, None, None)


def test_bonus_and_deduction_stay_outside_the_base():
    sheet = sheet_with({"1.1": "3", "1.2": "2", "2.1": "1", "2.2": "1.5", "3.1": "1.5", "4.1": "0.5"})
    got = column_index(sheet, APPRAISAL, kinds=KINDS)
    assert got.raw_total == D("9.50")  # the sheet's plain sum is unchanged
    assert got.maximum == got.applicable_maximum == D(10)
    assert (got.achieved, got.bonus, got.deduction) == (D("7.50"), D("1.50"), D("0.50"))
    assert got.final == D("8.50")
    assert got.index == D("85.00") and got.grade == "Khá"


def test_bonus_is_capped_at_its_maximum_and_deduction_at_its_own():
    sheet = sheet_with({"1.1": "3", "3.1": "2", "3.2": "1", "4.1": "0.5", "4.2": "1"})
    got = column_index(sheet, APPRAISAL, kinds=KINDS)
    assert got.bonus == D(2)  # 3 entered, area maximum 2
    assert got.deduction == D(1)  # 1,5 entered, area maximum 1
    assert got.final == D("4.00")


def test_the_final_total_is_never_below_zero():
    sheet = sheet_with({"1.1": "0.25", "4.2": "1"})
    got = column_index(sheet, APPRAISAL, kinds=KINDS)
    assert got.final == D("0.00") and got.index == D("0.00") and got.grade == "Yếu"


def test_a_not_applicable_leaf_leaves_the_applicable_maximum():
    sheet = sheet_with({"1.1": "3", "1.2": "2", "2.1": "1.5"})
    got = column_index(sheet, APPRAISAL, kinds=KINDS, not_applicable={"2.2"})
    assert got.applicable_maximum == D(8)
    assert got.achieved == D("6.50")
    assert got.index == D("81.25")  # 6,5 / 8 × 100, where the raw 6,5 / 10 would be 65
    assert got.grade == "Khá"


def test_an_entry_on_a_not_applicable_leaf_does_not_count():
    sheet = sheet_with({"1.1": "3", "2.2": "2"})
    got = column_index(sheet, APPRAISAL, not_applicable={"2.2"}, kinds=KINDS)
    assert got.achieved == D(3) and got.applicable_maximum == D(8)


def test_no_task_gives_the_rule_points_instead():
    rules = {"2.2": ManualRule(not_applicable=NotApplicablePolicy(D(2))), "2.1": RatioRule(
        not_applicable=NotApplicablePolicy())}
    sheet = sheet_with({"1.1": "3", "1.2": "3"})
    got = column_index(sheet, APPRAISAL, kinds=KINDS, not_applicable={"2.1", "2.2"}, rules=rules)
    assert got.applicable_maximum == D(8)  # 2.1 is out; 2.2 stays in with its 2 points
    assert got.achieved == D(8) and got.index == D("100.00") and got.grade == "Tốt"


def test_only_leaves_can_be_not_applicable():
    with pytest.raises(NotALeafError):
        applicable_maximum(framework(), not_applicable={"2"})


def test_index_rounds_half_up_to_two_places():
    fw = Framework([CriterionSpec("1", "A", D(3)), CriterionSpec("1.1", "a", D(3))])
    sheet = ScoreSheet(fw)
    sheet.set_score("1.1", SELF, D(2))  # 66,666… → 66,67
    assert column_index(sheet, SELF).index == D("66.67")
    sheet = ScoreSheet(Framework([CriterionSpec("1", "A", D(8)), CriterionSpec("1.1", "a", D(8))]))
    sheet.set_score("1.1", SELF, D("7.19"))  # 7,19 / 8 = 89,875 → 89,88 Khá
    result = column_index(sheet, SELF)
    assert result.index == D("89.88") and result.grade == "Khá"


def test_columns_are_independent():
    sheet = sheet_with({"1.1": "3"}, column=SELF)
    sheet.set_score("1.1", APPRAISAL, D(2))
    assert column_index(sheet, SELF, kinds=KINDS).final == D(3)
    assert column_index(sheet, APPRAISAL, kinds=KINDS).final == D(2)


@pytest.mark.parametrize(("index", "grade"), [
    ("100", "Tốt"), ("90", "Tốt"), ("89.99", "Khá"), ("80", "Khá"), ("79.99", "Trung bình"),
    ("65", "Trung bình"), ("64.99", "Yếu"), ("0", "Yếu"), ("105", "Tốt"),
])
def test_default_grades_at_each_edge(index, grade):
    assert DEFAULT_GRADES.grade(D(index)) == grade


def test_grades_are_editable_and_round_trip():
    scale = GradeScale((GradeBand(D(0), "Chưa đạt"), GradeBand(D("85.5"), "Xuất sắc"), GradeBand(D(50), "Đạt")))
    assert [band.label for band in scale.bands] == ["Xuất sắc", "Đạt", "Chưa đạt"]
    assert scale.grade(D("85.49")) == "Đạt"
    assert GradeScale.from_dict(scale.to_dict()) == scale
    sheet = sheet_with({"1.1": "3", "1.2": "3", "2.1": "2", "2.2": "1"})
    assert column_index(sheet, APPRAISAL, kinds=KINDS, grades=scale).grade == "Xuất sắc"


@pytest.mark.parametrize(("bands", "kind"), [
    ((), "no_grades"),
    ((GradeBand(D(50), "Đạt"),), "grades_gap"),
    ((GradeBand(D(0), "A"), GradeBand(D(0), "B")), "duplicate_grade_bound"),
    ((GradeBand(D(0), " "),), "grade_without_label"),
    ((GradeBand(D(-1), "A"),), "bad_grade_bound"),
])
def test_a_grade_list_that_leaves_an_index_without_grade_is_refused(bands, kind):
    with pytest.raises(FrameworkError) as raised:
        GradeScale(bands)
    assert raised.value.kind == kind


cents = st.integers(min_value=0, max_value=300).map(lambda n: D(n) / 100)


@given(values=st.fixed_dictionaries({c: cents for c in ("1.1", "1.2", "2.1", "2.2")}),
       bonus=st.integers(0, 200).map(lambda n: D(n) / 100), deduction=st.integers(0, 50).map(lambda n: D(n) / 100),
       out=st.sets(st.sampled_from(["1.1", "1.2", "2.1", "2.2"]), max_size=3))
def test_totals_equal_the_hand_computation(values, bonus, deduction, out):
    fw = framework()
    sheet = ScoreSheet(fw)
    for code, value in values.items():
        sheet.set_score(code, APPRAISAL, min(value, fw.get(code).maximum))
    sheet.set_score("3.1", APPRAISAL, bonus)
    sheet.set_score("4.1", APPRAISAL, deduction)
    got = column_index(sheet, APPRAISAL, kinds=KINDS, not_applicable=out)
    base = sum((sheet.entry(c, APPRAISAL) for c in values if c not in out), D(0))
    applicable = sum((fw.get(c).maximum for c in values if c not in out), D(0))
    final = max(D(0), base + bonus - deduction)
    assert got.achieved == base and got.applicable_maximum == applicable
    assert got.final == final
    assert got.index == (final * 100 / applicable).quantize(D("0.01"), rounding="ROUND_HALF_UP")
    assert got.raw_total == sheet.total(APPRAISAL)
