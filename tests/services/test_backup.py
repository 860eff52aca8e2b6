"""Backups: consistent copies, rotation, and restores that check the file first."""

import os
import time

import pytest
from sqlalchemy import func, select, text

from rtdesk.domain.errors import NotFoundError, ValidationError
from rtdesk.services.backup import BackupService, check_backup_file
from rtdesk.store.database import open_database
from rtdesk.store.errors import DatabaseProblem, ProblemKind
from rtdesk.store.models import Person


def _add_person(db, family):
    with db.session_factory.begin() as session:
        session.add(Person(given_name="Anna", family_name=family))


def _people(path):
    db = open_database(path)
    try:
        with db.session_factory() as session:
            return sorted(session.scalars(select(Person.family_name)))
    finally:
        db.close()


def test_backup_while_open_is_consistent_and_restorable(database, tmp_path):
    _add_person(database, "Bianchi")
    service = BackupService(database.path, tmp_path / "backups")
    copy = service.backup()
    assert copy.exists() and copy.parent == tmp_path / "backups"
    check_backup_file(copy)
    _add_person(database, "Verdi")
    database.close()
    result = service.restore(copy)
    assert result.previous_kept_at is not None and result.previous_kept_at.exists()
    assert _people(database.path) == ["Bianchi"]
    assert _people(result.previous_kept_at) == ["Bianchi", "Verdi"]


def test_startup_backups_are_rotated_but_manual_ones_kept(database, tmp_path):
    service = BackupService(database.path, tmp_path / "b", keep=3)
    manual = service.backup(reason="manual")
    made = []
    for index in range(5):
        path = service.startup_backup()
        stamp = time.time() - 100 + index  # distinct, increasing, older than a new one
        os.utime(path, (stamp, stamp))
        made.append(path)
    remaining = {info.path for info in service.list_backups()}
    automatic = [info for info in service.list_backups() if info.automatic]
    assert len(automatic) == 3
    assert made[-1] in remaining and made[-1].exists()
    assert manual in remaining


def test_restore_refuses_bad_files_and_changes_nothing(database, tmp_path):
    _add_person(database, "Bianchi")
    database.close()
    service = BackupService(database.path, tmp_path / "b")
    before = database.path.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseProblem) as caught:
        service.restore(junk)
    assert caught.value.kind is ProblemKind.NOT_A_DATABASE
    with pytest.raises(NotFoundError):
        service.restore(tmp_path / "missing.sqlite")
    future = service.backup(tmp_path / "future.sqlite")
    db = open_database(future)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    db.close()
    with pytest.raises(DatabaseProblem) as caught:
        service.restore(future)
    assert caught.value.kind is ProblemKind.TOO_NEW
    assert database.path.read_bytes() == before


def test_backup_to_an_existing_file_is_refused(database, tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_text("keep me")
    with pytest.raises(ValidationError):
        BackupService(database.path, tmp_path).backup(target)
    assert target.read_text() == "keep me"


def test_restored_database_opens_with_reference_data(database, tmp_path):
    service = BackupService(database.path, tmp_path / "b")
    copy = service.backup()
    database.close()
    service.restore(copy)
    db = open_database(database.path)
    try:
        with db.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(text("zone"))) == 11
    finally:
        db.close()
