"""Where the program finds its shipped resources and the user's data, frozen or not."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "CCHC Desktop"
APP_AUTHOR = "CCHC"


def bundle_root() -> Path:
    """The folder holding resources/ and translations/: the PyInstaller bundle or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return bundle_root() / "translations"


def user_data_dir() -> Path:
    # platformdirs is imported here so that importing paths stays cheap.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def default_database_path() -> Path:
    return user_data_dir() / "cchc.db"
