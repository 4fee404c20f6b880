"""Length limits of the texts a sheet stores, so that every stored sheet can be printed and read."""

from __future__ import annotations

# A real criterion title is under 500 characters; a note is a paragraph or two. Far above both, and far
# below what would make a printed sheet hundreds of pages long.
MAX_TITLE_CHARS = 2_000
MAX_NOTE_CHARS = 20_000


def too_long(text: str | None, limit: int) -> bool:
    return text is not None and len(text) > limit
