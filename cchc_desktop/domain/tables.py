"""Reading score tables (STT, title, maximum, scores, note) from text or spreadsheet rows into a sheet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple

from .criteria import CriterionSpec, Framework, clean_text, is_valid_code
from .errors import CchcError, FrameworkError, ImportRefused
from .letters import strip_marks
from .numbers import format_score, parse_score
from .scoring import Column, ScoreSheet, validate_score
from .text_limits import (MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_ROWS, MAX_TEXT_LINES,
                          MAX_NOTE_CHARS, MAX_TITLE_CHARS, drop_invisible, has_reordering)


class ImportWarning(NamedTuple):
    line: int | None
    code: str | None
    column: str  # "max", "self", "appraisal", or "hidden_sheets" for a workbook's sheets that were not read
    file_value: Decimal | None
    computed: Decimal | None
    sheet: str | None = None  # the worksheet imported, for "hidden_sheets"
    hidden_sheets: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        if self.column == "hidden_sheets":
            return (f"the workbook also has hidden sheets, which were not imported: {', '.join(self.hidden_sheets)}; "
                    f"the visible sheet “{self.sheet}” was imported.")
        where = f"line {self.line}, " if self.line is not None else ""
        what = self.code if self.code else "total"
        label = {"max": "maximum", "self": "self-assessment", "appraisal": "appraisal"}[self.column]
        kept = ("the file's maximum is kept" if self.column == "max" and self.code
                else "the sum of the parts is kept")
        return (f"{where}{what} ({label}): the file says {format_score(self.file_value, empty='nothing')} "
                f"but its parts add up to {format_score(self.computed, empty='nothing')}; {kept}.")


class ImportedTable(NamedTuple):
    framework: Framework
    sheet: ScoreSheet
    columns: tuple[Column, ...]  # the score columns the file carried
    warnings: list[ImportWarning]


# A row's fields, by what its header says. Matching is done without diacritics or case.
FIELD_CODE, FIELD_TITLE, FIELD_MAX, FIELD_SELF, FIELD_APPRAISAL, FIELD_NOTE = (
    "code", "title", "max", "self", "appraisal", "note")
_HEADER_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (FIELD_APPRAISAL, ("DIEM THAM DINH", "APPRAISAL")),
    (FIELD_SELF, ("TU DANH GIA", "TU CHAM", "SELF")),
    (FIELD_MAX, ("DIEM CHUAN", "DIEM TOI DA", "MAXIMUM")),
    (FIELD_NOTE, ("GHI CHU", "NOTE")),
    (FIELD_CODE, ("STT",)),
    (FIELD_TITLE, ("TIEU CHI", "LINH VUC", "NOI DUNG", "CRITERION", "TITLE")),
]
_TOTAL_WORDS = ("TONG DIEM", "TONG CONG", "TOTAL")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*|__")
# A criterion row whose columns were joined by spaces instead of tabs: "1.2.1   Title   0,50   0".
_CODE_THEN_SPACE = re.compile(r"([0-9]{1,4}(?:\.[0-9]{1,4})*)(\s+)\S")
MAX_CRITERIA = 20_000


def fold(text: str) -> str:
    """Upper case without diacritics, for matching headers: 'Điểm thẩm định' → 'DIEM THAM DINH'."""
    return " ".join(strip_marks(text).upper().split())


def strip_markup(cell: str) -> str:
    return _MARKUP.sub("", cell).strip().strip("*").strip()


def header_fields(cells: Sequence[str]) -> dict[str, int] | None:
    """Map field → column index if ``cells`` is a header row (first cell STT), else None."""
    if not cells or fold(strip_markup(cells[0])) != "STT":
        return None
    folded = [fold(strip_markup(cell)) for cell in cells]
    mapping: dict[str, int] = {}
    for index, text in enumerate(folded):
        for name, words in _HEADER_WORDS:
            if name not in mapping and any(word in text for word in words):
                mapping[name] = index
                break
    return mapping


def read_table(rows: Iterable[tuple[int, Sequence[str]]], *, source: str = "file",
               warnings: Sequence[ImportWarning] = ()) -> ImportedTable:
    """Build a framework and a sheet from numbered rows of cells.

    Leaf scores are the truth: subtotals and totals in the file are only compared with
    the computed ones, and each difference becomes a warning. Anything that cannot be
    read as a valid sheet refuses the whole table, naming the line and the code.
    ``warnings`` (about the file itself, such as a workbook's hidden sheets) come first in the result's.
    """
    fields: dict[str, int] | None = None
    header_line = 0
    specs: list[CriterionSpec] = []
    values: list[tuple[int, str, str, str | None]] = []  # line, code, field, text
    notes: dict[str, str] = {}
    file_totals: dict[str, tuple[int, str]] = {}
    seen_codes: dict[str, int] = {}

    for line, raw_cells in rows:
        cells = [drop_invisible(unicodedata.normalize("NFC", cell if cell is not None else "")) for cell in raw_cells]
        _check_cell_lengths(cells, line)
        if not any(cell.strip() for cell in cells):
            continue
        found = header_fields(cells)
        if found is not None:
            for needed, label in ((FIELD_TITLE, "criterion title"), (FIELD_MAX, "ĐIỂM CHUẨN (maximum)")):
                if needed not in found:
                    raise ImportRefused(f"line {line}: the header has no {label} column.", kind="bad_header",
                                        line=line)
            if FIELD_SELF not in found and FIELD_APPRAISAL not in found:
                raise ImportRefused(
                    f"line {line}: the header has no score column (ĐIỂM TỰ ĐÁNH GIÁ or ĐIỂM THẨM ĐỊNH).",
                    kind="bad_header", line=line)
            if fields is not None and found != fields:
                raise ImportRefused(f"line {line}: this header's columns differ from the header on line "
                                    f"{header_line}.", kind="bad_header", line=line)
            fields, header_line = found, line
            continue
        if fields is None:
            if len(cells) > 1 and is_valid_code(strip_markup(cells[0])):
                raise ImportRefused(f"line {line}: a score row comes before the header row (STT …).",
                                    kind="no_header", line=line)
            continue  # a title or a remark above the table

        if len(cells) == 1:
            code = _code_of_untabbed_row(strip_markup(cells[0]))
            if code:
                raise ImportRefused(f"line {line}: row {code} has only one column; columns must be separated "
                                    "by tabs (copy the table from Excel, or save it as tab-separated text).",
                                    kind="one_column", line=line, code=code)
            continue  # a remark line between or under the tables

        def cell(name: str) -> str:
            index = fields.get(name) if fields else None
            return strip_markup(cells[index]) if index is not None and index < len(cells) else ""

        code = cell(FIELD_CODE)
        if not code:
            if any(word in fold(cell(FIELD_TITLE)) for word in _TOTAL_WORDS):
                for name in (FIELD_MAX, FIELD_SELF, FIELD_APPRAISAL):
                    if cell(name):
                        file_totals[name] = (line, cell(name))
                continue
            raise ImportRefused(f"line {line}: this row has no STT code.", kind="missing_code", line=line)
        if not is_valid_code(code):
            raise ImportRefused(f"line {line}: “{code}” is not a criterion code (codes look like 1, 1.2 or 1.2.3).",
                                kind="bad_code", line=line, code=code)
        if code in seen_codes:
            raise ImportRefused(f"line {line}: code {code} appears twice (first on line {seen_codes[code]}).",
                                kind="duplicate_code", line=line, code=code)
        seen_codes[code] = line
        if len(seen_codes) > MAX_CRITERIA:
            raise ImportRefused(f"line {line}: the {source} has more than {MAX_CRITERIA:,} criteria; "
                                "a score table is never that large. Check that this is the right file.",
                                kind="too_large", line=line)
        title = clean_text(cell(FIELD_TITLE))
        if any(unicodedata.category(ch) == "Cc" for ch in title):
            raise ImportRefused(f"line {line}, code {code}: the title contains control characters.",
                                kind="control_characters", line=line, code=code)
        if len(title) > MAX_TITLE_CHARS:
            raise ImportRefused(f"line {line}, code {code}: the title has {len(title):,} characters; a criterion "
                                f"title has at most {MAX_TITLE_CHARS:,}. Shorten it and import again.",
                                kind="title_too_long", line=line, code=code, length=len(title),
                                limit=MAX_TITLE_CHARS)
        if not title:
            raise ImportRefused(f"line {line}, code {code}: the criterion has no title.", kind="missing_title",
                                line=line, code=code)
        maximum_text = cell(FIELD_MAX)
        if not maximum_text:
            raise ImportRefused(f"line {line}, code {code}: ĐIỂM CHUẨN (the maximum) is empty.",
                                kind="missing_maximum", line=line, code=code)
        maximum = _number(maximum_text, line, code, "ĐIỂM CHUẨN")
        specs.append(CriterionSpec(code, title, maximum, line))
        for name in (FIELD_SELF, FIELD_APPRAISAL):
            if name in fields:
                values.append((line, code, name, cell(name) or None))
        note = clean_text(cell(FIELD_NOTE)) if FIELD_NOTE in fields else ""
        if len(note) > MAX_NOTE_CHARS:
            raise ImportRefused(f"line {line}, code {code}: the note is {len(note):,} characters long; a note "
                                f"may have at most {MAX_NOTE_CHARS:,}.", kind="note_too_long", line=line, code=code,
                                limit=MAX_NOTE_CHARS)
        for text in (title, note):
            if has_reordering(text):
                raise ImportRefused(f"line {line}, code {code}: the text holds invisible direction-override "
                                    "characters, which make it show in another order than it is stored. "
                                    "Type it again and import again.", kind="direction_override",
                                    line=line, code=code)
        if note:
            notes[code] = note

    if fields is None:
        raise ImportRefused(f"The {source} holds no score table: no header row starting with STT was found.",
                            kind="no_table")
    if not specs:
        raise ImportRefused(f"The {source} has a header on line {header_line} but no criterion rows.",
                            kind="no_rows")
    try:
        framework = Framework(specs)
    except FrameworkError as error:
        raise ImportRefused(str(error), kind=error.kind, **error.params) from None

    sheet = ScoreSheet(framework)
    columns = tuple(column for column in Column if column.value in fields)
    stated: list[tuple[int, str, Column, Decimal | None]] = []
    for line, code, name, text in values:
        column = Column(name)
        label = "ĐIỂM THẨM ĐỊNH" if column is Column.APPRAISAL else "ĐIỂM TỰ ĐÁNH GIÁ"
        value = None if text is None else _number(text, line, code, label)
        node = framework.get(code)
        if node.is_leaf:
            if value is not None:
                try:
                    validate_score(node, value)
                except CchcError as error:
                    raise ImportRefused(f"line {line}, {error}", kind=error.kind,
                                        **{**error.params, "line": line, "code": code}) from None
                sheet.set_score(code, column, value)
        else:
            stated.append((line, code, column, value))
    for code, note in notes.items():
        sheet.set_note(code, note)

    warnings = list(warnings)
    for node, summed in framework.maxima_mismatches():
        warnings.append(ImportWarning(seen_codes[node.code], node.code, "max", node.maximum, summed))
    for line, code, column, value in stated:
        computed = sheet.score(code, column)
        if value != computed and not (value == 0 and computed is None):
            warnings.append(ImportWarning(line, code, column.value, value, computed))
    for name, (line, text) in file_totals.items():
        value = _number(text, line, "total", "Tổng điểm")
        if name == FIELD_MAX:
            computed = framework.maximum
        else:
            totals = sheet.totals(None, Column(name))
            computed = totals.value
        if value != computed:
            warnings.append(ImportWarning(line, None, name, value, computed))
    return ImportedTable(framework, sheet, columns, warnings)


def _check_cell_lengths(cells: Sequence[str], line: int) -> None:
    if len(cells) > MAX_COLUMNS and any(cell.strip() for cell in cells[MAX_COLUMNS:]):
        raise ImportRefused(f"line {line}: the row has more than {MAX_COLUMNS} columns; a score table has a few. "
                            "Check that this is the right file.", kind="too_many_columns", line=line,
                            limit=MAX_COLUMNS)
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            code = strip_markup(cells[0])[:20] if index and is_valid_code(strip_markup(cells[0])) else ""
            where = f"line {line}, code {code}" if code else f"line {line}"
            raise ImportRefused(f"{where}: column {index + 1} has {len(cell):,} characters; a cell of a score "
                                f"table has at most {MAX_CELL_CHARS:,}. Shorten it and import again.",
                                kind="cell_too_long", line=line, code=code, column=index + 1, length=len(cell),
                                limit=MAX_CELL_CHARS)


def _number(text: str, line: int, code: str, label: str) -> Decimal:
    try:
        return parse_score(text)
    except CchcError as error:
        raise ImportRefused(f"line {line}, code {code}, {label}: {error}", kind=error.kind,
                            **{**error.params, "line": line, "code": code, "column_label": label}) from None


def decode_text(data: bytes, *, name: str = "file") -> str:
    """Text of a table file: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise ImportRefused(f"{name} is empty.", kind="empty_file")
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(f"{name} is {len(data) // (1024 * 1024)} MB; a score table is never that large. "
                            "Check that this is the right file.", kind="too_large")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRefused(f"{name} claims to be UTF-16 text but is damaged.", kind="bad_encoding") from None
    if _looks_like_utf16(data[:4096]):
        raise ImportRefused(f"{name} is UTF-16 text without a byte-order mark. Save it as UTF-8 (Unicode) "
                            "and import again.", kind="bad_encoding")
    if b"\x00" in data[:8192]:
        raise ImportRefused(f"{name} is not a text file (it holds binary data). "
                            "Choose a .txt table or an .xlsx workbook.", kind="binary_file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportRefused(f"line {line}: {name} is not UTF-8 text. Save it as UTF-8 (Unicode) and import again.",
                            kind="bad_encoding", line=line) from None


def _code_of_untabbed_row(text: str) -> str | None:
    """The code of a row whose columns lost their tabs ("1.2.1   Title   0,50"), or None for a remark.

    A bare area number needs two spaces after it, so that a remark such as "2 bản" is not taken for a row.
    """
    if is_valid_code(text):
        return text
    match = _CODE_THEN_SPACE.match(text)
    if match and ("." in match.group(1) or len(match.group(2)) >= 2):
        return match.group(1)
    return None


def _looks_like_utf16(sample: bytes) -> bool:
    """Mostly-ASCII text in UTF-16 has a zero in every other byte; binary files do not."""
    if len(sample) < 8 or b"\x00" not in sample:
        return False
    pairs = len(sample) // 2
    return any(sum(1 for i in range(start, 2 * pairs, 2) if sample[i] == 0) > 0.4 * pairs for start in (0, 1))


_LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")  # str.splitlines'


def text_rows(text: str, *, name: str = "file") -> list[tuple[int, list[str]]]:
    """Numbered tab-separated rows of a text table; CRLF, LF and CR all end a line.

    Bounded like a workbook: at most MAX_ROWS non-blank lines of at most MAX_LINE_CHARS characters.
    """
    # Counted before splitting, which would make millions of strings out of a file of line breaks.
    breaks = sum(text.count(separator) for separator in _LINE_BREAKS) - text.count("\r\n")
    if breaks > MAX_TEXT_LINES:
        raise ImportRefused(f"{name} has {breaks:,} lines; a score table is never that large. "
                            "Check that this is the right file.", kind="too_large", limit=MAX_TEXT_LINES)
    rows = []
    filled = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            first = strip_markup(line[:40].split("\t", 1)[0])
            code = first if "\t" in line[:40] and is_valid_code(first) else ""
            where = f"line {number}, code {code}" if code else f"line {number}"
            raise ImportRefused(f"{where}: the line has {len(line):,} characters; a line of a score table has at "
                                f"most {MAX_LINE_CHARS:,}. Shorten its text and import again.",
                                kind="line_too_long", line=number, code=code, length=len(line),
                                limit=MAX_LINE_CHARS)
        if line.strip():
            filled += 1
            if filled > MAX_ROWS:
                raise ImportRefused(f"{name} has more than {MAX_ROWS:,} lines; a score table is never that large. "
                                    "Check that this is the right file.", kind="too_large", limit=MAX_ROWS)
        rows.append((number, line.split("\t")))
    return rows
