"""The `rtdesk` command goes straight to the window, or hands everything else to the CLI."""

from __future__ import annotations

import sys
import types

import pytest

from rtdesk import launcher


@pytest.mark.parametrize(
    ("arguments", "database"),
    [
        ([], None),
        (["--database", "x.sqlite"], "x.sqlite"),
        (["--database=C:\\Verbali\\rt.sqlite"], "C:\\Verbali\\rt.sqlite"),
    ],
)
def test_window_arguments(arguments, database):
    assert launcher.window_database(arguments) == database


@pytest.mark.parametrize(
    "arguments",
    [
        ["check"],
        ["--database", "x.sqlite", "check"],
        ["--version"],
        ["-h"],
        ["--database"],
        ["--database="],
        ["--database", "--version"],
        ["--databse", "x.sqlite"],
    ],
)
def test_everything_else_is_the_command_line(arguments):
    assert launcher.window_database(arguments) is launcher._NOT_THE_WINDOW


def test_the_window_or_the_command_line(monkeypatch, capsys):
    calls = []
    fake_app = types.ModuleType("rtdesk.app")
    fake_app.run_gui = lambda database, argv=None: calls.append((database, argv)) or 0
    monkeypatch.setitem(sys.modules, "rtdesk.app", fake_app)
    assert launcher.main([]) == 0
    assert launcher.main(["--database", "x.sqlite"]) == 0
    assert calls == [(None, ["rtdesk"]), ("x.sqlite", ["rtdesk"])]
    assert launcher.main(["--version"]) == 0
    assert "rtdesk" in capsys.readouterr().out
    assert launcher.main(["--database"]) == 2  # usage error, told by argparse
    assert "expected one argument" in capsys.readouterr().err
    assert calls == [(None, ["rtdesk"]), ("x.sqlite", ["rtdesk"])]


def test_the_window_path_loads_no_command_line(fresh_python):
    """The command line's module imports every service; the window must not wait for it."""
    probe = (
        "import sys, types\n"
        "fake = types.ModuleType('rtdesk.app'); fake.run_gui = lambda database, argv: 0\n"
        "sys.modules['rtdesk.app'] = fake\n"
        "from rtdesk import launcher\n"
        "assert launcher.main(['--database', 'x.sqlite']) == 0\n"
        "print(sorted(m for m in sys.modules if m in ('rtdesk.cli', 'sqlalchemy')))\n"
    )
    printed = fresh_python(probe)
    assert printed == "[]", printed
