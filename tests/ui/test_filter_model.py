"""Finding criteria by code or by words typed without accents; showing only the unscored."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.filter_model import fold
from cchc_desktop.ui.tree_model import CODE_ROLE, IS_LEAF_ROLE


def visible(filter_model, parent=QModelIndex()):
    found = []
    for row in range(filter_model.rowCount(parent)):
        index = filter_model.index(row, 0, parent)
        found.append((index.data(CODE_ROLE), index.data(IS_LEAF_ROLE)))
        found.extend(visible(filter_model, index))
    return found


def test_words_without_accents_find_accented_titles(window, seed_sheet):
    window.search.filter_edit.setText("thu tuc")
    shown = dict(visible(window.filter_model))
    framework = seed_sheet.sheet.framework
    matching = [node.code for node in framework if "thủ tục" in node.title.lower()]
    assert matching, "the seed has titles with “thủ tục”"
    assert set(matching) <= set(shown)
    assert len(shown) < len(framework)


def test_fold_drops_diacritics_and_d_bar():
    assert fold("Đánh giá THỦ TỤC") == "danh gia thu tuc"


def test_a_code_finds_the_criterion_and_its_parents(window, seed_sheet):
    leaf = seed_sheet.sheet.framework.leaves()[5]
    window.search.filter_edit.setText(leaf.code)
    shown = [code for code, _ in visible(window.filter_model)]
    assert leaf.code in shown
    assert all(ancestor.code in shown for ancestor in leaf.ancestors())


def test_only_unscored_shows_the_leaves_missing_a_score(window, seed_sheet):
    document = window.document
    leaves = document.sheet.framework.leaves()
    for leaf in leaves[:3]:
        document.set_score(leaf.code, Column.SELF, "0")
    window.search.unscored_box.setChecked(True)
    shown_leaves = {code for code, is_leaf in visible(window.filter_model) if is_leaf}
    expected = {leaf.code for leaf in leaves if document.stored_value(leaf.code, Column.SELF) is None
                or document.stored_value(leaf.code, Column.APPRAISAL) is None}
    assert leaves[0].code not in expected
    assert shown_leaves == expected
    window.search.unscored_box.setChecked(False)
    assert len(visible(window.filter_model)) == len(seed_sheet.sheet.framework)


def test_enter_in_the_search_box_goes_to_the_first_match_and_escape_clears_it(qtbot, window, seed_sheet):
    from PySide6.QtCore import Qt

    leaf = seed_sheet.sheet.framework.leaves()[30]
    window.search.filter_edit.setFocus()
    window.search.filter_edit.setText(leaf.code)
    qtbot.keyClick(window.search.filter_edit, Qt.Key.Key_Return)
    current = window.filter_model.mapToSource(window.view.currentIndex())
    assert window.model.node(current).code == leaf.code and window.view.hasFocus()
    window.search.filter_edit.setFocus()
    qtbot.keyClick(window.search.filter_edit, Qt.Key.Key_Escape)
    assert window.search.filter_edit.text() == ""
    assert len(visible(window.filter_model)) == len(seed_sheet.sheet.framework)


def test_on_a_very_large_sheet_the_search_waits_for_a_pause_in_typing(qtbot, monkeypatch, window, seed_sheet):
    from cchc_desktop.ui import search_bar

    monkeypatch.setattr(search_bar, "LARGE_FRAMEWORK", 10)
    everything = len(visible(window.filter_model))
    window.search.filter_edit.setText("thu tuc")
    assert len(visible(window.filter_model)) == everything
    qtbot.waitUntil(lambda: len(visible(window.filter_model)) < everything, timeout=2000)
