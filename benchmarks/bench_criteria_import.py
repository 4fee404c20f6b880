"""Importing a decision's 2,000-row Word table as a criteria set: reading the .docx, inferring the tree, saving it."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docx import Document

from cchc_desktop.reports.criteria_files import docx_rows, read_criteria_file
from cchc_desktop.services import Workspace
from cchc_desktop.services import frameworks as sets
from timing import percentile  # run as a script, the benchmarks folder is on sys.path

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
LETTERS = "abcdđeghiklmn"


def appendix_rows(target: int) -> list[list[str]]:
    """Rows the way decisions print them: Roman areas, Arabic criteria, dotted parts, lettered sub-parts, rules."""
    rows = [["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Ghi chú"]]
    area = 0
    per_area = 1 + 5 * (1 + 3 * (1 + 2 * 4))
    while len(rows) + per_area + 2 <= target:
        area_row = len(rows)
        rows.append([ROMAN[area % len(ROMAN)], f"LĨNH VỰC {area + 1}: CẢI CÁCH HÀNH CHÍNH", "", "", ""])
        area_total = 0
        for criterion in range(1, 6):
            criterion_row = len(rows)
            rows.append([str(criterion), f"Tiêu chí {criterion} của lĩnh vực {area + 1}", "", "", ""])
            for part in range(1, 4):
                rows.append([f"{criterion}.{part}", f"Tiêu chí thành phần {criterion}.{part}: thực hiện đúng hạn",
                             "2", "", ""])
                for letter in LETTERS[:4]:
                    rows.append([f"{letter})", f"Nội dung {letter}) đạt yêu cầu theo quy định", "0,5", "", ""])
                    rows.append(["", "Hoàn thành 100%: 0,5 điểm; dưới 100%: 0 điểm", "", "", ""])
            rows[criterion_row][2] = "6"
            area_total += 6
        rows[area_row][2] = str(area_total)
        area += 1
    # the last area: plain criteria, so that the table has exactly ``target`` rows and every sum agrees
    last = target - len(rows) - 1
    rows.append([ROMAN[area % len(ROMAN)], "LĨNH VỰC CUỐI: TÁC ĐỘNG CỦA CẢI CÁCH", str(last), "", ""])
    rows.extend([str(n), f"Tiêu chí tác động {n}", "1", "", ""] for n in range(1, last + 1))
    return rows


def write_docx(path: Path, rows: list[list[str]]) -> None:
    document = Document()
    document.add_paragraph("Phụ lục: Bộ chỉ số cải cách hành chính")
    table = document.add_table(rows=len(rows), cols=5)
    for tr_cells, cells in zip(table.rows, rows):
        for cell, text in zip(tr_cells.cells, cells):
            cell.text = text
    document.save(path)


def line(label: str, seconds: list[float]) -> str:
    return (f"{label}: median {statistics.median(seconds) * 1000:.1f} ms, p99 "
            f"{percentile(seconds, 0.99) * 1000:.1f} ms ({len(seconds)} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "phu-luc.docx"
    rows = appendix_rows(args.rows)
    started = time.perf_counter()
    write_docx(path, rows)
    print(f"built a {len(rows)}-row Word table ({path.stat().st_size // 1024} KB) in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)

    data = path.read_bytes()
    reading, parsing, importing = [], [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        docx_rows(data, name=path.name)
        reading.append(time.perf_counter() - started)
        started = time.perf_counter()
        criteria = read_criteria_file(path)
        parsing.append(time.perf_counter() - started)
    with Workspace.open(folder / "bench.db") as workspace:
        for run in range(args.runs):
            started = time.perf_counter()
            sets.import_set(workspace, path, name=f"Bộ {run}", year=2025, level="commune")
            importing.append(time.perf_counter() - started)
    print(f"{len(criteria.rows)} criteria, {len(criteria.leaves())} leaves, "
          f"{sum(1 for r in criteria.rows if r.guide)} with guide text, {len(criteria.warnings)} warnings")
    print(line("read the .docx table (rows of text)", reading))
    print(line("read the .docx into a criteria set", parsing))
    print(line("import into the database (read, check, save)", importing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
