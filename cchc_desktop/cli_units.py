"""`cchc units`, `cchc unit add|edit|succession|history` and `cchc campaign create`: the units an office appraises."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from .cli import command, open_workspace, year
from .cli_frameworks import set_id
from .domain.levels import LEVELS

if TYPE_CHECKING:
    from datetime import date


def day(text: str) -> date:
    """2025-07-01 or, as Vietnamese documents write it, 01/07/2025."""
    from datetime import datetime  # a command that takes no date does without the module

    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"“{text}” is not a date: write 2025-07-01 or 01/07/2025")


# --- units ---------------------------------------------------------------------------------------------
def _configure_units(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("units", _configure_units)
def _units(args: argparse.Namespace) -> int:
    """List the units: name, level, code, parent, and the mergers (successions) they took part in."""
    from .services import units

    with open_workspace(args) as workspace:
        found = units.list_units(workspace)
    if args.json:
        print(json.dumps([{"id": u.id, "name": u.name, "level": u.level, "code": u.code, "parent": u.parent,
                           "successor": u.successor, "effective": u.effective,
                           "predecessors": list(u.predecessors)} for u in found], ensure_ascii=False, indent=1))
        return 0
    for u in found:
        merged = f"\t→ {u.successor} from {u.effective}" if u.successor else ""
        earlier = f"\t← {', '.join(u.predecessors)}" if u.predecessors else ""
        print(f"{u.id}\t{u.level}\t{u.code or '-'}\t{u.name}\t{u.parent or '-'}{merged}{earlier}")
    return 0


def _configure_unit(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    add = sub.add_parser("add", help="add a unit to the list")
    add.add_argument("name", help="e.g. “Xã Khổng Lào (mới)”")
    add.add_argument("--level", choices=LEVELS, required=True, help="the unit's level")
    add.add_argument("--code", help="the administrative code, e.g. 03361")
    add.add_argument("--parent", help="the body above it, printed in document headers (e.g. “UBND tỉnh Lai Châu”)")
    edit = sub.add_parser("edit", help="change a unit's name, level, code or parent")
    edit.add_argument("name", help="the unit's present name")
    edit.add_argument("--rename", help="its new name")
    edit.add_argument("--level", choices=LEVELS)
    edit.add_argument("--code", help="the administrative code; an empty string removes it")
    edit.add_argument("--parent", help="the body above it; an empty string removes it")
    succession = sub.add_parser("succession", help="record units merged into one (the 2025 reorganisation)")
    succession.add_argument("old", nargs="+", help="the units that merged")
    succession.add_argument("--into", required=True, help="the unit they merged into (add it first)")
    succession.add_argument("--from", dest="effective", type=day, required=True,
                            help="the date the merger took effect, e.g. 2025-07-01 or 01/07/2025")
    history = sub.add_parser("history", help="a unit's result every year, its predecessors' sheets included")
    history.add_argument("name")
    history.add_argument("--column", choices=["self", "final"], default="final")
    history.add_argument("--json", action="store_true", help="print JSON")


@command("unit", _configure_unit)
def _unit(args: argparse.Namespace) -> int:
    """Add or edit a unit, record a merger of units, or show a unit's history across years."""
    from .services import units

    if args.action == "history":
        from .services import ranking

        with open_workspace(args) as workspace:
            points = ranking.unit_trend(workspace, units.find_unit(workspace, args.name).name,
                                        ranking.parse_column(args.column))
        if args.json:
            print(json.dumps(ranking.trend_dict(points), ensure_ascii=False, indent=1))
            return 0
        for row in ranking.trend_dict(points):
            mark = "\t(predecessor)" if row["predecessor"] else ""
            print(f"{row['year']}\t{row['unit']}\t{row['total'] or '-'}\t{row['index'] or '-'}\t"
                  f"{row['grade'] or '-'}{mark}")
        return 0
    with open_workspace(args, write=True) as workspace:
        if args.action == "add":
            print(units.add_unit(workspace, args.name, level=args.level, code=args.code, parent=args.parent))
        elif args.action == "edit":
            unit = units.find_unit(workspace, args.name)
            units.edit_unit(workspace, unit.id, name=args.rename or unit.name, level=args.level or unit.level,
                            code=unit.code if args.code is None else args.code,
                            parent=unit.parent if args.parent is None else args.parent)
        else:
            merged = units.record_succession(workspace, args.old, args.into, args.effective)
            print(f"{', '.join(merged)} → {units.find_unit(workspace, args.into).name} "
                  f"from {args.effective.isoformat()}")
    return 0


# --- campaign ------------------------------------------------------------------------------------------
def _configure_campaign(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    create = sub.add_parser("create", help="an empty sheet for every unit of a level, for one year")
    create.add_argument("--year", type=year, required=True)
    create.add_argument("--framework", type=set_id, required=True, help="criteria set id (see: cchc frameworks)")
    create.add_argument("--level", choices=LEVELS, required=True, help="the level of the units")
    create.add_argument("--json", action="store_true", help="print JSON")


@command("campaign", _configure_campaign)
def _campaign(args: argparse.Namespace) -> int:
    """Create the sheets of every unit of a level for a year in one step, skipping units that have one."""
    from .services import units

    with open_workspace(args, write=True) as workspace:
        done = units.create_campaign(workspace, year=args.year, framework_id=args.framework, level=args.level,
                                     source="cli")
    if args.json:
        print(json.dumps({"created": done.created,
                          "skipped": [{"unit": unit, "sheet": sheet} for unit, sheet in done.skipped]},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"created {len(done.created)}, skipped {len(done.skipped)} (already had a {args.year} sheet)")
    if done.created:
        print("new sheets: " + " ".join(map(str, done.created)))
    for unit, sheet in done.skipped:
        print(f"skipped\t{unit}\tsheet {sheet}")
    return 0
