"""Migration 0006: round 1, explanations and the stage; existing appraisals become the final appraisal."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.numbers import parse_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import repository
from cchc_desktop.store.database import SCHEMA_HEAD, make_engine
from cchc_desktop.store.migrations import alembic_config
from store_helpers import Raw, open_seed_sheet

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_the_0_1_0_release_migrates_with_its_appraisal_as_the_final_appraisal(tmp_path):
    path = tmp_path / "cchc.db"
    shutil.copyfile(RELEASE_0_1_0, path)
    with Workspace.open(path) as workspace:
        [info] = workspace.sheets()
        document = workspace.open_sheet(info.id)
        data = document.as_dict()
        check = safety.verify_audit(workspace)
    assert _revision(path) == SCHEMA_HEAD
    assert data["stage"] == "open" and document.stage is Stage.OPEN
    assert data["totals"]["appraisal"] == "79.24"
    rows = [row for row in data["rows"] if row["appraisal"] is not None]
    assert rows and all(row["final"] == row["appraisal"] and row["round1"] is None and row["explanation"] is None
                        for row in rows)
    assert check.ok, check.problems + check.untraced


def _database_at_0005(path: Path) -> None:
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0005")
        framework = Framework([CriterionSpec("1", "Công tác chỉ đạo", parse_score("3")),
                               CriterionSpec("1.1", "Kế hoạch", parse_score("1")),
                               CriterionSpec("1.2", "Báo cáo", parse_score("2"))])
        framework_id = repository.save_framework(connection, framework, name="cũ", year=2024, level="district")
        _, _, ids = repository.load_framework(connection, framework_id)
        sheet_id = repository.create_sheet(connection, unit=repository.unit_id(connection, "Xã Mù Cả"),
                                           year=2024, framework_id=framework_id)
        # Raw SQL: the 0005 score table has no round1 column for the current code to name.
        connection.exec_driver_sql("INSERT INTO score (sheet_id, criterion_id, self_hundredths, "
                                   "appraisal_hundredths, note) VALUES (?, ?, 75, 50, 'đủ')", (sheet_id, ids["1.1"]))
    engine.dispose()


def test_a_database_at_0005_migrates_with_its_appraisal_as_the_final_appraisal(db_path):
    _database_at_0005(db_path)
    with Workspace.open(db_path) as workspace:
        [info] = workspace.sheets()
        document = workspace.open_sheet(info.id)
        sheet = document.sheet
    assert _revision(db_path) == SCHEMA_HEAD
    assert (sheet.entry("1.1", Column.SELF), sheet.entry("1.1", Column.APPRAISAL)) == (Decimal("0.75"),
                                                                                         Decimal("0.50"))
    assert sheet.entry("1.1", Column.ROUND1) is None and sheet.explanation("1.1") is None
    assert sheet.note("1.1") == "đủ" and document.stage is Stage.OPEN and info.stage is None


# The raw-SQL refusals below run on SQLite and on PostgreSQL (skipped without --postgres).
@pytest.fixture
def any_seed_sheet(location, seed_path):
    yield from open_seed_sheet(location, seed_path)


CHECK_FAILED = "CHECK constraint failed|violates check constraint"


@pytest.mark.parametrize(("code", "hundredths", "message"), [
    ("1.2.1", -1, CHECK_FAILED),
    ("1.2.1", 51, "CCHC_OVER_MAXIMUM"),
    ("1.2", 10, "CCHC_NOT_LEAF"),
])
def test_raw_sql_cannot_store_an_impossible_round_1_score(any_seed_sheet, code, hundredths, message):
    seed_sheet = any_seed_sheet
    with Raw(seed_sheet.workspace) as connection:
        criterion = connection.execute("SELECT id FROM criterion WHERE code = ?", (code,)).fetchone()[0]
        with pytest.raises(connection.Error, match=message):
            connection.execute("INSERT INTO score (sheet_id, criterion_id, round1_hundredths) VALUES (?, ?, ?) "
                               "ON CONFLICT (sheet_id, criterion_id) DO UPDATE "
                               "SET round1_hundredths = excluded.round1_hundredths",
                               (seed_sheet.id, criterion, hundredths))


def test_raw_sql_cannot_change_round_1_or_an_explanation_of_a_locked_sheet(any_seed_sheet):
    seed_sheet = any_seed_sheet
    with Raw(seed_sheet.workspace) as connection:
        connection.execute("UPDATE sheet SET finalized_at = '2026-01-01' WHERE id = ?", (seed_sheet.id,))
    for statement in ("UPDATE score SET round1_hundredths = 10 WHERE sheet_id = ?",
                      "UPDATE score SET explanation = 'x' WHERE sheet_id = ?"):
        with Raw(seed_sheet.workspace) as connection, pytest.raises(connection.Error, match="CCHC_SHEET_FINALIZED"):
            connection.execute(statement, (seed_sheet.id,))


def test_raw_sql_cannot_store_an_unknown_stage(any_seed_sheet):
    seed_sheet = any_seed_sheet
    with Raw(seed_sheet.workspace) as connection, pytest.raises(connection.Error, match=CHECK_FAILED):
        connection.execute("UPDATE sheet SET stage = 'approved' WHERE id = ?", (seed_sheet.id,))
