"""Opening the SQLite file: pragmas on every connection, schema checks and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from ..domain.errors import CchcError

# The newest migration this program knows; a test checks it equals Alembic's head.
SCHEMA_HEAD = "0001"
KNOWN_REVISIONS = ("0001",)
BUSY_TIMEOUT_MS = 5000


class StoreError(CchcError):
    kind = "store"


class NewerSchemaError(StoreError):
    kind = "newer_schema"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the only one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                f"The database could not switch to write-ahead logging (it reported “{mode}”). "
                "Keep the database on a local disk, not a network or read-only folder.", kind="no_wal")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    # With pysqlite's implicit transactions off, SQLAlchemy's begin must issue BEGIN itself.
    event.listen(engine, "begin", _on_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        if not has_table:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def ensure_schema(engine: Engine, path: Path) -> bool:
    """Bring the schema to SCHEMA_HEAD; return True if it was created or migrated.

    Alembic is imported only when there is something to do, so opening an up-to-date
    database stays fast.
    """
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path} was written by a newer version of CCHC Desktop (schema {revision}). "
            "Install the newer version to open it; this file has not been changed.", path=str(path))
    from .migrations import upgrade_to_head

    upgrade_to_head(engine)
    return True


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log into the main file, so the .db file alone is complete."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
