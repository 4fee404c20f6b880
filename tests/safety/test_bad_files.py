"""The malformed-file corpus (tests/data/bad): each file is refused with its own message, and nothing is stored."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column

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
    # Hostile files (issue 17): hidden values, bombs, and text too long to be a title.
    "far-cell.xlsx": ("too_large", ["cell XFD1048576 holds a value", "10,000 rows and 64 columns"]),
    "hidden-row.xlsx": ("hidden_row", ["row 3 is hidden in Excel", "Unhide it or delete it"]),
    "hidden-column.xlsx": ("hidden_column", ["column D is hidden in Excel", "Unhide it or delete it"]),
    "xml-entities.xlsx": ("bad_workbook", ["declares XML entities"]),
    "title-too-long.txt": ("title_too_long", ["line 3, code 1.1", "at most 2,000"]),
    "direction-override.txt": ("direction_override", ["line 3, code 1.1", "direction-override"]),
    "line-too-long.txt": ("line_too_long", ["line 3, code 1.1", "at most 20,000"]),
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


def test_a_hidden_sheet_is_named_and_the_sheet_excel_shows_is_imported(workspace, seed_path, tmp_path):
    from openpyxl import Workbook

    rows = [line.split("\t") for line in seed_path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    book = Workbook()
    forged = book.active
    forged.title = "Điểm tối đa"
    for row in rows:  # every score at its maximum
        forged.append(row if not row[0][:1].isdigit() else [row[0], row[1], row[2], row[2]])
    forged.sheet_state = "hidden"
    shown = book.create_sheet("Phong Thổ 2023")
    for row in rows:
        shown.append(row)
    book.active = 1
    path = tmp_path / "phong-tho.xlsx"
    book.save(path)
    outcome = workspace.import_file(path, unit="Huyện Phong Thổ", year=2023)
    assert workspace.open_sheet(outcome.sheet_id).sheet.total(Column.APPRAISAL) == Decimal("79.24")
    assert [w.hidden_sheets for w in outcome.warnings] == [("Điểm tối đa",)]


def test_an_oversized_file_is_refused_without_being_read_whole(workspace, tmp_path):
    big = tmp_path / "big.xlsx"
    with big.open("wb") as stream:
        stream.write(b"PK\x03\x04")
        stream.truncate(30 * 1024 * 1024)  # sparse: 30 MB on paper, nothing on disk
    error = _refusal(workspace, big)
    assert error.kind == "too_large" and "over 20 MB" in str(error)
