"""Regenerate the malformed-file corpus from the Phong Thổ seed: python tests/data/bad/make_bad_files.py."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = ROOT / "resources" / "demo" / "phong-tho-2023.txt"
HEADER = "STT\tLĨNH VỰC / TIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH"
XLSX_HEADER = ["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN", "ĐIỂM THẨM ĐỊNH"]


def table(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


def workbook(rows: list[list[object]], merge: str | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def hostile_workbook(rows: list[list[object]], change) -> bytes:
    """A workbook whose sheet openpyxl's ``change(sheet)`` hides something in, or bloats."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    change(book.active)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_entities(data: bytes) -> bytes:
    """The workbook with an XML entity declaration put into its sheet (the start of a billion-laughs bomb)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet', 1)
            target.writestr(info.filename, body)
    return buffer.getvalue()


def seed_rows() -> list[list[object]]:
    rows = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 1:
            rows.append(cells)
    return rows


def main() -> None:
    seed = SEED.read_text(encoding="utf-8")
    files: dict[str, bytes] = {
        # Excel's "Unicode text" carries a BOM and is accepted; without one the bytes are unreadable.
        "utf16-no-bom.txt": seed.encode("utf-16-le"),
        # Windows-1258 writes Vietnamese with combining marks in single bytes: not UTF-8.
        "windows-1258.txt": unicodedata.normalize("NFD", seed).encode("cp1258", errors="replace"),
        "code-double-dot.txt": table("1\tCông tác chỉ đạo\t2\t", "1..2\tKế hoạch\t2\t1"),
        "code-letter.txt": table("1\tCông tác chỉ đạo\t2\t", "1.a\tKế hoạch\t2\t1"),
        "deep-nesting.txt": table(*[f"{'.'.join(['1'] * depth)}\tMức {depth}\t1\t" for depth in range(1, 18)]),
        "maximum-zero-scored.txt": table("1\tCông tác chỉ đạo\t0\t", "1.1\tKế hoạch\t0\t0,5"),
        "title-control-chars.txt": table("1\tCông tác\x07 chỉ đạo\t2\t", "1.1\tKế hoạch\t2\t1"),
        "three-decimals.txt": table("1\tCông tác chỉ đạo\t2\t", "1.1\tKế hoạch\t2\t1,255"),
        "thousands.txt": table("1\tCông tác chỉ đạo\t2000\t", "1.1\tKế hoạch\t1.000,00\t1"),
        "over-maximum.txt": table("1\tCông tác chỉ đạo\t2\t", "1.1\tKế hoạch\t2\t2,5"),
        "negative.txt": table("1\tCông tác chỉ đạo\t2\t", "1.1\tKế hoạch\t2\t-1"),
        "duplicate-code.txt": table("1\tCông tác chỉ đạo\t2\t", "1.1\tKế hoạch\t1\t1", "1.1\tBáo cáo\t1\t1"),
        "missing-parent.txt": table("1\tCông tác chỉ đạo\t2\t", "2.1\tKế hoạch\t2\t1"),
        "no-header.txt": "1\tCông tác chỉ đạo\t2\t1\n".encode("utf-8"),
        "header-only.txt": table(),
        "spaces-not-tabs.txt": table("1    Công tác chỉ đạo    2    1"),
        "empty.txt": b"",
        "picture.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "formulas.xlsx": workbook([XLSX_HEADER, [1, "Công tác", 2, "=SUM(D3:D3)"], ["1.1", "Kế hoạch", 2, 1]]),
        "merged-in-table.xlsx": workbook([XLSX_HEADER, [1, "Công tác", 2, None], ["1.1", "Kế hoạch", 2, 1]],
                                         merge="B2:C2"),
    }
    small = [XLSX_HEADER, [1, "Công tác", 2, None], ["1.1", "Kế hoạch", 2, 1]]
    files["far-cell.xlsx"] = hostile_workbook([], lambda sheet: sheet.cell(row=1048576, column=16384, value=1))
    files["hidden-row.xlsx"] = hostile_workbook(small, lambda sheet: setattr(sheet.row_dimensions[3], "hidden", True))
    files["hidden-column.xlsx"] = hostile_workbook(
        small, lambda sheet: setattr(sheet.column_dimensions["D"], "hidden", True))
    files["xml-entities.xlsx"] = with_entities(workbook(small))
    files["title-too-long.txt"] = table("1\tCông tác chỉ đạo\t2\t", "1.1\t" + "Kế hoạch " * 300 + "\t2\t1")
    files["direction-override.txt"] = table("1\tCông tác chỉ đạo\t2\t", "1.1\tKế hoạch \u202e1,00\t2\t1")
    files["line-too-long.txt"] = table("1\tCông tác chỉ đạo\t2\t", "1.1\t" + "x" * 30_000 + "\t2\t1")
    good = workbook(seed_rows())
    files["truncated.xlsx"] = good[: len(good) // 2]
    files["not-a-zip.xlsx"] = b"PK\x03\x04" + b"\x00" * 200
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    # The workbook that truncated.xlsx was cut from must itself be readable, or the case proves nothing.
    zipfile.ZipFile(io.BytesIO(good)).testzip()


if __name__ == "__main__":
    main()
