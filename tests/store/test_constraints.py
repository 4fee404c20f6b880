"""The database itself refuses impossible scores, whatever program writes to it.

The refusals run on SQLite and on PostgreSQL (skipped without --postgres), with the same codes; the pragma and
file tests are SQLite's own.
"""

import sqlite3

import pytest

from cchc_desktop.store import database
from cchc_desktop.store.migrations import head_revision
from store_helpers import Raw, open_seed_sheet


def raw(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def criterion_id(connection, code):
    return connection.execute("SELECT id FROM criterion WHERE code = ?", (code,)).fetchone()[0]


@pytest.fixture
def any_seed_sheet(location, seed_path):
    """The seed sheet in a database of either engine."""
    yield from open_seed_sheet(location, seed_path)


@pytest.mark.parametrize(
    ("code", "column", "hundredths", "message"),
    [("1.2.1", "appraisal_hundredths", -1, "CHECK constraint failed|violates check constraint"),
     ("1.2.1", "self_hundredths", -5, "CHECK constraint failed|violates check constraint"),
     ("1.2.1", "appraisal_hundredths", 51, "score over the maximum"),
     ("1.2", "appraisal_hundredths", 100, "leaf criteria only")],
)
def test_raw_sql_cannot_store_an_impossible_score(any_seed_sheet, code, column, hundredths, message):
    seed_sheet = any_seed_sheet
    with Raw(seed_sheet.workspace) as connection:
        with pytest.raises(connection.Error, match=message):
            connection.execute(f"UPDATE score SET {column} = ? WHERE sheet_id = ? AND criterion_id = ?",
                               (hundredths, seed_sheet.id, criterion_id(connection, code)))
            connection.execute(
                f"INSERT INTO score (sheet_id, criterion_id, {column}) VALUES (?, ?, ?) "
                f"ON CONFLICT (sheet_id, criterion_id) DO UPDATE SET {column} = excluded.{column}",
                (seed_sheet.id, criterion_id(connection, code), hundredths))


def test_scores_are_stored_as_integer_hundredths(seed_sheet, db_path):
    with raw(db_path) as connection:
        types = {row[0] for row in connection.execute("SELECT typeof(appraisal_hundredths) FROM score")}
        total = connection.execute("SELECT sum(appraisal_hundredths) FROM score").fetchone()[0]
    assert types == {"integer"} and total == 7924


def test_on_postgresql_too_scores_are_integer_hundredths(postgres_location, seed_path):
    for seed_sheet in open_seed_sheet(postgres_location, seed_path):
        with Raw(seed_sheet.workspace) as connection:
            types = {row[0] for row in connection.execute(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'score' "
                "AND column_name LIKE '%hundredths'")}
            total = connection.execute("SELECT sum(appraisal_hundredths) FROM score").fetchone()[0]
    assert types == {"integer"} and total == 7924


def test_pragmas_hold_on_every_connection(workspace):
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS


def test_the_program_knows_alembics_head(workspace):
    assert database.SCHEMA_HEAD == head_revision()
    assert database.current_revision(workspace.engine) == database.SCHEMA_HEAD


def test_a_database_from_a_newer_program_is_refused_and_left_alone(workspace, db_path):
    workspace.close()
    with raw(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    from cchc_desktop.services import Workspace

    with pytest.raises(database.NewerSchemaError, match="newer version"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(("code", "hundredths", "refusal"),
                         [("1.2.1", 51, "REFUSED_OVER_MAXIMUM"), ("1.2", 100, "REFUSED_NOT_LEAF")])
def test_a_refusal_starts_with_its_stable_code(any_seed_sheet, code, hundredths, refusal):
    from cchc_desktop.store import schema

    seed_sheet = any_seed_sheet
    with Raw(seed_sheet.workspace) as connection, pytest.raises(connection.Error) as refused:
        connection.execute("INSERT INTO score (sheet_id, criterion_id, appraisal_hundredths) VALUES (?, ?, ?) "
                           "ON CONFLICT (sheet_id, criterion_id) DO UPDATE "
                           "SET appraisal_hundredths = excluded.appraisal_hundredths",
                           (seed_sheet.id, criterion_id(connection, code), hundredths))
    assert str(refused.value).startswith(getattr(schema, refusal) + ":")
    assert schema.refusal_code(str(refused.value)) == getattr(schema, refusal)


def test_a_finalized_sheets_refusal_is_recognised_by_its_code_not_its_words(any_seed_sheet):
    from cchc_desktop.domain.scoring import Column
    from cchc_desktop.services import printing
    from cchc_desktop.services.workspace import SheetLockedError

    seed_sheet = any_seed_sheet
    printing.finalize(seed_sheet.workspace, seed_sheet.id)
    with Raw(seed_sheet.workspace) as connection, pytest.raises(connection.Error) as refused:
        connection.execute("DELETE FROM score WHERE sheet_id = ?", (seed_sheet.id,))
    from cchc_desktop.store import schema

    assert str(refused.value).startswith(schema.REFUSED_FINALIZED + ":")
    # The document still thinks the sheet is open, so only the database's refusal stops the edit.
    with pytest.raises(SheetLockedError):
        seed_sheet.set_score("1.2.1", Column.APPRAISAL, "0,25")
