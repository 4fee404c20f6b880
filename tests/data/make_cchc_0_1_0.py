"""How tests/data/cchc-0.1.0.sqlite3 was made: run once with the 0.1.0 release's code (commit e0c5f84).

Kept for the record only: run with later code it would write a later schema, which is not what the
file stands for. The upgrade test (tests/store/test_migrations.py) opens the committed file instead.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, printing, safety

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "resources" / "demo" / "phong-tho-2023.txt"  # the seed sheet, shipped as the demo
TARGET = HERE / "cchc-0.1.0.sqlite3"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cchc.db"
        with Workspace.open(path) as workspace:
            safety.set_user_name(workspace, "Nguyễn Thị Hoà")
            sheet_id = workspace.import_file(SEED, unit="Huyện Phong Thổ", year=2023).sheet_id
            document = workspace.open_sheet(sheet_id)
            # Self-assessment scores beside the seed's appraisal ones, and one appraisal changed and put back.
            document.set_score("1.1", Column.SELF, "1")
            document.set_score("1.2.1", Column.SELF, "0,5")
            appraisal = document.sheet.entry("1.1", Column.APPRAISAL)
            document.set_score("1.1", Column.APPRAISAL, "0")
            document.set_score("1.1", Column.APPRAISAL, appraisal)
            document.set_note("1.2.1", "Đã có báo cáo; thiếu phụ lục số 2")
            printing.set_document_date(workspace, sheet_id, date(2023, 12, 15))
            printing.finalize(workspace, sheet_id, user="Nguyễn Thị Hoà")
            printing.reopen(workspace, sheet_id, "Bổ sung minh chứng", user="Nguyễn Thị Hoà")
        # One file, no log beside it, no free pages: what a user would have had on disk.
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA page_size = 1024")  # small pages: a small file in the repository
        connection.execute("VACUUM")
        connection.close()
        shutil.copyfile(path, TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
