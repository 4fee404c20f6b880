"""The cchc command creates a database only for commands that write, and never a second sheet for a unit-year."""

from cchc_desktop.cli import main


def run(capsys, *args):
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_read_commands_on_a_missing_database_exit_2_and_create_nothing(capsys, tmp_path):
    missing = tmp_path / "cchc-typo.db"
    for command in (["sheets"], ["show", "1"], ["frameworks"], ["history", "1"]):
        code, out, err = run(capsys, "--db", missing, *command)
        assert code == 2 and out == ""
        assert err.startswith("cchc: error: there is no database at") and "Traceback" not in err
        assert not missing.exists()


def test_an_import_creates_the_database_and_says_so(capsys, tmp_path, seed_path):
    path = tmp_path / "new.db"
    code, out, err = run(capsys, "--db", path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", 2023)
    assert code == 0 and f"Đã tạo cơ sở dữ liệu mới: {path}" in err
    code, out, err = run(capsys, "--db", path, "sheets")
    assert code == 0 and "Đã tạo" not in err and "Huyện Phong Thổ\t2023" in out


def test_a_second_import_for_the_unit_and_year_names_the_existing_sheet(capsys, tmp_path, seed_path):
    path = tmp_path / "cchc.db"
    run(capsys, "--db", path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", 2023)
    code, out, err = run(capsys, "--db", path, "import", seed_path, "--unit", "huyện phong  thổ", "--year", 2023)
    assert code == 2 and out == "" and "sheet 1" in err and "Huyện Phong Thổ already has a 2023 sheet" in err
