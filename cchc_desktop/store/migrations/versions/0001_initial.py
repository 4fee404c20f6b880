"""First schema: frameworks, criteria, units, sheets, scores (hundredths), sheet events, settings."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Everything below is frozen: the tables as the 0.1.0 release created them, written out rather than taken
# from store/schema.py, which moves on with later migrations. Names go through op.f() so that a later change
# of the naming convention cannot rename what this revision made. Never edit this file; add a migration.

# Rules the database enforces whatever program writes to it, as literal SQL text.
TRIGGERS = [
    """
    CREATE TRIGGER score_within_maximum_insert BEFORE INSERT ON score
    BEGIN
        SELECT RAISE(ABORT, 'score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, 'scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
    """,
    """
    CREATE TRIGGER score_within_maximum_update BEFORE UPDATE ON score
    BEGIN
        SELECT RAISE(ABORT, 'score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, 'scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
    """,
    """
    CREATE TRIGGER score_locked_insert BEFORE INSERT ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = NEW.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is finalized'); END
    """,
    """
    CREATE TRIGGER score_locked_update BEFORE UPDATE ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = OLD.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is finalized'); END
    """,
    """
    CREATE TRIGGER score_locked_delete BEFORE DELETE ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = OLD.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is finalized'); END
    """,
]


def upgrade() -> None:
    op.create_table(
        "framework",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("rounding_places", sa.Integer, nullable=False, server_default="2"),
        sa.Column("builtin", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework")),
        sa.UniqueConstraint("year", "level", "version", name=op.f("year_level_version")),
        sa.CheckConstraint("rounding_places BETWEEN 0 AND 2", name=op.f("ck_framework_rounding_places")),
    )
    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("framework_id", sa.Integer, nullable=False),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("maximum_hundredths", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("is_leaf", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("framework_id", "code", name=op.f("framework_code")),
        sa.CheckConstraint("maximum_hundredths >= 0", name=op.f("ck_criterion_maximum_not_negative")),
        sa.ForeignKeyConstraint(["framework_id"], ["framework.id"], ondelete="CASCADE",
                                name=op.f("fk_criterion_framework_id_framework")),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False, server_default="district"),
        sa.Column("parent_name", sa.Text),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_unit_name")),
    )
    op.create_table(
        "sheet",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("unit_id", sa.Integer, nullable=False),
        sa.Column("framework_id", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("document_date", sa.Text),
        sa.Column("finalized_at", sa.Text),
        sa.Column("finalized_fingerprint", sa.Text),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheet")),
        sa.UniqueConstraint("unit_id", "year", "framework_id", name=op.f("unit_year_framework")),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_sheet_year_range")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_sheet_unit_id_unit")),
        sa.ForeignKeyConstraint(["framework_id"], ["framework.id"], name=op.f("fk_sheet_framework_id_framework")),
    )
    op.create_table(
        "score",
        sa.Column("sheet_id", sa.Integer, nullable=False),
        sa.Column("criterion_id", sa.Integer, nullable=False),
        sa.Column("self_hundredths", sa.Integer),
        sa.Column("appraisal_hundredths", sa.Integer),
        sa.Column("note", sa.Text),
        sa.PrimaryKeyConstraint("sheet_id", "criterion_id", name=op.f("pk_score")),
        sa.CheckConstraint("self_hundredths >= 0", name=op.f("ck_score_self_not_negative")),
        sa.CheckConstraint("appraisal_hundredths >= 0", name=op.f("ck_score_appraisal_not_negative")),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE", name=op.f("fk_score_sheet_id_sheet")),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"], name=op.f("fk_score_criterion_id_criterion")),
    )
    op.create_table(
        "sheet_event",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("sheet_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("fingerprint", sa.Text),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheet_event")),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE",
                                name=op.f("fk_sheet_event_sheet_id_sheet")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    # SQLite's trigger syntax; PostgreSQL gets the same rules as PL/pgSQL in 0011 (no PostgreSQL database ran
    # this revision before 0011 existed, so the guard changes nothing that was ever run).
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    for name in ("setting", "sheet_event", "score", "sheet", "unit", "criterion", "framework"):
        op.drop_table(name)
