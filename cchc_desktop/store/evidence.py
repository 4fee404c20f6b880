"""Evidence files in the database: blobs stored once under their SHA-256, and the attachments naming them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from .reading import driver_sql, execute_on, load_evidence


@dataclass(frozen=True)
class Attachment:
    code: str  # the criterion's path
    name: str
    sha256: str
    size: int
    added_by: str
    added_at: str


def has_blob(connection: Connection, sha256: str) -> bool:
    return driver_sql(connection, "SELECT 1 FROM evidence_blob WHERE sha256 = ?", (sha256,)).first() is not None


def attach(connection: Connection, sheet_id: int, criterion_id: int, *, sha256: str, name: str, data: bytes,
           added_by: str, added_at: str) -> bool:
    """Store the bytes (once) and attach them to the criterion; False when that criterion already has them."""
    # PostgreSQL has no OR IGNORE; its ON CONFLICT DO NOTHING skips the same duplicate (SQLite keeps its statement).
    ignore, conflict = ("OR IGNORE ", "") if connection.dialect.name == "sqlite" else ("", " ON CONFLICT DO NOTHING")
    driver_sql(connection, f"INSERT {ignore}INTO evidence_blob (sha256, size, data) VALUES (?, ?, ?){conflict}",
               (sha256, len(data), data))
    result = driver_sql(
        connection, f"INSERT {ignore}INTO evidence (sheet_id, criterion_id, sha256, name, size, added_by, added_at) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?){conflict}", (sheet_id, criterion_id, sha256, name, len(data), added_by, added_at))
    return result.rowcount == 1


def remove(connection: Connection, sheet_id: int, criterion_id: int, sha256: str) -> str | None:
    """Detach the file from the criterion (the trigger drops its bytes when nothing else refers to them);
    returns the name it had, or None when it was not attached there."""
    row = driver_sql(connection, "SELECT id, name FROM evidence WHERE sheet_id = ? AND criterion_id = ? "
                                     "AND sha256 = ?", (sheet_id, criterion_id, sha256)).first()
    if row is None:
        return None
    driver_sql(connection, "DELETE FROM evidence WHERE id = ?", (row[0],))
    return row[1]


def attachments(connection: Connection, sheet_id: int) -> list[Attachment]:
    """The sheet's attachments in criterion order, then in the order they were attached."""
    rows = driver_sql(
        connection, "SELECT c.code, e.name, e.sha256, e.size, e.added_by, e.added_at FROM evidence e "
        "JOIN criterion c ON c.id = e.criterion_id WHERE e.sheet_id = ? ORDER BY c.position, e.id", (sheet_id,))
    return [Attachment(*row) for row in rows]


def blob(connection: Connection, sheet_id: int, sha256: str) -> bytes | None:
    """The bytes of a file attached to the sheet (None when the sheet has no such file)."""
    row = driver_sql(
        connection, "SELECT b.data FROM evidence_blob b WHERE b.sha256 = ? AND EXISTS "
        "(SELECT 1 FROM evidence e WHERE e.sheet_id = ? AND e.sha256 = b.sha256)", (sha256, sheet_id)).first()
    return None if row is None else bytes(row[0])


def blob_count(connection: Connection) -> int:
    return driver_sql(connection, "SELECT count(*) FROM evidence_blob").scalar_one()


def gaps_of_year(connection: Connection, year: int) -> dict[int, int]:
    """Per sheet of ``year``, how many leaves are “thiếu minh chứng” (services.evidence.missing_evidence's rule:
    a self score, no file, no explanation), counted in one query so the overview of 1,000 sheets stays quick."""
    rows = driver_sql(
        connection, "SELECT sc.sheet_id, count(*) FROM score sc JOIN sheet s ON s.id = sc.sheet_id "
        "JOIN criterion c ON c.id = sc.criterion_id "
        "WHERE s.year = ? AND c.is_leaf = 1 AND sc.self_hundredths IS NOT NULL "
        "AND (sc.explanation IS NULL OR sc.explanation = '') "
        "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.sheet_id = sc.sheet_id AND e.criterion_id = sc.criterion_id) "
        "GROUP BY sc.sheet_id", (year,))
    return {sheet_id: count for sheet_id, count in rows}
