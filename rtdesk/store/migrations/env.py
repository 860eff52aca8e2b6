"""Alembic environment: runs on a connection handed over by rtdesk.store.migrate."""

from alembic import context

from rtdesk.store.migrate import include_name
from rtdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("rtdesk migrations run through rtdesk.store.migrate, not the alembic CLI")

# Batch mode lets SQLite, which cannot ALTER most things, rebuild tables instead.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
