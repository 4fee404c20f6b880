"""Every control of the window, clicked as a user clicks it: no click may end in an exception or a logged error.

The walk fires every QAction of every menu (submenus and right-click menus included) and of the toolbar through
``trigger()``, and every button (QAbstractButton, QDialogButtonBox buttons included) of every dialog those actions
open through ``QTest.mouseClick``. Dialogs are discovered, never listed: ``QDialog.exec`` is intercepted and the
dialog it was about to block on is walked, one not-yet-clicked button per opening (each from a fresh dialog, so
no button hides behind another's effect), then closed; the action is fired again while that finds new buttons.
Non-modal windows are found among QApplication.topLevelWidgets(). File, print, input and message dialogs are
answered by this module (a temporary path, "Accepted", "Yes"), so nothing waits for a person.

Run on print_preview.py as it was (clicked(bool) wired straight to save_as_pdf(path=None) and
print_document(printer=None)), the walk reported:

    PrintPreviewDialog › printButton: AttributeError: 'bool' object has no attribute 'setPageSize'
    PrintPreviewDialog › saveButton: TypeError: expected str, bytes or os.PathLike object, not bool
"""

from __future__ import annotations

import logging
import sys
import time
import traceback

import pytest
from PySide6.QtCore import QThreadPool, QTimer, Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox, QFileDialog, QInputDialog,
                               QMenu, QMessageBox, QToolBar, QWidget, QWidgetAction)


from cchc_desktop.ui.tree_model import TreeColumn
from ui_helpers import cell

SETTLE_SECONDS = 5.0
MAX_OPENINGS = 25  # one action opened again this often at most; a dialog has fewer buttons than that


