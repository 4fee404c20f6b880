"""Reading and writing domain objects: frameworks, units, sheets and their scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..domain.criteria import CriterionSpec, Framework
from ..domain.numbers import from_hundredths, to_hundredths
from ..domain.scoring import Column, ScoreSheet
from . import schema

SCORE_COLUMN = {Column.SELF: "self_hundredths", Column.APPRAISAL: "appraisal_hundredths"}


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FrameworkInfo:
    id: int
    name: str
    year: int
    level: str
    version: int
    rounding_places: int
    builtin: bool
    criteria: int


@dataclass(frozen=True)
class SheetInfo:
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


def save_framework(connection: Connection, framework: Framework, *, name: str, year: int, level: str,
                   builtin: bool = False, rounding_places: int = 2) -> int:
    version = connection.execute(
        select(func.coalesce(func.max(schema.framework.c.version), 0))
        .where(schema.framework.c.year == year, schema.framework.c.level == level)).scalar_one() + 1
    framework_id = connection.execute(insert(schema.framework).values(
        name=name, year=year, level=level, version=version, builtin=int(builtin),
        rounding_places=rounding_places, created_at=now_text())).inserted_primary_key[0]
    connection.execute(insert(schema.criterion), [
        {"framework_id": framework_id, "code": node.code, "title": node.title,
         "maximum_hundredths": to_hundredths(node.maximum), "position": position, "is_leaf": int(node.is_leaf)}
        for position, node in enumerate(framework)
    ])
    return framework_id


def list_frameworks(connection: Connection) -> list[FrameworkInfo]:
    f, c = schema.framework, schema.criterion
    counts = select(c.c.framework_id, func.count().label("n")).group_by(c.c.framework_id).subquery()
    rows = connection.execute(
        # Named columns, not the whole table: code older than a column's migration still reads the table.
        select(f.c.id, f.c.name, f.c.year, f.c.level, f.c.version, f.c.rounding_places, f.c.builtin, counts.c.n)
        .join(counts, counts.c.framework_id == f.c.id).order_by(f.c.year.desc(), f.c.id))
    return [FrameworkInfo(r.id, r.name, r.year, r.level, r.version, r.rounding_places, bool(r.builtin), r.n)
            for r in rows]


def load_framework(connection: Connection, framework_id: int) -> tuple[Framework, FrameworkInfo, dict[str, int]]:
    """The framework, its description, and each code's criterion id."""
    info = next((i for i in list_frameworks(connection) if i.id == framework_id), None)
    if info is None:
        raise LookupError(framework_id)
    rows = connection.execute(
        select(schema.criterion.c.id, schema.criterion.c.code, schema.criterion.c.title,
               schema.criterion.c.maximum_hundredths)
        .where(schema.criterion.c.framework_id == framework_id).order_by(schema.criterion.c.position)).all()
    framework = Framework((CriterionSpec(r.code, r.title, from_hundredths(r.maximum_hundredths)) for r in rows),
                          name=info.name, year=info.year, level=info.level)
    return framework, info, {r.code: r.id for r in rows}


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
    s, u, f = schema.sheet, schema.unit, schema.framework
    query = (select(s.c.id, u.c.name.label("unit"), u.c.kind, s.c.year, s.c.framework_id, f.c.name.label("fname"),
                    s.c.title, s.c.created_at, s.c.finalized_at, s.c.document_date)
             .join(u, u.c.id == s.c.unit_id).join(f, f.c.id == s.c.framework_id).order_by(s.c.year.desc(), u.c.name))
    if sheet_id is not None:
        query = query.where(s.c.id == sheet_id)
    return [SheetInfo(r.id, r.unit, r.kind, r.year, r.framework_id, r.fname, r.title, r.created_at,
                      r.finalized_at, r.document_date) for r in connection.execute(query)]


def load_scores(connection: Connection, sheet_id: int, sheet: ScoreSheet) -> None:
    c, sc = schema.criterion, schema.score
    rows = connection.execute(
        select(c.c.code, sc.c.self_hundredths, sc.c.appraisal_hundredths, sc.c.note)
        .join(c, c.c.id == sc.c.criterion_id).where(sc.c.sheet_id == sheet_id))
    for row in rows:
        for column, value in ((Column.SELF, row.self_hundredths), (Column.APPRAISAL, row.appraisal_hundredths)):
            if value is not None:
                sheet.set_score(row.code, column, from_hundredths(value))
        if row.note:
            sheet.set_note(row.code, row.note)


def _upsert(*names: str):  # noqa: ANN202 - an SQLAlchemy Insert
    """INSERT … ON CONFLICT DO UPDATE of the named score columns, with bound parameters of the same names."""
    statement = sqlite_insert(schema.score).values(
        sheet_id=bindparam("sheet_id"), criterion_id=bindparam("criterion_id"),
        **{name: bindparam(name) for name in names})
    return statement.on_conflict_do_update(index_elements=["sheet_id", "criterion_id"],
                                           set_={name: statement.excluded[name] for name in names})


# Built once: constructing an upsert costs far more than executing it.
_UPSERT_SCORE = {column: _upsert(name) for column, name in SCORE_COLUMN.items()}
_UPSERT_NOTE = _upsert("note")
_INSERT_ROW = insert(schema.score).values(
    sheet_id=bindparam("sheet_id"), criterion_id=bindparam("criterion_id"),
    self_hundredths=bindparam("self_hundredths"), appraisal_hundredths=bindparam("appraisal_hundredths"),
    note=bindparam("note"))


def write_score(connection: Connection, sheet_id: int, criterion_id: int, column: Column,
                hundredths: int | None) -> None:
    connection.execute(_UPSERT_SCORE[column],
                       {"sheet_id": sheet_id, "criterion_id": criterion_id, SCORE_COLUMN[column]: hundredths})


def write_note(connection: Connection, sheet_id: int, criterion_id: int, note: str | None) -> None:
    connection.execute(_UPSERT_NOTE, {"sheet_id": sheet_id, "criterion_id": criterion_id, "note": note})


def write_new_sheet(connection: Connection, sheet_id: int, sheet: ScoreSheet, ids: dict[str, int]) -> None:
    """Write every entered score and note of a sheet that has no rows yet, in one batch."""
    rows = []
    for node in sheet.framework:
        values = {"self_hundredths": None, "appraisal_hundredths": None, "note": sheet.note(node.code)}
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
