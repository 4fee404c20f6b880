"""Generated score tables of any size, in the seed's text form, for benchmarks."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from cchc_desktop.domain.numbers import format_score

HEADER = "STT\tLĨNH VỰC / TIÊU CHÍ / TIÊU CHÍ THÀNH PHẦN\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH"


def generated_rows(count: int, *, branching: tuple[int, ...] = (8, 8, 8, 10), seed: int = 1) -> list[tuple[str, str, Decimal, Decimal]]:
    """``count`` criteria in a tree with the given branching; every leaf is worth 1,00."""
    rng = random.Random(seed)
    codes: list[str] = []

    def grow(prefix: str, depth: int) -> None:
        for index in range(1, branching[depth] + 1):
            if len(codes) >= count:
                return
            code = f"{prefix}.{index}" if prefix else str(index)
            codes.append(code)
            if depth + 1 < len(branching):
                grow(code, depth + 1)

    grow("", 0)
    children: dict[str, list[str]] = {}
    for code in codes:
        parent = code.rpartition(".")[0]
        children.setdefault(parent, []).append(code)
    maxima: dict[str, Decimal] = {}
    scores: dict[str, Decimal] = {}
    for code in reversed(codes):
        kids = children.get(code)
        if kids:
            maxima[code] = sum(maxima[k] for k in kids)
            scores[code] = sum(scores[k] for k in kids)
        else:
            maxima[code] = Decimal("1.00")
            scores[code] = Decimal(rng.randint(0, 100)) / 100
    return [(code, f"Tiêu chí thử nghiệm {code} về cải cách thủ tục hành chính", maxima[code], scores[code])
            for code in codes]


def write_table(path: Path, count: int) -> Path:
    lines = [HEADER]
    for code, title, maximum, score in generated_rows(count):
        lines.append(f"{code}\t{title}\t{format_score(maximum)}\t{format_score(score)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
