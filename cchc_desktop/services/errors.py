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


class EditConflictError(CchcError):
    """Another user stored a different value in the cell since this window read it: nothing was written.

    params: ``code``, ``field`` (self, appraisal, round1, note, explanation, …_figures, not_applicable),
    ``expected`` (what this window saw), ``stored`` (what is stored now), ``who`` and ``when`` (from the audit
    log, when it names the change). ``current`` is the stored value as the document holds it (a Decimal for a
    score, text otherwise), for the window to show.
    """

    kind = "edit_conflict"

    def __init__(self, message: str, *, current: object = None, **params: object) -> None:
        super().__init__(message, **params)
        self.current = current
