"""`cchc server init` and `cchc server user add|list|remove`: a shared PostgreSQL database and its accounts."""

from __future__ import annotations

import argparse
import json
import sys

from .cli import UserError, command, open_workspace


def _db_option(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # `cchc server init --db URL` reads as naturally as `cchc --db URL server init`; SUPPRESS keeps the global one.
    parser.add_argument("--db", default=argparse.SUPPRESS, help="the server database: postgresql://USER@HOST/DB")
    return parser


def _configure_server(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    _db_option(sub.add_parser("init", help="prepare the database: schema, group roles, grants (run again after an "
                                           "upgrade)"))
    user = sub.add_parser("user", help="the accounts that may connect").add_subparsers(
        dest="user_action", required=True, parser_class=type(parser))
    add = _db_option(user.add_parser("add", help="add an account (a PostgreSQL login) or change its role or unit"))
    add.add_argument("login", help="the login name, e.g. xa_khong_lao")
    add.add_argument("--role", choices=("unit", "appraiser", "admin"), required=True,
                     help="unit: its own unit's self-assessment; appraiser: the appraisal of all units; "
                          "admin: everything")
    add.add_argument("--unit", help="the unit of a unit's account, as listed by `cchc units`")
    add.add_argument("--password-prompt", action="store_true",
                     help="ask for the account's password (typed twice, never shown nor stored)")
    listing = _db_option(user.add_parser("list", help="list the accounts, their roles and units"))
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = _db_option(user.add_parser("remove", help="remove an account"))
    remove.add_argument("login")


def _server_workspace(args: argparse.Namespace):  # noqa: ANN202 - a services.Workspace
    if not args.db or "://" not in args.db:
        raise UserError("cchc server works on a shared PostgreSQL database: give --db "
                        "postgresql://USER@HOST:PORT/DATABASE (e.g. cchc --db postgresql://postgres@localhost/cchc "
                        "server init).")
    return open_workspace(args, write=args.action == "init")


def _password() -> str:
    if not sys.stdin.isatty():
        # Piped in (a script): one line, so nothing is asked twice.
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError("no password was given on standard input.")
        return line
    import getpass

    first = getpass.getpass("Password: ")
    if not first:
        raise UserError("the password is empty; nothing was changed.")
    if getpass.getpass("Password again: ") != first:
        raise UserError("the two passwords differ; nothing was changed.")
    return first


@command("server", _configure_server)
def _server(args: argparse.Namespace) -> int:
    """A shared PostgreSQL database: prepare it (init) and manage its accounts (user add, list, remove)."""
    from .services import server

    password = _password() if args.action == "user" and args.user_action == "add" and args.password_prompt \
        else None
    with _server_workspace(args) as workspace:
        if args.action == "init":
            prepared = server.prepare(workspace)
            made = ", ".join(prepared.groups_made)
            print(f"The database is ready (schema, roles, grants){f'; new roles: {made}' if made else ''}. "
                  "Add accounts with: cchc server user add LOGIN --role unit|appraiser|admin")
            return 0
        if args.user_action == "add":
            created = server.add_user(workspace, args.login, args.role, unit=args.unit, password=password)
            where = f" of {args.unit}" if args.unit else ""
            print(f"{'Added' if created else 'Updated'} the account {args.login}: {args.role}{where}.")
            if created and password is None:
                print("It has no password yet: add one with --password-prompt, or let it sign in the way the "
                      "server's pg_hba.conf allows.", file=sys.stderr)
            return 0
        if args.user_action == "list":
            users = server.list_users(workspace)
            if args.json:
                print(json.dumps([{"login": u.login, "role": u.role, "unit": u.unit, "can_login": u.can_login}
                                  for u in users], ensure_ascii=False, indent=1))
            else:
                for user in users:
                    print(f"{user.login}\t{user.role}\t{user.unit or '-'}")
            return 0
        dropped = server.remove_user(workspace, args.login)
        print(f"Removed the account {args.login}" + ("." if dropped else
              " from this database; the login stays on the server, where it still owns or may do other things."))
        return 0
