"""Hostile .xlsx workbooks (zip and XML bombs) and a child process that imports one and reports its cost."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "demo" / "phong-tho-2023.txt"
_LETTERS = [chr(65 + n) for n in range(26)] + [f"A{chr(65 + n)}" for n in range(26)]


def seed_rows() -> list[list[str]]:
    """The 2023 sheet's table rows (title lines above it dropped), as cells."""
    return [line.split("\t") for line in SEED.read_text(encoding="utf-8").splitlines() if "\t" in line]


def workbook(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewrite_member(data: bytes, member: str, change) -> bytes:
    """The workbook ``data`` with one part's text passed through ``change``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == member:
                body = change(body.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, body)
    return buffer.getvalue()


def dimension_bomb() -> bytes:
    """The real 2023 sheet, but its <dimension> claims every cell Excel has: A1:XFD1048576."""
    return rewrite_member(workbook(seed_rows()), "xl/worksheets/sheet1.xml",
                          lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml))


def far_cell_bomb() -> bytes:
    """A few kB: one value in the last cell Excel has, XFD1048576."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["XFD1048576"] = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def empty_rows_bomb(rows: int = 120_000) -> bytes:
    """The 2023 sheet followed by a hundred thousand empty (styled) rows, each a few bytes of XML."""
    filler = "".join(f'<row r="{n}" s="1" customFormat="1"/>' for n in range(200, 200 + rows))
    return rewrite_member(workbook(seed_rows()), "xl/worksheets/sheet1.xml",
                          lambda xml: xml.replace("</sheetData>", filler + "</sheetData>"))


def shared_strings_bomb(megabytes: int = 400, strings: bytes = b"") -> bytes:
    """A few hundred kB whose sharedStrings part unpacks to ``megabytes`` MB of one repeated string.

    ``strings`` (<si> elements) are added after them.
    """
    data = workbook([["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN", "ĐIỂM THẨM ĐỊNH"], ["1", "Công tác", "1", "1"]])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "[Content_Types].xml":  # so that openpyxl reads the part
                body = body.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"'
                                    b"/></Types>")
            if info.filename != "xl/sharedStrings.xml":
                target.writestr(info.filename, body)
        with target.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main">')
            # Short strings: each becomes a Python object many times its 20 bytes of XML.
            chunk = b"<si><t>AAAAAAAA</t></si>" * 1000
            for _ in range(megabytes * 1024 * 1024 // len(chunk)):
                part.write(chunk)
            part.write(strings)
            part.write(b"</sst>")
    return buffer.getvalue()


def largest_table() -> bytes:
    """Not a bomb: the largest table the limits let through, 10,000 rows of 6 columns."""
    rows: list[list[object]] = [["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN", "ĐIỂM TỰ ĐÁNH GIÁ", "ĐIỂM THẨM ĐỊNH", "GHI CHÚ"]]
    for area in range(1, 101):
        rows.append([str(area), f"Lĩnh vực {area}", 99, None, None, None])
        rows.extend([f"{area}.{item}", f"Tiêu chí {area}.{item}: " + "nội dung đánh giá", 1, 1, 0.5,
                     f"Ghi chú {area}.{item}"] for item in range(1, 99))
    return workbook(rows)


def dense_sheet_bomb() -> bytes:
    """Just under every limit: a 5 MB sheet part of about 120,000 numbers within A1:AN10000."""
    def fill(xml: str) -> str:
        rows = []
        for row in range(200, 10_000):
            cells = "".join(f'<c r="{column}{row}"><v>{row}</v></c>' for column in _LETTERS[:40])
            rows.append(f'<row r="{row}">{cells}</row>')
            if sum(map(len, rows)) > 5_100_000:
                break
        return xml.replace("</sheetData>", "".join(rows) + "</sheetData>")

    return rewrite_member(workbook(seed_rows()), "xl/worksheets/sheet1.xml", fill)


def distinct_strings_bomb() -> bytes:
    """Just under every limit: 5 MB of short distinct shared strings, which openpyxl keeps in memory."""
    strings = "".join(f"<si><t>{n:x}</t></si>" for n in range(240_000))
    return shared_strings_bomb(0, strings.encode())


def many_members_bomb(members: int = 5_000) -> bytes:
    """The 2023 sheet with thousands of extra parts in its zip."""
    source = zipfile.ZipFile(io.BytesIO(workbook(seed_rows())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        for n in range(members):
            target.writestr(f"xl/media/extra{n}.xml", b"<x/>")
    return buffer.getvalue()


BOMBS = {
    "dimension A1:XFD1048576": dimension_bomb,
    "one value in XFD1048576": far_cell_bomb,
    "120,000 empty rows": empty_rows_bomb,
    "400 MB sharedStrings": shared_strings_bomb,
    "5,000 zip members": many_members_bomb,
    "5 MB sheet, 120,000 values": dense_sheet_bomb,
    "5 MB distinct sharedStrings": distinct_strings_bomb,
    "largest table (9,900 rows)": largest_table,
}

# Run in a fresh interpreter so that its peak resident size is the import's, not the test runner's.
_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.tables import read_table
from cchc_desktop.domain.scoring import Column
from cchc_desktop.reports.spreadsheets import xlsx_rows
import openpyxl

def peak_mb():
    # VmHWM is this program's own peak; ru_maxrss also counts the parent's size at fork, which exec keeps.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

baseline = peak_mb()
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
try:
    book = xlsx_rows(data, name="bomb.xlsx")
    table = read_table(book, source="bomb.xlsx", warnings=book.warnings)
    total = table.sheet.total(Column.APPRAISAL)
    outcome = {"imported": str(total)}
except CchcError as error:
    outcome = {"refused": error.kind, "message": str(error)}
outcome["seconds"] = time.perf_counter() - start
outcome["baseline_mb"] = baseline
outcome["peak_mb"] = peak_mb()
print(json.dumps(outcome))
"""


def import_in_child(path: Path) -> dict:
    """Import ``path`` in a child interpreter: its outcome, seconds, and the child's peak RSS in MB.

    The child reports its own peak (VmHWM where there is /proc): RUSAGE_CHILDREN in the parent would mix in
    every other child of the test runner, and on Linux a child's ru_maxrss starts at its parent's size.
    """
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(ROOT)], capture_output=True, text=True,
                          timeout=120, check=False)
    if done.returncode != 0:
        raise AssertionError(done.stderr[-2000:])
    return json.loads(done.stdout)
