"""Guide lines of 2025 decisions read into rules: each verbatim shape, its spelling variants, and what stays manual."""

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.domain.criteria import Criterion
from cchc_desktop.domain.rule_text import recognise, recognise_all
from cchc_desktop.domain.rules import Band, compute_score, format_decimal, parse_figures

D = Decimal


def figures_score(recognition, maximum, typed, **kwargs):
    rule = recognition.rule
    return compute_score(rule, Criterion(recognition.code, "t", D(maximum)), parse_figures(rule, typed), **kwargs).score


def test_threshold_in_three_bands_verbatim():
    got = recognise("1.3", D("2.5"), ["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt từ 80% đến dưới 95%: 1",
                                       "Tỷ lệ đạt dưới 80%: 0"])
    assert got.recognised and got.rule.kind == "threshold" and got.warnings == ()
    assert got.rule.bands == (Band(D(95), True, None, False, D("2.50")), Band(D(80), True, D(95), False, D(1)),
                              Band(None, False, D(80), False, D(0)))
    assert [figures_score(got, "2.5", f) for f in ("95%", "94,9%", "80%", "79.9%")] == [
        D("2.50"), D("1.00"), D("1.00"), D("0.00")]


def test_threshold_in_two_bands_verbatim():
    got = recognise("1.3", D("2.5"), ["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt dưới 95%: 0"])
    assert got.rule.kind == "threshold" and got.warnings == ()
    assert figures_score(got, "2.5", "96%") == D("2.50")


def test_proportional_formula_verbatim_and_with_other_multiplication_signs():
    for sign in ("x", "×", "*", "X"):
        line = f"Số lượng công việc hoàn thành / Số lượng công việc được giao {sign} 100% {sign} 5"
        got = recognise("4.1", D(5), [line])
        assert got.rule.kind == "ratio", sign
        assert got.rule.scale == D(5)
        assert figures_score(got, 5, "45/50") == D("4.50")
    assert recognise("4.1", D(5), ["(A / B) x 100% x điểm tối đa"]).rule.scale is None


def test_benchmark_comparison_verbatim():
    got = recognise("8.2", D(2), [
        "Kết quả công bố … trên hoặc bằng mức trung bình quân chung của thành phố: 2",
        "… dưới mức trung bình quân chung …: 0",
    ])
    assert got.rule.kind == "compare" and got.warnings == ()
    assert figures_score(got, 2, "85,3", benchmark=D("85.3")) == D("2.00")
    assert figures_score(got, 2, "85,29", benchmark=D("85.3")) == D("0.00")


def test_choice_that_never_reaches_the_maximum_is_kept_with_a_warning_naming_the_criterion():
    # A real 2025 decision: maximum 2, the rule awards at most 1. Said, not fixed.
    got = recognise("5.4", D(2), ["Đạt các mục tiêu … được giao: 1", "Không đạt …: 0"])
    assert got.rule.kind == "choice"
    assert [(o.label, o.points) for o in got.rule.options] == [("Đạt các mục tiêu … được giao", D(1)),
                                                              ("Không đạt …", D(0))]
    assert [(w.kind, w.code, w.params["points"], w.params["maximum"]) for w in got.warnings] == [
        ("below_maximum", "5.4", D(1), D(2))]
    assert "5.4" in got.warnings[0].message and "1,00" in got.warnings[0].message


def test_choice_with_maximum_in_words_verbatim():
    got = recognise("2.1", D("1.5"), ["Có ban hành văn bản …: điểm tối đa", "Không ban hành: 0 điểm"])
    assert got.rule.kind == "choice" and got.warnings == ()
    assert [o.points for o in got.rule.options] == [D("1.50"), D(0)]
    assert figures_score(got, "1.5", "1") == D("1.50")


def test_not_applicable_lines_verbatim():
    excluded = recognise("3.2", D(3), ["Số lượng hoàn thành / Số lượng được giao x 100% x 3",
                                       "Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này"])
    assert excluded.rule.kind == "ratio"
    assert excluded.rule.not_applicable is not None and excluded.rule.not_applicable.points is None
    full = recognise("3.3", D(3), ["Có ban hành văn bản …: điểm tối đa", "Không ban hành: 0 điểm",
                                   "Trong năm đánh giá không có nhiệm vụ … được tính 03 điểm"])
    assert full.rule.kind == "choice" and full.rule.not_applicable.points == D(3)
    alone = recognise("3.4", D(3), ["Trong năm đánh giá không có nhiệm vụ … được tính 03 điểm"])
    assert not alone.recognised and alone.reason == "no_rule"
    assert alone.rule.kind == "manual" and alone.rule.not_applicable.points == D(3)


