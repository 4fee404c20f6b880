"""Another user's changes reach an open sheet: the feed reads them from the audit log into the document."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import following
from cchc_desktop.services import Workspace, feed, stages
from cchc_desktop.services.feed import ChangeFeed

LEAF = "1.2.1"


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


def test_anothers_score_and_its_subtotals_come_in(workspace, seed_sheet):
    mine, theirs = seed_sheet, workspace.open_sheet(seed_sheet.id)
    changes = ChangeFeed(mine)
    parent = mine.sheet.framework.get(LEAF).parent.code
    theirs.set_score(LEAF, Column.SELF, "0,25")
    theirs.set_note(LEAF, "Đủ báo cáo quý")
    update = changes.poll()
    assert mine.sheet.entry(LEAF, Column.SELF) == Decimal("0.25")
    assert mine.sheet.totals(parent, Column.SELF).exact == theirs.sheet.totals(parent, Column.SELF).exact
    assert mine.sheet.note(LEAF) == "Đủ báo cáo quý"
    assert {code for change in update.synced.scores for code in change.affected} >= {LEAF, parent}
    assert update.synced.notes == {LEAF}
    assert not changes.poll()  # nothing new since


def test_the_feed_goes_on_from_where_the_document_was_read(workspace, seed_sheet):
    mine = workspace.open_sheet(seed_sheet.id)
    seed_sheet.set_score(LEAF, Column.APPRAISAL, "0,25")  # stored before the window made its feed
    ChangeFeed(mine).poll()
    assert mine.sheet.entry(LEAF, Column.APPRAISAL) == Decimal("0.25")


def test_only_the_open_sheets_rows_are_taken(workspace, seed_sheet, seed_path):
    other = workspace.open_sheet(workspace.import_file(seed_path, unit="Huyện Tam Đường", year=2023).sheet_id)
    changes = ChangeFeed(workspace.open_sheet(seed_sheet.id))
    other.set_score(LEAF, Column.SELF, "0")
    assert not changes.poll()


def test_a_stage_moved_by_another_is_reported(workspace, seed_sheet):
    changes = ChangeFeed(workspace.open_sheet(seed_sheet.id))
    stages.advance(workspace, seed_sheet.id, following(seed_sheet.stage), source="cli")
    assert changes.poll().info


def test_the_server_wakes_a_listener_when_another_commits(postgres_location, seed_path):
    workspace = Workspace.open(postgres_location)
    try:
        sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        theirs = workspace.open_sheet(sheet_id)
        woken: list[int] = []
        arrived, stop = threading.Event(), threading.Event()
        listener = threading.Thread(target=feed.listen,
                                    args=(workspace, lambda sheet: (woken.append(sheet), arrived.set()), stop))
        listener.start()
        try:
            # LISTEN is in place once the listener's connection is up; notifications before that are not queued.
            for _ in range(50):
                theirs.set_score(LEAF, Column.SELF, "0" if theirs.sheet.entry(LEAF, Column.SELF) else "0,25")
                if arrived.wait(0.2):
                    break
        finally:
            stop.set()
            listener.join(5)
        assert sheet_id in woken
        assert not listener.is_alive()
    finally:
        workspace.close()


def test_a_sheet_deleted_by_another_is_reported_with_who_deleted_it(workspace, seed_sheet, seed_path):
    workspace.import_file(seed_path, unit="Huyện Tam Đường", year=2023)  # the sheet that stays
    mine = workspace.open_sheet(seed_sheet.id)
    changes = ChangeFeed(mine)
    workspace.delete_sheet(seed_sheet.id, source="cli")
    update = changes.poll()
    from cchc_desktop.store.lock import os_user

    assert update and update.deleted_by == os_user()
    assert not changes.poll()  # said once
