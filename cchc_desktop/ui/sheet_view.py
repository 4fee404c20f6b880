"""The tree view with spreadsheet keys: Enter moves down, Tab moves right, Delete clears, copy and paste."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import (QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLabel, QTreeView, QWidget

from ..domain.errors import NotALeafError
from ..domain import paste
from ..domain.paste import read_paste
from ..services import rules
from ..services.edits import Edit
from ..services.errors import SheetLockedError
from .messages import describe
from .filter_model import SEARCHED_COLUMNS
from .match_delegate import MatchDelegate
from .score_delegate import MESSAGE_STYLE, ScoreDelegate, TextDelegate, source_of
from .tree_model import CYCLE_COLUMNS, SCORE_COLUMNS, TREE_COLUMN_OF, SheetTreeModel, TreeColumn

AnyIndex = QModelIndex | QPersistentModelIndex
# In the order the view shows them (round 1 and the explanation are moved after the self-assessment).
EDITABLE_COLUMNS = (TreeColumn.SELF, TreeColumn.ROUND1, TreeColumn.EXPLANATION, TreeColumn.APPRAISAL, TreeColumn.NOTE)


CELL_MESSAGE_MS = 6000
MAX_NAMED = 10  # bad values named in a refused paste; the rest are counted


class PasteRefused(Exception):
    """A paste that changes nothing; the message names the values at fault."""


class PasteOutcome(NamedTuple):
    count: int  # scores written
    skipped_parents: list[str]  # rows in between that take no score (computed from their sub-criteria)


class SheetTreeView(QTreeView):
    message = Signal(str)  # for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetTree")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)  # thousands of rows stay fast; long titles elide with a tooltip
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        # A little air between rows: a whole afternoon of reading small type is tiring.
        self.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.setAllColumnsShowFocus(False)
        self.score_delegate = ScoreDelegate(self)
        self.score_delegate.message.connect(self.message)
        for column in SCORE_COLUMNS:
            self.setItemDelegateForColumn(int(column), self.score_delegate)
        self.text_delegate = TextDelegate(self)
        for column in (TreeColumn.NOTE, TreeColumn.EXPLANATION):
            self.setItemDelegateForColumn(int(column), self.text_delegate)
        self.match_delegate = MatchDelegate(self)
        # Said in the view itself, where the user is looking: "no match", and why a cell takes no typing.
        self.placeholder = QLabel(self.viewport())
        self.placeholder.setObjectName("treePlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("QLabel { color: #555; font-size: 11pt; padding: 24px; }")
        self.placeholder.hide()
        self.cell_message = QLabel(self.viewport())
        self.cell_message.setObjectName("cellMessage")
        self.cell_message.setStyleSheet(MESSAGE_STYLE)
        self.cell_message.setWordWrap(True)
        self.cell_message.hide()
        self.cell_message_timer = QTimer(self)
        self.cell_message_timer.setSingleShot(True)
        self.cell_message_timer.setInterval(CELL_MESSAGE_MS)
        self.cell_message_timer.timeout.connect(self.cell_message.hide)
        # It points at a cell: once the rows move under it, it would point at another.
        self.verticalScrollBar().valueChanged.connect(self.cell_message.hide)
        self.collapsed.connect(self.cell_message.hide)
        self.expanded.connect(self.cell_message.hide)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)

    def fit_columns(self) -> None:
        """Widths that show every number whole; the titles and the notes share the rest (see _share_width)."""
        header = self.header()
        metrics = self.fontMetrics()
        number = max(metrics.horizontalAdvance("000,00") + 48, 96)
        for column in (TreeColumn.MAXIMUM, TreeColumn.SELF, TreeColumn.APPRAISAL, TreeColumn.DIFFERENCE,
                       TreeColumn.ROUND1):
            title = str(self.model().headerData(int(column), Qt.Orientation.Horizontal) or "")
            header.resizeSection(int(column), max(number, metrics.horizontalAdvance(title) + 36))
        header.resizeSection(int(TreeColumn.CODE), metrics.horizontalAdvance("0.0.0.0") + 24 + self.indentation() * 3)
        header.resizeSection(int(TreeColumn.EXPLANATION), metrics.horizontalAdvance("M" * 14))
        self.show_cycle_columns()
        # The note column takes what is left over, down to a narrow strip (a note's tooltip shows all of it).
        header.setSectionResizeMode(int(TreeColumn.TITLE), QHeaderView.ResizeMode.Interactive)
        self._note_widths = (metrics.horizontalAdvance("M" * 7), metrics.horizontalAdvance("M" * 14))
        self._title_minimum = metrics.averageCharWidth() * 55
        self._share_width()

    def show_cycle_columns(self) -> None:
        """Round 1 and the explanations show for a sheet in the yearly cycle; a sheet outside it looks as before."""
        model = self.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        document = getattr(source, "document", None)
        in_cycle = document is not None and document.info.stage is not None
        header = self.header()
        # Shown where they are read: self-assessment, round 1, explanation, final appraisal.
        for offset, column in enumerate(CYCLE_COLUMNS, 1):
            header.moveSection(header.visualIndex(int(column)), header.visualIndex(int(TreeColumn.SELF)) + offset)
            header.setSectionHidden(int(column), not in_cycle)

    def _share_width(self) -> None:
        """Titles keep a readable width; on a narrow window the note column gives way first."""
        if self.model() is None or not hasattr(self, "_note_widths"):
            return
        header = self.header()
        fixed = sum(header.sectionSize(int(column)) for column in TreeColumn
                    if column not in (TreeColumn.TITLE, TreeColumn.NOTE) and not header.isSectionHidden(int(column)))
        room = self.viewport().width() - fixed
        note_minimum, note_preferred = self._note_widths
        note = min(max(room - self._title_minimum, note_minimum), note_preferred)
        title = max(room - note, self._title_minimum // 2)
        header.resizeSection(int(TreeColumn.TITLE), title)
        # Set rather than stretched: a stretched last section never gets narrower than the default size.
        header.resizeSection(int(TreeColumn.NOTE), max(room - title, note_minimum))

    def setModel(self, model) -> None:  # noqa: ANN001, N802 - a SheetFilterModel (or a plain model in tests)
        super().setModel(model)
        searching = getattr(model, "searching", None)
        if searching is not None:
            searching.connect(self.mark_matches)
            self.mark_matches(bool(model.words))

    def mark_matches(self, on: bool) -> None:
        """Paint the typed words inside code and title cells (while searching only: see match_delegate.py)."""
        for column in SEARCHED_COLUMNS:
            self.setItemDelegateForColumn(int(column), self.match_delegate if on else None)

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport, not the view: it also narrows when the vertical scroll bar appears.
        if event.type() == QEvent.Type.Resize:
            self._share_width()
            self.placeholder.setGeometry(self.viewport().rect())
        return super().viewportEvent(event)

    def set_placeholder(self, text: str) -> None:
        """A line in the middle of the (empty) tree; an empty text hides it."""
        self.placeholder.setText(text)
        self.placeholder.setGeometry(self.viewport().rect())
        self.placeholder.setVisible(bool(text))

    def show_cell_message(self, index: QModelIndex, text: str) -> None:
        """A refusal shown under the cell it is about, like a score editor's; it goes after a few seconds."""
        rect = self.visualRect(index)
        area = self.viewport().rect()
        self.cell_message.setText(text)
        self.cell_message.setMaximumWidth(max(260, area.width() // 2))
        self.cell_message.adjustSize()
        position = rect.bottomLeft() + QPoint(0, 2)
        if position.y() + self.cell_message.height() > area.bottom():
            position.setY(rect.top() - self.cell_message.height() - 2)
        position.setX(max(0, min(position.x(), area.right() - self.cell_message.width())))
        self.cell_message.move(position)
        self.cell_message.show()
        self.cell_message.raise_()
        self.cell_message_timer.start()

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.cell_message.hide()  # it was about the cell just left
        super().currentChanged(current, previous)

    # --- moving like a spreadsheet -----------------------------------------------------
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_to(self.next_leaf(current))
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self.move_to(self.next_cell(current, forward=True))
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self.move_to(self.next_cell(current, forward=False))

    def move_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def next_leaf(self, index: QModelIndex, *, forward: bool = True) -> QModelIndex:
        """The next visible row below (or above) whose cell in this column is editable."""
        column = index.column()
        row_index = index.siblingAtColumn(0)
        while True:
            row_index = self.indexBelow(row_index) if forward else self.indexAbove(row_index)
            if not row_index.isValid():
                return QModelIndex()
            candidate = row_index.siblingAtColumn(column)
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate

    def next_cell(self, index: QModelIndex, *, forward: bool) -> QModelIndex:
        """The next editable cell to the right (Tab) or left (Shift+Tab), wrapping to the next leaf."""
        if not index.isValid():
            return QModelIndex()
        # By where the columns show (round 1 and the explanation are moved next to the self-assessment).
        place = self.header().visualIndex
        order = sorted(EDITABLE_COLUMNS, key=lambda c: place(int(c)), reverse=not forward)
        here = place(index.column())
        after = [c for c in order if (place(int(c)) > here if forward else place(int(c)) < here)]
        for column in after:
            candidate = index.siblingAtColumn(int(column))
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate
        return self.next_leaf(index.siblingAtColumn(int(order[0])), forward=forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.move_to(self.next_leaf(self.currentIndex()))
                return
            if key == Qt.Key.Key_Tab:
                self.move_to(self.next_cell(self.currentIndex(), forward=True))
                return
            if key == Qt.Key.Key_Backtab:
                self.move_to(self.next_cell(self.currentIndex(), forward=False))
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected_scores()
                return
            current = self.currentIndex()
            if (event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                    and current.isValid() and not current.flags() & Qt.ItemFlag.ItemIsEditable):
                # Not passed on: Qt would jump to a row starting with the typed digit, away from the reason.
                self._explain_read_only(current)
                return
        super().keyPressEvent(event)

    def edit(self, index: QModelIndex, trigger=None, event=None) -> bool:  # noqa: ANN001 - Qt's overloads
        if trigger is None:
            return super().edit(index)
        opened = super().edit(index, trigger, event)
        # F2 or a double click on a cell that takes no typing says why, at the cell (typing: keyPressEvent).
        asked = trigger in (QAbstractItemView.EditTrigger.DoubleClicked, QAbstractItemView.EditTrigger.EditKeyPressed)
        # Not on the code and title: a double click there opens or folds the row, nothing to explain.
        if (not opened and asked and index.column() in EDITABLE_COLUMNS
                and self.state() != QAbstractItemView.State.EditingState):
            self._explain_read_only(index)
        return opened

    def _explain_read_only(self, index: QModelIndex) -> None:
        """Typing on a cell that cannot be edited says why, instead of doing nothing."""
        if not index.isValid() or index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        model, source = source_of(index)
        node = model.node(source)
        if model.document.finalized:
            text = describe(SheetLockedError("finalized", sheet_id=model.document.id))
        elif index.column() in SCORE_COLUMNS and not node.is_leaf:
            text = describe(NotALeafError("computed", code=node.code))
        elif (closed := self._closed_by_stage(model.document, TreeColumn(index.column()))) is not None:
            text = closed
        else:
            text = self.tr("This column is not typed in: choose a self-assessment, appraisal or note cell.")
        self.message.emit(text)
        self.show_cell_message(index, text)

    @staticmethod
    def _closed_by_stage(document, column: TreeColumn) -> str | None:  # noqa: ANN001 - a SheetDocument
        """Why the sheet's stage keeps this column closed, or None when the stage is not the reason."""
        from ..domain.stages import EXPLANATION, NOTE, StageError, check_editable

        field = SCORE_COLUMNS.get(column) or {TreeColumn.NOTE: NOTE, TreeColumn.EXPLANATION: EXPLANATION}.get(column)
        if field is None:
            return None
        try:
            check_editable(document.stage, field)
        except StageError as error:
            return describe(error)
        return None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab belongs to the sheet (next cell), not to moving focus to the next widget.
        return False

    def commit_open_editor(self) -> None:
        """Store a valid entry still being typed (closing the window, switching sheets)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            delegate = self.itemDelegateForIndex(self.currentIndex())
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- changing scores from the keyboard ---------------------------------------------
    def sheet_model(self) -> SheetTreeModel:
        return source_of(self.model().index(0, 0))[0]

    def _selected_score_cells(self) -> list[QModelIndex]:
        cells = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        found = []
        for index in cells:
            if index.isValid() and index.column() in SCORE_COLUMNS and index.flags() & Qt.ItemFlag.ItemIsEditable:
                found.append(source_of(index)[1])
        return found

    def clear_selected_scores(self) -> None:
        cells = self._selected_score_cells()
        if not cells:
            return
        model = cells[0].model()
        edits = [Edit(model.node(index).code, SCORE_COLUMNS[TreeColumn(index.column())], None) for index in cells]
        edits = [edit for edit in edits if model.document.sheet.entry(edit.code, edit.column) is not None]
        if edits:
            model.editor.edit_scores(edits, source="clear")

    # --- clipboard ---------------------------------------------------------------------
    def selection_as_text(self) -> str:
        """The selected cells as tab-separated lines, the way spreadsheets copy."""
        cells = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        rows: dict[tuple, dict[int, str]] = {}
        order: list[tuple] = []
        for index in cells:
            if not index.isValid():
                continue
            key = _visual_key(self, index)
            if key not in rows:
                rows[key] = {}
                order.append(key)
            rows[key][index.column()] = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not rows:
            return ""
        columns = sorted({column for values in rows.values() for column in values})
        lines = ["\t".join(rows[key].get(column, "") for column in columns) for key in sorted(order)]
        return "\n".join(lines) + "\n"

    def paste_text(self, text: str) -> PasteOutcome:
        """Put lines of numbers into consecutive sub-criteria from the current cell down; all or nothing.

        The block is read by domain.paste.read_paste; this names its refusals in the user's language and
        selects the pasted cells afterwards. Raises PasteRefused naming every bad value (the first MAX_NAMED).
        """
        current = self.currentIndex()
        if not current.isValid() or current.column() not in SCORE_COLUMNS:
            raise PasteRefused(self.tr("Select a self-assessment or appraisal cell of a sub-criterion to paste into."))
        model, start = source_of(current)
        node = model.node(start)
        ruled = {code for code in model.book.rules if model.rule_of(code) is not None}

        def figures(code, column, value):  # noqa: ANN001, ANN202 - the score a rule leaf's pasted figures earn
            return rules.score_of_pasted(model.document, model.book, code, column, value)

        try:
            plan = read_paste(model.document.sheet, node.code, SCORE_COLUMNS[TreeColumn(start.column())], text,
                              ruled=ruled, figures=figures)
        except paste.PasteRefused as refusal:
            raise PasteRefused(self._refusal_text(refusal)) from None
        # A value on a rule leaf is its figures: stored with the score the rule makes of them, in the same step.
        model.editor.paste(plan.scores, [(item.code, item.column, item.text) for item in plan.figures])
        self._select_pasted(model, plan.leaves, [TREE_COLUMN_OF[column] for column in plan.columns])
        return PasteOutcome(len(plan.scores) + len(plan.figures), plan.skipped_parents)

    def _refusal_text(self, refusal: paste.PasteRefused) -> str:
        params = {key: str(value) for key, value in refusal.params.items()}
        reason = refusal.reason
        if reason == paste.PasteReason.NOT_A_LEAF:
            return self.tr("%1 is computed from its sub-criteria: select a sub-criterion to paste into.").replace(
                "%1", params["code"])
        if reason == paste.PasteReason.EMPTY:
            return self.tr("The clipboard holds no numbers to paste.")
        if reason == paste.PasteReason.TOO_MANY_LINES:
            return (self.tr("The clipboard has %1 lines but only %2 sub-criteria follow from %3.")
                    .replace("%1", params["lines"]).replace("%2", params["leaves"]).replace("%3", params["code"]))
        if reason == paste.PasteReason.TOO_MANY_VALUES:
            return (self.tr("Line %1 has %2 values but there are only %3 score columns from here.")
                    .replace("%1", params["line"]).replace("%2", params["values"]).replace("%3", params["columns"]))
        problems = [self.tr("Line %1 (%2): %3").replace("%1", str(problem.line)).replace("%2", problem.code)
                    .replace("%3", _without_code(describe(problem.error), problem.code))
                    for problem in refusal.problems]
        return self._bad_values_text(problems)

    def _bad_values_text(self, problems: list[str]) -> str:
        if len(problems) == 1:
            head = self.tr("Nothing was pasted: one value cannot be a score.")
        else:
            head = self.tr("Nothing was pasted: %1 values cannot be scores.").replace("%1", str(len(problems)))
        named = problems[:MAX_NAMED]
        if len(problems) > MAX_NAMED:
            named.append(self.tr("… and %1 more.").replace("%1", str(len(problems) - MAX_NAMED)))
        return head + "\n\n" + "\n".join(named)

    def _select_pasted(self, model: SheetTreeModel, codes: list[str], columns: list[TreeColumn]) -> None:
        """Select what was pasted, as a spreadsheet does, so the user sees where the numbers went."""
        proxy = self.model()
        selection = QItemSelection()
        for code in codes:
            for column in columns:
                index = _to_view(proxy, model.index_of(code, column))
                if index.isValid():
                    selection.select(index, index)
        if not selection.isEmpty():
            self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _without_code(text: str, code: str) -> str:
    # The paste message already says "Line 2 (2.2.1): "; the error's own "2.2.1: " would repeat it.
    prefix = code + ": "
    return text[len(prefix):] if text.startswith(prefix) else text


def _to_view(proxy, source: QModelIndex) -> QModelIndex:  # noqa: ANN001 - the view's model
    """``source`` (a SheetTreeModel index) seen through the view's chain of proxies."""
    chain = []
    model = proxy
    while not isinstance(model, SheetTreeModel):
        chain.append(model)
        model = model.sourceModel()
    for step in reversed(chain):
        source = step.mapFromSource(source)
    return source


def _visual_key(view: QTreeView, index: QModelIndex) -> tuple:
    """Sort key of a row in display order: the chain of row numbers from the top."""
    path = []
    row_index = index.siblingAtColumn(0)
    while row_index.isValid():
        path.append(row_index.row())
        row_index = row_index.parent()
    return tuple(reversed(path))