class Walk:
    """The state of one walk: what was clicked, where, and what went wrong."""

    def __init__(self, qtbot, window, tmp_path, seed_path) -> None:
        self.qtbot = qtbot
        self.window = window
        self.tmp_path = tmp_path
        self.seed_path = seed_path
        self.clicked: set[tuple[str, str]] = set()
        self.trail: list[str] = []  # where the walk is: action and dialog names, for the report
        self.problems: list[str] = []
        self.messages: list[str] = []
        self.fired: list[str] = []
        self.walked_dialogs: set[str] = set()

    # --- reporting -------------------------------------------------------------------------
    def where(self) -> str:
        return " › ".join(self.trail) or "(window)"

    def exception(self, kind, error, tb) -> None:  # noqa: ANN001 - sys.excepthook's arguments
        detail = "".join(traceback.format_exception(kind, error, tb))
        self.problems.append(f"{self.where()}: {kind.__name__}: {error}\n{detail}")

    # --- waiting ---------------------------------------------------------------------------
    @staticmethod
    def settle(widget: QWidget | None) -> None:
        """Let debounce timers fire and background work come back, so what a click started is also checked."""
        deadline = time.monotonic() + SETTLE_SECONDS
        while True:
            QApplication.processEvents()
            if widget is None:
                return
            try:
                busy = any(timer.isActive() and timer.isSingleShot() and timer.interval() < 2000
                           for timer in widget.findChildren(QTimer))
                busy = busy or any(pool.activeThreadCount() for pool in widget.findChildren(QThreadPool))
            except RuntimeError:  # the widget was deleted by the click
                return
            if not busy or time.monotonic() > deadline:
                QApplication.processEvents()
                return
            QTest.qWait(20)

    # --- buttons ---------------------------------------------------------------------------
    @staticmethod
    def button_key(owner: QWidget, index: int, button: QAbstractButton) -> tuple[str, str]:
        # A button that changes its caption (Finalize → Reopen) is walked in each of its states.
        name = button.objectName()
        if name and button.text():
            name = f"{name}:{button.text().replace('&', '')}"
        parent = button.parent()
        if not name and isinstance(parent, QDialogButtonBox):
            name = parent.standardButton(button).name
        if not name or name == "NoButton":
            name = f"{type(button).__name__}#{index}"
        return (type(owner).__name__ if type(owner).__module__.startswith("cchc_desktop")
                else owner.objectName() or type(owner).__name__, name)

    def buttons(self, owner: QWidget) -> list[tuple[tuple[str, str], QAbstractButton]]:
        found = [b for b in owner.findChildren(QAbstractButton) if b.isVisibleTo(owner)]
        return [(self.button_key(owner, i, b), b) for i, b in enumerate(found)]

    def click(self, owner: QWidget, key: tuple[str, str], button: QAbstractButton) -> None:
        self.clicked.add(key)
        self.trail.append(key[1] if self.trail and self.trail[-1] == key[0] else f"{key[0]} › {key[1]}")
        try:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            self.settle(owner)
        finally:
            self.trail.pop()

    def click_one_new_button(self, owner: QWidget) -> bool:
        """Click the first button not clicked yet; False when every button has been."""
        for key, button in self.buttons(owner):
            if key not in self.clicked and button.isEnabled():
                self.click(owner, key, button)
                return True
        return False

    # --- dialogs ---------------------------------------------------------------------------
    def walk_dialog(self, dialog: QDialog) -> int:
        """Stands in for QDialog.exec: show, click one new button, close if still open; the dialog's result."""
        self.walked_dialogs.add(type(dialog).__name__)
        self.trail.append(type(dialog).__name__)
        try:
            dialog.show()
            self.settle(dialog)
            self.click_one_new_button(dialog)
            if dialog.isVisible():
                dialog.reject()
                self.settle(dialog)
            return dialog.result()
        finally:
            self.trail.pop()

    def answer_print_dialog(self, dialog: QPrintDialog) -> QDialog.DialogCode:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    def answer_message(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.messages.append(box.text())
        buttons = box.standardButtons()
        for wanted in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            if buttons & wanted:
                return wanted
        return QMessageBox.StandardButton.Ok

    def popup_menu(self, open_menu, where: str) -> None:  # noqa: ANN001 - a callable that shows a QMenu
        """A right-click menu: its actions are taken while it is open, then walked once it is closed.

        QMenu.exec cannot be monkeypatched (PySide6 resolves the overloaded name past the class attribute),
        so a timer finds the open popup instead.
        """
        taken: list[QAction] = []

        def take() -> None:
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu):
                taken.extend(popup.actions())
                popup.close()

        QTimer.singleShot(0, take)
        QTimer.singleShot(200, take)  # in case the first came before the menu was up
        self.trail.append(where)
        try:
            open_menu()
            self.settle(self.window)
        finally:
            self.trail.pop()
        assert taken, f"{where}: no menu opened"
        self.walk_actions(list(dict.fromkeys(taken)), where)

    def walk_new_windows(self, before: set[int]) -> None:
        """Non-modal windows an action opened: walk their buttons, then close them."""
        for widget in QApplication.topLevelWidgets():
            if (id(widget) in before or not widget.isVisible() or widget is self.window
                    or isinstance(widget, QMenu)):
                continue
            self.trail.append(type(widget).__name__)
            try:
                while widget.isVisible() and self.click_one_new_button(widget):
                    pass
                widget.close()
            finally:
                self.trail.pop()

    # --- actions ---------------------------------------------------------------------------
    def ready(self) -> None:
        """Keep the walk going after destructive actions: the window shown, a sheet open."""
        window = self.window
        if not window.isVisible():
            window.show()
            self.qtbot.waitExposed(window)
        if window.document is None and window.workspace is not None:
            try:
                sheets = window.workspace.sheets()
            except Exception:  # noqa: BLE001 - a closed database; the action walked next will say so
                return
            if sheets:
                window.reload_sheet_list(select=sheets[0].id)
            else:
                outcome = window.workspace.import_file(self.seed_path, unit="Huyện Phong Thổ", year=2023)
                window.reload_sheet_list(select=outcome.sheet_id)

    def fire(self, action: QAction, name: str) -> bool:
        """Trigger once; True if it clicked some button never clicked before."""
        clicked_before = len(self.clicked)
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.ready()
        self.trail.append(name)
        try:
            action.trigger()
            self.settle(self.window)
            self.walk_new_windows(before)
        finally:
            self.trail.pop()
        return len(self.clicked) > clicked_before

    def walk_actions(self, actions: list[QAction], where: str) -> None:
        for action in actions:
            if action.isSeparator() or isinstance(action, QWidgetAction):
                continue
            name = f"{where} › {action.text().replace('&', '') or action.objectName() or '?'}"
            if action.menu() is not None:
                submenu = action.menu()
                submenu.aboutToShow.emit()
                self.walk_actions(submenu.actions(), name)
                continue
            if not action.isEnabled():
                continue
            self.fired.append(name)
            for _ in range(MAX_OPENINGS):
                if not self.fire(action, name):
                    break


