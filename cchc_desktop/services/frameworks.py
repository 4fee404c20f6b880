"""Criteria sets in a workspace: import from a decision's file or an exported set, list, show, export."""

from __future__ import annotations

import json
from decimal import Decimal
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..domain.criteria_sets import (
    LEVELS,
    CriteriaWarning,
    CriterionRow,
    SetDocument,
    canonical_grades,
    canonical_rule,
    content_digest,
    read_set_document,
    set_document,
)
from ..domain.criteria_editing import EditNode, rows_of, tree_of
from ..domain.errors import CchcError
from ..domain.rule_text import RecognitionReport
from ..domain.rules import to_dict
from ..domain.tables import ImportRefused
from ..store import criteria_sets as store
from ..store.criteria_sets import CriteriaSetInfo
from . import rules
from .workspace import Workspace

__all__ = ["LEVELS", "CriteriaSetInfo", "EditNode", "ImportedSet", "SavedSet", "ScoresImported",
           "SetNotFoundError", "copy_set", "delete_set", "exchange_document", "load_full_set", "stored_digest", "edit_tree", "export_set", "find_set", "import_document", "import_scores",
           "import_set", "list_sets", "new_sheet", "offered_sets", "save_set", "set_dict", "unit_level"]

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
               level: str | None = None, columns: dict[str, int] | None = None,
               header_row: int | None = None) -> ImportedSet:
    """Make a criteria set of a .docx/.xlsx/.txt table, or bring in a set exported as .json.

    A table file needs name, year and level; an exported set carries its own (given ones override them).
    Importing a set the database already holds (same content, name, year and level) gives the existing id.
    """
    path = Path(path)
    warnings: list[CriteriaWarning] = []
    if path.suffix.lower() == ".json":
        document = read_set_document(_load_json(path), source=path.name)
        rows, grades = document.rows, document.grades
        name, year, level = name or document.name, year or document.year, level or document.level
    else:
        from ..reports.criteria_files import read_criteria_file  # noqa: I001

        missing = [flag for flag, value in (("--name", name), ("--year", year), ("--level", level)) if not value]
        if missing:
            raise CchcError(f"Importing a table needs {', '.join(missing)}: the file does not say them.",
                            kind="missing_fields", missing=missing)
        if header_row is None:
            criteria = read_criteria_file(path, columns=columns)
        else:  # columns picked by the user: the table starts below the header row they pointed at
            from ..domain.criteria_sets import read_criteria
            from ..reports.criteria_files import criteria_rows

            criteria = read_criteria(criteria_rows(path)[header_row:], source=path.name, columns=columns)
        rows, warnings, grades = criteria.rows, criteria.warnings, None
        recognition = rules.recognise_rows(rows)
        # A decision's table says its rules in words: the readable ones become the leaves' rules.
        for row, result in zip((row for row in rows if row.is_leaf), recognition.results):
            if result.recognised or result.rule.not_applicable is not None:
                row.rule = to_dict(result.rule)
    if level not in LEVELS:
        raise CchcError(f"“{level}” is not a level: choose one of {', '.join(LEVELS)}.", kind="bad_level")
    name = " ".join(name.split())
    imported = _save_set(workspace, rows, name, year, level, warnings, grades)
    if path.suffix.lower() != ".json" and not imported.existing:
        imported.recognition = recognition
    return imported


def import_document(workspace: Workspace, document: SetDocument) -> ImportedSet:
    """Bring in a set already read from its exchange form (e.g. carried inside a .cchc package)."""
    return _save_set(workspace, document.rows, " ".join(document.name.split()), document.year, document.level, [],
                     document.grades)


def find_set(workspace: Workspace, digest: str) -> int | None:
    """The set in the database whose canonical content has this SHA-256, if any (changes nothing)."""
    with workspace.engine.connect() as connection:
        for info in store.list_criteria_sets(connection):
            if stored_digest(connection, info.id) == digest:
                return info.id
    return None


def _load_full(connection, set_id: int) -> tuple[CriteriaSetInfo, list[CriterionRow], list[dict] | None]:  # noqa: ANN001
    """A stored set with each row's kind and rule, and its grades (None: the standard ones)."""
    from ..store import rules as rule_store

    info, rows = store.load_criteria_set(connection, set_id)
    stored = {s.path: s for s in rule_store.load_rules(connection, set_id)}
    for row in rows:
        found = stored.get(row.path)
        if found is not None:
            row.kind = found.kind
            row.rule = None if found.rule is None else canonical_rule(json.loads(found.rule))
    grades = rule_store.load_grades(connection, set_id)
    return info, rows, None if grades is None else canonical_grades(json.loads(grades))


