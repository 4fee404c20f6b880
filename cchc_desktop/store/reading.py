"""Reading sheets and frameworks into domain objects: the one place where stored rows become them, in plain SQL.

Both ways into the database use these functions: repository.py hands them an SQLAlchemy connection
(``connection.exec_driver_sql``), services/reading.py a bare ``sqlite3`` connection, so that a read-only
command never imports SQLAlchemy and both ways always build the same sheet. Stdlib and domain only.

A new stored column that a sheet or its info carries is added HERE (the SELECT and the mapping below it),
and nowhere else: tests/store/test_reading.py compares both ways on the seed and on a generated sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from ..domain.criteria import CriterionSpec, Framework
from ..domain.numbers import from_hundredths
from ..domain.scoring import Column, ScoreSheet

# Runs one statement with qmark parameters and returns its rows as tuples (or tuple-like rows).
Execute = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]


class FrameworkInfo(NamedTuple):
    id: int
    name: str
    year: int
    level: str
    version: int
    rounding_places: int
    builtin: bool
    criteria: int


class SheetInfo(NamedTuple):
    id: int
    unit: str
    unit_kind: str
    year: int
    framework_id: int
    framework_name: str
    title: str | None
    created_at: str
    finalized_at: str | None
    document_date: str | None
    stage: str | None = None  # as stored: None outside the appraisal cycle (see schema.sheet.stage)


_FRAMEWORKS = (
    "SELECT f.id, f.name, f.year, f.level, f.version, f.rounding_places, f.builtin, counts.n "
    "FROM framework AS f JOIN (SELECT framework_id, count(*) AS n FROM criterion GROUP BY framework_id) AS counts "
    "ON counts.framework_id = f.id ORDER BY f.year DESC, f.id")

_SHEETS = (
    "SELECT s.id, u.name, u.kind, s.year, s.framework_id, f.name, s.title, s.created_at, s.finalized_at, "
    "s.document_date, s.stage FROM sheet AS s JOIN unit AS u ON u.id = s.unit_id JOIN framework AS f ON f.id = s.framework_id")
_SHEETS_ORDER = " ORDER BY s.year DESC, u.name"

_CRITERIA = ("SELECT id, code, title, maximum_hundredths FROM criterion WHERE framework_id = ? "
             "ORDER BY position")

_SCORES = ("SELECT c.code, sc.self_hundredths, sc.appraisal_hundredths, sc.round1_hundredths, sc.note, "
           "sc.explanation FROM score AS sc "
           "JOIN criterion AS c ON c.id = sc.criterion_id WHERE sc.sheet_id = ?")


def list_frameworks(execute: Execute) -> list[FrameworkInfo]:
    return [FrameworkInfo(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in execute(_FRAMEWORKS, ())]


def list_sheets(execute: Execute, sheet_id: int | None = None) -> list[SheetInfo]:
    if sheet_id is None:
        rows = execute(_SHEETS + _SHEETS_ORDER, ())
    else:
        rows = execute(_SHEETS + " WHERE s.id = ?" + _SHEETS_ORDER, (sheet_id,))
    return [SheetInfo(*r) for r in rows]


def load_framework(execute: Execute, framework_id: int) -> tuple[Framework, FrameworkInfo, dict[str, int]]:
    """The framework, its description, and each code's criterion id."""
    info = next((i for i in list_frameworks(execute) if i.id == framework_id), None)
    if info is None:
        raise LookupError(framework_id)
    rows = list(execute(_CRITERIA, (framework_id,)))
    framework = Framework((CriterionSpec(r[1], r[2], from_hundredths(r[3])) for r in rows),
                          name=info.name, year=info.year, level=info.level)
    return framework, info, {r[1]: r[0] for r in rows}


def load_scores(execute: Execute, sheet_id: int, sheet: ScoreSheet) -> None:
    for code, own, appraisal, round1, note, explanation in execute(_SCORES, (sheet_id,)):
        for column, value in ((Column.SELF, own), (Column.APPRAISAL, appraisal), (Column.ROUND1, round1)):
            if value is not None:
                sheet.set_score(code, column, from_hundredths(value))
        if note:
            sheet.set_note(code, note)
        if explanation:
            sheet.set_explanation(code, explanation)


def load_sheet(execute: Execute, info: SheetInfo) -> tuple[FrameworkInfo, ScoreSheet, dict[str, int]]:
    """A listed sheet with its framework and every stored score and note."""
    framework, framework_info, ids = load_framework(execute, info.framework_id)
    sheet = ScoreSheet(framework, rounding_places=framework_info.rounding_places)
    load_scores(execute, info.id, sheet)
    return framework_info, sheet, ids


