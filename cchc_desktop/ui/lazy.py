"""Service modules the window's dialogs use, loaded when a dialog first calls them rather than before the window shows.

The window is built with every menu action ready, and each action's module names the services it calls; those
import SQLAlchemy and the store (about a quarter of a second), which the first paint does not need.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def service_module(name: str) -> ModuleType:
    """``cchc_desktop.services.<name>``, executed on its first attribute access (importlib's LazyLoader)."""
    full = f"{__package__.rpartition('.')[0]}.services.{name}"
    loaded = sys.modules.get(full)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(full)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    loader.exec_module(module)
    return module
