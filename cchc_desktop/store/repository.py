"""Reading and writing domain objects: frameworks, units, sheets and their scores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..domain.criteria import Framework
from ..domain.numbers import to_hundredths
from ..domain.scoring import Column, ScoreSheet
from . import reading, schema
from .reading import FrameworkInfo, SheetInfo  # noqa: F401 - defined with the plain-SQL read path

SCORE_COLUMN = {Column.SELF: "self_hundredths", Column.APPRAISAL: "appraisal_hundredths",
                Column.ROUND1: "round1_hundredths"}


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save_framework(connection: Connection, framework: Framework, *, name: str, year: int, level: str,
                   builtin: bool = False, rounding_places: int = 2) -> int:
    # Per set (name, year, level), as criteria_sets.next_version counts; the unique key since migration 0014.
    version = connection.execute(
        select(func.coalesce(func.max(schema.framework.c.version), 0))
        .where(schema.framework.c.year == year, schema.framework.c.level == level,
               schema.framework.c.name == name)).scalar_one() + 1
    framework_id = connection.execute(insert(schema.framework).values(
        name=name, year=year, level=level, version=version, builtin=int(builtin),
        rounding_places=rounding_places, created_at=now_text())).inserted_primary_key[0]
    connection.execute(insert(schema.criterion), [
        {"framework_id": framework_id, "code": node.code, "title": node.title,
         "maximum_hundredths": to_hundredths(node.maximum), "position": position, "is_leaf": int(node.is_leaf)}
        for position, node in enumerate(framework)
    ])
    return framework_id


def _execute(connection: Connection) -> reading.Execute:
    """reading.py's statements run through this connection (and its transaction, if one is open)."""
    return reading.execute_on(connection)


def list_frameworks(connection: Connection) -> list[FrameworkInfo]:
    return reading.list_frameworks(_execute(connection))


def load_framework(connection: Connection, framework_id: int) -> tuple[Framework, FrameworkInfo, dict[str, int]]:
    """The framework, its description, and each code's criterion id."""
    return reading.load_framework(_execute(connection), framework_id)


def find_framework(connection: Connection, framework: Framework, *, year: int, level: str) -> int | None:
    """An existing framework of that year and level with the same codes, titles and maxima."""
    wanted = [(s.code, s.title, to_hundredths(s.maximum)) for s in framework.specs()]
    for info in list_frameworks(connection):
        if info.year != year or info.level != level or info.criteria != len(wanted):
            continue
        rows = connection.execute(
            select(schema.criterion.c.code, schema.criterion.c.title, schema.criterion.c.maximum_hundredths)
            .where(schema.criterion.c.framework_id == info.id).order_by(schema.criterion.c.position)).all()
        if [tuple(r) for r in rows] == wanted:
            return info.id
    return None


def unit_id(connection: Connection, name: str, *, kind: str = "district", create: bool = True) -> int | None:
    found = connection.execute(select(schema.unit.c.id).where(schema.unit.c.name == name)).scalar_one_or_none()
    if found is not None or not create:
        return found
    return connection.execute(insert(schema.unit).values(name=name, kind=kind)).inserted_primary_key[0]


def find_sheet(connection: Connection, unit: int, year: int, framework_id: int) -> int | None:
    s = schema.sheet
    return connection.execute(select(s.c.id).where(
        s.c.unit_id == unit, s.c.year == year, s.c.framework_id == framework_id)).scalar_one_or_none()


def create_sheet(connection: Connection, *, unit: int, year: int, framework_id: int, title: str | None = None) -> int:
    return connection.execute(insert(schema.sheet).values(
        unit_id=unit, year=year, framework_id=framework_id, title=title,
        created_at=now_text())).inserted_primary_key[0]


def list_sheets(connection: Connection, sheet_id: int | None = None) -> list[SheetInfo]:
    return reading.list_sheets(_execute(connection), sheet_id)


