"""A criterion's history: who changed what, when and how, newest first, scores with a decimal comma."""

from __future__ import annotations

import ast
import importlib.util
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import safety
from cchc_desktop.store.lock import os_user
from cchc_desktop.ui import history_dialog
from cchc_desktop.ui.history_dialog import HistoryDialog, UserNameDialog

ROOT = Path(__file__).resolve().parents[2]
WHEN, WHO, THROUGH, COLUMN, BEFORE, AFTER = range(6)


def load_vi_safety() -> dict:
    spec = importlib.util.spec_from_file_location("vi_messages_safety", ROOT / "translations" / "vi_messages_safety.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.VI_SAFETY


class DictTranslator(QTranslator):
    """Vietnamese straight from VI_SAFETY, before the lead merges it into the .ts/.qm files."""

    def __init__(self, texts: dict) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return False


def translated_strings(module_file: str) -> set[tuple[str, str]]:
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    return {(node.args[0].value, node.args[1].value) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"}


def type_text(widget, text: str) -> None:
    """One key event per character carrying its text: qtbot.keyClick(s) aborts on Vietnamese letters."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


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
    type_text(dialog.name_edit, "Nguyễn Văn An")
    dialog.accept()
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, Decimal("0.5"), source="paste")

    history = HistoryDialog(workspace, seed_sheet.id, leaf.code, leaf.title)
    qtbot.addWidget(history)
    assert history.row_texts(0)[WHO:THROUGH + 1] == [f"Nguyễn Văn An ({os_user()})", "Pasted"]
    assert UserNameDialog(workspace).name_edit.text() == "Nguyễn Văn An"


def test_every_text_has_its_vietnamese_and_the_dialog_speaks_it(qtbot, english, workspace, seed_sheet):
    texts = load_vi_safety()
    assert translated_strings(history_dialog.__file__) - set(texts) == set()
    leaf = leaf_1_2_1(seed_sheet)
    seed_sheet.set_score(leaf.code, Column.APPRAISAL, Decimal("0.5"))
    translator = DictTranslator(texts)
    QCoreApplication.installTranslator(translator)
    try:
        dialog = HistoryDialog(workspace, seed_sheet.id, leaf.code, leaf.title)
        qtbot.addWidget(dialog)
        assert dialog.heading.text() == f"Lịch sử thay đổi của tiêu chí 1.2.1 – {leaf.title}"
        assert dialog.row_texts(0)[THROUGH:] == ["Nhập trên cửa sổ", "Điểm thẩm định", "0,00", "0,50"]
        assert dialog.empty_label.text() == "Chưa có thay đổi nào."
    finally:
        QCoreApplication.removeTranslator(translator)
