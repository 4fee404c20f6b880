"""Shared fixtures: the seed sheet, fresh databases in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import so every Qt test runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on CPython 3.11 loses a reference to None on every void Qt call; importing the ui package
# first applies the program's guard (see cchc_desktop/ui/__init__.py) to every Qt test, not only the window's.
import cchc_desktop.ui  # noqa: E402, F401

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_af3bdc7e3d446662.txt"
# The demo copy shipped in resources/ is the same file; tests prefer the shared original when present.
SEED_PATH = SEED if SEED.exists() else ROOT / "resources" / "demo" / "phong-tho-2023.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cchc.db"


@pytest.fixture
def workspace(db_path: Path):
    from cchc_desktop.services import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def seed_sheet(workspace, seed_path):
    """The seed imported into a fresh database, opened for editing."""
    outcome = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    return workspace.open_sheet(outcome.sheet_id)
