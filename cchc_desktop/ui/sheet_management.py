"""The sheet list's verbs from the window: a new sheet, renaming its unit, deleting it, the sheet a unit already has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from ..domain.errors import CchcError
from ..services.errors import SheetExistsError
from .lazy import service_module
from .messages import describe
from .sheet_dialogs import NewSheetDialog, RenameUnitDialog, confirm, sheet_exists_box

set_service = service_module("frameworks")

# The window's context, so the strings keep the translations they had inside MainWindow.
translate = QCoreApplication.translate


class SheetManagement(QObject):
    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_sheet(self) -> None:
        window = self.window
        dialog = NewSheetDialog(window.workspace.frameworks(), window,
                                unit=window.document.info.unit if window.document else "",
                                unit_levels=set_service.unit_levels(window.workspace))
        if dialog.exec() != NewSheetDialog.DialogCode.Accepted:
            return
        unit, year, framework_id = dialog.values()
        if framework_id is None:
            window.show_error_text(translate("MainWindow",
                                             "There is no criteria framework in this database to make a sheet from."))
            return
        try:
            created = window.workspace.create_sheet(unit=unit, year=year, framework_id=framework_id,
                                                    kind=dialog.level())
        except SheetExistsError as error:
            self.offer_existing_sheet(error)
            return
        except CchcError as error:
            window.show_error_text(describe(error))
            return
        window.run_action(lambda: window.reload_sheet_list(select=created))

    def offer_existing_sheet(self, error: SheetExistsError, intro: str = "") -> None:
        """A unit is scored once a year: say which sheet it already has, and open it if the user wants."""
        params = error.params
        box = sheet_exists_box(self.window, str(params.get("unit", "")), int(params.get("year", 0)), intro)
        box.exec()
        if box.clickedButton() is box.findChild(QWidget, "openExisting"):
            self.window.reload_sheet_list(select=int(params["sheet_id"]))

    def rename_unit(self) -> None:
        window, editor = self.window, self.window.editor
        if editor is None:
            return
        dialog = RenameUnitDialog(editor.document.info.unit, window)
        if dialog.exec() != RenameUnitDialog.DialogCode.Accepted:
            return

        def rename() -> None:
            window.workspace.rename_unit(editor.document.id, dialog.name())
            editor.reload_info()  # the title and the sheet list follow the report

        window.run_action(rename)

    def delete_sheet(self) -> None:
        window = self.window
        if window.document is None:
            return
        info = window.document.info
        question = translate("MainWindow",
                             "Delete the %1 sheet of %2, with all its scores and notes?\n\nThis cannot be undone.")
        if not confirm(window, translate("MainWindow", "Delete the sheet"),
                       question.replace("%1", str(info.year)).replace("%2", info.unit)):
            return

        def delete() -> None:
            window.workspace.delete_sheet(info.id)
            window.open_sheet(None)
            window.reload_sheet_list()

        window.run_action(delete)
