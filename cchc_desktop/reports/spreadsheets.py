"""Score tables in .xlsx workbooks: rows for the importer, read in bounded time and memory."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from xml.parsers import expat

from ..domain.errors import CchcError
from ..domain.kinds import Kind
from ..domain.tables import ImportRefused, ImportWarning
from ..domain.text_limits import MAX_COLUMNS, MAX_ROWS
from .zip_limits import ZipLimits, zip_bomb_problem

# An .xlsx is a zip of XML parts; a score table's workbook has about a dozen parts of a few kB to a few MB.
# Everything openpyxl keeps whole in memory (shared strings, styles) is bounded by these before it is read.
MAX_MEMBERS = 1_000
# 10,000 rows with titles written inline take 4 MB; a part of 5 MB is read in about 2 s.
MAX_MEMBER_BYTES = 5 * 1024 * 1024  # one part, uncompressed
MAX_TOTAL_BYTES = 20 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for parts over RATIO_FLOOR; Excel's XML packs 5–20 times
RATIO_FLOOR = 1024 * 1024
LIMITS = ZipLimits(MAX_MEMBERS, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, MAX_RATIO, RATIO_FLOOR)
_PROLOGUE_BYTES = 4096  # a DOCTYPE can only come before the root element

_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]+)$")


@dataclass
class WorkbookRows:
    """The rows of the sheet that is imported, and what the user should know about the rest of the workbook."""

    sheet: str
    rows: list[tuple[int, list[str]]]
    hidden_sheets: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        return iter(self.rows)

    @property
    def warnings(self) -> list[ImportWarning]:
        if not self.hidden_sheets:
            return []
        return [ImportWarning(None, None, "hidden_sheets", None, None, sheet=self.sheet,
                              hidden_sheets=tuple(self.hidden_sheets))]


@dataclass
class _Layout:
    """What the sheet's XML says beyond its values, read before openpyxl sees it."""

    declared: str | None = None  # <dimension ref=...>: a claim only, never used as a bound
    last_row: int = 0  # the last row and column holding a value
    last_column: int = 0
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    first_hidden_value: tuple[str, int, int] | None = None  # ("row" | "column", row, column)


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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


def _too_large(name: str, what: str, limit: str, **params: object) -> ImportRefused:
    return ImportRefused(f"{name} is not a score table: {what} (the limit is {limit}). "
                         "Check that this is the right file.", kind=Kind.TOO_LARGE, what=what, limit=limit, **params)


def _check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip bomb from its directory alone, before a byte of it is inflated."""
    problem = zip_bomb_problem(archive, LIMITS, whole="the workbook", part="part")
    if problem is not None:
        raise _too_large(name, *problem)
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")):
            try:
                with archive.open(member) as stream:
                    prologue = stream.read(_PROLOGUE_BYTES)
            except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as error:
                raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).",
                                    kind="bad_workbook") from None
            # Excel never writes a DTD; one in a workbook can only be there to expand entities.
            if b"<!DOCTYPE" in prologue or b"<!ENTITY" in prologue:
                raise ImportRefused(f"{name} is not a readable .xlsx workbook (its part {member.filename} "
                                    "declares XML entities).", kind="bad_workbook")


def _is_zero(size: str | None) -> bool:
    try:
        return size is not None and float(size) == 0
    except ValueError:
        return False


def _scan_sheet(archive: zipfile.ZipFile, path: str, name: str) -> _Layout:
    """Stream the sheet's XML once for its real extent, hidden rows and columns, and merged cells.

    openpyxl's read-only mode takes the sheet's size from <dimension>, which a file can set to A1:XFD1048576
    with one cell in it, and pads every row to that size; so the bounds come from the cells that hold values.
    expat with a start handler only: no tree is built, and a 10 MB sheet is read in about a second.
    """
    layout = _Layout()
    state = {"row": 0, "column": 0, "hidden": False}

    def start(tag: str, attributes: dict[str, str]) -> None:
        tag = tag.rsplit(":", 1)[-1]
        if tag == "c":
            # Like openpyxl: the row comes from <row>, the column from the cell (or the one before + 1).
            match = _CELL_REF.match(attributes.get("r", ""))
            state["column"] = column_number(match.group(1)) if match else state["column"] + 1
        elif tag in ("v", "f", "is"):
            _note_value(layout, name, state["row"], state["column"], state["hidden"])
        elif tag == "row":
            reference = attributes.get("r")
            state["row"] = int(reference) if reference else state["row"] + 1
            state["column"] = 0
            # A row of height 0 is as hidden as one marked hidden.
            state["hidden"] = attributes.get("hidden") in ("1", "true") or _is_zero(attributes.get("ht"))
        elif tag == "col":
            if attributes.get("hidden") in ("1", "true") or _is_zero(attributes.get("width")):
                layout.hidden_columns.append((int(attributes.get("min", "0")), int(attributes.get("max", "0"))))
        elif tag == "mergeCell" and attributes.get("ref"):
            layout.merged.append(attributes["ref"])
            if len(layout.merged) > MAX_ROWS:
                raise _too_large(name, f"the sheet has more than {MAX_ROWS:,} merged ranges", f"{MAX_ROWS:,}")
        elif tag == "dimension":
            layout.declared = attributes.get("ref")

    def no_entities(*_: object) -> None:
        raise ImportRefused(f"{name} is not a readable .xlsx workbook (its sheet declares XML entities).",
                            kind="bad_workbook")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EntityDeclHandler = no_entities
    parser.StartDoctypeDeclHandler = no_entities
    parser.buffer_text = True
    try:
        with archive.open(path) as stream:
            while chunk := stream.read(1024 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (expat.ExpatError, ValueError, zipfile.BadZipFile, OSError) as error:
        raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).", kind="bad_workbook") from None
    return layout


def _note_value(layout: _Layout, name: str, row: int, column: int, row_hidden: bool) -> None:
    if row > MAX_ROWS or column > MAX_COLUMNS:
        raise _too_large(name, f"cell {column_letters(column)}{row} holds a value",
                         f"{MAX_ROWS:,} rows and {MAX_COLUMNS} columns, A to {column_letters(MAX_COLUMNS)}",
                         cell=f"{column_letters(column)}{row}", max_row=MAX_ROWS, last_column=column_letters(MAX_COLUMNS))
    layout.last_row = max(layout.last_row, row)
    layout.last_column = max(layout.last_column, column)
    if layout.first_hidden_value is None:
        if row_hidden:
            layout.first_hidden_value = ("row", row, column)
        elif any(low <= column <= high for low, high in layout.hidden_columns):
            layout.first_hidden_value = ("column", row, column)


def _choose_sheet(workbook, name: str):
    """The sheet Excel shows on opening: the active one if it is a visible worksheet, else the first visible."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheets = workbook._sheets  # every tab, chart sheets included, in the order activeTab counts them
    visible = [s for s in sheets if isinstance(s, ReadOnlyWorksheet) and s.sheet_state == "visible"]
    if not visible:
        raise ImportRefused(f"{name} has no visible worksheet. Unhide the sheet with the score table in Excel "
                            "and import again.", kind="no_visible_sheet")
    index = workbook._active_sheet_index
    active = sheets[index] if 0 <= index < len(sheets) else None
    chosen = active if active in visible else visible[0]
    hidden = [s.title for s in sheets if s.sheet_state != "visible"]
    return chosen, hidden


