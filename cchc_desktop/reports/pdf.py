"""Score sheets as PDF in the layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from reportlab import Version as REPORTLAB_VERSION
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph as _ReportlabParagraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.errors import CchcError
from ..domain.fingerprint import DATA_FILE_NAME, LAYOUT_FILE_NAME
from ..domain.numbers import format_score
from ..domain.rounding import rounded_total_if_different
from ..domain.scoring import ZERO, Column, RoundingPolicy, ScoreSheet
from ..domain.signers import Signer
from ..paths import resource_path

FONT = "CchcSerif"
FONT_BOLD = "CchcSerif-Bold"
FONT_ITALIC = "CchcSerif-Italic"
FONT_BOLD_ITALIC = "CchcSerif-BoldItalic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
FINGERPRINT_KEYWORD = "cchc-sha256:"
# Changes whenever the same inputs would draw different pages: a PDF is re-drawn only by the same renderer.
RENDERER = f"cchc-pdf/1 reportlab/{REPORTLAB_VERSION}"

# Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 25 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
QR_SIZE = 15 * mm
INDENT_STEP = 8  # points per level below a criterion


class SheetLabels(NamedTuple):
    """Every fixed text the sheet prints, already in the document's language."""

    nation: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    code: str = "STT"
    criterion: str = "LĨNH VỰC / TIÊU CHÍ / TIÊU CHÍ THÀNH PHẦN"
    maximum: str = "ĐIỂM CHUẨN"
    self_assessment: str = "ĐIỂM TỰ ĐÁNH GIÁ"
    appraisal: str = "ĐIỂM THẨM ĐỊNH"
    note: str = "GHI CHÚ"
    total: str = "Tổng điểm"
    sign_hint: str = "(Ký, ghi rõ họ tên, đóng dấu)"
    recipients: str = "Nơi nhận:"
    fingerprint: str = "Mã kiểm tra (SHA-256) của bảng điểm:"
    audit_head: str = "Nhật ký thay đổi đến dòng {row}:"
    date_line: str = "{place}, ngày {day} tháng {month} năm {year}"
    # Dotted room to write the date by hand (spaces would collapse); the year too, since a sheet for 2023
    # is often signed in 2024.
    blank_date_line: str = "{place}, ngày ...... tháng ...... năm 20......"
    rounding_note: str = ("Ghi chú: Tổng {column} cộng từ điểm từng tiêu chí là {exact} điểm; nếu làm tròn "
                          "điểm từng tiêu chí nhỏ đến {places} chữ số thập phân trước khi cộng (như phần mềm "
                          "chấm điểm của tỉnh) thì tổng là {rounded} điểm.")
    column_names: dict[str, str] = {"self": "điểm tự đánh giá", "appraisal": "điểm thẩm định"}  # read, never changed
    annex_title: str = "PHỤ LỤC: DANH MỤC TÀI LIỆU KIỂM CHỨNG"
    annex_criterion: str = "TIÊU CHÍ"
    annex_file: str = "TÊN TỆP"
    annex_size: str = "DUNG LƯỢNG"
    annex_sha256: str = "SHA-256 (16 KÝ TỰ ĐẦU)"
    section_headings: dict[str, str] = {  # read, never changed
        "bonus": "ĐIỂM THƯỞNG (cộng thêm, ngoài thang điểm chuẩn)",
        "deduction": "ĐIỂM TRỪ (trừ vào tổng điểm)"}


