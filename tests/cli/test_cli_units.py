"""cchc units, cchc unit add|edit|succession|history and cchc campaign create."""

import json

from cchc_desktop.cli import main
from cli_helpers import run

OLD = ["Xã Khổng Lào", "Xã Hoang Thèn", "Xã Bản Lang"]
NEW = "Xã Khổng Lào (mới)"


def commune_set(capsys, db_path, tmp_path, year=2025):
    table = tmp_path / f"xa-{year}.txt"
    table.write_text("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\n1\tChỉ đạo\t3\n1.1\tKế hoạch\t1\n1.2\tBáo cáo\t2\n2\tThể chế\t2\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "framework", "import", table, "--name", f"Bộ xã {year}",
                         "--year", year, "--level", "commune")
    assert code == 0, err
    return int(out.splitlines()[-1])


def test_units_added_and_merged_are_listed_with_code_parent_and_succession(capsys, db_path):
    for name in OLD:
        assert run(capsys, "--db", db_path, "unit", "add", name, "--level", "commune")[0] == 0
    code, _, err = run(capsys, "--db", db_path, "unit", "add", NEW, "--level", "commune", "--code", "03361",
                       "--parent", "UBND tỉnh Lai Châu")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "unit", "succession", *OLD, "--into", NEW, "--from", "01/07/2025")
    assert code == 0, err
    assert out.strip() == f"{', '.join(OLD)} → {NEW} from 2025-07-01"
    code, out, _ = run(capsys, "--db", db_path, "units", "--json")
    listed = {unit["name"]: unit for unit in json.loads(out)}
    assert listed[NEW]["code"] == "03361" and listed[NEW]["parent"] == "UBND tỉnh Lai Châu"
    assert sorted(listed[NEW]["predecessors"]) == sorted(OLD)
    assert all(listed[name]["successor"] == NEW and listed[name]["effective"] == "2025-07-01" for name in OLD)


def test_a_merger_into_an_unknown_unit_or_on_a_bad_date_is_refused_plainly(capsys, db_path):
    run(capsys, "--db", db_path, "unit", "add", "Xã A", "--level", "commune")
    code, out, err = run(capsys, "--db", db_path, "unit", "succession", "Xã A", "--into", "Xã B", "--from", "2025-07-01")
    assert code == 2 and out == "" and "There is no unit named Xã B" in err and "Traceback" not in err
    try:
        code = main(["--db", str(db_path), "unit", "succession", "Xã A", "--into", "Xã B", "--from", "31/31/2025"])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2 and "is not a date" in capsys.readouterr().err


def test_campaign_create_prints_how_many_were_created_and_skipped_and_the_new_ids(capsys, db_path, tmp_path):
    set_id = commune_set(capsys, db_path, tmp_path)
    for name in ("Xã A", "Xã B", "Xã C"):
        run(capsys, "--db", db_path, "unit", "add", name, "--level", "commune")
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "Xã B", "--year", 2025, "--framework", set_id)
    existing = int(out.splitlines()[-1])
    code, out, err = run(capsys, "--db", db_path, "campaign", "create", "--year", 2025, "--framework", set_id,
                         "--level", "commune")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("created 2, skipped 1")
    new_ids = [int(word) for word in lines[1].removeprefix("new sheets: ").split()]
    assert len(new_ids) == 2 and existing not in new_ids
    assert lines[2] == f"skipped\tXã B\tsheet {existing}"
    code, out, _ = run(capsys, "--db", db_path, "campaign", "create", "--year", 2025, "--framework", set_id,
                       "--level", "commune", "--json")
    assert json.loads(out)["created"] == [] and len(json.loads(out)["skipped"]) == 3


def test_unit_history_shows_the_predecessors_sheets_labelled(capsys, db_path, tmp_path):
    for name in OLD:
        run(capsys, "--db", db_path, "unit", "add", name, "--level", "commune")
    run(capsys, "--db", db_path, "unit", "add", NEW, "--level", "commune")
    run(capsys, "--db", db_path, "unit", "succession", *OLD, "--into", NEW, "--from", "2025-07-01")
    for year in (2024, 2025):
        set_id = commune_set(capsys, db_path, tmp_path, year)
        assert run(capsys, "--db", db_path, "campaign", "create", "--year", year, "--framework", set_id,
                   "--level", "commune")[0] == 0
    code, out, err = run(capsys, "--db", db_path, "unit", "history", NEW, "--json")
    assert code == 0, err
    assert [(row["year"], row["unit"], row["predecessor"]) for row in json.loads(out)] == [
        (2024, "Xã Bản Lang", True), (2024, "Xã Hoang Thèn", True), (2024, "Xã Khổng Lào", True), (2025, NEW, False)]
