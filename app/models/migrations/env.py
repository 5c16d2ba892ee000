"""Alembic environment: migrate the connection the store hands in, in batch mode for SQLite."""

from alembic import context

import app.models.entities  # noqa: F401  (registers the tables on the metadata)
from app.models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Koers migrations run only on a connection given by the project store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