def stored_digest(connection, set_id: int) -> str:  # noqa: ANN001
    """The SHA-256 of a stored set's content, its rules, kinds and grades included."""
    info, rows, grades = _load_full(connection, set_id)
    return content_digest(info.name, info.year, info.level, rows, grades)


def _save_rules(connection, set_id: int, rows: list[CriterionRow], grades: list[dict] | None) -> None:  # noqa: ANN001
    """Store each row's kind and rule and the set's grades, as a new set (or version) carries them."""
    from ..store import rules as rule_store

    rule_store.save_rules(connection, set_id, {
        row.path: (row.kind, None if canonical_rule(row.rule) is None
                   else json.dumps(canonical_rule(row.rule), ensure_ascii=False))
        for row in rows if row.kind != "score" or canonical_rule(row.rule) is not None})
    grades = canonical_grades(grades)
    if grades is not None:
        rule_store.save_grades(connection, set_id, json.dumps(grades, ensure_ascii=False))


def _save_set(workspace: Workspace, rows: list[CriterionRow], name: str, year: int, level: str,
              warnings: list[CriteriaWarning], grades: list[dict] | None = None) -> ImportedSet:
    digest = content_digest(name, year, level, rows, grades)
    try:
        with workspace.engine.begin() as connection:
            for info in store.list_criteria_sets(connection):
                if (info.name, info.year, info.level, info.criteria) == (name, year, level, len(rows)):
                    if stored_digest(connection, info.id) == digest:
                        return ImportedSet(info.id, warnings, existing=True)
            set_id = store.save_criteria_set(connection, rows, name=name, year=year, level=level)
            _save_rules(connection, set_id, rows, grades)
    except DBAPIError as error:
        raise CchcError(f"The criteria set could not be saved: {error.orig}", kind="store") from None
    return ImportedSet(set_id, warnings, labels={row.path: row.code for row in rows})


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
    """A set's description and rows, each row with its kind and rule."""
    return load_full_set(workspace, set_id)[:2]


def load_full_set(workspace: Workspace, set_id: int) -> tuple[CriteriaSetInfo, list[CriterionRow], list[dict] | None]:
    """As load_set, with the set's grades (None: the standard ones)."""
    with workspace.engine.connect() as connection:
        try:
            return _load_full(connection, set_id)
        except LookupError:
            raise SetNotFoundError(f"There is no criteria set {set_id} (see: cchc frameworks).",
                                   set_id=set_id) from None


def exchange_document(workspace: Workspace, set_id: int) -> dict:
    """The set's exchange form (JSON export, .cchc package): rows with kinds and rules, grades, SHA-256."""
    info, rows, grades = load_full_set(workspace, set_id)
    return set_document(name=info.name, year=info.year, level=info.level, version=info.version, rows=rows,
                        grades=grades)


def set_dict(workspace: Workspace, set_id: int) -> dict:
    """What `cchc framework show --json` prints: the set and its rows in document order."""
    info, rows, _ = load_full_set(workspace, set_id)
    document = exchange_document(workspace, set_id)
    return {"id": info.id, "name": info.name, "year": info.year, "level": info.level, "version": info.version,
            "max": document["maximum"], "grades": document["grades"], "rows": document["rows"]}


def export_set(workspace: Workspace, set_id: int, path: Path | str) -> str:
    """Write the set as .json (the exchange form) or .xlsx (a table that imports back); return its SHA-256."""
    path = Path(path)
    info, rows = load_set(workspace, set_id)
    document = exchange_document(workspace, set_id)
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


# --- sheets of a chosen set -----------------------------------------------------------------------------
def unit_level(workspace: Workspace, unit: str) -> str | None:
    """The level a unit already has (names compared as the workspace compares them), None for a new unit."""
    from ..domain.sheet_title import unit_key

    with workspace.engine.connect() as connection:
        levels = store.unit_levels(connection)
    key = unit_key(unit)
    return next((level for name, level in levels.items() if unit_key(name) == key), None)


