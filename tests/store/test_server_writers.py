"""Several programs writing to one PostgreSQL database at once: every edit is stored and logged, and the audit
chain stays one unbroken line (writers take turns on the chain's advisory lock under READ COMMITTED).

Skipped without --postgres (or CCHC_TEST_POSTGRES). Bounded: 4 writers × 15 edits on a local test server.
"""

from __future__ import annotations

import threading
from decimal import Decimal

from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import Workspace, safety

WRITERS, EDITS = 4, 15


def test_concurrent_writers_leave_every_edit_logged_and_the_chain_unbroken(postgres_location, seed_path):
    with Workspace.open(postgres_location) as setup:
        sheet_id = setup.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        leaves = [leaf for leaf in setup.open_sheet(sheet_id).sheet.framework.leaves() if leaf.maximum >= Decimal("0.15")]
        logged_before = safety.verify_audit(setup).rows
    start, failures = threading.Barrier(WRITERS), []

    def writer(number: int) -> None:
        try:
            with Workspace.open(postgres_location) as workspace:
                document = workspace.open_sheet(sheet_id)
                start.wait(timeout=30)
                for edit in range(EDITS):
                    # Writers on their own leaves, all on one chain; values 0,01 … 0,15 so each edit changes it.
                    leaf = leaves[number * EDITS + edit]
                    document.set_score(leaf.code, Column.SELF, Decimal(edit + 1) / 100, source=f"writer{number}")
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    with Workspace.open(postgres_location) as check:
        audit = safety.verify_audit(check)
        stored = check.open_sheet(sheet_id).sheet
    assert audit.ok, audit.problems + audit.untraced
    assert audit.rows == logged_before + WRITERS * EDITS
    assert all(stored.entry(leaves[n * EDITS + e].code, Column.SELF) == Decimal(e + 1) / 100
               for n in range(WRITERS) for e in range(EDITS))


def test_programs_opening_a_new_server_database_at_once_create_it_once(empty_postgres_location):
    opened, failures = [], []
    start = threading.Barrier(3)

    def open_it() -> None:
        try:
            start.wait(timeout=30)
            with Workspace.open(empty_postgres_location) as workspace:
                opened.append((workspace.created, [f.name for f in workspace.frameworks()]))
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    assert sorted(created for created, _ in opened) == [False, False, True]
    assert all(len(names) == 1 for _, names in opened)
