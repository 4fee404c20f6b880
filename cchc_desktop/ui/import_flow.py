"""Importing a score table from the window: pick a file, choose new sheet or this one, import, then say how it went."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ..domain.errors import CchcError
from ..services.errors import SheetExistsError
from .messages import describe

if TYPE_CHECKING:
    from ..services import FilePreview
    from .import_dialog import ImportChoice

# The window's context, so the strings keep the translations they had inside MainWindow.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
IMPORT_FOLDER_KEY = "ui/import_folder"


class ImportFlow(QObject):
    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def choose_file(self) -> str:
        """The table file the user picks, or '' if they cancel. The folder is remembered for next time."""
        settings = self.window.settings
        folder = str(settings.value(IMPORT_FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Import a score table"), folder,
            translate("MainWindow", "Score tables (*.txt *.tsv *.xlsx);;Text tables (*.txt *.tsv);;"
                      "Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
        return path

    def import_table(self) -> None:
        window = self.window
        path = self.choose_file()
        if not path:
            return
        name = Path(path).name
        window.view.commit_open_editor()
        try:
            preview = window.workspace.preview_file(path)
        except CchcError as error:
            log.info("import refused: %s (%s)", error, error.kind)
            window.show_error_text(self._refusal(name, error))
            return
        editor = window.editor
        from ..services import frameworks as sets
        from .import_dialog import ImportDialog, ImportWarningsDialog  # on first use: the window starts without it

        dialog = ImportDialog(name, editor.document.info if editor else None, window, title=preview.title,
                              sets=sets.list_sets(window.workspace))
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return
        try:
            outcome = self._import(Path(path), dialog.choice(), preview)
        except SheetExistsError as error:
            log.info("import refused: %s", error)
            intro = translate("MainWindow", "%1 was not imported; nothing was changed.").replace("%1", name)
            window.sheets.offer_existing_sheet(error, intro)
            return
        except CchcError as error:
            log.info("import refused: %s (%s)", error, error.kind)
            window.show_error_text(self._refusal(name, error))
            return
        if outcome is not None and outcome.warnings:
            ImportWarningsDialog(outcome.warnings, window).exec()

    def _import(self, path: Path, choice: ImportChoice, preview: FilePreview):  # noqa: ANN202 - has .warnings
        from ..services.workspace import import_edits

        window, editor = self.window, self.window.editor
        if choice.into_current and editor is not None:
            # One undo step, like a paste: Ctrl+Z puts back every value the file replaced.
            if not editor.import_scores(import_edits(editor.document, preview.table), path.name):
                return None  # refused and already said (e.g. a finalized sheet); nothing was stored
            window.show_status(translate("MainWindow", "Imported %1 into this sheet. Ctrl+Z undoes the whole import.")
                               .replace("%1", path.name))
            return preview.table
        if choice.framework_id is not None:
            return self._import_into_set(path, choice, preview)
        level = preview.title.level if preview.title is not None else "district"
        outcome = window.workspace.import_file(path, unit=choice.unit, year=choice.year, kind=level)
        window.reload_sheet_list(select=outcome.sheet_id)
        if outcome.new_framework:
            # Worth saying: the sheet will not line up with sheets made on the built-in criteria.
            window.show_status(translate("MainWindow", "Imported %1 as a new sheet. Its criteria differ from every "
                                         "framework already in this database, so they were saved as a new criteria "
                                         "framework.")
                               .replace("%1", path.name))
        else:
            window.show_status(translate("MainWindow", "Imported %1 as a new sheet.").replace("%1", path.name))
        return outcome

    def _import_into_set(self, path: Path, choice: ImportChoice, preview: FilePreview):  # noqa: ANN202
        """The table's scores into the unit's sheet of the chosen set, rows matched by their numbers (1.2.3)."""
        from ..services import frameworks as sets

        window = self.window
        outcome = sets.import_scores(window.workspace, path, unit=choice.unit, year=choice.year,
                                     framework_id=choice.framework_id, source="import")
        if window.document is not None and window.document.id == outcome.sheet_id:
            # The scores went into the open sheet through another document: open it again to show them (the undo
            # history goes with it, as on any change of sheet).
            window.open_sheet(outcome.sheet_id)
        window.reload_sheet_list(select=outcome.sheet_id)
        if outcome.created:
            window.show_status(translate("MainWindow", "Imported %1 as a new sheet of the chosen criteria set.")
                               .replace("%1", path.name))
        else:
            window.show_status(translate("MainWindow", "Imported %1 into the unit's sheet of the chosen criteria "
                                                       "set.").replace("%1", path.name))
        return outcome

    @staticmethod
    def _refusal(file_name: str, error: CchcError) -> str:
        head = translate("MainWindow", "%1 was not imported; nothing was changed.").replace("%1", file_name)
        return head + "\n\n" + describe(error)
