"""File → Units…: the units an office appraises (name, level, code, parent), added, edited and merged (2025)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from .criteria_sets_dialog import level_box, level_name
from .lazy import service_module
from .messages import describe

frameworks = service_module("frameworks")
unit_service = service_module("units")


class UnitFieldsDialog(QDialog):
    """Name, level, code and parent of a unit being added or edited."""

    def __init__(self, title: str, unit: unit_service.UnitInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitFieldsDialog")
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(unit.name if unit else "", self)
        self.name_edit.setObjectName("unitNameEdit")
        self.name_edit.setMinimumWidth(320)
        self.level_box = level_box(self, unit.level if unit else "commune")
        self.code_edit = QLineEdit((unit.code or "") if unit else "", self)
        self.code_edit.setObjectName("unitCodeEdit")
        self.parent_edit = QLineEdit((unit.parent or "") if unit else "", self)
        self.parent_edit.setObjectName("unitParentEdit")
        self.parent_edit.setPlaceholderText(self.tr("e.g. UBND tỉnh Lai Châu (printed in document headers)"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Level:"), self.level_box)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Body above it:"), self.parent_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "level": self.level_box.currentData(),
                "code": self.code_edit.text(), "parent": self.parent_edit.text()}


class SuccessionDialog(QDialog):
    """The units that merged (ticked), the unit they merged into, and the date the merger took effect."""

    def __init__(self, units: list[unit_service.UnitInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("successionDialog")
        self.setWindowTitle(self.tr("Record a merger"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the units that merged:"), self))
        self.old_list = QListWidget(self)
        self.old_list.setObjectName("oldUnitsList")
        for unit in units:
            item = QListWidgetItem(unit.name, self.old_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout.addWidget(self.old_list)
        form = QFormLayout()
        self.new_box = QComboBox(self)
        self.new_box.setObjectName("newUnitBox")
        for unit in units:
            self.new_box.addItem(unit.name)
        self.date_edit = QDateEdit(QDate(2025, 7, 1), self)
        self.date_edit.setObjectName("mergerDateEdit")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        form.addRow(self.tr("&Into:"), self.new_box)
        form.addRow(self.tr("&From:"), self.date_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def ticked(self) -> list[str]:
        return [self.old_list.item(row).text() for row in range(self.old_list.count())
                if self.old_list.item(row).checkState() == Qt.CheckState.Checked]


class CampaignDialog(QDialog):
    """A year's sheets for every unit of a level, against one criteria set of that level, in one step."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a Workspace
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("Create the year's sheets"))
        self.sets = frameworks.list_sets(workspace)
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("campaignYearBox")
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(max((info.year for info in self.sets), default=2025))
        self.level_box = level_box(self, "commune")
        self.set_box = QComboBox(self)
        self.set_box.setObjectName("campaignSetBox")
        form = QFormLayout(self)
        form.addRow(self.tr("&Year:"), self.year_box)
        form.addRow(self.tr("&Level of the units:"), self.level_box)
        form.addRow(self.tr("&Criteria set:"), self.set_box)
        form.addRow(QLabel(self.tr("Units that already have a sheet that year keep it and are skipped."), self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.level_box.currentIndexChanged.connect(lambda _index: self._offer_sets())
        self.year_box.valueChanged.connect(lambda _value: self._offer_sets())
        self._offer_sets()

    def _offer_sets(self) -> None:
        level, year = self.level_box.currentData(), self.year_box.value()
        self.set_box.clear()
        for info in frameworks.offered_sets([i for i in self.sets if i.level == level], level=level, year=year):
            self.set_box.addItem(f"{info.name} (v{info.version})", info.id)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.set_box.count() > 0)


class UnitsDialog(QDialog):
    """Every unit with its level, code, parent and mergers; Add…, Edit… and Record a merger…"""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a Workspace
        super().__init__(parent)
        self.setObjectName("unitsDialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Units"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Level"), self.tr("Code"),
                                              self.tr("Body above it"), self.tr("Merged into"),
                                              self.tr("Formed from")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_unit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addUnitButton")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editUnitButton")
        self.merge_button = QPushButton(self.tr("Record a &merger…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.campaign_button = QPushButton(self.tr("Create the year's &sheets…"), self)
        self.campaign_button.setObjectName("campaignButton")
        self.campaign_button.setToolTip(self.tr("An empty sheet for every unit of a level, for one year, against one "
                                                "criteria set"))
        self.merge_button.setToolTip(self.tr("Units merged into one (the 2025 reorganisation): the new unit's "
                                             "history then includes their sheets"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.merge_button, self.campaign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda _checked=False: self.add_unit())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_unit())
        self.merge_button.clicked.connect(lambda _checked=False: self.record_merger())
        self.campaign_button.clicked.connect(lambda _checked=False: self.create_campaign())
        self.table.itemSelectionChanged.connect(self._enable)
        read_only = bool(getattr(workspace, "read_only", False))
        self.add_button.setEnabled(not read_only)
        self.merge_button.setEnabled(not read_only)
        self.campaign_button.setEnabled(not read_only)
        self.created: list[int] = []  # sheets the last campaign made
        self.units: list[unit_service.UnitInfo] = []
        self.reload()
        self.resize(900, 420)

    def reload(self, select: str | None = None) -> None:
        self.units = unit_service.list_units(self.workspace)
        self.table.setRowCount(len(self.units))
        for row, unit in enumerate(self.units):
            merged = (f"{unit.successor} ({self._date(unit.effective)})" if unit.successor else "")
            for column, text in enumerate((unit.name, level_name(unit.level), unit.code or "", unit.parent or "",
                                           merged, ", ".join(unit.predecessors))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if unit.name == select:
                self.table.selectRow(row)
        self._enable()

    @staticmethod
    def _date(iso: str | None) -> str:
        if not iso:
            return ""
        year, month, day = iso.split("-")
        return f"{day}/{month}/{year}"

    def _enable(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None and not getattr(self.workspace, "read_only", False))

    def selected(self) -> unit_service.UnitInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.units[min(rows)] if rows else None

    def _refused(self, error: CchcError) -> None:
        QMessageBox.warning(self, self.windowTitle(), describe(error))

    def add_unit(self) -> UnitFieldsDialog:
        dialog = UnitFieldsDialog(self.tr("Add a unit"), parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, None))
        dialog.open()
        return dialog

    def edit_unit(self) -> UnitFieldsDialog | None:
        unit = self.selected()
        if unit is None:
            return None
        dialog = UnitFieldsDialog(self.tr("Edit a unit"), unit, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, unit))
        dialog.open()
        return dialog

    def _save(self, dialog: UnitFieldsDialog, unit: unit_service.UnitInfo | None) -> None:
        values = dialog.values()
        try:
            if unit is None:
                unit_service.add_unit(self.workspace, values["name"], level=values["level"], code=values["code"],
                                      parent=values["parent"])
            else:
                unit_service.edit_unit(self.workspace, unit.id, **values)
        except CchcError as error:
            self._refused(error)
            return
        self.reload(select=" ".join(values["name"].split()))

    def record_merger(self) -> SuccessionDialog:
        dialog = SuccessionDialog(self.units, parent=self)
        dialog.accepted.connect(lambda: self._merge(dialog))
        dialog.open()
        return dialog

    def _merge(self, dialog: SuccessionDialog) -> None:
        try:
            unit_service.record_succession(self.workspace, dialog.ticked(), dialog.new_box.currentText(),
                                           dialog.date_edit.date().toPython())
        except CchcError as error:
            self._refused(error)
            return
        self.reload(select=dialog.new_box.currentText())


    def create_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self.workspace, parent=self)
        dialog.accepted.connect(lambda: self._campaign(dialog))
        dialog.open()
        return dialog

    def _campaign(self, dialog: CampaignDialog) -> None:
        year = dialog.year_box.value()
        try:
            done = unit_service.create_campaign(self.workspace, year=year, framework_id=dialog.set_box.currentData(),
                                                level=dialog.level_box.currentData(), source="window")
        except CchcError as error:
            self._refused(error)
            return
        self.created = done.created
        text = (self.tr("%1 sheets of %2 created; %3 units already had one and were skipped.")
                .replace("%1", str(len(done.created))).replace("%2", str(year)).replace("%3", str(len(done.skipped))))
        self.campaign_message = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text,
                                            QMessageBox.StandardButton.Ok, self)
        self.campaign_message.open()
