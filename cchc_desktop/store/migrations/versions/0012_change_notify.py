"""PostgreSQL: every audit-log row notifies channel cchc_change with its sheet's id (nothing changes on SQLite).

Open windows LISTEN on it and read the sheet's new rows at once (services/feed.py). A notification is sent when
the transaction commits, and the server sends one per sheet and transaction however many rows it appended.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen: as this revision writes them. Never edit this file; add a migration.
FUNCTION = """
    CREATE FUNCTION cchc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('cchc_change', NEW.sheet_id::text);
        RETURN NULL;
    END
    $$
"""
TRIGGER = ("CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log "
           "FOR EACH ROW EXECUTE FUNCTION cchc_notify_change()")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one writer at a time on SQLite: nobody else's window to tell
    op.execute(FUNCTION)
    op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS cchc_notify_change() CASCADE")
