"""A narrow window (1024×700): nothing clipped, the note column gives way first, the window never resizes itself."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.criteria import CriterionSpec, Framework
from cchc_desktop.domain.scoring import MAIN_COLUMNS, Column
from cchc_desktop.services.workspace import Edit
from cchc_desktop.store import repository
from cchc_desktop.ui.tree_model import TreeColumn


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def sheet_with_a_rounding_note(workspace) -> int:
    """A sheet whose totals line is longest: a long unit name and both rounding policies shown."""
    framework = Framework([CriterionSpec("1", "Lĩnh vực", Decimal("2.00")),
                           CriterionSpec("1.1", "Tiêu chí a", Decimal("1.00")),
                           CriterionSpec("1.2", "Tiêu chí b", Decimal("1.00"))])
    with workspace.engine.begin() as connection:
        framework_id = repository.save_framework(connection, framework, name="Làm tròn 1 chữ số", year=2024,
                                                 level="district", rounding_places=1)
    sheet_id = workspace.create_sheet(unit="Ủy ban nhân dân huyện Mường Tè, tỉnh Lai Châu", year=2024,
                                      framework_id=framework_id)
    document = workspace.open_sheet(sheet_id)
    document.apply([Edit(code, column, Decimal("0.25")) for code in ("1.1", "1.2") for column in MAIN_COLUMNS])
    return sheet_id


def clipped_summary_parts(window) -> list[str]:
    bar = window.summary
    return [label.text() for label in (bar.self_label, bar.appraisal_label, bar.progress_label, bar.rounding_label)
            if label.isVisible() and label.width() < label.sizeHint().width()]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_nothing_is_clipped_at_1024_and_switching_sheets_keeps_the_window_size(qtbot, window, workspace, language):
    other = sheet_with_a_rounding_note(workspace)
    window.reload_sheet_list(select=window.document.id)
    window.controls.language_actions[language].trigger()
    window.resize(1024, 700)
    settle(qtbot)
    assert (window.width(), window.height()) == (1024, 700)
    assert window.minimumSizeHint().width() <= 1024
    assert clipped_summary_parts(window) == []
    # The user picks the other sheet in the toolbar's list.
    window.sheet_box.setCurrentIndex(window.sheet_box.findData(other))
    settle(qtbot)
    assert window.document.id == other
    assert (window.width(), window.height()) == (1024, 700)
    assert clipped_summary_parts(window) == []
    # Whatever the narrow line leaves out is still one hover away.
    assert "0,5" in window.summary.toolTip()


def test_the_note_column_gives_way_before_the_criterion_titles(qtbot, window):
    header = window.view.header()
    window.resize(1366, 768)
    settle(qtbot)
    wide_note = header.sectionSize(int(TreeColumn.NOTE))
    window.resize(1024, 700)
    settle(qtbot)
    note, title = header.sectionSize(int(TreeColumn.NOTE)), header.sectionSize(int(TreeColumn.TITLE))
    assert note < wide_note, "the note column kept its width while the titles shrank"
    assert title > 2 * note
    # No sideways scrolling: every column fits in the view.
    assert header.length() <= window.view.viewport().width()
