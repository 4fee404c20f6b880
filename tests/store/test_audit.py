"""The audit log: every change with who, when, old → new and how; append-only; forging is detected.

Every test runs on SQLite and on PostgreSQL (skipped without --postgres): the chain and its protections are the
same on both engines.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import safety
from cchc_desktop.services.workspace import Edit
from cchc_desktop.store.lock import os_user

from store_helpers import Raw


@pytest.fixture
def workspace(workspace_on_each_engine):
    return workspace_on_each_engine


def _raw(workspace):
    return Raw(workspace)


def _leaf(sheet, index=0):
    return sheet.sheet.framework.leaves()[index]


def test_each_change_is_logged_with_who_when_what_and_how(workspace, seed_sheet):
    safety.set_user_name(workspace, "  Lò Thị  Hoa ")
    leaf = _leaf(seed_sheet)
    before = seed_sheet.sheet.entry(leaf.code, Column.APPRAISAL)
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, "0,25", source="window")
    seed_sheet.apply([Edit(leaf.code, Column.SELF, Decimal("0.50"))], source="paste")
    seed_sheet.set_note(leaf.code, "Thiếu minh chứng", source="cli")

    entries = safety.history(workspace, seed_sheet.id, leaf.code)
    imported, *mine = entries
    assert imported.source == "import" and imported.old is None
    assert [(e.field, e.old, e.new, e.source) for e in mine] == [
        ("appraisal", f"{before:.2f}", "0.25", "window"),
        ("self", None, "0.50", "paste"),
        ("note", None, "Thiếu minh chứng", "cli"),
    ]
    for entry in mine:
        assert entry.user_name == "Lò Thị Hoa" and entry.os_user == os_user()
        assert entry.sheet_label == "Huyện Phong Thổ 2023"
        assert entry.at >= imported.at
    assert safety.verify_audit(workspace).ok


def test_a_refused_edit_leaves_no_trace(workspace, seed_sheet):
    leaf = _leaf(seed_sheet)
    rows = safety.verify_audit(workspace).rows
    with pytest.raises(CchcError):
        seed_sheet.set_score(leaf.code, Column.APPRAISAL, leaf.maximum + 1)
    assert safety.verify_audit(workspace).rows == rows


def test_raw_sql_cannot_change_or_delete_or_slip_in_rows(workspace, seed_sheet):
    connection = _raw(workspace)
    try:
        with pytest.raises(connection.Error, match="append-only"):
            connection.execute("UPDATE audit_log SET new = '9.99' WHERE id = 1")
        with pytest.raises(connection.Error, match="append-only"):
            connection.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        with pytest.raises(connection.Error, match="must follow the last one"):
            connection.execute(
                "INSERT INTO audit_log (id, at, os_user, source, sheet_id, sheet_label, code, field, prev_hash, hash) "
                "SELECT max(id) + 1, 'now', 'x', 'cli', 1, '', '1.1', 'self', 'forged', 'forged' FROM audit_log")
    finally:
        connection.close()
    assert safety.verify_audit(workspace).ok


def test_forging_after_dropping_the_triggers_is_detected(workspace, seed_sheet):
    leaf = _leaf(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, "0,10")
    connection = _raw(workspace)
    try:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            connection.drop_trigger(name, "audit_log")
        # Rewrite history: the last change now claims a different value.
        connection.execute("UPDATE audit_log SET new = '0.90' WHERE id = (SELECT max(id) FROM audit_log)")
        connection.commit()
    finally:
        connection.close()
    check = safety.verify_audit(workspace)
    assert not check.ok
    assert any("was changed after it was written" in p and leaf.code in p for p in check.problems)
    assert any("audit_log_no_update" in p for p in check.problems)


def test_a_score_changed_behind_the_programs_back_is_reported(workspace, seed_sheet):
    leaf = _leaf(seed_sheet, 3)
    connection = _raw(workspace)
    try:
        connection.execute("UPDATE score SET appraisal_hundredths = 0 WHERE sheet_id = ? AND criterion_id = "
                           "(SELECT id FROM criterion WHERE code = ? AND framework_id = "
                           "(SELECT framework_id FROM sheet WHERE id = ?))", (seed_sheet.id, leaf.code, seed_sheet.id))
        connection.commit()
    finally:
        connection.close()
    check = safety.verify_audit(workspace)
    assert not check.ok and not check.problems
    assert [(code, field, stored) for _, code, field, _, stored in check.untraced] == [(leaf.code, "appraisal", "0.00")]


def test_deleting_a_sheet_keeps_its_history(workspace, seed_sheet):
    leaf = _leaf(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.SELF, "0,5")
    logged = safety.history(workspace, seed_sheet.id)
    workspace.delete_sheet(seed_sheet.id)
    after = safety.history(workspace, seed_sheet.id)
    assert after[:-1] == logged
    assert after[-1].field == "sheet_deleted"
    assert safety.verify_audit(workspace).ok
