"""Other users' changes to an open sheet, read from the audit log and taken into its document (no undo step)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.stages import EVIDENCE
from ..store import audit
from .document import SheetDocument, Synced

# The log's fields that change a leaf's figures or its not-applicable mark, not only its score.
_RULE_FIELDS = ("self_figures", "appraisal_figures", "not_applicable")


@dataclass
class FeedUpdate:
    """What came in: the cells the document now holds differently, and what the views must read again."""

    synced: Synced = field(default_factory=Synced)
    rules: set[str] = field(default_factory=set)  # leaves whose figures or mark changed
    evidence: set[str] = field(default_factory=set)  # leaves whose evidence files changed
    info: bool = False  # the sheet's stage, lock or existence changed
    entries: int = 0  # log rows read
    deleted_by: str | None = None  # the sheet was deleted, by this user (their login, else their computer's)

    def __bool__(self) -> bool:
        return bool(self.synced.codes or self.rules or self.evidence or self.info or self.deleted_by is not None)


class ChangeFeed:
    """The audit log's rows for one open sheet after the last one this document has seen.

    Each poll reads the rows written since, by anyone (this window's own rows change nothing: the document already
    holds their values), and reads the cells they name back from the score table, so the document holds what is
    stored even if rows arrive in a burst. Engine-neutral: on SQLite there is one writer, so it never finds
    another's rows; on PostgreSQL the window polls when the server notifies a change (``listen``) and every few
    seconds besides.
    """

    def __init__(self, document: SheetDocument) -> None:
        self.document = document
        self.last_seen = document.log_seen

    def poll(self) -> FeedUpdate:
        update = FeedUpdate()
        with self.document.workspace.engine.connect() as connection:
            entries = audit.entries_since(connection, self.last_seen, self.document.id)
        if not entries:
            return update
        self.last_seen = entries[-1].id
        update.entries = len(entries)
        deletion = next((entry for entry in entries if entry.field == audit.SHEET_DELETED), None)
        if deletion is not None:  # its rows are gone: there is nothing to read back, only to say who deleted it
            update.deleted_by = deletion.user_name or deletion.os_user or ""
            update.info = True
            return update
        codes = {entry.code for entry in entries if entry.code}
        update.info = any(not entry.code for entry in entries)  # stage, finalize, reopen, deletion
        update.rules = {entry.code for entry in entries if entry.field in _RULE_FIELDS}
        update.evidence = {entry.code for entry in entries if entry.field == EVIDENCE}
        update.synced = self.document.sync(codes)
        return update


def listen(workspace: object, on_change: Callable[[int], None], stop: threading.Event) -> None:
    """Call ``on_change(sheet_id)`` whenever another connection commits a change, until ``stop`` is set.

    PostgreSQL only (its NOTIFY, sent by the audit log's trigger of migration 0012); returns at once on SQLite,
    where nobody else can write. Runs on the caller's thread (the window gives it one of its own) and on a
    connection of its own; if the server goes away it returns, and the window's slow poll carries on.
    """
    from ..store import notify

    notify.listen(workspace.engine, on_change, stop)