class SheetLayout(NamedTuple):
    """What a user chooses about one print: who issues and signs it, which columns, which way up."""

    issuer_lines: tuple[str, ...]  # the body above first, the issuing body last: printed in capitals
    place: str
    title_lines: tuple[str, ...]
    year: int
    document_date: date | None = None  # None prints blanks to fill in by hand, never today's date
    subtitle: str = ""
    reference: str = ""  # "Số: …/BC-PNV", printed under the issuer when given
    columns: tuple[Column, ...] = (Column.APPRAISAL,)
    notes: bool = True
    landscape: bool = False
    signers: tuple[Signer, ...] = ()
    recipients: tuple[str, ...] = ()
    title: str = ""  # the PDF's document title
    # Rows under the total: (label, the maximum cell, one text per printed column), e.g. the index and grade.
    index_rows: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # The evidence annex, one row per file: (criterion path, file name, size in bytes, SHA-256); none: no annex.
    evidence_annex: tuple[tuple[str, str, int, str], ...] = ()
    # The figures entered on rule leaves, already worded ("Số liệu: 45/50"): (criterion path, text), printed
    # under the criterion's title.
    figures: tuple[tuple[str, str], ...] = ()
    # Bonus and deduction sections: (path of the section's topmost criterion, "bonus" or "deduction"). They are
    # left out of the total row and printed after it, each under its heading.
    sections: tuple[tuple[str, str], ...] = ()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def date_line(place: str, when: date | None, year: int, labels: SheetLabels = SheetLabels()) -> str:
    """'Phong Thổ, ngày 05 tháng 02 năm 2024': a zero before days 1–9 and months 1–2, as the decree says."""
    if when is None:
        return labels.blank_date_line.format(place=place, year=year)
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)
    return labels.date_line.format(place=place, day=f"{when.day:02d}", month=month, year=when.year)


def layout_bytes(layout: SheetLayout, audit_head: tuple[int, str] | None = None) -> bytes:
    """The layout (and the audit head printed in the footer) as the JSON embedded beside the sheet data."""
    data = {
        "renderer": RENDERER,
        "issuer_lines": list(layout.issuer_lines), "place": layout.place, "title_lines": list(layout.title_lines),
        "year": layout.year,
        "document_date": layout.document_date.isoformat() if layout.document_date else None,
        "subtitle": layout.subtitle, "reference": layout.reference,
        "columns": [column.value for column in layout.columns], "notes": layout.notes,
        "landscape": layout.landscape,
        "signers": [{"roles": list(signer.roles), "name": signer.name} for signer in layout.signers],
        "recipients": list(layout.recipients), "title": layout.title,
        "audit_head": list(audit_head) if audit_head else None,
    }
    if layout.index_rows:
        # Drawn from here when a PDF is verified: the sheet data carries no rules or N/A marks. Left out when
        # there are none, so a layout without them embeds exactly the bytes it always did.
        data["index_rows"] = [[label, maximum, list(values)] for label, maximum, values in layout.index_rows]
    if layout.evidence_annex:
        # Likewise: only a sheet printed with its evidence annex carries it.
        data["evidence_annex"] = [[path, name, size, sha256] for path, name, size, sha256 in layout.evidence_annex]
    if layout.figures:
        data["figures"] = [[path, text] for path, text in layout.figures]
    if layout.sections:
        data["sections"] = [[path, kind] for path, kind in layout.sections]
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parse_layout(raw: bytes) -> tuple[str, SheetLayout, tuple[int, str] | None]:
    """The renderer, layout and audit head a printed PDF carries; ValueError when it is not readable."""
    try:
        data = json.loads(raw.decode("utf-8"))
        head = data.get("audit_head")
        layout = SheetLayout(
            issuer_lines=tuple(data["issuer_lines"]), place=data["place"], title_lines=tuple(data["title_lines"]),
            year=int(data["year"]),
            document_date=date.fromisoformat(data["document_date"]) if data["document_date"] else None,
            subtitle=data["subtitle"], reference=data["reference"],
            columns=tuple(Column(value) for value in data["columns"]), notes=bool(data["notes"]),
            landscape=bool(data["landscape"]),
            signers=tuple(Signer(tuple(item["roles"]), item["name"]) for item in data["signers"]),
            recipients=tuple(data["recipients"]), title=data["title"],
            index_rows=tuple((str(label), str(maximum), tuple(str(v) for v in values))
                             for label, maximum, values in data.get("index_rows") or ()),
            evidence_annex=tuple((str(path), str(name), int(size), str(sha256))
                                 for path, name, size, sha256 in data.get("evidence_annex") or ()),
            figures=tuple((str(path), str(text)) for path, text in data.get("figures") or ()),
            sections=tuple((str(path), str(kind)) for path, kind in data.get("sections") or ()))
        return str(data["renderer"]), layout, (int(head[0]), str(head[1])) if head else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise ValueError(f"the layout data is not readable: {error}") from None