def unit_levels(workspace: Workspace) -> dict[str, str]:
    with workspace.engine.connect() as connection:
        return store.unit_levels(connection)


def _checked_level(workspace: Workspace, unit: str, info: CriteriaSetInfo, level: str | None) -> str:
    """The unit's level: the one asked for, or the one it has, or the set's; a set of another level is refused."""
    if level is not None and level not in LEVELS:
        raise CchcError(f"“{level}” is not a level: choose one of {', '.join(LEVELS)}.", kind="bad_level")
    known = unit_level(workspace, unit)
    if level is not None and known is not None and level != known:
        raise CchcError(f"{unit} is a {known} unit, not a {level} one.", kind="level_mismatch",
                        unit=unit, unit_level=known, set_level=level)
    level = level or known or info.level
    if level != info.level:
        raise CchcError(f"Criteria set {info.id} is for {info.level} units but {unit} is a {level} unit: choose a "
                        f"{level} set (see: cchc frameworks).", kind="level_mismatch", unit=unit,
                        unit_level=level, set_level=info.level)
    return level


def new_sheet(workspace: Workspace, *, unit: str, year: int, framework_id: int, level: str | None = None) -> int:
    """An empty sheet of ``unit`` for ``year`` scored against the chosen set; a new unit is created at its level."""
    info, _ = load_set(workspace, framework_id)
    level = _checked_level(workspace, unit, info, level)
    return workspace.create_sheet(unit=unit, year=year, framework_id=framework_id, kind=level)


def offered_sets(sets: list[CriteriaSetInfo], *, level: str | None, year: int | None) -> list[CriteriaSetInfo]:
    """Sets in the order a new sheet offers them: its level and year first, then its level, then the rest."""
    def rank(info: CriteriaSetInfo) -> tuple:
        return (info.level != level, info.year != year, -info.year, info.name, -info.version)

    return sorted(sets, key=rank)


@dataclass(frozen=True)
class ScoresImported:
    sheet_id: int
    created: bool  # a new sheet, or the unit's existing sheet of that set and year
    columns: tuple
    warnings: list


def import_scores(workspace: Workspace, path: Path | str, *, unit: str, year: int, framework_id: int,
                  level: str | None = None, source: str = "import") -> ScoresImported:
    """Put a score table's scores into the unit's sheet of a chosen set, matching rows by their path (1.2.3).

    The file's rows that match no criterion of the set are refused, all named; criteria the file lacks stay
    blank. The unit's existing sheet of that year and set receives the scores; otherwise a new one is made.
    """
    from ..domain.names import clean_name
    from ..domain.scoring import ScoreSheet
    from ..store import repository
    from .workspace import Edit, SheetExistsError

    table = workspace.read_table_file(path)
    info, rows = load_set(workspace, framework_id)
    by_path = {row.path: row for row in rows}
    unmatched = [spec.code for spec in table.framework.specs() if spec.code not in by_path]
    if unmatched:
        names = ", ".join(unmatched[:20]) + (f" and {len(unmatched) - 20} more" if len(unmatched) > 20 else "")
        raise ImportRefused(f"{Path(path).name}: these rows match no criterion of set {info.id} ({info.name}): "
                            f"{names}. Check the numbering, or choose the set the file was made for.",
                            kind="framework_mismatch", code=unmatched[0], codes=names, set_name=info.name)
    edits = []
    for leaf in table.framework.leaves():
        for column in table.columns:
            value = table.sheet.entry(leaf.code, column)
            if value is None:
                continue
            if not by_path[leaf.code].is_leaf:
                raise ImportRefused(f"{Path(path).name}: {leaf.code} has sub-criteria in set {info.id}; only "
                                    "sub-criteria take scores.", kind="not_leaf", code=leaf.code)
            edits.append(Edit(leaf.code, column, value))
    existing = workspace.find_unit_sheet(unit, year)
    if existing is not None:
        if existing.framework_id != framework_id:
            raise SheetExistsError(f"{existing.unit} already has a {year} sheet (sheet {existing.id}) scored "
                                   f"against another criteria set.", sheet_id=existing.id, unit=existing.unit,
                                   year=year)
        document = workspace.open_sheet(existing.id)
        document.apply(edits, source=source)
        return ScoresImported(existing.id, False, table.columns, table.warnings)
    level = _checked_level(workspace, unit, info, level)
    name = clean_name(unit)
    if not name:
        raise CchcError("The unit name is empty.", kind="empty_unit")
    # The one unit of work: the sheet, its scores and their audit rows, or nothing.
    with workspace.write(None, source) as work:
        framework, _, ids = repository.load_framework(work.connection, framework_id)
        sheet = ScoreSheet(framework)
        for edit in edits:
            sheet.check(edit.code, edit.column, edit.value)
        work.sheet_id = workspace._new_sheet(work.connection, name, year, framework_id, level)
        for edit in edits:
            work.score(edit.code, ids[edit.code], edit.column, None, edit.value)
    sheet_id = work.sheet_id
    return ScoresImported(sheet_id, True, table.columns, table.warnings)


