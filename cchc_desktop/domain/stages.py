"""The yearly cycle of a sheet: its stages in order, and which column each stage leaves open."""

from __future__ import annotations

import enum

from .errors import CchcError
from .scoring import Column


class Stage(enum.Enum):
    OPEN = "open"  # outside the cycle: a sheet made before stages, or not yet entered into the cycle
    DRAFTING = "drafting"  # the unit scores itself (tự đánh giá)
    SUBMITTED = "submitted"  # the appraiser's round 1 (thẩm định vòng 1)
    APPRAISED = "appraised"  # the unit's explanations (giải trình)
    EXPLAINED = "explained"  # the appraiser's final appraisal (thẩm định vòng 2)
    FINAL = "final"  # nothing open: ready to lock
    LOCKED = "locked"  # chốt: finalized_at is set

    @classmethod
    def parse(cls, text: str) -> Stage:
        try:
            return cls(text)
        except ValueError:
            names = ", ".join(stage.value for stage in CYCLE)
            raise StageError(f"“{text}” is not a stage: use one of {names}.", kind="bad_stage", text=text) from None


class StageError(CchcError):
    """A change the sheet's stage does not allow."""

    kind = "stage_closed"


# The cycle in order; OPEN stands before it, as drafting does.
CYCLE = (Stage.DRAFTING, Stage.SUBMITTED, Stage.APPRAISED, Stage.EXPLAINED, Stage.FINAL, Stage.LOCKED)
EXPLANATION = "explanation"  # the explanation's field name beside the score columns
NOTE = "note"
EVIDENCE = "evidence"  # the evidence files (tài liệu kiểm chứng): the unit's, while drafting and when explaining
# What each stage leaves open: score columns, and the explanation or notes. OPEN keeps the sheet as it was.
OPEN_FIELDS: dict[Stage, frozenset[Column | str]] = {
    Stage.OPEN: frozenset({Column.SELF, Column.APPRAISAL, NOTE, EVIDENCE}),
    Stage.DRAFTING: frozenset({Column.SELF, NOTE, EVIDENCE}),
    Stage.SUBMITTED: frozenset({Column.ROUND1}),
    Stage.APPRAISED: frozenset({EXPLANATION, EVIDENCE}),
    Stage.EXPLAINED: frozenset({Column.APPRAISAL}),
    Stage.FINAL: frozenset(),
    Stage.LOCKED: frozenset(),
}
# The open column's name in messages, per stage.
OPEN_COLUMN = {Stage.OPEN: "self-assessment and final appraisal", Stage.DRAFTING: "self-assessment",
               Stage.SUBMITTED: "round 1", Stage.APPRAISED: "explanation", Stage.EXPLAINED: "final appraisal",
               Stage.FINAL: "none (ready to lock)", Stage.LOCKED: "none (locked)"}
FIELD_NAME = {Column.SELF: "self-assessment", Column.ROUND1: "round 1", Column.APPRAISAL: "final appraisal",
              EXPLANATION: "explanation", NOTE: "note",
              EVIDENCE: "evidence files"}


def stage_of(stored: str | None, finalized: bool) -> Stage:
    """A sheet's stage from what is stored: LOCKED when finalized, OPEN outside the cycle (nothing stored)."""
    if finalized:
        return Stage.LOCKED
    return Stage(stored) if stored else Stage.OPEN


def editable(stage: Stage, field: Column | str) -> bool:
    return field in OPEN_FIELDS[stage]


def check_editable(stage: Stage, field: Column | str) -> None:
    """Refuse a write to a field the stage does not leave open, naming the stage and what is open."""
    if not editable(stage, field):
        raise StageError(f"The sheet is at stage “{stage.value}”: the {FIELD_NAME[field]} cannot be changed now. "
                         f"Open in this stage: {OPEN_COLUMN[stage]}.", kind="stage_closed",
                         stage=stage.value, field=FIELD_NAME[field], open=OPEN_COLUMN[stage],
                         **{f"at_{stage.value}": "yes"})


def position(stage: Stage) -> int:
    """OPEN counts as drafting: it may move on to submitted, and a reopen from submitted lands on drafting."""
    return CYCLE.index(Stage.DRAFTING if stage is Stage.OPEN else stage)


def check_forward(current: Stage, target: Stage) -> None:
    """A stage moves on one step at a time (drafting → submitted → … → locked)."""
    if target is Stage.OPEN or position(target) != position(current) + 1:
        raise StageError(f"A sheet at stage “{current.value}” cannot move to “{target.value}”: stages go one step "
                         f"at a time ({' → '.join(s.value for s in CYCLE)}).", kind="stage_order",
                         stage=current.value, target=target.value)


def following(current: Stage) -> Stage | None:
    """The stage a sheet moves on to (submitted from outside the cycle); None once locked."""
    index = position(current) + 1
    return CYCLE[index] if index < len(CYCLE) else None


def previous(current: Stage) -> Stage:
    """The stage a reopen goes back to."""
    index = position(current)
    if current is Stage.OPEN or index == 0:
        raise StageError(f"A sheet at stage “{current.value}” has no stage before it to go back to.",
                         kind="stage_first", stage=current.value)
    return CYCLE[index - 1]
