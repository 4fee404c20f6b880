"""Migrating an older database: a checked backup first, then the audit log starts from what is stored."""

from __future__ import annotations

import sqlite3

from alembic import command

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.numbers import parse_score
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import backup, repository
from cchc_desktop.store.database import SCHEMA_HEAD, make_engine, quick_check
from cchc_desktop.store.migrations import alembic_config


def _revision(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _database_at_0001(path):
    """A database as the first release left it: schema 0001 with one sheet and a few scores."""
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        framework = Framework([CriterionSpec("1", "Công tác chỉ đạo", parse_score("3")),
                               CriterionSpec("1.1", "Kế hoạch", parse_score("1")),
                               CriterionSpec("1.2", "Báo cáo", parse_score("2"))])
        framework_id = repository.save_framework(connection, framework, name="cũ", year=2022, level="district")
        _, _, ids = repository.load_framework(connection, framework_id)
        sheet_id = repository.create_sheet(connection, unit=repository.unit_id(connection, "Huyện Sìn Hồ"),
                                           year=2022, framework_id=framework_id)
        repository.write_score(connection, sheet_id, ids["1.1"], repository.Column.SELF, 75)
        repository.write_note(connection, sheet_id, ids["1.2"], "đã xác minh")
    engine.dispose()


def test_an_old_database_is_backed_up_then_migrated_with_its_values_as_the_audit_baseline(db_path):
    _database_at_0001(db_path)
    with Workspace.open(db_path) as workspace:
        frameworks = workspace.frameworks()
        history = safety.history(workspace, 1)
        check = safety.verify_audit(workspace)
    assert _revision(db_path) == SCHEMA_HEAD
    [before] = [b for b in backup.list_backups(db_path) if b.reason.startswith("before-migration")]
    assert _revision(before.path) == "0001" and quick_check(before.path) == ["ok"]
    assert [(e.source, e.code, e.field, e.new) for e in history] == [
        ("baseline", "1.1", "self", "0.75"), ("baseline", "1.2", "note", "đã xác minh")]
    assert check.ok and check.rows == 2
    # A migrated database keeps its own frameworks: the built-in one is installed only into new files.
    assert [f.name for f in frameworks] == ["cũ"]
