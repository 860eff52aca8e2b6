"""The composition root: run_gui on a good, a new and a bad database."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from rtdesk import app, paths
from rtdesk.domain.errors import RtdeskError
from rtdesk.store.database import open_database
from rtdesk.store.errors import DatabaseProblem, ProblemKind


@pytest.fixture
def smoke_test(monkeypatch):
    """run_gui leaves its event loop once the window has been painted."""
    monkeypatch.setenv(app.SMOKE_TEST_ENV, "1")


def counts(path) -> tuple[int, int]:
    database = open_database(path, create=False)
    try:
        with database.engine.connect() as connection:
            zones = connection.exec_driver_sql("SELECT count(*) FROM zone").scalar()
            municipalities = connection.exec_driver_sql("SELECT count(*) FROM municipality")
            return zones, municipalities.scalar()
    finally:
        database.close()


def test_run_gui_creates_the_database_and_shows_the_window(smoke_test, tmp_path, capsys):
    target = tmp_path / "gui.sqlite"
    hook = sys.excepthook
    assert app.run_gui(str(target), ["rtdesk"]) == 0
    assert app.SMOKE_MARKER in capsys.readouterr().out.splitlines()
    assert counts(target) == (11, 312)
    assert sys.excepthook is hook  # restored for whoever runs next


def test_the_start_up_backup_is_made_after_the_window_is_shown(smoke_test, tmp_path, capsys):
    target = tmp_path / "gui.sqlite"
    assert app.run_gui(str(target), ["rtdesk"]) == 0  # created: nothing to back up yet
    assert not list(paths.backups_dir().glob("*.sqlite"))
    assert app.run_gui(str(target), ["rtdesk"]) == 0
    backups = list(paths.backups_dir().glob("gui*.sqlite"))
    assert len(backups) == 1 and "start" in backups[0].name
    assert counts(backups[0]) == (11, 312)


def test_run_gui_uses_the_environment_variable(smoke_test, tmp_path, monkeypatch, capsys):
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("RTDESK_DATABASE", str(target))
    assert app.run_gui(None) == 0
    assert target.is_file()


def test_a_bad_database_is_explained_and_never_overwritten(smoke_test, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    junk = b"this is a spreadsheet, not a database" * 100
    bad.write_bytes(junk)
    asked = []

    def quit_after_reading(error):
        asked.append(error)
        return app.StartupChoice.QUIT

    monkeypatch.setattr(app, "ask_after_failure", quit_after_reading)
    assert app.run_gui(str(bad)) == app.EXIT_FAILED
    [error] = asked
    assert isinstance(error, DatabaseProblem) and error.kind is ProblemKind.NOT_A_DATABASE
    assert bad.read_bytes() == junk


def test_the_window_paints_before_the_database_opens(smoke_test, tmp_path, monkeypatch, capsys):
    opened = app.open_first_workspace

    def opening(target):
        print("opening the database", flush=True)
        return opened(target)

    monkeypatch.setattr(app, "open_first_workspace", opening)
    assert app.run_gui(str(tmp_path / "order.sqlite"), ["rtdesk"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [app.FIRST_PAINT_MARKER, "opening the database", app.SMOKE_MARKER]


def test_the_window_module_loads_no_database_code(fresh_python):
    """What the first paint waits for: Qt and the window, not SQLAlchemy or the services."""
    probe = (
        "import sys, rtdesk.app; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] == 'sqlalchemy' or m.startswith(('rtdesk.store', 'rtdesk.services'))))"
    )
    printed = fresh_python(probe)
    assert printed == "[]", printed


def test_after_a_failure_the_user_can_open_another_database(
    smoke_test, tmp_path, monkeypatch, capsys
):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk" * 100)
    good = tmp_path / "good.sqlite"
    open_database(good).close()
    choices = iter([app.StartupChoice.OPEN_ANOTHER, app.StartupChoice.OPEN_ANOTHER])
    files = iter([None, str(good)])  # cancelled once, then chose a file
    monkeypatch.setattr(app, "ask_after_failure", lambda error: next(choices))
    monkeypatch.setattr(app, "choose_database_file", lambda new, folder: next(files))
    assert app.run_gui(str(bad)) == 0
    assert app.SMOKE_MARKER in capsys.readouterr().out


def test_new_database_after_a_failure_refuses_an_existing_file(smoke_test, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk" * 100)
    errors = []
    choices = iter([app.StartupChoice.CREATE_NEW, app.StartupChoice.CREATE_NEW])
    files = iter([str(bad), str(tmp_path / "brand-new.sqlite")])

    def ask(error):
        errors.append(error)
        return next(choices)

    monkeypatch.setattr(app, "ask_after_failure", ask)
    monkeypatch.setattr(app, "choose_database_file", lambda new, folder: next(files))
    assert app.run_gui(str(bad)) == 0
    assert errors[1].message == "A file named bad.sqlite already exists."
    assert bad.read_bytes() == b"junk" * 100
    assert counts(tmp_path / "brand-new.sqlite") == (11, 312)


def test_the_startup_failure_message_offers_a_way_out(qapp):
    problem = DatabaseProblem(ProblemKind.LOCKED, "/data/rtdesk.sqlite")
    box, choices = app.startup_failure_box(problem)
    assert box.text() == "The database is in use by another program. (/data/rtdesk.sqlite)"
    assert box.informativeText().startswith("Close other copies of rtdesk")
    assert box.icon() == QMessageBox.Icon.Warning
    assert sorted(button.text() for button in choices) == [
        "New database…",
        "Open another database…",
        "Quit",
    ]
    assert set(choices.values()) == set(app.StartupChoice)


def test_opening_notes(tmp_path):
    workspace = app.open_workspace(str(tmp_path / "notes.sqlite"), True)
    try:
        assert workspace.notes == ("Created a new database with 11 zones and 312 municipalities.",)
        assert workspace.location == str((tmp_path / "notes.sqlite").resolve())
        assert workspace.services.zones.count_without_zone() == 123
    finally:
        workspace.close()
    again = app.open_workspace(str(tmp_path / "notes.sqlite"), False)
    again.close()
    assert again.notes == ()


def test_uncaught_errors_become_messages(message_boxes, capsys):
    app._report_uncaught(RtdeskError, RtdeskError("Disk full.", advice="Free space."), None)
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as bug:
        app._report_uncaught(type(bug), bug, bug.__traceback__)
    plain, bug_box = message_boxes
    assert (plain.text, plain.informative, plain.detailed) == ("Disk full.", "Free space.", "")
    assert bug_box.icon == QMessageBox.Icon.Critical
    assert "internal error" in bug_box.text
    assert "ZeroDivisionError: a bug" in bug_box.detailed
    assert "ZeroDivisionError" in capsys.readouterr().err
