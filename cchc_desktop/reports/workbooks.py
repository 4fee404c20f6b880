"""Excel workbooks (openpyxl) a user can keep working in: one score sheet with live subtotals, and a year's ranking."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.numbers import HUNDREDTH
from ..domain.ranking import RankedUnit
from ..domain.scoring import Column, ScoreSheet

# Times New Roman is what Vietnamese offices print in; LibreOffice shows it with the metric-equal Liberation Serif.
FONT_NAME = "Times New Roman"
SCORE_FORMAT = "0.00"
TITLE_CHARS = 64  # characters of an 11-point Times line in the 58-wide criterion column
LINE_HEIGHT = 14.5  # points per line of 11-point text
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class WorkbookLabels:
    """Every fixed text the workbooks carry, already in the document's language."""

    sheet_title: str = "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"
    sheet_subtitle: str = "{unit} năm {year}"
    code: str = "STT"
    criterion: str = "LĨNH VỰC / TIÊU CHÍ / TIÊU CHÍ THÀNH PHẦN"
    maximum: str = "ĐIỂM CHUẨN"
    self_assessment: str = "ĐIỂM TỰ ĐÁNH GIÁ"
    appraisal: str = "ĐIỂM THẨM ĐỊNH"
    note: str = "GHI CHÚ"
    total: str = "TỔNG ĐIỂM"
    ranking_title: str = "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"
    ranking_subtitle: str = "(theo {column})"
    rank: str = "XẾP HẠNG"
    unit: str = "ĐƠN VỊ"
    area: str = "LĨNH VỰC {code}"
    final: str = "TỔNG ĐIỂM"
    applicable: str = "ĐIỂM TỐI ĐA ÁP DỤNG"
    index: str = "CHỈ SỐ (%)"
    grade: str = "XẾP LOẠI"
    progress: str = "TIẾN ĐỘ CHẤM"
    not_scored: str = "Chưa có điểm"
    column_names: tuple[tuple[str, str], ...] = (("self", "điểm tự đánh giá"), ("appraisal", "điểm thẩm định"))

    def column_name(self, column: Column) -> str:
        return dict(self.column_names)[column.value]

    def column_heading(self, column: Column) -> str:
        return self.self_assessment if column is Column.SELF else self.appraisal


def _font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=FONT_NAME, bold=bold, italic=italic, size=size)


def _number(value: Decimal) -> Decimal:
    return value.quantize(HUNDREDTH)


def _cell(page: Worksheet, row: int, column: int, value: object):  # noqa: ANN201 - an openpyxl cell
    cell = page.cell(row=row, column=column, value=value)
    if isinstance(value, Decimal):
        # openpyxl writes numbers through float with "%.16g", which turns 0.07 into 0.07000000000000001;
        # the cell stays a number (data type "n") but its text is the Decimal's exact digits.
        cell._value = f"{value:f}"
    return cell


