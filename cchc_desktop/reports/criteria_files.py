"""A decision's criteria table from a Word (.docx), Excel (.xlsx) or tab-separated text file, as rows of cell text."""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from ..domain.criteria_sets import CriteriaSet, header_columns, read_criteria
from ..domain.tables import MAX_FILE_BYTES, ImportRefused, decode_text, fold, strip_markup, text_rows

Rows = list[tuple[int, list[str]]]

MAX_ROWS = 20_000
MAX_COLUMNS = 64
# A .docx/.xlsx is a zip: refuse one that would unpack to far more than any real decision (a zip bomb).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
TEXT_SUFFIXES = (".txt", ".tsv", ".tab")
SUFFIXES = (".docx", ".xlsx", *TEXT_SUFFIXES)


def read_criteria_file(path: Path | str, *, columns: Mapping[str, int] | None = None) -> CriteriaSet:
    """The criteria set in ``path``; refusals and warnings name the line (row of the table) and the label."""
    path = Path(path)
    return read_criteria(criteria_rows(path), source=path.name, columns=columns)


def criteria_rows(path: Path | str) -> Rows:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"{path.name} cannot be read ({error.strerror or error}).", kind="unreadable") from None
    if not data.strip():
        raise ImportRefused(f"{path.name} is empty.", kind="empty_file")
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(f"{path.name} is {len(data) // (1024 * 1024)} MB; a criteria table is never that "
                            "large. Check that this is the right file.", kind="too_large")
    if suffix == ".docx":
        return docx_rows(data, name=path.name)
    if suffix == ".xlsx":
        return xlsx_rows(data, name=path.name)
    if suffix in (".doc", ".xls"):
        raise ImportRefused(f"{path.name} is in the old Office format. Open it in Word or Excel, save it as "
                            f"{'.docx' if suffix == '.doc' else '.xlsx'} and import that file.", kind="old_format")
    return text_rows(decode_text(data, name=path.name))


