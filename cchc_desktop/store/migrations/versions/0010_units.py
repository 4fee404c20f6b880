"""Units as a managed list: a code per unit, and the 2025 reorganisation recorded as successions."""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen: unit.code is the unit's administrative code (e.g. "03361"), NULL when not known. A unit_succession row
# says the predecessor's work passed to the successor from ``effective`` (ISO date): "Xã Khổng Lào, Xã Hoang Thèn,
# Xã Bản Lang → Xã Khổng Lào (mới) from 2025-07-01" is three rows. unit.parent_name (since 0001) stays the
# header line above the unit (the province, the department above).

# PostgreSQL has no GLOB: the same rule as a regular expression (a database of that engine never ran the other).
_ISO_DATE = "effective GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
_ISO_DATE_POSTGRESQL = "effective ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'"


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: the unit table, which sheets point at, is not rebuilt.
    op.add_column("unit", sa.Column("code", sa.Text))
    op.create_table(
        "unit_succession",
        sa.Column("predecessor_id", sa.Integer, sa.ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("successor_id", sa.Integer, sa.ForeignKey("unit.id", ondelete="CASCADE"), nullable=False),
        sa.Column("effective", sa.Text, nullable=False),
        sa.CheckConstraint("predecessor_id <> successor_id", name="not_itself"),
        sa.CheckConstraint(_ISO_DATE if op.get_bind().dialect.name == "sqlite" else _ISO_DATE_POSTGRESQL,
                           name="effective_iso_date"),
    )
    op.create_index("ix_unit_succession_successor_id", "unit_succession", ["successor_id"])


def downgrade() -> None:
    op.drop_index("ix_unit_succession_successor_id", "unit_succession")
    op.drop_table("unit_succession")
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("code")
