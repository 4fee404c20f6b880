"""Editing a score cell: the core's parser checks every keystroke; a refused entry keeps the editor open."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..domain.numbers import format_score
from .tree_model import UNSEEN, SheetTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex
_INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fff0f0; }"
PREVIEW_STYLE = "QLabel { background: #e3f4e1; color: #1d6b1d; padding: 3px 6px; border-radius: 3px; }"
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
        self.preview: str | None = None
        self.message = QLabel(parent)
        self.message.setObjectName("scoreEditorMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.preview_label = QLabel(parent)
        self.preview_label.setObjectName("scoreEditorPreview")
        self.preview_label.setStyleSheet(PREVIEW_STYLE)
        self.preview_label.hide()
        self.textChanged.connect(self.validate)
        self.destroyed.connect(self.message.deleteLater)
        self.destroyed.connect(self.preview_label.deleteLater)

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
        # A leaf with a rule: the score its figures earn, shown before it is stored.
        self.preview = self.model.preview(self.source_index, self.text())
        self.setToolTip(self.preview or "")
        if self.preview and not self.problem:
            self.preview_label.setText(self.preview)
            self.preview_label.adjustSize()
            self.place_message(self.preview_label)
            self.preview_label.show()
            self.preview_label.raise_()
        else:
            self.preview_label.hide()
        return self.problem is None

    def place_message(self, label: QLabel | None = None) -> None:
        label = label or self.message
        below = self.geometry().bottomLeft() + QPoint(0, 2)
        area = self.parentWidget().rect()
        # Keep it inside the viewport: above the cell when there is no room below, shifted left at the edge.
        if below.y() + label.height() > area.bottom():
            below.setY(self.geometry().top() - label.height() - 2)
        below.setX(max(0, min(below.x(), area.right() - label.width())))
        label.move(below)


class OptionEditor(QComboBox):
    """A choice rule's options, each with the points it gives; picking one stores it (and its score)."""

    def __init__(self, parent: QWidget, options: list[tuple[str, Decimal]]) -> None:
        super().__init__(parent)
        self.setObjectName("optionEditor")
        for label, points in options:
            self.addItem(f"{label}: {format_score(points)}")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view().setMinimumWidth(self.minimumSizeHint().width())


class ScoreDelegate(QStyledItemDelegate):
    """For the self-assessment and appraisal columns."""

    message = Signal(str)  # what to show in the status bar

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        model, source_index = source_of(index)
        options = model.options_of(str(model.node(source_index).code))
        if options:
            chooser = OptionEditor(parent, options)
            # A pick is the whole entry: store it at once, as Enter does in a score cell.
            chooser.activated.connect(lambda _row: (self.commitData.emit(chooser), self.closeEditor.emit(chooser)))
            return chooser
        editor = ScoreEditor(parent, index)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        # Filled once, when it opens: another user's change to this cell repaints the row, but the open editor
        # keeps what is being typed, and remembers what it opened with so that a commit over the change is refused.
        if editor.property("filled"):
            return
        editor.setProperty("filled", True)
        model, source_index = source_of(index)
        editor.seen = model.stored_entry(source_index)
        if isinstance(editor, OptionEditor):
            current = index.data(Qt.ItemDataRole.EditRole) or ""
            editor.setCurrentIndex(int(current) - 1 if current.isdigit() else -1)
            return
        # Typing on a selected cell opens the editor with the typed key already in it: keep that.
        if not editor.text():
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, ScoreEditor) and editor.message.isVisible():
            editor.place_message()
        if isinstance(editor, ScoreEditor) and editor.preview_label.isVisible():
            editor.place_message(editor.preview_label)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, OptionEditor):
            if editor.currentIndex() >= 0:
                # The rule's options are numbered from 1, as the figures store them.
                model.setData(index, str(editor.currentIndex() + 1), Qt.ItemDataRole.EditRole)
            return
        if not isinstance(editor, ScoreEditor):
            return
        if not editor.validate():
            # Reached only when focus left a refused entry: it is not stored, and the user is told.
            self.message.emit(self.tr("Not saved: %1").replace("%1", editor.problem))
            return
        source_model, source_index = source_of(index)
        if source_model.commit(source_index, editor.text(), seen=getattr(editor, "seen", UNSEEN)):
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


class TextDelegate(QStyledItemDelegate):
    """For the note and explanation columns: the editor is filled once, when it opens, so that another user's
    change arriving while it is open does not replace what is being typed; it remembers what it opened with, so
    that a commit over such a change is refused."""

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if editor.property("filled"):
            return
        editor.setProperty("filled", True)
        editor.seen = index.data(Qt.ItemDataRole.EditRole) or None
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        source_model, source_index = source_of(index)
        text = editor.property(editor.metaObject().userProperty().name())
        source_model.commit(source_index, text, seen=getattr(editor, "seen", UNSEEN))
