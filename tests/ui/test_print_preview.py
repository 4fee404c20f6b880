"""The print preview window: it shows the sheet's PDF, remembers the options, saves, prints, finalizes."""

from __future__ import annotations

from unittest import mock

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import printing
from cchc_desktop.services.workspace import SheetLockedError
from cchc_desktop.ui.print_preview import PrintPreviewDialog


def test_the_preview_shows_the_pdf_and_remembers_the_signers(qtbot, workspace, seed_sheet, tmp_path):
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    assert dialog.pdf_document.pageCount() > 1
    dialog.signer_table.item(0, 1).setText("Lò Thị Mai")
    dialog.landscape_button.setChecked(True)
    assert dialog.refresh()
    again = PrintPreviewDialog(workspace.open_sheet(seed_sheet.id))
    qtbot.addWidget(again)
    assert again.signer_table.item(0, 1).text() == "Lò Thị Mai" and again.landscape_button.isChecked()
    saved = tmp_path / "sheet.pdf"
    assert again.save_as_pdf(str(saved)) and saved.read_bytes() == again.pdf_bytes


def test_print_goes_through_qprinter(qtbot, seed_sheet, tmp_path):
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer)
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.pdf_document.pageCount()


def test_finalize_and_reopen_from_the_preview(qtbot, seed_sheet, monkeypatch):
    monkeypatch.setattr(seed_sheet.workspace, "before_risky_change", lambda reason: None)
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        dialog.finalize_button.click()
    assert seed_sheet.finalized
    try:
        seed_sheet.set_score("1.2.1", Column.APPRAISAL, "0,50")
        raise AssertionError("a finalized sheet took an edit")
    except SheetLockedError:
        pass
    with mock.patch.object(QInputDialog, "getText", return_value=("Sở trả lại", True)):
        dialog.finalize_button.click()
    assert not seed_sheet.finalized
    assert [e.kind for e in printing.events(seed_sheet.workspace, seed_sheet.id)] == ["finalize", "reopen"]
