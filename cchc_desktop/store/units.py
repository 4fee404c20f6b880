"""The units table and the successions of the 2025 reorganisation: the SQL behind services/units.py."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from . import schema


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    level: str
    code: str | None
    parent: str | None


@dataclass(frozen=True)
class SuccessionRow:
    predecessor: str
    successor: str
    effective: str  # ISO date


def list_units(connection: Connection) -> list[UnitRow]:
    u = schema.unit
    rows = connection.execute(select(u.c.id, u.c.name, u.c.kind, u.c.code, u.c.parent_name).order_by(u.c.name))
    return [UnitRow(*row) for row in rows]


def add_unit(connection: Connection, *, name: str, level: str, code: str | None, parent: str | None) -> int:
    return connection.execute(insert(schema.unit).values(
        name=name, kind=level, code=code, parent_name=parent)).inserted_primary_key[0]


def update_unit(connection: Connection, unit_id: int, *, name: str, level: str, code: str | None,
                parent: str | None) -> None:
    connection.execute(update(schema.unit).where(schema.unit.c.id == unit_id).values(
        name=name, kind=level, code=code, parent_name=parent))


def successions(connection: Connection) -> list[SuccessionRow]:
    s, old, new = schema.unit_succession, schema.unit.alias("old"), schema.unit.alias("new")
    rows = connection.execute(
        select(old.c.name, new.c.name, s.c.effective)
        .join_from(s, old, s.c.predecessor_id == old.c.id).join(new, s.c.successor_id == new.c.id)
        .order_by(s.c.effective, new.c.name, old.c.name))
    return [SuccessionRow(*row) for row in rows]


def succession_links(connection: Connection) -> list[tuple[int, int, str]]:
    """Every (predecessor id, successor id, effective date)."""
    s = schema.unit_succession
    return [tuple(row) for row in connection.execute(select(s.c.predecessor_id, s.c.successor_id, s.c.effective))]


def add_succession(connection: Connection, predecessor_id: int, successor_id: int, effective: str) -> None:
    s = schema.unit_succession
    # A unit passes its work on once: recording it again (a corrected date, another successor) replaces the row.
    connection.execute(delete(s).where(s.c.predecessor_id == predecessor_id))
    connection.execute(insert(s).values(predecessor_id=predecessor_id, successor_id=successor_id,
                                        effective=effective))


def unit_ids_with_sheet(connection: Connection, year: int) -> set[int]:
    s = schema.sheet
    return set(connection.execute(select(s.c.unit_id).where(s.c.year == year)).scalars())
