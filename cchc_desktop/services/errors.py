"""The services' refusals, one class per kind of failure, shared by the modules that raise them."""

from __future__ import annotations

from ..domain.errors import CchcError


class SheetLockedError(CchcError):
    kind = "sheet_locked"


class SheetNotFoundError(CchcError):
    kind = "sheet_not_found"


class SheetExistsError(CchcError):
    """A unit is scored once a year: params name the sheet that already exists (sheet_id, unit, year)."""

    kind = "sheet_exists"


class DatabaseMissingError(CchcError):
    kind = "database_missing"


class PrintError(CchcError):
    kind = "print"


class VerifyError(CchcError):
    kind = "verify"


class SignError(CchcError):
    kind = "sign"