def test_nfd_text_without_diacritics_and_bullets_read_the_same():
    lines = ["- Tỷ lệ đạt từ 95% trở lên: 2,5 điểm;", "- Tỷ lệ đạt từ 80% đến dưới 95%: 1 điểm;",
             "- Tỷ lệ đạt dưới 80%: 0 điểm."]
    expected = recognise("1.3", D("2.5"), lines).rule.bands
    nfd = recognise("1.3", D("2.5"), [unicodedata.normalize("NFD", line) for line in lines])
    assert nfd.rule.bands == expected
    assert all(line == unicodedata.normalize("NFC", line) for line in nfd.rule.guide)
    bare = recognise("1.3", D("2.5"), ["Ty le dat tu 95% tro len: 2.5", "Ty le dat tu 80% den duoi 95%: 1",
                                        "Ty le dat duoi 80%: 0"])
    assert bare.rule.bands == expected


@pytest.mark.parametrize(("condition", "band"), [
    ("Tỷ lệ trên hoặc bằng 90%", Band(D(90), True, None, False, D(1))),
    ("Tỷ lệ trên 90%", Band(D(90), False, None, False, D(1))),
    ("Tỷ lệ dưới hoặc bằng 50,5%", Band(None, False, D("50.5"), True, D(1))),
    ("Tỷ lệ từ 50% đến 70%", Band(D(50), True, D(70), True, D(1))),
    ("Tỷ lệ trên 50% đến dưới 70%", Band(D(50), False, D(70), False, D(1))),
    ("Tỷ lệ đạt 100%", Band(D(100), True, D(100), True, D(1))),
])
def test_other_band_wordings(condition, band):
    got = recognise("1.1", D(1), [f"{condition}: 1"])
    assert got.rule.kind == "threshold" and got.rule.bands == (band,)


def test_points_over_the_maximum_are_a_warning_not_a_fix():
    got = recognise("6.1", D(2), ["Tỷ lệ đạt từ 95% trở lên: 3", "Tỷ lệ đạt dưới 95%: 0"])
    assert got.rule.bands[0].points == D(3)
    assert [(w.kind, w.code) for w in got.warnings] == [("over_maximum", "6.1")]
    assert "3,00" in got.warnings[0].message and "2,00" in got.warnings[0].message


def test_bands_that_overlap_or_leave_a_gap_are_warnings_naming_the_criterion():
    overlap = recognise("7.2", D(2), ["Từ 95% trở lên: 2", "Từ 80% đến 95%: 1", "Dưới 80%: 0"])
    assert [(w.kind, w.code, w.params["where"]) for w in overlap.warnings] == [
        ("bands_overlap", "7.2", "≥ 95% / [80%, 95%]")]
    gap = recognise("7.3", D(2), ["Từ 95% trở lên: 2", "Dưới 90%: 0"])
    assert [(w.kind, w.params["where"]) for w in gap.warnings] == [("bands_gap", "[90%, 95%)")]
    assert "7.3" in gap.warnings[0].message


@pytest.mark.parametrize(("lines", "reason"), [
    ([], "no_rule"),
    (["Căn cứ báo cáo của đơn vị"], "no_rule"),
    (["Tỷ lệ đạt từ 95% trở lên: 2,5", "Đạt các mục tiêu: 1"], "mixed_kinds"),
    (["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt dưới 95%: tùy mức độ"], "unrecognised_line"),
    (["Có ban hành văn bản: điểm tối đa"], "ambiguous"),  # one option is not a choice
    (["A / B x 100% x 5", "C / D x 100% x 5"], "ambiguous"),
    (["Hoàn thành từ 3 nhiệm vụ trở lên: 1", "Dưới 3 nhiệm vụ: 0"], "unrecognised_line"),  # a count, no %
    (["Tỷ lệ từ 80% (so với 90% năm trước) trở lên: 1"], "unrecognised_line"),
    (["… bị 0 điểm và bị trừ 0,25 điểm"], "unrecognised_line"),
    (["Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này",
      "Trong năm đánh giá không có nhiệm vụ … được tính 03 điểm"], "ambiguous"),
    (["Kết quả trên hoặc bằng mức trung bình: 2", "Kết quả trên hoặc bằng mức khá: 1"], "ambiguous"),
])
def test_mixed_or_ambiguous_text_stays_manual_with_its_guide(lines, reason):
    got = recognise("9.9", D(2), lines)
    assert not got.recognised and got.reason == reason
    assert got.rule.kind == "manual"
    assert got.rule.guide == tuple(lines)
    assert got.warnings == ()


def test_unrecognised_lines_are_listed():
    got = recognise("9.9", D(2), ["Tỷ lệ đạt từ 95% trở lên: 2", "Tỷ lệ còn lại: tùy mức độ"])
    assert got.unrecognised == ("Tỷ lệ còn lại: tùy mức độ",)


