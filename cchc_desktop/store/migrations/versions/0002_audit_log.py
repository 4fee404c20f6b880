"""Audit log: append-only, hash-chained record of every score and note change; existing values as a baseline."""

import getpass

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here rather than taken from live code: this is the table as revision 0002 made it.
TRIGGERS = [
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed'); END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be deleted'); END
    """,
    # A new row must come right after the last one and carry its hash, so rows cannot be slipped in.
    """
    CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'an audit log row must follow the last one')
        WHERE NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
           OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                                            '0000000000000000000000000000000000000000000000000000000000000000');
    END
    """,
]


def upgrade() -> None:
    # No foreign key to sheet: deleting a sheet deletes its scores but must keep their history.
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("os_user", sa.Text, nullable=False),
        sa.Column("user_name", sa.Text),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sheet_id", sa.Integer, nullable=False),
        sa.Column("sheet_label", sa.Text, nullable=False),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_sheet_code", "audit_log", ["sheet_id", "code"])
    for statement in TRIGGERS:
        op.execute(statement)
    from cchc_desktop.store.audit import baseline

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        user = "unknown"
    baseline(op.get_bind(), os_user=user)


def downgrade() -> None:
    op.drop_table("audit_log")
