"""A sheet through the yearly cycle: each stage's writes, the refusals, reopening, and the audit of each move."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage, StageError
from cchc_desktop.services import safety, sealing, stages


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


D = Decimal


def _at(workspace, document, *steps):
    for step in steps:
        stages.advance(workspace, document.id, step)
    return workspace.open_sheet(document.id)


def test_each_stage_stores_its_own_column_and_refuses_the_others(seed_sheet, workspace):
    drafting = seed_sheet  # outside the cycle, like drafting: self-assessment and notes open
    drafting.set_score("1.1", Column.SELF, "0,75")
    drafting.set_note("1.1", "có kế hoạch")
    submitted = _at(workspace, seed_sheet, Stage.SUBMITTED)
    with pytest.raises(StageError, match="“submitted”.*Open in this stage: round 1"):
        submitted.set_score("1.1", Column.SELF, "1")
    with pytest.raises(StageError, match="Open in this stage: round 1"):
        submitted.set_score("1.1", Column.APPRAISAL, "1")
    submitted.set_score("1.1", Column.ROUND1, "0,5")
    appraised = _at(workspace, seed_sheet, Stage.APPRAISED)
    with pytest.raises(StageError, match="Open in this stage: explanation"):
        appraised.set_score("1.1", Column.ROUND1, "0,25")
    with pytest.raises(StageError):
        appraised.set_note("1.1", "sửa")
    appraised.set_explanation("1.1", "Kế hoạch ban hành ngày 15/1, kèm minh chứng")
    explained = _at(workspace, seed_sheet, Stage.EXPLAINED)
    with pytest.raises(StageError, match="Open in this stage: final appraisal"):
        explained.set_explanation("1.1", "thêm")
    explained.set_score("1.1", Column.APPRAISAL, "1")
    final = _at(workspace, seed_sheet, Stage.FINAL)
    for write in (lambda: final.set_score("1.1", Column.APPRAISAL, "0,5"),
                  lambda: final.set_score("1.1", Column.SELF, "0,5"),
                  lambda: final.set_explanation("1.1", "x")):
        with pytest.raises(StageError, match="“final”"):
            write()
    row = next(r for r in workspace.open_sheet(seed_sheet.id).as_dict()["rows"] if r["code"] == "1.1")
    assert (row["self"], row["round1"], row["final"], row["appraisal"]) == ("0.75", "0.50", "1.00", "1.00")
    assert row["explanation"] == "Kế hoạch ban hành ngày 15/1, kèm minh chứng" and row["note"] == "có kế hoạch"
    assert (row["final_minus_self"], row["final_minus_round1"]) == ("0.25", "0.50")


def test_every_stage_change_is_in_the_audit_log_with_who_and_why(seed_sheet, workspace):
    safety.set_user_name(workspace, "Lò Văn Pọm")
    stages.advance(workspace, seed_sheet.id, Stage.SUBMITTED)
    stages.advance(workspace, seed_sheet.id, Stage.APPRAISED, reason="Sở Nội vụ thẩm định xong vòng 1")
    assert stages.back(workspace, seed_sheet.id, "Chấm lại tiêu chí 1.1") is Stage.SUBMITTED
    rows = [(e.field, e.old, e.new, e.user_name) for e in safety.history(workspace, seed_sheet.id)
            if e.field.startswith("stage")]
    assert rows == [
        ("stage", None, "submitted", "Lò Văn Pọm"),
        ("stage", "submitted", "appraised", "Lò Văn Pọm"),
        ("stage_reason", None, "Sở Nội vụ thẩm định xong vòng 1", "Lò Văn Pọm"),
        ("stage", "appraised", "submitted", "Lò Văn Pọm"),
        ("stage_reason", None, "Chấm lại tiêu chí 1.1", "Lò Văn Pọm"),
    ]
    assert [(e.kind, e.reason) for e in sealing.events(workspace, seed_sheet.id)] == [
        ("stage:submitted", None), ("stage:appraised", "Sở Nội vụ thẩm định xong vòng 1"),
        ("stage:submitted", "Chấm lại tiêu chí 1.1")]
    assert safety.verify_audit(workspace).ok


def test_a_reopen_needs_a_reason_and_goes_one_stage_back(seed_sheet, workspace):
    _at(workspace, seed_sheet, Stage.SUBMITTED, Stage.APPRAISED)
    with pytest.raises(StageError) as refused:
        stages.back(workspace, seed_sheet.id, "  ")
    assert refused.value.kind == "stage_no_reason"
    assert stages.current(workspace, seed_sheet.id) is Stage.APPRAISED
    assert stages.back(workspace, seed_sheet.id, "Thiếu minh chứng") is Stage.SUBMITTED
    assert stages.back(workspace, seed_sheet.id, "Đơn vị sửa điểm tự chấm") is Stage.DRAFTING
    with pytest.raises(StageError):
        stages.back(workspace, seed_sheet.id, "lý do")


def test_stages_cannot_be_skipped(seed_sheet, workspace):
    with pytest.raises(StageError) as refused:
        stages.advance(workspace, seed_sheet.id, Stage.EXPLAINED)
    assert refused.value.kind == "stage_order"
    assert stages.current(workspace, seed_sheet.id) is Stage.OPEN


def test_locking_is_the_finalize_and_needs_the_final_stage(seed_sheet, workspace):
    _at(workspace, seed_sheet, Stage.SUBMITTED)
    with pytest.raises(CchcError) as refused:
        sealing.finalize(workspace, seed_sheet.id)
    assert refused.value.kind == "stage_not_final"
    _at(workspace, seed_sheet, Stage.APPRAISED, Stage.EXPLAINED, Stage.FINAL, Stage.LOCKED)
    assert workspace.sheet_info(seed_sheet.id).finalized_at is not None
    assert workspace.open_sheet(seed_sheet.id).as_dict()["stage"] == "locked"
    assert stages.back(workspace, seed_sheet.id, "Sai sót khi nhập") is Stage.FINAL
    assert workspace.sheet_info(seed_sheet.id).finalized_at is None
    assert safety.verify_audit(workspace).ok


def test_copy_round_1_to_final_leaves_explained_criteria_to_the_appraiser(seed_sheet, workspace):
    submitted = _at(workspace, seed_sheet, Stage.SUBMITTED)
    for code, value in (("1.1", "0,5"), ("1.2.1", "0,25"), ("1.2.2", "0,25")):
        submitted.set_score(code, Column.ROUND1, value)
    appraised = _at(workspace, seed_sheet, Stage.APPRAISED)
    appraised.set_explanation("1.2.1", "Đã bổ sung báo cáo")
    explained = _at(workspace, seed_sheet, Stage.EXPLAINED)
    before = len(safety.history(workspace, seed_sheet.id))
    changes = explained.copy_round1_to_final()
    logged = safety.history(workspace, seed_sheet.id)[before:]
    sheet = workspace.open_sheet(seed_sheet.id).sheet
    assert {c.code for c in changes} == {"1.1", "1.2.2"}
    assert (sheet.entry("1.1", Column.APPRAISAL), sheet.entry("1.2.2", Column.APPRAISAL)) == (D("0.5"), D("0.25"))
    # The explained criterion keeps the final appraisal it had (the seed's), for the appraiser to decide.
    assert sheet.entry("1.2.1", Column.APPRAISAL) == seed_sheet.sheet.entry("1.2.1", Column.APPRAISAL)
    assert {(e.code, e.field) for e in logged} == {("1.1", "appraisal"), ("1.2.2", "appraisal")}
    assert len({e.at for e in logged}) == 1  # one write


def test_copy_round_1_to_final_is_refused_outside_the_explained_stage(seed_sheet, workspace):
    submitted = _at(workspace, seed_sheet, Stage.SUBMITTED)
    submitted.set_score("1.1", Column.ROUND1, "0,5")
    with pytest.raises(StageError, match="Open in this stage: round 1"):
        submitted.copy_round1_to_final()
