"""A sheet's fingerprint: SHA-256 of a canonical serialisation of everything the sheet states."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import NamedTuple

from .errors import CchcError
from .numbers import format_plain
from .scoring import MAIN_COLUMNS, Column, RoundingPolicy, ScoreSheet

DATA_FORMAT = "cchc-sheet/1"
DATA_FILE_NAME = "cchc-sheet.json"  # the name the canonical data is embedded under in a printed PDF
LAYOUT_FILE_NAME = "cchc-layout.json"  # beside it: how the pages were laid out, to draw them again
ROW_FIELDS = ("title", "max", "self", "appraisal", "note")


class SheetDataError(CchcError):
    """Data that claims to be a sheet's canonical form but is not."""

    kind = "bad_sheet_data"


def _nfc(text: str | None) -> str | None:
    return None if text is None else unicodedata.normalize("NFC", text)


def canonical_data(sheet: ScoreSheet, *, unit: str, year: int, framework: str) -> dict:
    """The sheet as plain data: decimals as strings with a dot and two places, text in NFC.

    Subtotals and totals are included although they follow from the leaves, so that the
    fingerprint speaks for every figure a printed sheet shows.
    """
    rows = []
    for node in sheet.framework:
        rows.append({
            "code": node.code,
            "title": _nfc(node.title),
            "max": format_plain(node.maximum),
            "self": format_plain(sheet.score(node.code, Column.SELF)),
            "appraisal": format_plain(sheet.score(node.code, Column.APPRAISAL)),
            "note": _nfc(sheet.note(node.code)),
        })
    totals = {"max": format_plain(sheet.framework.maximum)}
    for column in MAIN_COLUMNS:
        scored = sheet.totals(None, column).scored
        totals[column.value] = format_plain(sheet.total(column, RoundingPolicy.EXACT)) if scored else None
    return {
        "format": DATA_FORMAT,
        "unit": _nfc(unit),
        "year": year,
        "framework": _nfc(framework),
        "rounding_places": sheet.rounding_places,
        "rows": rows,
        "totals": totals,
    }


def canonical_bytes(data: dict) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same data always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint_of(data: dict) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def fingerprint_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def display_fingerprint(fingerprint: str) -> str:
    """Groups of eight, easier to read aloud over the phone: '1a2b3c4d 5e6f…'."""
    return " ".join(fingerprint[i:i + 8] for i in range(0, len(fingerprint), 8))


def parse_canonical(raw: bytes) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SheetDataError("The sheet data in the file is damaged (not readable JSON).") from None
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT or not isinstance(data.get("rows"), list):
        raise SheetDataError("The file's sheet data is not in a format this program knows.")
    return data


class Difference(NamedTuple):
    """One stated value that differs between two versions of a sheet (code None: the sheet itself)."""

    code: str | None
    field: str
    then: object
    now: object


def differences(then: dict, now: dict) -> list[Difference]:
    """What changed from ``then`` to ``now``, row by row in the order of ``now``'s codes."""
    found = [Difference(None, key, then.get(key), now.get(key))
             for key in ("unit", "year", "framework", "rounding_places") if then.get(key) != now.get(key)]
    then_rows = {row.get("code"): row for row in then.get("rows", [])}
    now_rows = {row.get("code"): row for row in now.get("rows", [])}
    for code, row in now_rows.items():
        old = then_rows.get(code)
        if old is None:
            found.append(Difference(code, "added", None, row.get("title")))
            continue
        found.extend(Difference(code, name, old.get(name), row.get(name))
                     for name in ROW_FIELDS if old.get(name) != row.get(name))
    found.extend(Difference(code, "removed", row.get("title"), None)
                 for code, row in then_rows.items() if code not in now_rows)
    then_totals, now_totals = then.get("totals", {}), now.get("totals", {})
    found.extend(Difference(None, f"total {name}", then_totals.get(name), now_totals.get(name))
                 for name in ("max", "self", "appraisal") if then_totals.get(name) != now_totals.get(name))
    return found
