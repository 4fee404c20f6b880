"""Fixtures of the report tests: the seed's rows, read without the program's own parser."""

from __future__ import annotations

import pytest
from pdf_text import SeedRow, read_seed


@pytest.fixture
def seed_rows(seed_text: str) -> tuple[list[SeedRow], str, str]:
    return read_seed(seed_text)
