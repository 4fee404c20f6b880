"""Moving a sheet through the yearly cycle (drafting → … → locked), one audited step at a time."""

from __future__ import annotations

from ..domain.criteria import clean_text
from ..domain.stages import Stage, StageError, check_forward, previous
from ..store import repository, sheets
from ..store.lock import os_user
from ..store.sheets import SheetEvent
from . import safety, sealing
from .workspace import Workspace


def _who(workspace: Workspace) -> str:
    login = os_user()
    name = safety.user_name(workspace)
    return f"{name} ({login})" if name else login


def current(workspace: Workspace, sheet_id: int) -> Stage:
    info = workspace.sheet_info(sheet_id)
    if info.finalized_at:
        return Stage.LOCKED
    return Stage(info.stage) if info.stage else Stage.OPEN


def advance(workspace: Workspace, sheet_id: int, target: Stage, *, reason: str | None = None,
            source: str = "window") -> Stage:
    """Move the sheet one stage on, to ``target``; locked is the existing finalize (chốt). Returns the new stage."""
    stage = current(workspace, sheet_id)
    if workspace.read_only:
        from ..store.database import read_only_refusal

        raise read_only_refusal(workspace.path)
    check_forward(stage, target)
    reason = clean_text(reason) if reason else None
    if target is Stage.LOCKED:
        sealing.finalize(workspace, sheet_id, source=source)
        return Stage.LOCKED
    _write(workspace, sheet_id, stage, target, reason, source)
    return target


def back(workspace: Workspace, sheet_id: int, reason: str, *, source: str = "window") -> Stage:
    """Reopen one stage back; the reason is required and recorded. From locked this is the existing reopen."""
    reason = clean_text(reason or "")
    if not reason:
        raise StageError("Going back a stage needs a reason (it is recorded).", kind="stage_no_reason")
    stage = current(workspace, sheet_id)
    if stage is Stage.LOCKED:
        sealing.reopen(workspace, sheet_id, reason, source=source)
        return current(workspace, sheet_id)
    target = previous(stage)
    _write(workspace, sheet_id, stage, target, reason, source)
    return target


def _write(workspace: Workspace, sheet_id: int, old: Stage, new: Stage, reason: str | None, source: str) -> None:
    at = repository.now_text()
    with workspace.write(sheet_id, source) as work:
        work.stage(None if old is Stage.OPEN else old.value, new.value, reason)
        sheets.add_event(work.connection, sheet_id, SheetEvent(f"stage:{new.value}", at, _who(workspace), reason,
                                                               None))
