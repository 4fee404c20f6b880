"""Migration 0014: framework's key becomes (year, level, name, version) and no row anywhere is lost on the way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, evidence, safety
from cchc_desktop.services import frameworks as sets

OLD_KEY = "CONSTRAINT year_level_version UNIQUE (year, level, version)"
NEW_KEY = "CONSTRAINT year_level_name_version UNIQUE (year, level, name, version)"
PER_YEAR_AND_LEVEL = ("SELECT count(*) FROM framework AS earlier WHERE earlier.year = framework.year "
                      "AND earlier.level = framework.level AND earlier.id <= framework.id")


def _as_0013_left_it(path: Path) -> None:
    """Put the file back as schema 0013 keeps it: the old key, versions counted per year and level."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")  # as the 12-step procedure needs, here too
        connection.execute("BEGIN")
        [create] = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'framework'").fetchone()
        assert NEW_KEY in create
        connection.execute(create.replace(NEW_KEY, OLD_KEY).replace('CREATE TABLE "framework"', "CREATE TABLE old", 1))
        columns = "id, name, year, level, version, rounding_places, builtin, created_at, based_on"
        connection.execute(f"INSERT INTO old ({columns}) SELECT "
                           f"{columns.replace('version', f'({PER_YEAR_AND_LEVEL})', 1)} FROM framework")
        connection.execute("DROP TABLE framework")
        connection.execute("ALTER TABLE old RENAME TO framework")
        connection.execute("UPDATE alembic_version SET version_num = '0013'")
        connection.execute("COMMIT")
    finally:
        connection.close()


def _everything(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall() for table in tables}
    finally:
        connection.close()


