"""Criteria sets: each criterion's printed label, scoring guide and import warning."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen: the columns as revision 0004 adds them. criterion.code stays the unique position path ("2.5.1.1")
# every score and audit row is keyed by; label is what the decision prints ("a)", "II", "5.1"), NULL when it
# is the path itself (every criterion stored before this revision). Never edit this file; add a migration.


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: nothing is copied, and no table other rows point at is rebuilt.
    op.add_column("criterion", sa.Column("label", sa.Text))
    op.add_column("criterion", sa.Column("guide", sa.Text))
    op.add_column("criterion", sa.Column("warning", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("criterion") as batch:
        batch.drop_column("warning")
        batch.drop_column("guide")
        batch.drop_column("label")
