"""Opening databases: creation and seeding, and refusing (untouched) what must not be touched."""

import sqlite3

import pytest
from sqlalchemy import func, select, text

from rtdesk.domain.errors import NotFoundError
from rtdesk.store.database import open_database
from rtdesk.store.errors import DatabaseProblem, ProblemKind
from rtdesk.store.models import Municipality, Zone, ZoneMembership


def test_new_database_is_created_and_seeded(database_path):
    db = open_database(database_path)
    try:
        assert db.created
        assert (db.seeded.zones, db.seeded.municipalities, db.seeded.without_zone) == (11, 312, 123)
        with db.session_factory() as session:
            assert session.scalar(select(func.count(Zone.id))) == 11
            assert session.scalar(select(func.count(Municipality.id))) == 312
            assert session.scalar(select(func.count(ZoneMembership.id))) == 189
            torino = session.scalar(select(Municipality).where(Municipality.name == "Torino"))
            assert (torino.istat_code, torino.cadastral_code, torino.zone.number) == (
                "001272",
                "L219",
                1,
            )
            assert torino.population == 841600 and torino.population_year == 2023
            mappano = session.scalar(
                select(Municipality).where(Municipality.istat_code == "001316")
            )
            assert mappano.memberships[0].start_date.isoformat() == "2021-08-04"
    finally:
        db.close()


def test_sqlite_pragmas_are_on(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_reopening_does_not_seed_again(database_path):
    open_database(database_path).close()
    db = open_database(database_path)
    try:
        assert not db.created and db.seeded is None
        with db.session_factory() as session:
            assert session.scalar(select(func.count(Zone.id))) == 11
    finally:
        db.close()


def test_interrupted_creation_is_completed(database_path):
    db = open_database(database_path)
    with db.engine.begin() as connection:
        for table in ("zone_membership", "municipality", "zone"):
            connection.execute(text(f"DELETE FROM {table}"))
    db.close()
    db = open_database(database_path)
    try:
        assert db.seeded is not None and db.seeded.municipalities == 312
    finally:
        db.close()


def test_missing_database_without_create_is_not_found(tmp_path):
    with pytest.raises(NotFoundError):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_file_that_is_not_a_database_is_left_untouched(tmp_path):
    junk = tmp_path / "minutes.sqlite"
    content = b"these are not the minutes you are looking for" * 50
    junk.write_bytes(content)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(junk)
    assert caught.value.kind is ProblemKind.NOT_A_DATABASE
    assert "not an rtdesk database" in caught.value.message
    assert junk.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    before = other.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(other)
    assert caught.value.kind is ProblemKind.NOT_A_DATABASE
    assert other.read_bytes() == before


def test_database_from_a_newer_version_is_refused_untouched(database_path):
    db = open_database(database_path)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    before = database_path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(database_path)
    assert caught.value.kind is ProblemKind.TOO_NEW
    assert "newer version" in caught.value.message
    assert database_path.read_bytes() == before


def test_corrupt_database_is_refused_untouched(database_path):
    open_database(database_path).close()
    data = bytearray(database_path.read_bytes())
    # Keep the header (so it still claims to be SQLite) and scribble over the b-tree pages.
    for offset in range(4096 + 8, min(len(data), 4096 * 6), 7):
        data[offset] = 0xFF
    database_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
    before = database_path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(database_path)
    assert caught.value.kind in (ProblemKind.CORRUPT, ProblemKind.NOT_A_DATABASE)
    assert database_path.read_bytes() == before


def test_locked_database_gives_advice(database_path, monkeypatch):
    open_database(database_path).close()
    monkeypatch.setattr("rtdesk.store.engine.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(database_path)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseProblem) as caught:
            open_database(database_path)
        assert caught.value.kind is ProblemKind.LOCKED
        assert "another program" in caught.value.message
    finally:
        holder.rollback()
        holder.close()


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(DatabaseProblem):
        open_database(tmp_path)


def test_interrupted_migration_leaves_no_half_schema(database_path, monkeypatch):
    """A crash in the middle of the migrations must leave a database that opens afterwards."""
    from rtdesk.store import migrate

    real_upgrade = migrate.upgrade

    def upgrade_then_crash(connection, target="head"):
        real_upgrade(connection, "0002_proposal_search")
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_crash)
    with pytest.raises(KeyboardInterrupt):
        open_database(database_path)
    with sqlite3.connect(database_path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == []  # the schema changes were rolled back with the rest
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    db = open_database(database_path)
    try:
        assert db.seeded is not None and db.seeded.municipalities == 312
    finally:
        db.close()
