"""Finalizing (chốt) and reopening a sheet, its event history, and the audit chain's head printed on it."""

from __future__ import annotations

from ..domain.criteria import clean_text
from ..store import audit, repository, sheets
from ..store.audit import Change
from ..store.lock import os_user
from ..store.sheets import SheetEvent
from . import safety
from .errors import PrintError, SheetLockedError
from .reading import AuditHead
from .workspace import SheetDocument, Workspace


def _who(workspace: Workspace) -> str:
    """The user as the audit log names them: the name set with `cchc user-name`, and the login."""
    login = os_user()
    name = safety.user_name(workspace)
    return f"{name} ({login})" if name else login


def finalize(workspace: Workspace, sheet_id: int, *, user: str | None = None, source: str = "window") -> str:
    """Lock the sheet (chốt) and store its fingerprint; return the fingerprint."""
    info = workspace.sheet_info(sheet_id)
    if info.finalized_at:
        raise SheetLockedError(f"Sheet {sheet_id} ({info.unit} {info.year}) is already finalized (chốt) since "
                               f"{info.finalized_at}.", kind="already_finalized", sheet_id=sheet_id)
    if info.stage and info.stage != "final":
        # A sheet in the yearly cycle is locked once its final appraisal is done, never half-way.
        raise PrintError(f"Sheet {sheet_id} ({info.unit} {info.year}) is at stage “{info.stage}”: it can be "
                         "finalized (chốt) only at stage final, after the final appraisal.", kind="stage_not_final",
                         sheet_id=sheet_id, stage=info.stage)
    workspace.before_risky_change("finalize")
    fingerprint = workspace.open_sheet(sheet_id).seal().fingerprint
    at = repository.now_text()
    user = user or _who(workspace)
    with workspace.write(sheet_id, source) as work:
        if not sheets.mark_finalized(work.connection, sheet_id, at=at, fingerprint=fingerprint):
            raise SheetLockedError(f"Sheet {sheet_id} was finalized by someone else a moment ago.",
                                   kind="already_finalized", sheet_id=sheet_id)
        sheets.add_event(work.connection, sheet_id, SheetEvent("finalize", at, user, None, fingerprint))
        # The hash-chained log carries the lock too, so it cannot be removed from the history unnoticed.
        work.log(Change("", "finalized", None, fingerprint))
    return fingerprint


def reopen(workspace: Workspace, sheet_id: int, reason: str, *, user: str | None = None,
           source: str = "window") -> None:
    """Unlock a finalized sheet; the reason and the user are recorded with the fingerprint it had."""
    reason = clean_text(reason or "")
    if not reason:
        raise PrintError("Reopening a finalized sheet needs a reason (it is recorded).", kind="no_reason")
    info = workspace.sheet_info(sheet_id)
    if not info.finalized_at:
        raise PrintError(f"Sheet {sheet_id} ({info.unit} {info.year}) is not finalized, so there is nothing "
                         "to reopen.", kind="not_finalized", sheet_id=sheet_id)
    workspace.before_risky_change("reopen")
    at = repository.now_text()
    user = user or _who(workspace)
    with workspace.write(sheet_id, source) as work:
        fingerprint = sheets.finalized_fingerprint(work.connection, sheet_id)
        sheets.clear_finalized(work.connection, sheet_id)
        sheets.add_event(work.connection, sheet_id, SheetEvent("reopen", at, user, reason, fingerprint))
        work.log(Change("", "reopened", fingerprint, reason))


def audit_head(workspace: Workspace) -> AuditHead:
    with workspace.engine.connect() as connection:
        return AuditHead(*audit.head(connection))


def audit_head_problem(workspace: Workspace, head: AuditHead) -> str | None:
    """Whether the database's audit chain still holds a head printed earlier (on a finalized sheet)."""
    with workspace.engine.connect() as connection:
        found = audit.hash_at(connection, head.row)
    if found == head.hash:
        return None
    if found is None:
        return (f"The audit log printed on this sheet reached row {head.row}, but the database's log is shorter: "
                "rows were cut off after the sheet was printed.")
    return (f"Row {head.row} of the database's audit log is not the one printed on this sheet: the log was "
            "rewritten after the sheet was printed.")


def events(workspace: Workspace, sheet_id: int) -> list[SheetEvent]:
    with workspace.engine.connect() as connection:
        return sheets.events(connection, sheet_id)


def printed_head(document: SheetDocument) -> AuditHead | None:
    """The audit chain's head a finalized sheet prints in its footer; None while the sheet is not finalized."""
    finalized = document.workspace.sheet_info(document.id).finalized_at  # the document may predate a finalize
    return audit_head(document.workspace) if finalized else None
