"""The criteria tree of one sheet as a Qt item model: STT, title, maximum, both scores, difference, note."""

from __future__ import annotations

import enum
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ..domain.criteria import Criterion
from ..domain.errors import CchcError
from ..domain.numbers import format_score, parse_score
from ..domain.scoring import MAIN_COLUMNS, Column
from ..domain.index import CriterionKind, kind_of
from ..domain.rules import CHOICE, MANUAL, THRESHOLD
from ..services import rules
from ..services.edits import Edit
from . import icons
from .messages import describe
from .sheet_editor import SheetChange, SheetEditor

AnyIndex = QModelIndex | QPersistentModelIndex


class TreeColumn(enum.IntEnum):
    """A column of the tree as the view shows it (not domain.scoring.Column, which is a score column)."""

    CODE = 0
    TITLE = 1
    MAXIMUM = 2
    SELF = 3
    APPRAISAL = 4
    DIFFERENCE = 5
    NOTE = 6
    # The yearly cycle's columns, after the others so that the first seven keep their numbers; the view hides
    # them for a sheet outside the cycle.
    ROUND1 = 7
    EXPLANATION = 8


_COLUMNS = tuple(TreeColumn)  # int → TreeColumn without Enum.__call__, which is slow per cell
SCORE_COLUMNS = {TreeColumn.SELF: Column.SELF, TreeColumn.APPRAISAL: Column.APPRAISAL, TreeColumn.ROUND1: Column.ROUND1}
CYCLE_COLUMNS = (TreeColumn.ROUND1, TreeColumn.EXPLANATION)
TREE_COLUMN_OF = {score: tree for tree, score in SCORE_COLUMNS.items()}
NUMBER_COLUMNS = (TreeColumn.MAXIMUM, TreeColumn.SELF, TreeColumn.APPRAISAL, TreeColumn.DIFFERENCE, TreeColumn.ROUND1)

# Custom item roles, for views, the filter and tests.
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
IS_LEAF_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
VALUE_ROLE = Qt.ItemDataRole.UserRole + 4  # the Decimal behind a number cell (None when empty)
MISSING_EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 5  # True on a leaf self-scored with no evidence nor explanation

# Plain ints of the roles and flags asked for thousands of times a repaint: an enum's attribute lookup and its
# comparison or | cost more than the rest of a cell's answer.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CODE, _IS_LEAF, _STATE, _VALUE, _MISSING = (int(role) for role in (
    CODE_ROLE, IS_LEAF_ROLE, STATE_ROLE, VALUE_ROLE, MISSING_EVIDENCE_ROLE))
_ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_READ_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT_FLAGS = _READ_FLAGS | Qt.ItemFlag.ItemIsEditable
_UNSET = object()


class CellState(enum.Enum):
    NORMAL = "normal"
    UNSCORED = "unscored"  # a leaf with no entry yet
    OVER = "over"  # a subtotal above the criterion's maximum (a framework whose parts add up to more)
    LOWER = "lower"  # appraisal below self-assessment
    HIGHER = "higher"  # appraisal above self-assessment


_STATE_BACKGROUND = {
    CellState.UNSCORED: QColor("#fff4d6"),
    CellState.OVER: QColor("#fde2e1"),
    CellState.LOWER: QColor("#fde2e1"),
    CellState.HIGHER: QColor("#e3f4e1"),
}
_STATE_FOREGROUND = {CellState.OVER: QColor("#a31515"), CellState.LOWER: QColor("#a31515"),
                     CellState.HIGHER: QColor("#1d6b1d")}
_AREA_BACKGROUND = QColor("#e8eef7")
# Bonus and deduction sections stand apart from the base areas, whose maximum they are not part of.
_SECTION_BACKGROUND = {CriterionKind.BONUS: QColor("#e6f4ea"), CriterionKind.DEDUCTION: QColor("#fbeee0")}
_NOT_APPLICABLE_FOREGROUND = QColor("#8a8a8a")


# The ``seen`` of a value typed without an editor that remembers what it opened with.
UNSEEN = object()


