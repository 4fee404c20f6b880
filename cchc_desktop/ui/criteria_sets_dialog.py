"""File → Criteria sets…: the database's criteria sets listed, imported, exported, copied and edited as a tree."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain.criteria_editing import EditNode, sum_warning
from ..domain.criteria_sets import canonical_grades, canonical_rule
from ..domain.errors import CchcError
from ..domain.index import DEFAULT_GRADES, GradeBand, GradeScale
from ..domain.rule_text import recognise, rule_warnings
from ..domain.rules import CHOICE, COMPARE, RATIO, THRESHOLD, format_decimal, from_dict, to_dict
from ..domain.numbers import format_score, parse_score
from ..domain.tables import ImportRefused
from .lazy import service_module
from .messages import describe

sets = service_module("frameworks")

CONTEXT = "CriteriaSetsDialog"
SET_FOLDER_KEY = "criteria_sets/folder"

# The levels as the window names them (the stored values are the English words of LEVELS).
LEVEL_NAMES = {
    "commune": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "commune"),
    "ward": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "ward"),
    "special": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "special zone"),
    "department": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "department"),
    "district": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "district"),
    "province": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "province"),
}
WARNING_COLOUR = QColor("#b3261e")

# The criterion kinds as the editor names them (the stored values are score, bonus, deduction).
KIND_NAMES = (
    ("score", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Score (counts toward the 100)")),
    ("bonus", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Bonus (điểm thưởng): added on top")),
    ("deduction", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Deduction (điểm trừ): subtracted")),
)


def points_text(value) -> str:  # noqa: ANN001 - a Decimal
    return format_score(value)


def rule_text(rule: dict | None) -> str:
    """A leaf's rule in plain words, for the guide panel."""
    def t(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    if rule is None:
        return t("No scoring rule: the score is typed by hand.")
    parsed = from_dict(rule)
    lines: list[str] = []
    if parsed.kind == CHOICE:
        lines.append(t("Choice: pick one option."))
        lines += [t("• %1: %2 points").replace("%1", o.label).replace("%2", points_text(o.points))
                  for o in parsed.options]
    elif parsed.kind == THRESHOLD:
        lines.append(t("Bands of a percentage:"))
        lines += [t("• %1: %2 points").replace("%1", b.describe()).replace("%2", points_text(b.points))
                  for b in parsed.bands]
    elif parsed.kind == RATIO:
        lines.append(t("Ratio: done ÷ assigned × %1 points, at most the maximum.").replace(
            "%1", points_text(parsed.scale) if parsed.scale is not None else t("the maximum")))
    elif parsed.kind == COMPARE:
        lines.append(t("Against the year's benchmark: at or above it %1 points, below it %2 points.")
                     .replace("%1", points_text(parsed.at_or_above)).replace("%2", points_text(parsed.below)))
    else:
        lines.append(t("No scoring rule: the score is typed by hand."))
    if parsed.not_applicable is not None:
        lines.append(t("With no task this year: not scored.") if parsed.not_applicable.points is None
                     else t("With no task this year: %1 points.").replace("%1",
                                                                        points_text(parsed.not_applicable.points)))
    return "\n".join(lines)


def warning_text(warning) -> str:  # noqa: ANN001 - a domain.rule_text.RuleWarning
    params = warning.params
    texts = {
        "over_maximum": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "The rule awards up to %1, over the criterion's "
                                          "maximum of %2: check the decision."),
        "below_maximum": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "The rule awards at most %1 but the criterion's "
                                           "maximum is %2: check the decision."),
        "bands_overlap": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "The bands %1 overlap: a figure there fits both."),
        "bands_gap": QT_TRANSLATE_NOOP("CriteriaSetsDialog", "No band covers %1: a figure there gets no score."),
    }
    text = QCoreApplication.translate(CONTEXT, texts[warning.kind]) if warning.kind in texts else warning.message
    if warning.kind in ("over_maximum", "below_maximum"):
        return text.replace("%1", points_text(params["points"])).replace("%2", points_text(params["maximum"]))
    return text.replace("%1", str(params.get("where", "")))


def recognised_rule(node: EditNode) -> dict | None:
    """The rule the leaf's guide text states, as the import reads it (domain/rule_text.py)."""
    if node.children or not node.guide:
        return None
    result = recognise(node.code, node.maximum, node.guide.splitlines())
    if not result.recognised and result.rule.not_applicable is None:
        return None
    return canonical_rule(to_dict(result.rule))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No question whose safe answer (No) is the default (as sheet_dialogs.confirm, which imports this module)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)