@pytest.fixture
def walk(qtbot, window, tmp_path, seed_path, monkeypatch):
    state = Walk(qtbot, window, tmp_path, seed_path)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: state.walk_dialog(dialog))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: state.answer_print_dialog(dialog))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: state.answer_message(box))

    def static_message(answer):
        def show(_parent, _title, text, *_args, **_kwargs):
            state.messages.append(text)
            return answer
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", static_message(QMessageBox.StandardButton.Yes))
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, static_message(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", static_message(None))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(seed_path), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "saved.pdf"), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kiểm tra nút bấm", True)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Kiểm tra", True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))  # no file manager in CI
    return state


class _ErrorLog(logging.Handler):
    def __init__(self, walk_state: Walk) -> None:
        super().__init__(logging.ERROR)
        self.walk_state = walk_state

    def emit(self, record: logging.LogRecord) -> None:
        self.walk_state.problems.append(f"{self.walk_state.where()}: logged {record.levelname}: "
                                        f"{record.getMessage()}")


def test_every_menu_action_and_every_dialog_button_works_when_clicked(qtbot, window, walk, seed_sheet):
    started = time.monotonic()
    # The app reports unexpected exceptions through sys.excepthook and errors through its logger (app.py, crash.py).
    logger = logging.getLogger("cchc_desktop")
    handler = _ErrorLog(walk)
    logger.addHandler(handler)
    previous_hook = sys.excepthook
    sys.excepthook = walk.exception
    try:
        quit_actions = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            walk.ready()
            if not window.undo_stack.canUndo() and window.document is not None and not window.document.finalized:
                # One edit, so Undo and then Redo are enabled when the walk reaches them.
                # (Set through the model: after the dialogs the window may not have the keyboard focus.)
                # (File → Move to the next stage has submitted the sheet by then: round 1 is the open column.)
                for text, column in ((t, c) for c in (TreeColumn.SELF, TreeColumn.ROUND1) for t in ("0,25", "0,5")):
                    if window.filter_model.setData(cell(window, "1.2.1", column), text):
                        break
            menu.aboutToShow.emit()
            for action in menu.actions():
                # Quitting closes the window; the walk does it last.
                if action.shortcut().toString() == "Ctrl+Q":
                    quit_actions.append(action)
            walk.walk_actions([a for a in menu.actions() if a not in quit_actions],
                              menu.title().replace("&", ""))
        for toolbar in window.findChildren(QToolBar):
            walk.walk_actions(toolbar.actions(), "toolbar")
        # The right-click menu of a sub-criterion (its history dialog among others).
        walk.ready()
        index = cell(window, "1.2.1", TreeColumn.SELF)
        window.view.scrollTo(index)
        walk.popup_menu(lambda: window.view.customContextMenuRequested.emit(window.view.visualRect(index).center()),
                        "right click on 1.2.1")
        # The window's own buttons (toolbar buttons, the "only unscored" box, the search field's clear button).
        walk.ready()
        for key, button in walk.buttons(window):
            if key not in walk.clicked and button.isEnabled() and button.isVisible():
                walk.click(window, key, button)
                walk.ready()
        walk.walk_actions(quit_actions, "File")
    finally:
        sys.excepthook = previous_hook
        logger.removeHandler(handler)
    elapsed = time.monotonic() - started
    print(f"walk: {len(walk.fired)} actions, {len(walk.clicked)} buttons, dialogs {sorted(walk.walked_dialogs)}, "
          f"{len(walk.messages)} messages answered, {elapsed:.1f} s")
    assert not walk.problems, "\n\n".join(walk.problems)
    # The walk reached what it is meant to reach: a walk that silently skips the dialogs proves nothing.
    assert {"PrintPreviewDialog", "NewSheetDialog", "BackupsDialog", "HistoryDialog"} <= walk.walked_dialogs
    clicked = {f"{owner}/{name.split(':')[0]}" for owner, name in walk.clicked}
    assert {"PrintPreviewDialog/printButton", "PrintPreviewDialog/saveButton"} <= clicked
    assert any(name.startswith("Edit › Undo") for name in walk.fired)
