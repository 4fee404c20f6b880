"""Editing a score cell: the core's parser checks every keystroke; a refused entry keeps the editor open."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .tree_model import SheetTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex
_INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fff0f0; }"
MESSAGE_STYLE = ("QLabel { background: #c62828; color: white; padding: 3px 6px; border-radius: 3px; }")


def source_of(index: AnyIndex) -> tuple[SheetTreeModel, QModelIndex]:
    """The sheet model and its own index behind ``index``, seen through any filter proxies."""
    model = index.model()
    while not isinstance(model, SheetTreeModel):
        index = model.mapToSource(index)
        model = index.model()
    return model, index


class ScoreEditor(QLineEdit):
    """A line edit that knows whether its text is an acceptable score, and says why not next to itself."""

    def __init__(self, parent: QWidget, index: AnyIndex) -> None:
        super().__init__(parent)
        self.setObjectName("scoreEditor")
        self.model, self.source_index = source_of(index)
        self.problem: str | None = None
        self.message = QLabel(parent)
        self.message.setObjectName("scoreEditorMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.textChanged.connect(self.validate)
        self.destroyed.connect(self.message.deleteLater)

    def validate(self) -> bool:
        _, self.problem = self.model.check_text(self.source_index, self.text())
        self.setStyleSheet(_INVALID_STYLE if self.problem else "")
        if self.problem:
            self.message.setText(self.problem)
            self.message.setMaximumWidth(max(260, self.parentWidget().width() // 2))
            self.message.adjustSize()
            self.place_message()
            self.message.show()
            self.message.raise_()
        else:
            self.message.hide()
        return self.problem is None

    def place_message(self) -> None:
        below = self.geometry().bottomLeft() + QPoint(0, 2)
        area = self.parentWidget().rect()
        # Keep it inside the viewport: above the cell when there is no room below, shifted left at the edge.
        if below.y() + self.message.height() > area.bottom():
            below.setY(self.geometry().top() - self.message.height() - 2)
        below.setX(max(0, min(below.x(), area.right() - self.message.width())))
        self.message.move(below)


class ScoreDelegate(QStyledItemDelegate):
    """For the self-assessment and appraisal columns."""

    message = Signal(str)  # what to show in the status bar

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = ScoreEditor(parent, index)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        # Typing on a selected cell opens the editor with the typed key already in it: keep that.
        if not editor.text():
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, ScoreEditor) and editor.message.isVisible():
            editor.place_message()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, ScoreEditor):
            return
        if not editor.validate():
            # Reached only when focus left a refused entry: it is not stored, and the user is told.
            self.message.emit(self.tr("Not saved: %1").replace("%1", editor.problem))
            return
        if model.setData(index, editor.text(), Qt.ItemDataRole.EditRole):
            self.message.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, ScoreEditor) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if not watched.validate():
                    self.message.emit(watched.problem)
                    return True  # refused: the editor stays open with the reason beside it
                self.commitData.emit(watched)
                if key == Qt.Key.Key_Tab:
                    hint = QStyledItemDelegate.EndEditHint.EditNextItem
                elif key == Qt.Key.Key_Backtab:
                    hint = QStyledItemDelegate.EndEditHint.EditPreviousItem
                else:
                    hint = QStyledItemDelegate.EndEditHint.SubmitModelCache
                self.closeEditor.emit(watched, hint)
                return True
        return super().eventFilter(watched, event)
