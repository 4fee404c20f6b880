"""Importing a score table: as a new sheet or into the current one, then the subtotals the file had wrong."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ..domain.numbers import format_score
from ..domain.sheet_title import TitleUnit, unit_key
from ..domain.tables import ImportWarning
from ..services import SheetInfo
from .sheet_dialogs import UnitYearFields

# Options under a choice are indented so they read as belonging to it.
INDENT = 24


@dataclass(frozen=True)
class ImportChoice:
    into_current: bool
    unit: str
    year: int
    framework_id: int | None = None  # the criteria set chosen for a new sheet; None: the table's own criteria


class ImportDialog(QDialog):
    """Where the file goes: a new sheet (unit and year) or the sheet now open."""

    def __init__(self, file_name: str, current: SheetInfo | None, parent: QWidget | None = None,
                 title: TitleUnit | None = None, sets: Sequence = ()) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a score table"))
        self.file_label = QLabel(self.tr("File: %1").replace("%1", file_name), self)
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("importTitle")
        self.title_label.setWordWrap(True)
        if title is not None:
            self.title_label.setText(self.tr("The file's title names %1, year %2.").replace("%1", title.unit)
                                     .replace("%2", str(title.year)))
        else:
            self.title_label.setText(self.tr("The file's title names no unit and year: type them below."))
        self.new_button = QRadioButton(self.tr("As a &new sheet"), self)
        self.new_button.setObjectName("importAsNew")
        # The file's own title says whose scores these are; the open sheet's unit is never a guess for a new one.
        self.fields = UnitYearFields(self, title.unit if title else "", title.year if title else None)
        self.unit_edit, self.year_box = self.fields.unit_edit, self.fields.year_box
        form = QFormLayout()
        form.setContentsMargins(INDENT, 0, 0, 0)
        self.fields.add_to(form)
        # The criteria set the new sheet is scored against: the table's own criteria (found among the sets, or
        # saved as a new one), or a set the user picks, matching the table's rows by their numbers (1.2.3).
        self.sets = list(sets)
        self.set_level = title.level if title is not None else None
        self.set_box = QComboBox(self)
        self.set_box.setObjectName("importSetBox")
        # Set names are long: the box elides them rather than squeezing its label or widening the dialog.
        self.set_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_box.setMinimumContentsLength(30)
        self.set_label = QLabel(self.tr("Criteria &set:"), self)
        self.set_label.setBuddy(self.set_box)
        form.addRow(self.set_label, self.set_box)
        self._offer_sets()
        self.year_box.valueChanged.connect(lambda _year: self._offer_sets())
        self.into_button = QRadioButton(self, objectName="importIntoCurrent")
        self.into_hint = QLabel(self)
        self.into_hint.setObjectName("importIntoHint")
        self.into_hint.setWordWrap(True)
        self.into_hint.setContentsMargins(INDENT, 0, 0, 0)
        if current is None:
            self.into_button.setText(self.tr("Into the &current sheet"))
            self.into_button.setEnabled(False)
            self.into_hint.setText(self.tr("No sheet is open."))
        else:
            self.into_button.setText(self.tr("Into the &current sheet: %1, %2").replace("%1", current.unit)
                                     .replace("%2", str(current.year)))
            # The usual case: the district typed its self-assessment, the province sends back its appraisal.
            self.into_hint.setText(self.tr("Only the score columns the file has are filled (for example the "
                                           "appraisal); the other columns keep their scores. The criteria must "
                                           "be the same as the sheet's."))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.new_button)
        self.mode_group.addButton(self.into_button)
        matches = (current is not None and title is not None and title.year == current.year
                   and unit_key(title.unit) == unit_key(current.unit))
        (self.into_button if matches else self.new_button).setChecked(True)
        self._new_enabled(not matches)
        self.new_button.toggled.connect(self._new_enabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.title_label)
        layout.addSpacing(6)
        layout.addWidget(self.new_button)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.into_button)
        layout.addWidget(self.into_hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _new_enabled(self, enabled: bool) -> None:
        self.fields.set_enabled(enabled)
        self.set_label.setEnabled(enabled)
        self.set_box.setEnabled(enabled)

    def _offer_sets(self) -> None:
        """The table's own criteria first (as before sets could be chosen), then the sets, the file's level and
        the chosen year first."""
        from ..services.frameworks import offered_sets
        from .criteria_sets_dialog import level_name

        chosen = self.set_box.currentData()
        self.set_box.blockSignals(True)
        self.set_box.clear()
        self.set_box.addItem(self.tr("Make a new set from this table's criteria (or the set they match)"), None)
        for info in offered_sets(self.sets, level=self.set_level, year=self.year_box.value()):
            text = (self.tr("%1 — %2, %3, version %4").replace("%1", info.name).replace("%2", str(info.year))
                    .replace("%3", level_name(info.level)).replace("%4", str(info.version)))
            self.set_box.addItem(text, info.id)
        index = self.set_box.findData(chosen) if chosen is not None else 0
        self.set_box.setCurrentIndex(max(index, 0))
        self.set_box.blockSignals(False)

    def choice(self) -> ImportChoice:
        into = self.into_button.isChecked()
        return ImportChoice(into, self.unit_edit.text(), self.year_box.value(),
                            None if into else self.set_box.currentData())


def column_label(column: str) -> str:
    if column == "max":
        return QCoreApplication.translate("ImportWarningsDialog", "maximum score")
    if column == "self":
        return QCoreApplication.translate("ImportWarningsDialog", "self-assessment")
    return QCoreApplication.translate("ImportWarningsDialog", "appraisal")


def warning_text(warning: ImportWarning) -> str:
    """One difference between the file and the sums, in the interface language, with decimal commas."""
    empty = QCoreApplication.translate("ImportWarningsDialog", "(empty)")
    said = format_score(warning.file_value, empty=empty)
    summed = format_score(warning.computed, empty=empty)
    # Each case is a whole sentence for the translators; a maximum is the one figure the file keeps.
    if warning.column == "hidden_sheets":
        return QCoreApplication.translate(
            "ImportWarningsDialog", "The workbook also has hidden sheets, which were not imported: %1. The visible "
            "sheet “%2” was imported; check that it is the right one.").replace(
            "%1", ", ".join(warning.hidden_sheets)).replace("%2", warning.sheet or "")
    if warning.code is None:
        text = QCoreApplication.translate(
            "ImportWarningsDialog", "Line %1, total score (%3): the file says %4 but the criteria add up to %5; "
            "the sum of the criteria is kept.")
    elif warning.column == "max":
        text = QCoreApplication.translate(
            "ImportWarningsDialog", "Line %1, criterion %2: the file gives a maximum score of %4 but the maximum "
            "scores of its sub-criteria add up to %5; the file's maximum is kept. Check the criteria framework.")
    else:
        text = QCoreApplication.translate(
            "ImportWarningsDialog", "Line %1, criterion %2 (%3): the file says %4 but its sub-criteria add up to "
            "%5; the sum of the sub-criteria is kept.")
    line = str(warning.line) if warning.line is not None else "?"
    return (text.replace("%1", line).replace("%2", warning.code or "").replace("%3", column_label(warning.column))
            .replace("%4", said).replace("%5", summed))


class ImportWarningsDialog(QDialog):
    """The sheet was imported; these rows of the file disagreed with their own parts."""

    def __init__(self, warnings: list[ImportWarning], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWarningsDialog")
        self.setWindowTitle(self.tr("Check the imported sheet"))
        self.intro = QLabel(self.tr(
            "The sheet was imported. In the rows below, a figure in the file differs from the sum of its parts; "
            "each row says which figure was kept. Check them against the paper copy. Rows to check: %1.").replace("%1", str(len(warnings))), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("warningList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        # In the file's order, so they can be ticked off down the paper copy.
        for warning in sorted(warnings, key=lambda w: (w.line is None, w.line or 0)):
            QListWidgetItem(warning_text(warning), self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy the list"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_list)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def copy_list(self) -> None:
        QApplication.clipboard().setText("\n".join(self.texts()))
