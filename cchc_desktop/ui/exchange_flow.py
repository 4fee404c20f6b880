"""File → Send… and File → Receive…: the open sheet as a .cchc package, and a package received, conflicts chosen."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QMainWindow, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..domain.errors import CchcError
from .lazy import service_module
from .messages import describe

exchange = service_module("exchange")

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
EXCHANGE_FOLDER_KEY = "ui/exchange_folder"
MINE, THEIRS = "mine", "theirs"


def default_file_name(unit: str, year: int) -> str:
    """“Xã Mù Cả 2024.cchc”: the unit and year, without the characters Windows refuses in a file name."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{unit} {year}").strip(" .") or str(year)
    return f"{name}.cchc"


def _field_name(field: str) -> str:
    names = {
        "self": translate("Exchange", "Self-assessment"),
        "round1": translate("Exchange", "Round 1 appraisal"),
        "appraisal": translate("Exchange", "Final appraisal"),
        "note": translate("Exchange", "Note"),
        "explanation": translate("Exchange", "Explanation"),
    }
    return names.get(field, field)


class ConflictDialog(QDialog):
    """Each criterion where the package differs from what is entered here, both values, and which to keep."""

    def __init__(self, conflicts: list[exchange.Conflict], titles: dict[str, str], file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflicts = conflicts
        self.setWindowTitle(translate("Exchange", "Receive %1: values differ").replace("%1", file_name))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Exchange", "The package and this sheet both changed %1 value(s) since their last exchange. Nothing "
            "has been received yet: choose for each whether to keep your value or take the package's.").replace(
            "%1", str(len(conflicts))), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(conflicts), 5, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([
            translate("Exchange", "Criterion"), translate("Exchange", "What"), translate("Exchange", "Yours"),
            translate("Exchange", "The package's"), translate("Exchange", "Keep")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        empty = translate("Exchange", "(empty)")
        for row, conflict in enumerate(conflicts):
            title = titles.get(conflict.criterion, "")
            criterion = f"{conflict.criterion} {title}".strip()
            for column, text in enumerate((criterion, _field_name(conflict.field), conflict.mine or empty,
                                           conflict.theirs or empty)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            choice = QComboBox(self.table)
            choice.addItem(translate("Exchange", "Yours"), MINE)
            choice.addItem(translate("Exchange", "The package's"), THEIRS)
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        sides = QHBoxLayout()
        self.all_mine_button = QPushButton(translate("Exchange", "Keep all of &yours"), self)
        self.all_mine_button.setObjectName("allMineButton")
        self.all_mine_button.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs_button = QPushButton(translate("Exchange", "Take all of the &package's"), self)
        self.all_theirs_button.setObjectName("allTheirsButton")
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        sides.addWidget(self.all_mine_button)
        sides.addWidget(self.all_theirs_button)
        sides.addStretch(1)
        layout.addLayout(sides)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Exchange", "&Receive"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Exchange", "Receive &nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        layout.addWidget(buttons)
        self.resize(900, 420)

    def choose_all(self, side: str) -> None:
        for choice in self.choices:
            choice.setCurrentIndex(choice.findData(side))

    def keep(self) -> dict[tuple[str, str], str]:
        """The side chosen for each conflict, as exchange.receive_package takes it."""
        return {(conflict.criterion, conflict.field): choice.currentData()
                for conflict, choice in zip(self.conflicts, self.choices, strict=True)}


class ExchangeFlow(QObject):
    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _folder(self) -> str:
        return str(self.window.settings.value(EXCHANGE_FOLDER_KEY, "") or "")

    def _remember(self, path: str) -> None:
        self.window.settings.setValue(EXCHANGE_FOLDER_KEY, str(Path(path).parent))

    # --- sending -------------------------------------------------------------------------
    def send(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        document = window.document
        if document is None:
            return
        window.view.commit_open_editor()
        suggested = str(Path(self._folder() or Path.home()) / default_file_name(document.info.unit,
                                                                                 document.info.year))
        path, _ = QFileDialog.getSaveFileName(
            window, translate("Exchange", "Send the sheet as a package"), suggested,
            translate("Exchange", "CCHC packages (*.cchc)"))
        if not path:
            return
        if Path(path).suffix.lower() != ".cchc":
            path += ".cchc"  # the dialog's filter says .cchc; a name typed without it gets it
        self._remember(path)
        try:
            digest = exchange.export_sheet(window.workspace, document.id, path)
        except CchcError as error:
            log.info("send refused: %s (%s)", error, error.kind)
            window.show_error_text(describe(error))
            return
        window.show_status(translate("Exchange", "Wrote %1 (SHA-256 %2…): send this file to the other office.")
                           .replace("%1", Path(path).name).replace("%2", digest[:12]))

    # --- receiving -----------------------------------------------------------------------
    def receive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        path, _ = QFileDialog.getOpenFileName(
            window, translate("Exchange", "Receive a package"), self._folder(),
            translate("Exchange", "CCHC packages (*.cchc);;All files (*)"))
        if not path:
            return
        self._remember(path)
        name = Path(path).name
        window.view.commit_open_editor()
        try:
            package = exchange.read_package_file(path)
            try:
                outcome = exchange.receive_package(window.workspace, package)
            except exchange.ExchangeConflict as conflict:
                titles = {row.path: row.title for row in package.criteria_set.rows}
                dialog = ConflictDialog(conflict.conflicts, titles, name, window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    window.show_status(translate("Exchange", "%1 was not received; nothing was changed.")
                                       .replace("%1", name))
                    return
                outcome = exchange.receive_package(window.workspace, package, keep=dialog.keep())
        except CchcError as error:
            log.info("receive refused: %s (%s)", error, error.kind)
            head = translate("Exchange", "%1 was not received; nothing was changed.").replace("%1", name)
            window.show_error_text(head + "\n\n" + describe(error))
            return
        self._open_received(outcome.sheet_id)
        text = translate("Exchange", "Received %1: %2 value(s) taken, %3 of yours kept.").replace(
            "%1", name).replace("%2", str(outcome.changed)).replace("%3", str(outcome.kept_mine))
        if outcome.signer is not None:
            text += " " + translate("Exchange", "Signed by %1.").replace("%1", str(outcome.signer))
        window.show_status(text)

    def _open_received(self, sheet_id: int) -> None:
        window = self.window
        if window.document is not None and window.document.id == sheet_id:
            # The open sheet was changed underneath its editor: open it afresh (its undo steps no longer apply).
            window.open_sheet(sheet_id)
        window.reload_sheet_list(select=sheet_id)


__all__ = ["ConflictDialog", "ExchangeFlow", "default_file_name"]
