"""Alembic migrations of the rtdesk database, shipped inside the package."""
