"""cchc evidence add|list|get|remove, the rows of show --json, and evidence surviving a backup and restore."""

from __future__ import annotations

import hashlib
import json

import pytest

from cli_helpers import run

SCAN = b"\x89PNG\r\n\x1a\n anh chup bien ban " * 500
MINUTES = "Biên bản họp.docx".encode() * 300


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def sheet_db(tmp_path, seed_path, capsys):
    db = tmp_path / "cchc.db"
    ok(capsys, "--db", db, "import", seed_path, "--unit", "Xã Mù Cả", "--year", 2024)
    return db


@pytest.fixture
def files(tmp_path):
    scan = tmp_path / "Ảnh biên bản.png"
    scan.write_bytes(SCAN)
    minutes = tmp_path / "bien-ban.docx"
    minutes.write_bytes(MINUTES)
    return scan, minutes


def evidence_list(capsys, db, *criterion):
    return json.loads(ok(capsys, "--db", db, "evidence", "list", 1, *criterion, "--json"))


def test_add_list_get_and_remove_on_the_command_line(sheet_db, files, capsys, tmp_path):
    db, (scan, minutes) = sheet_db, files
    ok(capsys, "--db", db, "evidence", "add", 1, "1.1", scan, minutes)
    ok(capsys, "--db", db, "evidence", "add", 1, "1.2", scan)
    digest = hashlib.sha256(SCAN).hexdigest()
    assert evidence_list(capsys, db) == [
        {"criterion": "1.1", "name": "Ảnh biên bản.png", "sha256": digest, "size": len(SCAN)},
        {"criterion": "1.1", "name": "bien-ban.docx", "sha256": hashlib.sha256(MINUTES).hexdigest(),
         "size": len(MINUTES)},
        {"criterion": "1.2", "name": "Ảnh biên bản.png", "sha256": digest, "size": len(SCAN)}]
    assert [e["criterion"] for e in evidence_list(capsys, db, "1.2")] == ["1.2"]
    out = tmp_path / "lay-lai.png"
    ok(capsys, "--db", db, "evidence", "get", 1, digest, "-o", out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    rows = {r["code"]: r for r in json.loads(ok(capsys, "--db", db, "show", 1, "--json"))["rows"]}
    assert rows["1.2"]["evidence"] == [{"name": "Ảnh biên bản.png", "sha256": digest, "size": len(SCAN)}]
    assert len(rows["1.1"]["evidence"]) == 2 and rows["1.3"]["evidence"] == []
    ok(capsys, "--db", db, "evidence", "remove", 1, "1.1", digest)
    assert [e["name"] for e in evidence_list(capsys, db, "1.1")] == ["bien-ban.docx"]
    history = json.loads(ok(capsys, "--db", db, "history", 1, "1.1", "--json"))
    assert [(h["field"], h["old"] is None) for h in history if h["field"] == "evidence"].count(("evidence", True)) == 2


def test_refusals_are_one_plain_line_and_exit_2(sheet_db, files, capsys, tmp_path):
    db, (scan, _) = sheet_db, files
    code, _, err = run(capsys, "--db", db, "evidence", "add", 1, "1.1", tmp_path)
    assert code == 2 and "is a folder" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "evidence", "get", 1, "ab" * 32, "-o", tmp_path / "x.pdf")
    assert code == 2 and "has no evidence file" in err
    ok(capsys, "--db", db, "evidence", "add", 1, "1.1", scan)
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", db, "evidence", "get", 1, hashlib.sha256(SCAN).hexdigest(), "-o", db,
                       "--force")
    assert code == 2 and "would destroy it" in err
    assert db.read_bytes() == before


def test_a_restored_backup_gives_the_evidence_back_with_the_same_sha256(sheet_db, files, capsys, tmp_path):
    db, (scan, _minutes) = sheet_db, files
    ok(capsys, "--db", db, "evidence", "add", 1, "1.1", scan)
    ok(capsys, "--db", db, "backup")
    digest = hashlib.sha256(SCAN).hexdigest()
    ok(capsys, "--db", db, "evidence", "remove", 1, "1.1", digest)  # the only reference: the bytes go
    assert evidence_list(capsys, db) == []
    backups = json.loads(ok(capsys, "--db", db, "backups", "--json"))
    name = next(b["name"] for b in backups if b["reason"] == "manual")
    ok(capsys, "--db", db, "restore", name)
    out = tmp_path / "restored.png"
    ok(capsys, "--db", db, "evidence", "get", 1, digest, "-o", out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
