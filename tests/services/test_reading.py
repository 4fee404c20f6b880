"""The read path (stdlib sqlite3) shows exactly the sheets the SQLAlchemy path stores, and keeps its checks."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from cchc_desktop import cli
from cchc_desktop.domain.numbers import format_score
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, reading, sealing
from cchc_desktop.services.document import Edit
from cchc_desktop.store.database import SCHEMA_HEAD, NewerSchemaError
from cchc_desktop.store.lock import DatabaseInUseError, DatabaseLock

RELEASE_0_1_0 = Path(__file__).resolve().parents[1] / "data" / "cchc-0.1.0.sqlite3"
HEADER = "STT\tLĨNH VỰC / TIÊU CHÍ / TIÊU CHÍ THÀNH PHẦN\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH"


def _generated_table(path: Path, count: int) -> Path:
    """``count`` criteria (at most 1,010) three levels deep; every leaf worth 1,00."""
    codes: list[str] = []
    for a in range(1, 11):
        codes.append(str(a))
        for b in range(1, 11):
            codes.append(f"{a}.{b}")
            for c in range(1, 10):
                codes.append(f"{a}.{b}.{c}")
    codes = codes[:count]
    children: dict[str, list[str]] = {}
    for code in codes:
        children.setdefault(code.rpartition(".")[0], []).append(code)
    maxima: dict[str, Decimal] = {}
    scores: dict[str, Decimal] = {}
    for index, code in enumerate(reversed(codes)):
        kids = children.get(code)
        maxima[code] = sum((maxima[k] for k in kids), Decimal(0)) if kids else Decimal("1.00")
        scores[code] = sum((scores[k] for k in kids), Decimal(0)) if kids else Decimal(index % 101) / 100
    lines = [HEADER] + [f"{code}\tTiêu chí thử nghiệm {code} về thủ tục hành chính\t{format_score(maxima[code])}\t"
                        f"{format_score(scores[code])}" for code in codes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _snapshot(info, framework_info, sheet) -> dict:  # noqa: ANN001
    """Everything a sheet shows: its info, its framework's, every row's maximum, entries, scores and note."""
    rows = [(node.code, node.title, node.level, node.is_leaf, node.maximum,
             sheet.entry(node.code, Column.SELF) if node.is_leaf else None,
             sheet.entry(node.code, Column.APPRAISAL) if node.is_leaf else None,
             sheet.score(node.code, Column.SELF), sheet.score(node.code, Column.APPRAISAL), sheet.note(node.code))
            for node in sheet.framework]
    return {"info": info, "framework": framework_info, "rows": rows, "rounding": sheet.rounding_places,
            "totals": [sheet.total(column) for column in Column]}


def _both_ways(path: Path, sheet_id: int) -> tuple[dict, dict]:
    with Workspace.open(path) as workspace:
        document = workspace.open_sheet(sheet_id)
        stored = (_snapshot(document.info, document.framework_info, document.sheet), document.as_dict(),
                  workspace.sheets(), workspace.frameworks())
    with reading.open_for_reading(path) as view:
        assert view is not None
        shown = view.open_sheet(sheet_id)
        read = (_snapshot(shown.info, shown.framework_info, shown.sheet), shown.as_dict(), view.sheets(),
                view.frameworks())
    return stored, read


def test_the_read_path_gives_the_seed_sheet_exactly_as_the_workspace_does(db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        document = workspace.open_sheet(sheet_id)
        document.apply([Edit("1.1", Column.SELF, Decimal("0.75")), Edit("1.2.1", Column.SELF, Decimal("0.5"))],
                       source="test")
        document.set_note("1.2.1", "Đã có báo cáo; thiếu phụ lục số 2", source="test")
        sealing.finalize(workspace, sheet_id, user="Nguyễn Thị Hoà")
    stored, read = _both_ways(db_path, sheet_id)
    assert read == stored
    assert read[1]["totals"]["appraisal"] == "79.24" and read[1]["finalized_at"]
    assert read[0]["rows"][0][0] == "1" and len(read[0]["rows"]) == 114


def test_the_read_path_gives_a_generated_1000_row_sheet_exactly_as_the_workspace_does(db_path, tmp_path):
    table = _generated_table(tmp_path / "big.txt", 1000)
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(table, unit="Huyện Thử Nghiệm", year=2024).sheet_id
        document = workspace.open_sheet(sheet_id)
        leaves = [leaf.code for leaf in document.sheet.framework.leaves()]
        document.apply([Edit(code, Column.SELF, Decimal("0.33")) for code in leaves[::7]], source="test")
        for code in leaves[::50]:
            document.set_note(code, f"Ghi chú cho {code}", source="test")
    stored, read = _both_ways(db_path, sheet_id)
    assert len(read[0]["rows"]) == 1000
    assert read == stored


def _show_json(capsys, path: Path, sheet_id: int) -> str:  # noqa: ANN001
    assert cli.main(["--db", str(path), "show", str(sheet_id), "--json"]) == 0
    return capsys.readouterr().out


def test_show_json_is_the_same_through_either_path(capsys, db_path, seed_path, monkeypatch):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    fast = _show_json(capsys, db_path, sheet_id)

    @contextmanager
    def no_read_path(path):  # noqa: ANN001, ANN202
        yield None

    monkeypatch.setattr(reading, "open_for_reading", no_read_path)
    assert _show_json(capsys, db_path, sheet_id) == fast
    assert json.loads(fast)["totals"]["appraisal"] == "79.24"


def test_cchc_show_imports_neither_sqlalchemy_nor_dataclasses(db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    program = ("import sys\nfrom cchc_desktop.cli import main\n"
               f"code = main(['--db', {str(db_path)!r}, 'show', '{sheet_id}', '--json'])\n"
               # dataclasses too: defining one costs ~1 ms, so the records on this path are NamedTuples
               "loaded = sorted(m for m in sys.modules\n"
               "                if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab', 'dataclasses'))\n"
               "print('LOADED', loaded, file=sys.stderr)\nsys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["totals"]["appraisal"] == "79.24"
    assert "LOADED []" in done.stderr


def test_an_older_database_is_migrated_by_show_before_it_is_shown(capsys, tmp_path):
    path = tmp_path / "cchc.db"
    shutil.copyfile(RELEASE_0_1_0, path)
    with reading.open_for_reading(path) as view:
        assert view is None  # only the Workspace migrates (after its backup)
    data = json.loads(_show_json(capsys, path, 1))
    assert data["totals"]["appraisal"] == "79.24"
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        connection.close()


def test_the_read_path_refuses_a_newer_database_and_one_in_use(db_path, workspace):
    workspace.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerSchemaError):
        with reading.open_for_reading(db_path):
            pass
    connection = sqlite3.connect(db_path)
    connection.execute(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'")
    connection.commit()
    connection.close()
    held = DatabaseLock.acquire(db_path)
    try:
        # Another program holding the lock: the same refusal as Workspace.open's (this process's own is shared).
        DatabaseLock._held.clear()
        with pytest.raises(DatabaseInUseError):
            with reading.open_for_reading(db_path):
                pass
    finally:
        DatabaseLock._held[held._key] = (held, 1)
        held.release()


def test_the_read_path_uses_wal_and_full_synchronous(db_path, workspace):
    workspace.close()
    with reading.open_for_reading(db_path) as view:
        assert view.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert view.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert view.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
