"""Evidence files in the window: a leaf's list (attach, open a read-only copy, remove) and files dropped on a row."""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMainWindow, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from .lazy import service_module
from .messages import describe
from .tree_model import CODE_ROLE, IS_LEAF_ROLE

evidence = service_module("evidence")

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
ATTACH_FOLDER_KEY = "ui/evidence_folder"


def size_text(size: int) -> str:
    """1,2 MB / 340 KB / 12 B: Vietnamese decimal comma, as the scores are written."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} B"


def open_copy(workspace, sheet_id: int, attached: evidence.Attached) -> Path:  # noqa: ANN001 - a Workspace
    """A read-only temporary copy of the file, opened with the system's viewer: what is stored is never touched."""
    data = evidence.content(workspace, sheet_id, attached.sha256)
    folder = Path(tempfile.mkdtemp(prefix="cchc-evidence-"))
    # The stored name is the sender's; only its last part is used, so it cannot point outside the folder.
    name = Path(attached.name.replace("\\", "/")).name or attached.sha256[:12]
    path = folder / name
    path.write_bytes(data)
    os.chmod(path, stat.S_IREAD)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class EvidenceDialog(QDialog):
    """The evidence files of one leaf: name, size, who attached it and when; attach, open, remove."""

    def __init__(self, window: QMainWindow, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("evidenceDialog")
        self.window_ = window
        self.code = code
        editor = window.editor
        node = editor.document.sheet.framework.get(code)
        self.setWindowTitle(translate("Evidence", "Evidence files of %1").replace("%1", code))
        layout = QVBoxLayout(self)
        title = QLabel(f"{node.code}. {node.title}", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("evidenceTable")
        self.table.setHorizontalHeaderLabels([translate("Evidence", "File"), translate("Evidence", "Size"),
                                              translate("Evidence", "Attached by"), translate("Evidence", "When")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(translate("Evidence", "No evidence file yet. Attach one, or drop files on the "
                                                        "criterion's row in the sheet."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.attach_button = QPushButton(translate("Evidence", "&Attach a file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(translate("Evidence", "&Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(translate("Evidence", "&Remove…"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.attach_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(720, 320)
        self.reload()

    def reload(self) -> None:
        editor = self.window_.editor
        self.files = evidence.attachments(editor.document.workspace, editor.document.id, self.code)
        self.table.setRowCount(len(self.files))
        for row, attached in enumerate(self.files):
            when = attached.added_at.replace("T", " ")[:16]
            for column, text in enumerate((attached.name, size_text(attached.size), attached.added_by, when)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(f"{attached.name}\nSHA-256 {attached.sha256}")
                if column == 1:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, column, item)
        if self.files:
            self.table.selectRow(0)
        self.table.setVisible(bool(self.files))
        self.empty_label.setVisible(not self.files)
        self._enable()

    def _selected(self) -> evidence.Attached | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _enable(self) -> None:
        document = self.window_.editor.document
        writable = not document.read_only and not document.finalized
        chosen = self._selected() is not None
        self.attach_button.setEnabled(writable)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and writable)

    def attach(self) -> None:
        settings = self.window_.settings
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Evidence", "Attach an evidence file to %1").replace("%1", self.code),
            str(settings.value(ATTACH_FOLDER_KEY, "") or ""),
            translate("Evidence", "Evidence files (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff);;"
                                  "All files (*)"))
        if not path:
            return
        settings.setValue(ATTACH_FOLDER_KEY, str(Path(path).parent))
        self.window_.editor.attach_evidence(self.code, [path])
        self.reload()

    def open_selected(self) -> None:
        attached = self._selected()
        if attached is None:
            return
        try:
            open_copy(self.window_.workspace, self.window_.editor.document.id, attached)
        except (CchcError, OSError) as error:
            log.info("evidence not opened: %s", error)
            text = describe(error) if isinstance(error, CchcError) else translate(
                "Evidence", "A copy of the file could not be written to open it: %1").replace("%1", str(error))
            self.window_.show_error_text(text)

    def remove_selected(self) -> None:
        attached = self._selected()
        if attached is None:
            return
        answer = QMessageBox.question(
            self, translate("Evidence", "Remove an evidence file"),
            translate("Evidence", "Remove “%1” from criterion %2? The removal is recorded in the history; "
                                  "Edit → Undo puts the file back.").replace("%1", attached.name).replace(
                "%2", self.code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window_.editor.remove_evidence(self.code, attached.sha256)
        self.reload()


class EvidenceDrop(QObject):
    """Files dropped on a sub-criterion's row of the tree are attached to it as evidence."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        viewport = window.view.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)

    def _leaf_at(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        index = self.window.view.indexAt(event.position().toPoint())
        if not index.isValid() or not index.data(IS_LEAF_ROLE):
            return None
        return index.data(CODE_ROLE)

    @staticmethod
    def _files(event: QDropEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if self.window.editor is None or not self._files(event):
            return False
        if kind == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            event.acceptProposedAction()  # where it may land is decided as it moves
            return True
        code = self._leaf_at(event)
        if kind == QEvent.Type.DragMove:
            if code is None:
                event.ignore()
            else:
                event.acceptProposedAction()
            return True
        if code is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        files = self._files(event)
        attached = self.window.editor.attach_evidence(code, files)
        if attached:
            self.window.show_status(translate("Evidence", "Attached %1 file(s) to %2 as evidence.")
                                    .replace("%1", str(attached)).replace("%2", code))
        return True


def open_evidence_dialog(window: QMainWindow, code: str | None) -> None:
    if window.editor is None or not code:
        return
    if not window.editor.document.sheet.framework.get(code).is_leaf:
        return
    EvidenceDialog(window, code).exec()
