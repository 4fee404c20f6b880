"""Opening databases, the built-in framework, and edits that are stored before they show.

The tests on ``workspace`` (and the seed sheet in it) run on SQLite and on PostgreSQL (skipped without --postgres);
those on ``db_path`` are about the file.
"""

import json
import sqlite3
from decimal import Decimal

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import MAIN_COLUMNS, Column
from cchc_desktop.domain.tables import read_table, text_rows
from cchc_desktop.paths import resource_path
from cchc_desktop.services import Workspace
from cchc_desktop.services.workspace import Edit

D = Decimal


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


def test_a_new_database_holds_the_builtin_2023_framework_exactly_as_the_seed(workspace, seed_text):
    [info] = workspace.frameworks()
    assert (info.year, info.level, info.criteria, info.builtin) == (2023, "district", 114, True)
    seed = read_table(text_rows(seed_text)).framework
    with workspace.engine.connect() as connection:
        from cchc_desktop.store.repository import load_framework

        framework, _, _ = load_framework(connection, info.id)
    assert [(n.code, n.title, n.maximum) for n in framework] == [(n.code, n.title, n.maximum) for n in seed]


def test_demo_database_opens_on_the_phong_tho_sheet(db_path):
    with Workspace.open(db_path, demo=True) as workspace:
        [sheet] = workspace.sheets()
        document = workspace.open_sheet(sheet.id)
        assert sheet.unit == "Huyện Phong Thổ (mẫu)" and sheet.year == 2023
        assert document.sheet.total(Column.APPRAISAL) == D("79.24")
        assert len(workspace.frameworks()) == 1  # the demo reuses the built-in framework


def test_edits_survive_closing_and_reopening(db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        document = workspace.open_sheet(sheet_id)
        document.set_score("7.1.2", Column.APPRAISAL, "0,75")
        document.set_score("7.1.2", Column.SELF, "1")
        document.set_note("7.1.2", "Đã bổ sung minh chứng")
    with Workspace.open(db_path) as workspace:
        document = workspace.open_sheet(sheet_id)
        assert document.sheet.score("7.1", Column.APPRAISAL) == D("2.25")
        assert document.sheet.total(Column.APPRAISAL) == D("79.99")
        assert document.sheet.total(Column.SELF) == D("1.00")
        assert document.sheet.note("7.1.2") == "Đã bổ sung minh chứng"
    assert not (db_path.parent / (db_path.name + "-wal")).exists() or (db_path.parent / (db_path.name + "-wal")).stat().st_size == 0


def test_every_edit_is_committed_before_the_call_returns(seed_sheet, location):
    seed_sheet.set_score("8.7", Column.APPRAISAL, "0,5")
    # A second, independent connection sees it at once: nothing waits for a save.
    if seed_sheet.workspace.on_server:
        import psycopg

        with psycopg.connect(location) as other:
            row = other.execute(
                "SELECT appraisal_hundredths FROM score JOIN criterion ON criterion.id = score.criterion_id "
                "WHERE sheet_id = %s AND code = '8.7'", (seed_sheet.id,)).fetchone()
    else:
        with sqlite3.connect(location) as other:
            row = other.execute(
                "SELECT appraisal_hundredths FROM score JOIN criterion ON criterion.id = score.criterion_id "
                "WHERE sheet_id = ? AND code = '8.7'", (seed_sheet.id,)).fetchone()
    assert row == (50,)


def test_a_batch_is_all_or_nothing(seed_sheet):
    before = seed_sheet.as_dict()
    with pytest.raises(CchcError, match="8.10.1"):
        seed_sheet.apply([Edit("8.7", Column.APPRAISAL, D("1")), Edit("8.10.1", Column.APPRAISAL, D("1.5"))],
                         source="paste")
    assert seed_sheet.as_dict() == before
    assert seed_sheet.stored_value("8.7", Column.APPRAISAL) == D("0")


def test_memory_and_database_agree_after_many_edits(seed_sheet, workspace):
    import random

    rng = random.Random(3)
    leaves = seed_sheet.sheet.framework.leaves()
    for _ in range(60):
        leaf = rng.choice(leaves)
        column = rng.choice(MAIN_COLUMNS)  # round 1 is closed outside the cycle
        value = None if rng.random() < 0.2 else D(rng.randint(0, int(leaf.maximum * 100))) / 100
        seed_sheet.set_score(leaf.code, column, value)
    reopened = workspace.open_sheet(seed_sheet.id)
    assert reopened.as_dict() == seed_sheet.as_dict()


def test_create_rename_delete_sheets(workspace):
    [framework] = workspace.frameworks()
    sheet_id = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2024, framework_id=framework.id)
    document = workspace.open_sheet(sheet_id)
    assert document.sheet.totals(None, Column.SELF).scored == 0
    with pytest.raises(CchcError, match="already has a 2024 sheet"):
        workspace.create_sheet(unit="Huyện Sìn Hồ", year=2024, framework_id=framework.id)
    workspace.rename_unit(sheet_id, "Huyện Sìn Hồ (mới)")
    assert workspace.sheet_info(sheet_id).unit == "Huyện Sìn Hồ (mới)"
    workspace.delete_sheet(sheet_id)
    assert workspace.sheets() == []


