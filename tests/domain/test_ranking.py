"""Ranking the units of a year: ties, units without scores, not-applicable rescaling, shortfalls, years compared."""

from decimal import Decimal
from pathlib import Path

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.index import CriterionKind
from cchc_desktop.domain.ranking import RankInput, YearSheet, compare_years, largest_shortfalls, rank
from cchc_desktop.domain.rules import ManualRule, NotApplicablePolicy
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.tables import read_table, text_rows

D = Decimal
APPRAISAL, SELF = Column.APPRAISAL, Column.SELF
SEED = Path("/work/shared/seed/000_af3bdc7e3d446662.txt")


def framework(title_2_1: str = "Tiêu chí 2.1") -> Framework:
    """Two areas of 5 points: 1 (1.1 = 3, 1.2 = 2) and 2 (2.1 = 2, 2.2 = 3)."""
    return Framework([
        CriterionSpec("1", "Lĩnh vực 1", D(5)),
        CriterionSpec("1.1", "Tiêu chí 1.1", D(3)),
        CriterionSpec("1.2", "Tiêu chí 1.2", D(2)),
        CriterionSpec("2", "Lĩnh vực 2", D(5)),
        CriterionSpec("2.1", title_2_1, D(2)),
        CriterionSpec("2.2", "Tiêu chí 2.2", D(3)),
    ])


def sheet(scores: dict[str, str], *, column: Column = APPRAISAL, fw: Framework | None = None) -> ScoreSheet:
    result = ScoreSheet(fw or framework())
    for code, value in scores.items():
        result.set_score(code, column, D(value))
    return result


def entry(unit: str, scores: dict[str, str], number: int = 0, **extra) -> RankInput:
    return RankInput(unit, number, sheet(scores), **extra)


def test_ties_share_a_rank_and_the_next_rank_skips():
    ranked = rank([
        entry("Xã D", {"1.1": "1"}, 4),
        entry("Xã B", {"1.1": "3", "2.2": "3"}, 2),  # 6 of 10 → 60
        entry("Xã A", {"1.1": "3", "1.2": "2", "2.1": "2", "2.2": "1"}, 1),  # 8 → 80
        entry("Xã C", {"1.2": "2", "2.1": "1", "2.2": "3"}, 3),  # 6 → 60
    ])
    assert [(r.unit, r.rank, r.index) for r in ranked] == [
        ("Xã A", 1, D("80.00")), ("Xã B", 2, D("60.00")), ("Xã C", 2, D("60.00")), ("Xã D", 4, D("10.00"))]
    assert [r.grade for r in ranked] == ["Khá", "Yếu", "Yếu", "Yếu"]


def test_units_without_scores_come_last_and_are_marked():
    ranked = rank([entry("Xã Trống", {}, 1), entry("Xã Có", {"1.1": "0"}, 2),
                   RankInput("Xã Tự chấm", 3, sheet({"1.1": "3"}, column=SELF))])
    assert [(r.unit, r.rank, r.scored, r.index) for r in ranked] == [
        ("Xã Có", 1, True, D("0.00")), ("Xã Trống", 2, False, None), ("Xã Tự chấm", 2, False, None)]
    # The same sheets ranked by their self-assessment put the other unit first.
    by_self = rank([entry("Xã Có", {"1.1": "0"}, 2), RankInput("Xã Tự chấm", 3, sheet({"1.1": "3"}, column=SELF))],
                   SELF)
    assert [(r.unit, r.rank, r.scored) for r in by_self] == [("Xã Tự chấm", 1, True), ("Xã Có", 2, False)]


