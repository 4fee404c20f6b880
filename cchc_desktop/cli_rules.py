"""The ``cchc na`` and ``cchc benchmark`` commands: rows marked not applicable, and the benchmarks of compare rules."""

from __future__ import annotations

import argparse

from .cli import UserError, command, open_workspace, sheet_id, year
from .cli_frameworks import set_id


# --- na -------------------------------------------------------------------------------
def _configure_na(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("code", help="leaf criterion: its path, or its printed code when unique in the set")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--reason", help="why the criterion does not apply to this unit this year")
    mode.add_argument("--clear", action="store_true", help="count the criterion again")


@command("na", _configure_na)
def _na(args: argparse.Namespace) -> int:
    """Mark a leaf not applicable (it leaves the applicable maximum), or clear the mark."""
    from .services import rules

    with open_workspace(args, write=True) as workspace:
        document = workspace.open_sheet(args.sheet)
        path, old = rules.mark_not_applicable(document, args.code, None if args.clear else args.reason, source="cli")
        found = rules.indices(document)
    state = "applicable again" if args.clear else "not applicable"
    totals = "; ".join(f"{column.value} index {value.index if value.index is not None else '-'}"
                       for column, value in found.items())
    print(f"{path}: {state}; applicable maximum {found[next(iter(found))].applicable_maximum}; {totals}")
    return 0


# --- benchmark ------------------------------------------------------------------------
def _configure_benchmark(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("framework", type=set_id, help="the criteria set's number (see: cchc frameworks)")
    parser.add_argument("code", help="the criterion with a compare rule: its path, or its printed code")
    parser.add_argument("value", help="the benchmark published for the year, e.g. 87,35")
    parser.add_argument("--year", type=year, required=True, help="the year the benchmark was published for")


@command("benchmark", _configure_benchmark)
def _benchmark(args: argparse.Namespace) -> int:
    """Enter the benchmark (e.g. the city's average) a compare rule measures a figure against in a year."""
    from .services import frameworks, rules

    with open_workspace(args, write=True) as workspace:
        frameworks.load_set(workspace, args.framework)  # an unknown set is refused by its number
        if not args.value.strip():
            raise UserError("the benchmark is empty: give a value such as 87,35.")
        path, value = rules.set_benchmark(workspace, args.framework, args.code, args.value, args.year)
    print(f"{path} {args.year}: benchmark {value}")
    return 0
