"""Random damage to the real Phong Thổ file: every import either succeeds whole or is refused, naming a line."""

from __future__ import annotations

import itertools
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace

ROOT = Path(__file__).resolve().parents[2]
_SHARED = ROOT.parent / "shared" / "seed" / "000_af3bdc7e3d446662.txt"
SEED = (_SHARED if _SHARED.exists() else ROOT / "resources" / "demo" / "phong-tho-2023.txt").read_bytes()
LINES = SEED.split(b"\n")

# Refusals about the file as a whole, where no single line is to blame.
WHOLE_FILE_KINDS = {"no_table", "empty_file", "binary_file", "empty_framework"}
TABLES = ("framework", "criterion", "unit", "sheet", "score", "audit_log")

cell_text = st.one_of(st.sampled_from(["", "0", "9,28", "9.28", "1.000", "-1", "abc", "1..2", "1.a", "99999",
                                       "0,001", "Tổng điểm", "STT", "\x07", "1e3", "٣"]),
                      st.text(max_size=8))


@st.composite
def damaged(draw) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["drop", "duplicate", "swap", "cell", "bytes", "truncate", "untab"]))
        at = draw(st.integers(0, len(lines) - 1))
        if kind == "drop":
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "cell":
            cells = lines[at].split(b"\t")
            cells[draw(st.integers(0, len(cells) - 1))] = draw(cell_text).encode("utf-8")
            lines[at] = b"\t".join(cells)
        elif kind == "bytes":
            position = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:position] + draw(st.binary(min_size=1, max_size=4)) + lines[at][position:]
        elif kind == "truncate":
            lines = lines[:at]
        else:
            lines[at] = lines[at].replace(b"\t", b"    ")
        if not lines:
            break
    return b"\n".join(lines)


@pytest.fixture(scope="module")
def fuzz_workspace(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("fuzz") / "cchc.db")
    yield workspace
    workspace.close()


def _counts(workspace):
    connection = sqlite3.connect(workspace.path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


_units = itertools.count(1)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=damaged())
def test_a_damaged_file_imports_whole_or_is_refused_naming_the_line(fuzz_workspace, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("in") / "bang-diem.txt"
    path.write_bytes(data)
    before = _counts(fuzz_workspace)
    unit = f"Huyện thử {next(_units)}"
    try:
        outcome = fuzz_workspace.import_file(path, unit=unit, year=2023)
    except CchcError as error:
        message = str(error)
        assert message
        # Damaged UTF-16 cannot be split into lines, so it is a whole-file refusal too.
        whole_file = error.kind in WHOLE_FILE_KINDS or (error.kind == "bad_encoding" and "UTF-16" in message)
        assert whole_file or "line " in message, f"{error.kind}: {message}"
        assert _counts(fuzz_workspace) == before, "a refused import wrote something"
        return
    # Accepted: what is stored is exactly what the file's table says.
    table = fuzz_workspace.read_table_file(path)
    stored = fuzz_workspace.open_sheet(outcome.sheet_id).sheet
    for node in table.framework:
        for column in table.columns:
            assert stored.entry(node.code, column) == table.sheet.entry(node.code, column)
        assert stored.note(node.code) == table.sheet.note(node.code)


def test_a_text_table_that_happens_to_start_with_pk_is_read_as_text(fuzz_workspace, seed_text, tmp_path):
    # Found by the fuzzer: "PK" inserted at the start sent a .txt file to the workbook reader.
    path = tmp_path / "bang-diem.txt"
    path.write_bytes(b"PK\n\n" + seed_text.encode("utf-8"))
    outcome = fuzz_workspace.import_file(path, unit="Huyện thử PK", year=2023)
    assert fuzz_workspace.open_sheet(outcome.sheet_id).sheet.total(Column.APPRAISAL) == Decimal("79.24")
