"""Scoring rules: each criterion's rule and kind, figures and not-applicable marks per sheet row, grades, benchmarks."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen: the tables as revision 0006 creates them. New tables only, so no existing table is rebuilt and
# databases of earlier releases gain them empty (every criterion manual, every row applicable). Never edit this
# file; add a migration.


def upgrade() -> None:
    op.create_table(
        "criterion_rule",
        sa.Column("criterion_id", sa.Integer, sa.ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.Text, nullable=False, server_default="score"),
        sa.Column("rule", sa.Text),
        sa.CheckConstraint("kind IN ('score', 'bonus', 'deduction')", name="criterion_kind"),
    )
    op.create_table(
        "score_figures",
        sa.Column("sheet_id", sa.Integer, sa.ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("criterion_id", sa.Integer, sa.ForeignKey("criterion.id"), primary_key=True),
        sa.Column("self_figures", sa.Text),
        sa.Column("appraisal_figures", sa.Text),
    )
    op.create_table(
        "not_applicable",
        sa.Column("sheet_id", sa.Integer, sa.ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("criterion_id", sa.Integer, sa.ForeignKey("criterion.id"), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "grade_scale",
        sa.Column("framework_id", sa.Integer, sa.ForeignKey("framework.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("grades", sa.Text, nullable=False),
    )
    op.create_table(
        "benchmark",
        sa.Column("framework_id", sa.Integer, sa.ForeignKey("framework.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("criterion_id", sa.Integer, sa.ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for name in ("benchmark", "grade_scale", "not_applicable", "score_figures", "criterion_rule"):
        op.drop_table(name)
