"""The main window: sheet picker, criteria tree, totals, undo history; every accepted edit is already saved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDockWidget, QFileDialog, QLabel, QLineEdit,
                               QMainWindow, QMenu, QMessageBox, QSizePolicy, QToolBar, QUndoView, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from ..services import safety
from ..services.workspace import SheetDocument, SheetExistsError, Workspace, import_edits
from . import i18n
from .commands import retranslate_stack
from .filter_model import SheetFilterModel
from ..services import frameworks as set_service
from .criteria_sets_dialog import add_criteria_sets_action
from .import_dialog import ImportChoice, ImportDialog, ImportWarningsDialog
from .icons import application_icon
from .messages import describe
from .commands import ImportIntoSheetCommand
from .sheet_dialogs import NewSheetDialog, RenameUnitDialog, confirm, sheet_exists_box
from .sheet_view import PasteRefused, SheetTreeView
from .summary_bar import SummaryBar
from .tree_model import CODE_ROLE, SheetColumn, SheetTreeModel

log = logging.getLogger(__name__)
# How often the window asks whether a backup is due (one is taken at most every 30 minutes of changes).
BACKUP_CHECK_MS = 60_000
LAST_SHEET_KEY = "ui/last_sheet"
GEOMETRY_KEY = "ui/geometry"
IMPORT_FOLDER_KEY = "ui/import_folder"
STATUS_TIMEOUT_MS = 8000
LARGE_FRAMEWORK = 1500  # criteria; above this a sheet opens with its sub-criteria folded
FILTER_PAUSE_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, *, settings: QSettings | None = None, sheet_id: int | None = None,
                 owns_workspace: bool = False, welcome: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.settings = settings if settings is not None else QSettings()
        self.owns_workspace = owns_workspace
        self.document: SheetDocument | None = None
        self.model: SheetTreeModel | None = None
        self.setWindowIcon(application_icon())
        self.undo_stack = QUndoStack(self)
        self.filter_model = SheetFilterModel(self)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.retranslate_ui()
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start()
        self.reload_sheet_list(select=sheet_id if sheet_id is not None else self._remembered_sheet())
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._show_database_path()
        self.welcome_panel = None
        if welcome:
            self.show_welcome()

    def _show_database_path(self) -> None:
        # Which file is open, always in view: a mistyped --db must never pass for lost data.
        from .elided_label import ElidedLabel

        self.database_label = ElidedLabel(str(self.workspace.path), self)
        self.database_label.setObjectName("databasePath")
        self.statusBar().insertPermanentWidget(0, self.database_label)

    def show_welcome(self) -> None:
        """The first start's panel above the sheet: create a sheet, import a table, or look at the demo."""
        from .welcome import WelcomePanel

        self.welcome_panel = WelcomePanel(self)
        self.welcome_panel.create_requested.connect(self.new_sheet_action.trigger)
        self.welcome_panel.import_requested.connect(self.import_action.trigger)
        self.welcome_panel.demo_requested.connect(self.open_demo_sheet)
        self.centralWidget().layout().insertWidget(0, self.welcome_panel)

    def open_demo_sheet(self) -> None:
        demo = self.workspace.demo_sheet_id()
        if demo is not None:
            self.reload_sheet_list(select=demo)

    # --- building ----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.view = SheetTreeView(self)
        self.view.setModel(self.filter_model)
        self.view.message.connect(self.show_status)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_criterion_menu)
        self.summary = SummaryBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)
        self.undo_view = QUndoView(self.undo_stack, self)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setWordWrap(True)
        self.undo_view.setMinimumWidth(300)
        self.history_dock = QDockWidget(self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.sheet_box = QComboBox(self)
        self.sheet_box.setObjectName("sheetBox")
        self.sheet_box.setMinimumContentsLength(24)
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.hits_label = QLabel(self)
        self.hits_label.setObjectName("searchHits")
        self.hits_label.setContentsMargins(6, 0, 6, 0)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_PAUSE_MS)
        self.filter_timer.timeout.connect(self._apply_filter_text)
        # Enter goes to the first cell found; Escape clears the search. Hands stay on the keyboard.
        self.filter_edit.returnPressed.connect(self._go_to_first_match)
        self.filter_edit.installEventFilter(self)
        self.unscored_box = QCheckBox(self)
        self.unscored_box.setObjectName("onlyUnscored")
        self.unscored_box.toggled.connect(self._only_unscored_toggled)
        self.statusBar().setObjectName("statusBar")
        # There is no Save button: this says, after every change, that it is already stored.
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._saved_at: str | None = None
        self.backup_problem_label = QLabel(self)
        self.backup_problem_label.setObjectName("backupProblem")
        # A long message is cut rather than widening the window; its tooltip holds all of it.
        self.backup_problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.backup_problem_label, 1)
        self.backup_problem_label.hide()

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_sheet_action = self._action(self.new_sheet, QKeySequence.StandardKey.New)
        self.import_action = self._action(self.import_table, QKeySequence("Ctrl+I"))
        self.rename_action = self._action(self.rename_unit)
        self.delete_action = self._action(self.delete_sheet)
        self.print_preview_action = self._action(self.open_print_preview, QKeySequence.StandardKey.Print)
        self.backups_action = self._action(self.open_backups)
        self.user_name_action = self._action(self.edit_user_name)
        self.history_of_criterion_action = self._action(self.open_criterion_history)
        self.quit_action = self._action(self.close, QKeySequence("Ctrl+Q"))
        self.undo_action = self._action(self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        # Ctrl+Y is the Windows habit; Ctrl+Shift+Z works everywhere.
        self.redo_action = self._action(self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda _text: self._retranslate_undo())
        self.undo_stack.redoTextChanged.connect(lambda _text: self._retranslate_undo())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.copy_action = self._action(self.copy_selection, QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(self.paste_clipboard, QKeySequence.StandardKey.Paste)
        self.clear_action = self._action(self.view.clear_selected_scores)
        self.find_action = self._action(self._focus_filter, QKeySequence.StandardKey.Find)
        self.expand_action = self._action(self.view.expandAll, QKeySequence("Ctrl++"))
        self.collapse_action = self._action(self.collapse_to_areas, QKeySequence("Ctrl+-"))
        self.unscored_action = self._action(lambda: self.unscored_box.toggle(), checkable=True)
        self.unscored_box.toggled.connect(self.unscored_action.setChecked)
        self.history_action = self.history_dock.toggleViewAction()
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.saved_language(self.settings)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.open_log_action = self._action(self.show_log_folder)
        self.about_action = self._action(self.show_about)
        self.clear_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (self.copy_action, self.paste_action, self.clear_action):
            # Inside a cell editor the editor's own copy and paste win; these act on the selected cells.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._build_file_menu(self.file_menu)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action, None, self.copy_action, self.paste_action,
                       self.clear_action, None, self.find_action):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.expand_action, self.collapse_action, self.unscored_action, None, self.history_action):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.open_log_action)
        self.help_menu.addAction(self.about_action)

    def _build_file_menu(self, menu: QMenu) -> None:
        """The File menu. Backups and other data-safety actions belong in their own section before Quit."""
        menu.addAction(self.new_sheet_action)
        menu.addAction(self.import_action)
        self.criteria_sets_action = add_criteria_sets_action(self, menu)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.print_preview_action)
        menu.addSeparator()
        menu.addAction(self.backups_action)
        menu.addAction(self.user_name_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.sheet_label)
        self.toolbar.addWidget(self.sheet_box)
        self.toolbar.addAction(self.new_sheet_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.filter_edit)
        self.hits_action = self.toolbar.addWidget(self.hits_label)
        self.hits_action.setVisible(False)
        self.toolbar.addWidget(self.unscored_box)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.expand_action)
        self.toolbar.addAction(self.collapse_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _show_criterion_menu(self, position) -> None:  # noqa: ANN001 - QPoint
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        self.build_criterion_menu(menu, str(index.data(CODE_ROLE)))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def build_criterion_menu(self, menu: QMenu, code: str) -> None:
        """Actions for one criterion (right click)."""
        menu.addAction(self.copy_action)
        menu.addAction(self.paste_action)
        menu.addAction(self.clear_action)
        menu.addSeparator()
        self.history_of_criterion_action.setData(code)
        menu.addAction(self.history_of_criterion_action)

    # --- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        i18n.save_language(self.settings, code)
        i18n.install_language(code)
        self.language_actions[code].setChecked(True)
        # Qt posts LanguageChange for later; the window changes at once so the click shows its effect.
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.new_sheet_action.setText(self.tr("&New sheet…"))
        self.new_sheet_action.setToolTip(self.tr("Create a score sheet for a unit and year"))
        self.import_action.setText(self.tr("&Import a score table…"))
        self.import_action.setToolTip(self.tr("Bring in a score table from a text file or an Excel workbook"))
        self.rename_action.setText(self.tr("&Rename the unit…"))
        self.delete_action.setText(self.tr("&Delete this sheet…"))
        self.print_preview_action.setText(self.tr("Print pre&view…"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.user_name_action.setText(self.tr("Your name in the &history…"))
        self._show_backup_problem()
        self.history_of_criterion_action.setText(self.tr("&History of this criterion…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.copy_action.setText(self.tr("&Copy"))
        self.paste_action.setText(self.tr("&Paste"))
        self.clear_action.setText(self.tr("C&lear the selected scores"))
        self.find_action.setText(self.tr("&Find a criterion"))
        self.expand_action.setText(self.tr("E&xpand all"))
        self.collapse_action.setText(self.tr("C&ollapse to areas"))
        self.unscored_action.setText(self.tr("Only &unscored"))
        self.history_action.setText(self.tr("Edit &history"))
        self.history_dock.setWindowTitle(self.tr("Edit history"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.open_log_action.setText(self.tr("Where is the &log file?"))
        self.about_action.setText(self.tr("&About CCHC Desktop"))
        self.sheet_label.setText(self.tr("Sheet:") + " ")
        self.filter_edit.setPlaceholderText(self.tr("Find by code or words, e.g. thu tuc"))
        self.unscored_box.setText(self.tr("Only unscored"))
        self.unscored_box.setToolTip(self.tr("Show only sub-criteria missing a self-assessment or appraisal score"))
        self._retranslate_history()
        self._retranslate_undo()
        self._show_saved()
        self._show_hits()
        if self.model is not None:
            self.model.retranslate()
            self.view.fit_columns()
        self.summary.refresh()
        self._update_title()

    def _retranslate_history(self) -> None:
        """The edit history's labels in the language just chosen (each step keeps its data, not its words)."""
        if not shiboken6.isValid(self.undo_stack):
            return
        retranslate_stack(self.undo_stack)
        # The history list caches nothing but repaints only when told: hand it the stack again.
        self.undo_view.setStack(None)
        self.undo_view.setStack(self.undo_stack)

    def _retranslate_undo(self) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the window is being destroyed: the stack went first
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo"))

    def _mark_saved(self) -> None:
        self._saved_at = QTime.currentTime().toString("HH:mm:ss")
        self._show_saved()

    def _show_saved(self) -> None:
        if self._saved_at is None:
            self.saved_label.setText(self.tr("Every change is saved as you type"))
        else:
            self.saved_label.setText(self.tr("Saved at %1").replace("%1", self._saved_at))

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(self.tr("CCHC Desktop"))
            return
        info = self.document.info
        self.setWindowTitle(self.tr("%1 %2 — CCHC Desktop").replace("%1", info.unit).replace("%2", str(info.year)))

    # --- sheets ------------------------------------------------------------------------
    def _remembered_sheet(self) -> int | None:
        value = self.settings.value(LAST_SHEET_KEY)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def reload_sheet_list(self, select: int | None = None) -> None:
        sheets = self.workspace.sheets()
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for info in sheets:
            self.sheet_box.addItem(f"{info.unit} — {info.year}", info.id)
        self.sheet_box.blockSignals(False)
        position = self.sheet_box.findData(select) if select is not None else -1
        if position < 0 and self.document is not None:
            position = self.sheet_box.findData(self.document.id)
        if position < 0 and sheets:
            position = 0
        if position >= 0:
            self.sheet_box.setCurrentIndex(position)
            self._sheet_chosen(position)
        else:
            self.open_sheet(None)
        enabled = bool(sheets)
        for action in (self.rename_action, self.delete_action, self.print_preview_action,
                       self.history_of_criterion_action):
            action.setEnabled(enabled)

    def _sheet_chosen(self, position: int) -> None:
        sheet_id = self.sheet_box.itemData(position)
        if sheet_id is None:
            return
        if self.document is not None and self.document.id == sheet_id:
            return
        self.run_action(lambda: self.open_sheet(sheet_id))

    def open_sheet(self, sheet_id: int | None) -> None:
        self.view.commit_open_editor()
        document = self.workspace.open_sheet(sheet_id) if sheet_id is not None else None
        # Undo steps belong to the sheet they were made on.
        self.undo_stack.clear()
        old_model = self.model
        self.document = document
        if document is None:
            self.model = None
            self.filter_model.setSourceModel(None)
        else:
            self.model = SheetTreeModel(document, self)
            self.model.command_sink = self.undo_stack.push
            self.model.totals_changed.connect(self.summary.refresh)
            self.model.error_raised.connect(self.show_error_text)
            self.model.saved.connect(self._mark_saved)
            self.filter_model.setSourceModel(self.model)
            self.expand_for_work()
            self.view.fit_columns()
            self.settings.setValue(LAST_SHEET_KEY, document.id)
            first = self._first_score_cell()
            if first.isValid():
                self.view.setCurrentIndex(first)
        if old_model is not None:
            old_model.deleteLater()
        self.undo_stack.setClean()
        self._show_hits()  # a search still typed applies to the sheet just opened
        self.summary.set_document(document)
        self._update_title()
        if document is not None and getattr(document, "read_only", False):
            self.show_status(self.tr("This database file is read-only: it is open for viewing and printing, "
                                     "nothing can be changed."))
        elif document is not None and document.finalized:
            self.show_status(self.tr("This sheet is finalized: it can be read and printed, not changed."))
        elif document is not None:
            self.show_status(self.tr("Select a cell and type a score: Enter saves it at once and moves to the "
                                     "next sub-criterion."))

    def _first_score_cell(self):  # noqa: ANN202 - QModelIndex
        index = self.filter_model.index(0, int(SheetColumn.SELF))
        if index.isValid() and not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return self.view.next_leaf(index)
        return index

    def new_sheet(self) -> None:
        dialog = NewSheetDialog(self.workspace.frameworks(), self,
                                unit=self.document.info.unit if self.document else "",
                                unit_levels=set_service.unit_levels(self.workspace))
        if dialog.exec() != NewSheetDialog.DialogCode.Accepted:
            return
        unit, year, framework_id = dialog.values()
        if framework_id is None:
            self.show_error_text(self.tr("There is no criteria framework in this database to make a sheet from."))
            return
        try:
            created = self.workspace.create_sheet(unit=unit, year=year, framework_id=framework_id,
                                                  kind=dialog.level())
        except SheetExistsError as error:
            self.offer_existing_sheet(error)
            return
        except CchcError as error:
            self.show_error_text(describe(error))
            return
        self.run_action(lambda: self.reload_sheet_list(select=created))

    def offer_existing_sheet(self, error: SheetExistsError, intro: str = "") -> None:
        """A unit is scored once a year: say which sheet it already has, and open it if the user wants."""
        params = error.params
        box = sheet_exists_box(self, str(params.get("unit", "")), int(params.get("year", 0)), intro)
        box.exec()
        if box.clickedButton() is box.findChild(QWidget, "openExisting"):
            self.reload_sheet_list(select=int(params["sheet_id"]))

    # --- importing -----------------------------------------------------------------------
    def choose_import_file(self) -> str:
        """The table file the user picks, or '' if they cancel. The folder is remembered for next time."""
        folder = str(self.settings.value(IMPORT_FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a score table"), folder,
            self.tr("Score tables (*.txt *.tsv *.xlsx);;Text tables (*.txt *.tsv);;Excel workbooks (*.xlsx);;"
                    "All files (*)"))
        if path:
            self.settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
        return path

    def import_table(self) -> None:
        path = self.choose_import_file()
        if not path:
            return
        self.view.commit_open_editor()
        try:
            preview = self.workspace.preview_file(path)
        except CchcError as error:
            log.info("import refused: %s (%s)", error, error.kind)
            self.show_error_text(self._import_refusal(Path(path).name, error))
            return
        dialog = ImportDialog(Path(path).name, self.document.info if self.document else None, self,
                              title=preview.title)
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        try:
            outcome = self._import(Path(path), choice, preview)
        except SheetExistsError as error:
            log.info("import refused: %s", error)
            self.offer_existing_sheet(error, self.tr("%1 was not imported; nothing was changed.")
                                      .replace("%1", Path(path).name))
            return
        except CchcError as error:
            log.info("import refused: %s (%s)", error, error.kind)
            self.show_error_text(self._import_refusal(Path(path).name, error))
            return
        if outcome is not None and outcome.warnings:
            ImportWarningsDialog(outcome.warnings, self).exec()

    def _import(self, path: Path, choice: ImportChoice, preview):  # noqa: ANN001, ANN202 - an ImportOutcome
        if choice.into_current and self.document is not None:
            # One undo step, like a paste: Ctrl+Z puts back every value the file replaced.
            command = ImportIntoSheetCommand(self.model, import_edits(self.document, preview.table), path.name)
            self.undo_stack.push(command)
            if command.error is not None:
                return None  # refused and already said (e.g. a finalized sheet); nothing was stored
            self.show_status(self.tr("Imported %1 into this sheet. Ctrl+Z undoes the whole import.")
                             .replace("%1", path.name))
            return preview.table
        level = preview.title.level if preview.title is not None else "district"
        outcome = self.workspace.import_file(path, unit=choice.unit, year=choice.year, kind=level)
        self.reload_sheet_list(select=outcome.sheet_id)
        if outcome.new_framework:
            # Worth saying: the sheet will not line up with sheets made on the built-in criteria.
            self.show_status(self.tr("Imported %1 as a new sheet. Its criteria differ from every framework already "
                                     "in this database, so they were saved as a new criteria framework.")
                             .replace("%1", path.name))
        else:
            self.show_status(self.tr("Imported %1 as a new sheet.").replace("%1", path.name))
        return outcome

    def _import_refusal(self, file_name: str, error: CchcError) -> str:
        reason = describe(error)
        return self.tr("%1 was not imported; nothing was changed.").replace("%1", file_name) + "\n\n" + reason

    def rename_unit(self) -> None:
        if self.document is None:
            return
        dialog = RenameUnitDialog(self.document.info.unit, self)
        if dialog.exec() != RenameUnitDialog.DialogCode.Accepted:
            return

        def rename() -> None:
            self.workspace.rename_unit(self.document.id, dialog.name())
            self.document.refresh_info()
            self.reload_sheet_list(select=self.document.id)
            self._update_title()

        self.run_action(rename)

    def delete_sheet(self) -> None:
        if self.document is None:
            return
        info = self.document.info
        question = self.tr("Delete the %1 sheet of %2, with all its scores and notes?\n\nThis cannot be undone.")
        if not confirm(self, self.tr("Delete the sheet"),
                       question.replace("%1", str(info.year)).replace("%2", info.unit)):
            return

        def delete() -> None:
            self.workspace.delete_sheet(info.id)
            self.document = None
            self.reload_sheet_list()

        self.run_action(delete)

    # --- printing ----------------------------------------------------------------------
    def open_print_preview(self) -> None:
        if self.document is None:
            return
        from .print_preview import PrintPreviewDialog

        self.run_action(lambda: PrintPreviewDialog(self.document, self).exec())
        # The preview can finalize (chốt) or reopen the sheet: editing follows what is stored now.
        self.run_action(self._after_lock_change)

    def _after_lock_change(self) -> None:
        if self.document is None:
            return
        was_finalized = self.document.finalized
        self.document.refresh_info()
        if self.document.finalized != was_finalized:
            self.open_sheet(self.document.id)

    # --- data safety (dialogs from cchc_desktop/ui/backups_dialog.py and history_dialog.py) --
    def open_backups(self) -> None:
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.workspace.path, reopen=self.reopen_workspace,
                               close_workspace=self.close_workspace, parent=self)
        dialog.exec()

    def close_workspace(self) -> None:
        """Let go of the database (a restore replaces the file): no sheet is open until reopen_workspace."""
        self._sheet_before_close = self.document.id if self.document is not None else None
        self.open_sheet(None)
        self.workspace.close()

    def reopen_workspace(self) -> None:
        try:
            self.workspace = Workspace.open(self.workspace.path)
        except CchcError:
            # The closed workspace holds no lock: nothing may be chosen or edited through it.
            self.sheet_box.clear()
            for action in (self.rename_action, self.delete_action, self.print_preview_action,
                           self.history_of_criterion_action, self.backups_action, self.user_name_action,
                           self.import_action):
                action.setEnabled(False)
            raise  # the backups dialog says it in plain words
        self.reload_sheet_list(select=getattr(self, "_sheet_before_close", None))
        self._show_backup_problem()

    def edit_user_name(self) -> None:
        from .history_dialog import UserNameDialog

        self.run_action(lambda: UserNameDialog(self.workspace, self).exec())

    def backup_if_due(self) -> None:
        """Every minute: a backup if something changed in the last 30 minutes; a failure stays in view."""
        try:
            safety.backup_if_due(self.workspace)
        except (CchcError, OSError) as error:  # the next tick tries again; the edits are safe in the database
            log.warning("scheduled backup failed: %s", error)
        self._show_backup_problem()

    def _show_backup_problem(self) -> None:
        problem = safety.backup_problem(self.workspace)
        if problem is None:
            self.backup_problem_label.hide()
            return
        text = describe(problem)
        self.backup_problem_label.setText(text)
        self.backup_problem_label.setToolTip(text)
        self.backup_problem_label.show()

    def open_criterion_history(self) -> None:
        if self.document is None:
            return
        code = self.history_of_criterion_action.data() or self._current_code()
        if not code:
            return
        from .history_dialog import HistoryDialog

        title = self.document.sheet.framework.get(code).title
        HistoryDialog(self.workspace, self.document.id, code, title, self).exec()

    def _current_code(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(CODE_ROLE)) if index.isValid() else None

    # --- editing -----------------------------------------------------------------------
    def copy_selection(self) -> None:
        text = self.view.selection_as_text()
        if text:
            QApplication.clipboard().setText(text)

    def paste_clipboard(self) -> None:
        if self.model is None:
            return
        try:
            outcome = self.view.paste_text(QApplication.clipboard().text())
        except PasteRefused as refusal:
            self.show_error_text(str(refusal))
            return
        text = self.tr("Pasted %1 scores.").replace("%1", str(outcome.count))
        skipped = outcome.skipped_parents
        if len(skipped) == 1:
            text += " " + self.tr("Row %1 was skipped: its score is computed from its sub-criteria.").replace(
                "%1", skipped[0])
        elif skipped:
            text += " " + self.tr("Rows %1 were skipped: their scores are computed from their sub-criteria.").replace(
                "%1", ", ".join(skipped))
        self.show_status(text)

    def expand_for_work(self) -> None:
        """Everything open on a sheet of usual size; areas and criteria only on a very large one (fast start)."""
        if len(self.document.sheet.framework) <= LARGE_FRAMEWORK:
            self.view.expandAll()
        else:
            self.view.expandToDepth(0)

    def collapse_to_areas(self) -> None:
        self.view.collapseAll()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: ANN001 - a QObject
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.filter_edit.clear()
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _go_to_first_match(self) -> None:
        if self.filter_timer.isActive():
            self._apply_filter_text()
        first = self._first_score_cell()
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
        self.view.setFocus()

    def _filter_changed(self, text: str) -> None:
        # On a very large sheet each refilter and expansion takes a noticeable moment: wait for a pause in typing.
        if self.document is not None and len(self.document.sheet.framework) > LARGE_FRAMEWORK:
            self.filter_timer.start()
        else:
            self._apply_filter_text()

    def _apply_filter_text(self) -> None:
        self.filter_timer.stop()
        self.filter_model.set_text(self.filter_edit.text())
        self._after_filter()

    def _only_unscored_toggled(self, on: bool) -> None:
        self.filter_model.set_only_unscored(on)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.filter_model.active:
            self.view.expandAll()
        elif self.document is not None:
            self.expand_for_work()
        self._show_hits()
        if self.filter_model.active and self.filter_model.rowCount() == 0:
            self.show_status(self.tr("No criterion matches."))

    def _show_hits(self) -> None:
        """The number found beside the search box, and "no match" in the tree itself when nothing is left."""
        active = self.document is not None and self.filter_model.active
        hits = self.filter_model.hits() if active else 0
        self.hits_action.setVisible(active)
        if hits:
            self.hits_label.setText(self.tr("%1 found").replace("%1", str(hits)))
            self.hits_label.setStyleSheet("")
        else:
            self.hits_label.setText(self.tr("No match"))
            self.hits_label.setStyleSheet("color: #a31515; font-weight: bold;")
        if not active or self.filter_model.rowCount() > 0:
            self.view.set_placeholder("")
        elif self.filter_edit.text().strip():
            text = self.tr("No criterion matches “%1”.\n\nCheck the spelling or type fewer words; Esc clears the "
                           "search.")
            self.view.set_placeholder(text.replace("%1", self.filter_edit.text().strip()))
        else:
            self.view.set_placeholder(self.tr("Every sub-criterion has both scores."))

    # --- messages ----------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        else:
            self.statusBar().clearMessage()

    def show_error_text(self, text: str) -> None:
        # The status bar is one line: a message of several lines (a refused paste) shows its first there.
        self.show_status(text.split("\n", 1)[0])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("CCHC Desktop"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("errorBox")
        box.exec()

    def run_action(self, action: Callable[[], object]) -> object:
        """Run a user action; a CchcError becomes a plain translated message, never a traceback."""
        try:
            return action()
        except CchcError as error:
            log.info("refused: %s (%s)", error, error.kind)
            self.show_error_text(describe(error))
            return None

    def show_log_folder(self) -> None:
        from ..paths import user_log_dir

        QMessageBox.information(self, self.tr("Log file"),
                                self.tr("The log file is in:\n%1").replace("%1", str(user_log_dir())))

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("About CCHC Desktop"),
                          self.tr("CCHC Desktop %1\n\nScoring of the administrative reform index (PAR Index) "
                                  "for districts. Works offline; every score is saved as soon as it is entered.\n\n"
                                  "Database: %2").replace("%1", __version__).replace("%2", str(self.workspace.path)))

    # --- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # Every accepted edit is already committed: there is nothing to ask about.
        self.view.commit_open_editor()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        if self.owns_workspace:
            self.workspace.close()
        super().closeEvent(event)


def create_main_window(workspace_or_path: Workspace | Path | str) -> MainWindow:
    """A window for the self-test: on an open Workspace, or on the database at a path (then owned and closed).

    Its preferences go to a settings file beside the database, never to the user's own.
    """
    if isinstance(workspace_or_path, Workspace):
        workspace, owned = workspace_or_path, False
    else:
        workspace, owned = Workspace.open(workspace_or_path), True
    settings = QSettings(str(workspace.path.with_suffix(".ini")), QSettings.Format.IniFormat)
    return MainWindow(workspace, settings=settings, owns_workspace=owned)
