"""First schema: frameworks, criteria, units, sheets, scores (hundredths), sheet events, settings."""

from alembic import op

from cchc_desktop.store.schema import TRIGGERS, metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The tables as they stood at this revision; later migrations alter them with op.batch_alter_table.
_TABLES = ("framework", "criterion", "unit", "sheet", "score", "sheet_event", "setting")


def upgrade() -> None:
    bind = op.get_bind()
    for name in _TABLES:
        metadata.tables[name].create(bind)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(_TABLES):
        metadata.tables[name].drop(bind)