def level_name(level: str) -> str:
    return tr(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level


def level_box(parent: QWidget, current: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("levelBox")
    for level in sets.LEVELS:
        box.addItem(level_name(level), level)
    if current in sets.LEVELS:
        box.setCurrentIndex(sets.LEVELS.index(current))
    return box


# --- the small dialogs of Import… and Copy to a new year -------------------------------------------------
class SetFieldsDialog(QDialog):
    """Name, year and level of a set being imported from a table or copied to a new year."""

    def __init__(self, title: str, *, name: str = "", year: int = 2025, level: str | None = None,
                 fixed_level: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setFieldsDialog")
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("setNameEdit")
        self.name_edit.setMinimumWidth(360)
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("setYearBox")
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(year)
        self._year = year
        self.year_box.valueChanged.connect(self._year_changed)
        self.level_box = level_box(self, level)
        self.level_box.setEnabled(not fixed_level)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("CriteriaSetsDialog", "Name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("CriteriaSetsDialog", "Year:"), self.year_box)
        form.addRow(QCoreApplication.translate("CriteriaSetsDialog", "Level:"), self.level_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _year_changed(self, year: int) -> None:
        # "… năm 2025" follows the year chosen, as long as the name still carries the previous one.
        name = self.name_edit.text()
        if str(self._year) in name:
            self.name_edit.setText(name.replace(str(self._year), str(year)))
        self._year = year

    def values(self) -> tuple[str, int, str]:
        return self.name_edit.text(), self.year_box.value(), self.level_box.currentData()


class ColumnMappingDialog(QDialog):
    """The file's header is not one the program knows: the user says which column is number, title, maximum."""

    FIELDS = (("code", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Number (STT):")),
              ("title", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Title (criterion):")),
              ("max", QT_TRANSLATE_NOOP("CriteriaSetsDialog", "Maximum score:")))

    def __init__(self, rows: list[list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(QCoreApplication.translate("CriteriaSetsDialog", "Which column is which?"))
        width = max((len(r) for r in rows), default=0)
        intro = QLabel(QCoreApplication.translate("CriteriaSetsDialog", "The program did not recognise the table's header. Choose the column that holds each "
                          "item; the rows above the first criterion are skipped."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), width, self)
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self.column_name(i) for i in range(width)])
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        self.header_box = QSpinBox(self)
        self.header_box.setObjectName("headerRowBox")
        self.header_box.setRange(0, max(len(rows), 1))
        self.header_box.setValue(1 if rows else 0)
        self.header_box.setToolTip(QCoreApplication.translate("CriteriaSetsDialog", "The rows up to this one (the title and the column names) are skipped; 0 "
                                      "when the first row is already a criterion"))
        form.addRow(QCoreApplication.translate("CriteriaSetsDialog", "Column names are in row:"), self.header_box)
        for position, (field, label) in enumerate(self.FIELDS):
            box = QComboBox(self)
            box.setObjectName(f"{field}ColumnBox")
            for i in range(width):
                box.addItem(self.column_name(i), i)
            box.setCurrentIndex(min(position, max(width - 1, 0)))
            self.boxes[field] = box
            form.addRow(tr(label), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 420)

    @staticmethod
    def column_name(index: int) -> str:
        return QCoreApplication.translate("CriteriaSetsDialog", "Column %1").replace("%1", str(index + 1))

    def columns(self) -> dict[str, int]:
        return {field: box.currentData() for field, box in self.boxes.items()}

    def header_row(self) -> int:
        return self.header_box.value()


# --- undo: every edit of the tree is a snapshot before and after ------------------------------------------
class TreeEdit(QUndoCommand):
    def __init__(self, editor: CriteriaSetsDialog, text: str, before: list[EditNode], after: list[EditNode],
                 select_before: tuple[int, ...] | None, select_after: tuple[int, ...] | None,
                 merge_key: object = None) -> None:
        super().__init__(text)
        self.editor = editor
        self.before, self.after = before, after
        self.select_before, self.select_after = select_before, select_after
        self.merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt's name
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        # Typing in the guide panel is one step per row, not one per character.
        if isinstance(other, TreeEdit) and other.merge_key is not None and other.merge_key == self.merge_key:
            self.after, self.select_after = other.after, other.select_after
            return True
        return False

    def redo(self) -> None:
        self.editor.show_tree(copy.deepcopy(self.after), self.select_after)

    def undo(self) -> None:
        self.editor.show_tree(copy.deepcopy(self.before), self.select_before)


class GradesEdit(QUndoCommand):
    """The set's grade bands changed: one undoable step, like an edit of the tree."""

    def __init__(self, editor: CriteriaSetsDialog, before: list[dict] | None, after: list[dict] | None) -> None:
        super().__init__(QCoreApplication.translate("CriteriaSetsDialog", "change the grades"))
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor.show_grades(self.after)

    def undo(self) -> None:
        self.editor.show_grades(self.before)


class GradesDialog(QDialog):
    """The set's grade bands (xếp loại) as a small table: from which index each grade is given, and its name."""

    def __init__(self, grades: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradesDialog")
        self.setWindowTitle(QCoreApplication.translate("CriteriaSetsDialog", "Grades"))
        self.grades: list[dict] | None = None
        explain = QLabel(QCoreApplication.translate(
            "CriteriaSetsDialog", "Each grade is given from its index up to the next grade's; the lowest starts at 0."),
            self)
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("gradesTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("CriteriaSetsDialog", "From index"),
                                              QCoreApplication.translate("CriteriaSetsDialog", "Grade")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for band in grades:
            self.add_row(format_decimal(Decimal(band["from"])), band["label"])
        self.add_button = QPushButton(QCoreApplication.translate("CriteriaSetsDialog", "&Add a grade"), self)
        self.add_button.setObjectName("addGrade")
        self.add_button.clicked.connect(lambda _checked=False: self.add_row("", ""))
        self.remove_button = QPushButton(QCoreApplication.translate("CriteriaSetsDialog", "&Remove the grade"), self)
        self.remove_button.setObjectName("removeGrade")
        self.remove_button.clicked.connect(lambda _checked=False: self.table.removeRow(self.table.currentRow())
                                           if self.table.currentRow() >= 0 else None)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("gradesError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {WARNING_COLOUR.name()}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(420, 320)

    def add_row(self, lower: str, label: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(lower))
        self.table.setItem(row, 1, QTableWidgetItem(label))

    def accept(self) -> None:
        """Close only with bands the index can use: numbers from 0 to 100, named, one starting at 0."""
        bands = []
        try:
            for row in range(self.table.rowCount()):
                lower = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
                label = " ".join((self.table.item(row, 1).text() if self.table.item(row, 1) else "").split())
                if not lower and not label:
                    continue  # an empty row added and left
                try:
                    value = parse_score(lower)
                except CchcError:
                    raise CchcError(f"“{lower}” is not a grade bound.", kind="grade_text",
                                    text=f"{lower}={label}") from None
                if value > 100:
                    raise CchcError("above 100", kind="grade_above_100", label=label, lower=format_score(value))
                bands.append(GradeBand(Decimal(f"{value.normalize():f}"), label))
            self.grades = canonical_grades(GradeScale(tuple(bands)).to_dict()) or DEFAULT_GRADES.to_dict()
        except CchcError as error:
            self.error_label.setText(describe(error))
            return
        super().accept()


class CriteriaSetsDialog(QDialog):
    """The sets of the database, and the selected one's criteria as a tree that can be edited and saved."""

    COLUMN_CODE, COLUMN_TITLE, COLUMN_MAX = range(3)

    def __init__(self, workspace: sets.Workspace, parent: QWidget | None = None, settings: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaSetsDialog")
        self.workspace = workspace
        self.settings = settings
        self.infos: list[sets.CriteriaSetInfo] = []
        self.current: sets.CriteriaSetInfo | None = None
        self.roots: list[EditNode] = []
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self._typing_guide = False
        self.setWindowTitle(QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"))

        self.set_table = QTableWidget(0, 5, self)
        self.set_table.setObjectName("setTable")
        self.set_table.setHorizontalHeaderLabels([QCoreApplication.translate("CriteriaSetsDialog", "Name"), QCoreApplication.translate("CriteriaSetsDialog", "Year"), QCoreApplication.translate("CriteriaSetsDialog", "Level"), QCoreApplication.translate("CriteriaSetsDialog", "Version"),
                                                  QCoreApplication.translate("CriteriaSetsDialog", "Sheets using it")])
        self.set_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.set_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_table.verticalHeader().hide()
        header = self.set_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.set_table.itemSelectionChanged.connect(self._set_chosen)

        self.import_button = self._button("importSet", QCoreApplication.translate("CriteriaSetsDialog", "&Import…"), self.import_set,
                                          QCoreApplication.translate("CriteriaSetsDialog", "Make a criteria set of a decision's table (.docx, .xlsx, .txt) or "
                                             "bring in an exported set (.json)"))
        self.export_button = self._button("exportSet", QCoreApplication.translate("CriteriaSetsDialog", "&Export…"), self.export_set,
                                          QCoreApplication.translate("CriteriaSetsDialog", "Write the selected set to a .json or .xlsx file"))
        self.copy_button = self._button("copySet", QCoreApplication.translate("CriteriaSetsDialog", "Copy to a new &year…"), self.copy_set,
                                        QCoreApplication.translate("CriteriaSetsDialog", "Make a copy of the selected set for another year, to edit"))
        self.delete_set_button = self._button(
            "deleteSet", QCoreApplication.translate("CriteriaSetsDialog", "Delete se&t…"), self.delete_set,
            QCoreApplication.translate("CriteriaSetsDialog", "Delete the selected set, if no sheet is scored "
                                                             "against it"))
        list_buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.copy_button, self.delete_set_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)

        self.frozen_label = QLabel(self)
        self.frozen_label.setObjectName("frozenLabel")
        self.frozen_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("criteriaTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([QCoreApplication.translate("CriteriaSetsDialog", "Number"), QCoreApplication.translate("CriteriaSetsDialog", "Title"), QCoreApplication.translate("CriteriaSetsDialog", "Maximum")])
        self.tree.header().setSectionResizeMode(self.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda *_: self._row_chosen())
        self.guide_label = QLabel(QCoreApplication.translate("CriteriaSetsDialog", "Scoring guide of the selected criterion:"), self)
        self.guide_edit = QPlainTextEdit(self)
        self.guide_edit.setObjectName("guideEdit")
        self.guide_edit.setPlaceholderText(QCoreApplication.translate("CriteriaSetsDialog", "The rule lines printed under the criterion, e.g. “Đạt 100%: 2 điểm”"))
        self.guide_edit.textChanged.connect(self._guide_edited)
        self.kind_label = QLabel(QCoreApplication.translate("CriteriaSetsDialog", "Kind of criterion:"), self)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kindBox")
        for value, name in KIND_NAMES:
            self.kind_box.addItem(QCoreApplication.translate(CONTEXT, name), value)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("ruleLabel")
        self.rule_label.setWordWrap(True)
        self.rule_warnings = QLabel(self)
        self.rule_warnings.setObjectName("ruleWarnings")
        self.rule_warnings.setWordWrap(True)
        self.rule_warnings.setStyleSheet(f"color: {WARNING_COLOUR.name()}")
        self.grades_label = QLabel(self)
        self.grades_label.setObjectName("gradesLabel")
        self.grades_label.setWordWrap(True)
        self.grades: list[dict] | None = None
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("rowWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {WARNING_COLOUR.name()}")

        self.add_child_button = self._button("addChild", QCoreApplication.translate("CriteriaSetsDialog", "Add &child"), self.add_child)
        self.add_sibling_button = self._button("addSibling", QCoreApplication.translate("CriteriaSetsDialog", "Add &sibling"), self.add_sibling)
        self.up_button = self._button("moveUp", QCoreApplication.translate("CriteriaSetsDialog", "Move &up"), lambda: self.move(-1))
        self.down_button = self._button("moveDown", QCoreApplication.translate("CriteriaSetsDialog", "Move &down"), lambda: self.move(1))
        self.indent_button = self._button("indent", QCoreApplication.translate("CriteriaSetsDialog", "&Indent"), self.indent,
                                          QCoreApplication.translate("CriteriaSetsDialog", "Make the row a sub-criterion of the row above it"))
        self.outdent_button = self._button("outdent", QCoreApplication.translate("CriteriaSetsDialog", "&Outdent"), self.outdent,
                                           QCoreApplication.translate("CriteriaSetsDialog", "Make the row a sibling of its parent"))
        self.delete_button = self._button("deleteRow", QCoreApplication.translate("CriteriaSetsDialog", "De&lete"), self.delete_row,
                                          QCoreApplication.translate("CriteriaSetsDialog", "Delete the row and its sub-criteria"))
        self.undo_button = self._button("undoEdit", QCoreApplication.translate("CriteriaSetsDialog", "U&ndo"), self.undo_stack.undo)
        self.redo_button = self._button("redoEdit", QCoreApplication.translate("CriteriaSetsDialog", "&Redo"), self.undo_stack.redo)
        self.save_button = self._button("saveSet", QCoreApplication.translate("CriteriaSetsDialog", "&Save"), self.save)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_buttons())
        self.close_button = self._button("close", QCoreApplication.translate("CriteriaSetsDialog", "&Close"), self.reject)
        self.grades_button = self._button("editGrades", QCoreApplication.translate("CriteriaSetsDialog", "&Grades…"),
                                          self.edit_grades, QCoreApplication.translate(
                                              "CriteriaSetsDialog", "The grade bands (xếp loại) the index is graded by"))

        edit_buttons = QHBoxLayout()
        for button in (self.add_child_button, self.add_sibling_button, self.up_button, self.down_button,
                       self.indent_button, self.outdent_button, self.delete_button, self.undo_button,
                       self.redo_button):
            edit_buttons.addWidget(button)
        edit_buttons.addStretch(1)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.guide_label)
        side_layout.addWidget(self.guide_edit, 1)
        side_layout.addWidget(self.kind_label)
        side_layout.addWidget(self.kind_box)
        side_layout.addWidget(self.rule_label)
        side_layout.addWidget(self.rule_warnings)
        side_layout.addWidget(self.warning_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.grades_label, 1)
        bottom.addWidget(self.grades_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_table, 1)
        layout.addLayout(list_buttons)
        layout.addWidget(self.frozen_label)
        layout.addLayout(edit_buttons)
        layout.addWidget(splitter, 3)
        layout.addLayout(bottom)
        self.resize(1000, 720)
        self.reload()

    def _button(self, name: str, text: str, slot, tip: str = "") -> QPushButton:  # noqa: ANN001 - a callable
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- the list of sets ---------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.infos = sets.list_sets(self.workspace)
        wanted = select if select is not None else (self.current.id if self.current else None)
        self.set_table.blockSignals(True)
        self.set_table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            built_in = QCoreApplication.translate("CriteriaSetsDialog", "built in")
            name = f"{info.name} ({built_in})" if info.builtin else info.name
            for column, text in enumerate((name, str(info.year), level_name(info.level), str(info.version),
                                           str(info.sheets))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.set_table.setItem(row, column, item)
        self.set_table.blockSignals(False)
        index = next((i for i, info in enumerate(self.infos) if info.id == wanted), 0 if self.infos else None)
        if index is not None:
            self.current = None  # so that _set_chosen loads it even if it is the same set
            self.set_table.selectRow(index)
            self._set_chosen()
        elif self.current is None:
            # The last set was deleted: nothing is left to show or edit.
            self.show_grades(None)
            self.show_tree([], None)
            self._update_buttons()

    def selected_info(self) -> sets.CriteriaSetInfo | None:
        rows = self.set_table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _set_chosen(self) -> None:
        info = self.selected_info()
        if info is None or (self.current is not None and info.id == self.current.id):
            return
        if not self.undo_stack.isClean() and not confirm(
                self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate("CriteriaSetsDialog", "Your changes to “%1” are not saved. Discard them?")
                .replace("%1", self.current.name if self.current else "")):
            self.set_table.blockSignals(True)
            self.set_table.selectRow(next(i for i, s in enumerate(self.infos) if s.id == self.current.id))
            self.set_table.blockSignals(False)
            return
        self.current, roots = sets.edit_tree(self.workspace, info.id)
        self.undo_stack.clear()
        self.show_grades(sets.load_full_set(self.workspace, info.id)[2])
        self.show_tree(roots, (0,) if roots else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        try:
            self.undo_stack.isClean()
        except RuntimeError:  # the stack's cleanChanged while the dialog is being destroyed
            return
        info = self.current
        writable = not self.workspace.read_only
        for button in (self.import_button, self.copy_button):
            button.setEnabled(writable)
        self.copy_button.setEnabled(writable and info is not None)
        self.delete_set_button.setEnabled(writable and info is not None)
        self.export_button.setEnabled(info is not None)
        has_row = self.tree.currentItem() is not None
        for button in (self.add_child_button, self.up_button, self.down_button, self.indent_button,
                       self.outdent_button, self.delete_button):
            button.setEnabled(writable and has_row)
        self.add_sibling_button.setEnabled(writable and info is not None)
        self.grades_button.setEnabled(writable and info is not None)
        self.save_button.setEnabled(writable and not self.undo_stack.isClean())
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        if info is None:
            self.frozen_label.setText("")
        elif sets.is_frozen(info):
            why = (QCoreApplication.translate("CriteriaSetsDialog", "It is built in") if info.builtin and not info.sheets
                   else QCoreApplication.translate("CriteriaSetsDialog", "%n sheet(s) are scored against it").replace("%n", str(info.sheets)))
            self.frozen_label.setText(QCoreApplication.translate("CriteriaSetsDialog", "%1, so it cannot change: saving your edits makes a new version of the "
                                         "set, and the sheets keep this one.").replace("%1", why))
        else:
            self.frozen_label.setText(QCoreApplication.translate("CriteriaSetsDialog", "No sheet uses this set yet: saving changes it in place."))

    # --- the tree -----------------------------------------------------------------------------------
    def show_tree(self, roots: list[EditNode], select: tuple[int, ...] | None) -> None:
        """Show ``roots`` (the editor's state from now on), with the row at index path ``select`` current."""
        self.roots = roots
        self._filling = True
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None

        def add(nodes: list[EditNode], parent: QTreeWidgetItem | None, prefix: tuple[int, ...]) -> None:
            nonlocal chosen
            for index, node in enumerate(nodes):
                where = (*prefix, index)
                item = QTreeWidgetItem([node.code, node.title, format_score(node.maximum)])
                item.setData(0, Qt.ItemDataRole.UserRole, where)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(self.COLUMN_MAX, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                warning = sum_warning(node)
                tip = "\n\n".join(text for text in (self._sum_text(node) if warning else "", node.guide or "") if text)
                for column in range(3):
                    item.setToolTip(column, tip)
                if warning:
                    for column in range(3):
                        item.setForeground(column, QBrush(WARNING_COLOUR))
                    item.setText(self.COLUMN_MAX, f"⚠ {format_score(node.maximum)}")
                (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
                if where == select:
                    chosen = item
                add(node.children, item, where)

        add(roots, None, ())
        self.tree.expandAll()
        self.tree.resizeColumnToContents(self.COLUMN_CODE)
        self._filling = False
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._row_chosen()
        self._update_buttons()

    @staticmethod
    def _sum_text(node: EditNode) -> str:
        summed = sum((child.maximum for child in node.children), node.maximum * 0)
        return (QCoreApplication.translate("CriteriaSetsDialog", "%1: the maximum is %2 but its parts add up to %3.").replace("%1", node.code)
                .replace("%2", format_score(node.maximum)).replace("%3", format_score(summed)))

    def current_path(self) -> tuple[int, ...] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def node_at(self, roots: list[EditNode], where: tuple[int, ...]) -> EditNode:
        nodes, node = roots, None
        for index in where:
            node = nodes[index]
            nodes = node.children
        return node

    def siblings_of(self, roots: list[EditNode], where: tuple[int, ...]) -> list[EditNode]:
        return roots if len(where) == 1 else self.node_at(roots, where[:-1]).children

    def _row_chosen(self) -> None:
        where = self.current_path()
        node = self.node_at(self.roots, where) if where is not None else None
        if not self._typing_guide:
            self.guide_edit.blockSignals(True)
            self.guide_edit.setPlainText(node.guide or "" if node is not None else "")
            self.guide_edit.blockSignals(False)
        self.guide_edit.setEnabled(node is not None and not self.workspace.read_only)
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(node.kind if node is not None else "score")))
        self.kind_box.blockSignals(False)
        self.kind_box.setEnabled(node is not None and not self.workspace.read_only)
        self._show_rule(node)
        self.warning_label.setText(self._sum_text(node) if node is not None and sum_warning(node) else "")
        self._update_buttons()

    def change(self, text: str, edit, select_after: tuple[int, ...] | None = None,  # noqa: ANN001 - a callable
               merge_key: object = None) -> None:
        """Apply ``edit`` (a function of a copy of the tree, returning the row to select) as one undoable step."""
        before = copy.deepcopy(self.roots)
        select_before = self.current_path()
        after = copy.deepcopy(self.roots)
        chosen = edit(after)
        self.undo_stack.push(TreeEdit(self, text, before, after, select_before,
                                      chosen if chosen is not None else select_after, merge_key))

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        # The tree is redrawn after the cell editor has closed, not under it while it commits.
        where, text = tuple(item.data(0, Qt.ItemDataRole.UserRole)), item.text(column)
        QTimer.singleShot(0, self, lambda: self._apply_cell(where, column, text))

    def _apply_cell(self, where: tuple[int, ...], column: int, text: str) -> None:
        node = self.node_at(self.roots, where)
        if column == self.COLUMN_MAX:
            try:
                value = parse_score(text.replace("⚠", "").strip())
            except CchcError as error:
                QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
                self.show_tree(self.roots, where)
                return
            if value == node.maximum:
                return

            def set_max(roots: list[EditNode]) -> tuple[int, ...]:
                self.node_at(roots, where).maximum = value
                return where
            self.change(QCoreApplication.translate("CriteriaSetsDialog", "change the maximum of %1").replace("%1", node.code), set_max)
        else:
            text = " ".join(text.split())
            if not text:
                QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate("CriteriaSetsDialog", "A criterion needs a number and a title."))
                self.show_tree(self.roots, where)
                return
            attribute = "code" if column == self.COLUMN_CODE else "title"

            def set_text(roots: list[EditNode]) -> tuple[int, ...]:
                setattr(self.node_at(roots, where), attribute, text)
                return where
            self.change(QCoreApplication.translate("CriteriaSetsDialog", "edit %1").replace("%1", node.code), set_text)

    def _guide_edited(self) -> None:
        where = self.current_path()
        if where is None:
            return
        text = self.guide_edit.toPlainText()

        def set_guide(roots: list[EditNode]) -> tuple[int, ...]:
            node = self.node_at(roots, where)
            node.guide = text or None
            node.rule = recognised_rule(node)  # the rule follows the words, as an import reads them
            return where
        # The panel keeps its text and cursor while the tree is redrawn around it.
        self._typing_guide = True
        try:
            self.change(QCoreApplication.translate("CriteriaSetsDialog", "edit the guide of %1").replace("%1", self.node_at(self.roots, where).code), set_guide,
                        merge_key=("guide", where))
        finally:
            self._typing_guide = False

    def _show_rule(self, node: EditNode | None) -> None:
        """The leaf's rule in plain words and what to check in it, under its guide text."""
        if node is None or node.children:
            self.rule_label.setText("" if node is None else QCoreApplication.translate(
                "CriteriaSetsDialog", "A criterion with sub-criteria is scored by their sum."))
            self.rule_warnings.setText("")
            return
        self.rule_label.setText(rule_text(node.rule))
        warnings = [] if node.rule is None else rule_warnings(node.code, node.maximum, from_dict(node.rule))
        self.rule_warnings.setText("\n".join(f"⚠ {warning_text(w)}" for w in warnings))

    def _kind_chosen(self) -> None:
        where = self.current_path()
        value = self.kind_box.currentData()
        if where is None or self.node_at(self.roots, where).kind == value:
            return

        def set_kind(roots: list[EditNode]) -> tuple[int, ...]:
            self.node_at(roots, where).kind = value
            return where
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "set the kind of %1")
                    .replace("%1", self.node_at(self.roots, where).code), set_kind)

    # --- grades -------------------------------------------------------------------------------------
    def show_grades(self, grades: list[dict] | None) -> None:
        self.grades = canonical_grades(grades)
        bands = self.grades or DEFAULT_GRADES.to_dict()
        self.grades_label.setText(QCoreApplication.translate("CriteriaSetsDialog", "Grades: %1").replace(
            "%1", " · ".join(f"≥ {format_decimal(Decimal(band['from']))} {band['label']}" for band in bands)))
        self._update_buttons()

    def edit_grades(self) -> None:
        dialog = GradesDialog(self.grades or DEFAULT_GRADES.to_dict(), self)
        dialog.accepted.connect(lambda: self._grades_chosen(dialog.grades))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _grades_chosen(self, grades: list[dict] | None) -> None:
        after = canonical_grades(grades)
        if after != self.grades:
            self.undo_stack.push(GradesEdit(self, self.grades, after))

    # --- the tree buttons ---------------------------------------------------------------------------
    def _new_node(self, siblings: list[EditNode], parent_code: str | None) -> EditNode:
        number = str(len(siblings) + 1)
        return EditNode(f"{parent_code}.{number}" if parent_code and parent_code[0].isdigit() else number,
                        QCoreApplication.translate("CriteriaSetsDialog", "New criterion"), parse_score("0"))

    def add_child(self) -> None:
        where = self.current_path()
        if where is None:
            return

        def add(roots: list[EditNode]) -> tuple[int, ...]:
            parent = self.node_at(roots, where)
            parent.children.append(self._new_node(parent.children, parent.code))
            return (*where, len(parent.children) - 1)
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "add a sub-criterion"), add)

    def add_sibling(self) -> None:
        where = self.current_path()

        def add(roots: list[EditNode]) -> tuple[int, ...]:
            if where is None:
                roots.append(self._new_node(roots, None))
                return (len(roots) - 1,)
            siblings = self.siblings_of(roots, where)
            parent_code = self.node_at(roots, where[:-1]).code if len(where) > 1 else None
            siblings.insert(where[-1] + 1, self._new_node(siblings, parent_code))
            return (*where[:-1], where[-1] + 1)
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "add a criterion"), add)

    def move(self, step: int) -> None:
        where = self.current_path()
        if where is None:
            return
        target = where[-1] + step
        if not 0 <= target < len(self.siblings_of(self.roots, where)):
            return

        def swap(roots: list[EditNode]) -> tuple[int, ...]:
            siblings = self.siblings_of(roots, where)
            siblings[where[-1]], siblings[target] = siblings[target], siblings[where[-1]]
            return (*where[:-1], target)
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "move a criterion"), swap)

    def indent(self) -> None:
        where = self.current_path()
        if where is None or where[-1] == 0:
            return

        def indent(roots: list[EditNode]) -> tuple[int, ...]:
            siblings = self.siblings_of(roots, where)
            node = siblings.pop(where[-1])
            above = siblings[where[-1] - 1]
            above.children.append(node)
            return (*where[:-1], where[-1] - 1, len(above.children) - 1)
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "indent a criterion"), indent)

    def outdent(self) -> None:
        where = self.current_path()
        if where is None or len(where) == 1:
            return

        def outdent(roots: list[EditNode]) -> tuple[int, ...]:
            node = self.siblings_of(roots, where).pop(where[-1])
            outer = self.siblings_of(roots, where[:-1])
            outer.insert(where[-2] + 1, node)
            return (*where[:-2], where[-2] + 1)
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "outdent a criterion"), outdent)

    def delete_row(self) -> None:
        where = self.current_path()
        if where is None:
            return

        def remove(roots: list[EditNode]) -> tuple[int, ...] | None:
            siblings = self.siblings_of(roots, where)
            siblings.pop(where[-1])
            if siblings:
                return (*where[:-1], min(where[-1], len(siblings) - 1))
            return where[:-1] or None
        self.change(QCoreApplication.translate("CriteriaSetsDialog", "delete a criterion"), remove)

    # --- saving, importing, exporting, copying ------------------------------------------------------
    def save(self) -> bool:
        if self.current is None or self.undo_stack.isClean():
            return True
        try:
            saved = sets.save_set(self.workspace, self.current.id, copy.deepcopy(self.roots),
                                  grades=self.grades or DEFAULT_GRADES.to_dict())
        except CchcError as error:
            QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
            return False
        old = self.current
        self.undo_stack.setClean()
        self.undo_stack.clear()
        if saved.new_version:
            self.current = None
            self.reload(select=saved.id)
            info = self.current
            QMessageBox.information(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate(
                "CriteriaSetsDialog", "“%1” is used by sheets, so your changes were saved as a new version of it (version %2). The "
                "sheets keep the version they were scored against.").replace("%1", old.name)
                .replace("%2", str(info.version if info else "")))
        else:
            self.current = None
            self.reload(select=saved.id)
        return True

    def _folder(self) -> str:
        return str(self.settings.value(SET_FOLDER_KEY, "") or "") if self.settings is not None else ""

    def _remember(self, path: str) -> None:
        if self.settings is not None:
            self.settings.setValue(SET_FOLDER_KEY, str(Path(path).parent))

    def import_set(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("CriteriaSetsDialog", "Import a criteria set"), self._folder(),
            QCoreApplication.translate("CriteriaSetsDialog", "Criteria tables (*.docx *.xlsx *.txt *.tsv *.json);;Word documents (*.docx);;Excel workbooks "
               "(*.xlsx);;Text tables (*.txt *.tsv);;Exported sets (*.json);;All files (*)"))
        if not path:
            return
        self._remember(path)
        name = year = level = None
        if Path(path).suffix.lower() != ".json":
            default_year = self.current.year if self.current else 2025
            fields = SetFieldsDialog(QCoreApplication.translate("CriteriaSetsDialog", "Import a criteria set"), name=Path(path).stem, year=default_year,
                                     level=self.current.level if self.current else "commune", parent=self)
            if fields.exec() != QDialog.DialogCode.Accepted:
                return
            name, year, level = fields.values()
        columns = header_row = None
        while True:
            try:
                outcome = sets.import_set(self.workspace, path, name=name, year=year, level=level, columns=columns,
                                          header_row=header_row)
                break
            except ImportRefused as error:
                if error.kind != "no_table" or columns is not None:
                    QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
                    return
                chosen = self.choose_columns(path)
                if chosen is None:
                    return
                columns, header_row = chosen
            except CchcError as error:
                QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
                return
        self.current = None
        self.undo_stack.clear()
        self.reload(select=outcome.id)
        if outcome.existing:
            QMessageBox.information(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate("CriteriaSetsDialog", "This criteria set is already in the database; "
                                                                 "it is now selected."))
        elif outcome.warnings:
            QMessageBox.information(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate(
                "CriteriaSetsDialog", "The set was imported. Check these rows (they are marked in the tree):") + "\n\n" +
                "\n".join(w.message for w in outcome.warnings[:15]))

    def choose_columns(self, path: str) -> tuple[dict[str, int], int] | None:
        try:
            rows = sets.preview_rows(path)
        except CchcError as error:
            QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
            return None
        if not rows:
            return None
        dialog = ColumnMappingDialog(rows, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.columns(), dialog.header_row()

    def export_set(self) -> None:
        if self.current is None:
            return
        suggested = str(Path(self._folder()) / f"{self.current.name}.json")
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("CriteriaSetsDialog", "Export the criteria set"), suggested,
                                              QCoreApplication.translate("CriteriaSetsDialog", "Exchange file (*.json);;Excel workbook (*.xlsx)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        try:
            sets.export_set(self.workspace, self.current.id, path)
        except CchcError as error:
            QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
            return
        self._remember(path)
        QMessageBox.information(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate("CriteriaSetsDialog", "The set was written to %1.").replace("%1", path))

    def copy_set(self) -> None:
        info = self.current
        if info is None:
            return
        year = info.year + 1
        name = info.name.replace(str(info.year), str(year)) if str(info.year) in info.name else info.name
        fields = SetFieldsDialog(QCoreApplication.translate("CriteriaSetsDialog", "Copy to a new year"), name=name, year=year, level=info.level,
                                 fixed_level=True, parent=self)
        if fields.exec() != QDialog.DialogCode.Accepted:
            return
        name, year, _ = fields.values()
        try:
            copied = sets.copy_set(self.workspace, info.id, year=year, name=name)
        except CchcError as error:
            QMessageBox.warning(self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), describe(error))
            return
        self.current = None
        self.undo_stack.clear()
        self.reload(select=copied)

    def delete_set(self) -> None:
        info = self.current
        if info is None:
            return
        title = QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets")
        # A set in use (or built in) is refused at once, saying why; only a deletable one is asked about.
        if not info.sheets and not info.builtin:
            question = QCoreApplication.translate(
                "CriteriaSetsDialog", "Delete the criteria set “%1” (%2, %3, version %4) and its criteria? No sheet "
                "is scored against it. This cannot be undone.").replace("%1", info.name).replace(
                "%2", str(info.year)).replace("%3", level_name(info.level)).replace("%4", str(info.version))
            if not self.undo_stack.isClean():
                question += "\n\n" + QCoreApplication.translate(
                    "CriteriaSetsDialog", "Your unsaved changes to it are discarded too.")
            if not confirm(self, title, question):
                return
        try:
            sets.delete_set(self.workspace, info.id)
        except CchcError as error:
            QMessageBox.warning(self, title, describe(error))
            return
        self.current = None
        self.undo_stack.clear()
        self.reload()

    def reject(self) -> None:
        if not self.undo_stack.isClean() and not confirm(
                self, QCoreApplication.translate("CriteriaSetsDialog", "Criteria sets"), QCoreApplication.translate("CriteriaSetsDialog", "Your changes to “%1” are not saved. Close without saving?")
                .replace("%1", self.current.name if self.current else "")):
            return
        super().reject()
