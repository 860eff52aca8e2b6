"""Schema versions: where a database stands, and bringing it to the version this app expects."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from rtdesk.store.search import FTS_TABLE_NAMES


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Autogenerate must not try to drop what the models do not describe: the FTS5 index."""
    return not (type_ == "table" and name in FTS_TABLE_NAMES)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "rtdesk.store:migrations")
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migration"
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)
