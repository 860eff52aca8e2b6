"""Developer tool: write a new migration from the difference between the models and the head.

Usage: python -m rtdesk.store.new_revision "what changed"
It upgrades a scratch database to the current head, compares it with the models and writes
rtdesk/store/migrations/versions/<rev>_<slug>.py for review. Always read and test the result.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from rtdesk.store import migrate
from rtdesk.store.engine import database_url, make_engine


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(database_url(Path(folder) / "scratch.sqlite"))
        with engine.begin() as connection:
            migrate.upgrade(connection)
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.revision(config, message=argv[0], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
