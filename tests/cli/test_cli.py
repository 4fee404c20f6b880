"""The cchc command as a batch user runs it: import the seed, list, show, set, and clear refusals."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.cli import main
from cli_helpers import run

ROOT = Path(__file__).resolve().parents[2]


def seed_rows(seed_path):
    for line in seed_path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 4 and cells[0][:1].isdigit():
            yield cells


@pytest.fixture
def imported(capsys, db_path, seed_path):
    code, out, _ = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0
    return int(out.strip().splitlines()[-1])


def show(capsys, db_path, sheet):
    code, out, _ = run(capsys, "--db", db_path, "show", sheet, "--json")
    assert code == 0
    return json.loads(out)


def test_seed_import_then_show_json_matches_the_paper_sheet(capsys, db_path, seed_path, imported):
    data = show(capsys, db_path, imported)
    assert data["unit"] == "Huyện Phong Thổ" and data["year"] == 2023
    totals = data["totals"]
    assert {key: totals[key] for key in ("max", "self", "appraisal")} == {"max": "100.00", "self": None,
                                                                         "appraisal": "79.24"}
    expected = list(seed_rows(seed_path))
    assert [row["code"] for row in data["rows"]] == [cells[0] for cells in expected]
    for row, (code, title, maximum, appraisal) in zip(data["rows"], expected):
        assert row["title"] == " ".join(title.split())
        assert row["max"] == _two_places(maximum)
        assert row["appraisal"] == _two_places(appraisal)  # leaves and every subtotal alike
        assert row["self"] is None
        assert row["level"] == code.count(".") + 1
    assert sum(row["leaf"] for row in data["rows"]) == 87


def _two_places(comma_text):
    whole, _, fraction = comma_text.partition(",")
    return f"{whole}.{(fraction + '00')[:2]}"


def test_set_stores_and_rolls_up(capsys, db_path, imported):
    code, out, _ = run(capsys, "--db", db_path, "set", imported, "1.2.1", "0,5", "--column", "appraisal")
    assert code == 0
    data = show(capsys, db_path, imported)
    rows = {row["code"]: row for row in data["rows"]}
    assert rows["1.2.1"]["appraisal"] == "0.50"
    assert rows["1.2"]["appraisal"] == "3.00" and rows["1"]["appraisal"] == "9.78"
    assert data["totals"]["appraisal"] == "79.74"
    code, _, _ = run(capsys, "--db", db_path, "set", imported, "1.2.1", "0.25", "--column", "self")
    assert show(capsys, db_path, imported)["totals"]["self"] == "0.25"


@pytest.mark.parametrize(
    ("code", "value", "message"),
    [("1.2.1", "0,51", "over the maximum"), ("1.2.1", "abc", "not a number"), ("1.2.1", "-1", "negative"),
     ("1.2.1", "0,505", "more than 2 decimal"), ("1.2", "1", "computed from its sub-criteria"),
     ("9.9", "1", "no criterion 9.9")],
)
def test_bad_set_exits_2_with_one_line_and_stores_nothing(capsys, db_path, imported, code, value, message):
    before = show(capsys, db_path, imported)
    status, out, err = run(capsys, "--db", db_path, "set", imported, code, value)
    assert status == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert show(capsys, db_path, imported) == before


def test_sheets_lists_the_import(capsys, db_path, imported):
    code, out, _ = run(capsys, "--db", db_path, "sheets", "--json")
    assert code == 0
    [sheet] = json.loads(out)
    assert sheet["id"] == imported and sheet["unit"] == "Huyện Phong Thổ" and sheet["year"] == 2023


def test_importing_the_same_unit_and_year_twice_is_refused(capsys, db_path, seed_path, imported):
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", 2023)
    assert code == 2 and "already has a 2023 sheet" in err


def test_refused_import_writes_nothing(capsys, db_path, seed_path, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(seed_path.read_text(encoding="utf-8").replace("\t0,50\t0\n", "\t0,50\t7\n", 1), encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "import", bad, "--unit", "X", "--year", 2023)
    assert code == 2 and "over the maximum" in err and err.startswith("cchc: error: line ")
    assert not db_path.exists()  # a refused file does not even create the database
    run(capsys, "--db", db_path, "import", seed_path, "--unit", "Y", "--year", 2022)
    code, out, err = run(capsys, "--db", db_path, "import", bad, "--unit", "X", "--year", 2023)
    assert code == 2 and "over the maximum" in err
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM sheet").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM unit").fetchone() == (1,)


def test_warnings_go_to_stderr_and_the_id_is_the_last_stdout_line(capsys, db_path, seed_path, tmp_path):
    changed = tmp_path / "sai-tong.txt"
    changed.write_text(seed_path.read_text(encoding="utf-8").replace("<b>79,24</b>", "<b>79,27</b>"), encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "import", changed, "--unit", "Phong Thổ", "--year", 2023)
    assert code == 0
    assert out.strip().splitlines()[-1].isdigit()
    assert "warning:" in err and "79,27" in err and "79,24" in err


def test_usage_errors_are_one_line_without_traceback(capsys, db_path, imported):
    code, out, err = run(capsys, "--db", db_path, "show", "2", "--json")
    assert code == 2 and "no sheet 2" in err
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db_path), "show", "one"])
    assert caught.value.code == 2


def test_console_script_runs_as_a_real_process(db_path, seed_path):
    result = subprocess.run(
        [sys.executable, "-m", "cchc_desktop.cli", "--db", str(db_path), "import", str(seed_path),
         "--unit", "Huyện Phong Thổ", "--year", "2023"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1"


def test_a_command_is_parsed_the_same_whether_or_not_the_others_are_configured(capsys, tmp_path, seed_path):
    from cchc_desktop.cli import build_parser, named_command

    db = tmp_path / "c.db"
    assert named_command(["--db", str(db), "show", "1", "--json"]) == "show"
    assert named_command([f"--db={db}", "print", "1"]) == "print"
    # Help, a typo or an abbreviated option: everything is configured, so help and errors list every command.
    assert named_command(["--help"]) is None and named_command(["shw", "1"]) is None
    assert named_command(["--d", str(db), "show", "1"]) is None
    whole, alone = build_parser(), build_parser(only="show")
    for argv in (["--db", str(db), "show", "1", "--json"], ["show", "7"]):
        assert vars(whole.parse_args(argv)) == vars(alone.parse_args(argv))
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(db), "shw", "1"])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and "invalid choice: 'shw'" in err and "'compare'" in err  # all still offered
    code, out, _ = run(capsys, "--d", db, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "show", "1")
    assert code == 0 and "79,24" in out