def register_fonts(font_dir: Path | None = None, names: Sequence[str] = tuple(_FONT_FILES)) -> None:
    """Register the named faces not registered yet: each one parsed is a TrueType file read and indexed."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    missing = [name for name in names if name not in registered]
    if not missing:
        return
    font_dir = font_dir or resource_path("fonts")
    for name in missing:
        file_name = _FONT_FILES[name]
        try:
            font = TTFont(name, str(font_dir / file_name))
        except (OSError, TTFError):
            raise CchcError(f"The font file {font_dir / file_name} is missing or damaged: reinstall CCHC Desktop.",
                            kind="font_missing", path=str(font_dir / file_name)) from None
        pdfmetrics.registerFont(font)
    # Names only: a face of the family is looked up when a paragraph sets text in it.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)


class Paragraph(_ReportlabParagraph):
    """A paragraph that breaks its lines once per width: the table measures every cell again on each page
    it splits, and reportlab would break the same text into the same lines each time."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self.__dict__.get("blPara")
        if lines is not None and lines is self.__dict__.get("_wrapped_lines") and \
                available_width == self.__dict__.get("_wrapped_width"):
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_lines = self.__dict__.get("blPara")
        self._wrapped_width = available_width
        return size


class _CentredRule(Flowable):
    """A short horizontal rule centred in its column, as under the motto and the issuing body."""

    def __init__(self, width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available_width = available_width
        return available_width, 4

    def draw(self) -> None:
        start = (self.available_width - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(start, 0.5, start + self.rule_width, 0.5)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=13, leading=15.5)
    return {
        "issuer": ParagraphStyle("issuer", base, fontSize=12.5, leading=14.5, alignment=TA_CENTER),
        "issuer_bold": ParagraphStyle("issuer_bold", base, fontName=FONT_BOLD, fontSize=12.5, leading=14.5,
                                      alignment=TA_CENTER),
        "nation": ParagraphStyle("nation", base, fontName=FONT_BOLD, fontSize=12.5, leading=14.5, alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", base, fontName=FONT_BOLD, fontSize=13.5, leading=15.5, alignment=TA_CENTER),
        "reference": ParagraphStyle("reference", base, alignment=TA_CENTER),
        "date": ParagraphStyle("date", base, fontName=FONT_ITALIC, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=14, leading=17, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", base, fontName=FONT_ITALIC, alignment=TA_CENTER),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=10.5, leading=12.5, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", base, fontSize=11, leading=13, alignment=TA_LEFT),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=11, leading=13),
        "note_cell": ParagraphStyle("note_cell", base, fontSize=10, leading=12),
        "remark": ParagraphStyle("remark", base, fontName=FONT_ITALIC, fontSize=12, leading=14.5,
                                 alignment=TA_JUSTIFY),
        "role": ParagraphStyle("role", base, fontName=FONT_BOLD, alignment=TA_CENTER),
        "hint": ParagraphStyle("hint", base, fontName=FONT_ITALIC, fontSize=12, leading=14, alignment=TA_CENTER),
        "name": ParagraphStyle("name", base, fontName=FONT_BOLD, alignment=TA_CENTER),
        "recipients": ParagraphStyle("recipients", base, fontName=FONT_BOLD_ITALIC, fontSize=12, leading=14),
        "recipient": ParagraphStyle("recipient", base, fontSize=11, leading=13),
    }


def _text(value: str) -> str:
    # xml.sax.saxutils.escape, written out: that module imports urllib, http and email on the print path.
    return nfc(value).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


class _SheetDocTemplate(BaseDocTemplate):
    """Draws the page number (from page 2) and the fingerprint footer on every page."""

    def __init__(self, buffer: io.BytesIO, *, fingerprint: str, labels: SheetLabels, page_size: tuple[float, float],
                 sheet_data: bytes, title: str, audit_head: tuple[int, str] | None = None,
                 layout_data: bytes = b"") -> None:
        super().__init__(buffer, pagesize=page_size, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1, title=nfc(title),
                         author="", subject="", creator="CCHC Desktop",
                         keywords=FINGERPRINT_KEYWORD + fingerprint, initialFontName=FONT, initialFontSize=13)
        self.fingerprint = fingerprint
        self.labels = labels
        self.sheet_data = sheet_data
        self.audit_head = audit_head
        self.layout_data = layout_data
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, document) -> None:  # noqa: ANN001 - reportlab's canvas and template
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            _attach_sheet_data(canvas, self.sheet_data, self.fingerprint, self.layout_data)
        else:
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(self.leftMargin + self.width / 2, self.pagesize[1] - MARGIN_TOP / 2 - 4,
                                     str(canvas.getPageNumber()))
        qr_y = (MARGIN_BOTTOM - QR_SIZE) / 2 - 2 * mm
        canvas.setFillColorRGB(0, 0, 0)
        # What canvas.rect(..., stroke=0, fill=1) writes for each dark run, made once per print.
        canvas._code.extend(_qr_operators(f"CCHC-SHA256:{self.fingerprint.upper()}",
                                          self.pagesize[0] - MARGIN_RIGHT - QR_SIZE, qr_y,
                                          PATH_OPS[0, 1, canvas._fillMode]))
        canvas.setFont(FONT_ITALIC, 8)
        canvas.drawString(self.leftMargin, qr_y + QR_SIZE / 2 + 2, nfc(self.labels.fingerprint))
        canvas.setFont(FONT, 8)
        groups = " ".join(self.fingerprint[i:i + 8] for i in range(0, len(self.fingerprint), 8))
        canvas.drawString(self.leftMargin, qr_y + QR_SIZE / 2 - 8, groups)
        if self.audit_head is not None:
            # The audit chain's head when a finalized sheet was printed: a chain rewritten later no longer
            # holds this hash (cchc audit-verify prints the current head).
            row, head = self.audit_head
            canvas.drawString(self.leftMargin, qr_y + QR_SIZE / 2 - 18, nfc(self.labels.audit_head.format(row=row))
                              + " " + " ".join(head[i:i + 8] for i in range(0, len(head), 8)))
        canvas.restoreState()


