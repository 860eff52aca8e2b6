"""Persistence: SQLAlchemy models, engine, migrations and reference-data seeding."""
