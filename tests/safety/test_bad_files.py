"""The malformed-file corpus (tests/data/bad): each file is refused with its own message, and nothing is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cchc_desktop.domain.errors import CchcError

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
TABLES = ("framework", "criterion", "unit", "sheet", "score", "audit_log")

# file → (error kind, fragments the message must contain)
EXPECTED = {
    "windows-1258.txt": ("bad_encoding", ["line 3", "not UTF-8 text", "Save it as UTF-8"]),
    "code-double-dot.txt": ("bad_code", ["line 3", "“1..2” is not a criterion code"]),
    "code-letter.txt": ("bad_code", ["line 3", "“1.a” is not a criterion code"]),
    "deep-nesting.txt": ("bad_code", ["line 18", "is not a criterion code"]),
    "maximum-zero-scored.txt": ("over_maximum", ["line 3", "0,50 is over the maximum of 0,00"]),
    "title-control-chars.txt": ("control_characters", ["line 2", "code 1", "control characters"]),
    "three-decimals.txt": ("too_many_decimals", ["line 3", "1,255", "more than 2 decimal places"]),
    "thousands.txt": ("thousands", ["line 3", "thousands separator"]),
    "over-maximum.txt": ("over_maximum", ["line 3", "2,50 is over the maximum of 2,00"]),
    "negative.txt": ("negative", ["line 3", "cannot be below 0"]),
    "duplicate-code.txt": ("duplicate_code", ["line 4", "1.1 appears twice", "line 3"]),
    "missing-parent.txt": ("missing_parent", ["line 3", "there is no row 2"]),
    "no-header.txt": ("no_header", ["line 1", "before the header row"]),
    "header-only.txt": ("no_rows", ["header-only.txt", "line 1", "no criterion rows"]),
    "empty.txt": ("empty_file", ["empty.txt is empty"]),
    "picture.txt": ("binary_file", ["picture.txt is not a text file"]),
    "formulas.xlsx": ("formula", ["row 2, column 4", "formula", "Paste values only"]),
    "merged-in-table.xlsx": ("merged_cells", ["B2:C2", "merged inside the table", "Unmerge"]),
    "truncated.xlsx": ("bad_workbook", ["truncated.xlsx is not a readable .xlsx workbook"]),
    "not-a-zip.xlsx": ("bad_workbook", ["not-a-zip.xlsx is not a readable .xlsx workbook"]),
    "utf16-no-bom.txt": ("bad_encoding", ["UTF-16", "Save it as UTF-8"]),
    "spaces-not-tabs.txt": ("one_column", ["line 2", "tabs"]),
}



def _counts(workspace):
    connection = sqlite3.connect(workspace.path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


def _refusal(workspace, path):
    before = _counts(workspace)
    with pytest.raises(CchcError) as caught:
        workspace.import_file(path, unit="Huyện Phong Thổ", year=2023)
    assert _counts(workspace) == before, "a refused import wrote something"
    return caught.value


def test_the_corpus_is_complete():
    files = {p.name for p in BAD.iterdir() if p.suffix != ".py"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_malformed_file_is_refused_with_its_message(workspace, name):
    kind, fragments = EXPECTED[name]
    error = _refusal(workspace, BAD / name)
    assert error.kind == kind, str(error)
    for fragment in fragments:
        assert fragment in str(error)


def test_a_row_with_spaces_instead_of_tabs_is_not_dropped(workspace, seed_path, tmp_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("1.2.1\t"))
    lines[at] = lines[at].replace("\t", "    ")
    damaged = tmp_path / "phong-tho-spaces.txt"
    damaged.write_text("\n".join(lines), encoding="utf-8")
    error = _refusal(workspace, damaged)
    assert f"line {at + 1}" in str(error)


def test_a_huge_file_is_refused_as_too_large(workspace, tmp_path):
    rows = ["STT\tTIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH"]
    for area in range(1, 251):
        rows.append(f"{area}\tLĩnh vực {area}\t100\t")
        rows.extend(f"{area}.{item}\tTiêu chí {area}.{item}\t1\t0,5" for item in range(1, 101))
    huge = tmp_path / "huge.txt"
    huge.write_text("\n".join(rows), encoding="utf-8")
    error = _refusal(workspace, huge)
    assert error.kind == "too_large"
