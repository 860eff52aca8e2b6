"""The `rtdesk` command: straight to the window when no sub-command is given, else the CLI.

The command line module imports every service (and SQLAlchemy) to build its parser; the
window needs none of that before its first paint, so the plain `rtdesk` and
`rtdesk --database FILE` go to the app without loading it. Everything else — sub-commands,
--help, --version, a usage error — is the command line's, unchanged.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

PROG = "rtdesk"  # rtdesk.cli.PROG, repeated so that this module stays light
DATABASE_OPTION = "--database"
_NOT_THE_WINDOW = object()


def window_database(arguments: Sequence[str]) -> object:
    """The --database value (None when not given) if `arguments` only open the window;
    otherwise _NOT_THE_WINDOW."""
    match list(arguments):
        case []:
            return None
        case [option, value] if option == DATABASE_OPTION and not value.startswith("-"):
            return value
        case [option] if (
            option.startswith(DATABASE_OPTION + "=") and option != DATABASE_OPTION + "="
        ):
            return option.partition("=")[2]
    return _NOT_THE_WINDOW


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    database = window_database(arguments)
    if database is not _NOT_THE_WINDOW:
        try:
            app = importlib.import_module("rtdesk.app")
        except ModuleNotFoundError as error:
            if not (error.name or "").startswith(("PySide6", "shiboken6")):
                raise
            # The command line explains in plain words that Qt is missing.
        else:
            return app.run_gui(database, [PROG])
    from rtdesk.cli import main as command_line

    return command_line(arguments)
