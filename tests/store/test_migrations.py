"""Migrations: together they build exactly store/schema.py, and databases of earlier releases open intact."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.numbers import parse_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, printing, safety
from cchc_desktop.store import audit, backup, repository, schema
from cchc_desktop.store.database import SCHEMA_HEAD, make_engine, quick_check
from cchc_desktop.store.migrations import alembic_config, upgrade_to_head

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"

# Tables the migrations create that store/schema.py does not (yet) describe: the audit log is written with
# SQL in store/audit.py. Left out of the comparison only while schema.metadata lacks them.
OUTSIDE_METADATA = {"audit_log", "alembic_version"}

ADD_A_MIGRATION = ("store/schema.py and the migrations disagree: add a migration (a new "
                   "store/migrations/versions/NNNN_*.py; never edit an old one, see docs/architecture.md) "
                   "that makes this difference")


def _migrated_empty_database(path: Path):
    engine = make_engine(path)
    upgrade_to_head(engine)
    return engine


def _code_database():
    """What the current code describes: schema.metadata and schema.TRIGGERS, created directly."""
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        schema.metadata.create_all(connection)
        for statement in schema.TRIGGERS:
            connection.exec_driver_sql(statement)
    return engine


def _include_name(name, type_, parent_names):  # noqa: ANN001, ANN202 - Alembic's hook
    return not (type_ == "table" and name in OUTSIDE_METADATA - set(schema.metadata.tables))


def _checks(engine, tables) -> dict:  # noqa: ANN001
    found = inspect(engine)
    return {(table, check["name"]): " ".join(check["sqltext"].split())
            for table in tables for check in found.get_check_constraints(table)}


def _triggers(engine, tables) -> dict[str, str]:  # noqa: ANN001
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return {name: re.sub(r"\s+", " ", sql).strip() for name, table, sql in rows if table in tables}


def test_every_migration_in_turn_builds_exactly_the_schema_the_code_describes(db_path):
    engine = _migrated_empty_database(db_path)
    code = _code_database()
    tables = set(schema.metadata.tables)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "compare_server_default": True, "include_name": _include_name})
            differences = compare_metadata(context, schema.metadata)
        assert not differences, f"{ADD_A_MIGRATION}: {differences}"
        # What compare_metadata does not look at: CHECK constraints and triggers.
        assert _checks(engine, tables) == _checks(code, tables), f"{ADD_A_MIGRATION} (CHECK constraints)"
        assert _triggers(engine, tables) == _triggers(code, tables), f"{ADD_A_MIGRATION} (triggers)"
        # The audit log's protections, which audit-verify looks for, are all in place.
        assert set(_triggers(engine, {"audit_log"})) == set(audit.TRIGGER_NAMES)
    finally:
        engine.dispose()
        code.dispose()


def _release_copy(tmp_path: Path) -> Path:
    path = tmp_path / "cchc.db"
    shutil.copyfile(RELEASE_0_1_0, path)
    return path


def _audit_rows(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        connection.close()


def test_a_database_of_the_0_1_0_release_opens_with_its_scores_notes_and_audit_log_intact(tmp_path):
    path = _release_copy(tmp_path)
    logged_before = _audit_rows(path)
    with Workspace.open(path) as workspace:
        [info] = workspace.sheets()
        document = workspace.open_sheet(info.id)
        sheet = document.sheet
        check = safety.verify_audit(workspace)
        events = printing.events(workspace, info.id)
        user = safety.user_name(workspace)
        # And it can still be worked on: an edit is stored and logged after the old rows.
        document.set_score("1.2.2", Column.SELF, "0,25")
        after_edit = safety.verify_audit(workspace)
    assert _revision(path) == SCHEMA_HEAD
    assert (info.unit, info.year, printing.document_date(info)) == ("Huyện Phong Thổ", 2023, date(2023, 12, 15))
    assert sheet.total(Column.APPRAISAL) == Decimal("79.24")
    assert (sheet.score("1.1", Column.SELF), sheet.score("1.2.1", Column.SELF)) == (Decimal("1"), Decimal("0.5"))
    assert sheet.note("1.2.1") == "Đã có báo cáo; thiếu phụ lục số 2"
    assert [(e.kind, e.reason) for e in events] == [("finalize", None), ("reopen", "Bổ sung minh chứng")]
    assert user == "Nguyễn Thị Hoà" and not info.finalized_at
    assert check.ok, check.problems + check.untraced
    assert _audit_rows(path)[: len(logged_before)] == logged_before
    assert check.rows >= len(logged_before) == 94
    assert after_edit.ok and after_edit.rows == check.rows + 1


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


# --- PostgreSQL: the same migrations, the same tables, the same rules -----------------------------------------

def _pg_triggers(engine) -> dict[str, str]:  # noqa: ANN001
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal")
        return dict(rows.all())


def test_on_postgresql_the_migrations_build_the_tables_and_rules_the_code_describes(empty_postgres_location):
    from cchc_desktop.store.server import make_server_engine

    engine = make_server_engine(empty_postgres_location)
    code = _code_database()
    tables = set(schema.metadata.tables)
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": _include_name})
            differences = compare_metadata(context, schema.metadata)
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert not differences, f"{ADD_A_MIGRATION}: {differences}"
        assert revision == SCHEMA_HEAD
        # The CHECK constraints are there by the same names (GLOB is a regular expression on PostgreSQL).
        assert set(_checks(engine, tables)) == set(_checks(code, tables))
        # Every SQLite trigger has its PostgreSQL namesake on the same table; the audit log is also kept from
        # TRUNCATE, which fires no row trigger.
        sqlite_triggers = {name: table for name, table in _sqlite_trigger_tables(code).items()}
        found = _pg_triggers(engine)
        assert {name: found.get(name) for name in sqlite_triggers} == sqlite_triggers
        assert {name: found.get(name) for name in (*audit.TRIGGER_NAMES, "audit_log_no_truncate")} == dict.fromkeys(
            (*audit.TRIGGER_NAMES, "audit_log_no_truncate"), "audit_log")
        with engine.connect() as connection:
            functions = set(connection.exec_driver_sql(
                "SELECT proname FROM pg_proc WHERE proname LIKE 'cchc%%' AND prolang = "
                "(SELECT oid FROM pg_language WHERE lanname = 'plpgsql')").scalars())
        # 0011's rules (later migrations add functions of their own, e.g. 0012's cchc_notify_change).
        assert functions >= {"cchc_score_rules", "cchc_sheet_locked", "cchc_evidence_blob_unreferenced",
                             "cchc_audit_log_append_only", "cchc_audit_log_chain"}
    finally:
        engine.dispose()
        code.dispose()


def _sqlite_trigger_tables(engine) -> dict[str, str]:  # noqa: ANN001
    with engine.connect() as connection:
        return dict(connection.execute(text("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")).all())
