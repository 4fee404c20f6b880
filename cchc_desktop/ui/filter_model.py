"""Filtering the criteria tree by code or words (accents ignored) and to unscored sub-criteria only."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal

from ..domain.letters import strip_marks
from ..domain.scoring import MAIN_COLUMNS, Column
from .tree_model import TreeColumn, SheetTreeModel

SEARCHED_COLUMNS = (TreeColumn.CODE, TreeColumn.TITLE)


def fold(text: str) -> str:
    """Lower case without diacritics: "Thủ tục Đất đai" → "thu tuc dat dai"."""
    return strip_marks(text.casefold())


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the position in ``text`` it came from."""
    folded, positions = [], []
    for position, character in enumerate(text):
        for folded_character in fold(character):
            folded.append(folded_character)
            positions.append(position)
    return "".join(folded), positions


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the folded ``words`` occur in ``text``, as merged (start, length) spans of the original text."""
    folded, positions = fold_with_positions(text)
    spans = []
    for word in words:
        start = folded.find(word)
        while start >= 0 and word:
            end = start + len(word)
            spans.append((positions[start], positions[end - 1] + 1))
            start = folded.find(word, end)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end - start) for start, end in merged]


class SheetFilterModel(QSortFilterProxyModel):
    """Keeps a row if it (or an ancestor) matches every typed word; parents of kept rows stay visible."""

    # Words typed or cleared: the view marks matches only while there are words (ui/match_delegate.py).
    searching = Signal(bool)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Rows must not vanish under the cursor while someone types scores; the filter applies when changed.
        self.setDynamicSortFilter(False)
        self._words: list[str] = []
        self._only_unscored = False
        self._folded: dict[str, str] = {}

    def setSourceModel(self, model) -> None:  # noqa: ANN001 - a SheetTreeModel or None
        self._folded.clear()  # another sheet may have other titles under the same codes
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            was_searching = bool(self._words)
            self._words = words
            self._refilter()
            if bool(words) != was_searching:
                self.searching.emit(bool(words))

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

    @property
    def words(self) -> list[str]:
        return list(self._words)

    def _matches_itself(self, node) -> bool:  # noqa: ANN001 - a Criterion
        if self._only_unscored:
            sheet = self.sourceModel().document.sheet
            if not node.is_leaf or all(sheet.entry(node.code, column) is not None for column in MAIN_COLUMNS):
                return False
        haystack = self._haystack(node)
        return all(word in haystack for word in self._words)

    def hits(self) -> int:
        """How many criteria match by themselves (not those shown only as a match's parent or child)."""
        source = self.sourceModel()
        if not self.active or source is None:
            return 0
        return sum(1 for node in source.document.sheet.framework if self._matches_itself(node))

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span) -> None:  # noqa: ANN001, N802
        # Qt's proxy answers multiData role by role, each through mapToSource and the source's data; handing the
        # whole span to SheetTreeModel.multiData makes a painted cell one call into Python, not fourteen.
        source = self.sourceModel()
        if source is None or not index.isValid():
            super().multiData(index, span)
            return
        source.multiData(self.mapToSource(index), span)

    def match_spans_at(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[int, int]]:
        """(start, length) pairs of the typed words inside a code or title cell's text, for painting the match.

        A method, not a data role: overriding ``data`` would put Python in every one of the thousands of calls
        a repaint makes, search or no search.
        """
        if not self._words or index.column() not in SEARCHED_COLUMNS:
            return []
        node = self.sourceModel().node(self.mapToSource(index))
        if node is None or not all(word in self._haystack(node) for word in self._words):
            return []  # shown only for a match above or below it: a marked part-word would mislead
        return match_spans(str(index.data() or ""), self._words)

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
            if not node.is_leaf or all(sheet.entry(node.code, column) is not None for column in MAIN_COLUMNS):
                return False
        if self._words:
            # A match on an area or criterion keeps everything under it.
            for holder in (node, *node.ancestors()):
                haystack = self._haystack(holder)
                if all(word in haystack for word in self._words):
                    return True
            return False
        return True
