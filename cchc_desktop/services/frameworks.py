"""Criteria sets in a workspace: import from a decision's file or an exported set, list, show, export."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..domain.criteria_sets import (
    LEVELS,
    CriteriaWarning,
    CriterionRow,
    SetDocument,
    content_digest,
    read_set_document,
    row_record,
    set_document,
)
from ..domain.errors import CchcError
from ..domain.rule_text import RecognitionReport
from ..domain.rules import to_dict
from ..domain.tables import ImportRefused
from ..store import criteria_sets as store
from ..store.criteria_sets import CriteriaSetInfo
from . import rules
from .workspace import Workspace

__all__ = ["LEVELS", "CriteriaSetInfo", "ImportedSet", "SetNotFoundError", "export_set", "find_set", "import_document",
           "import_set", "list_sets", "set_dict"]

MAX_JSON_BYTES = 50 * 1024 * 1024


class SetNotFoundError(CchcError):
    kind = "set_not_found"


@dataclass
class ImportedSet:
    id: int
    warnings: list[CriteriaWarning] = field(default_factory=list)
    existing: bool = False  # the same set (same digest) was already in the database
    # The scoring rules read from the guide text (None for a set already in the database).
    recognition: RecognitionReport | None = None
    labels: dict[str, str] = field(default_factory=dict)  # path → the code the decision prints


def import_set(workspace: Workspace, path: Path | str, *, name: str | None = None, year: int | None = None,
               level: str | None = None, columns: dict[str, int] | None = None) -> ImportedSet:
    """Make a criteria set of a .docx/.xlsx/.txt table, or bring in a set exported as .json.

    A table file needs name, year and level; an exported set carries its own (given ones override them).
    Importing a set the database already holds (same content, name, year and level) gives the existing id.
    """
    path = Path(path)
    warnings: list[CriteriaWarning] = []
    if path.suffix.lower() == ".json":
        document = read_set_document(_load_json(path), source=path.name)
        rows = document.rows
        name, year, level = name or document.name, year or document.year, level or document.level
    else:
        from ..reports.criteria_files import read_criteria_file

        missing = [flag for flag, value in (("--name", name), ("--year", year), ("--level", level)) if not value]
        if missing:
            raise CchcError(f"Importing a table needs {', '.join(missing)}: the file does not say them.",
                            kind="missing_fields", missing=missing)
        criteria = read_criteria_file(path, columns=columns)
        rows, warnings = criteria.rows, criteria.warnings
    if level not in LEVELS:
        raise CchcError(f"“{level}” is not a level: choose one of {', '.join(LEVELS)}.", kind="bad_level")
    name = " ".join(name.split())
    return _save_set(workspace, rows, name, year, level, warnings)


def import_document(workspace: Workspace, document: SetDocument) -> ImportedSet:
    """Bring in a set already read from its exchange form (e.g. carried inside a .cchc package)."""
    return _save_set(workspace, document.rows, " ".join(document.name.split()), document.year, document.level, [])


def find_set(workspace: Workspace, digest: str) -> int | None:
    """The set in the database whose canonical content has this SHA-256, if any (changes nothing)."""
    with workspace.engine.connect() as connection:
        for info in store.list_criteria_sets(connection):
            info, stored = store.load_criteria_set(connection, info.id)
            if content_digest(info.name, info.year, info.level, stored) == digest:
                return info.id
    return None


def _save_set(workspace: Workspace, rows: list[CriterionRow], name: str, year: int, level: str,
              warnings: list[CriteriaWarning]) -> ImportedSet:
    digest = content_digest(name, year, level, rows)
    recognition = rules.recognise_rows(rows)
    try:
        with workspace.engine.begin() as connection:
            for info in store.list_criteria_sets(connection):
                if (info.name, info.year, info.level, info.criteria) == (name, year, level, len(rows)):
                    _, stored = store.load_criteria_set(connection, info.id)
                    if content_digest(name, year, level, stored) == digest:
                        return ImportedSet(info.id, warnings, existing=True)
            set_id = store.save_criteria_set(connection, rows, name=name, year=year, level=level)
            rules.save_recognised(connection, set_id, recognition)
    except DBAPIError as error:
        raise CchcError(f"The criteria set could not be saved: {error.orig}", kind="store") from None
    return ImportedSet(set_id, warnings, recognition=recognition, labels={row.path: row.code for row in rows})


def _load_json(path: Path) -> object:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"{path.name} cannot be read ({error.strerror or error}).", kind="unreadable") from None
    if len(data) > MAX_JSON_BYTES:
        raise ImportRefused(f"{path.name} is too large to be a criteria set.", kind="too_large")
    if not data.strip():
        raise ImportRefused(f"{path.name} is empty.", kind="empty_file")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused(f"{path.name} is not a readable JSON file ({error}).", kind="bad_set_file") from None
    except RecursionError:  # brackets nested thousands deep: not a set this program wrote
        raise ImportRefused(f"{path.name} is not a criteria set: its JSON is nested too deeply.",
                            kind="bad_set_file") from None


def list_sets(workspace: Workspace) -> list[CriteriaSetInfo]:
    with workspace.engine.connect() as connection:
        return store.list_criteria_sets(connection)


def load_set(workspace: Workspace, set_id: int) -> tuple[CriteriaSetInfo, list[CriterionRow]]:
    with workspace.engine.connect() as connection:
        try:
            return store.load_criteria_set(connection, set_id)
        except LookupError:
            raise SetNotFoundError(f"There is no criteria set {set_id} (see: cchc frameworks).",
                                   set_id=set_id) from None


def set_dict(workspace: Workspace, set_id: int) -> dict:
    """What `cchc framework show --json` prints: the set and its rows in document order."""
    info, rows = load_set(workspace, set_id)
    document = set_document(name=info.name, year=info.year, level=info.level, version=info.version, rows=rows)
    book = rules.rule_book(workspace, set_id)

    def record(row: CriterionRow) -> dict:
        rule = book.rules.get(row.path)
        return row_record(row) | {"rule": None if rule is None or rule.kind == "manual" else to_dict(rule)}

    return {"id": info.id, "name": info.name, "year": info.year, "level": info.level, "version": info.version,
            "max": document["maximum"], "rows": [record(row) for row in rows]}


def export_set(workspace: Workspace, set_id: int, path: Path | str) -> str:
    """Write the set as .json (the exchange form) or .xlsx (a table that imports back); return its SHA-256."""
    path = Path(path)
    info, rows = load_set(workspace, set_id)
    document = set_document(name=info.name, year=info.year, level=info.level, version=info.version, rows=rows)
    suffix = path.suffix.lower()
    if suffix == ".json":
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        _write_atomically(path, text.encode("utf-8"))
    elif suffix == ".xlsx":
        from ..reports.criteria_files import criteria_workbook

        _write_atomically(path, criteria_workbook(name=info.name, year=info.year, level=info.level, rows=rows))
    else:
        raise CchcError(f"{path.name}: export to a .json or an .xlsx file.", kind="bad_suffix")
    return document["sha256"]


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CchcError(f"{path} cannot be written ({error.strerror or error}).", kind="unwritable") from None
