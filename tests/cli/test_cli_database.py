"""The cchc command creates a database only for commands that write, and never a second sheet for a unit-year."""

from pathlib import Path

from cli_helpers import run


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
    assert code == 0 and f"cchc: note: created a new database: {path}" in err
    code, out, err = run(capsys, "--db", path, "sheets")
    assert code == 0 and "created" not in err and "Huyện Phong Thổ\t2023" in out


def test_a_second_import_for_the_unit_and_year_names_the_existing_sheet(capsys, tmp_path, seed_path):
    path = tmp_path / "cchc.db"
    run(capsys, "--db", path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", 2023)
    code, out, err = run(capsys, "--db", path, "import", seed_path, "--unit", "huyện phong  thổ", "--year", 2023)
    assert code == 2 and out == "" and "sheet 1" in err and "Huyện Phong Thổ already has a 2023 sheet" in err


def test_a_reader_that_goes_away_is_not_an_error(tmp_path):
    """`cchc show 1 --json | head -1`: the closed pipe ends the command quietly, with no traceback."""
    import subprocess
    import sys

    database = tmp_path / "d.db"
    seed = Path(__file__).resolve().parents[2] / "resources" / "demo" / "phong-tho-2023.txt"
    command = [sys.executable, "-m", "cchc_desktop.cli", "--db", str(database)]
    subprocess.run([*command, "import", str(seed), "--unit", "Huyện Phong Thổ", "--year", "2023"], check=True,
                   capture_output=True)
    import fcntl
    import os

    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, 1031, 4096)  # F_SETPIPE_SZ: a small pipe, so the sheet's JSON cannot fit in it at once
    reader = subprocess.Popen([*command, "show", "1", "--json"], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()  # as `head -1` does, then it goes away
    error = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 0, error
    assert first.strip() and "Traceback" not in error and "BrokenPipe" not in error
