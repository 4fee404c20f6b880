"""File → Criteria sets… and File → Units…: the window's actions, their dialogs' modules loaded on the first click.

Those dialogs import the criteria-set editing and rule-reading modules (about 30 ms); the window is built, and
painted, without them.
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
