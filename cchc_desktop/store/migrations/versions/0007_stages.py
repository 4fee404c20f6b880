"""The yearly cycle: a sheet's stage, the appraisal's first round and the unit's explanation per criterion.

The existing appraisal column becomes the final appraisal (round 2) as it is: no value moves.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen: the maximum and leaf-only trigger as this revision writes it (round 1 checked like the other columns),
# and as 0005 wrote it (for the downgrade). Never edit this file; add a migration.
_WITHIN_MAXIMUM_0006 = """
    CREATE TRIGGER score_within_maximum_{event} BEFORE {EVENT} ON score
    BEGIN
        SELECT RAISE(ABORT, 'CCHC_OVER_MAXIMUM: score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.round1_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, 'CCHC_NOT_LEAF: scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL
               OR NEW.round1_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
"""
_WITHIN_MAXIMUM_0005 = """
    CREATE TRIGGER score_within_maximum_{event} BEFORE {EVENT} ON score
    BEGIN
        SELECT RAISE(ABORT, 'CCHC_OVER_MAXIMUM: score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, 'CCHC_NOT_LEAF: scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
"""
EVENTS = ("INSERT", "UPDATE")


def _triggers(template: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # SQLite's trigger syntax; PostgreSQL gets these rules in 0011
    for event in EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS score_within_maximum_{event.lower()}")
        op.execute(template.format(event=event.lower(), EVENT=event))


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: rebuilding sheet would cascade-delete its scores and events.
    op.add_column("sheet", sa.Column("stage", sa.Text, sa.CheckConstraint(
        "stage IN ('drafting', 'submitted', 'appraised', 'explained', 'final')", name="stage_known")))
    op.add_column("score", sa.Column("round1_hundredths", sa.Integer, sa.CheckConstraint(
        "round1_hundredths >= 0", name="round1_not_negative")))
    op.add_column("score", sa.Column("explanation", sa.Text))
    _triggers(_WITHIN_MAXIMUM_0006)


def downgrade() -> None:
    _triggers(_WITHIN_MAXIMUM_0005)
    with op.batch_alter_table("score") as batch:
        batch.drop_column("explanation")
        batch.drop_column("round1_hundredths")
    with op.batch_alter_table("sheet") as batch:
        batch.drop_column("stage")
