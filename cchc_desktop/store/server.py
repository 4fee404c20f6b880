"""A shared PostgreSQL server as the store: its address, the engine (psycopg 3), and its errors in plain words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .database import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# The audit chain's pg_advisory_xact_lock key (migration 0011's triggers take the same one).
AUDIT_LOCK = 4_216_016_000
# Held (per session) while a program brings the schema up to date, so two programs opening a new database at the
# same moment do not both create its tables.
SCHEMA_LOCK = 4_216_016_001
CONNECT_TIMEOUT_S = 10


class ServerError(StoreError):
    kind = "server_unreachable"


def is_server(location: object) -> bool:
    """Whether a --db value names a PostgreSQL server (postgresql://user@host:port/dbname) rather than a file."""
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES and "://" in location


def display(location: str) -> str:
    """The address without any password, for titles, messages and logs."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(location)
    except Exception:  # noqa: BLE001 - an unreadable address is shown as typed, without a password in it
        return re.sub(r"//([^/@:]*):[^/@]*@", r"//\1@", location)
    user = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{user}{url.host or 'localhost'}{port}/{url.database or ''}"


def _url(location: str, password: str | None):  # noqa: ANN202 - an SQLAlchemy URL
    from sqlalchemy.engine import make_url

    try:
        url = make_url(location)
    except Exception:  # noqa: BLE001 - SQLAlchemy's ArgumentError, worded for a user below
        shown = re.sub(r"//([^/@:]*):[^/@]*@", r"//\1@", location)  # never echo a password typed into it
        raise ServerError(
            f"{shown} is not a server address this program understands. Write it as "
            "postgresql://user@host:port/database, e.g. postgresql://thamdinh@192.168.1.10:5432/cchc.",
            kind="server_address", location=shown) from None
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def needs_password(error: BaseException) -> bool:
    """The server asked for a password and none (or a wrong one) was given."""
    text = str(getattr(error, "orig", None) or error)
    return "password" in text and ("no password supplied" in text or "authentication failed" in text)


def refusal(location: str, error: BaseException) -> ServerError:
    """A failed connection in plain words: wrong password, unknown database, or no server there."""
    text = str(getattr(error, "orig", None) or error)
    where = display(location)
    if needs_password(error):
        return ServerError(
            f"The server {where} refused the user name or password. Check them with whoever manages the server "
            "(the password can also come from PGPASSWORD or a .pgpass file); nothing was changed.",
            kind="server_login", location=where, detail=text.strip()[:200])
    if "does not exist" in text and "database" in text:
        name = _url(location, None).database or ""
        return ServerError(
            f"The server of {where} has no database named “{name}”. Check the name after the last slash, or ask "
            "whoever manages the server to create it (see docs/server.md); nothing was changed.",
            kind="server_no_database", location=where, database=name, detail=text.strip()[:200])
    return ServerError(
        f"The database server {where} cannot be reached ({text.strip().splitlines()[0][:160] if text.strip() else 'no answer'}). "
        "Check that the server computer is on and connected to the office network, and the address and port; "
        "nothing was changed.", location=where, detail=text.strip()[:200])


def _plain_error(location: str) -> Callable:
    """Lost connections mid-session become the same plain refusal as a failed start."""

    def translate(context) -> BaseException | None:  # noqa: ANN001 - ExceptionContext
        if context.is_disconnect:
            return refusal(location, context.original_exception)
        original = context.original_exception
        if getattr(original, "sqlstate", None) == "42501":  # insufficient_privilege (access.NOT_PERMITTED_STATE)
            from . import access  # here: the read path (cchc print) imports this module and never SQLAlchemy

            # A grant, a row-level policy or the stage check refused it: the connected account's role.
            return access.not_permitted(_login(context), context.statement or "", str(original))
        return None

    return translate


def _login(context) -> str:  # noqa: ANN001 - ExceptionContext
    try:
        return context.connection.connection.driver_connection.info.user
    except AttributeError:
        return context.engine.url.username or ""


def make_server_engine(location: str, *, password: str | None = None) -> Engine:
    """An engine on the server; the password comes from ``password``, else libpq's own places
    (PGPASSWORD, PGPASSFILE, ~/.pgpass or %APPDATA%\\postgresql\\pgpass.conf). Nothing is stored."""
    from sqlalchemy import create_engine, event

    engine = create_engine(_url(location, password), future=True, pool_pre_ping=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                         "application_name": "cchc-desktop"})
    event.listen(engine, "handle_error", _plain_error(location))
    return engine


def connect_check(engine: Engine, location: str) -> None:
    """Open one connection now, so an unreachable server or a refused login is told before anything else."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect():
            pass
    except ServerError:
        raise
    except DBAPIError as error:
        raise refusal(location, error) from None


def refuse_foreign(engine: Engine, location: str) -> None:
    """A database with tables but no CCHC schema belongs to another program: never add ours among them."""
    from .database import NotADatabaseError

    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()").scalar()
    if tables:
        where = display(location)
        raise NotADatabaseError(
            f"The database {where} holds tables of another program, not of CCHC Desktop. Choose the right database "
            "(or ask whoever manages the server for an empty one); nothing was changed.",
            kind="foreign_database", path=where)


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """One program at a time checks and migrates the schema (and installs the built-in set into a new database);
    the others wait a moment and then find it done."""
    with engine.connect() as holder:
        holder.exec_driver_sql(f"SELECT pg_advisory_lock({SCHEMA_LOCK})")
        holder.commit()
        try:
            yield
        finally:
            holder.exec_driver_sql(f"SELECT pg_advisory_unlock({SCHEMA_LOCK})")
            holder.commit()


def lock_audit_chain(connection: Connection) -> None:
    """Queue behind other writers until this transaction ends: the audit chain's head is read next."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK})")
