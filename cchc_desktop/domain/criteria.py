"""The criteria tree: areas, criteria and sub-criteria of any depth, each with its maximum."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import NamedTuple

from .errors import FrameworkError, NotALeafError, UnknownCriterionError

CODE_PATTERN = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){0,15}")


def is_valid_code(code: str) -> bool:
    return CODE_PATTERN.fullmatch(code) is not None


def parent_code(code: str) -> str | None:
    head, dot, _ = code.rpartition(".")
    return head if dot else None


def code_sort_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))


def clean_text(text: str) -> str:
    """NFC, with runs of white space folded: how titles and notes are stored."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class Criterion:
    """A node of the criteria tree. Compared by identity: two nodes with the same code are different places."""

    def __init__(self, code: str, title: str, maximum: Decimal, parent: Criterion | None = None,
                 children: list[Criterion] | None = None) -> None:
        self.code = code
        self.title = title
        self.maximum = maximum
        self.parent = parent
        self.children = [] if children is None else children

    def __repr__(self) -> str:
        return f"Criterion(code={self.code!r}, title={self.title!r}, maximum={self.maximum!r})"

    @property
    def level(self) -> int:
        """1 for an area (lĩnh vực), 2 for a criterion (tiêu chí), 3+ for sub-criteria."""
        return self.code.count(".") + 1

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def ancestors(self) -> Iterator[Criterion]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def leaves(self) -> Iterator[Criterion]:
        if self.is_leaf:
            yield self
            return
        for child in self.children:
            yield from child.leaves()


class CriterionSpec(NamedTuple):
    """One row of a criteria list as read from a file, before it becomes a tree."""

    code: str
    title: str
    maximum: Decimal
    line: int | None = None


class Framework:
    """An ordered criteria tree; parents are found from the codes."""

    def __init__(self, specs: Iterable[CriterionSpec], *, name: str = "", year: int | None = None,
                 level: str = "district") -> None:
        self.name = name
        self.year = year
        self.level = level
        self.roots: list[Criterion] = []
        self._by_code: dict[str, Criterion] = {}
        specs = list(specs)
        for spec in specs:
            if not is_valid_code(spec.code):
                where = f"line {spec.line}: " if spec.line is not None else ""
                raise FrameworkError(
                    f"{where}“{spec.code}” is not a criterion code (codes look like 1, 1.2 or 1.2.3).",
                    kind="bad_code", code=spec.code, line=spec.line)
        # Parents are found from the codes, so the order rows come in does not matter.
        for spec in sorted(specs, key=lambda s: code_sort_key(s.code)):
            self._add(spec)
        if not self._by_code:
            raise FrameworkError("The criteria list is empty.", kind="empty_framework")
        self.ordered: list[Criterion] = list(self._by_code.values())
        self.maximum = sum((root.maximum for root in self.roots), Decimal("0.00"))

    def _add(self, spec: CriterionSpec) -> None:
        where = f"line {spec.line}: " if spec.line is not None else ""
        if spec.code in self._by_code:
            raise FrameworkError(f"{where}code {spec.code} appears twice.", kind="duplicate_code",
                                 code=spec.code, line=spec.line)
        if spec.maximum < 0:
            raise FrameworkError(f"{where}code {spec.code} has a negative maximum.", kind="bad_maximum",
                                 code=spec.code, line=spec.line)
        parent = None
        wanted_parent = parent_code(spec.code)
        if wanted_parent is not None:
            parent = self._by_code.get(wanted_parent)
            if parent is None:
                raise FrameworkError(
                    f"{where}code {spec.code} has no parent: there is no row {wanted_parent}.",
                    kind="missing_parent", code=spec.code, line=spec.line, parent=wanted_parent)
        node = Criterion(code=spec.code, title=spec.title, maximum=spec.maximum, parent=parent)
        if parent is None:
            self.roots.append(node)
        else:
            parent.children.append(node)
        self._by_code[spec.code] = node

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Criterion]:
        return iter(self.ordered)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Criterion:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownCriterionError(f"There is no criterion {code} in this framework.", code=code) from None

    def leaf(self, code: str) -> Criterion:
        node = self.get(code)
        if not node.is_leaf:
            raise NotALeafError(
                f"{code} is computed from its sub-criteria: enter scores on {', '.join(c.code for c in node.children)}.",
                code=code)
        return node

    def leaves(self) -> list[Criterion]:
        return [node for node in self.ordered if node.is_leaf]

    def specs(self) -> list[CriterionSpec]:
        return [CriterionSpec(node.code, node.title, node.maximum) for node in self.ordered]

    def maxima_mismatches(self) -> list[tuple[Criterion, Decimal]]:
        """Parents whose maximum differs from the sum of their children's maxima."""
        found = []
        for node in self.ordered:
            if node.children:
                summed = sum((child.maximum for child in node.children), Decimal("0.00"))
                if summed != node.maximum:
                    found.append((node, summed))
        return found
