"""The rtdesk command: options, check, demo, error reporting and exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from rtdesk import __version__, cli, paths
from rtdesk.domain.errors import ImportRejected
from rtdesk.domain.roster import RowProblem
from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry, Mandate, Person


@pytest.fixture
def registry(monkeypatch):
    """Let a test register extra commands without leaving them behind."""
    monkeypatch.setattr(cli, "_COMMANDS", dict(cli._COMMANDS))
    monkeypatch.setattr(cli, "_GROUPS", dict(cli._GROUPS))


def rows(path: Path) -> tuple[list[tuple], list[tuple], int]:
    """People, mandates (as users see them) and the audit entries about people and mandates."""
    database = open_database(path)
    try:
        with database.session_factory() as session:
            people = [
                (p.given_name, p.family_name, p.title, p.municipality.name, p.email, p.phone)
                for p in session.scalars(select(Person).order_by(Person.id))
            ]
            mandates = [
                (
                    m.person.full_name,
                    m.zone.number,
                    m.role.value,
                    m.is_vicar,
                    m.start_date,
                    m.end_date,
                    m.elected_on,
                    m.notes,
                )
                for m in session.scalars(select(Mandate).order_by(Mandate.id))
            ]
            audit = session.scalar(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.entity.in_(("person", "mandate"))
                )
            )
    finally:
        database.close()
    return people, mandates, audit


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"rtdesk {__version__}\n" == "rtdesk 0.1.0\n"


def test_check_creates_and_describes_a_new_database(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert cli.main(["--database", str(path), "check"]) == 0
    captured = capsys.readouterr()
    assert "Created a new database" in captured.err and path.exists()
    out = captured.out
    assert f"Database: {path}" in out
    assert "Zones: 11\n" in out and "Municipalities: 312\n" in out
    assert (
        "123 municipalities have no zone yet: their zone is not sourced "
        "(they lie in zone 6, 7 or 9); assign it on the Zones page." in out
    )
    for line in ("People: 0", "Mandates: 0", "Sessions: 0", "Proposals: 0", "Actions: 0"):
        assert line in out
    assert "Schema revision: 0" in out and "Schema revision: none" not in out
    assert cli.main(["--database", str(path), "check"]) == 0
    assert "Created" not in capsys.readouterr().err  # the second time it already exists


def test_check_of_a_file_that_is_not_a_database(tmp_path, capsys):
    junk = tmp_path / "minutes.sqlite"
    content = b"\x00\x01 these are not the minutes you are looking for" * 80
    junk.write_bytes(content)
    assert cli.main(["--database", str(junk), "check"]) == 1
    captured = capsys.readouterr()
    assert "not an rtdesk database" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert junk.read_bytes() == content


def test_check_of_a_database_from_a_newer_version(database_path, capsys):
    database = open_database(database_path)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.close()
    before = database_path.read_bytes()
    assert cli.main(["check", "--database", str(database_path)]) == 1
    err = capsys.readouterr().err
    assert "newer version" in err and "Traceback" not in err
    assert database_path.read_bytes() == before


def test_check_lists_problems_and_fails(database_path, capsys):
    database = open_database(database_path)
    with database.engine.begin() as connection:
        # A municipality whose zone disagrees with its open membership: a consistency problem.
        connection.execute(text("UPDATE municipality SET zone_id = 1 WHERE istat_code = '001191'"))
    database.close()
    assert cli.main(["check", "--database", str(database_path)]) == 1
    out = capsys.readouterr().out
    assert "1 problem found:" in out
    assert "Pinerolo: its zone does not match its open zone membership." in out


def test_database_from_the_environment(tmp_path, monkeypatch, capsys):
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("RTDESK_DATABASE", str(path))
    assert cli.main(["check"]) == 0
    assert f"Database: {path}" in capsys.readouterr().out
    assert path.exists() and not paths.default_database().exists()


def test_database_option_before_or_after_the_command(tmp_path, monkeypatch, capsys):
    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    monkeypatch.setenv("RTDESK_DATABASE", str(tmp_path / "env.sqlite"))  # the option wins
    assert cli.main(["check", "--database", str(after)]) == 0
    assert f"Database: {after}" in capsys.readouterr().out
    assert cli.main(["--database", str(before), "check"]) == 0
    assert f"Database: {before}" in capsys.readouterr().out
    # Given twice, the one nearer the command's own arguments counts.
    assert cli.main(["--database", str(before), "check", "--database", str(after)]) == 0
    assert f"Database: {after}" in capsys.readouterr().out
    assert not (tmp_path / "env.sqlite").exists()


def test_default_database(capsys):
    assert cli.main(["check"]) == 0
    assert f"Database: {paths.default_database()}" in capsys.readouterr().out


def test_no_command_opens_the_window(monkeypatch):
    calls = []

    def run_gui(database, argv=None):
        calls.append((database, argv))
        return 0

    fake_app = types.ModuleType("rtdesk.app")
    fake_app.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "rtdesk.app", fake_app)
    assert cli.main([]) == 0
    assert cli.main(["--database", "x.sqlite"]) == 0
    assert calls == [(None, ["rtdesk"]), ("x.sqlite", ["rtdesk"])]


def test_demo_same_seed_gives_the_same_data(tmp_path, capsys):
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert cli.main(["demo", "--seed", "1", "--database", str(first)]) == 0
    out = capsys.readouterr().out
    assert cli.main(["--database", str(second), "demo", "--seed", "1"]) == 0
    people, mandates, audit = rows(first)
    assert people and mandates
    assert (people, mandates) == rows(second)[:2]
    assert f"people: {len(people)}\n" in out
    assert f"mandates: {len(mandates)} (" in out
    assert "zones without a spokesperson today: " in out
    assert audit == len(people) + len(mandates)


def test_demo_years(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--years", "0", "--database", str(path)]) == 2
    assert "--years" in capsys.readouterr().err
    assert not path.exists()
    assert cli.main(["demo", "--years", "5", "--database", str(path)]) == 0
    assert "5 years up to" in capsys.readouterr().out


def test_demo_refuses_a_database_with_people(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(path)]) == 0
    before = rows(path)
    capsys.readouterr()
    assert cli.main(["demo", "--seed", "2", "--database", str(path)]) == 1
    captured = capsys.readouterr()
    assert "already holds" in captured.err and "new database file" in captured.err
    assert "Traceback" not in captured.err
    assert rows(path) == before


def test_demo_needs_a_named_database(capsys):
    assert cli.main(["demo"]) == 1
    assert "--database" in capsys.readouterr().err
    assert not paths.default_database().exists()


def test_usage_errors_exit_2(capsys):
    assert cli.main(["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert cli.main(["check", "--no-such-option"]) == 2


def test_commands_with_several_words_and_their_errors(registry, tmp_path, capsys):
    seen = []

    @cli.command(
        "probe write",
        help="a multi-word command made up for this test",
        arguments=[cli.argument("session"), cli.argument("-o", "--output", required=True)],
    )
    def export_minutes(invocation):
        seen.append((invocation.args.session, invocation.args.output))
        return 0

    @cli.command("probe import", help="a made-up import", arguments=[cli.argument("file")])
    def import_roster(invocation):
        raise ImportRejected(
            [RowProblem(3, "unknown zone 12", "Zona"), RowProblem(None, "no sheet")], "roster"
        )

    @cli.command("explode", help="a bug")
    def explode(invocation):
        raise ZeroDivisionError("boom")

    assert cli.main(["probe", "write", "7/2026", "-o", "out.pdf"]) == 0
    assert seen == [("7/2026", "out.pdf")]
    assert cli.main(["probe"]) == 2  # which probe is missing: a usage error
    capsys.readouterr()

    assert cli.main(["probe", "import", "roster.xlsx", "--database", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "Row 3, column “Zona”: unknown zone 12" in err
    assert "File: no sheet" in err
    assert any("2 problems" in line for line in err)

    assert cli.main(["explode"]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" in err and "ZeroDivisionError" in err

    with pytest.raises(ValueError, match="twice"):
        cli.command("explode", help="again")(explode)


def _console_script() -> list[str]:
    beside_python = Path(sys.executable).with_name("rtdesk")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("rtdesk")
    return [found] if found else [sys.executable, "-m", "rtdesk"]


def test_installed_console_script(tmp_path):
    path = tmp_path / "script.sqlite"
    version = subprocess.run(
        [*_console_script(), "--version"], capture_output=True, text=True, timeout=120
    )
    assert (version.returncode, version.stdout) == (0, "rtdesk 0.1.0\n")
    check = subprocess.run(
        [*_console_script(), "check", "--database", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stderr
    assert "Municipalities: 312" in check.stdout and "Created a new database" in check.stderr


def test_python_m_rtdesk_and_no_qt_for_commands(tmp_path):
    """The command line must work without loading Qt (servers, scripts, CI)."""
    script = (
        "import sys; from rtdesk.cli import main; code = main(sys.argv[1:]);"
        "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "check", "--database", str(tmp_path / "q.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("no qt")
    module = subprocess.run(
        [sys.executable, "-m", "rtdesk", "--version"], capture_output=True, text=True, timeout=120
    )
    assert (module.returncode, module.stdout) == (0, "rtdesk 0.1.0\n")
