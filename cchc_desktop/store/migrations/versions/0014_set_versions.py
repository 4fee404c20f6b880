"""Versions follow each other per criteria set: framework's unique key becomes (year, level, name, version).

Existing versions are renumbered so that each set (name, year, level) counts 1, 2, 3 … in id order.
"""

import re
import sqlite3

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Frozen: as this revision writes them. Never edit this file; add a migration.
OLD_KEY = re.compile(r"CONSTRAINT\s+\"?year_level_version\"?\s+UNIQUE\s*\(\s*year\s*,\s*level\s*,\s*version\s*\)")
TABLE_NAME = re.compile(r"^CREATE\s+TABLE\s+(?:\"framework\"|framework\b)")
NEW_KEY = "CONSTRAINT year_level_name_version UNIQUE (year, level, name, version)"
COLUMNS = "id, name, year, level, version, rounding_places, builtin, created_at, based_on"
RENUMBERED = ("SELECT count(*) FROM framework AS earlier WHERE earlier.year = framework.year "
              "AND earlier.level = framework.level AND earlier.name = framework.name AND earlier.id <= framework.id")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE framework DROP CONSTRAINT year_level_version")
        op.execute(f"UPDATE framework SET version = ({RENUMBERED})")
        op.execute(f"ALTER TABLE framework ADD {NEW_KEY}")
        return
    _rebuild_on_sqlite(bind.connection.driver_connection)


def downgrade() -> None:
    raise NotImplementedError("Schema 0014 is not undone: restore the backup made before the upgrade.")


def _rebuild_on_sqlite(raw) -> None:  # noqa: ANN001 - the sqlite3.Connection under the migration's connection
    """SQLite's 12-step ALTER TABLE (https://sqlite.org/lang_altertable.html#otheralter), foreign keys off.

    With foreign keys on, DROP TABLE framework deletes its rows first and the ON DELETE CASCADE takes every
    criterion, rule, grade scale and benchmark with it. PRAGMA foreign_keys is ignored inside a transaction, and the
    migrations run inside the one store/migrations.upgrade_to_head opened. Alembic's autocommit_block() does not
    help here: inside that outer transaction it fails an assertion (it only commits a transaction Alembic began),
    and even outside one, database._on_begin still sends BEGIN for its "autocommit" transaction and the block
    leaves pysqlite's isolation_level at "" instead of None. So this step ends the outer transaction on the
    sqlite3 connection itself (the earlier revisions, stamped, are kept), rebuilds in a transaction of its own
    and opens a fresh one for Alembic to stamp 0014 in and commit.
    """
    # pysqlite's own transaction handling is off (database._on_connect): these statements are all there is.
    outer = raw.in_transaction
    if outer:
        raw.execute("COMMIT")
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
            raise RuntimeError("foreign keys could not be switched off for the framework table's rebuild")
        raw.execute("BEGIN IMMEDIATE")
        try:
            _rebuild(raw)
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                # store.database.ensure_schema turns this into its plain "damaged, restore a backup" refusal.
                tables = sorted({row[0] for row in problems})
                raise sqlite3.IntegrityError(f"PRAGMA foreign_key_check after rebuilding framework: {len(problems)} "
                                             f"row(s) in {', '.join(tables)} refer to rows that do not exist")
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
        if outer:  # Alembic stamps the revision and commits (or rolls back) in the transaction it believes open
            raw.execute("BEGIN")


def _rebuild(raw) -> None:  # noqa: ANN001
    [create] = raw.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'framework'").fetchone()
    if not OLD_KEY.search(create) or not TABLE_NAME.match(create):
        raise RuntimeError(f"framework table not as revision 0013 leaves it: {create}")
    # The table's own text, so every column keeps its type, default and constraint exactly as earlier revisions
    # wrote it; only the key changes. (After a rename SQLite keeps the name quoted: "framework".)
    new_create = TABLE_NAME.sub("CREATE TABLE framework_new", OLD_KEY.sub(NEW_KEY, create, count=1), count=1)
    others = [sql for (sql,) in raw.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'framework' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL")]
    raw.execute(new_create)
    raw.execute(f"INSERT INTO framework_new ({COLUMNS}) "
                f"SELECT {COLUMNS.replace('version', f'({RENUMBERED})', 1)} FROM framework ORDER BY id")
    raw.execute("DROP TABLE framework")
    raw.execute("ALTER TABLE framework_new RENAME TO framework")
    for sql in others:
        raw.execute(sql)
