"""The print preview window: it shows the sheet's PDF, remembers the options, saves, prints, finalizes."""

from __future__ import annotations

import threading
import time
from unittest import mock

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton, QScrollArea
from ui_helpers import type_text

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import printing
from cchc_desktop.services.workspace import SheetLockedError
from cchc_desktop.ui.print_preview import PrintPreviewDialog


def shown(qtbot, dialog):
    """The preview once its first PDF, made in the background, is on screen."""
    qtbot.waitUntil(lambda: dialog.pdf_document.pageCount() > 0, timeout=15_000)
    return dialog


def test_the_preview_shows_the_pdf_and_remembers_the_signers(qtbot, workspace, seed_sheet, tmp_path):
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert dialog.pdf_document.pageCount() > 1
    dialog.signer_table.item(0, 1).setText("Lò Thị Mai")
    dialog.landscape_button.setChecked(True)
    assert dialog.refresh()
    again = PrintPreviewDialog(workspace.open_sheet(seed_sheet.id))
    qtbot.addWidget(again)
    shown(qtbot, again)
    assert again.signer_table.item(0, 1).text() == "Lò Thị Mai" and again.landscape_button.isChecked()
    saved = tmp_path / "sheet.pdf"
    assert again.save_as_pdf(str(saved)) and saved.read_bytes() == again.pdf_bytes


def test_print_goes_through_qprinter(qtbot, seed_sheet, tmp_path):
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
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


# --- clicking Print and Save, fitting the screen, rendering in the background (issue 9, items 1 and 4) --------------
def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_save_as_pdf_clicked_writes_the_pdf_with_what_was_just_typed(qtbot, seed_sheet, tmp_path, monkeypatch):
    target = tmp_path / "bảng điểm.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = shown(qtbot, PrintPreviewDialog(seed_sheet))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place_edit.clear()
    dialog.place_edit.setFocus()
    type_text(qtbot, dialog.place_edit, "Lai Chau")
    # Clicked at once, before the preview caught up: the file has the new place all the same.
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes() == dialog.pdf_bytes
    text = _pdf_text(target)
    assert "Lai Chau" in text


def test_print_clicked_goes_to_the_chosen_printer(qtbot, seed_sheet, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"

    def choose_printer(print_dialog):
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    dialog = shown(qtbot, PrintPreviewDialog(seed_sheet))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    assert len(PdfReader(printed).pages) == dialog.pdf_document.pageCount() > 1


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 700)])
def test_the_preview_fits_the_screen_with_its_buttons_in_view(qtbot, seed_sheet, monkeypatch, width, height):
    available = QRect(0, 0, width, height - 40)  # a task bar of 40 pixels at the bottom
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(available))
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    # Room for the title bar a window system adds to the frame (offscreen Qt draws none).
    assert available.contains(frame.adjusted(0, 0, 0, 30)), (frame, available)
    for button in (dialog.print_button, dialog.save_button, dialog.finalize_button,
                   dialog.findChild(QPushButton, "closeButton")):
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert button.isVisible() and available.contains(on_screen), (button.text(), on_screen)
        assert button.visibleRegion().boundingRect().size() == button.size(), f"{button.text()} is cut off"
    scroll = dialog.findChild(QScrollArea, "settingsScroll")
    assert scroll is not None and scroll.widget().isAncestorOf(dialog.recipients_edit)


def _slow_render(monkeypatch, seconds: float):
    """render_pdf as slow as a 1,000-row sheet; each call's thread and place recorded."""
    calls = []
    started = threading.Event()
    real = printing.render_pdf

    def slow(document, **kwargs):
        calls.append((threading.current_thread(), kwargs["profile"].place))
        started.set()
        time.sleep(seconds)
        return real(document, **kwargs)

    monkeypatch.setattr(printing, "render_pdf", slow)
    return calls, started


def test_typing_in_a_field_never_waits_for_the_render(qtbot, seed_sheet, monkeypatch):
    calls, started = _slow_render(monkeypatch, 1.5)
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.up_to_date, timeout=15_000)
    dialog.place_edit.clear()
    dialog.place_edit.setFocus()
    started.clear()
    slowest = 0.0
    for character in "Lai Chau":
        began = time.monotonic()
        qtbot.keyClick(dialog.place_edit, character)
        slowest = max(slowest, time.monotonic() - began)
        qtbot.wait(60)
    qtbot.waitUntil(started.is_set, timeout=5000)  # the render after the pause in typing
    # While that render runs, the next keys still go in at once.
    for character in ", tinh":
        began = time.monotonic()
        qtbot.keyClick(dialog.place_edit, character)
        slowest = max(slowest, time.monotonic() - began)
    assert slowest < 0.3, f"a key press waited {slowest:.2f} s"
    qtbot.waitUntil(lambda: dialog.up_to_date, timeout=15_000)
    assert dialog.profile.place == "Lai Chau, tinh"
    assert all(thread is not threading.main_thread() for thread, _ in calls)
    # Typing is gathered: the first pause made one render, the last one another; not one per key.
    assert [place for _, place in calls][1:] == ["Lai Chau", "Lai Chau, tinh"]


def test_a_render_that_ends_after_a_newer_request_is_not_shown(qtbot, seed_sheet, monkeypatch):
    calls, started = _slow_render(monkeypatch, 0.8)
    dialog = PrintPreviewDialog(seed_sheet)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.up_to_date, timeout=15_000)
    shown_places = []
    real_show = dialog._show_pdf
    monkeypatch.setattr(dialog, "_show_pdf", lambda data: (shown_places.append(dialog.profile.place),
                                                           real_show(data)))
    started.clear()
    dialog.place_edit.setText("Sìn Hồ")
    qtbot.waitUntil(started.is_set, timeout=5000)
    dialog.place_edit.setText("Tam Đường")
    qtbot.waitUntil(lambda: dialog.up_to_date, timeout=15_000)
    qtbot.wait(100)
    assert [place for _, place in calls][1:] == ["Sìn Hồ", "Tam Đường"]
    assert shown_places == ["Tam Đường"]


def test_enter_in_a_field_presses_no_button(qtbot, seed_sheet, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog = shown(qtbot, PrintPreviewDialog(seed_sheet))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    signers = dialog.signer_table.rowCount()
    dialog.place_edit.setFocus()
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not seed_sheet.finalized and dialog.signer_table.rowCount() == signers
