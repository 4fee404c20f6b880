"""`cchc server init` and `cchc server user add|list|remove` on a PostgreSQL database (run with --postgres)."""

from __future__ import annotations

import io
import json
import os
import secrets

import psycopg
from sqlalchemy.engine import make_url

from cli_helpers import run


def test_server_commands_on_a_database_file_say_they_need_a_server(capsys, db_path):
    code, _, err = run(capsys, "--db", db_path, "server", "init")
    assert code == 2
    assert "postgresql://" in err
    assert not db_path.exists()


def test_init_prepares_an_empty_database_and_runs_again_safely(capsys, empty_postgres_location):
    code, out, _ = run(capsys, "--db", empty_postgres_location, "server", "init")
    assert code == 0, out
    assert "ready" in out
    code, out, _ = run(capsys, "server", "init", "--db", empty_postgres_location)  # --db after it reads as well
    assert code == 0
    with psycopg.connect(empty_postgres_location) as connection:
        grants = connection.execute(
            "SELECT grantee, privilege_type FROM information_schema.column_privileges "
            "WHERE table_name = 'score' AND column_name = 'appraisal_hundredths' AND privilege_type = 'UPDATE'"
        ).fetchall()
    assert {grantee for grantee, _ in grants} >= {"cchc_appraiser", "cchc_admin"}
    assert "cchc_unit" not in {grantee for grantee, _ in grants}


def test_users_are_added_listed_and_removed_with_a_password_never_shown(capsys, monkeypatch, seed_path,
                                                                        postgres_location):
    login = f"t{os.getpid()}_{secrets.token_hex(3)}_phong_tho"
    db = ("--db", postgres_location)
    assert run(capsys, *db, "server", "init")[0] == 0
    code, out, err = run(capsys, *db, "server", "user", "add", login, "--role", "unit")
    assert code == 2 and "--unit" in err  # a unit's account needs its unit
    run(capsys, *db, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    monkeypatch.setattr("sys.stdin", io.StringIO("mật-khẩu-1\n"))
    code, out, err = run(capsys, *db, "server", "user", "add", login, "--role", "unit", "--unit",
                         "Huyện Phong Thổ", "--password-prompt")
    assert code == 0, err
    assert "mật-khẩu-1" not in out + err
    try:
        code, out, _ = run(capsys, *db, "server", "user", "list", "--json")
        listed = {user["login"]: user for user in json.loads(out)}
        assert listed[login]["role"] == "unit" and listed[login]["unit"] == "Huyện Phong Thổ"
        with psycopg.connect(postgres_location) as connection:
            stored = connection.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)).fetchone()
        assert stored[0].startswith("SCRAM-SHA-256$")  # the server holds a verifier, never the password
        # The unit's own account may not add users: a plain message, no traceback.
        as_unit = make_url(postgres_location).set(username=login).render_as_string(hide_password=False)
        code, _, err = run(capsys, "--db", as_unit, "server", "user", "add", "x_other", "--role", "admin")
        assert code == 2
        assert "owner" in err and "Traceback" not in err
    finally:
        code, out, _ = run(capsys, *db, "server", "user", "remove", login)
    assert code == 0
    code, out, _ = run(capsys, *db, "server", "user", "list")
    assert login not in out
    code, _, err = run(capsys, *db, "server", "user", "remove", login)
    assert code == 2 and "no CCHC Desktop account" in err
