"""The application's verbs (open, import, set a score, list, show), shared by the command line and the window."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# What the window and the command line read back from the verbs. They are defined in store/ today; the ui
# and the cli take them from here, so that they never import the store themselves (tests/test_layers.py).
# Each is imported when first asked for (PEP 562): a read-only command that imports services.reading must
# not load SQLAlchemy through this package's __init__.
_LAZY = {
    "AuditEntry": "..store.audit",
    "Backup": "..store.backup",
    "backup_dir": "..store.backup",
    "os_user": "..store.lock",
    "is_server": "..store.server",  # whether a --db text names a PostgreSQL server rather than a file
    "FrameworkInfo": "..store.reading",
    "SheetInfo": "..store.reading",
    **{name: ".workspace" for name in ("DEMO_UNIT", "DEMO_YEAR", "DatabaseMissingError", "FilePreview",
                                       "ImportOutcome", "SheetDocument", "SheetExistsError", "SheetLockedError",
                                       "Workspace")},
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from ..store.audit import AuditEntry  # noqa: F401
    from ..store.backup import Backup, backup_dir  # noqa: F401
    from ..store.lock import os_user  # noqa: F401
    from ..store.server import is_server  # noqa: F401
    from ..store.reading import FrameworkInfo, SheetInfo  # noqa: F401
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
