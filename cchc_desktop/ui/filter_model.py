"""Filtering the criteria tree by code or words (accents ignored) and to unscored sub-criteria only."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..domain.scoring import Column
from .tree_model import SheetTreeModel


def fold(text: str) -> str:
    """Lower case without diacritics: "Thủ tục Đất đai" → "thu tuc dat dai"."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class SheetFilterModel(QSortFilterProxyModel):
    """Keeps a row if it (or an ancestor) matches every typed word; parents of kept rows stay visible."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Rows must not vanish under the cursor while someone types scores; the filter applies when changed.
        self.setDynamicSortFilter(False)
        self._words: list[str] = []
        self._only_unscored = False
        self._folded: dict[str, str] = {}

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._refilter()

    def set_only_unscored(self, on: bool) -> None:
        if on != self._only_unscored:
            self._only_unscored = on
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._words) or self._only_unscored

    def _haystack(self, node) -> str:  # noqa: ANN001 - a Criterion
        cached = self._folded.get(node.code)
        if cached is None:
            cached = self._folded[node.code] = fold(f"{node.code} {node.title}")
        return cached

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source: SheetTreeModel = self.sourceModel()
        node = source.node(source.index(source_row, 0, source_parent))
        if node is None:
            return False
        if self._only_unscored:
            sheet = source.document.sheet
            if not node.is_leaf or all(sheet.entry(node.code, column) is not None for column in Column):
                return False
        if self._words:
            # A match on an area or criterion keeps everything under it.
            for holder in (node, *node.ancestors()):
                haystack = self._haystack(holder)
                if all(word in haystack for word in self._words):
                    return True
            return False
        return True
