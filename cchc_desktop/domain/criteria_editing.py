"""A criteria set edited as a tree: paths renumbered, the import's checks applied, parent sums warned about."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .criteria import clean_text
from .criteria_sets import MAX_CRITERIA, CriteriaWarning, CriterionRow
from .numbers import format_score
from .tables import ImportRefused


@dataclass
class EditNode:
    """One criterion in the editor: its printed label, title, maximum, guide text and sub-criteria."""

    code: str
    title: str
    maximum: Decimal
    guide: str | None = None
    children: list[EditNode] = field(default_factory=list)
    kind: str = "score"  # score, bonus or deduction
    rule: dict | None = None  # domain.rules.to_dict; None is manual


def tree_of(rows: Sequence[CriterionRow]) -> list[EditNode]:
    """The stored rows (document order) as editable top-level nodes."""
    nodes: dict[str, EditNode] = {}
    roots: list[EditNode] = []
    for row in rows:
        node = EditNode(row.code, row.title, row.maximum, row.guide, kind=row.kind, rule=row.rule)
        nodes[row.path] = node
        (nodes[row.parent].children if row.parent in nodes else roots).append(node)
    return roots


def sum_warning(node: EditNode) -> str | None:
    """What the editor shows on a parent whose maximum is not the sum of its parts (None when it is)."""
    if not node.children:
        return None
    summed = sum((child.maximum for child in node.children), Decimal("0.00"))
    if summed == node.maximum:
        return None
    return (f"{node.code}: the maximum is {format_score(node.maximum)} but its parts add up to "
            f"{format_score(summed)}.")


def rows_of(roots: Sequence[EditNode]) -> tuple[list[CriterionRow], list[CriteriaWarning]]:
    """Number the tree ("2.5.1") and check it as an import is checked: refusals name the row, doubts warn."""
    if not roots:
        raise ImportRefused("The criteria set has no criteria: add at least one.", kind="no_rows")
    rows: list[CriterionRow] = []
    warnings: list[CriteriaWarning] = []

    def walk(nodes: Sequence[EditNode], parent: CriterionRow | None) -> None:
        seen: dict[str, CriterionRow] = {}
        for index, node in enumerate(nodes, start=1):
            path = f"{parent.path}.{index}" if parent else str(index)
            code = " ".join(unicodedata.normalize("NFC", node.code or "").split()) or path
            title = clean_text(node.title or "")
            if not title:
                raise ImportRefused(f"{code}: the criterion has no title.", kind="missing_title", code=code)
            if any(unicodedata.category(ch) == "Cc" for ch in title):
                raise ImportRefused(f"{code}: the title contains control characters.", kind="control_characters",
                                    code=code)
            maximum = node.maximum
            if maximum < 0:
                raise ImportRefused(f"{code}: the maximum is negative.", kind="negative", code=code)
            if maximum != maximum.quantize(Decimal("0.01")):
                raise ImportRefused(f"{code}: the maximum has more than 2 decimals.", kind="too_many_decimals",
                                    code=code)
            guide = unicodedata.normalize("NFC", node.guide).strip() if node.guide else None
            row = CriterionRow(path=path, code=code, title=title, maximum=maximum.quantize(Decimal("0.01")),
                               line=len(rows) + 1, parent=parent.path if parent else None, guide=guide or None,
                               kind=node.kind, rule=None if node.children else node.rule)
            if parent is not None:
                parent.children.append(row)
            rows.append(row)
            if len(rows) > MAX_CRITERIA:
                raise ImportRefused(f"more than {MAX_CRITERIA:,} criteria.", kind="too_large")
            message = sum_warning(node)
            if message:
                row.warning = message
                warnings.append(CriteriaWarning(row.line, code, "max_mismatch", message, {}))
            if code in seen:
                message = f"{code} is used twice under one parent; both rows are kept — check the numbering."
                row.warning = f"{row.warning} {message}" if row.warning else message
                warnings.append(CriteriaWarning(row.line, code, "duplicate_label", message, {}))
            seen[code] = row
            walk(node.children, row)

    walk(roots, None)
    return rows, warnings
