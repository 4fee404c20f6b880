"""The ``cchc framework …``, ``cchc frameworks`` and ``cchc new`` commands, and ``cchc import --framework``."""

from __future__ import annotations

import argparse
import json
import sys

from .cli import _COMMANDS, UserError, command, open_workspace, year
from .domain.levels import LEVELS


def set_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a criteria set number (see: cchc frameworks)") from None


# --- frameworks -----------------------------------------------------------------------
def _configure_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("frameworks", _configure_list)
def _frameworks(args: argparse.Namespace) -> int:
    """List the criteria sets (built-in and imported) with their sizes and the sheets using them."""
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args) as workspace:
        found = sets.list_sets(workspace)
    if args.json:
        print(json.dumps([{"id": s.id, "name": s.name, "year": s.year, "level": s.level, "version": s.version,
                           "criteria": s.criteria, "leaves": s.leaves, "max": _plain(s.maximum),
                           "sheets": s.sheets} for s in found], ensure_ascii=False, indent=1))
        return 0
    for s in found:
        print(f"{s.id}\t{s.year}\t{s.level}\tv{s.version}\t{s.criteria} criteria\t{s.leaves} leaves\t"
              f"max {_plain(s.maximum)}\t{s.sheets} sheets\t{s.name}")
    return 0


