"""The printed score sheet: what a reader finds on it, page by page, and that it never varies."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from cchc_desktop.domain.fingerprint import canonical_bytes, canonical_data, fingerprint_bytes
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.reports.pdf import SheetLayout, Signer, date_line, render_sheet_pdf

from pdf_text import pdf_pages, printed

SIGNERS = (Signer(("Người lập biểu",), "Lò Thị Mai"),
           Signer(("Trưởng phòng Nội vụ",), "Tẩn Văn Hùng"),
           Signer(("KT. Chủ tịch", "Phó Chủ tịch"), "Vàng A Sinh"))


def layout(**changes) -> SheetLayout:
    values = dict(issuer_lines=("UBND huyện Phong Thổ", "Phòng Nội vụ"), place="Phong Thổ",
                  title_lines=("Kết quả đánh giá chỉ số cải cách hành chính", "huyện Phong Thổ năm 2023"),
                  year=2023, document_date=date(2024, 2, 5), columns=(Column.APPRAISAL,), signers=SIGNERS,
                  recipients=("UBND tỉnh Lai Châu", "Sở Nội vụ", "Lưu: VT"))
    values.update(changes)
    return SheetLayout(**values)


def render(sheet: ScoreSheet, **changes) -> bytes:
    data = canonical_data(sheet, unit="Huyện Phong Thổ", year=2023, framework="test")
    raw = canonical_bytes(data)
    return render_sheet_pdf(sheet, layout(**changes), sheet_data=raw, fingerprint=fingerprint_bytes(raw))


@pytest.fixture
def seed_pdf(seed_sheet) -> bytes:
    return render(seed_sheet.sheet)


def test_the_national_header_and_title_are_printed(seed_pdf):
    first = pdf_pages(seed_pdf)[0]
    for text in ("UBND HUYỆN PHONG THỔ", "PHÒNG NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Phong Thổ, ngày 05 tháng 02 năm 2024",
                 "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "HUYỆN PHONG THỔ NĂM 2023"):
        assert text in first


def test_every_row_prints_its_code_title_maximum_and_score_together(seed_pdf, seed_rows):
    rows, _, _ = seed_rows
    assert len(rows) == 114
    text = " ".join(pdf_pages(seed_pdf))
    for row in rows:
        assert f"{row.code} {row.title} {row.maximum} {row.score}" in text, row.code


def test_the_total_row_shows_the_seed_totals(seed_pdf, seed_rows):
    _, total_max, total_score = seed_rows
    assert f"Tổng điểm {total_max} {total_score}" in pdf_pages(seed_pdf)[-1]


def test_signers_and_recipients_are_printed_on_one_page_with_the_total(seed_pdf):
    last = pdf_pages(seed_pdf)[-1]
    assert "Tổng điểm" in last  # the signatures never stand alone on a page
    for text in ("NGƯỜI LẬP BIỂU", "Lò Thị Mai", "TRƯỞNG PHÒNG NỘI VỤ", "Tẩn Văn Hùng", "KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", "Vàng A Sinh", "(Ký, ghi rõ họ tên, đóng dấu)", "Nơi nhận:", "Sở Nội vụ"):
        assert text in last


def test_no_page_holds_only_the_header_row_or_only_the_total(seed_pdf, seed_rows):
    rows, _, _ = seed_rows
    codes = {row.code for row in rows}
    pages = pdf_pages(seed_pdf)
    assert len(pages) > 1
    for page in pages:
        if "ĐIỂM CHUẨN" in page:
            after_header = page.split("ĐIỂM THẨM ĐỊNH", 1)[1].split()
            assert any(word in codes for word in after_header), "a header row with no rows under it"
    total_page = next(page for page in pages if "Tổng điểm" in page)
    before_total = total_page.split("Tổng điểm")[0].split()
    assert any(word in codes for word in before_total), "the total row alone on its page"


def test_page_numbers_start_on_page_two(seed_pdf):
    pages = pdf_pages(seed_pdf)
    assert [page.split()[0] for page in pages[1:]] == [str(n) for n in range(2, len(pages) + 1)]
    assert pages[0].split()[0] != "1"


def test_every_page_carries_the_fingerprint(seed_sheet):
    data = canonical_data(seed_sheet.sheet, unit="Huyện Phong Thổ", year=2023, framework="test")
    fingerprint = fingerprint_bytes(canonical_bytes(data))
    grouped = " ".join(fingerprint[i:i + 8] for i in range(0, 64, 8))
    for page in pdf_pages(render(seed_sheet.sheet)):
        assert grouped in page


def test_the_same_data_gives_the_same_bytes(seed_sheet):
    assert render(seed_sheet.sheet) == render(seed_sheet.sheet)


def test_the_same_data_gives_the_same_bytes_in_another_process(seed_sheet, seed_path, tmp_path):
    script = (
        "import sys\n"
        "from cchc_desktop.services import Workspace\n"
        "from cchc_desktop.services.printing import render_pdf\n"
        f"ws = Workspace.open({str(tmp_path / 'other.db')!r})\n"
        f"sheet = ws.import_file({str(seed_path)!r}, unit='Huyện Phong Thổ', year=2023).sheet_id\n"
        "sys.stdout.buffer.write(render_pdf(ws.open_sheet(sheet)))\n"
        "ws.close()\n")
    from cchc_desktop.services.printing import render_pdf

    here = render_pdf(seed_sheet)
    there = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True).stdout
    assert here == there


def test_fonts_are_embedded_as_subsets(seed_pdf):
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(io.BytesIO(seed_pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert fonts and all("+LiberationSerif" in name for name in fonts)


def test_landscape_is_wider_than_tall(seed_sheet):
    from pypdf import PdfReader

    for wide, data in ((False, render(seed_sheet.sheet)), (True, render(seed_sheet.sheet, landscape=True))):
        box = PdfReader(io.BytesIO(data)).pages[0].mediabox
        assert (box.width > box.height) is wide
        assert round(float(min(box.width, box.height)) / 72 * 25.4) == 210


def test_both_columns_print_when_chosen(seed_sheet):
    seed_sheet.set_score("1.1", Column.SELF, "0,75")
    text = " ".join(pdf_pages(render(seed_sheet.sheet, columns=(Column.SELF, Column.APPRAISAL))))
    assert "ĐIỂM TỰ ĐÁNH GIÁ" in text and "ĐIỂM THẨM ĐỊNH" in text
    assert "1.1 Mức độ hoàn thành kế hoạch CCHC 1,00 0,75 1,00" in text


def test_text_is_printed_in_nfc(seed_sheet):
    decomposed = "Ho\u0300a Bi\u0300nh"  # typed with combining accents
    text = " ".join(pdf_pages(render(seed_sheet.sheet, signers=(Signer(("Người lập biểu",), decomposed),))))
    assert "Hòa Bình" in text


def test_a_rounding_difference_is_explained_under_the_table(seed_sheet, seed_rows):
    rows, _, total_score = seed_rows
    framework = seed_sheet.sheet.framework
    one_place = ScoreSheet(framework, rounding_places=1)
    for leaf in framework.leaves():
        value = seed_sheet.sheet.entry(leaf.code, Column.APPRAISAL)
        if value is not None:
            one_place.set_score(leaf.code, Column.APPRAISAL, value)
    leaf_codes = {leaf.code for leaf in framework.leaves()}
    rounded = sum(Decimal(row.score.replace(",", ".")).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                  for row in rows if row.code in leaf_codes)
    text = " ".join(pdf_pages(render(one_place)))
    assert f"là {total_score} điểm" in text
    assert f"thì tổng là {printed(str(rounded))} điểm" in text


def test_no_rounding_note_when_the_totals_agree(seed_pdf):
    assert "làm tròn" not in " ".join(pdf_pages(seed_pdf))


@pytest.mark.parametrize(("when", "expected"), [
    (date(2024, 2, 5), "Phong Thổ, ngày 05 tháng 02 năm 2024"),
    (date(2024, 1, 31), "Phong Thổ, ngày 31 tháng 01 năm 2024"),
    (date(2024, 3, 9), "Phong Thổ, ngày 09 tháng 3 năm 2024"),
    (date(2023, 12, 25), "Phong Thổ, ngày 25 tháng 12 năm 2023"),
])
def test_the_date_line_follows_the_decree(when, expected):
    assert date_line("Phong Thổ", when, when.year) == expected


def test_no_date_leaves_blanks_to_fill_in_rather_than_today(seed_sheet):
    text = pdf_pages(render(seed_sheet.sheet, document_date=None))[0]
    assert "Phong Thổ, ngày ...... tháng ...... năm 20......" in text and "tháng năm 2023" not in text  # signed later, often


# --- issue 17.10: long notes and titles wrap and flow over pages ------------------------------
def _numbered_note(length: int) -> str:
    """Words 'ghi1 chú2 …' up to ``length`` characters, so the reader can check none was lost."""
    words, size, index = [], 0, 0
    while size < length:
        index += 1
        word = f"{'ghi' if index % 2 else 'chú'}{index}"
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length].rstrip()


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("length", [295, 516, 2_000, 10_000])
def test_a_long_note_prints_whole_across_pages(seed_sheet, landscape, length):
    note = _numbered_note(length)
    seed_sheet.set_note("1.2.1", note)
    pages = pdf_pages(render(seed_sheet.sheet, landscape=landscape))
    text = " ".join(pages)
    words = note.split()
    positions = [text.find(f" {word} ") for word in words[:-1]]
    assert -1 not in positions, [w for w, p in zip(words, positions) if p == -1][:5]
    assert positions == sorted(positions)  # in order, none lost, none repeated out of place
    assert "Tổng điểm 100,00 79,24" in pages[-1] and "NGƯỜI LẬP BIỂU" in pages[-1]
    assert "1.2.1 Thực hiện đủ các báo cáo CCHC" in text


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_a_long_word_and_a_long_title_print_too(seed_sheet, landscape):
    seed_sheet.set_note("1.2.1", "x" * 2_000)  # no space to break at
    seed_sheet.set_note("2.1", "https://" + "a" * 600)
    pages = pdf_pages(render(seed_sheet.sheet, landscape=landscape))
    assert "Tổng điểm 100,00 79,24" in pages[-1]
    assert sum(page.count("x") for page in pages) >= 2_000
