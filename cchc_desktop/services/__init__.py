"""The application's verbs (open, import, set a score, list, show), shared by the command line and the window."""

# What the window and the command line read back from the verbs. They are defined in store/ today; the ui
# and the cli take them from here, so that they never import the store themselves (tests/test_layers.py).
from ..store.audit import AuditEntry  # noqa: F401
from ..store.backup import Backup, backup_dir  # noqa: F401
from ..store.lock import os_user  # noqa: F401
from ..store.repository import FrameworkInfo, SheetInfo  # noqa: F401
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