def _page_setup(sheet: Worksheet, *, header_row: int, landscape: bool = False) -> None:
    """A4, one page wide (as many pages tall as needed), the column headings repeated on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    # Nghị định 30's margins, in inches: left 30 mm, right 15 mm, top 20 mm, bottom 25 mm.
    sheet.page_margins.left, sheet.page_margins.right = 1.18, 0.59
    sheet.page_margins.top, sheet.page_margins.bottom = 0.79, 0.98


def _titles(sheet: Worksheet, lines: Sequence[str], width: int) -> None:
    for row, line in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.font = _font(bold=row == 1, italic=row > 1, size=14 if row == 1 else 12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.row_dimensions[row].height = 20


def _headings(sheet: Worksheet, row: int, headings: Sequence[str]) -> None:
    for column, text in enumerate(headings, start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font = _font(bold=True, size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BOX
    sheet.row_dimensions[row].height = 45


def _saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def score_sheet_workbook(sheet: ScoreSheet, *, unit: str, year: int, columns: Sequence[Column],
                         labels: WorkbookLabels = WorkbookLabels()) -> bytes:
    """The criteria tree as rows grouped by level; each parent's score is a SUM of its children's cells, so the
    workbook recomputes when a leaf is changed in it, and the total row is a SUM of the areas."""
    book = Workbook()
    page = book.active
    page.title = "Bảng điểm"
    headings = [labels.code, labels.criterion, labels.maximum, *(labels.column_heading(c) for c in columns),
                labels.note]
    width = len(headings)
    _titles(page, [labels.sheet_title, labels.sheet_subtitle.format(unit=unit, year=year)], width)
    header_row = 4
    _headings(page, header_row, headings)
    page.freeze_panes = page.cell(row=header_row + 1, column=3)
    page.sheet_properties.outlinePr.summaryBelow = False  # a parent is above its children
    rows: dict[str, int] = {}
    framework = sheet.framework
    for number, node in enumerate(framework, start=header_row + 1):
        rows[node.code] = number
    for node in framework:
        row = rows[node.code]
        bold = not node.is_leaf
        cells = [_cell(page, row, 1, node.code), _cell(page, row, 2, node.title),
                 _cell(page, row, 3, _number(node.maximum))]
        for offset, column in enumerate(columns, start=4):
            letter = get_column_letter(offset)
            if node.is_leaf:
                value = sheet.entry(node.code, column)
                cells.append(_cell(page, row, offset, None if value is None else _number(value)))
            else:
                cells.append(_cell(page, row, offset, _sum(letter, (rows[c.code] for c in node.children))))
        cells.append(_cell(page, row, width, sheet.note(node.code)))
        for cell in cells:
            cell.font = _font(bold=bold, size=11)
            cell.border = _BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True,
                                       horizontal="left" if cell.column in (2, width) else "center")
            if 3 <= cell.column < width:
                cell.number_format = SCORE_FORMAT
        page.cell(row=row, column=2).alignment = Alignment(vertical="top", wrap_text=True,
                                                           indent=min(node.level - 1, 6))
        # LibreOffice does not grow a row for wrapped text when it opens the file: give each row its lines.
        lines = max(_lines(node.title, TITLE_CHARS - 2 * (node.level - 1)), _lines(sheet.note(node.code) or "", 22))
        if lines > 1:
            page.row_dimensions[row].height = LINE_HEIGHT * lines + 2
        if node.level > 1:
            page.row_dimensions[row].outlineLevel = min(node.level - 1, 7)  # Excel allows 7 outline levels
    total_row = header_row + len(framework) + 1
    total = [_cell(page, total_row, 1, ""), _cell(page, total_row, 2, labels.total),
             _cell(page, total_row, 3, _number(framework.maximum))]
    for offset, _column in enumerate(columns, start=4):
        total.append(_cell(page, total_row, offset,
                                _sum(get_column_letter(offset), (rows[root.code] for root in framework.roots))))
    total.append(_cell(page, total_row, width, ""))
    for cell in total:
        cell.font = _font(bold=True, size=11)
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="top")
        if 3 <= cell.column < width:
            cell.number_format = SCORE_FORMAT
    for letter, size in zip("ABCDEFG", (9, 58, 10, *(12 for _ in columns), 20)):
        page.column_dimensions[letter].width = size
    _page_setup(page, header_row=header_row)
    return _saved(book)


def _lines(text: str, width: int) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (word wrapping, a little generous)."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def _sum(letter: str, rows: Iterable[int]) -> str:
    return "=SUM(" + ",".join(f"{letter}{row}" for row in rows) + ")"


def area_columns(ranked: Sequence[RankedUnit]) -> list[tuple[str, str]]:
    """(code, title) of every area any ranked unit has, in code order."""
    seen: dict[str, str] = {}
    for unit in ranked:
        for area in unit.areas:
            seen.setdefault(area.code, area.title)
    return sorted(seen.items(), key=lambda item: tuple(int(p) for p in item[0].split(".")))


def ranking_workbook(ranked: Sequence[RankedUnit], *, year: int, column: Column,
                     labels: WorkbookLabels = WorkbookLabels()) -> bytes:
    """One row per unit in rank order: rank, unit, each area's score, total, applicable maximum, index, grade."""
    book = Workbook()
    page = book.active
    page.title = "Xếp hạng"
    areas = area_columns(ranked)
    headings = [labels.rank, labels.unit, *(labels.area.format(code=code) for code, _ in areas), labels.final,
                labels.applicable, labels.index, labels.grade, labels.progress]
    width = len(headings)
    _titles(page, [labels.ranking_title.format(year=year),
                   labels.ranking_subtitle.format(column=labels.column_name(column))], width)
    header_row = 4
    _headings(page, header_row, headings)
    page.freeze_panes = page.cell(row=header_row + 1, column=3)
    for row, unit in enumerate(ranked, start=header_row + 1):
        by_code = {area.code: area for area in unit.areas}
        result = unit.result
        values: list[object] = [unit.rank, unit.unit]
        for code, _ in areas:
            area = by_code.get(code)
            values.append(None if area is None or area.score is None else _number(area.score))
        values += [None if result.final is None else _number(result.final), _number(result.applicable_maximum),
                   None if unit.index is None else _number(unit.index), unit.grade or labels.not_scored,
                   f"{unit.scored_leaves}/{unit.applicable_leaves}"]
        for offset, value in enumerate(values, start=1):
            cell = _cell(page, row, offset, value)
            cell.font = _font(size=11, italic=not unit.scored)
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="left" if offset == 2 else "center", vertical="center")
            if 3 <= offset <= width - 2:
                cell.number_format = SCORE_FORMAT
    page.column_dimensions["A"].width = 9
    page.column_dimensions["B"].width = 30
    for offset in range(3, width + 1):
        page.column_dimensions[get_column_letter(offset)].width = 12
    _page_setup(page, header_row=header_row, landscape=len(areas) > 4)
    return _saved(book)