@lru_cache(maxsize=1)
def _qr_encoder():  # noqa: ANN202 - reportlab's qrencoder module
    """reportlab's QR encoder (plain Python, stdlib imports only) without its package: importing
    reportlab.graphics.barcode runs every barcode widget and the drawing toolkit (shapes, charts), about
    35 ms of CPU in every `cchc print` (docs/benchmarks.md)."""
    name = "reportlab.graphics.barcode.qrencoder"
    if name in sys.modules:
        return sys.modules[name]
    import reportlab.graphics  # an empty package

    folder = [str(Path(next(iter(reportlab.graphics.__path__))) / "barcode")]
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        spec = find_spec(name, folder) if find_spec else None
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    from reportlab.graphics.barcode import qrencoder  # an unusual importer: the slow way still works

    return qrencoder


@lru_cache(maxsize=8)
def _qr_operators(value: str, left: float, bottom: float, fill: str) -> tuple[str, ...]:
    """The QR code's dark modules as the PDF operators ``canvas.rect(..., stroke=0, fill=1)`` would write:
    the same runs and numbers as reportlab's QrCodeWidget (error level M, no border, QR_SIZE square) drawn
    at (left, bottom), so the pages stay byte for byte what earlier versions drew."""
    qrencoder = _qr_encoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    # The widget's own arithmetic, border 0 and offsets 0.0 included, so that every float rounds the same.
    box = float(QR_SIZE) / (code.getModuleCount() + 0 * 2.0)
    operators = []
    for row_number, row in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(map(bool, row)):
            count = len(list(run))
            if dark:
                x = 0.0 + column * box
                y = 0.0 + QR_SIZE - (row_number + 1) * box
                operators.append(f"n {fp_str(left + x, bottom + y, count * box, box)} re {fill}")
            column += count
    return tuple(operators)