def load_scores(connection: Connection, sheet_id: int, sheet: ScoreSheet) -> None:
    reading.load_scores(_execute(connection), sheet_id, sheet)


def load_year_scores(connection: Connection, year: int) -> dict[int, list[tuple[str, int | None, int | None]]]:
    """Every stored score of every sheet of ``year`` in one query, as (code, self, appraisal) hundredths per sheet:
    what ScoreSheet.from_hundredths reads. Notes are left out (a ranking does not show them)."""
    c, sc, s = schema.criterion, schema.score, schema.sheet
    rows = connection.execute(
        select(sc.c.sheet_id, c.c.code, sc.c.self_hundredths, sc.c.appraisal_hundredths)
        .join(c, c.c.id == sc.c.criterion_id).join(s, s.c.id == sc.c.sheet_id)
        .where(s.c.year == year)
        .where((sc.c.self_hundredths.is_not(None)) | (sc.c.appraisal_hundredths.is_not(None))))
    found: dict[int, list[tuple[str, int | None, int | None]]] = {}
    for sheet_id, code, own, appraisal in rows.all():  # one fetch: row by row costs a third more
        found.setdefault(sheet_id, []).append((code, own, appraisal))
    return found


def _upsert(*names: str) -> dict:
    """INSERT … ON CONFLICT DO UPDATE of the named score columns, with bound parameters of the same names, per
    engine (keyed by dialect name: each dialect's insert() renders its own ON CONFLICT)."""
    return {dialect: _dialect_upsert(insert_, names)
            for dialect, insert_ in (("sqlite", sqlite.insert), ("postgresql", postgresql.insert))}


def _dialect_upsert(dialect_insert, names: tuple[str, ...]):  # noqa: ANN001, ANN202 - SQLAlchemy constructs
    statement = dialect_insert(schema.score).values(
        sheet_id=bindparam("sheet_id"), criterion_id=bindparam("criterion_id"),
        **{name: bindparam(name) for name in names})
    return statement.on_conflict_do_update(index_elements=["sheet_id", "criterion_id"],
                                           set_={name: statement.excluded[name] for name in names})


# Built once: constructing an upsert costs far more than executing it.
_UPSERT_SCORE = {column: _upsert(name) for column, name in SCORE_COLUMN.items()}
_UPSERT_NOTE = _upsert("note")
_UPSERT_EXPLANATION = _upsert("explanation")
_INSERT_ROW = insert(schema.score).values(
    sheet_id=bindparam("sheet_id"), criterion_id=bindparam("criterion_id"),
    self_hundredths=bindparam("self_hundredths"), appraisal_hundredths=bindparam("appraisal_hundredths"),
    round1_hundredths=bindparam("round1_hundredths"), note=bindparam("note"),
    explanation=bindparam("explanation"))


def write_score(connection: Connection, sheet_id: int, criterion_id: int, column: Column,
                hundredths: int | None) -> None:
    connection.execute(_UPSERT_SCORE[column][connection.dialect.name],
                       {"sheet_id": sheet_id, "criterion_id": criterion_id, SCORE_COLUMN[column]: hundredths})


# The fields of a score row a compare-and-set may read (the three score columns, the note, the explanation).
CELL_FIELDS = (*SCORE_COLUMN.values(), "note", "explanation")


def locked_cell(connection: Connection, sheet_id: int, criterion_id: int) -> dict[str, object]:
    """The stored score row of one criterion (every field of CELL_FIELDS, None where nothing is stored), locked
    until the transaction ends, so that two writers comparing it with what they saw cannot both pass.

    PostgreSQL locks the row with FOR UPDATE; a row not there yet is created empty first (ON CONFLICT DO NOTHING
    waits for a concurrent creator), since FOR UPDATE locks nothing that is missing. SQLite has one writer at a
    time and ignores FOR UPDATE.
    """
    s = schema.score
    query = (select(*(s.c[name] for name in CELL_FIELDS))
             .where(s.c.sheet_id == sheet_id, s.c.criterion_id == criterion_id).with_for_update())
    row = connection.execute(query).one_or_none()
    if row is None and connection.dialect.name == "postgresql":
        connection.execute(postgresql.insert(s).values(sheet_id=sheet_id, criterion_id=criterion_id)
                           .on_conflict_do_nothing(index_elements=["sheet_id", "criterion_id"]))
        row = connection.execute(query).one_or_none()
    return dict(zip(CELL_FIELDS, row)) if row is not None else dict.fromkeys(CELL_FIELDS)


