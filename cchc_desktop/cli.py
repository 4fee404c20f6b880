"""The ``cchc`` command: batch work over the same services the window uses."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .domain.errors import CchcError
from .domain.numbers import format_score
from .domain.rounding import rounded_total_if_different
from .domain.scoring import MAIN_COLUMNS, Column, RoundingPolicy

EXIT_USER_ERROR = 2

# Subcommands register here: name → (configure parser, run). Other modules add theirs with @command.
_COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, configure: Callable[[argparse.ArgumentParser], None]):  # noqa: ANN201
    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        _COMMANDS[name] = (configure, run)
        return run

    return register


class UserError(CchcError):
    kind = "usage"


def open_workspace(args: argparse.Namespace, *, write: bool = False):  # noqa: ANN201
    """The database of --db. Only a command that writes (``write``) may create it, and then it says so.

    A mistyped --db must not quietly become a new database whose emptiness looks like lost data.
    """
    from .paths import default_database_path
    from .services import Workspace

    if args.db and _on_server(args.db):
        workspace = _open_server(args.db)
        if workspace.created:
            print(f"cchc: note: created the CCHC Desktop tables in the database {workspace.location}", file=sys.stderr)
    elif args.db:
        path = Path(args.db)
        if not path.exists() and not write:
            raise UserError(f"there is no database at {path}. Check the --db path (nothing was created; "
                            "only commands that write, such as import, set or note, create a new database).",
                            path=str(path))
        workspace = Workspace.open(path)
        if workspace.created:
            print(f"cchc: note: created a new database: {path}", file=sys.stderr)
    else:
        # The default database is the desktop program's; a new one starts with the demo sheet there too.
        workspace = Workspace.open(default_database_path(), demo=True)
    if workspace.read_only:
        from .services.safety import read_only_refusal

        print(f"cchc: note: {read_only_refusal(workspace.path)}", file=sys.stderr)
    return workspace


def _on_server(location: str) -> bool:
    from .services import is_server

    return is_server(location)


def _open_server(location: str):  # noqa: ANN202 - a services.Workspace
    """A PostgreSQL database; when the server wants a password that libpq's usual places (PGPASSWORD, PGPASSFILE,
    .pgpass) did not give, a prompt on a terminal asks for it. The password is never stored."""
    from .services import Workspace

    try:
        return Workspace.open(location)
    except CchcError as error:
        if error.kind != "server_login" or not sys.stdin.isatty():
            raise
        shown = error.params.get("location", location)
    import getpass

    password = getpass.getpass(f"Password for {shown}: ")
    return Workspace.open(location, password=password)


@contextmanager
def open_for_reading(args: argparse.Namespace) -> Iterator[Any]:
    """The database of --db for a command that only reads: a services.reading.ReadView, which never loads
    SQLAlchemy, or a full Workspace where only that can open it (a new or an older database; see reading.py).
    Both have sheets(), frameworks() and open_sheet() returning the same sheets."""
    from .services.reading import open_for_reading as open_view, read_only_refusal

    path = args.db
    if path and _on_server(path):  # the plain-sqlite3 read path is for files; a server opens as a Workspace
        with open_workspace(args) as workspace:
            yield workspace
        return
    if not path:
        from .paths import default_database_path

        path = default_database_path()
    with open_view(path) as view:
        if view is not None:
            if view.read_only:  # the same note as open_workspace's
                print(f"cchc: note: {read_only_refusal(view.path)}", file=sys.stderr)
            yield view
            return
    with open_workspace(args) as workspace:
        yield workspace


def sheet_id(text: str) -> int:
    from .domain.names import valid_id

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a sheet number (see: cchc sheets)") from None
    if not valid_id(value):
        raise argparse.ArgumentTypeError(f"there is no sheet {text} (see: cchc sheets)")
    return value


def signer(text: str):  # noqa: ANN201 - a domain.signers.Signer
    """A ``--signer`` value: ROLE=NAME, several role lines separated by slashes."""
    from .domain.signers import Signer, parse_roles

    roles, equals, name = text.partition("=")
    if not equals or not roles.strip():
        raise argparse.ArgumentTypeError(f"“{text}” is not ROLE=NAME (e.g. “TRƯỞNG PHÒNG NỘI VỤ=Nguyễn Văn A”).")
    return Signer(parse_roles(roles), name.strip())


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a year") from None
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"{value} is not a plausible year (2000–2100)")
    return value


# --- import ---------------------------------------------------------------------------
def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="score table: tab-separated .txt or .xlsx")
    parser.add_argument("--unit", help="unit name, e.g. “Huyện Phong Thổ”")
    parser.add_argument("--year", type=year, help="year assessed")
    parser.add_argument("--kind", default="district", help="unit level (district, commune, department …)")
    parser.add_argument("--sheet", type=sheet_id, help="import the file's scores into this existing sheet")


@command("import", _configure_import)
def _import(args: argparse.Namespace) -> int:
    """Import a score table (.txt or .xlsx) as a new sheet, or into an existing one."""
    if args.sheet is None and (args.unit is None or args.year is None):
        raise UserError("import needs --unit and --year (or --sheet to import into an existing sheet).")
    from .services import Workspace

    Workspace.read_table_file(args.file)  # a file that cannot be imported must not create a database first
    with open_workspace(args, write=True) as workspace:
        outcome = workspace.import_file(args.file, unit=args.unit or "", year=args.year or 0, kind=args.kind,
                                        into_sheet=args.sheet, source="import")
    for warning in outcome.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    print(f"imported {', '.join(c.value for c in outcome.columns)} scores"
          + (" with a new framework" if outcome.new_framework else ""), file=sys.stderr)
    print(outcome.sheet_id)
    return 0


# --- sheets ---------------------------------------------------------------------------
def _configure_sheets(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("sheets", _configure_sheets)
def _sheets(args: argparse.Namespace) -> int:
    """List the sheets in the database."""
    with open_for_reading(args) as workspace:
        sheets = workspace.sheets()
    if args.json:
        print(json.dumps([{"id": s.id, "unit": s.unit, "kind": s.unit_kind, "year": s.year,
                           "framework_id": s.framework_id, "framework": s.framework_name,
                           "finalized_at": s.finalized_at} for s in sheets], ensure_ascii=False, indent=1))
        return 0
    for s in sheets:
        state = f"  finalized {s.finalized_at}" if s.finalized_at else ""
        print(f"{s.id}\t{s.unit}\t{s.year}\t{s.framework_name}{state}")
    return 0


# --- frameworks -----------------------------------------------------------------------
@command("frameworks", _configure_sheets)
def _frameworks(args: argparse.Namespace) -> int:
    """List the criteria frameworks (built-in and imported)."""
    with open_workspace(args) as workspace:
        frameworks = workspace.frameworks()
    if args.json:
        print(json.dumps([f.__dict__ for f in frameworks], ensure_ascii=False, indent=1))
        return 0
    for f in frameworks:
        print(f"{f.id}\t{f.year}\t{f.level}\tv{f.version}\t{f.criteria} criteria\t{f.name}")
    return 0


# --- show -----------------------------------------------------------------------------
def _configure_show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("show", _configure_show)
def _show(args: argparse.Namespace) -> int:
    """Show a sheet with every subtotal and both totals."""
    with open_for_reading(args) as workspace:
        document = workspace.open_sheet(args.sheet)
        if args.json:
            from .services import rules

            data = rules.sheet_dict(document, workspace)
        else:
            data = document.as_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    sheet = document.sheet
    print(f"{data['unit']} — {data['year']} — {data['framework']}")
    for node in sheet.framework:
        indent = "  " * (node.level - 1)
        print(f"{indent}{node.code}\t{format_score(node.maximum)}\t"
              f"{format_score(sheet.score(node.code, Column.SELF), empty='-')}\t"
              f"{format_score(sheet.score(node.code, Column.APPRAISAL), empty='-')}\t{node.title}")
    for column in MAIN_COLUMNS:
        totals = sheet.totals(None, column)
        exact = sheet.total(column, RoundingPolicy.EXACT)
        rounded = rounded_total_if_different(sheet, column)
        extra = f" (rounding each leaf: {format_score(rounded)})" if rounded is not None else ""
        shown = format_score(exact) if totals.scored else "-"
        print(f"total {column.value}: {shown} / {format_score(sheet.framework.maximum)}"
              f"{extra}; {totals.scored}/{totals.leaves} scored")
    return 0


# --- set ------------------------------------------------------------------------------
def _configure_set(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("code", help="leaf criterion: its path (1.2.1), or its printed code when unique in the set")
    parser.add_argument("value", nargs="?", help="score such as 9,28 or 9.28; an empty string clears it")
    parser.add_argument("--figures", help="for a leaf with a scoring rule: 96%%, 94,9%% or 45/50; the score is computed")
    parser.add_argument("--option", type=int, help="for a leaf whose rule lists options: the option's number, from 1")
    # final is the appraisal's round 2; "appraisal", its name before the cycle, stays as an alias of it.
    parser.add_argument("--column", choices=["self", "round1", "final", "appraisal"], default="final",
                        help="self-assessment, appraisal round 1, or the final appraisal (default; alias: appraisal)")


@command("set", _configure_set)
def _set(args: argparse.Namespace) -> int:
    """Enter or clear one leaf score, or its figures (the rule computes the score); it is checked and saved at once."""
    given = [name for name, value in (("a score", args.value), ("--figures", args.figures), ("--option", args.option))
             if value is not None]
    if len(given) != 1:
        raise UserError("set needs one of: a score, --figures or --option.")
    with open_workspace(args, write=True) as workspace:
        document = workspace.open_sheet(args.sheet)
        column = Column.parse(args.column)
        if args.value is None:
            if column is Column.ROUND1:
                raise UserError("figures are entered for the self-assessment and the final appraisal; "
                                "type the round-1 score itself.")
            from .services import rules

            done = rules.set_figures(document, args.code, column, text=args.figures, option=args.option, source="cli")
            shown = (format_score(done.outcome.score) if done.outcome.applicable
                     else "not applicable")
            print(f"{done.path} {args.column}: {done.figures.text()} → {shown}; total: "
                  f"{format_score(document.sheet.total(column))}")
            return 0
        if args.code not in document.sheet.framework:
            from .services import rules

            args.code = rules.rule_book(workspace, document.info.framework_id).resolve(args.code)
        change = document.set_score(args.code, column, args.value, source="cli")
        area = change.affected[-1]
        print(f"{change.code} {args.column}: {format_score(change.old, empty='-')} → "
              f"{format_score(change.new, empty='-')}; area {area}: "
              f"{format_score(document.sheet.score(area, change.column), empty='-')}; total: "
              f"{format_score(document.sheet.total(change.column))}")
    return 0


# --- note -----------------------------------------------------------------------------
def _configure_note(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("code")
    parser.add_argument("text", help="the note; an empty string removes it")


@command("note", _configure_note)
def _note(args: argparse.Namespace) -> int:
    """Set or remove the note of a criterion."""
    with open_workspace(args, write=True) as workspace:
        workspace.open_sheet(args.sheet).set_note(args.code, args.text, source="cli")
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: one line, exit 2
        self.exit(EXIT_USER_ERROR, f"cchc: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, that subcommand alone is given its arguments (the others are left
    out: configuring all ~40 costs a third of a short command's time, mostly argparse asking gettext per text)."""
    from . import __version__

    _load_plugins()
    parser = _Parser(prog="cchc", description="CCHC Desktop on the command line: administrative-reform index sheets.")
    parser.add_argument("--db", help="database file (default: the desktop program's database)")
    parser.add_argument("--version", action="version", version=f"cchc {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, (configure, run) in _COMMANDS.items():
        if only is not None and name != only:
            continue
        configure_parser = sub.add_parser(name, help=(run.__doc__ or "").strip() or None)
        configure(configure_parser)
        configure_parser.set_defaults(run=run)
    return parser


def _load_plugins() -> None:
    """Import the modules that add their own subcommands (printing, backups …)."""
    import importlib

    for module in _PLUGIN_MODULES:
        importlib.import_module(module)


_PLUGIN_MODULES: list[str] = [
    "cchc_desktop.cli_safety",
    "cchc_desktop.cli_print",
    "cchc_desktop.cli_frameworks",  # replaces the plain `frameworks` listing above with the criteria-set one
    "cchc_desktop.cli_ranking",
    "cchc_desktop.cli_exchange",
    "cchc_desktop.cli_rules",
    "cchc_desktop.cli_stages",
    "cchc_desktop.cli_evidence",
    "cchc_desktop.cli_units",
    "cchc_desktop.cli_server",
]


def main(argv: Sequence[str] | None = None) -> int:
    # A command lives well under a second and mostly imports: a young-generation collection every 700
    # allocations is pure cost then (measured ~6 % of `cchc show`'s CPU). Cycles are still collected.
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, *thresholds[1:])
    try:
        return _run(argv)
    finally:
        gc.set_threshold(*thresholds)


def named_command(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names after the top-level options, or None when it names none exactly (help,
    --version, an abbreviated option, a typo): then every command is configured, so help and errors list them all."""
    _load_plugins()
    position = 0
    while position < len(argv):
        word = argv[position]
        if word == "--db":
            position += 2
        elif word.startswith("--db="):
            position += 1
        elif word.startswith("-"):
            return None
        else:
            return word if word in _COMMANDS else None
    return None


def _run(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=named_command(argv))
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CchcError as error:
        print(f"cchc: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not an error of ours. Python would print one more
        # traceback when it flushes stdout at exit, so stdout now goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        from .services.safety import explain  # a full disk is not a bug: say so instead of a traceback

        plain = explain(error, getattr(args, "db", None))
        if plain is None:
            raise
        print(f"cchc: error: {plain}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    # Run through the imported module, not this __main__ copy, so plugin commands register where main() looks.
    from cchc_desktop.cli import main as _main

    sys.exit(_main())
