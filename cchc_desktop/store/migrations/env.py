"""Alembic environment: runs on the connection the application hands in."""

from alembic import context

from cchc_desktop.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run through cchc_desktop.store.migrations.upgrade_to_head")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
