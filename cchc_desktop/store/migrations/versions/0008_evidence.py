"""Evidence files (tài liệu kiểm chứng) per criterion: their bytes stored once by SHA-256, and the attachments."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen: as this revision writes them. Never edit this file; add a migration.
MAX_BYTES = 50 * 1024 * 1024
_LOCKED = """
    CREATE TRIGGER evidence_locked_{event} BEFORE {EVENT} ON evidence
    WHEN (SELECT finalized_at FROM sheet WHERE id = {row}.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'CCHC_SHEET_FINALIZED: sheet is finalized'); END
"""
_UNREFERENCED = """
    CREATE TRIGGER evidence_blob_unreferenced AFTER DELETE ON evidence
    WHEN NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = OLD.sha256)
    BEGIN DELETE FROM evidence_blob WHERE sha256 = OLD.sha256; END
"""
TRIGGERS = [*(_LOCKED.format(event=event.lower(), EVENT=event, row=row)
              for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))),
            _UNREFERENCED]
# PostgreSQL has no GLOB: the same rule as a regular expression (a database of that engine never ran the other).
_HEX = "length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'"
_HEX_POSTGRESQL = "length(sha256) = 64 AND sha256 !~ '[^0-9a-f]'"
TRIGGER_NAMES = ("evidence_locked_insert", "evidence_locked_update", "evidence_locked_delete",
                 "evidence_blob_unreferenced")


def upgrade() -> None:
    op.create_table(
        "evidence_blob",
        sa.Column("sha256", sa.Text, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.CheckConstraint(_HEX if op.get_bind().dialect.name == "sqlite" else _HEX_POSTGRESQL, name="sha256_hex"),
        sa.CheckConstraint(f"size BETWEEN 0 AND {MAX_BYTES}", name="size_limit"),
        sa.CheckConstraint("length(data) = size", name="size_matches"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sheet_id", sa.Integer, sa.ForeignKey("sheet.id", ondelete="CASCADE"), nullable=False),
        sa.Column("criterion_id", sa.Integer, sa.ForeignKey("criterion.id"), nullable=False),
        sa.Column("sha256", sa.Text, sa.ForeignKey("evidence_blob.sha256"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
        sa.Column("added_at", sa.Text, nullable=False),
        sa.UniqueConstraint("sheet_id", "criterion_id", "sha256", name="sheet_criterion_sha256"),
    )
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])
    # SQLite's trigger syntax; PostgreSQL gets the same rules as PL/pgSQL in 0011 (no PostgreSQL database ran
    # this revision before 0011 existed, so the guard changes nothing that was ever run).
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    for name in TRIGGER_NAMES if op.get_bind().dialect.name == "sqlite" else ():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_evidence_sha256", "evidence")
    op.drop_table("evidence")
    op.drop_table("evidence_blob")
