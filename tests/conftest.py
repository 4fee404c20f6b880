"""Shared fixtures: the seed sheet, fresh databases in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import so every Qt test runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on CPython 3.11 loses a reference to None on every void Qt call; importing the ui package
# first applies the program's guard (see cchc_desktop/ui/__init__.py) to every Qt test, not only the window's.
import cchc_desktop.ui  # noqa: E402, F401

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_af3bdc7e3d446662.txt"
# The demo copy shipped in resources/ is the same file; tests prefer the shared original when present.
SEED_PATH = SEED if SEED.exists() else ROOT / "resources" / "demo" / "phong-tho-2023.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cchc.db"


@pytest.fixture
def workspace(db_path: Path):
    from cchc_desktop.services import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def seed_sheet(workspace, seed_path):
    """The seed imported into a fresh database, opened for editing."""
    outcome = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
    return workspace.open_sheet(outcome.sheet_id)


# --- PostgreSQL beside SQLite ----------------------------------------------------------------------------------
# `--postgres=postgresql://user@127.0.0.1:PORT/postgres` (default: $CCHC_TEST_POSTGRES; `bash scripts/postgres.sh
# start` prints one) runs the engine-neutral tests on that server too. Without it they run on SQLite only and the
# PostgreSQL runs are skipped, saying why. The schema is migrated once into a template database; each test gets a
# fresh copy of it (CREATE DATABASE … TEMPLATE), dropped afterwards.
NO_POSTGRES = ("no PostgreSQL server given: run `bash scripts/postgres.sh start` and pass --postgres=URL "
               "(or set CCHC_TEST_POSTGRES) to run this on PostgreSQL too")


def pytest_addoption(parser):
    parser.addoption("--postgres", default=os.environ.get("CCHC_TEST_POSTGRES") or None, metavar="URL",
                     help="a PostgreSQL server (postgresql://user@host:port/postgres) whose databases tests may "
                          "create and drop; default $CCHC_TEST_POSTGRES")


class PostgresServer:
    """The test server: makes and drops the databases the tests use, through its maintenance database."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"cchc_test_{os.getpid()}"
        self.count = 0
        self.template: str | None = None

    def location(self, name: str) -> str:
        """The --db text of one database: what a user would type."""
        return self.url.set(database=name, drivername="postgresql").render_as_string(hide_password=False)

    def create(self, *, template: str | None = None) -> str:
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def migrated(self) -> str:
        """A fresh database at the schema's head (with the built-in framework, as Workspace.open leaves a new one)."""
        if self.template is None:
            from cchc_desktop.services import Workspace

            name = self.create()
            Workspace.open(self.location(name)).close()
            self.template = name
        return self.create(template=self.template)


@pytest.fixture(scope="session")
def postgres_server(request):
    url = request.config.getoption("--postgres")
    if not url:
        pytest.skip(NO_POSTGRES)
    server = PostgresServer(url)
    yield server
    if server.template:
        server.drop(server.template)
    server.admin.dispose()


@pytest.fixture
def postgres_location(postgres_server):
    """A new database on the test server, migrated to head: its --db text."""
    name = postgres_server.migrated()
    yield postgres_server.location(name)
    postgres_server.drop(name)


@pytest.fixture
def empty_postgres_location(postgres_server):
    """A new, empty database on the test server (no tables): its --db text."""
    name = postgres_server.create()
    yield postgres_server.location(name)
    postgres_server.drop(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request) -> str:
    """Runs a test once per engine; the PostgreSQL run is skipped without --postgres."""
    return request.param


@pytest.fixture
def location(engine_name, request, db_path) -> str | Path:
    """Where a test's database is: a new SQLite file, or a new migrated PostgreSQL database."""
    if engine_name == "sqlite":
        return db_path
    return request.getfixturevalue("postgres_location")


@pytest.fixture
def workspace_on_each_engine(location):
    """A Workspace on a new database of either engine (``location``): a module whose tests run on both returns it
    from its own ``workspace`` fixture."""
    from cchc_desktop.services import Workspace

    with Workspace.open(location) as opened:
        yield opened


@pytest.fixture
def store_engine(location):
    """An SQLAlchemy engine on a migrated database of either engine, for store-level tests."""
    from cchc_desktop.services import Workspace

    workspace = Workspace.open(location)
    yield workspace.engine
    workspace.close()
