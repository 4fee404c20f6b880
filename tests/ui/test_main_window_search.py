"""Ctrl+F as a user sees it: the words marked in the tree, a count beside the box, "no match" in the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cchc_desktop.ui.filter_model import fold
from cchc_desktop.ui.tree_model import TreeColumn
from ui_helpers import cell, type_text


def search(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.filter_edit
    type_text(qtbot, window.search.filter_edit, text)
    QApplication.processEvents()  # the toolbar lays out the count's change of visibility


def marker_pixels(window, index) -> int:
    """Pixels of the match marker's yellow inside one cell of the rendered tree."""
    window.view.scrollTo(index)
    QApplication.processEvents()
    image = window.view.viewport().grab(window.view.visualRect(index)).toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.red() > 200 and 150 < colour.green() < 235 and colour.blue() < 170:
                count += 1
    return count


def test_found_words_are_marked_in_the_titles_and_counted_beside_the_box(qtbot, window, seed_sheet):
    search(qtbot, window, "thu tuc")
    framework = seed_sheet.sheet.framework
    expected = [node for node in framework if "thu tuc" in fold(node.title)]
    assert expected
    assert window.search.hits_label.isVisible()
    assert window.search.hits_label.text() == f"{len(expected)} found"
    first = expected[0]
    title = cell(window, first.code, TreeColumn.TITLE)
    spans = window.filter_model.match_spans_at(title)
    assert [fold(first.title[start:start + length]) for start, length in spans][:2] == ["thu", "tuc"]
    assert marker_pixels(window, title) > 20
    # A row shown only because it lies under a match carries no marker, even where one word is in it.
    shown_for_its_parent = [node for node in framework if node.parent in expected and node not in expected]
    assert shown_for_its_parent
    for node in shown_for_its_parent:
        assert window.filter_model.match_spans_at(cell(window, node.code, TreeColumn.TITLE)) == []
    # The search emptied, the marker goes with it.
    window.search.filter_edit.clear()
    QApplication.processEvents()
    assert marker_pixels(window, cell(window, first.code, TreeColumn.TITLE)) == 0


def test_no_match_is_said_in_the_tree_and_beside_the_box(qtbot, window):
    search(qtbot, window, "xyzzy")
    assert window.filter_model.rowCount() == 0
    assert window.view.placeholder.isVisible() and "xyzzy" in window.view.placeholder.text()
    assert window.search.hits_label.isVisible() and window.search.hits_label.text() == "No match"
    qtbot.keyClick(window.search.filter_edit, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not window.view.placeholder.isVisible()
    assert not window.search.hits_label.isVisible()


def test_typing_on_a_criterion_with_sub_criteria_says_why_at_the_cell(qtbot, window, seed_sheet):
    parent = next(node for node in seed_sheet.sheet.framework if node.children and node.level == 2)
    index = cell(window, parent.code, TreeColumn.SELF)
    window.view.setCurrentIndex(index)
    window.view.setFocus()
    qtbot.keyClick(window.view, "5")
    message = window.view.cell_message
    assert message.isVisible()
    assert parent.code in message.text() and "sub-criteria" in message.text()
    # Beside the cell it is about, not somewhere else on the screen; the cursor stayed on it.
    rect = window.view.visualRect(index)
    assert abs(message.y() - rect.bottom()) < 10 or abs(message.geometry().bottom() - rect.top()) < 10
    assert window.view.currentIndex() == index
    # Moving on puts it away.
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert not message.isVisible()
