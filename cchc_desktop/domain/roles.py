"""What each account's role on a shared server may write: the window greys out the rest (the database enforces it)."""

from __future__ import annotations

from .scoring import Column
from .stages import EVIDENCE, EXPLANATION, NOTE

# The database's grants (store/access.py) are the rule; this mirrors them for the window. An administrator, the
# database's owner and whoever opens a database file are not listed: they may write every field.
NOT_APPLICABLE = "not_applicable"  # a row marked not applicable (không áp dụng): the unit's call
ROLE_FIELDS: dict[str, frozenset[Column | str]] = {
    "unit": frozenset({Column.SELF, NOTE, EXPLANATION, EVIDENCE, NOT_APPLICABLE}),
    "appraiser": frozenset({Column.ROUND1, Column.APPRAISAL}),
    "": frozenset(),  # a login in none of the CCHC groups: it may read what it was granted, and write nothing
}


def may_write(role: str, field: Column | str) -> bool:
    fields = ROLE_FIELDS.get(role)
    return fields is None or field in fields
