"""Backups: consistent checked copies beside the database, listed newest first, thinned on a schedule.

SQLite only: a server database is backed up by pg_dump, not by this program (tests/cli/test_cli_server.py).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from cchc_desktop.domain.scoring import Column
from cchc_desktop.store import backup
from cchc_desktop.store.database import quick_check


def _scores(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT sheet_id, criterion_id, self_hundredths, appraisal_hundredths, note "
                                  "FROM score ORDER BY 1, 2").fetchall()
    finally:
        connection.close()


def test_a_backup_taken_mid_edit_is_a_sound_copy_of_the_last_commit(workspace, seed_sheet):
    leaf = seed_sheet.sheet.framework.leaves()[0]
    committed = _scores(workspace.path)
    with workspace.engine.begin() as connection:
        # A write transaction is open (not committed) while the backup runs beside it.
        connection.exec_driver_sql("UPDATE score SET note = 'chưa lưu' WHERE sheet_id = 1")
        taken = backup.take(workspace.path, "test")
    assert quick_check(taken.path) == ["ok"]
    assert _scores(taken.path) == committed
    assert taken.path.parent == workspace.path.parent / "backups"
    seed_sheet.set_score(leaf.code, Column.SELF, "0,5")
    assert _scores(taken.path) == committed  # a copy, not a link


def test_backups_are_listed_newest_first_and_half_written_ones_are_ignored(workspace):
    first = backup.take(workspace.path, "Trước khi chốt", now=datetime(2026, 1, 2, 8, 0, 0))
    second = backup.take(workspace.path, "manual", now=datetime(2026, 1, 2, 8, 0, 0))
    third = backup.take(workspace.path, "manual", now=datetime(2026, 1, 3, 9, 0, 0))
    (workspace.path.parent / "backups" / f".{workspace.path.stem}-20260104-000000-auto.db.partial").write_bytes(b"x")
    listed = [b.path for b in backup.list_backups(workspace.path)]
    assert listed[:3] == [third.path, second.path, first.path]
    assert first.reason == "truoc-khi-chot"
    assert all(p.suffix == ".db" for p in listed)


def _fake(days_back: float, now: datetime) -> backup.Backup:
    taken = now - timedelta(days=days_back)
    return backup.Backup(Path(f"cchc-{taken:%Y%m%d-%H%M%S}-auto.db"), taken, "auto", 0)


def test_thinning_keeps_the_last_day_and_the_newest_of_each_day_week_and_month():
    now = datetime(2026, 11, 26, 12, 0, 0)
    # Two years of backups every 6 hours.
    backups = [_fake(i / 4, now) for i in range(4 * 730)]
    kept = backup.to_keep(backups, now)
    kept_backups = [b for b in backups if b.path in kept]
    recent = [b for b in backups if now - b.taken_at <= backup.KEEP_RECENT]
    assert set(b.path for b in recent) <= kept
    older = [b for b in kept_backups if b not in recent]
    # Each older backup kept is the newest of its day, its week or its month.
    def newest_of(key):
        newest = {}
        for b in backups:
            if key(b) not in newest or b.taken_at > newest[key(b)].taken_at:
                newest[key(b)] = b
        return newest
    day, week, month = (newest_of(k) for k in (lambda b: b.taken_at.date(), lambda b: b.taken_at.isocalendar()[:2],
                                               lambda b: (b.taken_at.year, b.taken_at.month)))
    for b in older:
        assert b in (day[b.taken_at.date()], week[b.taken_at.isocalendar()[:2]],
                     month[(b.taken_at.year, b.taken_at.month)])
    assert len({b.taken_at.date() for b in kept_backups}) >= backup.KEEP_DAILY
    assert len({(b.taken_at.year, b.taken_at.month) for b in kept_backups}) == backup.KEEP_MONTHLY
    assert len(kept) <= len(recent) + backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    # Thinning never leaves a long gap right behind the present.
    assert max(b.taken_at for b in older) >= now - timedelta(days=2)


def test_thin_deletes_only_what_the_schedule_drops(workspace):
    now = datetime(2026, 11, 26, 12, 0, 0)
    # Two on the same day two days ago: the older of them goes.
    for days in (0.1, 2.0, 2.1, 40, 41, 400):
        backup.take(workspace.path, "auto", now=now - timedelta(days=days))
    before = backup.list_backups(workspace.path)
    removed = backup.thin(workspace.path, now=now)
    after = backup.list_backups(workspace.path)
    assert {b.path for b in after} == backup.to_keep(before, now)
    assert len(after) + len(removed) == len(before) and removed
