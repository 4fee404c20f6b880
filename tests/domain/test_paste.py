"""A pasted block read into edits: consecutive leaves, parents skipped and named, every bad value named."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.errors import RuleError
from cchc_desktop.domain.paste import PastedFigures, PastedScore, PasteReason, PasteRefused, read_paste
from cchc_desktop.domain.scoring import Column, ScoreSheet

D = Decimal


def small_sheet():
    return ScoreSheet(Framework([
        CriterionSpec("1", "Lĩnh vực 1", D("3.50")),
        CriterionSpec("1.1", "Tiêu chí 1.1", D("1.00")),
        CriterionSpec("1.2", "Tiêu chí 1.2", D("2.50")),
        CriterionSpec("1.2.1", "Thành phần 1.2.1", D("0.50")),
        CriterionSpec("1.2.2", "Thành phần 1.2.2", D("2.00")),
        CriterionSpec("2", "Lĩnh vực 2", D("1.00")),
    ]))


def test_lines_fill_consecutive_leaves_and_the_parent_between_is_skipped_and_named():
    plan = read_paste(small_sheet(), "1.1", Column.SELF, "1\t0,5\r\n0,25\n\t2\n\n")
    assert plan.scores == [
        PastedScore("1.1", Column.SELF, D("1")), PastedScore("1.1", Column.APPRAISAL, D("0.5")),
        PastedScore("1.2.1", Column.SELF, D("0.25")),
        PastedScore("1.2.2", Column.SELF, None), PastedScore("1.2.2", Column.APPRAISAL, D("2")),
    ]
    assert plan.leaves == ["1.1", "1.2.1", "1.2.2"]
    assert plan.columns == [Column.SELF, Column.APPRAISAL]
    assert plan.skipped_parents == ["1.2"]


def test_starting_in_the_appraisal_column_fills_only_that_column():
    plan = read_paste(small_sheet(), "1.2.2", Column.APPRAISAL, "1,5\n0")
    assert plan.scores == [PastedScore("1.2.2", Column.APPRAISAL, D("1.5")), PastedScore("2", Column.APPRAISAL, D("0"))]
    assert plan.columns == [Column.APPRAISAL]
    assert plan.skipped_parents == []


def test_every_bad_value_is_named_with_its_line_and_leaf_and_nothing_is_planned():
    with pytest.raises(PasteRefused) as refused:
        read_paste(small_sheet(), "1.1", Column.SELF, "abc\n0,25\n9")
    assert refused.value.reason == PasteReason.BAD_VALUES
    assert [(p.line, p.code, p.error.kind) for p in refused.value.problems] == [(1, "1.1", "not_a_number"),
                                                                                (3, "1.2.2", "over_maximum")]


@pytest.mark.parametrize("start, column, text, reason, params", [
    ("1.2", Column.SELF, "1", PasteReason.NOT_A_LEAF, {"code": "1.2"}),
    ("1.1", Column.SELF, "\n \n", PasteReason.EMPTY, {}),
    ("1.2.2", Column.SELF, "1\n1\n1", PasteReason.TOO_MANY_LINES, {"lines": 3, "leaves": 2, "code": "1.2.2"}),
    ("1.1", Column.APPRAISAL, "1\t1", PasteReason.TOO_MANY_VALUES, {"line": 1, "values": 2, "columns": 1}),
])
def test_a_block_that_does_not_fit_is_refused_with_what_the_message_needs(start, column, text, reason, params):
    with pytest.raises(PasteRefused) as refused:
        read_paste(small_sheet(), start, column, text)
    assert refused.value.reason == reason
    assert refused.value.params == params


def test_values_on_rule_leaves_are_figures_scored_by_the_check_and_an_empty_one_clears():
    def figures(code, column, text):
        if "/" not in text:
            raise RuleError(f"{code}: give figures", kind="figures_expected", code=code)
        numerator, denominator = text.split("/")
        return D(numerator) / D(denominator) * D("0.50")

    plan = read_paste(small_sheet(), "1.1", Column.SELF, "1\n4/5\t3/5\n\t\n1\n", ruled={"1.2.1", "1.2.2"},
                      figures=figures)
    assert plan.scores == [PastedScore("1.1", Column.SELF, D("1")), PastedScore("1.2.2", Column.SELF, None),
                           PastedScore("1.2.2", Column.APPRAISAL, None), PastedScore("2", Column.SELF, D("1"))]
    assert plan.figures == [PastedFigures("1.2.1", Column.SELF, "4/5", D("0.400")),
                            PastedFigures("1.2.1", Column.APPRAISAL, "3/5", D("0.300"))]
    with pytest.raises(PasteRefused) as refused:
        read_paste(small_sheet(), "1.1", Column.SELF, "1\n4/5\t0,25\n", ruled={"1.2.1"}, figures=figures)
    assert [(p.line, p.code, p.error.kind) for p in refused.value.problems] == [(2, "1.2.1", "figures_expected")]
