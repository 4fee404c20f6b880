"""Reading printed sheets back: the seed's rows read on their own, and a PDF's text by page."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class SeedRow:
    code: str
    title: str
    maximum: str  # as a reader of the printed sheet sees it: 13,50
    score: str


def printed(text: str) -> str:
    """'1' → '1,00', '9,28' → '9,28': how a careful clerk would write the seed's figures."""
    return f"{Decimal(text.replace(',', '.')):.2f}".replace(".", ",")


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_seed(text: str) -> tuple[list[SeedRow], str, str]:
    """The seed's rows, and its stated total maximum and total appraisal, without the program's parser."""
    rows, total_max, total_score = [], "", ""
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 4:
            continue
        if re.fullmatch(r"\d+(\.\d+)*", cells[0].strip()):
            rows.append(SeedRow(cells[0].strip(), squeeze(cells[1]), printed(cells[2].strip()),
                                printed(cells[3].strip())))
        elif "Tổng điểm" in cells[1]:
            total_max, total_score = (re.sub(r"<[^>]+>", "", cell).strip() for cell in cells[2:4])
    return rows, total_max, total_score


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [squeeze(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
