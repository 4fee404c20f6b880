"""The printed ranking of a year (NĐ 30 layout like the sheet): header, title, table, signers, and a bar chart."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from ..domain.index import DEFAULT_GRADES, GradeScale
from ..domain.numbers import format_score
from ..domain.ranking import RankedUnit
from ..domain.scoring import Column

# The sheet's own header, signature block and styles, so the ranking and the sheet look like one office's papers.
from .pdf import (
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    SheetLabels,
    SheetLayout,
    _header,
    _signature_block,
    _styles,
    _text,
    nfc,
    register_fonts,
)
from .workbooks import area_columns

# Light fills for the grade bands behind the bars, best grade first; more grades reuse the last colour.
BAND_COLOURS = ("#d9ead3", "#fff2cc", "#fce5cd", "#f4cccc", "#eeeeee")
NAMED_BARS = 60  # above this many units the chart leaves out the names under the bars


@dataclass(frozen=True)
class RankingLabels:
    rank: str = "Xếp hạng"
    unit: str = "Đơn vị"
    area: str = "LV {code}"
    final: str = "Tổng điểm"
    index: str = "Chỉ số (%)"
    grade: str = "Xếp loại"
    not_scored: str = "Chưa có điểm"
    areas_note: str = "LV: lĩnh vực — {areas}."
    chart_title: str = "BIỂU ĐỒ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH THEO ĐƠN VỊ"
    chart_note: str = "Nền màu: các mức xếp loại ({bands}). Đơn vị chưa có điểm không có cột."


def render_ranking_pdf(ranked: Sequence[RankedUnit], layout: SheetLayout, *, column: Column = Column.APPRAISAL,
                       grades: GradeScale = DEFAULT_GRADES, labels: RankingLabels = RankingLabels(),
                       sheet_labels: SheetLabels = SheetLabels()) -> bytes:
    """The ranking as PDF bytes: the same inputs always give the same bytes."""
    register_fonts()
    areas = area_columns(ranked)
    wide = layout.landscape or len(areas) > 4
    page_size = landscape_size(A4) if wide else A4
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=page_size, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
                               title=nfc(layout.title or " ".join(layout.title_lines)), author="", subject="",
                               creator="CCHC Desktop", initialFontName=FONT, initialFontSize=13)
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="ranking", frames=[frame], onPage=_page_number)])
    styles = _styles()
    width = document.width
    story = _header(layout, styles, sheet_labels, width)
    story.append(_table(ranked, areas, styles, labels, width))
    if areas:
        legend = "; ".join(f"{code}. {title}" for code, title in areas)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(_text(labels.areas_note.format(areas=legend)),
                               ParagraphStyle("legend", styles["note_cell"], fontSize=9.5, leading=11.5)))
    signatures = _signature_block(layout, styles, sheet_labels, width)
    if signatures is not None:
        story.extend([Spacer(1, 4 * mm), KeepTogether([signatures])])
    if any(unit.index is not None for unit in ranked):
        story.append(PageBreak())
        story.append(Paragraph(_text(labels.chart_title), styles["title"]))
        story.append(Spacer(1, 4 * mm))
        story.append(bar_chart(ranked, grades, width, min(document.height - 30 * mm, 150 * mm)))
        bands = ", ".join(f"{band.label} từ {format_score(band.lower)}" for band in grades.bands)
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(_text(labels.chart_note.format(bands=bands)), styles["note_cell"]))
    document.build(story)
    return buffer.getvalue()


def _page_number(canvas, document) -> None:  # noqa: ANN001 - reportlab's canvas and template
    if canvas.getPageNumber() > 1:  # NĐ 30: pages are numbered from the second, at the top centre
        canvas.saveState()
        canvas.setFont(FONT, 13)
        canvas.drawCentredString(document.leftMargin + document.width / 2, document.pagesize[1] - MARGIN_TOP / 2 - 4,
                                 str(canvas.getPageNumber()))
        canvas.restoreState()


def _table(ranked: Sequence[RankedUnit], areas: list[tuple[str, str]], styles: dict, labels: RankingLabels,
           width: float) -> LongTable:
    head = ParagraphStyle("rank_head", styles["head"], fontSize=10, leading=12)
    cell = ParagraphStyle("rank_cell", styles["cell"], fontSize=10.5, leading=12.5)
    rows: list[list] = [[Paragraph(_text(text), head) for text in
                         (labels.rank, labels.unit, *(labels.area.format(code=code) for code, _ in areas),
                          labels.final, labels.index, labels.grade)]]
    for unit in ranked:
        by_code = {area.code: area for area in unit.areas}
        result = unit.result
        rows.append([str(unit.rank), Paragraph(_text(unit.unit), cell),
                     *(format_score(by_code[code].score if code in by_code else None, empty="-") for code, _ in areas),
                     format_score(result.final, empty="-"), format_score(unit.index, empty="-"),
                     Paragraph(_text(unit.grade or labels.not_scored), cell)])
    fixed = [14 * mm, None, *(14 * mm for _ in areas), 18 * mm, 18 * mm, 24 * mm]
    unit_width = max(35 * mm, width - sum(w for w in fixed if w is not None))
    table = LongTable(rows, colWidths=[unit_width if w is None else w for w in fixed], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 10.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-2, -1), "RIGHT"),
        ("FONTNAME", (-3, 1), (-2, -1), FONT_BOLD),
    ]))
    return table


def bar_chart(ranked: Sequence[RankedUnit], grades: GradeScale, width: float, height: float) -> Drawing:
    """Each scored unit's index as a bar, in rank order, over coloured bands of the grade scale."""
    scored = [unit for unit in ranked if unit.index is not None]
    named = len(scored) <= NAMED_BARS
    left, bottom = 12 * mm, (32 * mm if named else 8 * mm)
    plot_width, plot_height = width - left - 2 * mm, height - bottom - 4 * mm
    top_value = max([Decimal(100), *(unit.index for unit in scored)])
    scale = plot_height / float(top_value)
    # The renderer would otherwise start in Helvetica, a font the PDF does not embed.
    drawing = Drawing(width, height, initialFontName=FONT)
    upper = top_value
    for number, band in enumerate(grades.bands):
        y0, y1 = bottom + float(band.lower) * scale, bottom + float(upper) * scale
        drawing.add(Rect(left, y0, plot_width, y1 - y0, fillColor=colors.HexColor(
            BAND_COLOURS[min(number, len(BAND_COLOURS) - 1)]), strokeColor=None))
        drawing.add(String(left + plot_width - 1 * mm, y1 - 9, nfc(band.label), fontName=FONT_BOLD, fontSize=8,
                           textAnchor="end", fillColor=colors.HexColor("#555555")))
        upper = band.lower
    for tick in range(0, int(top_value) + 1, 10):
        y = bottom + tick * scale
        drawing.add(Line(left - 1.5 * mm, y, left, y, strokeWidth=0.5))
        drawing.add(String(left - 2 * mm, y - 3, str(tick), fontName=FONT, fontSize=8, textAnchor="end"))
    drawing.add(Line(left, bottom, left, bottom + plot_height, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeWidth=0.6))
    if not scored:
        return drawing
    slot = plot_width / len(scored)
    bar = max(slot * 0.7, 0.2)
    for number, unit in enumerate(scored):
        x = left + number * slot + (slot - bar) / 2
        drawing.add(Rect(x, bottom, bar, float(unit.index) * scale, fillColor=colors.HexColor("#3d6fb6"),
                         strokeColor=None))
        if named:
            drawing.add(String(x + bar / 2, bottom + float(unit.index) * scale + 2,
                               format_score(unit.index), fontName=FONT, fontSize=6.5 if slot < 9 * mm else 8,
                               textAnchor="middle"))
            label = String(0, 0, nfc(_short(unit.unit)), fontName=FONT, fontSize=7.5, textAnchor="end")
            turned = Group(label)
            turned.transform = (0, 1, -1, 0, x + bar / 2 + 2.5, bottom - 2)  # rotated 90°: names read upwards
            drawing.add(turned)
    return drawing


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"
