"""The account connected to a shared server: its role and unit, read once per opened database, and what it may write."""

from __future__ import annotations

import weakref

from ..domain import roles
from ..domain.scoring import Column
from ..store import access
from ..store.access import OWNER, Account

_accounts: weakref.WeakKeyDictionary[object, Account] = weakref.WeakKeyDictionary()


def account(workspace: object) -> Account:
    """The connected account's role and unit (on a database file: its owner, who may do everything)."""
    found = _accounts.get(workspace)
    if found is None:
        if getattr(workspace, "on_server", False):
            with workspace.engine.connect() as connection:  # type: ignore[attr-defined]
                found = access.current_account(connection)
        else:
            found = Account("", OWNER)
        _accounts[workspace] = found
    return found


def forget(workspace: object) -> None:
    """Read the account again next time (after `cchc server init` or a change of its role)."""
    _accounts.pop(workspace, None)


def may_write(workspace: object, field: Column | str) -> bool:
    """Whether the connected account's role may write this field (always, on a database file)."""
    if not getattr(workspace, "on_server", False):
        return True
    return roles.may_write(account(workspace).role, field)
