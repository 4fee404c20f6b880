"""The main window: sheet picker, criteria tree, totals, undo history; every accepted edit is already saved.

Its jobs live in objects of their own: WindowActions (actions, menus, toolbar, help), SearchBar (finding
criteria), SheetManagement (new, rename, delete), ImportFlow (importing a table), BackupStatus (scheduled backups). The open sheet has one owner, a SheetEditor;
the window, the tree model, the summary bar and the print preview each react to its ``changed`` report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTime
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox,
                               QUndoView, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from . import i18n
from .backup_status import BackupStatus
from .change_watch import ChangeWatch
from .commands import retranslate_stack
from .filter_model import SheetFilterModel
from .icons import application_icon
from .import_flow import ImportFlow
from .messages import describe
from .search_bar import LARGE_FRAMEWORK, SearchBar
from .sheet_management import SheetManagement
from .sheet_editor import SheetChange, SheetEditor
from .sheet_view import PasteRefused, SheetTreeView
from .summary_bar import SummaryBar
from .tree_model import CODE_ROLE, SheetTreeModel, TreeColumn
from .window_actions import WindowActions

if TYPE_CHECKING:  # the first sheet is painted before the writing services are imported (ui/startup.py)
    from ..services import SheetDocument, Workspace

log = logging.getLogger(__name__)
LAST_SHEET_KEY = "ui/last_sheet"
GEOMETRY_KEY = "ui/geometry"
STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):

    def __init__(self, workspace: Workspace, *, settings: QSettings | None = None, sheet_id: int | None = None,
                 owns_workspace: bool = False, welcome: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        workspace.backup_after_commit = False  # no edit waits for a backup: backup_if_due takes it on a worker
        self.settings = settings if settings is not None else QSettings()
        self.owns_workspace = owns_workspace
        self.editor: SheetEditor | None = None
        self.model: SheetTreeModel | None = None
        self.setWindowIcon(application_icon())
        # One stack for the window's history view and actions; each sheet's editor takes it over (and clears it).
        self.undo_stack = QUndoStack(self)
        self.filter_model = SheetFilterModel(self)
        self._build_widgets()
        self.search = SearchBar(self)
        self.sheets = SheetManagement(self)
        self.import_flow = ImportFlow(self)
        self.controls = WindowActions(self, self.undo_stack)
        self.backup_status = BackupStatus(self)
        self.change_watch = ChangeWatch(self)  # other users' changes, on a shared database only
        self.change_watch.start(workspace)
        self.retranslate_ui()
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

    @property
    def document(self) -> SheetDocument | None:
        return self.editor.document if self.editor is not None else None

    def _show_database_path(self) -> None:
        # Which file (or server database) is open, always in view: a mistyped --db must never pass for lost data.
        from .elided_label import ElidedLabel

        self.database_label = ElidedLabel(self.workspace.location, self)
        self.database_label.setObjectName("databasePath")
        self.statusBar().insertPermanentWidget(0, self.database_label)

    def _database_text(self) -> str:
        """For the title: the file's path, or the server database as user@host:port/database (never a password)."""
        if getattr(self.workspace, "on_server", False):
            return self.workspace.location.split("://", 1)[-1]
        return str(self.workspace.path)

    # --- a shared server (File → Connect to server…, ui/connect_dialog.py) ------------------------------
    def connect_to_server(self) -> None:
        from PySide6.QtWidgets import QDialog

        from .connect_dialog import ConnectDialog

        self.view.commit_open_editor()
        dialog = ConnectDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
            return
        self.switch_workspace(dialog.workspace)

    def switch_workspace(self, workspace: Workspace) -> None:
        """Work on another database from now on; the one open before is closed if the window opened it."""
        self.open_sheet(None)
        self.change_watch.stop()  # its listener holds a connection to the database being left
        previous, owned = self.workspace, self.owns_workspace
        self.workspace, self.owns_workspace = workspace, True
        workspace.backup_after_commit = False
        if owned:
            previous.close()
        self.change_watch.start(workspace)
        self.database_label.setText(workspace.location)
        self.database_label.setToolTip(workspace.location)
        self.reload_sheet_list()
        self.backup_status.show_problem()
        self._update_title()

    def show_welcome(self) -> None:
        """The first start's panel above the sheet: create a sheet, import a table, or look at the demo."""
        from .welcome import WelcomePanel

        self.welcome_panel = WelcomePanel(self)
        self.welcome_panel.create_requested.connect(self.controls.new_sheet_action.trigger)
        self.welcome_panel.import_requested.connect(self.controls.import_action.trigger)
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
        self.statusBar().setObjectName("statusBar")
        # There is no Save button: this says, after every change, that it is already stored.
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._saved_at: str | None = None

    def _show_criterion_menu(self, position) -> None:  # noqa: ANN001 - QPoint
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        self.controls.build_criterion_menu(menu, str(index.data(CODE_ROLE)))
        menu.exec(self.view.viewport().mapToGlobal(position))

    # --- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        i18n.save_language(self.settings, code)
        i18n.install_language(code)
        self.controls.language_actions[code].setChecked(True)
        # Qt posts LanguageChange for later; the window changes at once so the click shows its effect.
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.controls.retranslate()
        self.backup_status.show_problem()
        self.history_dock.setWindowTitle(self.tr("Edit history"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.sheet_label.setText(self.tr("Sheet:") + " ")
        self.search.retranslate()
        self._retranslate_history()
        self.controls.retranslate_undo()  # after the steps are labelled again
        self._show_saved()
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

    def _mark_saved(self) -> None:
        self._saved_at = QTime.currentTime().toString("HH:mm:ss")
        self._show_saved()

    def _show_saved(self) -> None:
        if self._saved_at is None:
            self.saved_label.setText(self.tr("Every change is saved as you type"))
        else:
            self.saved_label.setText(self.tr("Saved at %1").replace("%1", self._saved_at))

    def _update_title(self) -> None:
        # On a shared server the title says which server, database and account: several may be open side by side.
        on_server = getattr(self.workspace, "on_server", False)
        if self.document is None:
            title = self.tr("%1 — CCHC Desktop").replace("%1", self._database_text()) if on_server \
                else self.tr("CCHC Desktop")
            self.setWindowTitle(title)
            return
        info = self.document.info
        if on_server:
            self.setWindowTitle(self.tr("%1 %2 — %3 — CCHC Desktop").replace("%1", info.unit)
                                .replace("%2", str(info.year)).replace("%3", self._database_text()))
            return
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
        for action in self.controls.sheet_actions:
            action.setEnabled(bool(sheets))

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
        old_editor, old_model = self.editor, self.model
        if old_editor is not None:
            old_editor.changed.disconnect(self._sheet_changed)
            old_editor.deleted_elsewhere.disconnect(self._sheet_deleted_elsewhere)
        self.undo_stack.clear()
        if document is None:
            self.editor = self.model = None
            self.filter_model.setSourceModel(None)
        else:
            self.editor = SheetEditor(document, self.undo_stack, self)
            self.editor.changed.connect(self._sheet_changed)
            self.editor.deleted_elsewhere.connect(self._sheet_deleted_elsewhere)
            self.editor.error_raised.connect(self.show_error_text)
            self.editor.saved.connect(self._mark_saved)
            self.model = SheetTreeModel(self.editor, self)
            self.filter_model.setSourceModel(self.model)
            self.expand_for_work()
            self.view.fit_columns()
            self.settings.setValue(LAST_SHEET_KEY, document.id)
            first = self.first_score_cell()
            if first.isValid():
                self.view.setCurrentIndex(first)
        for old in (old_model, old_editor):
            if old is not None:
                old.deleteLater()
        self.undo_stack.setClean()
        self.search.show_hits()  # a search still typed applies to the sheet just opened
        self.summary.follow(self.editor)
        self._update_title()
        self._say_how_to_edit()

    def _say_how_to_edit(self) -> None:
        document = self.document
        if document is not None and document.read_only:
            self.show_status(self.tr("This database file is read-only: it is open for viewing and printing, "
                                     "nothing can be changed."))
        elif document is not None and document.finalized:
            self.show_status(self.tr("This sheet is finalized: it can be read and printed, not changed."))
        elif document is not None:
            self.show_status(self.tr("Select a cell and type a score: Enter saves it at once and moves to the "
                                     "next sub-criterion."))

    def _sheet_changed(self, change: SheetChange) -> None:
        """The window's share of a change report: its title and sheet list, and its history on a lock change."""
        if not change.info:
            return
        self._update_title()
        self.view.show_cycle_columns()  # a sheet entering the yearly cycle shows round 1 and the explanations
        self.reload_sheet_list(select=self.document.id)  # a renamed unit sorts elsewhere in the list
        if self.document.finalized != change.was_finalized:
            # Steps made before a finalize or a reopen cannot be replayed on the sheet as it is now.
            self.undo_stack.clear()
            self.undo_stack.setClean()
            self._say_how_to_edit()

    def _sheet_deleted_elsewhere(self, who: str) -> None:
        """Another user deleted the open sheet: it leaves the window (nothing could be stored in it), and they are
        named, so that the loss is not a mystery."""
        info = self.document.info
        self.open_sheet(None)
        self.reload_sheet_list()
        QMessageBox.information(self, self.tr("Sheet deleted"), self.tr(
            "The %1 sheet of %2 was deleted by %3 on the shared database, so it is closed here. What was saved in it "
            "before is in the database's change history.").replace("%1", str(info.year)).replace(
            "%2", info.unit).replace("%3", who or self.tr("another user")))

    def first_score_cell(self) -> QModelIndex:
        index = self.filter_model.index(0, int(TreeColumn.SELF))
        if index.isValid() and not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return self.view.next_leaf(index)
        return index

    # --- printing ----------------------------------------------------------------------
    def open_print_preview(self) -> None:
        if self.editor is None:
            return
        from .print_preview import PrintPreviewDialog

        # A finalize or a reopen there reaches the tree, the window and the history through the editor's report.
        self.run_action(lambda: PrintPreviewDialog(self.editor, self).exec())

    def open_overview(self) -> None:
        from .overview import show_overview  # imported on first use: the window starts without it

        show_overview(self)

    # --- data safety (dialogs from cchc_desktop/ui/backups_dialog.py and history_dialog.py) --
    def open_backups(self) -> None:
        if self.workspace.on_server:  # the server's administrator keeps its backups (pg_dump): say so plainly
            from ..services.safety import refuse_server_backup

            self.run_action(lambda: refuse_server_backup(self.workspace.location))
            return
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.workspace.path, reopen=self.reopen_workspace,
                               close_workspace=self.close_workspace, parent=self)
        dialog.exec()

    def close_workspace(self) -> None:
        """Let go of the database (a restore replaces the file): no sheet is open until reopen_workspace."""
        self._sheet_before_close = self.document.id if self.document is not None else None
        self.open_sheet(None)
        self.change_watch.stop()
        self.workspace.close()

    def reopen_workspace(self) -> None:
        from ..services import Workspace

        try:
            self.workspace = Workspace.open(self.workspace.path)
            self.workspace.backup_after_commit = False
        except CchcError:
            # The closed workspace holds no lock: nothing may be chosen or edited through it.
            self.sheet_box.clear()
            actions = self.controls
            for action in (*actions.sheet_actions, actions.backups_action, actions.user_name_action,
                           actions.import_action):
                action.setEnabled(False)
            raise  # the backups dialog says it in plain words
        self.change_watch.start(self.workspace)
        self.reload_sheet_list(select=getattr(self, "_sheet_before_close", None))
        self.backup_status.show_problem()

    def edit_user_name(self) -> None:
        from .history_dialog import UserNameDialog

        self.run_action(lambda: UserNameDialog(self.workspace, self).exec())

    def open_criterion_history(self) -> None:
        if self.document is None:
            return
        code = self.controls.history_of_criterion_action.data() or self._current_code()
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

    # --- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # Every accepted edit is already committed: there is nothing to ask about.
        self.view.commit_open_editor()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        self.change_watch.stop()
        if self.owns_workspace:
            self.workspace.close()
        super().closeEvent(event)


def create_main_window(workspace_or_path: Workspace | Path | str) -> MainWindow:
    """A window for the self-test: on an open Workspace, or on the database at a path (then owned and closed).

    Its preferences go to a settings file beside the database, never to the user's own.
    """
    from ..services import Workspace

    if isinstance(workspace_or_path, Workspace):
        workspace, owned = workspace_or_path, False
    else:
        workspace, owned = Workspace.open(workspace_or_path), True
    settings = QSettings(str(workspace.path.with_suffix(".ini")), QSettings.Format.IniFormat)
    return MainWindow(workspace, settings=settings, owns_workspace=owned)