def _attach_sheet_data(canvas, data: bytes, fingerprint: str, layout: bytes = b"") -> None:  # noqa: ANN001
    """Embed the sheet's canonical data as a file, so the PDF can be checked without the database; and the
    layout, so that a checker can draw the pages again and compare them with what the file shows."""
    document = canvas._doc
    if getattr(document, "_cchc_attached", False):
        return
    document._cchc_attached = True

    def embed(name: str, content: bytes, description: str):  # noqa: ANN202 - a reportlab reference
        stream = pdfdoc.PDFStream(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("EmbeddedFile"),
            "Subtype": "/application#2Fjson",  # PDFName() would not escape the slash
            "Params": pdfdoc.PDFDictionary({"Size": len(content)}),
        }), content=content)
        stream_ref = document.Reference(stream)
        return document.Reference(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Filespec"),
            "F": pdfdoc.PDFString(name),
            "UF": pdfdoc.PDFString(name),
            "Desc": pdfdoc.PDFString(description),
            "AFRelationship": pdfdoc.PDFName("Data"),
            "EF": pdfdoc.PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }))

    spec_ref = embed(DATA_FILE_NAME, data, f"SHA-256 {fingerprint}")
    entries = [pdfdoc.PDFString(DATA_FILE_NAME), spec_ref]
    specs = [spec_ref]
    if layout:
        layout_ref = embed(LAYOUT_FILE_NAME, layout, "CCHC page layout")
        entries = [pdfdoc.PDFString(LAYOUT_FILE_NAME), layout_ref] + entries  # a name tree is sorted
        specs.append(layout_ref)
    names = pdfdoc.PDFDictionary({"EmbeddedFiles": pdfdoc.PDFDictionary({"Names": pdfdoc.PDFArray(entries)})})
    document.Catalog.Names = names
    document.Catalog.AF = pdfdoc.PDFArray(specs)


def _column_widths(columns: Sequence[Column], notes: bool, total_width: float) -> list[float]:
    fixed = [13 * mm, None, 16 * mm] + [19 * mm for _ in columns] + ([19 * mm] if notes else [])
    criterion = total_width - sum(w for w in fixed if w is not None)
    return [criterion if w is None else w for w in fixed]


def _header(layout: SheetLayout, styles: dict[str, ParagraphStyle], labels: SheetLabels, width: float) -> list:
    left_width = width * 0.42
    right_width = width - left_width
    issuer: list = [Paragraph(_text(line.upper()), styles["issuer"]) for line in layout.issuer_lines[:-1]]
    if layout.issuer_lines:
        last = layout.issuer_lines[-1].upper()
        issuer.append(Paragraph(_text(last), styles["issuer_bold"]))
        issuer.append(_CentredRule(min(left_width * 0.45, 30 * mm)))
    motto_width = pdfmetrics.stringWidth(nfc(labels.motto), FONT_BOLD, styles["motto"].fontSize)
    nation = [Paragraph(_text(labels.nation), styles["nation"]), Paragraph(_text(labels.motto), styles["motto"]),
              _CentredRule(motto_width)]
    reference = [Paragraph(_text(layout.reference), styles["reference"])] if layout.reference else ""
    when = Paragraph(_text(date_line(layout.place, layout.document_date, layout.year, labels)), styles["date"])
    table = Table([[issuer, nation], [reference, when]], colWidths=[left_width, right_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells would otherwise select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 8),
    ]))
    flowables: list = [table, Spacer(1, 8 * mm)]
    flowables.extend(Paragraph(_text(line.upper()), styles["title"]) for line in layout.title_lines)
    if layout.subtitle:
        flowables.append(Paragraph(_text(layout.subtitle), styles["subtitle"]))
    flowables.append(Spacer(1, 5 * mm))
    return flowables


PIECE_SHARE = 0.12  # the tallest piece of a long title or note, as a share of the page's text height
CELL_PADDING = 3  # left and right, and top plus bottom is 2 + 3


def _pieces(text: str, style: ParagraphStyle, width: float, max_height: float) -> list[Paragraph]:
    """The text as paragraphs no taller than ``max_height``, so a long note flows over rows and pages
    instead of making one row taller than a page (which reportlab cannot lay out)."""
    paragraph = Paragraph(_text(text), style)
    pieces = []
    while True:
        _, height = paragraph.wrap(width, max_height)
        if height <= max_height:
            pieces.append(paragraph)
            return pieces
        parts = paragraph.split(width, max_height)
        if len(parts) < 2:
            pieces.append(paragraph)
            return pieces
        parts[0].wrap(width, max_height)  # its height is needed to keep the total row's group on one page
        pieces.append(parts[0])
        paragraph = parts[1]


class _SheetTable(LongTable):
    """reportlab keeps a 'splitlast' rule on the first page of a split table only; the sheet wants it on
    every page that ends inside a long text. (reportlab is pinned: this overrides a private method.)"""

    def _cr_1_1(self, n, nRows, repeatRows, cmds, doInRowSplit, _srflMode=False):  # noqa: ANN001, ANN202
        carries = any(isinstance(command[1][1], str) and command[1][1] == "splitlast" for command in cmds)
        return super()._cr_1_1(n, nRows, repeatRows, cmds, doInRowSplit, _srflMode=_srflMode or carries)


