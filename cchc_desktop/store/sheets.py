"""A sheet's life beyond its scores: lookups by unit and year, deletion, the printed date, finalize and reopen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, text, update

from ..domain.numbers import from_hundredths
from ..domain.scoring import Column
from . import schema
from .repository import SCORE_COLUMN


@dataclass(frozen=True)
class SheetEvent:
    """A finalize or a reopen, as sheet_event records it."""

    kind: str
    at: str
    user: str
    reason: str | None
    fingerprint: str | None


def sheets_of_year(connection: Connection, year: int) -> list[tuple[int, str]]:
    """(sheet id, unit name) of every sheet of that year, oldest first."""
    s, u = schema.sheet, schema.unit
    return [tuple(row) for row in connection.execute(
        select(s.c.id, u.c.name).join(u, u.c.id == s.c.unit_id).where(s.c.year == year).order_by(s.c.id))]


def units(connection: Connection) -> list[tuple[int, str]]:
    """(unit id, name) of every unit."""
    return [tuple(row) for row in connection.execute(select(schema.unit.c.id, schema.unit.c.name))]


def sheet_ids(connection: Connection) -> set[int]:
    return set(connection.execute(text("SELECT id FROM sheet")).scalars())


def delete_sheet(connection: Connection, sheet_id: int) -> None:
    """The sheet with its scores and events (the audit log keeps its history)."""
    connection.execute(delete(schema.score).where(schema.score.c.sheet_id == sheet_id))
    connection.execute(delete(schema.score_figures).where(schema.score_figures.c.sheet_id == sheet_id))
    connection.execute(delete(schema.not_applicable).where(schema.not_applicable.c.sheet_id == sheet_id))
    connection.execute(delete(schema.sheet_event).where(schema.sheet_event.c.sheet_id == sheet_id))
    connection.execute(delete(schema.sheet).where(schema.sheet.c.id == sheet_id))


def read_score(connection: Connection, sheet_id: int, criterion_id: int, column: Column):  # noqa: ANN201 - Decimal | None
    value = connection.execute(select(schema.score.c[SCORE_COLUMN[column]]).where(
        schema.score.c.sheet_id == sheet_id, schema.score.c.criterion_id == criterion_id)).scalar_one_or_none()
    return None if value is None else from_hundredths(value)


def set_document_date(connection: Connection, sheet_id: int, iso_date: str | None) -> None:
    connection.execute(update(schema.sheet).where(schema.sheet.c.id == sheet_id).values(document_date=iso_date))


def mark_finalized(connection: Connection, sheet_id: int, *, at: str, fingerprint: str) -> bool:
    """Lock the sheet with its fingerprint; False when it was already finalized."""
    return connection.execute(update(schema.sheet).where(
        schema.sheet.c.id == sheet_id, schema.sheet.c.finalized_at.is_(None)).values(
        finalized_at=at, finalized_fingerprint=fingerprint)).rowcount == 1


def finalized_fingerprint(connection: Connection, sheet_id: int) -> str | None:
    return connection.execute(select(schema.sheet.c.finalized_fingerprint).where(
        schema.sheet.c.id == sheet_id)).scalar_one_or_none()


def clear_finalized(connection: Connection, sheet_id: int) -> None:
    connection.execute(update(schema.sheet).where(schema.sheet.c.id == sheet_id).values(
        finalized_at=None, finalized_fingerprint=None))


def add_event(connection: Connection, sheet_id: int, event: SheetEvent) -> None:
    connection.execute(insert(schema.sheet_event).values(
        sheet_id=sheet_id, kind=event.kind, at=event.at, user=event.user, reason=event.reason,
        fingerprint=event.fingerprint))


def events(connection: Connection, sheet_id: int) -> list[SheetEvent]:
    e = schema.sheet_event
    rows = connection.execute(select(e.c.kind, e.c.at, e.c.user, e.c.reason, e.c.fingerprint)
                              .where(e.c.sheet_id == sheet_id).order_by(e.c.id))
    return [SheetEvent(*row) for row in rows]
