"""The window on a database on a PostgreSQL server: its address in view, an edit saved there, backups refused.

Skipped without --postgres (or CCHC_TEST_POSTGRES).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from ui_helpers import type_into_cell

from cchc_desktop.domain.scoring import Column
from cchc_desktop.ui.tree_model import TreeColumn


@pytest.fixture
def workspace(postgres_location):
    from cchc_desktop.services import Workspace

    with Workspace.open(postgres_location) as opened:
        yield opened


def test_the_window_names_the_server_database_saves_an_edit_there_and_refuses_backups_plainly(
        qtbot, window, workspace, seed_sheet, postgres_location, message_boxes):
    assert window.database_label.text() == workspace.location
    assert workspace.location.startswith("postgresql://") and workspace.location.endswith(postgres_location[-20:])
    type_into_cell(qtbot, window, "1.2.1", TreeColumn.SELF, "0,25")
    from cchc_desktop.services import Workspace

    with Workspace.open(postgres_location) as colleague:  # what another program on the server now reads
        assert colleague.open_sheet(seed_sheet.id).sheet.entry("1.2.1", Column.SELF) == Decimal("0.25")
    window.controls.backups_action.trigger()
    assert len(message_boxes) == 1 and "pg_dump" in message_boxes[0]
