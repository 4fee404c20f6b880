"""A criterion's change history from the audit log, and the name recorded with the user's own changes."""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..domain.errors import CchcError
from ..domain.numbers import format_score
from ..services import AuditEntry, os_user, safety
from .messages import describe

log = logging.getLogger(__name__)

WHEN_FORMAT = "%d/%m/%Y %H:%M:%S"
NOTHING = "—"
NAME_LENGTH = 100


def source_text(source: str) -> str:
    """How a change was made, in the user's language (an unknown word is shown as it is)."""
    if source == "window":
        return QCoreApplication.translate("HistoryDialog", "Typed in the window")
    if source == "paste":
        return QCoreApplication.translate("HistoryDialog", "Pasted")
    if source == "clear":
        return QCoreApplication.translate("HistoryDialog", "Cleared")
    if source == "import":
        return QCoreApplication.translate("HistoryDialog", "Imported from a file")
    if source == "cli":
        return QCoreApplication.translate("HistoryDialog", "Command line")
    if source == "restore":
        return QCoreApplication.translate("HistoryDialog", "Restored from a backup")
    if source == "undo":
        return QCoreApplication.translate("HistoryDialog", "Undone")
    if source == "redo":
        return QCoreApplication.translate("HistoryDialog", "Redone")
    if source == "baseline":
        return QCoreApplication.translate("HistoryDialog", "Value when the history began")
    if source == "self-test":
        return QCoreApplication.translate("HistoryDialog", "Self-test")
    return source


def field_text(field: str) -> str:
    if field == "self":
        return QCoreApplication.translate("HistoryDialog", "Self-assessment score")
    if field == "appraisal":
        return QCoreApplication.translate("HistoryDialog", "Appraisal score")
    if field == "note":
        return QCoreApplication.translate("HistoryDialog", "Note")
    return field


def value_text(field: str, value: str | None) -> str:
    """Scores with the decimal comma the sheet shows; a note as written; a dash for no value."""
    if value is None or value == "":
        return NOTHING
    if field in ("self", "appraisal"):
        try:
            return format_score(Decimal(value))
        except (InvalidOperation, ValueError):
            return value
    return value


class HistoryDialog(QDialog):
    """Every logged change of one criterion on one sheet, newest first: when, who, how, what."""

    def __init__(self, workspace, sheet_id: int, code: str, title: str,  # noqa: ANN001 - a Workspace
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.workspace = workspace
        self.sheet_id = sheet_id
        self.code = code
        self.setWindowTitle(QCoreApplication.translate("HistoryDialog", "History of this criterion"))
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(QCoreApplication.translate("HistoryDialog", "History of changes to criterion %1 – %2")
                             .replace("%1", code).replace("%2", title))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("HistoryDialog", "When"),
            QCoreApplication.translate("HistoryDialog", "Who"),
            QCoreApplication.translate("HistoryDialog", "Through"),
            QCoreApplication.translate("HistoryDialog", "Column"),
            QCoreApplication.translate("HistoryDialog", "Before"),
            QCoreApplication.translate("HistoryDialog", "After")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(QCoreApplication.translate("HistoryDialog", "No changes yet."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.name_button = QPushButton(QCoreApplication.translate("HistoryDialog", "Your &name in the history…"), self)
        self.name_button.setObjectName("userName")
        self.name_button.setToolTip(QCoreApplication.translate(
            "HistoryDialog", "The name recorded with your changes, beside the Windows user"))
        self.name_button.clicked.connect(self.edit_user_name)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.name_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        self.resize(860, 420)
        self.entries: list[AuditEntry] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = safety.history(self.workspace, self.sheet_id, self.code)
        except CchcError as error:
            log.info("history of %s refused: %s (%s)", self.code, error, error.kind)
            entries = []
            QMessageBox.warning(self, self.windowTitle(), describe(error))
        # Newest first: the question is nearly always “who changed this last?”.
        self.entries = list(reversed(entries))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.when.strftime(WHEN_FORMAT), entry.who, source_text(entry.source), field_text(entry.field),
                     value_text(entry.field, entry.old), value_text(entry.field, entry.new))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (4, 5) and entry.field != "note":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, column).text() for column in range(self.table.columnCount())]

    def edit_user_name(self) -> None:
        UserNameDialog(self.workspace, self).exec()


class UserNameDialog(QDialog):
    """The person's name kept with each change, so the log shows who, not only which Windows login."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a Workspace
        super().__init__(parent)
        self.setObjectName("userNameDialog")
        self.workspace = workspace
        self.setWindowTitle(QCoreApplication.translate("UserNameDialog", "Name recorded with your changes"))
        explanation = QLabel(QCoreApplication.translate(
            "UserNameDialog", "This name is written in the history beside every change made from now on, together "
            "with the Windows user (%1). Leave it empty to record only the Windows user.")
            .replace("%1", os_user()), self)
        explanation.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.setMinimumWidth(320)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("UserNameDialog", "e.g. Nguyễn Văn An"))
        try:
            self.name_edit.setText(safety.user_name(workspace) or "")
        except CchcError as error:
            log.info("user name unreadable: %s (%s)", error, error.kind)
        self.name_edit.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.name_edit)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            safety.set_user_name(self.workspace, self.name_edit.text())
        except CchcError as error:
            log.info("user name refused: %s (%s)", error, error.kind)
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return
        super().accept()
