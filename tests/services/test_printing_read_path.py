"""Printing from the plain-SQL read path gives the very bytes the Workspace prints, and `cchc print` stays off
SQLAlchemy unless it has something to write (the remembered date)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.domain.signers import Signer
from cchc_desktop.services import Workspace, printing, reading


def _both_ways(db_path: Path, sheet_id: int, folder: Path, name: str) -> tuple[bytes, bytes, str, str]:
    with Workspace.open(db_path) as workspace:
        slow = printing.print_sheet(workspace, sheet_id, folder / f"{name}-workspace.pdf")
    with reading.open_for_reading(db_path) as view:
        assert view is not None
        fast = printing.print_sheet(view, sheet_id, folder / f"{name}-read.pdf")
    return ((folder / f"{name}-workspace.pdf").read_bytes(), (folder / f"{name}-read.pdf").read_bytes(), slow, fast)


@pytest.fixture
def seed_db(db_path, seed_path) -> tuple[Path, int]:
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        profile = printing.load_profile(workspace, "Huyện Phong Thổ", 2023)
        printing.save_profile(workspace, "Huyện Phong Thổ", profile._replace(
            signers=(Signer(("Người lập biểu",), "Lò Văn Bình"), Signer(("TRƯỞNG PHÒNG",), "Vàng Thị Mai"))))
    return db_path, sheet_id


def test_the_read_path_prints_the_same_bytes_as_the_workspace_for_the_seed(seed_db, tmp_path):
    db_path, sheet_id = seed_db
    workspace_pdf, read_pdf, slow, fast = _both_ways(db_path, sheet_id, tmp_path, "open")
    assert workspace_pdf == read_pdf and slow == fast
    raw, stated = printing.read_sheet_data(read_pdf)
    assert json.loads(raw)["totals"]["appraisal"] == "79.24" and stated == fast
    assert printing.printed_audit_head(read_pdf) is None  # not finalized: no audit head in the footer


def test_a_finalized_seed_prints_the_same_bytes_and_audit_head_either_way(seed_db, tmp_path):
    db_path, sheet_id = seed_db
    with Workspace.open(db_path) as workspace:
        printing.set_document_date(workspace, sheet_id, printing.parse_date("05/02/2024"))
        printing.finalize(workspace, sheet_id, source="cli")
        head = printing.audit_head(workspace)
    workspace_pdf, read_pdf, _, _ = _both_ways(db_path, sheet_id, tmp_path, "finalized")
    assert workspace_pdf == read_pdf
    assert printing.printed_audit_head(read_pdf) == head and head.row > 0
    with Workspace.open(db_path) as workspace:
        assert printing.verify_pdf(read_pdf, workspace).ok


def test_the_read_path_refuses_to_print_over_the_database_or_its_files(seed_db):
    db_path, sheet_id = seed_db
    with reading.open_for_reading(db_path) as view:
        for target in (db_path, db_path.with_name(db_path.name + "-wal")):
            with pytest.raises(printing.PrintError) as refused:
                printing.print_sheet(view, sheet_id, target)
            assert refused.value.kind == "output_is_database"
    assert db_path.read_bytes().startswith(printing.SQLITE_MAGIC)


def _cchc_print(db_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    program = ("import sys\nfrom cchc_desktop.cli import main\n"
               f"code = main(['--db', {str(db_path)!r}, 'print', *{list(arguments)!r}])\n"
               "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
               "print('LOADED', loaded, file=sys.stderr)\nsys.exit(code)\n")
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))


@pytest.mark.parametrize("finalized", [False, True])
def test_cchc_print_does_not_import_sqlalchemy_and_writes_the_workspace_bytes(seed_db, tmp_path, finalized):
    db_path, sheet_id = seed_db
    if finalized:
        with Workspace.open(db_path) as workspace:
            printing.finalize(workspace, sheet_id, source="cli")
    done = _cchc_print(db_path, str(sheet_id), "-o", str(tmp_path / "cli.pdf"))
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr
    with Workspace.open(db_path) as workspace:
        printing.print_sheet(workspace, sheet_id, tmp_path / "workspace.pdf")
    assert (tmp_path / "cli.pdf").read_bytes() == (tmp_path / "workspace.pdf").read_bytes()


def test_cchc_print_with_a_date_remembers_it_through_the_workspace(seed_db, tmp_path):
    db_path, sheet_id = seed_db
    done = _cchc_print(db_path, str(sheet_id), "-o", str(tmp_path / "dated.pdf"), "--date", "05/02/2024")
    assert done.returncode == 0, done.stderr
    with reading.open_for_reading(db_path) as view:
        assert view.open_sheet(sheet_id).info.document_date == "2024-02-05"


def test_cchc_print_migrates_an_older_database_first_through_the_workspace(tmp_path):
    import shutil

    from cchc_desktop import cli

    path = tmp_path / "cchc.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3", path)
    with reading.open_for_reading(path) as view:
        assert view is None  # only the Workspace migrates (after its backup)
    assert cli.main(["--db", str(path), "print", "1", "-o", str(tmp_path / "old.pdf")]) == 0
    raw, _ = printing.read_sheet_data((tmp_path / "old.pdf").read_bytes())
    assert json.loads(raw)["totals"]["appraisal"] == "79.24"
    with reading.open_for_reading(path) as view:
        assert view is not None  # migrated: the next print reads without SQLAlchemy
