"""`cchc evidence add|list|get|remove`: the evidence files (tài liệu kiểm chứng) attached to a sheet's criteria."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .cli import command, open_workspace, sheet_id


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="attach files to a criterion")
    add.add_argument("sheet", type=sheet_id)
    add.add_argument("criterion", help="the criterion's path (e.g. 1.2.1), or its printed code where unique")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    listing = actions.add_parser("list", help="list the sheet's evidence files (one criterion's if given)")
    listing.add_argument("sheet", type=sheet_id)
    listing.add_argument("criterion", nargs="?")
    listing.add_argument("--json", action="store_true", help="print JSON: [{criterion, name, sha256, size}]")
    get = actions.add_parser("get", help="write an evidence file's bytes to a file")
    get.add_argument("sheet", type=sheet_id)
    get.add_argument("sha256")
    get.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    get.add_argument("--force", action="store_true", help="overwrite an existing file (never a database)")
    remove = actions.add_parser("remove", help="detach a file from a criterion")
    remove.add_argument("sheet", type=sheet_id)
    remove.add_argument("criterion")
    remove.add_argument("sha256")


@command("evidence", _configure)
def _evidence(args: argparse.Namespace) -> int:
    """Attach, list, get back and remove a sheet's evidence files (tài liệu kiểm chứng)."""
    from .services import evidence

    if args.action == "add":
        # Each file is read, refused or stored on its own: a refused one names itself, those before it stay.
        with open_workspace(args, write=True) as workspace:
            for path in args.files:
                attached = evidence.attach(workspace.open_sheet(args.sheet), args.criterion, path, source="cli")
                print(f"{attached.sha256}  {attached.size}  {attached.criterion}  {attached.name}")
        return 0
    if args.action == "remove":
        with open_workspace(args, write=True) as workspace:
            name = evidence.remove(workspace.open_sheet(args.sheet), args.criterion, args.sha256, source="cli")
        print(f"removed {name}")
        return 0
    with open_workspace(args) as workspace:
        if args.action == "get":
            size = evidence.save(workspace, args.sheet, args.sha256, args.output, force=args.force)
            print(f"{args.output}  {size}")
            return 0
        document = workspace.open_sheet(args.sheet)
        code = evidence.resolve(document, args.criterion) if args.criterion else None
        found = evidence.attachments(workspace, args.sheet, code)
    if args.json:
        print(json.dumps([a.as_dict() for a in found], ensure_ascii=False, indent=1))
    else:
        for a in found:
            print(f"{a.criterion}\t{a.name}\t{a.size}\t{a.sha256}")
    return 0
