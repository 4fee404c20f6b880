"""File → Backups: the copies kept beside the database, a backup on request, and restoring one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from ..services import Backup, backup_dir, safety
from .messages import describe

log = logging.getLogger(__name__)

DATE_FORMAT = "%d/%m/%Y %H:%M"
NAME_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: str) -> str:
    """The reason word kept in a backup's name, in the user's language (an unknown word is shown as it is)."""
    if reason == "manual":
        return QCoreApplication.translate("BackupsDialog", "Manual backup")
    if reason == "auto":
        return QCoreApplication.translate("BackupsDialog", "Automatic (while working)")
    if reason == "finalize":
        return QCoreApplication.translate("BackupsDialog", "Before finalizing a sheet")
    if reason == "reopen":
        return QCoreApplication.translate("BackupsDialog", "Before reopening a finalized sheet")
    if reason == "before-restore":
        return QCoreApplication.translate("BackupsDialog", "The file as it was before a restore")
    if reason == "before-restore-damaged":
        return QCoreApplication.translate("BackupsDialog", "Damaged file replaced by a restore")
    if reason.startswith("before-migration"):
        return QCoreApplication.translate("BackupsDialog", "Before upgrading to a new version")
    return reason


def size_text(size: int) -> str:
    """KB below one megabyte, MB above, with the interface language's decimal sign."""
    locale = QLocale()
    if size < 1024 * 1024:
        kilobytes = locale.toString(max(1, round(size / 1024)))
        return QCoreApplication.translate("BackupsDialog", "%1 KB").replace("%1", kilobytes)
    megabytes = locale.toString(size / (1024 * 1024), "f", 1)
    return QCoreApplication.translate("BackupsDialog", "%1 MB").replace("%1", megabytes)


def taken_text(backup: Backup) -> str:
    return backup.taken_at.strftime(DATE_FORMAT)


def error_text(error: CchcError, backup: Backup | None = None) -> str:
    """Plain words for what refused; the kinds only this dialog meets are spelled out here."""
    path = str(error.params.get("path", ""))
    if backup is not None and error.kind in ("damaged", "not_database", "foreign_database") \
            and Path(path).name == backup.name:
        return QCoreApplication.translate(
            "BackupsDialog", "The backup of %1 is damaged or is not a CCHC Desktop database, so it cannot be "
            "restored. Choose another backup; your database was not changed.").replace("%1", taken_text(backup))
    if error.kind == "no_backup":
        return QCoreApplication.translate(
            "BackupsDialog", "This backup is no longer in the backups folder (it may have been moved or deleted). "
            "Choose another one; your database was not changed.")
    if error.kind == "open_here":
        return QCoreApplication.translate(
            "BackupsDialog", "The database is still open in this window, so the backup cannot be put in its "
            "place. Close the window, open it again and retry; your database was not changed.")
    if error.kind == "folder_read_only":
        return QCoreApplication.translate(
            "BackupsDialog", "The folder of the database cannot be written. Copy the database to a folder of "
            "your own (e.g. Documents) and open that copy.")
    return describe(error)


