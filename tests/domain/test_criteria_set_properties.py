"""Properties of reading criteria sets: any tree printed in a decision's numbering styles reads back as that tree."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop.domain.criteria_sets import read_criteria

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
LOWER = "abcdđeghiklm"
UPPER = "ABCDĐEG"

# Per level, how the label of the n-th child (from 1) is printed, given the parent's printed number.
STYLE_SETS = {
    "roman/arabic/dotted/letters": [lambda n, up: ROMAN[n - 1], lambda n, up: str(n),
                                    lambda n, up: f"{up}.{n}", lambda n, up: f"{LOWER[n - 1]})"],
    "seed dotted": [lambda n, up: str(n), lambda n, up: f"{up}.{n}", lambda n, up: f"{up}.{n}",
                    lambda n, up: f"{up}.{n}"],
    "letters/roman/arabic/lower": [lambda n, up: UPPER[n - 1], lambda n, up: f"{ROMAN[n - 1]}.",
                                   lambda n, up: f"{n}.", lambda n, up: f"{LOWER[n - 1]})"],
    "arabic/paren/letters": [lambda n, up: f"{n}.", lambda n, up: f"{n})", lambda n, up: f"{LOWER[n - 1]})",
                             lambda n, up: f"{LOWER[n - 1]}."],
}


@st.composite
def trees(draw):
    """A criteria tree as (path, children) with up to 4 levels and up to 7 children a node."""
    def node(depth: int) -> list:
        count = draw(st.integers(0 if depth > 1 else 1, 7 if depth < 4 else 0)) if depth <= 4 else 0
        return [node(depth + 1) for _ in range(count)]
    return node(1)


def render(tree, style, rules):
    """The table rows of ``tree`` in ``style``, with rule lines under the criteria ``rules`` picks."""
    rows = [["STT", "TIÊU CHÍ", "ĐIỂM CHUẨN"]]
    expected = []

    def walk(children, depth, parent_label, parent_path):
        total = Decimal("0.00")
        for n, grandchildren in enumerate(children, start=1):
            label = style[depth](n, parent_label)
            path = f"{parent_path}.{n}" if parent_path else str(n)
            row = [label, f"Tiêu chí {path}", ""]
            rows.append(row)
            guide = f"Hướng dẫn chấm {path}: đạt thì 1 điểm" if rules(path) else None
            if guide:
                rows.append(["", guide, ""])
            entry = [path, label, None, guide]
            expected.append(entry)
            maximum = walk(grandchildren, depth + 1, label, path) if grandchildren else Decimal("1.25")
            row[2] = f"{maximum:f}".replace(".", ",")
            entry[2] = maximum
            total += maximum
        return total

    walk(tree, 0, "", "")
    return rows, expected


@settings(max_examples=150, deadline=None)
@given(trees(), st.sampled_from(sorted(STYLE_SETS)), st.sets(st.integers(1, 40)))
def test_any_tree_in_mixed_numbering_reads_back_with_its_paths_labels_maxima_and_guides(tree, style_name, ruled):
    counter = iter(range(1, 10_000))
    rows, expected = render(tree, STYLE_SETS[style_name], lambda path: next(counter) in ruled)
    criteria = read_criteria(rows)
    assert [[r.path, r.code, r.maximum, r.guide] for r in criteria.rows] == expected
    assert criteria.warnings == []
