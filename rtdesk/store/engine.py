"""Engine factory: SQLite with WAL, foreign keys and a busy timeout; other URLs passed through."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 3000


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for what the user typed: a file path, or already a URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, *, transactional_ddl: bool = False) -> Engine:
    """An engine for `url`; `transactional_ddl` makes SQLite schema changes all-or-nothing.

    Python's sqlite3 module (before 3.12) commits DDL on its own and begins transactions only
    before DML, so a crash in the middle of a migration left half a schema behind (found by
    tests/store/test_crash_safety.py). Migrations therefore run on an engine that issues its
    own BEGIN; everyday work keeps the driver's lazy transactions, whose reads do not pin a
    snapshot that would turn a later write into "database is locked".
    """
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite_connection)
        if transactional_ddl:
            event.listen(engine, "connect", _driver_autocommit)
            event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # WAL survives crashes without losing committed work; NORMAL sync is safe with WAL.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _driver_autocommit(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN instead


def _begin_sqlite_transaction(connection) -> None:
    connection.exec_driver_sql("BEGIN")