def test_a_no_colon_line_with_trailing_points_is_an_option():
    got = recognise("2.2", D(1), ["Ban hành đúng hạn thì được 1 điểm", "Ban hành chậm được tính 0,5 điểm",
                                  "Không ban hành: 0"])
    assert [(o.label, o.points) for o in got.rule.options] == [
        ("Ban hành đúng hạn", D(1)), ("Ban hành chậm", D("0.5")), ("Không ban hành", D(0))]


_cut = st.integers(min_value=1, max_value=9_999).map(lambda n: D(n) / 100)


def _vi(value):
    return format_decimal(value)


@given(cuts=st.lists(_cut, min_size=1, max_size=4, unique=True), data=st.data(), nfd=st.booleans(),
       percent=st.integers(min_value=0, max_value=12_000).map(lambda n: D(n) / 100))
def test_generated_band_text_scores_like_the_hand_reading(cuts, data, nfd, percent):
    edges = sorted(cuts)
    points = [D(data.draw(st.integers(min_value=0, max_value=500))) / 100 for _ in range(len(edges) + 1)]
    lines = [f"Tỷ lệ đạt dưới {_vi(edges[0])}%: {_vi(points[0])}"]
    for low, high, p in zip(edges, edges[1:], points[1:]):
        lines.append(f"Tỷ lệ đạt từ {_vi(low)}% đến dưới {_vi(high)}%: {_vi(p)} điểm")
    lines.append(f"Tỷ lệ đạt từ {_vi(edges[-1])}% trở lên: {_vi(points[-1])}")
    if nfd:
        lines = [unicodedata.normalize("NFD", line) for line in lines]
    got = recognise("1.1", D(5), lines)
    assert got.rule.kind == "threshold"
    assert [w.kind for w in got.warnings if w.kind.startswith("bands")] == []
    expected = points[sum(1 for edge in edges if percent >= edge)]
    assert figures_score(got, 5, f"{_vi(percent)}%") == expected


def test_full_marks_at_100_percent_has_no_gap_warning():
    got = recognise("3.1", D(2), ["Tỷ lệ đạt 100%: 2", "Tỷ lệ dưới 100%: 0"])
    assert got.rule.kind == "threshold" and got.warnings == ()


def test_a_whole_set_reports_how_many_were_recognised_and_which_stayed_manual():
    report = recognise_all([
        ("1.1", D("2.5"), ["Tỷ lệ đạt từ 95% trở lên: 2,5", "Tỷ lệ đạt dưới 95%: 0"]),
        ("1.2", D(2), ["Đạt các mục tiêu … được giao: 1", "Không đạt …: 0"]),
        ("1.3", D(1), ["Căn cứ báo cáo của đơn vị", "Tỷ lệ còn lại: tùy mức độ"]),
        ("1.4", D(1), []),
    ])
    assert report.recognised == 2
    assert [(r.code, r.reason) for r in report.left_manual] == [("1.3", "unrecognised_line")]
    assert [(w.code, w.kind) for w in report.warnings] == [("1.2", "below_maximum")]


def test_a_page_long_line_is_left_manual_quickly():
    import time
    start = time.perf_counter()
    got = recognise("1.1", D(1), ["/ x 100% x " * 2000])
    assert got.reason == "unrecognised_line"
    assert time.perf_counter() - start < 1


_rule_words = st.sampled_from(["Tỷ lệ", "từ", "đến", "dưới", "trên", "hoặc bằng", "trở lên", "%", ":", "/", "x",
                               "100%", "điểm", "tối đa", "không được giao", "được tính", "mức trung bình",
                               "Đạt", "Không đạt", "9" * 40, "2,5", "03", "0,125", "\u0301", ";", "-"])


@given(st.lists(st.lists(_rule_words | st.text(max_size=6), max_size=12).map(" ".join), max_size=5),
       st.integers(min_value=0, max_value=10_000).map(lambda n: D(n) / 100))
def test_any_text_gives_a_rule_or_manual_never_an_error(lines, maximum):
    got = recognise("1.1", maximum, lines)
    assert got.rule.kind in ("manual", "choice", "threshold", "ratio", "compare")
    assert got.recognised == (got.rule.kind != "manual")


@pytest.mark.parametrize("lines", [
    ["Đạt: " + "9" * 40, "Không đạt: 0"],
    ["Tỷ lệ từ " + "9" * 40 + "%: 1", "Tỷ lệ dưới 5%: 0"],
    ["A / B x 100% x " + "9" * 40],
    ["Không có nhiệm vụ được tính " + "9" * 40 + " điểm"],
])
def test_absurdly_long_numbers_leave_the_criterion_manual_or_read_as_written(lines):
    got = recognise("1.1", D(1), lines)
    assert got.rule.kind in ("manual", "threshold")
