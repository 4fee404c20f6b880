"""Roll-up of leaf scores through every ancestor, exact and leaf-rounded, one edit at a time."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.errors import NotALeafError, ScoreParseError, ScoreRangeError
from cchc_desktop.domain.scoring import Column, RoundingPolicy, ScoreSheet

D = Decimal


def small_framework():
    return Framework([
        CriterionSpec("1", "Lĩnh vực 1", D("3.50")),
        CriterionSpec("1.1", "Tiêu chí 1.1", D("1.00")),
        CriterionSpec("1.2", "Tiêu chí 1.2", D("2.50")),
        CriterionSpec("1.2.1", "Thành phần 1.2.1", D("0.50")),
        CriterionSpec("1.2.2", "Thành phần 1.2.2", D("2.00")),
        CriterionSpec("2", "Lĩnh vực 2", D("1.00")),
    ])


def test_an_edit_moves_the_leaf_its_ancestors_and_the_total():
    sheet = ScoreSheet(small_framework())
    change = sheet.set_score("1.2.2", Column.APPRAISAL, D("1.25"))
    assert change.affected == ("1.2.2", "1.2", "1")
    assert sheet.score("1.2", Column.APPRAISAL) == D("1.25")
    assert sheet.score("1", Column.APPRAISAL) == D("1.25")
    sheet.set_score("1.1", Column.APPRAISAL, D("1"))
    sheet.set_score("1.2.2", Column.APPRAISAL, D("0.75"))  # replace, not add
    assert sheet.score("1", Column.APPRAISAL) == D("1.75")
    assert sheet.total(Column.APPRAISAL) == D("1.75")
    assert sheet.score("1", Column.SELF) is None  # the other column is untouched


def test_clearing_a_score_takes_it_out_of_every_subtotal():
    sheet = ScoreSheet(small_framework())
    sheet.set_score("1.2.1", Column.SELF, D("0.5"))
    change = sheet.set_score("1.2.1", Column.SELF, None)
    assert change.old == D("0.5") and change.new is None
    assert sheet.score("1.2", Column.SELF) is None
    assert sheet.totals(None, Column.SELF).scored == 0


def test_progress_counts_scored_leaves():
    sheet = ScoreSheet(small_framework())
    sheet.set_score("1.1", Column.SELF, D("0"))  # zero is a score, not a blank
    totals = sheet.totals(None, Column.SELF)
    assert (totals.scored, totals.leaves) == (1, 4)
    assert sheet.totals("1.2", Column.SELF).leaves == 2


@pytest.mark.parametrize(("value", "kind"), [(D("-0.01"), "below_zero"), (D("0.51"), "over_maximum")])
def test_refuses_scores_outside_zero_to_maximum_and_changes_nothing(value, kind):
    sheet = ScoreSheet(small_framework())
    with pytest.raises(ScoreRangeError) as caught:
        sheet.set_score("1.2.1", Column.APPRAISAL, value)
    assert caught.value.kind == kind
    assert sheet.score("1.2.1", Column.APPRAISAL) is None and sheet.total(Column.APPRAISAL) == 0


def test_refuses_values_finer_than_a_hundredth():
    with pytest.raises(ScoreParseError):
        ScoreSheet(small_framework()).set_score("1.1", Column.SELF, D("0.125"))


def test_parents_are_computed_never_entered():
    with pytest.raises(NotALeafError):
        ScoreSheet(small_framework()).set_score("1.2", Column.SELF, D("1"))


def test_rounding_each_leaf_half_up_is_kept_beside_the_exact_sum():
    sheet = ScoreSheet(small_framework(), rounding_places=1)
    sheet.set_score("1.2.1", Column.APPRAISAL, D("0.25"))  # → 0.3
    sheet.set_score("1.2.2", Column.APPRAISAL, D("1.34"))  # → 1.3
    assert sheet.total(Column.APPRAISAL, RoundingPolicy.EXACT) == D("1.59")
    assert sheet.total(Column.APPRAISAL, RoundingPolicy.ROUND_EACH_LEAF) == D("1.6")
    sheet.set_score("1.2.1", Column.APPRAISAL, D("0.24"))  # → 0.2: the rounded sum follows edits too
    assert sheet.total(Column.APPRAISAL, RoundingPolicy.ROUND_EACH_LEAF) == D("1.5")


def test_difference_is_appraisal_minus_self():
    sheet = ScoreSheet(small_framework())
    sheet.set_score("1.1", Column.SELF, D("1"))
    assert sheet.difference("1.1") is None
    sheet.set_score("1.1", Column.APPRAISAL, D("0.75"))
    assert sheet.difference("1.1") == D("-0.25")
    assert sheet.difference("1") == D("-0.25")


def test_incremental_roll_up_equals_a_full_recount_after_many_edits():
    import random

    framework = small_framework()
    sheet = ScoreSheet(framework)
    rng = random.Random(7)
    leaves = framework.leaves()
    for _ in range(500):
        leaf = rng.choice(leaves)
        value = None if rng.random() < 0.2 else D(rng.randint(0, int(leaf.maximum * 100))) / 100
        sheet.set_score(leaf.code, Column.SELF, value)
    for node in framework:
        entered = [sheet.entry(leaf.code, Column.SELF) for leaf in node.leaves()]
        entered = [value for value in entered if value is not None]
        assert sheet.score(node.code, Column.SELF) == (sum(entered) if entered else None)
