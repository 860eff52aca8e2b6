"""Schema versions: where a database stands, and bringing it to the version this app expects."""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from rtdesk.store.search import FTS_TABLE_NAMES

# Every revision shipped, oldest first. Kept here so that opening an up-to-date database does
# not import Alembic and read every migration script (half a second of the start-up);
# tests/store/test_migrations.py fails when this list and the scripts disagree.
REVISIONS = ("0001_initial", "0002_proposal_search", "0003_settings", "0004_performance")
HEAD_REVISION = REVISIONS[-1]


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Autogenerate must not try to drop what the models do not describe: the FTS5 index."""
    return not (type_ == "table" and name in FTS_TABLE_NAMES)


def alembic_config():  # -> alembic.config.Config; imported only when a migration runs
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "rtdesk.store:migrations")
    return config


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return set(REVISIONS)


def scripted_revisions() -> list[str]:
    """The revisions of the migration scripts themselves, oldest first (Alembic reads them)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database (None: no schema yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)
