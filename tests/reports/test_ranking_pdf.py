"""The printed ranking: the office's header and title, a row per unit in rank order, signers, and the bar chart."""

from __future__ import annotations

import io
import random
from decimal import Decimal

import pytest
from pdf_text import pdf_pages
from pypdf import PdfReader

from cchc_desktop.domain.ranking import RankInput, rank
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.tables import read_table, text_rows
from cchc_desktop.reports.pdf import SheetLayout, Signer
from cchc_desktop.reports.ranking_pdf import render_ranking_pdf

LAYOUT = SheetLayout(issuer_lines=("UBND tỉnh Lai Châu", "Sở Nội vụ"), place="Lai Châu",
                     title_lines=("Bảng xếp hạng Chỉ số cải cách hành chính", "các xã năm 2023"), year=2023,
                     signers=(Signer(("Người lập biểu",)), Signer(("Giám đốc",), "Nguyễn Văn An")))


@pytest.fixture
def ranked(seed_text: str):
    table = read_table(text_rows(seed_text), source="seed")
    chance = random.Random(7)
    entries = [RankInput("Huyện Phong Thổ", 1, table.sheet), RankInput("Xã Chưa Chấm", 2, ScoreSheet(table.framework))]
    for number in range(3, 39):
        sheet = ScoreSheet(table.framework)
        for leaf in table.framework.leaves():
            hundredths = int(leaf.maximum * 100)
            sheet.set_score(leaf.code, Column.APPRAISAL, Decimal(chance.randint(hundredths // 2, hundredths)) / 100)
        entries.append(RankInput(f"Xã Số {number}", number, sheet))
    return rank(entries)


def test_the_ranking_prints_header_title_rows_in_rank_order_and_signers(ranked):
    data = render_ranking_pdf(ranked, LAYOUT)
    pages = pdf_pages(data)
    first = pages[0]
    assert "UBND TỈNH LAI CHÂU" in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH" in first
    assert "Xếp hạng" in first and "Chỉ số (%)" in first and "LV 8" in first
    text = " ".join(pages)
    phong_tho = next(unit for unit in ranked if unit.unit == "Huyện Phong Thổ")
    assert f"{phong_tho.rank} Huyện Phong Thổ 9,28" in text and "79,24 79,24" in text
    # Rank order on paper: each unit's name comes after the one ranked above it.
    positions = [text.index(unit.unit + " ") for unit in ranked]
    assert positions == sorted(positions)
    assert "Chưa có điểm" in text and text.index("Xã Chưa Chấm") > positions[-2]
    assert "NGƯỜI LẬP BIỂU" in text and "Nguyễn Văn An" in text
    assert "BIỂU ĐỒ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH THEO ĐƠN VỊ" in pages[-1]
    assert "Tốt" in pages[-1] and "Khá" in pages[-1]  # the grade bands are labelled
    reader = PdfReader(io.BytesIO(data))
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)  # 8 areas: landscape


def test_the_same_ranking_prints_the_same_bytes_and_embeds_its_fonts(ranked):
    data = render_ranking_pdf(ranked, LAYOUT)
    assert data == render_ranking_pdf(ranked, LAYOUT)
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("LiberationSerif" in name for name in fonts), fonts


def test_a_year_without_any_score_prints_the_table_without_a_chart(seed_text):
    table = read_table(text_rows(seed_text), source="seed")
    pages = pdf_pages(render_ranking_pdf(rank([RankInput("Xã A", 1, ScoreSheet(table.framework))]), LAYOUT))
    assert "Chưa có điểm" in pages[0]
    assert not any("BIỂU ĐỒ" in page for page in pages)
