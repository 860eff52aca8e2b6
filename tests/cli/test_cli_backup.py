"""`rtdesk backup` and `rtdesk restore`, and the backup taken when the app opens a database."""

from sqlalchemy import select

from rtdesk import cli, paths
from rtdesk.app import open_workspace
from rtdesk.store.database import open_database
from rtdesk.store.models import Person


def _people(path):
    db = open_database(path)
    try:
        with db.session_factory() as session:
            return sorted(session.scalars(select(Person.family_name)))
    finally:
        db.close()


def _add(path, family):
    db = open_database(path)
    try:
        with db.session_factory.begin() as session:
            session.add(Person(given_name="Anna", family_name=family))
    finally:
        db.close()


def test_backup_then_restore(tmp_path, capsys):
    database = tmp_path / "rt.sqlite"
    copy = tmp_path / "copy.sqlite"
    _add(database, "Bianchi")
    assert cli.main(["--database", str(database), "backup", "-o", str(copy)]) == 0
    assert f"Backup written: {copy}" in capsys.readouterr().out
    _add(database, "Verdi")
    assert cli.main(["--database", str(database), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "kept at" in out
    assert _people(database) == ["Bianchi"]


def test_backup_into_the_backups_folder(tmp_path, capsys):
    database = tmp_path / "rt.sqlite"
    _add(database, "Bianchi")
    assert cli.main(["--database", str(database), "backup"]) == 0
    written = capsys.readouterr().out.split("Backup written: ")[1].strip()
    assert written.startswith(str(paths.backups_dir()))
    assert _people(written) == ["Bianchi"]


def test_restore_of_junk_is_refused_and_changes_nothing(tmp_path, capsys):
    database = tmp_path / "rt.sqlite"
    _add(database, "Bianchi")
    before = database.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a backup")
    assert cli.main(["--database", str(database), "restore", str(junk)]) == 1
    assert "not an rtdesk database" in capsys.readouterr().err
    assert database.read_bytes() == before


def test_opening_in_the_app_takes_a_backup(tmp_path):
    database = tmp_path / "rt.sqlite"
    _add(database, "Bianchi")
    workspace = open_workspace(str(database))
    assert workspace.after_open is not None  # the window runs it once it has painted
    workspace.after_open()
    workspace.close()
    backups = list(paths.backups_dir().glob("rt_*_start.sqlite"))
    assert len(backups) == 1 and _people(backups[0]) == ["Bianchi"]


def test_a_new_database_needs_no_startup_backup(tmp_path):
    workspace = open_workspace(str(tmp_path / "new.sqlite"))
    workspace.close()
    assert not list(paths.backups_dir().glob("new_*_start.sqlite"))
