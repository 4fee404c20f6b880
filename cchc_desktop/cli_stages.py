"""`cchc explain` and `cchc stage`: the unit's explanations and the sheet's moves through the yearly cycle."""

from __future__ import annotations

import argparse

from .cli import UserError, command, open_workspace, sheet_id
from .domain.stages import CYCLE, Stage


def _configure_explain(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("code", help="criterion code, e.g. 1.2.1")
    parser.add_argument("text", help="the unit's explanation (giải trình); an empty string removes it")


@command("explain", _configure_explain)
def _explain(args: argparse.Namespace) -> int:
    """Set or remove the unit's explanation of a criterion (open at stage appraised)."""
    with open_workspace(args, write=True) as workspace:
        workspace.open_sheet(args.sheet).set_explanation(args.code, args.text, source="cli")
    return 0


def _configure_stage(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("stage", nargs="?", choices=[stage.value for stage in CYCLE[1:]],
                        help="the next stage: submitted, appraised, explained, final or locked (chốt)")
    parser.add_argument("--back", action="store_true", help="go one stage back (needs --reason)")
    parser.add_argument("--reason", help="why: recorded in the audit log")


@command("stage", _configure_stage)
def _stage(args: argparse.Namespace) -> int:
    """Move a sheet to its next stage, or one stage back with a reason; prints the stage it is at."""
    from .services import stages

    if args.back == (args.stage is not None):
        raise UserError("name the next stage (e.g. cchc stage 3 submitted) or go back with --back --reason TEXT, "
                        "not both.")
    with open_workspace(args, write=True) as workspace:
        if args.back:
            stage = stages.back(workspace, args.sheet, args.reason or "", source="cli")
        else:
            stage = stages.advance(workspace, args.sheet, Stage(args.stage), reason=args.reason, source="cli")
    print(stage.value)
    return 0
