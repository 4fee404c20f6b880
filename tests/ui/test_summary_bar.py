"""The totals line: both columns against the maximum, progress, and the rounding policy when it matters."""

from __future__ import annotations

from decimal import Decimal

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.numbers import format_score
from cchc_desktop.domain.scoring import Column, RoundingPolicy
from cchc_desktop.services.workspace import Edit
from cchc_desktop.store import repository
from cchc_desktop.ui.summary_bar import SummaryBar, percent_of


def test_totals_percent_and_progress_of_the_seed(qapp, seed_sheet):
    bar = SummaryBar()
    bar.set_document(seed_sheet)
    sheet = seed_sheet.sheet
    total = sheet.total(Column.APPRAISAL)
    assert format_score(total) in bar.appraisal_label.text()
    assert percent_of(total, sheet.framework.maximum) in bar.appraisal_label.text()
    leaves = len(sheet.framework.leaves())
    scored = sheet.totals(None, Column.APPRAISAL).scored
    assert (bar.progress.value(), bar.progress.maximum()) == (scored, leaves)
    assert f"{scored} / {leaves}" in bar.progress_label.text() or f"{scored} of {leaves}" in bar.progress_label.text()
    assert bar.rounding_label.isHidden()


def test_both_rounding_policies_are_shown_when_they_differ(qapp, workspace):
    framework = Framework([CriterionSpec("1", "Lĩnh vực", Decimal("2.00")),
                           CriterionSpec("1.1", "Tiêu chí a", Decimal("1.00")),
                           CriterionSpec("1.2", "Tiêu chí b", Decimal("1.00"))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Làm tròn 1 chữ số", year=2024,
                                                 level="district", rounding_places=1)
    document = workspace.open_sheet(workspace.create_sheet(unit="Huyện Thử", year=2024, framework_id=framework_id))
    document.apply([Edit("1.1", Column.APPRAISAL, Decimal("0.25")), Edit("1.2", Column.APPRAISAL, Decimal("0.25"))])
    bar = SummaryBar()
    bar.set_document(document)
    exact = document.sheet.total(Column.APPRAISAL, RoundingPolicy.EXACT)
    rounded = document.sheet.total(Column.APPRAISAL, RoundingPolicy.ROUND_EACH_LEAF)
    assert exact != rounded
    assert format_score(exact) in bar.appraisal_label.text()
    assert not bar.rounding_label.isHidden() and format_score(rounded) in bar.rounding_label.text()
