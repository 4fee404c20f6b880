"""Audit log: append-only, hash-chained record of every score and note change; existing values as a baseline."""

import getpass
import hashlib
import json
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here rather than taken from live code: this is the table, and the baseline rows, as revision 0002
# made them. Never edit this file; add a migration.
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
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_sheet_code"), "audit_log", ["sheet_id", "code"])
    # SQLite's trigger syntax; PostgreSQL gets the same rules as PL/pgSQL in 0011 (no PostgreSQL database ran
    # this revision before 0011 existed, so the guard changes nothing that was ever run).
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(statement)
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        user = "unknown"
    _baseline(op.get_bind(), os_user=user)


# The baseline: every value already stored becomes one 'baseline' row, the chain's starting point. The row
# format and hash are those of store/audit.py at this revision (audit-verify recomputes them the same way).
_GENESIS = "0" * 64
_STORED = """
    SELECT score.sheet_id, criterion.code, score.self_hundredths, score.appraisal_hundredths, score.note,
           (SELECT unit.name || ' ' || sheet.year FROM sheet JOIN unit ON unit.id = sheet.unit_id
            WHERE sheet.id = score.sheet_id)
    FROM score JOIN criterion ON criterion.id = score.criterion_id
"""
_INSERT = ("INSERT INTO audit_log (id, at, os_user, user_name, source, sheet_id, sheet_label, code, field, old, new, "
           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _plain(hundredths):  # noqa: ANN001, ANN202
    if hundredths is None:
        return None
    sign = "-" if hundredths < 0 else ""
    whole, part = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{part:02d}"


def _baseline(connection, *, os_user: str) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    values = {}
    for sheet_id, code, self_h, appraisal_h, note, label in connection.exec_driver_sql(_STORED):
        for field, value in (("self", _plain(self_h)), ("appraisal", _plain(appraisal_h)), ("note", note or None)):
            if value is not None:
                values[(sheet_id, code, field)] = (value, label or "")
    if not values:
        return
    name = connection.exec_driver_sql("SELECT value FROM setting WHERE key = 'user_name'").scalar() or None
    at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    rows, prev = [], _GENESIS
    for number, ((sheet_id, code, field), (value, label)) in enumerate(sorted(values.items()), start=1):
        row = (number, at, os_user, name, "baseline", sheet_id, label, code, field, None, value)
        canonical = json.dumps(list(row), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        digest = hashlib.sha256(prev.encode("ascii") + b"\n" + canonical).hexdigest()
        rows.append((*row, prev, digest))
        prev = digest
    connection.exec_driver_sql(_INSERT if connection.dialect.name == "sqlite" else _INSERT.replace("?", "%s"), rows)


def downgrade() -> None:
    op.drop_table("audit_log")
