"""The application's verbs (open, import, set a score, list, show), shared by the command line and the window."""

from .workspace import (  # noqa: F401
    DEMO_UNIT,
    DEMO_YEAR,
    DatabaseMissingError,
    FilePreview,
    ImportOutcome,
    SheetDocument,
    SheetExistsError,
    SheetLockedError,
    Workspace,
)