def _sql(path: Path, statement: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(statement).fetchall()
    finally:
        connection.close()


@pytest.fixture
def year_of_work(db_path, seed_path, tmp_path):
    """A database at 0013 with sets, criteria, sheets, scores, notes, rules, grades, evidence and the audit log."""
    with Workspace.open(db_path) as workspace:
        outcome = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
        sheet = workspace.open_sheet(outcome.sheet_id)
        sheet.set_score("1.2.2", Column.SELF, "0,25")
        scan = tmp_path / "ke_hoach.pdf"
        scan.write_bytes(b"%PDF-1.4 ke hoach CCHC 2023")
        evidence.attach(sheet, "1.1", scan)
        first = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I: UBND huyện")
        second = sets.copy_set(workspace, 1, year=2025, name="Phụ lục II: phòng chuyên môn")
        sets.set_grades(workspace, first, [{"from": "85", "label": "Xuất sắc"},
                                           {"from": "0", "label": "Chưa đạt"}])
        sets.set_kind(workspace, second, "1.1", "bonus")
        sets.new_sheet(workspace, unit="Huyện Tam Đường", year=2025, framework_id=second, level="district")
        again = sets.copy_set(workspace, second, year=2025, name="Phụ lục II: phòng chuyên môn")
    _as_0013_left_it(db_path)
    return {"first": first, "second": second, "again": again}


def test_the_upgrade_keeps_every_row_and_numbers_versions_per_set(db_path, year_of_work):
    before = _everything(db_path)
    assert _sql(db_path, "SELECT id, version FROM framework ORDER BY id")[-3:] == [
        (year_of_work["first"], 1), (year_of_work["second"], 2), (year_of_work["again"], 3)]
    assert len(before["criterion"]) >= 4 * 114 and before["score"] and before["audit_log"]
    assert before["evidence"] and before["grade_scale"] and before["criterion_rule"]
    with Workspace.open(db_path) as workspace:
        check = safety.verify_audit(workspace)
        versions = {s.id: (s.name, s.version) for s in sets.list_sets(workspace)}
        with workspace.engine.connect() as connection:
            foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
            # pysqlite's own transactions stay off on the connection the upgrade ran on (database._on_connect).
            isolation_level = connection.connection.driver_connection.isolation_level
        # The file can still be worked on after the upgrade, the audit chain going on.
        workspace.open_sheet(1).set_score("1.2.1", Column.SELF, "0,5")
        after_edit = safety.verify_audit(workspace)
    after = _everything(db_path)
    assert _sql(db_path, "SELECT version_num FROM alembic_version") == [("0014",)]
    assert {t: len(rows) for t, rows in after.items() if t != "audit_log"} == {
        t: len(rows) for t, rows in before.items() if t != "audit_log"}
    for table in set(before) - {"framework", "score", "audit_log"}:
        assert after[table] == before[table], table
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    # Only the version column of framework changed.
    assert [row[:4] + row[5:] for row in after["framework"]] == [row[:4] + row[5:] for row in before["framework"]]
    assert versions[year_of_work["first"]] == ("Phụ lục I: UBND huyện", 1)
    assert versions[year_of_work["second"]] == ("Phụ lục II: phòng chuyên môn", 1)
    assert versions[year_of_work["again"]] == ("Phụ lục II: phòng chuyên môn", 2)
    assert check.ok, check.problems + check.untraced
    assert after_edit.ok and after_edit.rows == check.rows + 1
    assert foreign_keys == 1 and isolation_level is None and _sql(db_path, "PRAGMA foreign_key_check") == []
    assert NEW_KEY in _sql(db_path, "SELECT sql FROM sqlite_master WHERE name = 'framework'")[0][0]


def test_a_file_whose_rows_point_at_missing_ones_is_refused_and_its_sets_left_as_they_were(db_path, year_of_work):
    connection = sqlite3.connect(db_path)  # foreign keys off: how a damaged file comes to be
    connection.execute("INSERT INTO criterion (framework_id, code, title, maximum_hundredths, position, is_leaf) "
                       "VALUES (999, '1', 'mồ côi', 100, 0, 1)")
    connection.commit()
    connection.close()
    before = _everything(db_path)
    with pytest.raises(CchcError) as refused:
        Workspace.open(db_path)
    assert refused.value.kind == "damaged" and "criterion" in str(refused.value)
    assert refused.value.params["path"] == str(db_path)
    assert _sql(db_path, "SELECT version_num FROM alembic_version") == [("0013",)]
    assert _everything(db_path) == before


def test_on_postgresql_the_key_is_replaced_and_versions_renumbered_per_set(postgres_location):
    from cchc_desktop.store.database import current_revision
    from cchc_desktop.store.migrations import upgrade_to_head

    with Workspace.open(postgres_location) as workspace:
        first = sets.copy_set(workspace, 1, year=2025, name="Phụ lục I")
        second = sets.copy_set(workspace, 1, year=2025, name="Phụ lục II")
        again = sets.copy_set(workspace, 1, year=2025, name="Phụ lục II")
        engine = workspace.engine
        with engine.begin() as connection:  # back to schema 0013: the old key, versions per year and level
            connection.exec_driver_sql("ALTER TABLE framework DROP CONSTRAINT year_level_name_version")
            connection.exec_driver_sql(f"UPDATE framework SET version = ({PER_YEAR_AND_LEVEL})")
            connection.exec_driver_sql("ALTER TABLE framework ADD CONSTRAINT year_level_version "
                                       "UNIQUE (year, level, version)")
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
            criteria = connection.exec_driver_sql("SELECT count(*) FROM criterion").scalar()
            old = dict(connection.exec_driver_sql("SELECT id, version FROM framework").all())
        upgrade_to_head(engine)
        with engine.connect() as connection:
            new = dict(connection.exec_driver_sql("SELECT id, version FROM framework").all())
            kept = connection.exec_driver_sql("SELECT count(*) FROM criterion").scalar()
        revision = current_revision(engine)
    assert (old[first], old[second], old[again]) == (1, 2, 3)
    assert (new[first], new[second], new[again]) == (1, 1, 2) and kept == criteria
    assert revision == "0014"
