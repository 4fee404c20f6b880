"""cchc --db postgresql://…: the exchange package carries a sheet from a laptop's file to the office server and
back, to the hundredth; plain refusals for a server that is not there, a missing database, and backups.

The server tests are skipped without --postgres (or CCHC_TEST_POSTGRES); the unreachable server is not.
"""

from __future__ import annotations

import json
import socket

import pytest
from cli_helpers import run


def _show(capsys, db, sheet):
    code, out, err = run(capsys, "--db", db, "show", sheet, "--json")
    assert code == 0, err
    return json.loads(out)


def _sheet_ids(capsys, db) -> list[str]:
    code, out, err = run(capsys, "--db", db, "sheets")
    assert code == 0, err
    return [line.split("\t")[0] for line in out.splitlines() if line.strip()]


def test_a_sheet_goes_from_a_file_to_the_server_and_back_with_its_totals_to_the_hundredth(
        capsys, tmp_path, seed_path, postgres_location):
    laptop, back = tmp_path / "huyen.db", tmp_path / "tro-ve.db"
    code, _, err = run(capsys, "--db", laptop, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0, err
    code, _, err = run(capsys, "--db", laptop, "set", "1", "1.2.1", "0,25", "--column", "self")
    assert code == 0, err
    sent = _show(capsys, laptop, 1)
    assert sent["totals"]["appraisal"] == "79.24" and sent["totals"]["self"] == "0.25"

    code, _, err = run(capsys, "--db", laptop, "export", "1", "-o", tmp_path / "len-so.cchc")
    assert code == 0, err
    code, out, err = run(capsys, "--db", postgres_location, "receive", tmp_path / "len-so.cchc")
    assert code == 0, err
    [on_server] = _sheet_ids(capsys, postgres_location)
    received = _show(capsys, postgres_location, on_server)
    assert received["totals"] == sent["totals"]
    assert [row for row in received["rows"]] == [row for row in sent["rows"]]

    # The office appraises on the server, and the sheet goes back to a file.
    code, _, err = run(capsys, "--db", postgres_location, "set", on_server, "1.2.1", "0,50", "--column", "appraisal")
    assert code == 0, err
    appraised = _show(capsys, postgres_location, on_server)
    code, _, err = run(capsys, "--db", postgres_location, "export", on_server, "-o", tmp_path / "ve-huyen.cchc")
    assert code == 0, err
    code, _, err = run(capsys, "--db", back, "receive", tmp_path / "ve-huyen.cchc")
    assert code == 0, err
    [returned] = _sheet_ids(capsys, back)
    assert _show(capsys, back, returned)["totals"] == appraised["totals"]
    assert appraised["totals"]["appraisal"] != sent["totals"]["appraisal"]
    code, out, err = run(capsys, "--db", postgres_location, "audit-verify")
    assert code == 0, out + err


def test_a_sheet_on_the_server_receives_later_packages_and_refuses_an_older_one(capsys, tmp_path, seed_path,
                                                                                 postgres_location):
    import datetime

    from cchc_desktop.reports.package_files import package_bytes, read_package_file

    laptop = tmp_path / "huyen.db"
    assert run(capsys, "--db", laptop, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")[0] == 0
    scan = tmp_path / "biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban\n" * 20)
    assert run(capsys, "--db", laptop, "evidence", "add", "1", "1.1", scan)[0] == 0
    first, later = tmp_path / "lan-1.cchc", tmp_path / "lan-2.cchc"
    assert run(capsys, "--db", laptop, "export", "1", "-o", first)[0] == 0
    code, _, err = run(capsys, "--db", postgres_location, "receive", first)
    assert code == 0, err
    [on_server] = _sheet_ids(capsys, postgres_location)
    code, _, err = run(capsys, "--db", postgres_location, "receive", first)  # again: into the existing sheet
    assert code == 0 and "0 value(s) received" in err, err
    # The unit scores 1.2.1 and withdraws its scan, then sends again: both reach the server's sheet.
    assert run(capsys, "--db", laptop, "set", "1", "1.2.1", "0,25", "--column", "self")[0] == 0
    digest = json.loads(run(capsys, "--db", laptop, "evidence", "list", "1", "--json")[1])[0]["sha256"]
    assert run(capsys, "--db", laptop, "evidence", "remove", "1", "1.1", digest)[0] == 0
    assert run(capsys, "--db", laptop, "export", "1", "-o", later)[0] == 0
    code, _, err = run(capsys, "--db", postgres_location, "receive", later)
    assert code == 0, err
    rows = {row["code"]: row for row in _show(capsys, postgres_location, on_server)["rows"]}
    assert rows["1.2.1"]["self"] == "0.25" and rows["1.1"]["evidence"] == []
    # The first package, dated before the later one: refused, the server's sheet unchanged.
    read = read_package_file(first)
    made = datetime.datetime.fromisoformat(read_package_file(later).manifest.made_at) - datetime.timedelta(hours=1)
    read.manifest.made_at = made.isoformat(timespec="seconds")
    older = tmp_path / "cu.cchc"
    older.write_bytes(package_bytes(read.manifest, {digest: scan.read_bytes()}))
    code, _, err = run(capsys, "--db", postgres_location, "receive", older)
    assert code == 2 and "before the package already received" in err and "Traceback" not in err
    assert _show(capsys, postgres_location, on_server)["rows"] == list(rows.values())


def test_backups_of_a_server_database_are_refused_in_plain_words(capsys, postgres_location):
    for command in (["backup"], ["backups"], ["restore", "x"]):
        code, out, err = run(capsys, "--db", postgres_location, *command)
        assert code == 2 and "pg_dump" in err and "Traceback" not in err, command


def test_a_database_of_another_program_is_refused_and_left_as_it_was(capsys, empty_postgres_location):
    import psycopg

    with psycopg.connect(empty_postgres_location, autocommit=True) as other:
        other.execute("CREATE TABLE luong (id integer PRIMARY KEY, so_tien integer)")
    code, out, err = run(capsys, "--db", empty_postgres_location, "sheets")
    with psycopg.connect(empty_postgres_location, autocommit=True) as other:
        tables = [row[0] for row in other.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
    assert code == 2 and "another program" in err and tables == ["luong"]


def test_a_server_with_no_such_database_is_named_plainly(capsys, postgres_location):
    missing = postgres_location.rsplit("/", 1)[0] + "/khong_co"
    code, out, err = run(capsys, "--db", missing, "sheets")
    assert code == 2 and "no database named “khong_co”" in err


def test_a_server_that_is_not_there_is_named_plainly_without_a_traceback(capsys):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, out, err = run(capsys, "--db", f"postgresql://thamdinh:bi-mat@127.0.0.1:{port}/cchc", "sheets")
    assert code == 2 and "cannot be reached" in err and f"127.0.0.1:{port}" in err
    assert "bi-mat" not in err and "Traceback" not in err


def test_a_mistyped_address_is_refused_without_echoing_its_password(capsys):
    code, out, err = run(capsys, "--db", "postgresql://thamdinh:bi-mat@may-chu:cong/cchc", "sheets")
    assert code == 2 and "not a server address" in err and "thamdinh@may-chu:cong/cchc" in err
    assert "bi-mat" not in err


def test_on_a_terminal_the_password_the_server_asks_for_is_prompted_and_never_kept(capsys, monkeypatch):
    from cchc_desktop.services import Workspace
    from cchc_desktop.store.server import ServerError

    tried = []

    def fake_open(location, *, demo=False, create=True, password=None):
        tried.append(password)
        if password != "bi-mat":
            raise ServerError("refused", kind="server_login", location="postgresql://thamdinh@may-chu:5432/cchc")
        raise ServerError("stop here: the login was accepted", kind="server_unreachable")

    asked = []
    monkeypatch.setattr(Workspace, "open", staticmethod(fake_open))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "bi-mat")
    code, out, err = run(capsys, "--db", "postgresql://thamdinh@may-chu:5432/cchc", "sheets")
    assert tried == [None, "bi-mat"] and len(asked) == 1 and "thamdinh@may-chu:5432/cchc" in asked[0]
    assert code == 2 and "login was accepted" in err and "bi-mat" not in out + err


def test_without_a_terminal_a_refused_login_is_told_not_prompted(capsys, monkeypatch):
    from cchc_desktop.services import Workspace
    from cchc_desktop.store.server import ServerError

    def fake_open(location, *, demo=False, create=True, password=None):
        raise ServerError("The server refused the user name or password.", kind="server_login")

    monkeypatch.setattr(Workspace, "open", staticmethod(fake_open))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("prompted without a terminal"))
    code, out, err = run(capsys, "--db", "postgresql://thamdinh@may-chu:5432/cchc", "sheets")
    assert code == 2 and "refused the user name or password" in err


