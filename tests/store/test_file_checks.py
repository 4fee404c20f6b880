"""Damaged, truncated, foreign or newer files are refused by name with what to do, and never written to.

SQLite only: these are checks of a file's bytes; a server database is checked by its server (a foreign or
newer server database is tested in tests/cli/test_cli_server.py).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.services import Workspace


@pytest.fixture
def real_db(tmp_path, seed_path):
    """A closed database holding the Phong Thổ sheet, as a user would have it on disk."""
    path = tmp_path / "real" / "cchc.db"
    with Workspace.open(path) as workspace:
        workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    return path


def _corrupted(real, target):
    shutil.copyfile(real, target)
    size = target.stat().st_size
    rng = random.Random(5)
    # Garbage over three pages in the middle, as a bad sector or a torn USB copy leaves it.
    with open(target, "r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(rng.randbytes(3 * 4096))


def _truncated(real, target):
    shutil.copyfile(real, target)
    with open(target, "r+b") as handle:
        handle.truncate(target.stat().st_size // 2)


def _text_named_db(real, target):
    target.write_text("STT\tTiêu chí\tĐiểm chuẩn\n1\tCông tác chỉ đạo\t10\n", encoding="utf-8")


def _empty(real, target):
    target.write_bytes(b"")


def _foreign(real, target):
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Nguyễn Văn A', '0912')")
    connection.commit()
    connection.close()


def _newer(real, target):
    shutil.copyfile(real, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()


CASES = [
    (_corrupted, "damaged", ["is damaged", "Restore the newest backup", "left exactly as it was"]),
    (_truncated, "damaged", ["is damaged", "cut short", "Restore the newest backup"]),
    (_text_named_db, "not_database", ["is not a CCHC Desktop database", "not an SQLite file",
                                      "has not been changed"]),
    (_empty, "damaged", ["is damaged", "0 bytes"]),
    (_foreign, "foreign_database", ["another program", "has not been changed"]),
    (_newer, "newer_schema", ["newer version of CCHC Desktop", "Install the newer version", "has not been changed"]),
]


def _listing(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize(("make", "kind", "fragments"), CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_a_bad_file_is_refused_by_name_and_left_byte_for_byte(tmp_path, real_db, make, kind, fragments):
    folder = tmp_path / "bad"
    folder.mkdir()
    target = folder / "scores.db"
    make(real_db, target)
    before = _listing(folder)
    with pytest.raises(CchcError) as caught:
        Workspace.open(target)
    assert caught.value.kind == kind
    message = str(caught.value)
    assert str(target) in message
    for fragment in fragments:
        assert fragment in message
    # Not a byte changed, and nothing (no -wal, -shm, lock or backup) appeared beside it.
    assert _listing(folder) == before


def test_a_sound_file_opens_after_the_checks(real_db):
    with Workspace.open(real_db) as workspace:
        assert [s.unit for s in workspace.sheets()] == ["Huyện Phong Thổ"]


def test_a_log_file_without_its_database_is_not_replayed_into_a_new_one(tmp_path):
    path = tmp_path / "cchc.db"
    wal = tmp_path / "cchc.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    with pytest.raises(CchcError, match="is missing but its log file") as caught:
        Workspace.open(path)
    assert caught.value.kind == "orphan_wal"
    assert not path.exists()
