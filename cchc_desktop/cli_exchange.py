"""The ``cchc export`` and ``cchc receive`` commands: a sheet as a .cchc package between offices, or as a workbook."""

from __future__ import annotations

import argparse
import os
import sys

from .cli import EXIT_USER_ERROR, UserError, command, open_workspace, sheet_id


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("-o", "--output", required=True,
                        help="FILE.cchc: an exchange package to send to another office; "
                             "FILE.xlsx: an Excel workbook whose subtotals are live SUM formulas")
    parser.add_argument("--sign", metavar="KEY.p12",
                        help="sign the package's manifest with this key and certificate (password in "
                             "CCHC_SIGN_PASSWORD)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file that is not a workbook")


@command("export", _configure_export)
def _export(args: argparse.Namespace) -> int:
    """Write a sheet as a .cchc exchange package or as an .xlsx workbook (the file name's ending says which)."""
    suffix = os.path.splitext(args.output)[1].lower()
    if suffix == ".xlsx":
        if args.sign:
            raise UserError("--sign goes with a .cchc package, not a workbook.")
        from .services import ranking

        with open_workspace(args) as workspace:
            ranking.export_sheet(workspace, args.sheet, args.output, force=args.force)
        print(f"wrote {args.output}", file=sys.stderr)
        return 0
    if suffix != ".cchc":
        raise UserError(f"{args.output}: the file name must end in .cchc (a package to send) or .xlsx (a workbook).")
    from .services import exchange

    password = os.environ.get("CCHC_SIGN_PASSWORD")
    with open_workspace(args) as workspace:
        digest = exchange.export_sheet(workspace, args.sheet, args.output, sign=args.sign,
                                       password=password.encode("utf-8") if password else None)
    print(f"sha256 {digest}", file=sys.stderr)
    print(args.output)
    return 0


def _configure_receive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the .cchc package received")
    parser.add_argument("--keep", choices=("mine", "theirs"),
                        help="where this database and the package differ, keep this database's values (mine) "
                             "or take the package's (theirs)")


@command("receive", _configure_receive)
def _receive(args: argparse.Namespace) -> int:
    """Receive a .cchc package: create or update the unit's sheet; prints the sheet's id last."""
    from .services import exchange

    # The whole package is checked before the database is even opened: a refused one cannot touch it.
    package = exchange.read_package_file(args.file)
    if package.signer is not None:
        print(f"signed by {package.signer}", file=sys.stderr)
    with open_workspace(args, write=True) as workspace:
        try:
            outcome = exchange.receive_package(workspace, package, keep=args.keep)
        except exchange.ExchangeConflict as error:
            print(f"cchc: error: {error}", file=sys.stderr)
            for line in exchange.conflict_lines(error.conflicts):
                print(line, file=sys.stderr)
            return EXIT_USER_ERROR
    if outcome.not_kept:
        print(f"warning: the package also carries {', '.join(outcome.not_kept)}, which this version of the "
              "program cannot keep yet; they were not received.", file=sys.stderr)
    if outcome.created_set:
        print("created the package's criteria set", file=sys.stderr)
    if outcome.created_sheet:
        print(f"created sheet {outcome.sheet_id}", file=sys.stderr)
    for line in exchange.conflict_lines(outcome.conflicts):
        print(f"kept {args.keep}: {line}", file=sys.stderr)
    print(f"{outcome.changed} value(s) received; package sha256 {outcome.package_sha256}", file=sys.stderr)
    print(outcome.sheet_id)
    return 0