# --- editing ----------------------------------------------------------------------------------------------
def edit_tree(workspace: Workspace, set_id: int) -> tuple[CriteriaSetInfo, list[EditNode]]:
    """A set as the editor shows it: its description and its criteria as a tree."""
    info, rows = load_set(workspace, set_id)
    return info, tree_of(rows)


@dataclass(frozen=True)
class SavedSet:
    id: int
    new_version: bool  # the set was frozen (used by a sheet, or built in): the edit became a new version
    warnings: list[CriteriaWarning]


def is_frozen(info: CriteriaSetInfo) -> bool:
    """A set a sheet is scored against (or the built-in one) never changes: editing it makes a new version."""
    return info.sheets > 0 or info.builtin


def save_set(workspace: Workspace, set_id: int, roots: list[EditNode], *, name: str | None = None,
             grades: list[dict] | None = None) -> SavedSet:
    """Store an edited tree (each node's kind and rule with it): in place if no sheet uses the set, else as a new
    version based on it. ``grades`` None keeps the set's grades."""
    from ..store import rules as rule_store

    info, _, old_grades = load_full_set(workspace, set_id)
    grades = old_grades if grades is None else canonical_grades(grades)
    rows, warnings = rows_of(roots)
    name = " ".join((name or info.name).split())
    if not name:
        raise CchcError("The criteria set needs a name.", kind="missing_fields", missing=["name"])
    try:
        with workspace.engine.begin() as connection:
            # Checked again inside the transaction: a sheet may have been made from the set since it was opened.
            [current] = store.list_criteria_sets(connection, set_id)
            if is_frozen(current):
                new_id = store.save_criteria_set(connection, rows, name=name, year=info.year, level=info.level,
                                                 based_on=set_id)
                _save_rules(connection, new_id, rows, grades)
                return SavedSet(new_id, True, warnings)
            store.replace_criteria(connection, set_id, rows, name=name)
            rule_store.clear_grades(connection, set_id)
            _save_rules(connection, set_id, rows, grades)
    except DBAPIError as error:
        raise CchcError(f"The criteria set could not be saved: {error.orig}", kind="store") from None
    return SavedSet(set_id, False, warnings)


def delete_set(workspace: Workspace, set_id: int) -> CriteriaSetInfo:
    """Delete a set no sheet is scored against; return what it was. The built-in set and a set in use stay."""
    try:
        with workspace.engine.begin() as connection:
            found = store.list_criteria_sets(connection, set_id)
            if not found:
                raise SetNotFoundError(f"There is no criteria set {set_id} (see: cchc frameworks).", set_id=set_id)
            [info] = found
            # Checked inside the transaction: a sheet may have been made from the set since the list was read.
            if info.sheets:
                raise CchcError(f"“{info.name}” cannot be deleted: {info.sheets} sheet(s) are scored against it. "
                                "Delete those sheets first, or keep the set.", kind="set_in_use", name=info.name,
                                sheets=info.sheets)
            if info.builtin:
                raise CchcError(f"“{info.name}” is built in and cannot be deleted.", kind="builtin_set",
                                name=info.name)
            store.delete_criteria_set(connection, set_id)
    except DBAPIError as error:
        raise CchcError(f"The criteria set could not be deleted: {error.orig}", kind="store") from None
    return info


