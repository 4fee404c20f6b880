"""File → Criteria sets…, File → Units… and File → Connect to server…: the window's actions, their dialogs' modules
loaded on the first click.

Those dialogs import the criteria-set editing and rule-reading modules (about 30 ms), and the server's dialog the
Workspace (SQLAlchemy); the window is built, and painted, without them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from . import i18n


def add_criteria_sets_action(window: QWidget, menu: QMenu | None = None, language_group=None  # noqa: ANN001
                             ) -> QAction:
    """File → Criteria sets…, opening the dialog on the window's workspace."""
    action = QAction(window)
    action.setObjectName("criteriaSetsAction")

    def open_dialog() -> None:
        from .criteria_sets_dialog import CriteriaSetsDialog

        dialog = CriteriaSetsDialog(window.workspace, window, settings=getattr(window, "settings", None))
        dialog.exec()

    action.triggered.connect(lambda _checked=False: open_dialog())
    group = language_group if language_group is not None else getattr(window, "language_group", None)
    action.texts = i18n.ActionTexts(  # kept alive with the action
        action, window, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Criteria &sets…"),
        QT_TRANSLATE_NOOP("MainWindow",
                          "Import, export, copy and edit the criteria sets (bộ tiêu chí) sheets are scored against"),
        group)
    if menu is not None:
        menu.addAction(action)
    return action


def add_units_action(window: QWidget, language_group=None) -> QAction:  # noqa: ANN001
    """File → Units…, opening the dialog on the window's workspace."""
    action = QAction(window)
    action.setObjectName("unitsAction")

    def open_dialog() -> None:
        from .units_dialog import UnitsDialog

        UnitsDialog(window.workspace, window).exec()

    action.triggered.connect(lambda _checked=False: open_dialog())
    group = language_group if language_group is not None else getattr(window, "language_group", None)
    action.texts = i18n.ActionTexts(  # kept alive with the action
        action, window, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Units…"),
        QT_TRANSLATE_NOOP("MainWindow", "The units appraised: their level, code, the body above them, and mergers"),
        group)
    return action


def add_connect_action(window: QWidget, language_group=None) -> QAction:  # noqa: ANN001 - a QActionGroup
    """File → Connect to server…, switching the window to the server's database (window.connect_to_server)."""
    action = QAction(window)
    action.setObjectName("connectAction")
    action.triggered.connect(lambda _checked=False: window.connect_to_server())
    group = language_group if language_group is not None else getattr(window, "language_group", None)
    action.texts = i18n.ActionTexts(  # kept alive with the action
        action, window, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "C&onnect to server…"),
        QT_TRANSLATE_NOOP("MainWindow", "Open the appraising office's shared database on its PostgreSQL server"),
        group)
    return action