def _pg_tool(name: str) -> str | None:
    import glob

    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else None


def test_the_backup_docs_server_md_gives_pg_dump_then_pg_restore_brings_back_a_database_that_verifies(
        capsys, tmp_path, seed_path, postgres_location, postgres_server):
    import subprocess

    dump, restore = _pg_tool("pg_dump"), _pg_tool("pg_restore")
    if dump is None or restore is None:
        pytest.skip("Debian's pg_dump and pg_restore are not installed (/usr/lib/postgresql/*/bin)")
    code, _, err = run(capsys, "--db", postgres_location, "import", seed_path, "--unit", "Huyện Phong Thổ",
                       "--year", "2023")
    assert code == 0, err
    subprocess.run([dump, "--format=custom", f"--file={tmp_path / 'cchc.dump'}", postgres_location], check=True)
    restored = postgres_server.location(postgres_server.create())
    try:
        subprocess.run([restore, "--dbname", restored, "--no-owner", str(tmp_path / "cchc.dump")], check=True)
        code, out, err = run(capsys, "--db", restored, "audit-verify")
        assert code == 0 and "intact" in out, out + err
        assert _show(capsys, restored, 1)["totals"]["appraisal"] == "79.24"
        # The rules came back with it (audit-verify above checked the audit log's): raw SQL is refused too.
        import psycopg

        with psycopg.connect(restored, autocommit=True) as raw, pytest.raises(psycopg.Error, match="CCHC_OVER_MAXIMUM"):
            raw.execute("UPDATE score SET self_hundredths = 900 WHERE criterion_id = "
                        "(SELECT id FROM criterion WHERE code = '1.2.1' AND framework_id = 1)")
    finally:
        postgres_server.drop(restored.rsplit("/", 1)[1])
