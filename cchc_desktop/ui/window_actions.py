"""The main window's actions, menus, toolbar, right-click menu and Help dialogs, and their words in the current language."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar

from ..domain.roles import NOT_APPLICABLE
from . import i18n
from .dialog_actions import add_connect_action, add_criteria_sets_action, add_units_action
from .evidence_ui import EvidenceDrop, open_evidence_dialog
from .exchange_flow import ExchangeFlow

# The window's context, so the strings keep the translations they had inside MainWindow.
translate = QCoreApplication.translate



class WindowActions(QObject):
    """Every QAction of the window (parented to it), wired to the window's slots; built once."""

    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        window, view, stack = self.window, self.window.view, self.undo_stack
        self.new_sheet_action = self._action(window.sheets.new_sheet, QKeySequence.StandardKey.New)
        self.import_action = self._action(window.import_flow.import_table, QKeySequence("Ctrl+I"))
        self.rename_action = self._action(window.sheets.rename_unit)
        self.delete_action = self._action(window.sheets.delete_sheet)
        self.print_preview_action = self._action(window.open_print_preview, QKeySequence.StandardKey.Print)
        self.exchange = ExchangeFlow(window)  # File → Send… and Receive…: .cchc packages between offices
        self.send_action = self._action(self.exchange.send)
        self.receive_action = self._action(self.exchange.receive)
        self.next_stage_action = self._action(lambda: window.editor is not None and window.editor.advance_stage())
        self.copy_round1_action = self._action(
            lambda: window.editor is not None and window.editor.copy_round1_to_final())
        self.backups_action = self._action(window.open_backups)
        self.user_name_action = self._action(window.edit_user_name)
        self.history_of_criterion_action = self._action(window.open_criterion_history)
        self.evidence_action = self._action(lambda: open_evidence_dialog(window, self.evidence_action.data()))
        self.evidence_drop = EvidenceDrop(window)  # files dropped on a sub-criterion's row become its evidence
        from . import not_applicable
        self.not_applicable_action = self._action(
            lambda: not_applicable.mark_not_applicable(window, self.not_applicable_action.data()))
        self.applicable_again_action = self._action(
            lambda: not_applicable.mark_applicable_again(window, self.applicable_again_action.data()))
        self.quit_action = self._action(window.close, QKeySequence("Ctrl+Q"))
        self.undo_action = self._action(stack.undo, QKeySequence.StandardKey.Undo)
        # Ctrl+Y is the Windows habit; Ctrl+Shift+Z works everywhere.
        self.redo_action = self._action(stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self.retranslate_undo())
        stack.redoTextChanged.connect(lambda _text: self.retranslate_undo())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.copy_action = self._action(window.copy_selection, QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(window.paste_clipboard, QKeySequence.StandardKey.Paste)
        self.clear_action = self._action(view.clear_selected_scores)
        self.find_action = self._action(window.search.focus, QKeySequence.StandardKey.Find)
        self.expand_action = self._action(view.expandAll, QKeySequence("Ctrl++"))
        self.collapse_action = self._action(view.collapseAll, QKeySequence("Ctrl+-"))
        unscored_box = window.search.unscored_box
        self.unscored_action = self._action(lambda: unscored_box.toggle(), checkable=True)
        unscored_box.toggled.connect(self.unscored_action.setChecked)
        self.history_action = window.history_dock.toggleViewAction()
        self.overview_action = self._action(window.open_overview)
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.saved_language(window.settings)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, window, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: window.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.open_log_action = self._action(self.show_log_folder)
        self.about_action = self._action(self.show_about)
        self.clear_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (self.copy_action, self.paste_action, self.clear_action):
            # Inside a cell editor the editor's own copy and paste win; these act on the selected cells.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)

    @property
    def sheet_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open sheet."""
        return (self.rename_action, self.delete_action, self.print_preview_action, self.history_of_criterion_action,
                self.next_stage_action, self.copy_round1_action, self.send_action)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        # File → Criteria sets… comes after Import; its dialog module builds the action (ui/criteria_sets_dialog.py).
        self.criteria_sets_action = add_criteria_sets_action(self.window, language_group=self.language_group)
        # File → Units… beside it (ui/units_dialog.py): the units appraised and their 2025 mergers.
        self.units_action = add_units_action(self.window, language_group=self.language_group)
        # File → Connect to server… (ui/connect_dialog.py): the office's shared PostgreSQL database.
        self.connect_action = add_connect_action(self.window, language_group=self.language_group)
        for action in (self.new_sheet_action, self.import_action, self.criteria_sets_action, self.units_action,
                       self.rename_action, self.delete_action, None, self.send_action, self.receive_action, None,
                       self.print_preview_action, self.next_stage_action, self.copy_round1_action, None,
                       self.connect_action, self.backups_action, self.user_name_action, None,
                       self.quit_action):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action, None, self.copy_action, self.paste_action,
                       self.clear_action, None, self.find_action):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.expand_action, self.collapse_action, self.unscored_action, None, self.history_action,
                       None, self.overview_action):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.open_log_action)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        window = self.window
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(window.sheet_label)
        self.toolbar.addWidget(window.sheet_box)
        self.toolbar.addAction(self.new_sheet_action)
        self.toolbar.addSeparator()
        window.search.add_to(self.toolbar)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.expand_action)
        self.toolbar.addAction(self.collapse_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def build_criterion_menu(self, menu: QMenu, code: str) -> None:
        """Actions for one criterion (right click)."""
        menu.addAction(self.copy_action)
        menu.addAction(self.paste_action)
        menu.addAction(self.clear_action)
        menu.addSeparator()
        self.history_of_criterion_action.setData(code)
        menu.addAction(self.history_of_criterion_action)
        editor = self.window.editor
        if editor is not None and editor.document.sheet.framework.get(code).is_leaf:
            # A leaf is marked not applicable, or made applicable again: whichever it is not now.
            marked = code in self.window.model.rule_state.not_applicable
            action = self.applicable_again_action if marked else self.not_applicable_action
            action.setData(code)
            # On a shared server, only the unit's own account (or an administrator's) marks rows.
            from ..services import accounts  # SQLAlchemy's (store.access): the window paints before it is loaded

            action.setEnabled(not editor.document.finalized and not getattr(editor.document, "read_only", False)
                              and accounts.may_write(self.window.workspace, NOT_APPLICABLE))
            menu.addSeparator()
            menu.addAction(action)
            self.evidence_action.setData(code)
            menu.addAction(self.evidence_action)

    # --- help ----------------------------------------------------------------------------
    def show_log_folder(self) -> None:
        from ..paths import user_log_dir

        QMessageBox.information(self.window, translate("MainWindow", "Log file"),
                                translate("MainWindow", "The log file is in:\n%1").replace("%1", str(user_log_dir())))

    def show_about(self) -> None:
        from .. import __version__

        text = translate("MainWindow", "CCHC Desktop %1\n\nScoring of the administrative reform index (PAR Index) "
                         "for districts. Works offline; every score is saved as soon as it is entered.\n\n"
                         "Database: %2")
        QMessageBox.about(self.window, translate("MainWindow", "About CCHC Desktop"),
                          text.replace("%1", __version__).replace("%2", self.window.workspace.location))

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        self.new_sheet_action.setText(translate("MainWindow", "&New sheet…"))
        self.new_sheet_action.setToolTip(translate("MainWindow", "Create a score sheet for a unit and year"))
        self.import_action.setText(translate("MainWindow", "&Import a score table…"))
        self.import_action.setToolTip(translate("MainWindow",
                                                "Bring in a score table from a text file or an Excel workbook"))
        self.rename_action.setText(translate("MainWindow", "&Rename the unit…"))
        self.delete_action.setText(translate("MainWindow", "&Delete this sheet…"))
        self.print_preview_action.setText(translate("MainWindow", "Print pre&view…"))
        self.next_stage_action.setText(translate("MainWindow", "Move to the ne&xt stage"))
        self.copy_round1_action.setText(translate("MainWindow", "Copy round &1 to the final appraisal"))
        self.copy_round1_action.setToolTip(translate(
            "MainWindow", "For every criterion the unit did not explain, the final appraisal takes the round 1 score"))
        self.next_stage_action.setToolTip(translate(
            "MainWindow", "Submit, appraise, explain, finalize the appraisal or lock: one step of the yearly cycle"))
        self.send_action.setText(translate("MainWindow", "S&end…"))
        self.send_action.setToolTip(translate("MainWindow", "Write this sheet as a .cchc package to send to the "
                                              "other office (USB stick or e-mail)"))
        self.receive_action.setText(translate("MainWindow", "Re&ceive…"))
        self.receive_action.setToolTip(translate("MainWindow", "Take in a .cchc package sent by the other office"))
        self.backups_action.setText(translate("MainWindow", "&Backups…"))
        self.user_name_action.setText(translate("MainWindow", "Your name in the &history…"))
        self.history_of_criterion_action.setText(translate("MainWindow", "&History of this criterion…"))
        self.evidence_action.setText(translate("MainWindow", "&Evidence files…"))
        self.evidence_action.setToolTip(translate("MainWindow", "List, attach, open or remove this sub-criterion's "
                                                  "evidence files (tài liệu kiểm chứng)"))
        self.not_applicable_action.setText(translate("MainWindow", "&Not applicable…"))
        self.applicable_again_action.setText(translate("MainWindow", "&Applicable again"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.copy_action.setText(translate("MainWindow", "&Copy"))
        self.paste_action.setText(translate("MainWindow", "&Paste"))
        self.clear_action.setText(translate("MainWindow", "C&lear the selected scores"))
        self.find_action.setText(translate("MainWindow", "&Find a criterion"))
        self.expand_action.setText(translate("MainWindow", "E&xpand all"))
        self.collapse_action.setText(translate("MainWindow", "C&ollapse to areas"))
        self.unscored_action.setText(translate("MainWindow", "Only &unscored"))
        self.history_action.setText(translate("MainWindow", "Edit &history"))
        self.overview_action.setText(translate("MainWindow", "O&verview and ranking…"))
        self.open_log_action.setText(translate("MainWindow", "Where is the &log file?"))
        self.about_action.setText(translate("MainWindow", "&About CCHC Desktop"))
        self.retranslate_undo()

    def retranslate_undo(self) -> None:
        stack = self.undo_stack
        if not shiboken6.isValid(stack):
            return  # the window is being destroyed: the stack went first
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(translate("MainWindow", "&Undo %1").replace("%1", undo_text) if undo_text
                                 else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo %1").replace("%1", redo_text) if redo_text
                                 else translate("MainWindow", "&Redo"))