# --- framework import | show | export -------------------------------------------------
def _configure_framework(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    imp = sub.add_parser("import", help="make a criteria set of a .docx/.xlsx/.txt table, or import a .json set")
    imp.add_argument("file")
    imp.add_argument("--name", help="the set's name, e.g. “Bộ chỉ số CCHC cấp xã năm 2025” (needed for tables)")
    imp.add_argument("--year", type=year, help="the year the set applies to (needed for tables)")
    imp.add_argument("--level", choices=LEVELS, help="the level of the units it scores (needed for tables)")
    show = sub.add_parser("show", help="the set's rows: path, printed number, title, maximum, guide, warning")
    show.add_argument("id", type=set_id)
    show.add_argument("--json", action="store_true", help="print JSON")
    export = sub.add_parser("export", help="write the set to a .json (exchange form) or .xlsx file")
    export.add_argument("id", type=set_id)
    export.add_argument("-o", "--output", required=True, help="FILE.json or FILE.xlsx")
    kind = sub.add_parser("kind", help="mark a criterion score, bonus (điểm thưởng) or deduction (điểm trừ)")
    kind.add_argument("id", type=set_id)
    kind.add_argument("code", help="the criterion: its path, or its printed code when unique in the set")
    kind.add_argument("kind", help="score, bonus or deduction")
    remove = sub.add_parser("delete", help="delete a criteria set no sheet is scored against")
    remove.add_argument("id", type=set_id)
    grades = sub.add_parser("grades", help="set the grade bands (xếp loại) the index is graded by")
    grades.add_argument("id", type=set_id)
    grades.add_argument("bands", help="e.g. “90=Tốt,80=Khá,65=Trung bình,0=Yếu” (“;” between bands for decimals)")


@command("framework", _configure_framework)
def _framework(args: argparse.Namespace) -> int:
    """Import, show or export one criteria set (bộ tiêu chí)."""
    return {"import": _import, "show": _show, "export": _export, "kind": _kind, "grades": _grades,
            "delete": _delete}[args.action](args)


def _import(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args, write=True) as workspace:
        outcome = sets.import_set(workspace, args.file, name=args.name, year=args.year, level=args.level)
    for warning in outcome.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    report = outcome.recognition
    if report is not None:
        print(f"scoring rules recognised: {report.recognised}", file=sys.stderr)
        for warning in report.warnings:
            print(f"warning: {warning.message}", file=sys.stderr)
        for result in report.left_manual:
            label = outcome.labels.get(result.code, result.code)
            named = result.code if label == result.code else f"{label} ({result.code})"
            print(f"left manual: {named}: {result.rule.guide[0]}", file=sys.stderr)
    if outcome.existing:
        print(f"this criteria set is already in the database as set {outcome.id}", file=sys.stderr)
    print(outcome.id)
    return 0


def _show(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args) as workspace:
        data = sets.set_dict(workspace, args.id)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(f"{data['name']} — {data['year']} — {data['level']} — v{data['version']} — max {data['max']}")
    for row in data["rows"]:
        mark = "  ⚠" if row["warning"] else ""
        print(f"{'  ' * (row['level'] - 1)}{row['code']}\t{row['max']}\t{row['title']}{mark}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args) as workspace:
        digest = sets.export_set(workspace, args.id, args.output)
    print(f"sha256 {digest}", file=sys.stderr)
    print(args.output)
    return 0


def _saved(outcome, set_id: int) -> None:  # noqa: ANN001 - a services.frameworks.SavedSet
    if outcome.new_version:
        print(f"criteria set {set_id} is used by sheets, so the change was saved as a new version: set {outcome.id}",
              file=sys.stderr)


def _kind(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args, write=True) as workspace:
        path, outcome = sets.set_kind(workspace, args.id, args.code, args.kind)
    _saved(outcome, args.id)
    print(f"{path}: {args.kind}")
    print(outcome.id)
    return 0


def _delete(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args) as workspace:
        info = sets.delete_set(workspace, args.id)
    print(f"deleted criteria set {info.id}: {info.name} ({info.year}, {info.level}, v{info.version})")
    return 0


def _grades(args: argparse.Namespace) -> int:
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    grades = sets.parse_grades(args.bands)
    with open_workspace(args, write=True) as workspace:
        outcome = sets.set_grades(workspace, args.id, grades)
    _saved(outcome, args.id)
    print("grades: " + ", ".join(f"{band['from']}={band['label']}" for band in grades))
    print(outcome.id)
    return 0


# --- new | import --framework ------------------------------------------------------------
def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unit", required=True, help="unit name, e.g. “Xã Tam Đường”")
    parser.add_argument("--year", type=year, required=True, help="year assessed")
    parser.add_argument("--framework", type=set_id, required=True, help="criteria set id (see: cchc frameworks)")
    parser.add_argument("--level", choices=LEVELS,
                        help="the unit's level (default: the unit's own, or the set's for a new unit)")


@command("new", _configure_new)
def _new(args: argparse.Namespace) -> int:
    """Create an empty sheet of a unit and year, scored against a chosen criteria set."""
    from .services import frameworks as sets  # SQLAlchemy loads only when a criteria-set command runs

    with open_workspace(args, write=True) as workspace:
        created = sets.new_sheet(workspace, unit=args.unit, year=args.year, framework_id=args.framework,
                                 level=args.level)
    print(created)
    return 0


# The plain score-table import is cli.py's; with --framework it goes into a sheet of the chosen set instead.
_configure_plain_import, _plain_import = _COMMANDS["import"]


def _configure_import(parser: argparse.ArgumentParser) -> None:
    _configure_plain_import(parser)
    parser.set_defaults(kind=None)  # with --framework an unset --kind means the unit's own level or the set's
    parser.add_argument("--framework", type=set_id,
                        help="import into a sheet of this criteria set, matching rows by their number path (1.2.3)")


@command("import", _configure_import)
def _import_scores(args: argparse.Namespace) -> int:
    """Import a score table (.txt or .xlsx) as a new sheet, or into an existing one (or one of a chosen set)."""
    if args.framework is None:
        args.kind = args.kind or "district"
        return _plain_import(args)
    if args.sheet is not None or args.unit is None or args.year is None:
        raise UserError("import --framework needs --unit and --year (and no --sheet).")
    from .services import Workspace

    from .services import frameworks as sets

    Workspace.read_table_file(args.file)  # a file that cannot be imported must not create a database first
    with open_workspace(args, write=True) as workspace:
        outcome = sets.import_scores(workspace, args.file, unit=args.unit, year=args.year,
                                     framework_id=args.framework, level=args.kind)
    for warning in outcome.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    print(f"imported {', '.join(c.value for c in outcome.columns)} scores into "
          + ("a new sheet" if outcome.created else f"sheet {outcome.sheet_id}"), file=sys.stderr)
    print(outcome.sheet_id)
    return 0


def _plain(value) -> str:  # noqa: ANN001 - a Decimal
    return f"{value:.2f}"
