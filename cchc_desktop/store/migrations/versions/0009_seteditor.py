"""Criteria-set versions: the set an edited or copied set was made from, so versions of one set can be followed."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen: framework.based_on is the id of the set this one was copied from (a frozen set edited, or a set
# copied to a new year); NULL for a set imported or built in. unit.kind already holds the unit's level
# (commune, ward, special, department, district, province); nothing about it changes here.


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: the framework table, which sheets and criteria point at, is not rebuilt.
    op.add_column("framework", sa.Column("based_on", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("framework") as batch:
        batch.drop_column("based_on")
