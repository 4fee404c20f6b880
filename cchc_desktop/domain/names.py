"""Names people read and compare (units, imported titles): one spelling per name, no invisible characters."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and direction marks, embeddings, overrides and isolates: invisible, yet they make
# "Huyện Phong Thổ" and a look-alike differ, or show a name's letters in another order than they are stored.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

# The largest row id SQLite stores (a signed 64-bit integer): ids outside 1 … this are no sheet at all.
MAX_ID = 2**63 - 1


def clean_name(text: str) -> str:
    """NFC, invisible and direction-changing characters removed, runs of white space folded to one space."""
    return " ".join(INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def valid_id(value: int) -> bool:
    """An id SQLite can hold (1 … 2**63-1); larger ones overflow inside the driver instead of finding nothing."""
    return 1 <= value <= MAX_ID
