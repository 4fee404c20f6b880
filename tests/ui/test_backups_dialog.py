"""File → Backups: the list of copies, a backup on request, restoring one, and plain words when it cannot."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety
from cchc_desktop.store import backup as backup_store
from cchc_desktop.ui import backups_dialog, i18n
from cchc_desktop.ui.backups_dialog import BackupsDialog



def rows(dialog: BackupsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def no_callbacks():
    calls: list[str] = []
    return calls, (lambda: calls.append("reopen")), (lambda: calls.append("close"))


def test_backups_are_listed_newest_first_with_date_reason_and_size(qtbot, english, workspace, seed_sheet, db_path):
    backup_store.take(db_path, "auto", now=datetime(2024, 5, 2, 8, 30, 15))
    newest = safety.take_backup(db_path)
    dialog = BackupsDialog(db_path, reopen=lambda: None, close_workspace=lambda: None)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert listed[0][:2] == [newest.taken_at.strftime("%d/%m/%Y %H:%M"), "Manual backup"]
    assert listed[1][:2] == ["02/05/2024 08:30", "Automatic (while working)"]
    assert all(row[2].endswith(" KB") and int(row[2].split()[0]) > 0 for row in listed)
    assert dialog.selected_backup().name == newest.name  # the newest is the one offered for restore


def test_back_up_now_adds_a_row(qtbot, english, workspace, seed_sheet, db_path, message_boxes):
    dialog = BackupsDialog(db_path, reopen=lambda: None, close_workspace=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 1 and not dialog.empty_label.isVisible()
    assert rows(dialog)[0][1] == "Manual backup"
    assert len(safety.list_backups(db_path)) == 1 and dialog.selected_backup().path.exists()
    assert dialog.restore_button.isEnabled()
    assert message_boxes == []


def test_restore_through_the_dialog_brings_back_the_earlier_score(qtbot, english, db_path, seed_path, message_boxes):
    opened = {"workspace": Workspace.open(db_path)}
    calls: list[str] = []
    try:
        sheet_id = opened["workspace"].import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        document = opened["workspace"].open_sheet(sheet_id)
        leaf = next(leaf.code for leaf in document.sheet.framework.leaves()
                    if document.sheet.entry(leaf.code, Column.APPRAISAL))
        earlier = document.stored_value(leaf, Column.APPRAISAL)
        taken = safety.take_backup(db_path)
        document.set_score(leaf, Column.APPRAISAL, Decimal("0"))

        def close_workspace():
            calls.append("close")
            opened["workspace"].close()

        def reopen():
            calls.append("reopen")
            opened["workspace"] = Workspace.open(db_path)

        dialog = BackupsDialog(db_path, reopen=reopen, close_workspace=close_workspace)
        qtbot.addWidget(dialog)
        assert dialog.selected_backup().name == taken.name
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        assert calls == ["close", "reopen"]
        restored = opened["workspace"].open_sheet(sheet_id).stored_value(leaf, Column.APPRAISAL)
        assert restored == earlier != Decimal("0")
        question, done = message_boxes
        assert message_boxes.kinds == ["question", "information"]
        assert taken.taken_at.strftime("%d/%m/%Y %H:%M") in question
        assert "kept as a copy" in question
        previous = next(b for b in safety.list_backups(db_path) if b.reason == "before-restore")
        assert "changed by the restore: 1." in done and str(previous.path) in done
        # The copy of the file as it was is listed too, so the restore itself can be undone.
        assert "The file as it was before a restore" in [row[1] for row in rows(dialog)]
    finally:
        opened["workspace"].close()


def test_answering_no_leaves_the_database_alone(qtbot, english, workspace, seed_sheet, db_path, message_boxes):
    message_boxes.answers["question"] = QMessageBox.StandardButton.No
    safety.take_backup(db_path)
    calls, reopen, close = no_callbacks()
    dialog = BackupsDialog(db_path, reopen=reopen, close_workspace=close)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert calls == [] and message_boxes.kinds == ["question"]
    assert len(safety.list_backups(db_path)) == 1


def test_a_refused_restore_says_why_in_plain_words_and_still_reopens(qtbot, english, db_path, message_boxes):
    Workspace.open(db_path).close()
    taken = safety.take_backup(db_path)
    calls, reopen, close = no_callbacks()
    dialog = BackupsDialog(db_path, reopen=reopen, close_workspace=close)
    qtbot.addWidget(dialog)
    taken.path.unlink()  # e.g. deleted in Explorer while the dialog was open
    before = db_path.read_bytes()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert calls == ["close", "reopen"]
    kind, text = message_boxes.kinds[-1], message_boxes[-1]
    assert kind == "warning" and "no longer in the backups folder" in text and "Traceback" not in text
    assert db_path.read_bytes() == before
    assert dialog.table.rowCount() == 0  # the list shows what is really there now


def test_a_database_that_cannot_be_reopened_is_explained_not_crashed_on(qtbot, english, db_path, message_boxes):
    Workspace.open(db_path).close()
    safety.take_backup(db_path)

    def reopen():
        raise CchcError("in use", kind="in_use", path=str(db_path))

    dialog = BackupsDialog(db_path, reopen=reopen, close_workspace=lambda: None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    kind, text = message_boxes.kinds[-1], message_boxes[-1]
    assert kind == "warning" and "already open in another CCHC Desktop window" in text
    # The restore itself worked: the user learns both that and what stops the sheet from reopening.
    assert text.startswith("The backup of ") and "has been restored" in text


def test_open_backups_folder_opens_the_folder_beside_the_database(qtbot, english, workspace, db_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = BackupsDialog(db_path, reopen=lambda: None, close_workspace=lambda: None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [db_path.parent / "backups"]


def test_sizes_read_in_kilobytes_and_megabytes(english):
    assert backups_dialog.size_text(300) == "1 KB"
    assert backups_dialog.size_text(122_880) == "120 KB"
    assert backups_dialog.size_text(3 * 1024 * 1024 + 300 * 1024) == "3.3 MB"


def test_the_dialog_speaks_vietnamese(qtbot, english, workspace, seed_sheet, db_path):
    safety.take_backup(db_path)
    i18n.install_language("vi")  # the shipped .qm; the english fixture switches back
    try:
        dialog = BackupsDialog(db_path, reopen=lambda: None, close_workspace=lambda: None)
        qtbot.addWidget(dialog)
        header = [dialog.table.horizontalHeaderItem(column).text() for column in range(3)]
        assert header == ["Thời điểm sao lưu", "Lý do", "Dung lượng"]
        assert rows(dialog)[0][1] == "Sao lưu thủ công"
        assert dialog.backup_button.text() == "&Sao lưu ngay" and dialog.windowTitle() == "Bản sao lưu"
    finally:
        i18n.install_language("en")


