"""Languages: Vietnamese by default and complete, English from the menu, remembered; Qt's own texts too."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from cchc_desktop.domain.errors import CchcError, ScoreParseError, ScoreRangeError
from cchc_desktop.paths import translations_dir
from cchc_desktop.ui import i18n
from cchc_desktop.ui.messages import describe
from cchc_desktop.ui.tree_model import TreeColumn

TS_FILES = sorted(translations_dir().glob("*_vi.ts"))
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def visible_strings(window) -> list[str]:
    header = [window.model.headerData(int(c), Qt.Orientation.Horizontal) for c in TreeColumn if c != TreeColumn.NOTE]
    return [window.controls.file_menu.title(), window.controls.edit_menu.title(), window.search.unscored_box.text(),
            window.search.filter_edit.placeholderText(), window.summary.appraisal_label.text(), *header]


def test_language_switch_changes_the_visible_strings_and_is_remembered(window, settings):
    english = visible_strings(window)
    window.controls.language_actions["vi"].trigger()
    vietnamese = visible_strings(window)
    assert all(a != b for a, b in zip(english, vietnamese)), list(zip(english, vietnamese))
    assert "Điểm thẩm định" in vietnamese
    assert i18n.saved_language(settings) == "vi"
    window.controls.language_actions["en"].trigger()
    assert visible_strings(window) == english
    assert i18n.saved_language(settings) == "en"


def test_vietnamese_is_the_default_language(settings):
    assert i18n.saved_language(settings) == "vi"


def test_qt_standard_buttons_and_menus_are_vietnamese(english):
    i18n.install_language("vi")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    no = box.button(QMessageBox.StandardButton.No).text().replace("&", "")
    line_edit = QLineEdit()
    menu = line_edit.createStandardContextMenu()
    menu_texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions() if action.text()]
    i18n.install_language("en")
    assert (yes, no) == ("Có", "Không")
    assert "Dán" in menu_texts and "Paste" not in menu_texts


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_vietnamese_message_is_unfinished(path):
    unfinished = [(context.findtext("name"), message.findtext("source"))
                  for context in ET.parse(path).getroot().iter("context")
                  for message in context.iter("message")
                  if message.find("translation").get("type") == "unfinished"
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == []


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_lrelease_reports_no_unfinished_message(tmp_path):
    for path in TS_FILES:
        result = subprocess.run([str(LRELEASE), str(path), "-qm", str(tmp_path / (path.stem + ".qm"))],
                                capture_output=True, text=True, check=True)
        assert re.search(r"\b0 unfinished\b", result.stdout), result.stdout


def test_committed_qm_files_are_up_to_date():
    for path in TS_FILES:
        compiled = path.with_suffix(".qm")
        assert compiled.exists() and compiled.stat().st_mtime >= path.stat().st_mtime - 1, compiled.name


ERRORS_A_USER_CAN_MEET = [
    ScoreParseError("", kind="empty", text=""),
    ScoreParseError("", kind="negative", text="-1"),
    ScoreParseError("", kind="sign", text="+1"),
    ScoreParseError("", kind="too_many_decimals", text="0,255"),
    ScoreParseError("", kind="too_large", text="123456789"),
    ScoreParseError("", kind="exponent", text="1e3"),
    ScoreParseError("", kind="thousands", text="1.000,5"),
    ScoreParseError("", kind="not_a_number", text="abc"),
    ScoreRangeError("", kind="below_zero", code="1.1", value=Decimal("-1")),
    ScoreRangeError("", kind="over_maximum", code="1.1", value=Decimal("2"), maximum=Decimal("1")),
    CchcError("", kind="not_leaf", code="1.2"),
    CchcError("", kind="unknown_code", code="9.9"),
    CchcError("", kind="sheet_locked"),
    CchcError("", kind="sheet_not_found", sheet_id=7),
    CchcError("", kind="empty_unit"),
    CchcError("", kind="bad_year", year=1999),
    CchcError("", kind="sheet_exists", sheet_id=1),
    CchcError("", kind="unit_exists"),
    CchcError("", kind="newer_schema"),
    CchcError("", kind="no_wal"),
    CchcError("details", kind="store"),
    CchcError("", kind="in_use", path="cchc.db"),
    CchcError("", kind="damaged", path="cchc.db"),
    CchcError("", kind="not_database", path="notes.docx"),
    CchcError("details", kind="backup_failed"),
    CchcError("", kind="bad_date", text="31/02/2024"),
    CchcError("", kind="no_columns"),
    CchcError("details", kind="write_failed", path="bang-diem.pdf"),
    CchcError("details", kind="font_missing", path="LiberationSerif-Regular.ttf"),
    CchcError("", kind="already_finalized"),
    CchcError("", kind="not_finalized"),
    CchcError("", kind="no_reason"),
]


@pytest.mark.parametrize("error", ERRORS_A_USER_CAN_MEET, ids=lambda e: e.kind)
def test_each_error_kind_has_its_own_vietnamese_message(english, error):
    in_english = describe(error)
    i18n.install_language("vi")
    in_vietnamese = describe(error)
    i18n.install_language("en")
    assert in_vietnamese != in_english
    assert "The action could not be completed" not in in_english, "the kind fell through to the generic message"
    for value in error.params.values():
        if isinstance(value, str) and value:
            assert value in in_vietnamese


def access_key(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), lower-cased; '&&' is a literal ampersand."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def duplicate_access_keys(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = access_key(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_two_items_of_one_menu_share_an_access_key(window, language):
    # Vietnamese from the shipped .qm, switched to from the Language menu as a user would.
    window.controls.language_actions[language].trigger()
    from PySide6.QtWidgets import QMenu

    criterion_menu = QMenu(window)
    window.controls.build_criterion_menu(criterion_menu, "1.1")
    menus = [window.menuBar(), criterion_menu,
             *(action.menu() for action in window.menuBar().actions() if action.menu())]
    found = {}
    for menu in menus:
        texts = [action.text() if action.menu() is None else action.menu().title()
                 for action in menu.actions() if not action.isSeparator()]
        duplicates = duplicate_access_keys(texts)
        if duplicates:
            found[menu.title() if hasattr(menu, "title") else "menu bar"] = duplicates
    assert found == {}


def test_edit_history_recorded_in_english_reads_in_vietnamese_after_the_switch(qtbot, window, seed_sheet):
    from ui_helpers import type_into_cell

    leaf = seed_sheet.sheet.framework.leaves()[0]
    type_into_cell(qtbot, window, leaf.code, TreeColumn.APPRAISAL, "0,5")
    history = window.undo_view.model()
    assert history.index(1, 0).data() == f"Set {leaf.code} appraisal to 0,50"
    window.controls.language_actions["vi"].trigger()
    assert history.index(1, 0).data() == f"Nhập điểm thẩm định của {leaf.code} là 0,50"
    assert window.controls.undo_action.text() == f"&Hoàn tác: Nhập điểm thẩm định của {leaf.code} là 0,50"
    window.controls.language_actions["en"].trigger()
    assert history.index(1, 0).data() == f"Set {leaf.code} appraisal to 0,50"


def test_the_file_dialog_is_vietnamese_in_the_vietnamese_window(qtbot, window, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QTreeView

    window.controls.language_actions["vi"].trigger()
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        seen["buttons"] = [button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()]
        files = dialog.findChild(QTreeView, "treeView")
        seen["columns"] = [str(files.model().headerData(column, Qt.Orientation.Horizontal))
                           for column in range(files.model().columnCount())]
        dialog.reject()

    QTimer.singleShot(50, look)
    window.controls.import_action.trigger()  # File → Import: the dialog a user meets first
    assert seen, "no file dialog opened"
    assert {"Tìm t&rong:", "&Tên tệp:", "&Loại tệp:"} <= set(seen["labels"]), seen["labels"]
    buttons = [text.replace("&", "") for text in seen["buttons"]]
    assert "Mở" in buttons and "Hủy" in buttons, buttons
    assert seen["columns"][:2] == ["Tên", "Kích thước"], seen["columns"]
