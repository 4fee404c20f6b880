"""Who may do what on a PostgreSQL server: group roles, their grants, the accounts (login → unit) and refusals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from ..domain.errors import CchcError
from ..domain.kinds import Kind

ADMIN, APPRAISER, UNIT = "admin", "appraiser", "unit"
GROUPS = {ADMIN: "cchc_admin", APPRAISER: "cchc_appraiser", UNIT: "cchc_unit"}
# The database's owner (who ran `cchc server init`) or a superuser: not in any group, and not held by the policies.
OWNER = "owner"
# SQLSTATE 42501, insufficient_privilege: a grant, a row-level policy or the stage trigger of migration 0013.
NOT_PERMITTED_STATE = "42501"

# The score columns each role writes; a unit's account also writes the note and the explanation (giải trình).
UNIT_SCORE_COLUMNS = ("self_hundredths", "note", "explanation")
APPRAISER_SCORE_COLUMNS = ("round1_hundredths", "appraisal_hundredths")
UNIT_FIGURE_COLUMNS = ("self_figures",)
APPRAISER_FIGURE_COLUMNS = ("appraisal_figures",)
# Bookkeeping columns a later migration may add to score rows (a version for compare-and-set): every writer's.
SHARED_SCORE_COLUMNS = ("version", "updated_at", "updated_by")


class NotPermittedError(CchcError):
    """The database refused a change because of the connected account's role."""

    kind = Kind.NOT_PERMITTED


@dataclass(frozen=True)
class Account:
    """The connected login and what it may do."""

    login: str
    role: str  # admin, appraiser, unit, owner; "" for a login in no CCHC group
    unit_id: int | None = None
    unit_name: str | None = None


@dataclass(frozen=True)
class User:
    login: str
    role: str
    unit: str | None
    can_login: bool


def sqlstate(error: BaseException | None) -> str | None:
    """The SQLSTATE of a psycopg error however SQLAlchemy wrapped it, or None."""
    seen = 0
    while error is not None and seen < 5:
        state = getattr(error, "sqlstate", None)
        if state:
            return state
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
        seen += 1
    return None


def _quote(connection: Connection, name: str) -> str:
    """A role name as an SQL identifier (roles cannot be bound parameters in CREATE/GRANT)."""
    return connection.dialect.identifier_preparer.quote_identifier(name)


def create_groups(connection: Connection) -> list[str]:
    """Make the three group roles that do not exist yet (NOLOGIN); return the ones made."""
    made = []
    for group in GROUPS.values():
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group}).first()
        if not exists:
            # Another database's init on the same server may make it this very moment: that is no failure.
            connection.exec_driver_sql(f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            made.append(group)
    return made


def _columns(connection: Connection, table: str) -> set[str]:
    return set(connection.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = :t"),
        {"t": table}).scalars())


def _tables(connection: Connection) -> set[str]:
    return set(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())


def grant_statements(connection: Connection) -> list[str]:
    """The grants for the tables as they are now: re-applied after every upgrade (revoke all, then grant)."""
    groups = ", ".join(GROUPS.values())
    admin, appraiser, unit = GROUPS[ADMIN], GROUPS[APPRAISER], GROUPS[UNIT]
    tables = _tables(connection)
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {groups}",
        f"REVOKE ALL ON cchc_access.account FROM {groups}",
        f"GRANT USAGE ON SCHEMA public, cchc_access TO {groups}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA cchc_access TO {groups}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {groups}",
        f"GRANT SELECT ON cchc_access.account TO {groups}",
        # Ids of new sheet events and the like come from sequences.
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}",
        # The administrator: everything but changing history.
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {admin}",
        f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO {admin}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {admin}",
        f"GRANT INSERT ON audit_log TO {appraiser}, {unit}",
        # Stage steps (the trigger of 0013 checks which step); notes of each step.
        f"GRANT UPDATE (stage) ON sheet TO {appraiser}, {unit}",
        f"GRANT INSERT ON sheet_event TO {appraiser}, {unit}",
        # The unit's own rows of its own sheets (the policies of 0013 keep it to them).
        f"GRANT INSERT, UPDATE, DELETE ON not_applicable TO {unit}",
        f"GRANT INSERT, DELETE ON evidence TO {unit}",
        f"GRANT INSERT ON evidence_blob TO {unit}",
    ]
    score = _columns(connection, "score")
    shared = [name for name in SHARED_SCORE_COLUMNS if name in score]
    for group, names in ((unit, UNIT_SCORE_COLUMNS), (appraiser, APPRAISER_SCORE_COLUMNS)):
        columns = ", ".join((*names, *shared))
        statements += [f"GRANT INSERT (sheet_id, criterion_id, {columns}) ON score TO {group}",
                       f"GRANT UPDATE ({columns}) ON score TO {group}"]
    if "score_figures" in tables:
        for group, names in ((unit, UNIT_FIGURE_COLUMNS), (appraiser, APPRAISER_FIGURE_COLUMNS)):
            columns = ", ".join(names)
            statements += [f"GRANT INSERT (sheet_id, criterion_id, {columns}) ON score_figures TO {group}",
                           f"GRANT UPDATE ({columns}) ON score_figures TO {group}"]
    return statements


