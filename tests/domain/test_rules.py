"""Scores computed from entered figures by each rule kind, at and around every band edge, never outside 0 … maximum."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.domain.criteria import Criterion
from cchc_desktop.domain.errors import RuleError, ScoreParseError, ScoreRangeError
from cchc_desktop.domain.rules import (
    Band,
    ChoiceOption,
    ChoiceRule,
    CompareRule,
    ManualRule,
    NotApplicablePolicy,
    RatioRule,
    ThresholdRule,
    band_problems,
    compute_score,
    from_dict,
    not_applicable_outcome,
    parse_figures,
    to_dict,
)

D = Decimal


def leaf(maximum, code="2.3"):
    return Criterion(code, "Tiêu chí thử", D(maximum))


# "Tỷ lệ đạt từ 95% trở lên: 2,5" / "từ 80% đến dưới 95%: 1" / "Tỷ lệ đạt dưới 80%: 0"
THREE_BANDS = ThresholdRule(bands=(
    Band(D(95), True, None, False, D("2.5")),
    Band(D(80), True, D(95), False, D(1)),
    Band(None, False, D(80), False, D(0)),
))


def score(rule, maximum, text, **kwargs):
    return compute_score(rule, leaf(maximum), parse_figures(rule, text), **kwargs).score


@pytest.mark.parametrize(("figure", "expected"), [
    ("100%", "2.50"), ("95%", "2.50"), ("95,01%", "2.50"), ("94,99%", "1.00"), ("94.9%", "1.00"),
    ("80%", "1.00"), ("80,01%", "1.00"), ("79,99%", "0.00"), ("0%", "0.00"), ("120%", "2.50"),
    ("95", "2.50"),  # the percent sign may be left out
    ("19/20", "2.50"), ("189/200", "1.00"),  # a fraction is read as its percentage: 95% and 94,5%
])
def test_threshold_bands_at_and_around_each_edge(figure, expected):
    assert score(THREE_BANDS, "2.5", figure) == D(expected)


def test_inclusive_and_exclusive_bounds_on_both_sides():
    rule = ThresholdRule(bands=(Band(D(50), False, D(60), True, D(1)), Band(D(60), False, None, False, D(2)),
                                Band(None, False, D(50), True, D(0))))
    assert [score(rule, 2, f) for f in ("50%", "50,01%", "60%", "60,01%")] == [D(0), D(1), D(1), D(2)]


def test_a_figure_no_band_covers_is_refused_naming_the_criterion():
    rule = ThresholdRule(bands=(Band(D(95), True, None, False, D(2)), Band(None, False, D(90), False, D(0))))
    with pytest.raises(RuleError) as raised:
        score(rule, 2, "92%")
    assert raised.value.kind == "no_band"
    assert raised.value.params["code"] == "2.3" and raised.value.params["figures"] == "92%"


@pytest.mark.parametrize(("figures", "expected"), [
    ("45/50", "4.50"), ("50/50", "5.00"), ("55/50", "5.00"),  # capped at the maximum
    ("0/50", "0.00"), ("1/3", "1.67"), ("1/6", "0.83"),  # 0,8333 → 0,83
    ("1/8", "0.63"),  # 0,625 rounds half up, not to even
    ("2,5/4", "3.13"),
])
def test_ratio_is_maximum_times_numerator_over_denominator_capped_and_rounded_half_up(figures, expected):
    assert score(RatioRule(), "5", figures) == D(expected)


def test_ratio_uses_the_points_the_guide_wrote():
    assert score(RatioRule(scale=D(3)), "5", "1/2") == D("1.50")


def test_ratio_with_nothing_assigned_is_not_applicable_or_refused_as_the_rule_says():
    outcome = compute_score(RatioRule(), leaf(5), parse_figures(RatioRule(), "0/0"))
    assert outcome.score is None and outcome.applicable is False
    no_task = RatioRule(not_applicable=NotApplicablePolicy(D(3)))
    assert compute_score(no_task, leaf(5), parse_figures(no_task, "0/0")).score == D("3.00")
    refusing = RatioRule(on_zero="refuse")
    with pytest.raises(RuleError) as raised:
        score(refusing, 5, "3/0")
    assert raised.value.kind == "zero_denominator" and raised.value.params["figures"] == "3/0"


def test_compare_at_or_above_the_benchmark():
    rule = CompareRule(at_or_above=D(2), below=D(0))
    assert score(rule, 2, "85,5", benchmark=D("85.5")) == D("2.00")
    assert score(rule, 2, "85,51", benchmark=D("85.5")) == D("2.00")
    assert score(rule, 2, "85,49", benchmark=D("85.5")) == D("0.00")
    with pytest.raises(RuleError) as raised:
        score(rule, 2, "90")
    assert raised.value.kind == "no_benchmark"


def test_choice_options_are_numbered_from_one():
    rule = ChoiceRule(options=(ChoiceOption("Có ban hành văn bản", D(1)), ChoiceOption("Không ban hành", D(0))))
    assert score(rule, 1, "1") == D("1.00")
    assert score(rule, 1, "2") == D("0.00")
    for typed in ("0", "3", "1,5", "có"):
        with pytest.raises(RuleError) as raised:
            parse_figures(rule, typed)
        assert raised.value.kind == "bad_option" and raised.value.params["count"] == 2


def test_points_over_the_maximum_are_refused_by_the_typed_score_check():
    # A decision's rule awarding more than the criterion's maximum: the score is refused, as a typed one is.
    rule = ChoiceRule(options=(ChoiceOption("Đạt", D(3)), ChoiceOption("Không đạt", D(0))))
    with pytest.raises(ScoreRangeError) as raised:
        score(rule, 2, "1")
    assert raised.value.kind == "over_maximum" and raised.value.params["maximum"] == D(2)


@pytest.mark.parametrize(("rule", "typed", "kind"), [
    (RatioRule(), "", "figures_empty"),
    (RatioRule(), "45", "not_a_ratio"),
    (RatioRule(), "45/-50", "negative"),
    (RatioRule(), "+45/50", "sign"),
    (RatioRule(), "4,555/50", "too_many_decimals"),
    (THREE_BANDS, "abc%", "not_a_number"),
    (THREE_BANDS, "-5%", "negative"),
    (CompareRule(at_or_above=D(2), below=D(0)), "3/4", "not_one_figure"),
    (ManualRule(), "3", "manual_rule"),
])
def test_figures_a_rule_cannot_take_are_refused_with_a_kind_the_ui_can_name(rule, typed, kind):
    with pytest.raises((ScoreParseError, RuleError)) as raised:
        parse_figures(rule, typed)
    assert raised.value.kind == kind


def test_figures_print_back_as_typed_the_vietnamese_way():
    assert parse_figures(THREE_BANDS, "94.9%").text() == "94,9%"
    assert parse_figures(RatioRule(), " 45 / 50 ").text() == "45/50"


def test_not_applicable_leaves_the_maximum_or_gives_the_no_task_points():
    assert not_applicable_outcome(ManualRule(), leaf(3)).applicable is False
    assert not_applicable_outcome(None, leaf(3)).applicable is False
    rule = ManualRule(not_applicable=NotApplicablePolicy(D(3)))
    assert not_applicable_outcome(rule, leaf(3)).score == D("3.00")


@pytest.mark.parametrize("rule", [
    ManualRule(guide=("Căn cứ báo cáo",)),
    THREE_BANDS,
    ThresholdRule(bands=(Band(D("94.95"), True, None, False, D(1)),), not_applicable=NotApplicablePolicy()),
    RatioRule(scale=D(5), on_zero="refuse"),
    CompareRule(at_or_above=D(2), below=D(0), guide=("… trên hoặc bằng mức trung bình: 2",)),
    ChoiceRule(options=(ChoiceOption("Đạt", D(1)), ChoiceOption("Không đạt", D(0))),
               not_applicable=NotApplicablePolicy(D(3))),
])
def test_json_form_round_trips(rule):
    import json
    data = json.loads(json.dumps(to_dict(rule)))
    assert to_dict(from_dict(data)) == data
    assert from_dict(data).kind == rule.kind


@pytest.mark.parametrize("data", [
    {}, {"kind": "formula"}, {"kind": "choice", "options": []}, {"kind": "threshold", "bands": [{"lower": "x"}]},
    {"kind": "ratio", "on_zero": "ignore"}, {"kind": "compare", "at_or_above": 2, "below": "0"},
])
def test_a_malformed_stored_rule_is_refused(data):
    with pytest.raises(RuleError) as raised:
        from_dict(data)
    assert raised.value.kind == "bad_rule"


def test_band_problems_find_overlaps_and_gaps():
    assert band_problems(THREE_BANDS.bands) == []
    overlapping = (Band(D(95), True, None, False, D(2)), Band(D(80), True, D(95), True, D(1)),
                   Band(None, False, D(80), False, D(0)))
    assert [(p.kind, p.where) for p in band_problems(overlapping)] == [("overlap", "≥ 95% / [80%, 95%]")]
    gapped = (Band(D(95), True, None, False, D(2)), Band(None, False, D(90), False, D(0)))
    assert [(p.kind, p.where) for p in band_problems(gapped)] == [("gap", "[90%, 95%)")]
    top_only = (Band(D(95), True, None, False, D(2)),)
    assert [(p.kind, p.where) for p in band_problems(top_only)] == [("gap", "[0%, 95%)")]
    up_to_100 = (Band(None, False, D(50), False, D(0)), Band(D(50), True, D(100), True, D(1)))
    assert band_problems(up_to_100) == []
    short = (Band(None, False, D(50), False, D(0)), Band(D(50), True, D(90), True, D(1)))
    assert [(p.kind, p.where) for p in band_problems(short)] == [("gap", "> 90%")]
    short_of_100 = (Band(None, False, D(100), False, D(0)),)
    assert [(p.kind, p.where) for p in band_problems(short_of_100)] == [("gap", "≥ 100%")]
    touching_open = (Band(None, False, D(50), False, D(0)), Band(D(50), False, None, False, D(1)))
    assert [(p.kind, p.where) for p in band_problems(touching_open)] == [("gap", "[50%, 50%]")]


# --- properties -------------------------------------------------------------------------------------

hundredths = st.integers(min_value=0, max_value=10_000).map(lambda n: D(n) / 100)
counts = st.integers(min_value=0, max_value=9_999)


@given(maximum=hundredths, numerator=counts, denominator=st.integers(min_value=1, max_value=9_999))
def test_ratio_score_is_within_bounds_and_equals_the_hand_computation(maximum, numerator, denominator):
    rule = RatioRule()
    got = score(rule, maximum, f"{numerator}/{denominator}")
    by_hand = min(maximum * D(numerator) / D(denominator), maximum).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert got == by_hand
    assert D(0) <= got <= maximum


@given(maximum=hundredths, percent=st.integers(min_value=0, max_value=15_000).map(lambda n: D(n) / 100),
       cuts=st.lists(st.integers(min_value=1, max_value=9_999).map(lambda n: D(n) / 100), min_size=1, max_size=4,
                     unique=True),
       data=st.data())
def test_threshold_score_is_within_bounds_and_equals_the_band_by_hand(maximum, percent, cuts, data):
    # Bands [0, c1), [c1, c2), …, [cn, ∞) with points that never exceed the maximum.
    edges = sorted(cuts)
    lowers = [None, *edges]
    uppers = [*edges, None]
    points = [data.draw(st.integers(min_value=0, max_value=int(maximum * 100)).map(lambda n: D(n) / 100))
              for _ in lowers]
    rule = ThresholdRule(bands=tuple(Band(lo, True, up, False, p) for lo, up, p in zip(lowers, uppers, points)))
    assert band_problems(rule.bands) == []
    got = score(rule, maximum, f"{percent}%")
    by_hand = points[sum(1 for edge in edges if percent >= edge)]
    assert got == by_hand
    assert D(0) <= got <= maximum


@given(maximum=hundredths, figure=hundredths, benchmark=hundredths, data=st.data())
def test_compare_score_is_within_bounds_and_equals_the_hand_computation(maximum, figure, benchmark, data):
    top = st.integers(min_value=0, max_value=int(maximum * 100)).map(lambda n: D(n) / 100)
    above, below = data.draw(top), data.draw(top)
    rule = CompareRule(at_or_above=above, below=below)
    got = score(rule, maximum, str(figure), benchmark=benchmark)
    assert got == (above if figure >= benchmark else below)
    assert D(0) <= got <= maximum


@given(numerator=hundredths, denominator=hundredths, percent=hundredths)
def test_figures_read_back_from_their_text(numerator, denominator, percent):
    # Stored figures are their text: reading it again must give the same figures.
    for rule, typed in ((RatioRule(), f"{numerator}/{denominator}"), (THREE_BANDS, f"{percent}%")):
        figures = parse_figures(rule, typed)
        assert parse_figures(rule, figures.text()) == figures