class SheetTreeModel(QAbstractItemModel):
    """Read-through model over the editor's SheetDocument; it creates no undo command and keeps no view in step.

    A typed value goes to the editor (``edit_scores``/``edit_note``), which makes the undo command; the
    model repaints the cells named in the editor's ``changed`` report, whoever caused the change.
    """

    def __init__(self, editor: SheetEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = document = editor.document
        editor.changed.connect(self._repaint)
        framework = document.sheet.framework
        self._roots = framework.roots
        self._row_of: dict[str, int] = {}
        for siblings in (framework.roots, *(node.children for node in framework if node.children)):
            for row, node in enumerate(siblings):
                self._row_of[node.code] = row
        self._bold = QFont()
        self._bold.setBold(True)
        # What each painted cell answered, until the next change report (every change to what a cell shows comes
        # as one: _repaint empties these). A repaint, the window's first included, then asks Python far less.
        self._cells: dict[tuple[str, int], dict[int, object]] = {}
        self._editable_columns: tuple[bool, ...] | None = None
        # A criteria set's rules do not change while a sheet is open; its figures and N/A marks are re-read on
        # every change report naming them.
        self.book = rules.rule_book(document.workspace, document.info.framework_id)
        self.rule_state = rules.sheet_state(document)
        self.missing_evidence = self._read_missing_evidence()
        # Every row of a bonus or deduction section, with its kind (few rows: the marks' subtrees).
        self.section_kind: dict[str, CriterionKind] = {}
        for code in self.book.kinds:
            if code in framework:
                stack = [framework.get(code)]
                while stack:
                    node = stack.pop()
                    kind = kind_of(node, self.book.kinds)
                    if kind is not CriterionKind.SCORE:
                        self.section_kind[node.code] = kind
                    stack.extend(node.children)

    # --- structure -------------------------------------------------------------------
    def node(self, index: AnyIndex) -> Criterion | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        # Checked here rather than with hasIndex(), which calls back into rowCount and columnCount:
        # views ask for thousands of indexes per repaint.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = parent.internalPointer().children
        else:
            siblings = self._roots
        if not (0 <= row < len(siblings) and 0 <= column < len(_COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None:
            return QModelIndex()
        return self.createIndex(self._row_of[up.code], 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children) if parent.isValid() else len(self._roots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(TreeColumn)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def index_of(self, code: str, column: TreeColumn = TreeColumn.CODE) -> QModelIndex:
        node = self.document.sheet.framework.get(code)
        return self.createIndex(self._row_of[code], int(column), node)

    # --- reading ---------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[TreeColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tooltips().get(TreeColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_titles(self) -> dict[TreeColumn, str]:
        return {
            TreeColumn.CODE: self.tr("No."),
            TreeColumn.TITLE: self.tr("Area / criterion / sub-criterion"),
            TreeColumn.MAXIMUM: self.tr("Maximum"),
            TreeColumn.SELF: self.tr("Self-assessment"),
            TreeColumn.APPRAISAL: self.tr("Final appraisal") if self.document.info.stage else self.tr("Appraisal"),
            TreeColumn.DIFFERENCE: self.tr("Difference"),
            TreeColumn.NOTE: self.tr("Note"),
            TreeColumn.ROUND1: self.tr("Round 1"),
            TreeColumn.EXPLANATION: self.tr("Explanation"),
        }

    def column_tooltips(self) -> dict[TreeColumn, str]:
        return {
            TreeColumn.MAXIMUM: self.tr("The maximum score of the criterion"),
            TreeColumn.SELF: self.tr("The unit's self-assessment score"),
            TreeColumn.APPRAISAL: self.tr("The appraised score"),
            TreeColumn.DIFFERENCE: self.tr("Appraisal minus self-assessment"),
            TreeColumn.ROUND1: self.tr("The appraisal's first round"),
            TreeColumn.EXPLANATION: self.tr("The unit's explanation of its score"),
        }

    def value(self, node: Criterion, column: TreeColumn) -> Decimal | None:
        sheet = self.document.sheet
        if column == TreeColumn.MAXIMUM:
            return node.maximum
        if column in SCORE_COLUMNS:
            return sheet.score(node.code, SCORE_COLUMNS[column])
        if column == TreeColumn.DIFFERENCE:
            if not node.is_leaf and not self._complete_in_both_columns(node):
                # A subtotal of some self-assessments against all appraisals is not a difference anyone means.
                return None
            return sheet.difference(node.code)
        return None

    def _complete_in_both_columns(self, node: Criterion) -> bool:
        sheet = self.document.sheet
        return all(sheet.totals(node.code, column).scored == sheet.totals(node.code, column).leaves
                   for column in MAIN_COLUMNS)

    def state(self, node: Criterion, column: TreeColumn) -> CellState:
        if column in SCORE_COLUMNS:
            score = self.value(node, column)
            if score is None:
                # A leaf marked not applicable is not waiting for a score: it is greyed, not flagged.
                unscored = node.is_leaf and node.code not in self.rule_state.not_applicable
                return CellState.UNSCORED if unscored else CellState.NORMAL
            return CellState.OVER if score > node.maximum else CellState.NORMAL
        if column == TreeColumn.DIFFERENCE:
            difference = self.value(node, column)
            if difference is None or difference == 0:
                return CellState.NORMAL
            return CellState.LOWER if difference < 0 else CellState.HIGHER
        return CellState.NORMAL

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        return self._data(node, _COLUMNS[index.column()], int(role))

    def multiData(self, index: AnyIndex, span) -> None:  # noqa: ANN001, N802 - a QModelRoleDataSpan
        """Every role a delegate asks for one cell, in one call (Qt 6's initStyleOption asks this way): one
        crossing from C++ into Python per painted cell instead of seven."""
        node = index.internalPointer() if index.isValid() else None
        if node is None:
            for item in span:
                item.clearData()
            return
        number = index.column()
        cached = self._cells.get((node.code, number))
        if cached is None:
            cached = self._cells[(node.code, number)] = {}
        column = _COLUMNS[number]
        for item in span:
            role = item.role()
            value = cached.get(role, _UNSET)
            if value is _UNSET:
                value = cached[role] = self._data(node, column, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _data(self, node: Criterion, column: TreeColumn, role: int) -> object:
        if role == _DISPLAY:
            return self._display(node, column)
        if role == _EDIT:
            if column in SCORE_COLUMNS and self.rule_of(node.code) is not None:
                return self.figures_of(node.code, SCORE_COLUMNS[column]) or ""
            if column == TreeColumn.NOTE:
                return self.document.sheet.note(node.code) or ""
            if column == TreeColumn.EXPLANATION:
                return self.document.sheet.explanation(node.code) or ""
            return self._display(node, column)
        if role == _FONT:
            return None if node.is_leaf else self._bold
        if role == _ALIGNMENT:
            return _ALIGN_NUMBER if column in NUMBER_COLUMNS else _ALIGN_TEXT
        if role == _TOOLTIP:
            return self._tooltip(node, column)
        if role == _DECORATION:
            if column == TreeColumn.CODE and node.code in self.missing_evidence:
                return icons.state_icon("missing_evidence")
            return self._icon(self.state(node, column))
        if role == _BACKGROUND:
            colour = _STATE_BACKGROUND.get(self.state(node, column))
            if colour is None and node.code in self.section_kind:
                colour = _SECTION_BACKGROUND[self.section_kind[node.code]]
            if colour is None and node.level == 1:
                colour = _AREA_BACKGROUND
            return QBrush(colour) if colour is not None else None
        if role == _FOREGROUND:
            if node.code in self.rule_state.not_applicable:
                return QBrush(_NOT_APPLICABLE_FOREGROUND)
            colour = _STATE_FOREGROUND.get(self.state(node, column))
            return QBrush(colour) if colour is not None else None
        if role == _CODE:
            return node.code
        if role == _IS_LEAF:
            return node.is_leaf
        if role == _STATE:
            return self.state(node, column).value
        if role == _VALUE:
            return self.value(node, column)
        if role == _MISSING:
            return node.code in self.missing_evidence
        return None

    def _display(self, node: Criterion, column: TreeColumn) -> str:
        if column == TreeColumn.CODE:
            return node.code
        if column == TreeColumn.TITLE:
            return node.title
        if column == TreeColumn.NOTE:
            return self.document.sheet.note(node.code) or ""
        if column == TreeColumn.EXPLANATION:
            return self.document.sheet.explanation(node.code) or ""
        value = self.value(node, column)
        if column == TreeColumn.MAXIMUM and node.code in self.section_kind:
            # A bonus adds up to its maximum, a deduction takes up to its maximum off: the sign says which.
            sign = "+" if self.section_kind[node.code] is CriterionKind.BONUS else "−"
            return sign + format_score(value)
        if value is None and column in SCORE_COLUMNS and node.code in self.rule_state.not_applicable:
            return self.tr("Not applicable")
        if column == TreeColumn.DIFFERENCE and value is not None and value > 0:
            return "+" + format_score(value)
        return format_score(value)

    def _tooltip(self, node: Criterion, column: TreeColumn) -> str | None:
        if column == TreeColumn.CODE and node.code in self.missing_evidence:
            return self.tr("%1: missing evidence — it has a self-assessment score but neither an evidence file "
                           "nor an explanation. Attach a file (drop it on the row) or explain the score.").replace(
                "%1", node.code)
        reason = self.rule_state.not_applicable.get(node.code)
        if reason is not None:
            return self.tr("Not applicable: %1").replace("%1", reason)
        if column in (TreeColumn.CODE, TreeColumn.TITLE, TreeColumn.MAXIMUM) and node.code in self.section_kind:
            if self.section_kind[node.code] is CriterionKind.BONUS:
                text = self.tr("%1. %2 — bonus points (điểm thưởng): added to the total, up to %3, outside the "
                               "maximum the index is measured against")
            else:
                text = self.tr("%1. %2 — deduction (điểm trừ): its points are taken off the total, up to %3")
            return text.replace("%1", node.code).replace("%2", node.title).replace("%3", format_score(node.maximum))
        if column in SCORE_COLUMNS and node.is_leaf and self.rule_of(node.code) is not None:
            return self._figures_tooltip(node, SCORE_COLUMNS[column])
        state = self.state(node, column)
        if state == CellState.UNSCORED:
            return self.tr("%1: not scored yet").replace("%1", node.code)
        if state == CellState.OVER:
            return self.tr("%1: the subtotal is over the maximum of %2").replace("%1", node.code).replace(
                "%2", format_score(node.maximum))
        if state == CellState.LOWER:
            return self.tr("The appraisal is lower than the self-assessment")
        if state == CellState.HIGHER:
            return self.tr("The appraisal is higher than the self-assessment")
        if column in (TreeColumn.CODE, TreeColumn.TITLE):
            return f"{node.code}. {node.title}"
        if column == TreeColumn.NOTE:
            return self.document.sheet.note(node.code)
        if column == TreeColumn.EXPLANATION:
            return self.document.sheet.explanation(node.code)
        if column in SCORE_COLUMNS and not node.is_leaf:
            return self.tr("Computed from the sub-criteria")
        return None

    # --- rules -----------------------------------------------------------------------------
    def rule_of(self, code: str):  # noqa: ANN201 - a domain.rules rule, or None for a manual leaf
        """The rule a leaf's score is computed by; None when its score is typed by hand."""
        rule = self.book.rules.get(code)
        return None if rule is None or rule.kind == MANUAL else rule

    def figures_of(self, code: str, column: Column) -> str | None:
        return (self.rule_state.figures.get(code) or {}).get(column.value)

    def options_of(self, code: str) -> list[tuple[str, Decimal]]:
        """A choice rule's options as (label, points), in the criteria set's order; empty for other rules."""
        rule = self.rule_of(code)
        return [(option.label, option.points) for option in rule.options] if rule and rule.kind == CHOICE else []

    def _figures_tooltip(self, node: Criterion, column: Column) -> str:
        figures = self.figures_of(node.code, column)
        options = self.options_of(node.code)
        if figures is None:
            if options:
                return self.tr("%1: pick one of the rule's options").replace("%1", node.code)
            return self.tr("%1: type the figures (a percentage such as 96%, or a ratio such as 45/50); "
                           "the rule computes the score").replace("%1", node.code)
        if options and figures.isdigit() and 1 <= int(figures) <= len(options):
            figures = options[int(figures) - 1][0]
        return self.tr("Figures: %1 → %2").replace("%1", figures).replace(
            "%2", format_score(self.document.sheet.score(node.code, column)))

    def preview(self, index: AnyIndex, text: str) -> str | None:
        """What a rule leaf's editor shows as you type: "→ 2,50" (None for a leaf without a rule)."""
        node = self.node(index)
        if node is None or TreeColumn(index.column()) not in SCORE_COLUMNS or self.rule_of(node.code) is None:
            return None
        value, problem = self.check_text(index, text)
        return None if problem is not None or value is None else "→ " + format_score(value)

    @staticmethod
    def _icon(state: CellState) -> QIcon | None:
        return icons.state_icon(state.value) if state != CellState.NORMAL else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = self._editable_columns
        if editable is None:
            editable = self._editable_columns = tuple(self._column_editable(column) for column in _COLUMNS)
        column = index.column()
        if not editable[column] or (_COLUMNS[column] in SCORE_COLUMNS and not self.node(index).is_leaf):
            return _READ_FLAGS
        return _EDIT_FLAGS

    def _column_editable(self, column: TreeColumn) -> bool:
        """Whether a column takes typing (a score column on its leaves only): what the sheet's stage leaves open
        (all of self, final and notes outside the cycle), nothing on a finalized sheet or a read-only file."""
        if self.document.finalized or getattr(self.document, "read_only", False):
            return False
        if column == TreeColumn.NOTE:
            return self.document.editable("note")
        if column == TreeColumn.EXPLANATION:
            return self.document.editable("explanation")
        if column in SCORE_COLUMNS:
            return self.document.editable(SCORE_COLUMNS[column])
        return False

    # --- validating ------------------------------------------------------------------
    def check_text(self, index: AnyIndex, text: str) -> tuple[Decimal | None, str | None]:
        """Parse and check what was typed in a score cell: (value, None) or (None, the reason it is refused).

        Empty text is accepted and means "clear the score".
        """
        node = self.node(index)
        column = SCORE_COLUMNS[TreeColumn(index.column())]
        try:
            rule = self.rule_of(node.code)
            if rule is not None:
                if not text.strip():
                    return None, None
                if rule.kind == THRESHOLD and "%" not in text and "/" not in text:
                    # "2,5" typed here is a score, not 2,5 %: the rule would give it the lowest band.
                    return None, self.tr("%1 is scored by a rule: type its figures as a percentage (such as 96%) "
                                         "or a ratio (such as 45/50), not the score.").replace("%1", node.code)
                _, outcome = rules.compute_figures(self.document, self.book, node.code, column, text=text)
                return outcome.score, None
            value = parse_score(text) if text.strip() else None
            self.document.sheet.check(node.code, column, value)
        except CchcError as error:
            return None, describe(error)
        return value, None

    # --- changing --------------------------------------------------------------------
    def stored_entry(self, index: AnyIndex) -> Decimal | None:
        """A leaf score cell's value as the document holds it now (what an editor opening on it shows)."""
        node, column = self.node(index), TreeColumn(index.column())
        if node is None or column not in SCORE_COLUMNS:
            return None
        return self.document.sheet.entry(node.code, SCORE_COLUMNS[column])

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self.commit(index, value)

    def commit(self, index: AnyIndex, value: object, *, seen: object = UNSEEN) -> bool:
        """Store a typed value; ``seen`` is the score, note or explanation the editor opened with (a change stored
        by another user since then makes the edit a conflict, refused and reported, not an overwrite)."""
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        node = self.node(index)
        column = TreeColumn(index.column())
        text_seen = {} if seen is UNSEEN else {"seen": seen or None}
        if column == TreeColumn.NOTE:
            return self.editor.edit_note(node.code, str(value or ""), **text_seen)
        if column == TreeColumn.EXPLANATION:
            return self.editor.edit_explanation(node.code, str(value or ""), **text_seen)
        if isinstance(value, str) and self.rule_of(node.code) is not None:
            # A leaf with a rule takes its figures; the score is what the rule makes of them.
            _, problem = self.check_text(index, value)
            if problem is not None:
                self.editor.report_error(problem)
                return False
            if " ".join(value.split()) == (self.figures_of(node.code, SCORE_COLUMNS[column]) or ""):
                return False
            return self.editor.edit_figures(node.code, SCORE_COLUMNS[column], value)
        parsed, problem = self.check_text(index, str(value or "")) if isinstance(value, str) else (value, None)
        if problem is not None:
            self.editor.report_error(problem)
            return False
        cell = (node.code, SCORE_COLUMNS[column])
        return self.editor.edit_scores([Edit(*cell, parsed)], seen=None if seen is UNSEEN else {cell: seen})

    def _read_missing_evidence(self) -> frozenset[str]:
        return self.editor.missing_evidence

    def _repaint(self, change: SheetChange) -> None:
        """Repaint the cells a change names: scores with their difference cells, notes; all on a lock change."""
        self._cells.clear()
        self._editable_columns = None
        if change.scores or change.explanations or change.evidence or change.info:
            before, self.missing_evidence = self.missing_evidence, self._read_missing_evidence()
            for code in before ^ self.missing_evidence:
                marker = self.index_of(code, TreeColumn.CODE)
                self.dataChanged.emit(marker, marker)
        if change.rules:
            self.rule_state = rules.sheet_state(self.document)
            for code in change.rules:
                self.dataChanged.emit(self.index_of(code, TreeColumn.CODE), self.index_of(code, _COLUMNS[-1]))
        if change.info:
            # Finalizing or reopening changes which cells take typing: every cell is asked again.
            last = self.index(self.rowCount() - 1, len(TreeColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        for code, column in change.scores:
            score_index = self.index_of(code, TREE_COLUMN_OF[column])
            self.dataChanged.emit(score_index, score_index)
            difference_index = self.index_of(code, TreeColumn.DIFFERENCE)
            self.dataChanged.emit(difference_index, difference_index)
        for code in change.notes:
            note_index = self.index_of(code, TreeColumn.NOTE)
            self.dataChanged.emit(note_index, note_index)
        for code in change.explanations:
            explanation_index = self.index_of(code, TreeColumn.EXPLANATION)
            self.dataChanged.emit(explanation_index, explanation_index)

    def retranslate(self) -> None:
        self._cells.clear()  # "Not applicable" and the tooltips are in the language just chosen
        # Tooltips are asked for on each hover, so only the header needs a nudge.
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TreeColumn) - 1)