def owns_tables(connection: Connection) -> bool:
    """Whether the connected login owns the tables (or is a superuser): only then do its GRANTs take effect —
    anyone else's are skipped by PostgreSQL with a mere warning."""
    return bool(connection.execute(text(
        "SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_roles AS r, pg_class AS c "
        "WHERE r.rolname = current_user AND c.oid = 'public.score'::regclass")).scalar())


def apply_grants(connection: Connection) -> None:
    for statement in grant_statements(connection):
        connection.exec_driver_sql(statement)


def _group_of(connection: Connection, login: str) -> str:
    found = connection.execute(text(
        "SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid "
        "JOIN pg_roles AS u ON u.oid = m.member WHERE u.rolname = :login AND g.rolname = ANY(:groups)"),
        {"login": login, "groups": list(GROUPS.values())}).scalars().all()
    for role, group in GROUPS.items():  # admin first: the widest wins
        if group in found:
            return role
    return ""


def current_account(connection: Connection) -> Account:
    """The connected login's role and unit, read once when a database is opened."""
    login = connection.execute(text("SELECT current_user")).scalar_one()
    role = _group_of(connection, login)
    if not role:
        owner = connection.execute(text(
            "SELECT rolsuper OR pg_has_role(current_user, (SELECT datdba FROM pg_database "
            "WHERE datname = current_database()), 'MEMBER') FROM pg_roles WHERE rolname = current_user")).scalar()
        role = OWNER if owner else ""
    unit_id = unit_name = None
    if role == UNIT and _has_account_table(connection):
        row = connection.execute(text(
            "SELECT a.unit_id, u.name FROM cchc_access.account AS a LEFT JOIN unit AS u ON u.id = a.unit_id "
            "WHERE a.login = :login"), {"login": login}).first()
        if row is not None:
            unit_id, unit_name = row
    return Account(login, role, unit_id, unit_name)


def _has_account_table(connection: Connection) -> bool:
    return connection.execute(text("SELECT to_regclass('cchc_access.account') IS NOT NULL")).scalar_one()


def list_users(connection: Connection) -> list[User]:
    rows = connection.execute(text(
        "SELECT u.rolname, g.rolname, u.rolcanlogin, un.name FROM pg_auth_members AS m "
        "JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member "
        "LEFT JOIN cchc_access.account AS a ON a.login = u.rolname LEFT JOIN unit AS un ON un.id = a.unit_id "
        "WHERE g.rolname = ANY(:groups) ORDER BY u.rolname"), {"groups": list(GROUPS.values())}).all()
    by_group = {group: role for role, group in GROUPS.items()}
    return [User(login, by_group[group], unit, bool(can_login)) for login, group, can_login, unit in rows]


def role_exists(connection: Connection, login: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}).first() is not None