def _open_zip(data: bytes, name: str, kind: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRefused(f"{name} is not a readable {kind} file (it is damaged or not really a {kind}).",
                            kind="bad_file") from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_RATIO * max(len(data), 1) + 10 * 1024 * 1024:
        raise ImportRefused(f"{name} would unpack to {unpacked // (1024 * 1024)} MB; a decision's table is never "
                            "that large. Check that this is the right file.", kind="too_large")


# --- Word -----------------------------------------------------------------------------------------------
def docx_rows(data: bytes, *, name: str = "document") -> Rows:
    """Rows of the document's criteria table, counted from the first table row of the document.

    The first table with a recognisable header is the criteria table. Later tables join it when they
    repeat its header or have its number of columns (a table split in two); others (the signature block,
    another appendix) are left out. Merged cells give their text once, in their first column.
    """
    _open_zip(data, name, ".docx")
    from docx import Document  # heavy: imported only when a Word file is opened

    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds for a damaged file
        raise ImportRefused(f"{name} is not a readable Word (.docx) document ({type(error).__name__}).",
                            kind="bad_file") from None
    rows: Rows = []
    line = 0
    width: int | None = None
    header_key: tuple[str, ...] | None = None
    for table in document.tables:
        table_rows: list[list[str]] = []
        for tr in table._tbl.iterchildren(_W + "tr"):
            cells: list[str] = [""] * _int_val(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
            for tc in tr.iterchildren(_W + "tc"):
                properties = tc.find(_W + "tcPr")
                span, merged_down = 1, False
                if properties is not None:
                    span = max(_int_val(properties.find(_W + "gridSpan"), 1), 1)
                    v_merge = properties.find(_W + "vMerge")
                    merged_down = v_merge is not None and v_merge.get(_W + "val", "continue") == "continue"
                # A cell merged down repeats nothing: its text belongs to the row where the merge starts.
                cells.extend(["" if merged_down else _cell_text_of(tc)] + [""] * (span - 1))
            table_rows.append(cells[:MAX_COLUMNS])
            if len(rows) + len(table_rows) > MAX_ROWS:
                raise ImportRefused(f"{name} has more than {MAX_ROWS:,} table rows.", kind="too_large")
        if not table_rows:
            continue
        first = next((cells for cells in table_rows if any(c.strip() for c in cells)), [])
        if width is None:
            found = next((cells for cells in table_rows if header_columns(cells) is not None), None)
            if found is None:
                line += len(table_rows)
                continue  # a layout table above the appendix (the issuing body, the national motto)
            width, header_key = len(found), _key(found)
        elif not (_key(first) == header_key or len(first) == width):
            line += len(table_rows)
            continue
        for cells in table_rows:
            line += 1
            rows.append((line, cells))
    if not rows:
        if not document.tables:
            raise ImportRefused(f"{name} has no table. The criteria must be in a Word table (STT, title, "
                                "maximum).", kind="no_table")
        raise ImportRefused(f"{name} holds no criteria table: no table has a header row with a number column "
                            "(STT), a title column (TIÊU CHÍ / NỘI DUNG …) and a maximum column "
                            "(ĐIỂM CHUẨN / ĐIỂM TỐI ĐA …).", kind="no_table")
    return rows


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_OF = {_W + "t": None, _W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n",
            _W + "noBreakHyphen": "-"}


def _int_val(element, default: int) -> int:  # noqa: ANN001 - an lxml element or None
    try:
        return int(element.get(_W + "val")) if element is not None else default
    except (TypeError, ValueError):
        return default


def _cell_text_of(tc) -> str:  # noqa: ANN001 - a w:tc element
    """The cell's paragraphs joined by line breaks, as Word shows them (deleted text left out).

    Walking the XML once is ten times faster than python-docx's per-paragraph queries on a 2,000-row table.
    """
    paragraphs = []
    for paragraph in tc.iterchildren(_W + "p"):
        parts = []
        for element in paragraph.iter(*_TEXT_OF):
            replacement = _TEXT_OF[element.tag]
            parts.append(element.text or "" if replacement is None else replacement)
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(strip_markup(c)) for c in cells if c and c.strip())


# --- Excel ----------------------------------------------------------------------------------------------
def xlsx_rows(data: bytes, *, name: str = "workbook") -> Rows:
    """Rows of the active sheet (or the first visible one), every cell as text.

    Read-only and bounded: at most MAX_ROWS rows and MAX_COLUMNS columns are read. A formula whose result
    Excel did not save comes through as its text, so the import names the cell it cannot use.
    """
    _open_zip(data, name, ".xlsx")
    from openpyxl import load_workbook  # heavy: imported only when a workbook is opened

    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise ImportRefused(f"{name} is not a readable .xlsx workbook ({type(error).__name__}).",
                            kind="bad_workbook") from None
    try:
        sheet_index = _visible_sheet(values, name)
        value_sheet, formula_sheet = values.worksheets[sheet_index], formulas.worksheets[sheet_index]
        bounds = {"max_row": MAX_ROWS + 1, "max_col": MAX_COLUMNS, "values_only": True}
        rows: Rows = []
        for number, (row, formula_row) in enumerate(
                zip(value_sheet.iter_rows(**bounds), formula_sheet.iter_rows(**bounds)), start=1):
            if number > MAX_ROWS:
                raise ImportRefused(f"{name} has more than {MAX_ROWS:,} rows.", kind="too_large")
            cells = [_cell_text(value, formula, name, number, column)
                     for column, (value, formula) in enumerate(zip(row, formula_row), start=1)]
            rows.append((number, cells))
        return rows
    finally:
        values.close()
        formulas.close()


def _visible_sheet(workbook, name: str) -> int:  # noqa: ANN001 - an openpyxl Workbook
    sheets = workbook.worksheets
    active = workbook.active
    if active is not None and getattr(active, "sheet_state", "visible") == "visible":
        return sheets.index(active)
    for index, sheet in enumerate(sheets):
        if getattr(sheet, "sheet_state", "visible") == "visible":
            return index
    raise ImportRefused(f"{name} has no visible worksheet.", kind="no_table")


def _cell_text(value: object, formula: object, name: str, row: int, column: int) -> str:
    if value is None:
        return formula if isinstance(formula, str) and formula.startswith("=") else ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # repr is the shortest text that reads back as the same double: what the user typed (0.25, not 0.2499…)
        return repr(value) if value != int(value) else str(int(value))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        from openpyxl.utils import get_column_letter

        raise ImportRefused(f"{name}, cell {get_column_letter(column)}{row} holds a date ({value}): Excel turns "
                            "numbers such as 1.1 into dates. Format the column as Text, retype it and import "
                            "again.", kind="date_cell", line=row)
    return str(value)


# --- writing --------------------------------------------------------------------------------------------
XLSX_HEADER = ("STT", "TIÊU CHÍ", "ĐIỂM CHUẨN")


def criteria_workbook(*, name: str, year: int, level: str, rows: Sequence) -> bytes:  # rows: CriterionRow
    """The set as a workbook laid out like a decision's appendix, which the import reads back to the same set:
    the printed labels, titles and maxima, and each guide's lines as unnumbered rows under its criterion."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Bộ tiêu chí"
    sheet.append([name])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(XLSX_HEADER))
    sheet.append([f"Năm {year} — {level}"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(XLSX_HEADER))
    sheet.append([])
    sheet.append(list(XLSX_HEADER))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row.code, row.title, float(row.maximum)])
        current = sheet.max_row
        sheet.cell(current, 1).number_format = "@"  # a label such as 1.10 stays text, never a number or a date
        sheet.cell(current, 3).number_format = "0.00"
        if row.children:
            sheet.cell(current, 2).font = Font(bold=True)
        for line in (row.guide or "").split("\n") if row.guide else ():
            sheet.append(["", line, None])
            sheet.cell(sheet.max_row, 2).font = Font(italic=True)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 90
    sheet.column_dimensions["C"].width = 12
    for line in sheet.iter_rows(min_row=5):
        line[1].alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
