"""Raw SQL on a test database of either engine: what another program, or a user with a SQL tool, could do."""

from __future__ import annotations

import sqlite3


class Raw:
    """A DB-API connection beside the program's, to the workspace's database (a file or a server database).

    Statements take ``?`` parameters on both engines; ``Error`` is the engine's base error. On PostgreSQL every
    statement commits by itself (as a SQL tool's would); ``commit`` is for SQLite's implicit transaction.
    """

    def __init__(self, workspace) -> None:  # noqa: ANN001 - a services.Workspace
        self.postgres = workspace.on_server
        if self.postgres:
            import psycopg

            url = workspace.engine.url
            self.connection = psycopg.connect(
                host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True)
            self.Error = psycopg.Error
        else:
            self.connection = sqlite3.connect(workspace.path)
            self.connection.execute("PRAGMA foreign_keys = ON")
            self.Error = sqlite3.DatabaseError

    def execute(self, statement: str, parameters: tuple = ()):  # noqa: ANN201 - the driver's cursor
        if self.postgres:
            statement = statement.replace("%", "%%").replace("?", "%s")
        return self.connection.execute(statement, parameters)

    def drop_trigger(self, name: str, table: str) -> None:
        self.execute(f"DROP TRIGGER {name} ON {table}" if self.postgres else f"DROP TRIGGER {name}")

    def commit(self) -> None:
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Raw:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.postgres and exc[0] is None:
            self.connection.commit()
        self.close()


def open_workspace(location):  # noqa: ANN001, ANN201 - a path or a server URL; a services.Workspace
    """A workspace on either engine, closed after (tests/conftest.py's ``workspace_on_each_engine`` as a generator)."""
    from cchc_desktop.services import Workspace

    workspace = Workspace.open(location)
    yield workspace
    workspace.close()



def open_seed_sheet(location, seed_path):  # noqa: ANN001, ANN201 - a services.SheetDocument
    """The seed imported into a new database of either engine: ``yield from open_seed_sheet(location, seed_path)``."""
    for workspace in open_workspace(location):
        outcome = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
        yield workspace.open_sheet(outcome.sheet_id)