class BackupsDialog(QDialog):
    """The backups of one database file, newest first; restoring closes and reopens the window's workspace."""

    def __init__(self, database_path: Path, reopen: Callable[[], None], close_workspace: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.database_path = Path(database_path)
        self.reopen = reopen
        self.close_workspace = close_workspace
        self.backups: list[Backup] = []
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(QCoreApplication.translate(
            "BackupsDialog", "Copies of %1 are kept in the folder %2. A copy is made automatically about "
            "every 30 minutes while you work, and before a sheet is finalized or reopened.").replace(
            "%1", self.database_path.name).replace("%2", str(backup_dir(self.database_path))))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupsDialog", "Taken on"),
                                              QCoreApplication.translate("BackupsDialog", "Reason"),
                                              QCoreApplication.translate("BackupsDialog", "Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel(QCoreApplication.translate("BackupsDialog", "There are no backups yet. "
                                                             "Click “Back up now” to make the first one."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Back up now"), self)
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setToolTip(QCoreApplication.translate(
            "BackupsDialog", "Put the selected backup in place of the database; the current file is kept as a copy"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(QCoreApplication.translate("BackupsDialog", "Open backups &folder"), self)
        self.folder_button.setObjectName("openFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Close"), self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self.refresh()

    # --- the list ------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        try:
            self.backups = safety.list_backups(self.database_path)
        except OSError as error:
            log.warning("backups of %s cannot be listed: %s", self.database_path, error)
            self.backups = []
            self._say(QCoreApplication.translate("BackupsDialog", "The backups folder cannot be read: %1")
                      .replace("%1", error.strerror or str(error)))
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (taken_text(backup), reason_text(backup.reason), size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, backup.name)
                item.setToolTip(backup.name)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.backups))
        self.empty_label.setVisible(not self.backups)
        names = [backup.name for backup in self.backups]
        if names:
            self.table.selectRow(names.index(select) if select in names else 0)
        self._update_buttons()

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _warn(self, text: str) -> None:
        self._say(text)
        QMessageBox.warning(self, QCoreApplication.translate("BackupsDialog", "Backups"), text)

    # --- actions -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        try:
            taken = safety.take_backup(self.database_path)
        except CchcError as error:
            log.info("manual backup refused: %s (%s)", error, error.kind)
            self._warn(error_text(error))
            return
        self.refresh(select=taken.name)
        self._say(QCoreApplication.translate("BackupsDialog", "Backup made at %1.").replace("%1", taken_text(taken)))

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        question = QCoreApplication.translate(
            "BackupsDialog", "Restore the backup taken on %1?\n\nAll scores and notes will go back to what they "
            "were at that moment. The current file is first kept as a copy in the backups folder, so nothing is "
            "lost.").replace("%1", taken_text(backup))
        answer = QMessageBox.question(self, QCoreApplication.translate("BackupsDialog", "Restore a backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome, problem = None, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.close_workspace()
            outcome = safety.restore(self.database_path, backup.name)
        except CchcError as error:
            log.info("restore of %s refused: %s (%s)", backup.name, error, error.kind)
            problem = error_text(error, backup)
        except OSError as error:
            log.warning("restore of %s failed: %s", backup.name, error)
            problem = QCoreApplication.translate(
                "BackupsDialog", "The backup could not be put in place (%1). The file as it was before is kept "
                "in the backups folder.").replace("%1", error.strerror or str(error))
        finally:
            # Whatever happened, the user gets the sheet back.
            reopen_problem = self._reopen()
            QApplication.restoreOverrideCursor()
        self.refresh(select=backup.name)
        texts = []
        if outcome is not None:
            texts.append(QCoreApplication.translate(
                "BackupsDialog", "The backup of %1 has been restored.\nScores and notes changed by the restore: %2."
                "\n\nThe file as it was before the restore is kept as:\n%3").replace(
                "%1", taken_text(backup)).replace("%2", str(outcome.changes)).replace("%3", str(outcome.previous_copy)))
        # The same refusal (e.g. the file taken by another program) is said once, not twice.
        texts.extend(dict.fromkeys(text for text in (problem, reopen_problem) if text))
        message = "\n\n".join(texts)
        if problem is not None or reopen_problem is not None:
            self._warn(message)
            return
        self._say(message)
        QMessageBox.information(self, QCoreApplication.translate("BackupsDialog", "Restore a backup"), message)

    def _reopen(self) -> str | None:
        try:
            self.reopen()
        except CchcError as error:
            log.warning("reopening %s after a restore failed: %s (%s)", self.database_path, error, error.kind)
            return describe(error)
        return None

    def open_folder(self) -> None:
        folder = backup_dir(self.database_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("backups folder %s cannot be made: %s", folder, error)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._warn(QCoreApplication.translate("BackupsDialog", "The folder could not be opened. It is:\n%1")
                       .replace("%1", str(folder)))
