"""Errors the domain raises: each names what is wrong in words a user can act on."""

from __future__ import annotations


class CchcError(Exception):
    """Base of every error the program reports to a user instead of a traceback.

    ``kind`` is a stable identifier the user interface can translate; ``params``
    carries the values its message mentions.
    """

    kind = "error"

    def __init__(self, message: str, *, kind: str | None = None, **params: object) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


class ScoreParseError(CchcError):
    """Text that is not an acceptable score."""

    kind = "parse"


class ScoreRangeError(CchcError):
    """A well-formed number outside 0 … maximum."""

    kind = "range"


class FrameworkError(CchcError):
    """A criteria list that does not form a valid tree."""

    kind = "framework"


class UnknownCriterionError(CchcError):
    kind = "unknown_code"


class NotALeafError(CchcError):
    kind = "not_leaf"


class RuleError(CchcError):
    """A scoring rule that cannot give a score for these figures, or a rule that is malformed."""

    kind = "rule"


class ImportRefused(CchcError):
    """A file refused as a whole (a score table, a criteria list); nothing of it is written."""

    kind = "import_refused"