def test_import_into_an_existing_sheet_fills_only_the_file_columns(workspace, seed_path, tmp_path):
    [framework] = workspace.frameworks()
    sheet_id = workspace.create_sheet(unit="Huyện Phong Thổ", year=2023, framework_id=framework.id)
    document = workspace.open_sheet(sheet_id)
    document.set_score("1.1", Column.SELF, "1")
    workspace.import_file(seed_path, unit="", year=0, into_sheet=sheet_id)
    document = workspace.open_sheet(sheet_id)
    assert document.sheet.total(Column.APPRAISAL) == D("79.24")
    assert document.sheet.score("1.1", Column.SELF) == D("1.00")


def test_a_file_with_other_criteria_makes_a_second_set_of_that_year_and_level(workspace, seed_path, tmp_path):
    other = tmp_path / "khac.txt"
    other.write_text(seed_path.read_text(encoding="utf-8").replace("Mức độ hoàn thành kế hoạch CCHC",
                                                                   "Mức độ hoàn thành Kế hoạch CCHC năm"),
                     encoding="utf-8")
    outcome = workspace.import_file(other, unit="Huyện Tam Đường", year=2023)
    assert outcome.new_framework
    # Named as the second set of the year and level, it is a set of its own (versions count per name since 0014).
    made = {f.id: (f.name, f.year, f.level, f.version) for f in workspace.frameworks()}
    assert len(made) == 2 and made[outcome.framework_id] == (
        "Bộ tiêu chí cấp huyện năm 2023 (bản 2)", 2023, "district", 1)


def test_builtin_framework_file_is_well_formed():
    data = json.loads(resource_path("frameworks", "district-2023.json").read_text(encoding="utf-8"))
    assert data["year"] == 2023 and len(data["criteria"]) == 114


def test_renaming_a_unit_keeps_its_remembered_signers(workspace):
    from cchc_desktop.services import printing

    [framework] = workspace.frameworks()
    sheet_id = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2024, framework_id=framework.id)
    profile = printing.default_profile("Huyện Sìn Hồ", 2024)
    profile = type(profile).from_json(profile.to_json().replace("Người lập biểu", "Chuyên viên Nguyễn Văn A"))
    printing.save_profile(workspace, "Huyện Sìn Hồ", profile)
    workspace.rename_unit(sheet_id, "Thị xã Sìn Hồ")
    kept = printing.load_profile(workspace, "Thị xã Sìn Hồ", 2024)
    assert "Chuyên viên Nguyễn Văn A" in kept.to_json()


def test_deleting_a_sheet_is_written_in_the_audit_log(workspace):
    from cchc_desktop.services import safety

    [framework] = workspace.frameworks()
    sheet_id = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2024, framework_id=framework.id)
    workspace.open_sheet(sheet_id).set_score("1.1", Column.SELF, "1")
    workspace.delete_sheet(sheet_id)
    entries = safety.history(workspace, sheet_id)
    assert [entry.field for entry in entries][-1] == "sheet_deleted"
    assert entries[-1].old == "Huyện Sìn Hồ 2024"
    assert safety.verify_audit(workspace).ok


def test_a_new_writer_through_write_is_in_the_audit_log_without_asking(seed_sheet, workspace):
    from cchc_desktop.services import safety
    from cchc_desktop.store.audit import Change
    from cchc_desktop.store.repository import write_note

    leaf = seed_sheet.sheet.framework.leaves()[0]
    criterion = seed_sheet.criterion_id(leaf.code)
    with workspace.write(seed_sheet.id, "test") as work:
        work.score(leaf.code, criterion, Column.SELF, seed_sheet.sheet.entry(leaf.code, Column.SELF), D("0.25"))
        write_note(work.connection, seed_sheet.id, criterion, "ghi chú")  # a store call of its own
        work.log(Change(leaf.code, "note", None, "ghi chú"))
    entries = safety.history(workspace, seed_sheet.id, leaf.code)
    assert [(e.field, e.new, e.source) for e in entries[-2:]] == [("self", "0.25", "test"), ("note", "ghi chú", "test")]
    assert safety.verify_audit(workspace).ok


def test_a_refused_write_stores_neither_the_value_nor_its_audit_row(seed_sheet, workspace):
    from cchc_desktop.services import safety

    leaf = seed_sheet.sheet.framework.leaves()[0]
    rows = safety.verify_audit(workspace).rows
    with pytest.raises(CchcError) as refused, workspace.write(seed_sheet.id, "test") as work:
        work.score(leaf.code, seed_sheet.criterion_id(leaf.code), Column.SELF, None, D("0.25"))
        work.score(leaf.code, seed_sheet.criterion_id(leaf.code), Column.SELF, D("0.25"), leaf.maximum + 1)
    assert refused.value.kind == "over_maximum"  # recognised by the trigger's code
    assert seed_sheet.stored_value(leaf.code, Column.SELF) == seed_sheet.sheet.entry(leaf.code, Column.SELF)
    assert safety.verify_audit(workspace).rows == rows