def add_user(connection: Connection, login: str, role: str, unit_id: int | None, password: str | None) -> bool:
    """Create the login (or take an existing one) in exactly one group and map it to its unit; True if created.

    The password reaches the server only as the SCRAM verifier libpq computes here, never in clear text (which
    the server could write to its log).
    """
    name = _quote(connection, login)
    created = not role_exists(connection, login)
    if password is not None:
        pgconn = connection.connection.driver_connection.pgconn
        verifier = pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")
        password = " PASSWORD " + _literal(verifier.decode("ascii"))
    else:
        password = ""
    if created:
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN{password}")
    elif password:
        connection.exec_driver_sql(f"ALTER ROLE {name}{password}")
    for other, group in GROUPS.items():
        if other != role:
            connection.exec_driver_sql(f"REVOKE {group} FROM {name}")
    connection.exec_driver_sql(f"GRANT {GROUPS[role]} TO {name}")
    connection.execute(text(
        "INSERT INTO cchc_access.account (login, unit_id) VALUES (:login, :unit) "
        "ON CONFLICT (login) DO UPDATE SET unit_id = excluded.unit_id"), {"login": login, "unit": unit_id})
    return created


def _literal(value: str) -> str:
    # A SCRAM verifier or an MD5 hash: base64, digits, '$', ':', '=' … never a quote, but escape anyway.
    return "'" + value.replace("'", "''") + "'"


def remove_user(connection: Connection, login: str) -> bool:
    """Take the login out of the groups and forget its unit; drop the role when nothing else holds it."""
    name = _quote(connection, login)
    for group in GROUPS.values():
        connection.exec_driver_sql(f"REVOKE {group} FROM {name}")
    connection.execute(text("DELETE FROM cchc_access.account WHERE login = :login"), {"login": login})
    connection.exec_driver_sql("SAVEPOINT cchc_drop_role")
    try:
        connection.exec_driver_sql(f"DROP ROLE {name}")
    except Exception as error:  # noqa: BLE001 - the role still owns or may do things elsewhere: keep it
        if sqlstate(error) is None:
            raise
        connection.exec_driver_sql("ROLLBACK TO SAVEPOINT cchc_drop_role")
        return False
    connection.exec_driver_sql("RELEASE SAVEPOINT cchc_drop_role")
    return True


# What a refused statement touched decides who may do it. Checked in this order: the stage trigger's own words,
# then the columns, then the tables.
_APPRAISER_NAMES = ("appraisal_hundredths", "round1_hundredths", "appraisal_figures")
_UNIT_NAMES = ("self_hundredths", "self_figures", "explanation", "note", "not_applicable", "evidence")
_SHEET_TABLES = ("score", "score_figures", "sheet_event", "audit_log")
_WHO = {
    "lock": "an administrator's account (role cchc_admin)",
    "stage": "the account whose step it is: the unit's to submit and explain, an appraiser's to finish round 1 "
             "and the final appraisal, an administrator's to lock, reopen or move a sheet freely",
    "appraiser": "an appraiser's account (role cchc_appraiser) or an administrator's",
    "unit": "the account of the sheet's own unit (role cchc_unit), or an administrator's",
    "admin": "an administrator's account (role cchc_admin)",
    "server": "the database's owner (the account that ran “cchc server init”) or another PostgreSQL account "
              "allowed to create roles",
}


def refused_for(statement: str, message: str) -> str:
    """Whose change a refused statement was: lock, stage, appraiser, unit, admin (a key of _WHO)."""
    lowered = f"{statement or ''}".lower()
    if "lock or reopen" in message or "finalized_at" in lowered:
        return "lock"
    if "may not move a sheet" in message or lowered.lstrip().startswith("update sheet set stage"):
        return "stage"
    # Roles, grants and the schema itself (a migration after an upgrade): the database owner's work.
    if lowered.lstrip().startswith(("create ", "alter ", "drop ", "grant ", "revoke ", "comment ", "do ")):
        return "server"
    if any(name in lowered for name in _APPRAISER_NAMES):
        return "appraiser"
    if any(name in lowered for name in _UNIT_NAMES) or any(f" {table} " in f" {lowered} " or
                                                          f" {table}(" in lowered for table in _SHEET_TABLES):
        return "unit"
    return "admin"


def not_permitted(login: str, statement: str, message: str) -> NotPermittedError:
    """The plain refusal for SQLSTATE 42501: which account may make the change; nothing was changed."""
    case = refused_for(statement, message)
    return NotPermittedError(
        f"The account “{login}” may not make this change, so nothing was changed (the stored values are kept). "
        f"Only {_WHO[case]} may do it: sign in with that account, or ask the office's administrator.",
        login=login, **{f"for_{case}": "yes"})
