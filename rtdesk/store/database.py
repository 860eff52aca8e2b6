"""Opening a database safely: create and seed a new one, migrate an older one after a backup,
refuse (untouched) one that is corrupt, foreign, locked or newer than this program."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from rtdesk.domain.errors import NotFoundError
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.store import engine as engine_module
from rtdesk.store import migrate
from rtdesk.store.backup import copy_database, free_backup_path
from rtdesk.store.engine import database_url, make_engine, sqlite_path
from rtdesk.store.errors import DatabaseProblem, ProblemKind, translated_errors
from rtdesk.store.models import Zone
from rtdesk.store.seed import SeedReport, seed_reference_data

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: the engine, the session factory and what happened on opening."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None
    created: bool = False
    seeded: SeedReport | None = None
    migrated_from: str | None = None
    backups: list[Path] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path, *, create: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open (and if needed create, seed or migrate) the database named by a path or URL."""
    url = database_url(target)
    path = sqlite_path(url)
    location = str(path) if path else url
    is_new = False
    if path is not None:
        is_new = _check_sqlite_file(path, create=create)
    engine = make_engine(url)
    try:
        with translated_errors(location):
            database = _prepare(engine, url, path, is_new, backup_dir or _default_backup_dir(path))
    except BaseException:
        engine.dispose()
        raise
    return database


def _default_backup_dir(path: Path | None) -> Path | None:
    return path.parent / "backups" if path else None


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Refuse what must not be touched; True when the database has to be created."""
    if path.is_dir():
        raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, str(path), "is a folder")
    if not path.exists():
        if not create:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors.database", "There is no database at {path}.").format(
                    path=str(path)
                ),
                advice=QT_TRANSLATE_NOOP(
                    "errors.database", "Check the path, or create a new database."
                ),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseProblem(ProblemKind.CANNOT_OPEN, str(path), str(error)) from error
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseProblem(ProblemKind.CANNOT_OPEN, str(path), str(error)) from error
    if header == b"":
        return True  # an empty file is an empty SQLite database
    if header != SQLITE_HEADER:
        raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, str(path), "no SQLite header")
    return False


def _inspect_read_only(path: Path) -> tuple[str | None, set[str]]:
    """Integrity verdict, schema revision and tables, read without changing a byte of the file.

    The engine's connect hook switches the journal to WAL, which writes to the file: a file that
    is not ours must be refused before that happens.
    """
    connection = sqlite3.connect(
        f"{path.as_uri()}?mode=ro", uri=True, timeout=engine_module.BUSY_TIMEOUT_MS / 1000
    )
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise DatabaseProblem(ProblemKind.CORRUPT, str(path), str(verdict))
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables - {"alembic_version"}
    finally:
        connection.close()


def _prepare(
    engine: Engine, url: str, path: Path | None, is_new: bool, backup_dir: Path | None
) -> Database:
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False), path)
    if path is not None and not is_new:
        current, tables = _inspect_read_only(path)
    else:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if current is None and tables:
        raise DatabaseProblem(
            ProblemKind.NOT_A_DATABASE, database.display_name, f"foreign tables {sorted(tables)}"
        )
    if current is not None and current not in migrate.known_revisions():
        raise DatabaseProblem(ProblemKind.TOO_NEW, database.display_name, f"revision {current}")
    head = migrate.head_revision()
    if current is not None and current != head:
        if path is not None and backup_dir is not None:
            target = free_backup_path(backup_dir, path, f"before-migration-from-{current}")
            database.backups.append(copy_database(path, target))
        database.migrated_from = current
    if current != head:
        # One transaction for every revision: a crash leaves the old schema, never half a new one.
        migration_engine = make_engine(url, transactional_ddl=True)
        try:
            with migration_engine.begin() as connection:
                migrate.upgrade(connection)
        finally:
            migration_engine.dispose()
    database.created = current is None
    with database.session_factory.begin() as session:
        # Also covers a creation interrupted between the schema and the seed.
        if session.scalar(select(Zone.id).limit(1)) is None:
            database.seeded = seed_reference_data(session)
    return database
