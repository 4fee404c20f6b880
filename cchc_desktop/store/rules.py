"""Storing scoring rules: each criterion's rule and kind, figures and not-applicable marks, grades and benchmarks."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from . import reading, schema
# The loaders are reading.py's (plain SQL), so that a read-only command reads rules without SQLAlchemy.
from .reading import StoredRule, execute_on  # noqa: F401 - StoredRule re-exported


def save_rules(connection: Connection, framework_id: int, rules: dict[str, tuple[str, str | None]]) -> None:
    """Set (path → (kind, rule JSON)) for criteria of a set, replacing what they had."""
    c, r = schema.criterion, schema.criterion_rule
    ids = dict(connection.execute(select(c.c.code, c.c.id).where(c.c.framework_id == framework_id)).all())
    wanted = [ids[path] for path in rules]
    if wanted:
        connection.execute(delete(r).where(r.c.criterion_id.in_(wanted)))
        connection.execute(insert(r), [{"criterion_id": ids[path], "kind": kind, "rule": rule}
                                       for path, (kind, rule) in rules.items()])


def set_kind(connection: Connection, framework_id: int, path: str, kind: str) -> None:
    """Mark a criterion score, bonus or deduction, keeping its rule."""
    c, r = schema.criterion, schema.criterion_rule
    criterion_id = connection.execute(select(c.c.id).where(c.c.framework_id == framework_id, c.c.code == path)
                                      ).scalar_one()
    if connection.execute(update(r).where(r.c.criterion_id == criterion_id).values(kind=kind)).rowcount == 0:
        connection.execute(insert(r).values(criterion_id=criterion_id, kind=kind, rule=None))


def load_rules(connection: Connection, framework_id: int) -> list[StoredRule]:
    return reading.load_rules(execute_on(connection), framework_id)


def write_figures(connection: Connection, sheet_id: int, criterion_id: int, column: str, text: str | None) -> None:
    f = schema.score_figures
    name = f"{column}_figures"
    key = (f.c.sheet_id == sheet_id) & (f.c.criterion_id == criterion_id)
    if connection.execute(update(f).where(key).values({name: text})).rowcount == 0 and text is not None:
        connection.execute(insert(f).values({"sheet_id": sheet_id, "criterion_id": criterion_id, name: text}))


def read_figures(connection: Connection, sheet_id: int, criterion_id: int, column: str) -> str | None:
    """One leaf's stored figures of one column (call after repository.locked_cell to compare-and-set)."""
    f = schema.score_figures
    return connection.execute(select(f.c[f"{column}_figures"]).where(
        f.c.sheet_id == sheet_id, f.c.criterion_id == criterion_id)).scalar_one_or_none()


def read_not_applicable(connection: Connection, sheet_id: int, criterion_id: int) -> str | None:
    """One leaf's stored not-applicable reason (call after repository.locked_cell to compare-and-set)."""
    n = schema.not_applicable
    return connection.execute(select(n.c.reason).where(
        n.c.sheet_id == sheet_id, n.c.criterion_id == criterion_id)).scalar_one_or_none()


def load_figures(connection: Connection, sheet_id: int) -> dict[str, dict[str, str | None]]:
    return reading.load_figures(execute_on(connection), sheet_id)


def write_not_applicable(connection: Connection, sheet_id: int, criterion_id: int, reason: str | None) -> None:
    n = schema.not_applicable
    connection.execute(delete(n).where(n.c.sheet_id == sheet_id, n.c.criterion_id == criterion_id))
    if reason is not None:
        connection.execute(insert(n).values(sheet_id=sheet_id, criterion_id=criterion_id, reason=reason))


def load_not_applicable(connection: Connection, sheet_id: int) -> dict[str, str]:
    return reading.load_not_applicable(execute_on(connection), sheet_id)


def load_grades(connection: Connection, framework_id: int) -> str | None:
    return reading.load_grades(execute_on(connection), framework_id)


def save_grades(connection: Connection, framework_id: int, grades: str) -> None:
    g = schema.grade_scale
    connection.execute(delete(g).where(g.c.framework_id == framework_id))
    connection.execute(insert(g).values(framework_id=framework_id, grades=grades))


def clear_grades(connection: Connection, framework_id: int) -> None:
    """Back to the standard grades."""
    connection.execute(delete(schema.grade_scale).where(schema.grade_scale.c.framework_id == framework_id))


def write_benchmark(connection: Connection, framework_id: int, path: str, year: int, value: str) -> None:
    b, c = schema.benchmark, schema.criterion
    criterion_id = connection.execute(select(c.c.id).where(c.c.framework_id == framework_id, c.c.code == path)
                                      ).scalar_one()
    connection.execute(delete(b).where(b.c.framework_id == framework_id, b.c.criterion_id == criterion_id,
                                       b.c.year == year))
    connection.execute(insert(b).values(framework_id=framework_id, criterion_id=criterion_id, year=year, value=value))


def load_benchmarks(connection: Connection, framework_id: int, year: int) -> dict[str, str]:
    """path → benchmark value of that year."""
    b, c = schema.benchmark, schema.criterion
    query = (select(c.c.code, b.c.value).join(c, c.c.id == b.c.criterion_id)
             .where(b.c.framework_id == framework_id, b.c.year == year))
    return dict(connection.execute(query).all())
