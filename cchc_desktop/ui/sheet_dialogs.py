"""Dialogs for the sheet list: a new sheet (unit, year, framework), renaming a unit, confirming a deletion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QSpinBox, QVBoxLayout, QWidget)

from ..services import FrameworkInfo


class UnitYearFields:
    """The unit name and year of a sheet, as the new-sheet and import dialogs both ask for them."""

    def __init__(self, parent: QWidget, unit: str = "", year: int | None = None) -> None:
        self.unit_edit = QLineEdit(unit, parent)
        self.unit_edit.setObjectName("unitEdit")
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("NewSheetDialog", "e.g. Huyện Phong Thổ"))
        self.unit_edit.setMinimumWidth(320)
        self.year_box = QSpinBox(parent)
        self.year_box.setObjectName("yearBox")
        self.year_box.setRange(2000, 2100)
        # Sheets score the year just ended: in early 2024 the 2023 sheet is being filled in.
        self.year_box.setValue(year if year is not None else date.today().year - 1)
        self.unit_label = QLabel(QCoreApplication.translate("NewSheetDialog", "Unit:"), parent)
        self.unit_label.setBuddy(self.unit_edit)
        self.year_label = QLabel(QCoreApplication.translate("NewSheetDialog", "Year:"), parent)
        self.year_label.setBuddy(self.year_box)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.unit_label, self.unit_edit)
        form.addRow(self.year_label, self.year_box)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.unit_label, self.unit_edit, self.year_label, self.year_box):
            widget.setEnabled(enabled)


class NewSheetDialog(QDialog):
    """Unit, year, the unit's level and the criteria set; the sets of that level and year are offered first."""

    def __init__(self, frameworks: list[FrameworkInfo], parent: QWidget | None = None,
                 unit: str = "", unit_levels: dict[str, str] | None = None) -> None:
        from ..domain.sheet_title import unit_key
        from .criteria_sets_dialog import level_box

        super().__init__(parent)
        self.setWindowTitle(self.tr("New score sheet"))
        self.frameworks = list(frameworks)
        self.unit_levels = {unit_key(name): level for name, level in (unit_levels or {}).items()}
        self._unit_key = unit_key
        self.fields = UnitYearFields(self, unit)
        self.unit_edit, self.year_box = self.fields.unit_edit, self.fields.year_box
        # Since 1 July 2025 there are no district governments: a new unit from then on is most often a commune.
        self.level_box = level_box(self, "commune" if self.year_box.value() >= 2025 else "district")
        self.framework_box = QComboBox(self)
        self.framework_box.setObjectName("frameworkBox")
        form = QFormLayout()
        self.fields.add_to(form)
        form.addRow(self.tr("Level of the unit:"), self.level_box)
        form.addRow(self.tr("Criteria framework:"), self.framework_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.unit_edit.textChanged.connect(lambda _text: self._unit_changed())
        self.year_box.valueChanged.connect(lambda _year: self._offer_sets())
        self.level_box.currentIndexChanged.connect(lambda _index: self._offer_sets())
        self._unit_changed()

    def _unit_changed(self) -> None:
        # A unit already in the database keeps its level; a new one gets the level chosen here.
        known = self.unit_levels.get(self._unit_key(self.unit_edit.text()))
        if known is not None and self.level_box.findData(known) >= 0:
            self.level_box.setCurrentIndex(self.level_box.findData(known))
        self.level_box.setEnabled(known is None)
        self._offer_sets()

    def _offer_sets(self) -> None:
        from ..services.frameworks import offered_sets
        from .criteria_sets_dialog import level_name

        chosen = self.framework_box.currentData()
        level, year = self.level(), self.year_box.value()
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for info in offered_sets(self.frameworks, level=level, year=year):
            text = self.tr("%1 (%2 criteria)").replace("%1", info.name).replace("%2", str(info.criteria))
            if info.level != level:
                text = f"{text} — {level_name(info.level)}"
            self.framework_box.addItem(text, info.id)
        index = self.framework_box.findData(chosen)
        first = next((i for i, f in enumerate(offered_sets(self.frameworks, level=level, year=year))
                      if f.level == level), 0)
        self.framework_box.setCurrentIndex(index if index >= 0 and chosen is not None and
                                           self.frameworks_by_id(chosen).level == level else first)
        self.framework_box.blockSignals(False)

    def frameworks_by_id(self, framework_id: int) -> FrameworkInfo:
        return next(info for info in self.frameworks if info.id == framework_id)

    def level(self) -> str:
        return self.level_box.currentData()

    def values(self) -> tuple[str, int, int]:
        return self.unit_edit.text(), self.year_box.value(), self.framework_box.currentData()


class RenameUnitDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the unit"))
        self.name_edit = QLineEdit(current, self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMinimumWidth(320)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("New name:"), self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text()


def sheet_exists_box(parent: QWidget, unit: str, year: int, intro: str = "") -> QMessageBox:
    """"There is already a sheet for this unit and year", with a button that opens it (objectName openExisting)."""
    text = QCoreApplication.translate("SheetExists", "There is already a sheet for %1 for the year %2. A unit is "
                                      "scored once a year: open that sheet to work on it.")
    text = text.replace("%1", unit).replace("%2", str(year))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("SheetExists", "CCHC Desktop"),
                      f"{intro}\n\n{text}" if intro else text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("sheetExistsBox")
    open_button = box.addButton(QCoreApplication.translate("SheetExists", "&Open that sheet"),
                                QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openExisting")
    box.setDefaultButton(open_button)
    return box


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No question whose safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
