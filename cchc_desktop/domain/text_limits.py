"""Bounds on imported files and their cells, and the invisible characters a cell may not carry."""

from __future__ import annotations

import re

# A criteria table has at most a few hundred rows (the 2023 sheet has 114) and a handful of columns;
# the limits leave ample room (the 5,000-criteria benchmark table fits), and keep any file's import within
# seconds and a hundred MB or so.
MAX_ROWS = 10_000
MAX_COLUMNS = 64
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_LINES = 100_000  # blank ones included: 20 MB of line breaks would be 20 million lines
MAX_LINE_CHARS = 20_000  # a text line: title + note + numbers, with room to spare
MAX_TITLE_CHARS = 2_000  # the longest 2023 title has 300 characters
MAX_CELL_CHARS = 10_000  # a note or any other cell; Excel itself stops at 32 767
# A note typed in the window or imported: a paragraph or two is usual; far below a sheet hundreds of pages long.
MAX_NOTE_CHARS = MAX_CELL_CHARS

# Zero-width characters and direction marks: invisible, they only make equal-looking texts differ.
# They are removed (text pasted from Word or the web often carries them).
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")
# Embeddings, overrides and isolates reorder what is shown: "1,00" can be stored as "00,1".
# Vietnamese text never needs them, so a cell holding one is refused rather than silently rewritten.
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def drop_invisible(text: str) -> str:
    """``text`` without zero-width characters and direction marks (U+200B–U+200F, U+2060, U+FEFF)."""
    return _INVISIBLE.sub("", text)


def has_reordering(text: str) -> bool:
    """True if ``text`` holds a direction embedding, override or isolate (U+202A–U+202E, U+2066–U+2069)."""
    return _REORDERING.search(text) is not None
