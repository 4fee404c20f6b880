"""cchc backup, backups, restore, history, audit-verify and user-name: thin commands over services.safety."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .cli import command, open_workspace, sheet_id

EXIT_CHECK_FAILED = 1


def _database(args: argparse.Namespace) -> Path | str:
    from .paths import default_database_path
    from .services import is_server

    if args.db and is_server(args.db):
        return args.db  # services.safety refuses backups of a server in plain words: pg_dump is its backup
    return Path(args.db) if args.db else default_database_path()


def _shown(field: str, value: str | None) -> str:
    if value is None:
        return "-"
    return value.replace(".", ",") if field in ("self", "appraisal") else value


def _size(count: int) -> str:
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1024 / 1024:.1f} MB"


# --- backup ---------------------------------------------------------------------------
def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", default="manual", help="a word kept in the backup's name")


@command("backup", _configure_backup)
def _backup(args: argparse.Namespace) -> int:
    """Write a checked copy of the database into the backups folder beside it."""
    from .services import safety

    taken = safety.take_backup(_database(args), args.reason)
    print(taken.path)
    return 0


# --- backups --------------------------------------------------------------------------
def _configure_backups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("backups", _configure_backups)
def _backups(args: argparse.Namespace) -> int:
    """List the database's backups, newest first."""
    from .services import safety

    backups = safety.list_backups(_database(args))
    if args.json:
        print(json.dumps([{"name": b.name, "path": str(b.path), "taken_at": b.taken_at.isoformat(),
                           "reason": b.reason, "size": b.size} for b in backups], ensure_ascii=False, indent=1))
        return 0
    for b in backups:
        print(f"{b.name}\t{b.taken_at:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{_size(b.size)}")
    return 0


# --- restore --------------------------------------------------------------------------
def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", help="a backup's name (see: cchc backups) or path")


@command("restore", _configure_restore)
def _restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup; the current file is kept as a backup first."""
    from .services import safety

    outcome = safety.restore(_database(args), args.backup)
    print(f"restored {outcome.restored_from.name}; the database as it was is kept as {outcome.previous_copy}; "
          f"{outcome.changes} scores and notes changed")
    return 0


# --- history --------------------------------------------------------------------------
def _configure_history(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("code", nargs="?", help="only this criterion, e.g. 1.2.1")
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("history", _configure_history)
def _history(args: argparse.Namespace) -> int:
    """Every change of a sheet's scores and notes: who, when, old → new, and how."""
    from .services import safety

    with open_workspace(args) as workspace:
        entries = safety.history(workspace, args.sheet, args.code)
    if args.json:
        print(json.dumps([e.as_dict() for e in entries], ensure_ascii=False, indent=1))
        return 0
    for e in entries:
        old, new = (_shown(e.field, e.old), _shown(e.field, e.new))
        print(f"{e.when:%Y-%m-%d %H:%M:%S}\t{e.who}\t{e.source}\t{e.code}\t{e.field}\t{old} → {new}")
    return 0


# --- audit-verify ---------------------------------------------------------------------
@command("audit-verify", _configure_backups)
def _audit_verify(args: argparse.Namespace) -> int:
    """Check the audit log's hash chain, and that every stored score is the one the log ends with."""
    from .services import safety

    with open_workspace(args) as workspace:
        check = safety.verify_audit(workspace)
    if args.json:
        print(json.dumps({"ok": check.ok, "rows": check.rows, "head": check.head, "problems": check.problems,
                          "untraced": [list(u) for u in check.untraced]}, ensure_ascii=False, indent=1))
        return 0 if check.ok else EXIT_CHECK_FAILED
    for problem in check.problems:
        print(f"audit log: {problem}")
    for sheet, code, field, logged, stored in check.untraced[:20]:
        print(f"sheet {sheet}, {code} {field}: stored {stored or '-'} but the log says {logged or '-'} "
              "(changed without a trace)")
    if check.ok:
        print(f"audit log intact: {check.rows} changes, head {check.head}")
        return 0
    print("The audit log does not verify: the database was changed outside CCHC Desktop. "
          "Compare with a backup (cchc backups) before signing anything.")
    return EXIT_CHECK_FAILED


# --- user-name ------------------------------------------------------------------------
def _configure_user_name(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="?", help="the name recorded with every change; \"\" removes it")


@command("user-name", _configure_user_name)
def _user_name(args: argparse.Namespace) -> int:
    """Show or set the name recorded with every change (beside the Windows user)."""
    from .services import safety

    with open_workspace(args) as workspace:
        if args.name is not None:
            safety.set_user_name(workspace, args.name)
        print(safety.user_name(workspace) or "")
    return 0