def read_cells(connection: Connection, sheet_id: int, criterion_ids: Sequence[int]) -> dict[int, dict[str, object]]:
    """The stored score rows of some criteria of a sheet (fields of CELL_FIELDS); a criterion without a row is
    left out. What another writer changed, read back to show it."""
    s = schema.score
    found: dict[int, dict[str, object]] = {}
    ids = list(criterion_ids)
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        rows = connection.execute(select(s.c.criterion_id, *(s.c[name] for name in CELL_FIELDS)).where(
            s.c.sheet_id == sheet_id, s.c.criterion_id.in_(ids[start:start + 500])))
        for criterion, *values in rows:
            found[criterion] = dict(zip(CELL_FIELDS, values))
    return found


def write_note(connection: Connection, sheet_id: int, criterion_id: int, note: str | None) -> None:
    connection.execute(_UPSERT_NOTE[connection.dialect.name], {"sheet_id": sheet_id, "criterion_id": criterion_id, "note": note})


def write_explanation(connection: Connection, sheet_id: int, criterion_id: int, explanation: str | None) -> None:
    connection.execute(_UPSERT_EXPLANATION[connection.dialect.name],
                       {"sheet_id": sheet_id, "criterion_id": criterion_id, "explanation": explanation})


def write_stage(connection: Connection, sheet_id: int, stage: str | None) -> None:
    connection.execute(update(schema.sheet).where(schema.sheet.c.id == sheet_id).values(stage=stage))


def write_new_sheet(connection: Connection, sheet_id: int, sheet: ScoreSheet, ids: dict[str, int]) -> None:
    """Write every entered score and note of a sheet that has no rows yet, in one batch."""
    rows = []
    for node in sheet.framework:
        values = {"self_hundredths": None, "appraisal_hundredths": None, "round1_hundredths": None,
                  "note": sheet.note(node.code), "explanation": sheet.explanation(node.code)}
        if node.is_leaf:
            for column, name in SCORE_COLUMN.items():
                value = sheet.entry(node.code, column)
                values[name] = None if value is None else to_hundredths(value)
        if any(value is not None for value in values.values()):
            rows.append({"sheet_id": sheet_id, "criterion_id": ids[node.code], **values})
    if rows:
        connection.execute(_INSERT_ROW, rows)


# Settings keyed by a unit's name (e.g. its signers for printing) move with the unit when it is renamed.
UNIT_SETTING_PREFIXES = ("print_profile:",)


def rename_unit(connection: Connection, sheet_id: int, new_name: str) -> None:
    unit = connection.execute(select(schema.sheet.c.unit_id).where(schema.sheet.c.id == sheet_id)).scalar_one()
    old_name = connection.execute(select(schema.unit.c.name).where(schema.unit.c.id == unit)).scalar_one()
    connection.execute(update(schema.unit).where(schema.unit.c.id == unit).values(name=new_name))
    for prefix in UNIT_SETTING_PREFIXES:
        connection.execute(update(schema.setting).where(schema.setting.c.key == prefix + old_name)
                           .values(key=prefix + new_name))


def framework_count(connection: Connection, *, year: int, level: str) -> int:
    """How many frameworks of that year and level are stored (to number the next one's name)."""
    f = schema.framework
    return connection.execute(select(func.count()).select_from(f).where(f.c.year == year, f.c.level == level)
                              ).scalar_one()
