"""Evidence files in the window: dropped on a row, listed, opened as a read-only copy, removed; the missing flag."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from cchc_desktop.services import evidence, safety
from cchc_desktop.ui.evidence_ui import EvidenceDialog
from cchc_desktop.ui.tree_model import MISSING_EVIDENCE_ROLE, TreeColumn
from ui_helpers import cell


def self_score(window, code: str, text: str = "0,5") -> None:
    assert window.filter_model.setData(cell(window, code, TreeColumn.SELF), text)


def missing(window, code: str) -> bool:
    return bool(cell(window, code, TreeColumn.CODE).data(MISSING_EVIDENCE_ROLE))


def drop(window, code: str, paths: list[Path]) -> bool:
    """Files dropped on the row of ``code``, as the file manager drops them."""
    index = cell(window, code, TreeColumn.TITLE)
    window.view.scrollTo(index)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = window.view.visualRect(index).center()
    viewport = window.view.viewport()
    # As a real drag: it enters the tree, moves over the row, and is dropped there.
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(viewport, kind(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def remove_through_the_dialog(window, monkeypatch, code: str = "1.1") -> None:
    """The row's evidence files (Evidence… on its right-click menu), then the dialog's Remove button."""
    def remove(dialog):
        QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", remove)
    window.controls.evidence_action.setData(code)
    window.controls.evidence_action.trigger()


def test_a_self_scored_leaf_without_evidence_is_flagged_and_counted_until_a_file_is_dropped_on_it(
        window, workspace, seed_sheet, tmp_path):
    self_score(window, "1.1")
    assert missing(window, "1.1")
    assert "1 without evidence" in window.summary.toolTip()
    scan = tmp_path / "ke-hoach.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach cai cach hanh chinh")
    assert drop(window, "1.1", [scan])
    assert [a.name for a in evidence.attachments(workspace, seed_sheet.id, "1.1")] == ["ke-hoach.pdf"]
    assert not missing(window, "1.1")
    assert "without evidence" not in window.summary.toolTip()
    assert "ke-hoach.pdf" not in window.statusBar().currentMessage() and "1.1" in window.statusBar().currentMessage()


def test_an_explanation_also_clears_the_flag(window, seed_sheet):
    self_score(window, "1.1")
    for _ in range(2):  # submitted, appraised: the unit's explanations open
        window.controls.next_stage_action.trigger()
    assert missing(window, "1.1")
    window.editor.apply_explanation("1.1", "Chưa có văn bản; đã giải trình", "window")
    assert not missing(window, "1.1")


def test_the_evidence_dialog_lists_opens_a_read_only_copy_and_removes_after_asking(
        window, workspace, seed_sheet, tmp_path, monkeypatch, message_boxes):
    photo = tmp_path / "anh-hop.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 2048)
    drop(window, "1.1", [photo])
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    seen: list[EvidenceDialog] = []

    def use(dialog):
        seen.append(dialog)
        table = dialog.table
        assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("anh-hop.jpg", "2 KB")
        assert table.item(0, 2).text()  # who attached it
        QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", use)
    window.controls.evidence_action.setData("1.1")
    window.controls.evidence_action.trigger()
    assert len(seen) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == photo.read_bytes() and copy.parent != photo.parent
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0  # read-only (root may write anyway)
    assert not copy.stat().st_mode & 0o222
    assert message_boxes.kinds == ["question"] and "anh-hop.jpg" in message_boxes[0]
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == []
    fields = [(e.field, e.old, e.new) for e in safety.history(workspace, seed_sheet.id)][-2:]
    assert fields[0][0] == "evidence" and fields[0][2].startswith("anh-hop.jpg")
    assert fields[1][0] == "evidence" and fields[1][1].startswith("anh-hop.jpg") and fields[1][2] is None


def test_declining_the_question_keeps_the_file(window, workspace, seed_sheet, tmp_path, monkeypatch,
                                               message_boxes):
    from PySide6.QtWidgets import QMessageBox

    kept = tmp_path / "bao-cao.docx"
    kept.write_bytes(b"PK report")
    drop(window, "1.1", [kept])
    message_boxes.answers["question"] = QMessageBox.StandardButton.No
    remove_through_the_dialog(window, monkeypatch)
    assert [a.name for a in evidence.attachments(workspace, seed_sheet.id, "1.1")] == ["bao-cao.docx"]


def test_the_right_click_menu_of_a_leaf_offers_its_evidence_files(window, seed_sheet):
    menu = QMenu(window)
    window.controls.build_criterion_menu(menu, "1.1")
    assert window.controls.evidence_action in menu.actions()
    assert window.controls.evidence_action.data() == "1.1"


def test_the_print_preview_adds_the_evidence_annex_when_its_box_is_ticked(qtbot, workspace, seed_sheet, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    from cchc_desktop.ui.print_preview import PrintPreviewDialog

    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban")
    evidence.attach(workspace.open_sheet(seed_sheet.id), "1.1", scan, source="test")
    dialog = PrintPreviewDialog(workspace.open_sheet(seed_sheet.id))
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    without = len(PdfReader(BytesIO(dialog.pdf_bytes)).pages)
    QTest.mouseClick(dialog.evidence_box, Qt.MouseButton.LeftButton)
    assert dialog.evidence_box.isChecked() and dialog.refresh()
    pages = PdfReader(BytesIO(dialog.pdf_bytes)).pages
    assert len(pages) == without + 1
    assert "bien-ban.pdf" in pages[-1].extract_text() and "TÀI LIỆU KIỂM CHỨNG" in pages[-1].extract_text()


def test_removing_an_evidence_file_is_undone_with_its_name_attacher_and_time_even_when_its_bytes_were_dropped(
        window, workspace, seed_sheet, tmp_path, monkeypatch, message_boxes):
    from cchc_desktop.store import evidence as stored

    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban hop")
    self_score(window, "1.1")
    drop(window, "1.1", [scan])
    [before] = evidence.attachments(workspace, seed_sheet.id, "1.1")

    remove_through_the_dialog(window, monkeypatch)
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == [] and missing(window, "1.1")
    with workspace.engine.connect() as connection:
        assert stored.blob_count(connection) == 0  # nothing else referred to the bytes: they went
    assert window.controls.undo_action.text().startswith("&Undo Remove the evidence file bien-ban.pdf from 1.1")
    window.controls.undo_action.trigger()
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == [before]
    assert evidence.content(workspace, seed_sheet.id, before.sha256) == scan.read_bytes()
    assert not missing(window, "1.1")
    window.controls.redo_action.trigger()
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == [] and missing(window, "1.1")
    changes = [(e.field, e.old is None, e.source) for e in safety.history(workspace, seed_sheet.id)][-3:]
    assert changes == [("evidence", False, "window"), ("evidence", True, "undo"), ("evidence", False, "window")]


def test_attaching_files_is_one_step_undone_and_redone_without_the_files_on_disk(window, workspace, seed_sheet,
                                                                               tmp_path):
    first, second = tmp_path / "ke-hoach.pdf", tmp_path / "anh.jpg"
    first.write_bytes(b"%PDF-1.4 ke hoach")
    second.write_bytes(b"\xff\xd8\xff anh")
    assert drop(window, "1.1", [first, second])
    assert window.controls.undo_action.text().startswith("&Undo Attach 2 evidence files to 1.1")
    window.controls.undo_action.trigger()
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == []
    first.unlink()
    second.unlink()  # moved away since: redo puts back the bytes it kept
    window.controls.redo_action.trigger()
    assert [a.name for a in evidence.attachments(workspace, seed_sheet.id, "1.1")] == ["ke-hoach.pdf", "anh.jpg"]
    assert evidence.content(workspace, seed_sheet.id,
                            evidence.attachments(workspace, seed_sheet.id, "1.1")[0].sha256) == b"%PDF-1.4 ke hoach"


def test_a_file_already_attached_adds_no_undo_step(window, workspace, seed_sheet, tmp_path):
    scan = tmp_path / "ke-hoach.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach")
    drop(window, "1.1", [scan])
    steps = window.undo_stack.count()
    drop(window, "1.1", [scan])
    assert window.undo_stack.count() == steps


def test_a_large_removed_scan_comes_back_byte_for_byte(window, workspace, seed_sheet, tmp_path, monkeypatch,
                                                        message_boxes):
    scan = tmp_path / "bien-ban-quet.pdf"
    scan.write_bytes(b"%PDF-1.4 " + os.urandom(3 * 1024 * 1024))  # past what an undo step keeps in memory

    drop(window, "1.1", [scan])
    remove_through_the_dialog(window, monkeypatch)
    assert evidence.attachments(workspace, seed_sheet.id, "1.1") == []
    scan_bytes = scan.read_bytes()
    scan.unlink()
    window.controls.undo_action.trigger()
    [back] = evidence.attachments(workspace, seed_sheet.id, "1.1")
    assert evidence.content(workspace, seed_sheet.id, back.sha256) == scan_bytes
