"""Database identity: a random id in the settings, copied into every backup, so backups belong to one database."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("INSERT OR IGNORE INTO setting (key, value) VALUES ('database_id', lower(hex(randomblob(16))))"))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM setting WHERE key = 'database_id'"))
