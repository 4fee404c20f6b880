"""The setting table: small named values (the user's name, each unit's print profile)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from . import schema


def get(connection: Connection, key: str) -> str | None:
    return connection.execute(select(schema.setting.c.value).where(schema.setting.c.key == key)).scalar_one_or_none()


def put(connection: Connection, key: str, value: str) -> None:
    dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = dialect_insert(schema.setting).values(key=key, value=value)
    connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": statement.excluded.value}))


def remove(connection: Connection, key: str) -> None:
    connection.execute(delete(schema.setting).where(schema.setting.c.key == key))
