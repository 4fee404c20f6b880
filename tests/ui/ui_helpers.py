"""Driving the tree like a user: select a cell, type into its editor one key at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cchc_desktop.ui.score_delegate import ScoreEditor
from cchc_desktop.ui.tree_model import TreeColumn


def cell(window, code: str, column: TreeColumn):
    """The view's (proxy) index of one cell."""
    source = window.model.index_of(code, column)
    return window.filter_model.mapFromSource(source)


def open_editor(qtbot, window, code: str, column: TreeColumn) -> ScoreEditor:
    view = window.view
    index = cell(window, code, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ScoreEditor), f"no score editor opened on {code}"
    return editor


def send_text(widget, text: str) -> None:
    """Type into any widget, one key press and release per character carrying its text: qtbot.keyClick(s)
    aborts on Vietnamese letters."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def type_text(qtbot, widget, text: str) -> None:
    # qtbot.keyClicks aborts on non-ASCII text: one key event per character.
    for character in text:
        qtbot.keyClick(widget, character)


def type_into_cell(qtbot, window, code: str, column: TreeColumn, text: str, *, finish=Qt.Key.Key_Return):
    editor = open_editor(qtbot, window, code, column)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    if finish is not None:
        qtbot.keyClick(editor, finish)
    return editor
