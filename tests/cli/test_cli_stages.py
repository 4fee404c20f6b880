"""cchc set --column, explain and stage: the yearly cycle from the command line, seen through show --json."""

from __future__ import annotations

import json

import pytest

from cli_helpers import run


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def row(data, code):
    return next(r for r in data["rows"] if r["code"] == code)


@pytest.fixture
def sheet_db(tmp_path, seed_path, capsys):
    db = tmp_path / "cchc.db"
    ok(capsys, "--db", db, "import", seed_path, "--unit", "Xã Mù Cả", "--year", 2024)
    return db


def show(capsys, db):
    return json.loads(ok(capsys, "--db", db, "show", 1, "--json"))


def test_the_cycle_on_the_command_line_fills_each_column_in_its_stage(sheet_db, capsys):
    db = sheet_db
    ok(capsys, "--db", db, "set", 1, "1.1", "0,75", "--column", "self")
    assert ok(capsys, "--db", db, "stage", 1, "submitted").strip() == "submitted"
    ok(capsys, "--db", db, "set", 1, "1.1", "0,5", "--column", "round1")
    code, _, err = run(capsys, "--db", db, "set", 1, "1.1", "1", "--column", "final")
    assert code == 2 and "“submitted”" in err and "Open in this stage: round 1" in err
    ok(capsys, "--db", db, "stage", 1, "appraised", "--reason", "Sở Nội vụ thẩm định vòng 1")
    ok(capsys, "--db", db, "explain", 1, "1.1", "Đã ban hành kế hoạch, kèm minh chứng")
    ok(capsys, "--db", db, "stage", 1, "explained")
    ok(capsys, "--db", db, "set", 1, "1.1", "1", "--column", "final")
    ok(capsys, "--db", db, "stage", 1, "final")
    data = show(capsys, db)
    assert data["stage"] == "final"
    assert {k: row(data, "1.1")[k] for k in ("self", "round1", "final", "appraisal", "explanation")} == {
        "self": "0.75", "round1": "0.50", "final": "1.00", "appraisal": "1.00",
        "explanation": "Đã ban hành kế hoạch, kèm minh chứng"}
    assert ok(capsys, "--db", db, "stage", 1, "locked").strip() == "locked"
    assert show(capsys, db)["stage"] == "locked"


def test_appraisal_stays_an_alias_of_the_final_appraisal(sheet_db, capsys):
    ok(capsys, "--db", sheet_db, "set", 1, "1.1", "0,25", "--column", "appraisal")
    ok(capsys, "--db", sheet_db, "set", 1, "1.2.1", "0,25")  # the default column: the final appraisal
    data = show(capsys, sheet_db)
    assert (row(data, "1.1")["final"], row(data, "1.2.1")["final"]) == ("0.25", "0.25")
    assert data["stage"] == "open"


def test_going_back_needs_a_reason_and_skipping_a_stage_is_refused(sheet_db, capsys):
    ok(capsys, "--db", sheet_db, "stage", 1, "submitted")
    code, _, err = run(capsys, "--db", sheet_db, "stage", 1, "explained")
    assert code == 2 and "one step at a time" in err
    code, _, err = run(capsys, "--db", sheet_db, "stage", 1, "--back")
    assert code == 2 and "reason" in err
    assert ok(capsys, "--db", sheet_db, "stage", 1, "--back", "--reason", "Đơn vị chấm lại").strip() == "drafting"
    history = json.loads(ok(capsys, "--db", sheet_db, "history", 1, "--json"))
    assert [(e["field"], e["new"]) for e in history if e["field"].startswith("stage")][-2:] == [
        ("stage", "drafting"), ("stage_reason", "Đơn vị chấm lại")]
