"""Units as a managed list, the 2025 mergers as successions, a unit's history through them, and campaigns."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.services import frameworks, ranking, units
from cchc_desktop.store import audit


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


OLD = ["Xã Khổng Lào", "Xã Hoang Thèn", "Xã Bản Lang"]
NEW = "Xã Khổng Lào (mới)"


def commune_set(workspace, tmp_path, year=2025) -> int:
    table = tmp_path / f"xa-{year}.txt"
    table.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\n1\tChỉ đạo\t3\n1.1\tKế hoạch\t1\n1.2\tBáo cáo\t2\n2\tThể chế\t2\n",
                     encoding="utf-8")
    return frameworks.import_set(workspace, table, name=f"Bộ xã {year}", year=year, level="commune").id


def merged(workspace) -> None:
    for name in OLD:
        units.add_unit(workspace, name, level="commune", parent="UBND huyện Phong Thổ")
    units.add_unit(workspace, NEW, level="commune", code="03361", parent="UBND tỉnh Lai Châu")
    units.record_succession(workspace, OLD, NEW, date(2025, 7, 1))


def test_a_unit_is_listed_with_its_level_code_and_parent_and_its_name_cleaned(workspace):
    units.add_unit(workspace, " Xã\u200b  Khổng   Lào ", level="commune", code=" 03361 ", parent="UBND tỉnh Lai Châu")
    [unit] = units.list_units(workspace)
    assert (unit.name, unit.level, unit.code, unit.parent) == ("Xã Khổng Lào", "commune", "03361", "UBND tỉnh Lai Châu")


def test_a_second_unit_of_the_same_name_or_an_unknown_level_is_refused(workspace):
    units.add_unit(workspace, "Xã Khổng Lào", level="commune")
    with pytest.raises(CchcError) as refused:
        units.add_unit(workspace, "xã  khổng lào", level="commune")
    assert refused.value.kind == "unit_exists"
    with pytest.raises(CchcError) as refused:
        units.add_unit(workspace, "Xã Mới", level="hamlet")
    assert refused.value.kind == "bad_level"


def test_editing_a_unit_changes_its_fields_and_its_sheets_follow(workspace, tmp_path):
    set_id = commune_set(workspace, tmp_path)
    units.add_unit(workspace, "Xã Khổng Lào", level="commune")
    sheet_id = units.create_campaign(workspace, year=2025, framework_id=set_id, level="commune").created[0]
    unit = units.find_unit(workspace, "Xã Khổng Lào")
    units.edit_unit(workspace, unit.id, name="Xã Khổng Lào (mới)", level="commune", code="03361", parent="Lai Châu")
    assert workspace.sheet_info(sheet_id).unit == "Xã Khổng Lào (mới)"
    assert units.find_unit(workspace, "xã khổng lào (mới)").code == "03361"


def test_a_merger_records_each_predecessor_with_the_successor_and_date(workspace):
    merged(workspace)
    by_name = {unit.name: unit for unit in units.list_units(workspace)}
    assert all(by_name[name].successor == NEW and by_name[name].effective == "2025-07-01" for name in OLD)
    assert sorted(by_name[NEW].predecessors) == sorted(OLD)
    assert sorted(units.predecessors(workspace, NEW)) == sorted(OLD)


def test_a_merger_that_would_make_a_unit_its_own_predecessor_is_refused(workspace):
    merged(workspace)
    with pytest.raises(CchcError) as refused:
        units.record_succession(workspace, [NEW], "Xã Bản Lang", date(2025, 8, 1))
    assert refused.value.kind == "succession_loop"
    with pytest.raises(CchcError) as refused:
        units.record_succession(workspace, ["Xã Không Có"], NEW, date(2025, 8, 1))
    assert refused.value.kind == "unit_not_found"


def test_the_database_itself_refuses_a_unit_succeeding_itself_or_a_date_not_iso(workspace):
    units.add_unit(workspace, "Xã A", level="commune")
    for values in ("1, 1, '2025-07-01'", "1, 1, '01/07/2025'"):
        with pytest.raises(IntegrityError), workspace.engine.begin() as connection:
            connection.execute(text(f"INSERT INTO unit_succession VALUES ({values})"))


def test_a_new_units_history_includes_its_predecessors_sheets_labelled_as_such(workspace, tmp_path):
    merged(workspace)
    set_2024, set_2025 = commune_set(workspace, tmp_path, 2024), commune_set(workspace, tmp_path, 2025)
    units.create_campaign(workspace, year=2024, framework_id=set_2024, level="commune")
    units.create_campaign(workspace, year=2025, framework_id=set_2025, level="commune")
    other = workspace.create_sheet(unit="Xã Mường So", year=2024, framework_id=set_2024, kind="commune")
    points = ranking.unit_trend(workspace, NEW)
    assert [(p.year, p.unit, p.predecessor) for p in points] == [
        (2024, "Xã Bản Lang", True), (2024, "Xã Hoang Thèn", True), (2024, "Xã Khổng Lào", True),
        (2025, NEW, False)]
    assert other not in {p.result.sheet_id for p in points}
    rows = ranking.trend_dict(points)
    assert rows[0]["predecessor"] is True and rows[-1] == {**rows[-1], "year": 2025, "unit": NEW, "predecessor": False}
    # A predecessor's own history is just its own sheets.
    assert [(p.year, p.unit) for p in ranking.unit_trend(workspace, "Xã Bản Lang")] == [(2024, "Xã Bản Lang")]


def test_a_campaign_creates_a_sheet_for_every_unit_of_the_level_and_skips_those_that_have_one(workspace, tmp_path):
    set_id = commune_set(workspace, tmp_path)
    for name in ("Xã A", "Xã B", "Xã C"):
        units.add_unit(workspace, name, level="commune")
    units.add_unit(workspace, "Huyện D", level="district")
    existing = workspace.create_sheet(unit="xã  b", year=2025, framework_id=set_id, kind="commune")
    done = units.create_campaign(workspace, year=2025, framework_id=set_id, level="commune")
    assert len(done.created) == 2 and done.skipped == [("Xã B", existing)]
    made = {workspace.sheet_info(sheet_id).unit for sheet_id in done.created}
    assert made == {"Xã A", "Xã C"}
    again = units.create_campaign(workspace, year=2025, framework_id=set_id, level="commune")
    assert again.created == [] and len(again.skipped) == 3
    # Each new sheet's history starts with an audit row saying it was made by the campaign.
    with workspace.engine.connect() as connection:
        rows = connection.execute(text("SELECT sheet_id, source, field FROM audit_log")).all()
    assert sorted((sheet_id, source, field) for sheet_id, source, field in rows) == sorted(
        (sheet_id, "campaign", units.SHEET_CREATED) for sheet_id in done.created)
    with workspace.engine.connect() as connection:
        assert audit.verify(connection).ok


def test_a_campaign_assesses_the_units_standing_at_the_years_end(workspace, tmp_path):
    merged(workspace)  # on 01/07/2025
    done = units.create_campaign(workspace, year=2025, framework_id=commune_set(workspace, tmp_path, 2025),
                                 level="commune")
    assert [workspace.sheet_info(sheet_id).unit for sheet_id in done.created] == [NEW]
    assert sorted(done.not_standing) == sorted(OLD)
    done = units.create_campaign(workspace, year=2024, framework_id=commune_set(workspace, tmp_path, 2024),
                                 level="commune")
    assert sorted(workspace.sheet_info(sheet_id).unit for sheet_id in done.created) == sorted(OLD)
    assert done.not_standing == [NEW]


def test_a_campaign_with_a_set_of_another_level_or_no_units_is_refused(workspace, tmp_path):
    set_id = commune_set(workspace, tmp_path)
    with pytest.raises(CchcError) as refused:
        units.create_campaign(workspace, year=2025, framework_id=set_id, level="commune")
    assert refused.value.kind == "no_units_of_level"
    units.add_unit(workspace, "Huyện D", level="district")
    with pytest.raises(CchcError) as refused:
        units.create_campaign(workspace, year=2025, framework_id=set_id, level="district")
    assert refused.value.kind == "campaign_level_mismatch"
