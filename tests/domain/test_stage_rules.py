"""The yearly cycle: one step at a time, one open column per stage, and the differences to the final appraisal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.stages import (EXPLANATION, NOTE, Stage, StageError, check_editable, check_forward,
                                        editable, previous)

OPEN_IN = {
    Stage.DRAFTING: {Column.SELF, NOTE},
    Stage.SUBMITTED: {Column.ROUND1},
    Stage.APPRAISED: {EXPLANATION},
    Stage.EXPLAINED: {Column.APPRAISAL},
    Stage.FINAL: set(),
    Stage.LOCKED: set(),
}
FIELDS = (Column.SELF, Column.ROUND1, Column.APPRAISAL, EXPLANATION, NOTE)


@pytest.mark.parametrize("stage", list(OPEN_IN))
def test_each_stage_leaves_only_its_own_column_open(stage):
    assert {field for field in FIELDS if editable(stage, field)} == OPEN_IN[stage]


def test_a_closed_column_is_refused_naming_the_stage_and_the_open_column():
    with pytest.raises(StageError) as refused:
        check_editable(Stage.SUBMITTED, Column.APPRAISAL)
    assert refused.value.kind == "stage_closed"
    assert "“submitted”" in str(refused.value) and "final appraisal" in str(refused.value)
    assert "Open in this stage: round 1" in str(refused.value)


def test_a_sheet_outside_the_cycle_keeps_self_final_and_notes_open():
    assert {field for field in FIELDS if editable(Stage.OPEN, field)} == {Column.SELF, Column.APPRAISAL, NOTE}


def test_stages_move_one_step_at_a_time_and_back_one_step():
    check_forward(Stage.OPEN, Stage.SUBMITTED)
    check_forward(Stage.DRAFTING, Stage.SUBMITTED)
    check_forward(Stage.FINAL, Stage.LOCKED)
    for current, target in ((Stage.DRAFTING, Stage.APPRAISED), (Stage.SUBMITTED, Stage.SUBMITTED),
                            (Stage.EXPLAINED, Stage.LOCKED), (Stage.APPRAISED, Stage.SUBMITTED)):
        with pytest.raises(StageError):
            check_forward(current, target)
    assert previous(Stage.EXPLAINED) is Stage.APPRAISED and previous(Stage.SUBMITTED) is Stage.DRAFTING
    with pytest.raises(StageError):
        previous(Stage.DRAFTING)


def test_final_is_a_name_of_the_stored_appraisal_column():
    assert Column.parse("final") is Column.APPRAISAL is Column.parse("appraisal")
    assert Column.parse("round1") is Column.ROUND1


def test_differences_to_the_final_appraisal_follow_each_column_and_roll_up():
    sheet = ScoreSheet(Framework([CriterionSpec("1", "A", Decimal("3")), CriterionSpec("1.1", "a", Decimal("1")),
                                  CriterionSpec("1.2", "b", Decimal("2"))]))
    for code, own, round1, final in (("1.1", "1", "0.5", "0.75"), ("1.2", "2", "1.5", "1.5")):
        sheet.set_score(code, Column.SELF, Decimal(own))
        sheet.set_score(code, Column.ROUND1, Decimal(round1))
        sheet.set_score(code, Column.APPRAISAL, Decimal(final))
    assert sheet.difference("1.1", Column.SELF) == Decimal("-0.25")
    assert sheet.difference("1.1", Column.ROUND1) == Decimal("0.25")
    assert sheet.difference("1", Column.SELF) == Decimal("-0.75")
    assert sheet.difference("1", Column.ROUND1) == Decimal("0.25")
    assert sheet.total(Column.ROUND1) == Decimal("2.0")
