"""The database-file protections (full disk, read-only, foreign log, second names, backups) speak Vietnamese too."""

from __future__ import annotations

import pytest

from cchc_desktop.domain.errors import CchcError

from test_messages import check

PATH = "D:\\CCHC\\cchc.db"
FILE_SAFETY = [
    CchcError("", kind="disk_full", path=PATH),
    CchcError("", kind="read_only", path=PATH),
    CchcError("", kind="read_only_old", path=PATH),
    CchcError("", kind="stale_wal", path=PATH),
    CchcError("", kind="hard_link", path=PATH),
    CchcError("", kind="bad_lock_file", path=PATH + ".lock"),
    CchcError("", kind="not_regular", path=PATH),
    CchcError("", kind="backup_unsound"),
    CchcError("", kind="backup_of_other_database"),
    CchcError("", kind="bad_backup_name"),
    CchcError("", kind="restore_failed"),
]


@pytest.mark.parametrize("error", FILE_SAFETY, ids=lambda e: e.kind)
def test_each_file_protection_has_its_own_vietnamese_message(english, error):
    text = check(error)
    assert "hỏng" not in text or error.kind in ("disk_full", "hard_link", "backup_unsound")
    if error.kind == "disk_full":
        assert "đầy" in text and "khôi phục" not in text  # a full disk is not told to restore a backup
