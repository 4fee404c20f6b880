"""The summary bar, the printed sheet and show --json say the same totals, index and grade."""

from __future__ import annotations

import io
import json
import unicodedata
from decimal import Decimal

from PySide6.QtCore import Qt

from cchc_desktop.cli import main
from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import printing, rules
from cchc_desktop.services.workspace import Edit
from cchc_desktop.store import repository
from cchc_desktop.ui.summary_bar import SummaryBar
from cchc_desktop.ui.sheet_editor import SheetEditor
from cchc_desktop.ui.tree_model import SheetTreeModel, TreeColumn



def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def comma(text: str) -> str:
    return text.replace(".", ",")


def sheet_with_bonus(workspace):
    framework = Framework([CriterionSpec("1", "Lĩnh vực I", Decimal(10)),
                           CriterionSpec("1.1", "Tiêu chí a", Decimal(5)),
                           CriterionSpec("1.2", "Tiêu chí b", Decimal(5)),
                           CriterionSpec("2", "Lĩnh vực II", Decimal(90)),
                           CriterionSpec("2.1", "Tiêu chí c", Decimal(90)),
                           CriterionSpec("3", "Điểm thưởng", Decimal(2)),
                           CriterionSpec("3.1", "Sáng kiến được công nhận", Decimal(2))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bộ có điểm thưởng", year=2025,
                                                 level="district")
    rules.set_criterion_kind(workspace, framework_id, "3", "bonus")
    return workspace.open_sheet(workspace.create_sheet(unit="Huyện Thử", year=2025, framework_id=framework_id))


def test_the_tree_sets_the_bonus_section_apart_with_a_signed_maximum(qapp, workspace):
    model = SheetTreeModel(SheetEditor(sheet_with_bonus(workspace)))
    bonus, leaf, area = model.index_of("3", TreeColumn.MAXIMUM), model.index_of("3.1", TreeColumn.MAXIMUM), \
        model.index_of("1", TreeColumn.MAXIMUM)
    assert (bonus.data(), leaf.data(), area.data()) == ("+2,00", "+2,00", "10,00")
    background = Qt.ItemDataRole.BackgroundRole
    assert bonus.data(background) == leaf.data(background) != area.data(background)
    assert "outside the maximum" in model.index_of("3.1", TreeColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_bar_pdf_and_show_json_agree_on_a_sheet_with_not_applicable_and_bonus(qapp, workspace, db_path, capsys):
    framework = Framework([CriterionSpec("1", "Lĩnh vực I", Decimal(10)),
                           CriterionSpec("1.1", "Tiêu chí a", Decimal(5)),
                           CriterionSpec("1.2", "Tiêu chí b", Decimal(5)),
                           CriterionSpec("2", "Lĩnh vực II", Decimal(90)),
                           CriterionSpec("2.1", "Tiêu chí c", Decimal(90)),
                           CriterionSpec("3", "Điểm thưởng", Decimal(2)),
                           CriterionSpec("3.1", "Sáng kiến được công nhận", Decimal(2))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Bộ có điểm thưởng", year=2025,
                                                 level="district")
    rules.set_criterion_kind(workspace, framework_id, "3", "bonus")
    document = workspace.open_sheet(workspace.create_sheet(unit="Huyện Thử", year=2025, framework_id=framework_id))
    document.apply([Edit("1.1", Column.APPRAISAL, Decimal(4)), Edit("1.2", Column.APPRAISAL, Decimal(3)),
                    Edit("2.1", Column.APPRAISAL, Decimal(80)), Edit("3.1", Column.APPRAISAL, Decimal("1.5"))])
    rules.mark_not_applicable(document, "1.2", "Không được giao nhiệm vụ")

    assert main(["--db", str(db_path), "show", str(document.id), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    # 4 + 80 of an applicable 95 (1.2 is out), plus the bonus 1,5: 85,5 / 95 × 100 = 90,00, "Tốt".
    assert totals["appraisal"] == "88.50" and totals["applicable_max"] == "95.00"
    assert totals["bonus"]["appraisal"] == "1.50" and totals["final"]["appraisal"] == "85.50"
    assert totals["index"]["appraisal"] == "90.00" and totals["grade"]["appraisal"] == "Tốt"

    bar = SummaryBar()
    bar.set_document(document)
    shown = bar.toolTip()
    # The bar measures the total as the index does: the final 85,50 of the applicable 95,00, never of the 102
    # the bonus section would add to the maximum; the sum of every entry (88,50) is in its tooltip.
    final, applicable = comma(totals["final"]["appraisal"]), comma(totals["applicable_max"])
    assert f"<b>{final}</b> / {applicable} ({comma(totals['index']['appraisal'])} %)" in bar.appraisal_label.text()
    assert f"+{comma(totals['bonus']['appraisal'])}" in bar.appraisal_label.text()
    assert "102" not in bar.appraisal_label.text() and comma(totals["appraisal"]) in shown
    assert f"{comma(totals['index']['appraisal'])} ({totals['grade']['appraisal']})" in shown

    text = pdf_text(printing.render_pdf(document, columns=[Column.APPRAISAL]))
    # The printed total is the base areas' alone, over their 100; the bonus section follows it.
    assert "Tổng điểm 100,00 87,00 ĐIỂM THƯỞNG" in text and "102,00" not in text
    for value in (totals["applicable_max"], totals["bonus"]["appraisal"], totals["final"]["appraisal"],
                  totals["index"]["appraisal"]):
        assert comma(value) in text, value
    assert f"Tổng điểm tối đa áp dụng (trừ tiêu chí không áp dụng) {applicable}" in text
    assert f"Tổng điểm cuối cùng {final}" in text and "Điểm thưởng 1,50" in text
    assert "Xếp loại Tốt" in text and "Chỉ số (quy về thang điểm 100) 100,00 90,00" in text
