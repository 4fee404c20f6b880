"""Database identity: a random id in the settings, copied into every backup, so backups belong to one database."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(sa.text("INSERT OR IGNORE INTO setting (key, value) VALUES ('database_id', lower(hex(randomblob(16))))"))
    else:  # the same 32 lowercase hex digits on PostgreSQL
        op.execute(sa.text("INSERT INTO setting (key, value) VALUES ('database_id', "
                           "replace(gen_random_uuid()::text, '-', '')) ON CONFLICT (key) DO NOTHING"))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM setting WHERE key = 'database_id'"))
