"""File → Criteria sets…, File → Units… and File → Connect to server…: the window's actions, their dialogs' modules
loaded on the first click.

Those dialogs import the criteria-set editing and rule-reading modules (about 30 ms), and the server's dialog the
Workspace (SQLAlchemy); the window is built, and painted, without them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from . import i18n


def _file_action(window: QWidget, name: str, text: str, tip: str, run: Callable[[], None],
                 language_group=None) -> QAction:  # noqa: ANN001 - a QActionGroup
    """An action of the window's File menu that runs ``run`` when triggered, its texts following the language."""
    action = QAction(window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: run())  # triggered passes `checked`: run takes nothing
    group = language_group if language_group is not None else getattr(window, "language_group", None)
    action.texts = i18n.ActionTexts(action, window, "MainWindow", text, tip, group)  # kept alive with the action
    return action


def add_criteria_sets_action(window: QWidget, menu: QMenu | None = None, language_group=None  # noqa: ANN001
                             ) -> QAction:
    """File → Criteria sets…, opening the dialog on the window's workspace."""

    def open_dialog() -> None:
        from .criteria_sets_dialog import CriteriaSetsDialog

        dialog = CriteriaSetsDialog(window.workspace, window, settings=getattr(window, "settings", None))
        dialog.exec()

    action = _file_action(
        window, "criteriaSetsAction", QT_TRANSLATE_NOOP("MainWindow", "Criteria &sets…"),
        QT_TRANSLATE_NOOP("MainWindow",
                          "Import, export, copy and edit the criteria sets (bộ tiêu chí) sheets are scored against"),
        open_dialog, language_group)
    if menu is not None:
        menu.addAction(action)
    return action


def add_units_action(window: QWidget, language_group=None) -> QAction:  # noqa: ANN001
    """File → Units…, opening the dialog on the window's workspace."""

    def open_dialog() -> None:
        from .units_dialog import UnitsDialog

        UnitsDialog(window.workspace, window).exec()

    return _file_action(
        window, "unitsAction", QT_TRANSLATE_NOOP("MainWindow", "&Units…"),
        QT_TRANSLATE_NOOP("MainWindow", "The units appraised: their level, code, the body above them, and mergers"),
        open_dialog, language_group)


def add_connect_action(window: QWidget, language_group=None) -> QAction:  # noqa: ANN001 - a QActionGroup
    """File → Connect to server…, switching the window to the server's database (window.connect_to_server)."""
    return _file_action(
        window, "connectAction", QT_TRANSLATE_NOOP("MainWindow", "C&onnect to server…"),
        QT_TRANSLATE_NOOP("MainWindow", "Open the appraising office's shared database on its PostgreSQL server"),
        lambda: window.connect_to_server(), language_group)
