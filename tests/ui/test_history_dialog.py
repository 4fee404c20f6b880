"""A criterion's history: who changed what, when and how, newest first, scores with a decimal comma."""

from __future__ import annotations

from decimal import Decimal

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import safety
from cchc_desktop.store.lock import os_user
from cchc_desktop.ui import i18n
from cchc_desktop.ui.history_dialog import HistoryDialog, UserNameDialog
from ui_helpers import send_text

WHEN, WHO, THROUGH, COLUMN, BEFORE, AFTER = range(6)


def leaf_1_2_1(document):
    return next(leaf for leaf in document.sheet.framework.leaves() if leaf.code == "1.2.1")


def test_a_change_shows_its_old_and_new_score_with_a_comma_newest_first(qtbot, english, workspace, seed_sheet):
    leaf = leaf_1_2_1(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, Decimal("0.25"))
    seed_sheet.set_note(leaf.code, "Thiếu báo cáo quý III")
    dialog = HistoryDialog(workspace, seed_sheet.id, leaf.code, leaf.title)
    qtbot.addWidget(dialog)

    assert dialog.heading.text() == f"History of changes to criterion 1.2.1 – {leaf.title}"
    newest, score, imported = (dialog.row_texts(row) for row in range(dialog.table.rowCount()))
    assert newest[THROUGH:] == ["Typed in the window", "Note", "—", "Thiếu báo cáo quý III"]
    assert score[THROUGH:] == ["Typed in the window", "Appraisal score", "0,00", "0,25"]
    assert score[WHO] == os_user()
    assert imported[THROUGH:] == ["Imported from a file", "Appraisal score", "—", "0,00"]
    logged = safety.history(workspace, seed_sheet.id, leaf.code)
    assert score[WHEN] == logged[1].when.strftime("%d/%m/%Y %H:%M:%S")
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_a_criterion_never_changed_says_so(qtbot, english, workspace, seed_sheet):
    fresh = workspace.create_sheet(unit="Huyện Sìn Hồ", year=2024, framework_id=seed_sheet.info.framework_id)
    dialog = HistoryDialog(workspace, fresh, "1.2.1", "Báo cáo CCHC")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert dialog.empty_label.text() == "No changes yet."


def test_the_name_entered_is_recorded_with_later_changes(qtbot, english, workspace, seed_sheet):
    leaf = leaf_1_2_1(seed_sheet)
    dialog = UserNameDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    send_text(dialog.name_edit, "Nguyễn Văn An")
    dialog.accept()
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, Decimal("0.5"), source="paste")

    history = HistoryDialog(workspace, seed_sheet.id, leaf.code, leaf.title)
    qtbot.addWidget(history)
    assert history.row_texts(0)[WHO:THROUGH + 1] == [f"Nguyễn Văn An ({os_user()})", "Pasted"]
    assert UserNameDialog(workspace).name_edit.text() == "Nguyễn Văn An"


def test_the_dialog_speaks_vietnamese(qtbot, english, workspace, seed_sheet):
    leaf = leaf_1_2_1(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, Decimal("0.5"))
    i18n.install_language("vi")  # the shipped .qm; the english fixture switches back
    try:
        dialog = HistoryDialog(workspace, seed_sheet.id, leaf.code, leaf.title)
        qtbot.addWidget(dialog)
        assert dialog.heading.text() == f"Lịch sử thay đổi của tiêu chí 1.2.1 – {leaf.title}"
        assert dialog.row_texts(0)[THROUGH:] == ["Nhập trên cửa sổ", "Điểm thẩm định", "0,00", "0,50"]
        assert dialog.empty_label.text() == "Chưa có thay đổi nào."
    finally:
        i18n.install_language("en")
