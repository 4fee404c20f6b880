"""A shared PostgreSQL server: preparing its database (roles, grants), its users, and who is connected."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import CchcError
from ..domain.kinds import Kind
from ..store import access
from ..store.access import ADMIN, APPRAISER, GROUPS, OWNER, UNIT, Account, User  # noqa: F401 - re-exported
from . import units
from .accounts import account, forget, may_write  # noqa: F401 - re-exported for the window and the command line
from .workspace import Workspace

ROLES = (UNIT, APPRAISER, ADMIN)
MAX_LOGIN_BYTES = 63  # PostgreSQL's identifier limit: a longer name would be cut short silently


@dataclass(frozen=True)
class Prepared:
    groups_made: tuple[str, ...]


def _require_server(workspace: Workspace) -> None:
    if not workspace.on_server:
        raise CchcError("Users and roles belong to a shared PostgreSQL database; this is a database file on this "
                        "computer, where whoever opens the file may do everything. Give --db "
                        "postgresql://USER@HOST/DATABASE.", kind=Kind.USAGE)


def prepare(workspace: Workspace) -> Prepared:
    """`cchc server init`: the schema is at head (Workspace.open migrated it); make the groups, apply the grants.

    Safe to run again after every upgrade: the groups are made only when missing and the grants are set anew,
    so tables a newer version added are covered.
    """
    _require_server(workspace)
    # A refusal by role (SQLSTATE 42501) of any statement here reaches the caller as the plain NotPermittedError
    # the server engine makes of it (store/server.py), naming the owner as the account that may.
    with workspace.engine.begin() as connection:
        if not access.owns_tables(connection):
            raise access.not_permitted(workspace.engine.url.username or "", "GRANT …", "not the owner")
        made = access.create_groups(connection)
        access.apply_grants(connection)
    forget(workspace)
    return Prepared(tuple(made))


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not login or len(login.encode("utf-8")) > MAX_LOGIN_BYTES or any(ord(ch) < 32 for ch in login) \
            or login.lower().startswith("pg_") or login in GROUPS.values():
        raise CchcError(f"“{login}” cannot be a login name: use up to {MAX_LOGIN_BYTES} letters, digits, dots or "
                        "underscores, not starting with pg_ and not a group's name (cchc_admin, cchc_appraiser, "
                        "cchc_unit).", kind=Kind.USAGE)
    return login


def add_user(workspace: Workspace, login: str, role: str, *, unit: str | None = None,
             password: str | None = None) -> bool:
    """Create the login (or change an existing one) in exactly one group; a unit's account names its unit.

    The password goes to the server only as a SCRAM verifier made here, and is kept nowhere. True if created.
    """
    _require_server(workspace)
    login = check_login(login)
    if role not in ROLES:
        raise CchcError(f"“{role}” is not a role: use unit, appraiser or admin.", kind=Kind.USAGE)
    unit_id = None
    if role == UNIT:
        if not unit:
            raise CchcError("A unit's account needs its unit: add --unit NAME (see: cchc units).", kind=Kind.USAGE)
        unit_id = units.find_unit(workspace, unit).id
    elif unit:
        raise CchcError(f"Only a unit's account belongs to one unit; an {role}'s account works on every unit. "
                        "Leave out --unit.", kind=Kind.USAGE)
    with workspace.engine.begin() as connection:
        return access.add_user(connection, login, role, unit_id, password)


def list_users(workspace: Workspace) -> list[User]:
    _require_server(workspace)
    with workspace.engine.connect() as connection:
        return access.list_users(connection)


def remove_user(workspace: Workspace, login: str) -> bool:
    """Take the login out of the CCHC groups and forget its unit; True if the login itself was dropped too."""
    _require_server(workspace)
    if login not in {user.login for user in list_users(workspace)}:
        raise CchcError(f"There is no CCHC Desktop account named {login} on this database (see: cchc server user "
                        "list).", kind=Kind.NO_SUCH_ACCOUNT, login=login)
    with workspace.engine.begin() as connection:
        return access.remove_user(connection, login)