def _score_table(sheet: ScoreSheet, layout: SheetLayout, styles: dict[str, ParagraphStyle], labels: SheetLabels,
                 width: float, closing: Sequence[Flowable] = (), page_height: float = A4[1]) -> LongTable:
    """The criteria table; ``closing`` flowables (remarks, signatures) ride in borderless rows under the total,
    so that they and the last rows of the table always share a page.

    A criterion whose title or note is long takes several rows: the first holds its code and figures, the
    others continue the text, without a rule between them; the table may break between any two of them."""
    column_labels = {Column.SELF: labels.self_assessment, Column.APPRAISAL: labels.appraisal}
    head = [labels.code, labels.criterion, labels.maximum, *(column_labels[c] for c in layout.columns)]
    if layout.notes:
        head.append(labels.note)
    widths = _column_widths(layout.columns, layout.notes, width)
    max_piece = page_height * PIECE_SHARE
    rows: list[list] = [[Paragraph(_text(text), styles["head"]) for text in head]]
    heights: list[float] = [40.0]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 11),
        ("LEADING", (0, 0), (-1, -1), 13),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2 + len(layout.columns), -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
    ]
    indented: dict[int, ParagraphStyle] = {}
    heading_start: int | None = None
    figures = dict(layout.figures)
    figure_style = ParagraphStyle("figures", styles["note_cell"], fontName=FONT_ITALIC)

    def add_node(node) -> None:  # noqa: ANN001 - a domain Criterion
        nonlocal heading_start
        row_index = len(rows)
        if heading_start is not None:
            # An area or criterion heading never ends a page without its first sub-criterion.
            style.append(("NOSPLIT", (0, heading_start), (-1, row_index)))
            heading_start = None
        if node.level == 1:
            title_style = styles["cell_bold"]
        elif node.level == 2:
            title_style = styles["cell"]
        else:
            title_style = indented.setdefault(node.level, ParagraphStyle(
                f"cell{node.level}", styles["cell"], leftIndent=INDENT_STEP * (node.level - 2)))
        titles = _pieces(node.title, title_style, widths[1] - 2 * CELL_PADDING, max_piece)
        if node.code in figures:
            # The figures the rule scored, under the title, where a reader checks the score against them.
            titles.extend(_pieces(figures[node.code], ParagraphStyle("figures", figure_style,
                                                                      leftIndent=title_style.leftIndent),
                                  widths[1] - 2 * CELL_PADDING, max_piece))
        note = sheet.note(node.code) if layout.notes else None
        notes = _pieces(note, styles["note_cell"], widths[-1] - 2 * CELL_PADDING, max_piece) if note else []
        count = max(len(titles), len(notes), 1)
        for piece in range(count):
            title = titles[piece] if piece < len(titles) else ""
            if piece == 0:
                row = [node.code, title, format_score(node.maximum)]
                row.extend(format_score(sheet.score(node.code, column)) for column in layout.columns)
            else:
                row = ["", title, ""] + ["" for _ in layout.columns]
            if layout.notes:
                row.append(notes[piece] if piece < len(notes) else "")
            if piece > 0:  # the text runs on as one paragraph would
                style.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 0))
            if piece < count - 1:
                style.append(("BOTTOMPADDING", (0, len(rows)), (-1, len(rows)), 0))
            rows.append(row)
            heights.append(5 + max([13.0] + [cell.height for cell in row if isinstance(cell, Paragraph)]))
        last_piece = len(rows) - 1
        if node.level == 1:
            style.append(("FONTNAME", (0, row_index), (-1, last_piece), FONT_BOLD))
        style.append(("LINEBELOW", (0, last_piece), (-1, last_piece), 0.5, "black"))
        if not node.is_leaf:
            heading_start = last_piece  # its last piece: a long heading itself may break

    framework = sheet.framework
    section_kinds = {path: kind for path, kind in layout.sections if path in framework}
    # The topmost bonus or deduction sections: their points are not part of the total row.
    outside = [framework.get(path) for path in section_kinds
               if not any(up.code in section_kinds for up in framework.get(path).ancestors())]
    # Sections that are areas of their own print after the total; one inside a score area stays in place.
    moved = [node for node in outside if node.parent is None]
    moved_codes = {node.code for node in moved}
    for node in framework:
        if moved_codes and _within(node, moved_codes):
            continue  # printed after the total
        add_node(node)
    if heading_start is not None:
        style.append(("NOSPLIT", (0, heading_start), (-1, len(rows))))
        heading_start = None
    base_maximum = framework.maximum - sum((node.maximum for node in outside), ZERO)
    total_row = ["", Paragraph(f"<b>{_text(labels.total)}</b>", styles["cell"]), format_score(base_maximum)]
    for column in layout.columns:
        totals = sheet.totals(None, column)
        scored = totals.scored - sum(sheet.totals(node.code, column).scored for node in outside)
        base = sheet.total(column, RoundingPolicy.EXACT) - sum(
            (sheet.totals(node.code, column).exact for node in outside), ZERO)
        total_row.append(format_score(base) if scored else "")
    if layout.notes:
        total_row.append("")
    rows.append(total_row)
    heights.append(18.0)
    last = len(rows) - 1
    style.append(("FONTNAME", (0, last), (-1, last), FONT_BOLD))
    for kind in ("bonus", "deduction"):
        for node in (node for node in moved if section_kinds[node.code] == kind):
            heading = labels.section_headings.get(kind, kind)
            rows.append(["", Paragraph(f"<b>{_text(heading)}</b>", styles["cell"]), *([""] * (len(head) - 2))])
            heights.append(18.0)
            style.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, "black"))
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, "black"))
            style.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            for inner in _subtree(node):
                add_node(inner)
            heading_start = None
    for label, maximum, values in layout.index_rows:
        # Kept with the total (the NOSPLIT below runs from above the total to the end of the table).
        row = ["", Paragraph(_text(label), styles["cell"]), maximum, *values]
        if layout.notes:
            row.append("")
        rows.append(row)
        style.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, "black"))
    boxed = len(rows) - 1
    style.append(("BOX", (0, 0), (-1, boxed), 0.5, "black"))
    style.append(("LINEBEFORE", (1, 0), (-1, boxed), 0.5, "black"))
    # A page that breaks inside a long text still closes its table with a rule.
    style.append(("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, "black"))
    kept = 13.0 + 5 + heights[0]
    for flowable in closing:
        index = len(rows)
        rows.append([flowable] + [""] * (len(head) - 1))
        style.extend([("SPAN", (0, index), (-1, index)), ("LEFTPADDING", (0, index), (-1, index), 0),
                      ("RIGHTPADDING", (0, index), (-1, index), 0), ("TOPPADDING", (0, index), (-1, index), 6)])
        kept += 6 + flowable.wrap(width, page_height)[1]
    # The total row is never alone on a page: it keeps up to two rows above it (as many as fit), and what
    # follows it.
    first_kept = last
    for index in (last - 1, last - 2):
        if index < 1 or kept + heights[index] > page_height * 0.9:
            break
        kept += heights[index]
        first_kept = index
    style.append(("NOSPLIT", (0, first_kept), (-1, len(rows) - 1)))
    table = _SheetTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _within(node, codes: set[str]) -> bool:  # noqa: ANN001 - a domain Criterion
    return node.code in codes or any(up.code in codes for up in node.ancestors())


def _subtree(node):  # noqa: ANN001, ANN202 - a domain Criterion and its descendants, in document order
    yield node
    for child in node.children:
        yield from _subtree(child)


def _rounding_notes(sheet: ScoreSheet, layout: SheetLayout, labels: SheetLabels) -> list[str]:
    found = []
    for column in layout.columns:
        rounded = rounded_total_if_different(sheet, column)
        if rounded is not None:
            found.append(labels.rounding_note.format(
                column=labels.column_names[column.value], exact=format_score(sheet.total(column, RoundingPolicy.EXACT)),
                rounded=format_score(rounded), places=sheet.rounding_places))
    return found


def _signature_block(layout: SheetLayout, styles: dict[str, ParagraphStyle], labels: SheetLabels,
                     width: float) -> Table | None:
    def signer_cell(signer: Signer) -> list:
        cell = [Paragraph(_text(role.upper()), styles["role"]) for role in signer.roles]
        cell.append(Paragraph(_text(labels.sign_hint), styles["hint"]))
        cell.append(Spacer(1, 26 * mm))
        cell.append(Paragraph(_text(signer.name), styles["name"]) if signer.name else Spacer(1, 15))
        return cell

    recipients: list = []
    if layout.recipients:
        recipients = [Paragraph(_text(labels.recipients), styles["recipients"])]
        recipients.extend(Paragraph(_text(f"- {item}"), styles["recipient"]) for item in layout.recipients)
    cells = [signer_cell(signer) for signer in layout.signers]
    # Signers go two to a row; "Nơi nhận" takes the bottom-left place beside the last signer, as on a decision.
    if recipients:
        if len(cells) % 2 == 1:
            cells.insert(len(cells) - 1, recipients)
        else:
            cells.extend([recipients, ""])
    if not cells:
        return None
    if len(cells) % 2 == 1:
        cells.insert(len(cells) - 1, "")
    grid = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    table = Table(grid, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells would otherwise select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 6 * mm),
        ("TOPPADDING", (1, 0), (1, 0), 6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} B"


def _evidence_annex(sheet: ScoreSheet, layout: SheetLayout, styles: dict[str, ParagraphStyle],
                    labels: SheetLabels, width: float) -> list[Flowable]:
    """A page after the sheet listing every evidence file: criterion, file name, size, start of its SHA-256."""
    title = ParagraphStyle("annex_title", styles["title"], fontSize=13, leading=16)
    rows: list[list] = [[Paragraph(_text(text), styles["head"]) for text in
                         (labels.annex_criterion, labels.annex_file, labels.annex_size, labels.annex_sha256)]]
    for path, name, size, sha256 in layout.evidence_annex:
        try:
            node = sheet.framework.get(path)
            criterion = f"{node.code}. {node.title}"
        except (KeyError, CchcError):
            criterion = path
        rows.append([Paragraph(_text(criterion), styles["note_cell"]), Paragraph(_text(name), styles["note_cell"]),
                     Paragraph(_text(_size(size)), styles["note_cell"]),
                     Paragraph(_text(sha256[:16]), styles["note_cell"])])
    table = LongTable(rows, colWidths=[width * 0.38, width * 0.30, width * 0.12, width * 0.20], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return [PageBreak(), Paragraph(_text(labels.annex_title), title), Spacer(1, 4 * mm), table]


def render_sheet_pdf(sheet: ScoreSheet, layout: SheetLayout, *, sheet_data: bytes, fingerprint: str,
                     labels: SheetLabels = SheetLabels(), audit_head: tuple[int, str] | None = None) -> bytes:
    """The whole sheet as PDF bytes; the same inputs always give the same bytes.

    ``audit_head`` (row, hash) is printed in the footer of a finalized sheet."""
    # Bold italic sets only the "Nơi nhận" heading: a sheet without recipients does not parse it.
    register_fonts(names=(FONT, FONT_BOLD, FONT_ITALIC) + ((FONT_BOLD_ITALIC,) if layout.recipients else ()))
    page_size = landscape_size(A4) if layout.landscape else A4
    buffer = io.BytesIO()
    document = _SheetDocTemplate(buffer, fingerprint=fingerprint, labels=labels, page_size=page_size,
                                 sheet_data=sheet_data, title=layout.title or " ".join(layout.title_lines),
                                 audit_head=audit_head, layout_data=layout_bytes(layout, audit_head))
    styles = _styles()
    width = document.width
    story = _header(layout, styles, labels, width)
    closing: list[Flowable] = [Paragraph(_text(remark), styles["remark"])
                               for remark in _rounding_notes(sheet, layout, labels)]
    signatures = _signature_block(layout, styles, labels, width)
    loose: list[Flowable] = []
    if signatures is not None:
        _, height = signatures.wrap(width, document.height)
        # Under the table when it fits on a page with the last rows; otherwise on its own, kept whole.
        if height < document.height * 0.7:
            closing.append(signatures)
        else:
            loose = [Spacer(1, 6 * mm), KeepTogether([signatures])]
    story.append(_score_table(sheet, layout, styles, labels, width, closing, document.height))
    story.extend(loose)
    if layout.evidence_annex:
        story.extend(_evidence_annex(sheet, layout, styles, labels, width))
    document.build(story)
    return buffer.getvalue()
