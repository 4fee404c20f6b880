"""Storing criteria sets: each criterion's path, printed label, maximum, guide text and warning."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, case, delete, func, insert, select, update

from ..domain.criteria_sets import CriterionRow
from ..domain.numbers import from_hundredths, to_hundredths
from . import schema
from .repository import now_text


@dataclass(frozen=True)
class CriteriaSetInfo:
    id: int
    name: str
    year: int
    level: str
    version: int
    builtin: bool
    criteria: int
    leaves: int
    maximum: Decimal  # the sum of the top-level rows' maxima
    sheets: int  # sheets scored against this set
    based_on: int | None = None  # the set this one was copied from (migration 0005)


def save_criteria_set(connection: Connection, rows: list[CriterionRow], *, name: str, year: int, level: str,
                      builtin: bool = False, rounding_places: int = 2, based_on: int | None = None) -> int:
    """Insert a new set; its version follows the last one of the same name, year and level (1 for a new name)."""
    f = schema.framework
    version = next_version(connection, name=name, year=year, level=level)
    framework_id = connection.execute(insert(f).values(
        name=name, year=year, level=level, version=version, builtin=int(builtin),
        rounding_places=rounding_places, created_at=now_text(), based_on=based_on)).inserted_primary_key[0]
    _insert_rows(connection, framework_id, rows)
    return framework_id


def next_version(connection: Connection, *, name: str, year: int, level: str) -> int:
    """The version a new set of this name, year and level gets: a set is known by the three (migration 0014)."""
    f = schema.framework
    return connection.execute(select(func.coalesce(func.max(f.c.version), 0))
                              .where(f.c.year == year, f.c.level == level, f.c.name == name)).scalar_one() + 1


def _insert_rows(connection: Connection, framework_id: int, rows: list[CriterionRow]) -> None:
    connection.execute(insert(schema.criterion), [
        {"framework_id": framework_id, "code": row.path, "label": None if row.code == row.path else row.code,
         "title": row.title, "maximum_hundredths": to_hundredths(row.maximum), "position": position,
         "is_leaf": int(row.is_leaf), "guide": row.guide, "warning": row.warning}
        for position, row in enumerate(rows)])


def list_criteria_sets(connection: Connection, framework_id: int | None = None) -> list[CriteriaSetInfo]:
    f, c, s = schema.framework, schema.criterion, schema.sheet
    top_level = c.c.code.not_like("%.%")
    counts = (select(c.c.framework_id, func.count().label("n"), func.sum(c.c.is_leaf).label("leaves"),
                     func.sum(case((top_level, c.c.maximum_hundredths), else_=0)).label("max"))
              .group_by(c.c.framework_id).subquery())
    used = select(s.c.framework_id, func.count().label("sheets")).group_by(s.c.framework_id).subquery()
    query = (select(f.c.id, f.c.name, f.c.year, f.c.level, f.c.version, f.c.builtin, f.c.based_on, counts.c.n,
                    counts.c.leaves, counts.c.max, func.coalesce(used.c.sheets, 0).label("used"))
             .join(counts, counts.c.framework_id == f.c.id)
             .outerjoin(used, used.c.framework_id == f.c.id)
             .order_by(f.c.year.desc(), f.c.level, f.c.name, f.c.version, f.c.id))
    if framework_id is not None:
        query = query.where(f.c.id == framework_id)
    return [CriteriaSetInfo(r.id, r.name, r.year, r.level, r.version, bool(r.builtin), r.n, int(r.leaves or 0),
                            from_hundredths(int(r.max or 0)), r.used, r.based_on) for r in connection.execute(query)]


def load_criteria_set(connection: Connection, framework_id: int) -> tuple[CriteriaSetInfo, list[CriterionRow]]:
    found = list_criteria_sets(connection, framework_id)
    if not found:
        raise LookupError(framework_id)
    c = schema.criterion
    result = connection.execute(
        select(c.c.code, c.c.label, c.c.title, c.c.maximum_hundredths, c.c.guide, c.c.warning)
        .where(c.c.framework_id == framework_id).order_by(c.c.position))
    rows: list[CriterionRow] = []
    by_path: dict[str, CriterionRow] = {}
    for path, label, title, hundredths, guide, warning in result:
        parent, dot, _ = path.rpartition(".")
        row = CriterionRow(path=path, code=label or path, title=title, maximum=from_hundredths(hundredths),
                           parent=parent if dot else None, guide=guide, warning=warning)
        if row.parent is not None and row.parent in by_path:
            by_path[row.parent].children.append(row)
        by_path[path] = row
        rows.append(row)
    return found[0], rows


def replace_criteria(connection: Connection, framework_id: int, rows: list[CriterionRow], *, name: str) -> None:
    """Put edited rows in place of a set's rows. Only for a set no sheet uses: scores point at criterion ids."""
    s = schema.sheet
    if connection.execute(select(func.count()).where(s.c.framework_id == framework_id)).scalar_one():
        raise ValueError(f"criteria set {framework_id} is used by a sheet")
    connection.execute(delete(schema.criterion).where(schema.criterion.c.framework_id == framework_id))
    _insert_rows(connection, framework_id, rows)
    f = schema.framework
    old_name, year, level = connection.execute(select(f.c.name, f.c.year, f.c.level)
                                               .where(f.c.id == framework_id)).one()
    if name != old_name:
        # Renamed, it is another set: it follows the last version of its new name (1 if that name is new).
        connection.execute(update(f).where(f.c.id == framework_id).values(
            name=name, version=next_version(connection, name=name, year=year, level=level)))


def delete_criteria_set(connection: Connection, framework_id: int) -> None:
    """Remove a set no sheet uses, with its criteria, rules, grades and benchmarks (their rows cascade)."""
    s = schema.sheet
    if connection.execute(select(func.count()).where(s.c.framework_id == framework_id)).scalar_one():
        raise ValueError(f"criteria set {framework_id} is used by a sheet")
    connection.execute(delete(schema.criterion).where(schema.criterion.c.framework_id == framework_id))
    connection.execute(delete(schema.framework).where(schema.framework.c.id == framework_id))
    # A set copied from this one keeps its own rows; it no longer names a set that is gone.
    connection.execute(update(schema.framework).where(schema.framework.c.based_on == framework_id)
                       .values(based_on=None))


def unit_levels(connection: Connection) -> dict[str, str]:
    """Each unit's name and level (unit.kind)."""
    u = schema.unit
    return {name: kind for name, kind in connection.execute(select(u.c.name, u.c.kind).order_by(u.c.name))}


def set_unit_level(connection: Connection, name: str, level: str) -> None:
    u = schema.unit
    connection.execute(update(u).where(u.c.name == name).values(kind=level))
