"""The criteria tree is built from codes alone and refuses lists that are not a tree."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria import CriterionSpec, Framework, code_sort_key, parent_code
from cchc_desktop.domain.errors import FrameworkError, NotALeafError, UnknownCriterionError


def spec(code, maximum="1"):
    return CriterionSpec(code, f"Tiêu chí {code}", Decimal(maximum))


def test_parents_come_from_codes_at_any_depth():
    framework = Framework([spec("1", "3"), spec("1.1", "3"), spec("1.1.1", "2"), spec("1.1.1.1", "2"),
                           spec("1.1.2", "1")])
    deepest = framework.get("1.1.1.1")
    assert [a.code for a in deepest.ancestors()] == ["1.1.1", "1.1", "1"]
    assert deepest.level == 4 and deepest.is_leaf
    assert [leaf.code for leaf in framework.leaves()] == ["1.1.1.1", "1.1.2"]


def test_rows_out_of_order_are_placed_by_code():
    framework = Framework([spec("2"), spec("1.10"), spec("1"), spec("1.9")])
    assert [node.code for node in framework] == ["1", "1.9", "1.10", "2"]


def test_code_helpers():
    assert parent_code("8.10.5") == "8.10"
    assert parent_code("8") is None
    assert code_sort_key("8.10") > code_sort_key("8.9")


@pytest.mark.parametrize(
    ("codes", "kind"),
    [(["1", "1"], "duplicate_code"), (["1", "2.1"], "missing_parent"), (["1", "1..2"], "bad_code"),
     (["1", "1.a"], "bad_code"), ([], "empty_framework")],
)
def test_refuses_lists_that_are_not_a_tree(codes, kind):
    with pytest.raises(FrameworkError) as caught:
        Framework([spec(code) for code in codes])
    assert caught.value.kind == kind


def test_only_leaves_take_scores_and_unknown_codes_are_named():
    framework = Framework([spec("1", "2"), spec("1.1"), spec("1.2")])
    with pytest.raises(NotALeafError, match="1.1, 1.2"):
        framework.leaf("1")
    with pytest.raises(UnknownCriterionError, match="9.9"):
        framework.get("9.9")


def test_reports_parents_whose_maximum_is_not_the_sum_of_their_parts():
    framework = Framework([spec("1", "3"), spec("1.1", "1"), spec("1.2", "1")])
    [(node, summed)] = framework.maxima_mismatches()
    assert node.code == "1" and summed == Decimal("2")
