"""Score tables in .xlsx workbooks: rows for the importer, and a workbook written from a sheet."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from decimal import Decimal

from ..domain.tables import ImportRefused

MAX_ROWS = 20_000


def _cell_text(value: object, where: str, row: int, column: int) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ImportRefused(f"{where}: a TRUE/FALSE value is not a score or a title.", kind="bad_cell", line=row,
                             column=column)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel keeps numbers as binary doubles; repr gives the shortest text that reads back as the same
        # double, which is exactly what the user typed (9.28, not 9.2799999…). The parser then makes it Decimal.
        return repr(value) if value != int(value) else str(int(value))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str):
        if value.startswith("="):
            raise ImportRefused(f"{where} holds a formula ({value[:40]}). Paste values only and import again.",
                                kind="formula", line=row, column=column)
        return value
    raise ImportRefused(f"{where} holds a {type(value).__name__}, not text or a number.", kind="bad_cell",
                        line=row, column=column)


def xlsx_rows(data: bytes, *, name: str = "workbook") -> Iterator[tuple[int, Sequence[str]]]:
    """Numbered rows of the first worksheet, each cell as text. Formulas and merged titles are refused."""
    from openpyxl import load_workbook  # heavy: imported only when a workbook is opened

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).", kind="bad_workbook") from None
    sheet = workbook.worksheets[0]
    merged = [str(r) for r in sheet.merged_cells.ranges]
    rows = []
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS:
            raise ImportRefused(f"{name} has more than {MAX_ROWS} rows.", kind="too_large")
        cells = [_cell_text(value, f"{name}, row {number}, column {index + 1}", number, index + 1)
                 for index, value in enumerate(row)]
        while cells and not cells[-1]:
            cells.pop()
        rows.append((number, cells))
    if merged:
        # Merged cells inside the table make columns ambiguous; above the header they are just a title.
        header_row = next((n for n, cells in rows if cells and cells[0].strip().upper() == "STT"), None)
        for text in merged:
            top = int("".join(ch for ch in text.split(":")[0] if ch.isdigit()))
            if header_row is not None and top >= header_row:
                raise ImportRefused(f"{name}: cells {text} are merged inside the table. Unmerge them and import again.",
                                    kind="merged_cells", cells=text)
    return iter(rows)