def copy_set(workspace: Workspace, set_id: int, *, year: int, name: str | None = None) -> int:
    """A copy of a set for another year (same level and criteria), to be edited into that year's set."""
    if not 2000 <= year <= 2100:
        raise CchcError(f"{year} is not a plausible year (2000–2100).", kind="bad_year", year=year)
    info, rows, grades = load_full_set(workspace, set_id)
    if name is None:
        name = info.name.replace(str(info.year), str(year)) if str(info.year) in info.name \
            else f"{info.name} ({year})"
    copied, _ = rows_of(tree_of(rows))
    for old, new in zip(rows, copied):
        new.warning = old.warning if new.warning is None else new.warning
    try:
        with workspace.engine.begin() as connection:
            copy_id = store.save_criteria_set(connection, copied, name=" ".join(name.split()), year=year,
                                              level=info.level, based_on=set_id)
            _save_rules(connection, copy_id, copied, grades)
            return copy_id
    except DBAPIError as error:
        raise CchcError(f"The criteria set could not be saved: {error.orig}", kind="store") from None


def preview_rows(path: Path | str, limit: int = 15) -> list[list[str]]:
    """The first rows of a table file as cell text: what the column-mapping step shows."""
    from ..reports.criteria_files import criteria_rows

    return [cells for _, cells in criteria_rows(path)[:limit]]


# --- kinds and grades of a set ------------------------------------------------------------------------------
def _node_at(roots: list[EditNode], path: str) -> EditNode:
    nodes, node = roots, None
    for part in path.split("."):
        node = nodes[int(part) - 1]
        nodes = node.children
    assert node is not None
    return node


def set_kind(workspace: Workspace, set_id: int, criterion: str, kind: str) -> tuple[str, SavedSet]:
    """Mark a criterion score, bonus (điểm thưởng) or deduction (điểm trừ); a set in use gets a new version."""
    from ..domain.index import CriterionKind

    info, roots = edit_tree(workspace, set_id)
    path = rules.rule_book(workspace, set_id).resolve(criterion)
    value = CriterionKind.parse(kind).value
    if not is_frozen(info):
        rules.set_criterion_kind(workspace, set_id, path, value)
        return path, SavedSet(set_id, False, [])
    _node_at(roots, path).kind = value
    return path, save_set(workspace, set_id, roots)


def parse_grades(text: str) -> list[dict]:
    """“90=Tốt,80=Khá,65=Trung bình,0=Yếu” (or with “;” between bands, for decimals such as 82,5) as grade
    bands, checked as the index applies them: each from 0 to 100, one starting at 0, no two at one bound."""
    from ..domain.index import GradeBand, GradeScale
    from ..domain.numbers import parse_score

    parts = [part.strip() for part in text.split(";" if ";" in text else ",") if part.strip()]
    bands = []
    for part in parts:
        bound, equals, label = part.partition("=")
        if not equals or not label.strip():
            raise CchcError(f"“{part}” is not a grade: write it as FROM=NAME, e.g. 90=Tốt.", kind="grade_text",
                            text=part)
        try:
            lower = parse_score(bound.strip())
        except CchcError:
            raise CchcError(f"“{bound.strip()}” in “{part}” is not a number: write it as FROM=NAME, e.g. 90=Tốt.",
                            kind="grade_text", text=part) from None
        if lower > 100:
            raise CchcError(f"The grade “{label.strip()}” starts at {lower}, above 100: the index is at most 100.",
                            kind="grade_above_100", label=label.strip(), lower=lower)
        bands.append(GradeBand(Decimal(f"{lower.normalize():f}"), " ".join(label.split())))
    return GradeScale(tuple(bands)).to_dict()


def set_grades(workspace: Workspace, set_id: int, grades: list[dict]) -> SavedSet:
    """Give the set its own grade bands (xếp loại); a set in use gets a new version with them."""
    from ..store import rules as rule_store

    info, roots = edit_tree(workspace, set_id)
    grades = canonical_grades(grades)
    if is_frozen(info):
        return save_set(workspace, set_id, roots, grades=grades if grades is not None else _standard_grades())
    with workspace.engine.begin() as connection:
        rule_store.clear_grades(connection, set_id)
        if grades is not None:
            rule_store.save_grades(connection, set_id, json.dumps(grades, ensure_ascii=False))
    return SavedSet(set_id, False, [])


def _standard_grades() -> list[dict]:
    from ..domain.index import DEFAULT_GRADES

    return DEFAULT_GRADES.to_dict()