def xlsx_rows(data: bytes, *, name: str = "workbook") -> WorkbookRows:
    """Numbered rows of the sheet Excel shows, each cell as text.

    Refused: a workbook too large to be a score table, formulas, merged cells inside the table, and values
    in hidden rows or columns (a hidden score would count without anyone seeing it on screen or on paper).
    """
    from openpyxl import load_workbook  # heavy: imported only when a workbook is opened

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).", kind="bad_workbook") from None
    with archive:
        _check_zip(archive, name)
        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, TypeError) as error:
            raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).", kind="bad_workbook") from None
        try:
            sheet, hidden_sheets = _choose_sheet(workbook, name)
            layout = _scan_sheet(archive, sheet._worksheet_path, name)
            if layout.first_hidden_value is not None:
                what, row, column = layout.first_hidden_value
                if what == "row":
                    raise ImportRefused(f"{name}: row {row} is hidden in Excel but holds values. Unhide it or "
                                        "delete it, and import again.", kind="hidden_row", line=row)
                letters = column_letters(column)
                raise ImportRefused(f"{name}: column {letters} is hidden in Excel but holds values (first in "
                                    f"row {row}). Unhide it or delete it, and import again.", kind="hidden_column",
                                    line=row, cells=letters)
            rows: list[tuple[int, list[str]]] = []
            if layout.last_row:
                values = sheet.iter_rows(min_row=1, max_row=layout.last_row, min_col=1,
                                         max_col=layout.last_column, values_only=True)
                for number, row in enumerate(values, start=1):
                    cells = [_cell_text(value, f"{name}, row {number}, column {index + 1}", number, index + 1)
                             for index, value in enumerate(row)]
                    while cells and not cells[-1]:
                        cells.pop()
                    rows.append((number, cells))
        except CchcError:
            raise
        # lxml's and ElementTree's parse errors are both SyntaxErrors.
        except (zipfile.BadZipFile, KeyError, OSError, SyntaxError, ValueError, TypeError, IndexError) as error:
            raise ImportRefused(f"{name} is not a readable .xlsx workbook ({error}).", kind="bad_workbook") from None
        finally:
            workbook.close()
    if layout.merged:
        # Merged cells inside the table make columns ambiguous; above the header they are just a title.
        header_row = next((n for n, cells in rows if cells and cells[0].strip().upper() == "STT"), None)
        for text in layout.merged:
            top = int("".join(ch for ch in text.split(":")[0] if ch.isdigit()) or 0)
            if header_row is not None and top >= header_row:
                raise ImportRefused(f"{name}: cells {text} are merged inside the table. Unmerge them and import again.",
                                    kind="merged_cells", cells=text)
    return WorkbookRows(sheet.title, rows, hidden_sheets)