def test_not_applicable_leaves_rescale_the_index_the_areas_and_the_progress():
    # 2.2 (3 points) does not apply: 5 of the remaining 7 → 71.43, ahead of a unit with 6 of 10.
    rescaled = entry("Xã N/A", {"1.1": "3", "2.1": "2", "2.2": "0"}, 1, not_applicable={"2.2"})
    plain = entry("Xã Đủ", {"1.1": "3", "2.2": "3"}, 2)
    first, second = rank([plain, rescaled])
    assert (first.unit, first.index, first.result.applicable_maximum) == ("Xã N/A", D("71.43"), D(7))
    assert [(a.code, a.maximum, a.score) for a in first.areas] == [("1", D(5), D(3)), ("2", D(2), D(2))]
    assert (first.scored_leaves, first.applicable_leaves) == (2, 3)
    assert (second.scored_leaves, second.applicable_leaves) == (2, 4)
    # A rule that gives "no task" points keeps the leaf's maximum and counts those points.
    rules = {"2.2": ManualRule(not_applicable=NotApplicablePolicy(points=D(3)))}
    kept = rank([entry("Xã N/A", {"1.1": "3", "2.1": "2"}, 1, not_applicable={"2.2"}, rules=rules)])[0]
    assert (kept.index, kept.areas[1].maximum, kept.areas[1].score) == (D("80.00"), D(5), D(5))


def test_bonus_areas_are_not_ranked_as_areas():
    ranked = rank([entry("Xã A", {"1.1": "3", "2.1": "2"}, 1, kinds={"2": CriterionKind.BONUS})])[0]
    assert [a.code for a in ranked.areas] == ["1"]
    assert ranked.index == D("100.00")  # 3 of 5, plus a bonus of 2


def test_the_real_2023_sheet_keeps_its_total_and_index():
    table = read_table(text_rows(SEED.read_text(encoding="utf-8")), source=SEED.name)
    ranked = rank([RankInput("Huyện Phong Thổ", 1, table.sheet)])[0]
    assert ranked.result.final == D("79.24")
    assert ranked.index == D("79.24")
    assert sum(a.score for a in ranked.areas) == D("79.24")
    assert (ranked.scored_leaves, ranked.applicable_leaves) == (87, 87)


def test_the_ten_largest_shortfalls_add_up_over_units():
    units = [entry("Xã A", {"1.1": "1", "1.2": "2", "2.2": "2"}, 1),  # lost 2 on 1.1, 1 on 2.2
             entry("Xã B", {"1.1": "2", "2.2": "0"}, 2),  # lost 1 on 1.1, 3 on 2.2; 1.2 is not scored yet
             entry("Xã C", {"1.1": "0"}, 3, not_applicable={"1.1"})]  # not applicable: not lost
    found = largest_shortfalls(units)
    assert [(s.code, s.lost, s.units) for s in found] == [
        ("2.2", D(4), (("Xã B", D(3)), ("Xã A", D(1)))),
        ("1.1", D(3), (("Xã A", D(2)), ("Xã B", D(1))))]
    many = [entry(f"Xã {n}", {code: "0" for code in ("1.1", "1.2", "2.1", "2.2")}, n) for n in range(3)]
    assert len(largest_shortfalls(many, limit=2)) == 2


def test_one_unit_across_years_matches_rows_by_code_and_title():
    earlier = YearSheet(2023, sheet({"1.1": "3", "1.2": "1", "2.1": "2", "2.2": "1"}))
    renamed = framework(title_2_1="Tiêu chí 2.1 (sửa đổi)")
    later = YearSheet(2024, sheet({"1.1": "2", "1.2": "2", "2.1": "1"}, fw=renamed))
    compared = compare_years([later, earlier])
    assert compared.years == (2023, 2024)
    assert [(r.code, r.scores) for r in compared.areas] == [("1", (D(4), D(4))), ("2", (D(3), D(1)))]
    assert [(r.code, r.scores) for r in compared.criteria] == [
        ("1.1", (D(3), D(2))), ("1.2", (D(1), D(2))), ("2.2", (D(1), None))]
    assert [(u.year, u.code, u.reason) for u in compared.unmatched] == [(2023, "2.1", "title"), (2024, "2.1", "title")]


def test_a_row_missing_in_another_year_is_listed_not_guessed():
    smaller = Framework([CriterionSpec("1", "Lĩnh vực 1", D(5)), CriterionSpec("1.1", "Tiêu chí 1.1", D(5))])
    compared = compare_years([YearSheet(2022, ScoreSheet(smaller)), YearSheet(2023, sheet({}))])
    assert [r.code for r in compared.areas] == ["1"]
    assert [(u.year, u.code, u.reason) for u in compared.unmatched] == [
        (2023, "1.2", "missing"), (2023, "2", "missing"), (2023, "2.1", "missing"), (2023, "2.2", "missing")]