# --- scoring rules, figures and not-applicable marks (the tables of migration 0006) --------------------------

class StoredRule(NamedTuple):
    path: str
    label: str  # the number the decision prints (the path where it prints none)
    kind: str  # score, bonus, deduction
    rule: str | None  # JSON of domain.rules.to_dict; None is manual


def execute_on(connection: Any) -> Execute:
    """An SQLAlchemy connection as an ``Execute`` (its transaction, if one is open); no SQLAlchemy import here."""
    return lambda statement, parameters: driver_sql(connection, statement, parameters)


def driver_sql(connection: Any, statement: str, parameters: Sequence[Any] | Sequence[Sequence[Any]] = ()) -> Any:
    """A qmark statement (``?`` parameters) on an SQLAlchemy connection of either engine: psycopg takes ``%s``.

    The statements here hold no ``?`` other than parameters. A list of tuples runs the statement once each.
    """
    if connection.dialect.paramstyle != "qmark":  # psycopg parses every statement for placeholders, even bare
        statement = statement.replace("%", "%%").replace("?", "%s")
    if parameters and not isinstance(parameters[0], (tuple, list)):
        parameters = tuple(parameters)
    return connection.exec_driver_sql(statement, parameters)


def load_rules(execute: Execute, framework_id: int) -> list[StoredRule]:
    """Every criterion of the set in order, with its kind and rule (score and manual where none is stored)."""
    rows = execute("SELECT c.code, c.label, r.kind, r.rule FROM criterion c "
                   "LEFT JOIN criterion_rule r ON r.criterion_id = c.id "
                   "WHERE c.framework_id = ? ORDER BY c.position", (framework_id,))
    return [StoredRule(path, label or path, kind or "score", rule) for path, label, kind, rule in rows]


def load_figures(execute: Execute, sheet_id: int) -> dict[str, dict[str, str | None]]:
    """path → {"self": text, "appraisal": text} for rows with any figures."""
    rows = execute("SELECT c.code, f.self_figures, f.appraisal_figures FROM score_figures f "
                   "JOIN criterion c ON c.id = f.criterion_id WHERE f.sheet_id = ?", (sheet_id,))
    return {path: {"self": own, "appraisal": appraised} for path, own, appraised in rows
            if own is not None or appraised is not None}


def load_not_applicable(execute: Execute, sheet_id: int) -> dict[str, str]:
    """path → reason of the rows marked not applicable."""
    rows = execute("SELECT c.code, n.reason FROM not_applicable n JOIN criterion c ON c.id = n.criterion_id "
                   "WHERE n.sheet_id = ?", (sheet_id,))
    return {path: reason for path, reason in rows}


def load_grades(execute: Execute, framework_id: int) -> str | None:
    rows = list(execute("SELECT grades FROM grade_scale WHERE framework_id = ?", (framework_id,)))
    return rows[0][0] if rows else None


# --- what printing reads besides the sheet: the unit's print profile and the audit chain's head ----------

AUDIT_GENESIS = "0" * 64  # store/audit.py's GENESIS: the head of an empty log


def load_setting(execute: Execute, key: str) -> str | None:
    rows = list(execute("SELECT value FROM setting WHERE key = ?", (key,)))
    return rows[0][0] if rows else None


def load_unit_parent(execute: Execute, unit: str) -> str | None:
    """The body above the unit, as recorded for document headers (None when not recorded)."""
    rows = list(execute("SELECT parent_name FROM unit WHERE name = ?", (unit,)))
    return (rows[0][0] or None) if rows else None


def audit_head(execute: Execute) -> tuple[int, str]:
    """The audit log's last row number and hash, as store/audit.head gives them (0 and 64 zeros when empty)."""
    rows = list(execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", ()))
    return (rows[0][0], rows[0][1]) if rows else (0, AUDIT_GENESIS)


def finalized_at(execute: Execute, sheet_id: int) -> str | None:
    rows = list(execute("SELECT finalized_at FROM sheet WHERE id = ?", (sheet_id,)))
    return rows[0][0] if rows else None


def load_evidence(execute: Execute, sheet_id: int) -> dict[str, list[dict]]:
    """path → its evidence files [{name, sha256, size}] in the order attached, for rows with any."""
    rows = execute("SELECT c.code, e.name, e.sha256, e.size FROM evidence e JOIN criterion c ON c.id = e.criterion_id "
                   "WHERE e.sheet_id = ? ORDER BY c.position, e.id", (sheet_id,))
    found: dict[str, list[dict]] = {}
    for path, name, sha256, size in rows:
        found.setdefault(path, []).append({"name": name, "sha256": sha256, "size": size})
    return found
