"""The rounding note: shown for a column whose leaf-rounded total differs from the exact one, and only then."""

from decimal import Decimal

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.rounding import rounded_total_if_different
from cchc_desktop.domain.scoring import Column, ScoreSheet

D = Decimal


def _sheet():
    return ScoreSheet(Framework([CriterionSpec("1", "Lĩnh vực 1", D("2.50")),
                                 CriterionSpec("1.1", "Tiêu chí 1.1", D("0.50")),
                                 CriterionSpec("1.2", "Tiêu chí 1.2", D("2.00"))]), rounding_places=1)


def test_a_note_only_where_rounding_each_leaf_changes_the_total():
    sheet = _sheet()
    assert rounded_total_if_different(sheet, Column.APPRAISAL) is None  # nothing scored yet
    sheet.set_score("1.1", Column.APPRAISAL, D("0.25"))
    sheet.set_score("1.2", Column.APPRAISAL, D("1.34"))
    assert rounded_total_if_different(sheet, Column.APPRAISAL) == D("1.6")  # exact 1,59
    sheet.set_score("1.1", Column.APPRAISAL, D("0.20"))
    sheet.set_score("1.2", Column.APPRAISAL, D("1.40"))
    assert rounded_total_if_different(sheet, Column.APPRAISAL) is None  # 1,60 either way
    assert rounded_total_if_different(sheet, Column.SELF) is None
