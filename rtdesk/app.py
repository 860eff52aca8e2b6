"""The composition root of the desktop app: paths, database, services, task lanes, window.

Everything the window works with is built here and handed down; nothing is a global
singleton, so tests build the same objects over a temporary database.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from rtdesk import __version__, paths
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.i18n import install_translators, remove_translators
from rtdesk.gui.icons import application_icon
from rtdesk.gui.main_window import DATABASE_FILTER, MainWindow
from rtdesk.gui.messages import error_box
from rtdesk.gui.options import (
    APPLICATION_NAME,
    BACKUPS_TO_KEEP,
    OPERATOR_NAME,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    Options,
)
from rtdesk.gui.tasks import TaskManager

# SQLAlchemy, the models and the services (a second of imports on an office PC) load in
# open_workspace, after the window has been painted: the user sees the program start at once.
if TYPE_CHECKING:
    from rtdesk.gui.workspace import Workspace
    from rtdesk.services.backup import BackupService
    from rtdesk.store.database import Database

# The id of the .desktop file and AppStream metadata (packaging/build_bundle.py APP_ID).
DESKTOP_FILE_NAME = "it.torino.cittametropolitana.rtdesk"
EXIT_OK = 0
EXIT_FAILED = 1  # the user gave up opening a database (same code as the command line)
# With RTDESK_SMOKE_TEST=1 the app prints FIRST_PAINT_MARKER once its main window has been
# painted, SMOKE_MARKER once the database is open and its page painted, and then quits with
# EXIT_OK: the bundle test and the benchmark start it headless this way.
SMOKE_TEST_ENV = "RTDESK_SMOKE_TEST"
FIRST_PAINT_MARKER = "rtdesk smoke test: main window painted"
SMOKE_MARKER = "rtdesk smoke test: database open and shown"


# --- Building a workspace ---------------------------------------------------------------------


def open_workspace(target: str, create: bool = True) -> Workspace:
    """Open (create, seed or migrate) a database and build the services over it.

    Raises RtdeskError (e.g. DatabaseProblem) with advice when the file cannot be used; the
    file is then left untouched.
    """
    from rtdesk.gui.workspace import Services, Workspace
    from rtdesk.services.backup import BackupService
    from rtdesk.services.context import ServiceContext
    from rtdesk.store.database import open_database

    database = open_database(target, create=create, backup_dir=paths.backups_dir())
    notes = _opening_notes(database)
    context = ServiceContext(
        database.session_factory, user=operator_name(), location=database.display_name
    )
    backup = (
        BackupService(database.path, paths.backups_dir(), backups_to_keep())
        if database.path is not None
        else None
    )
    services = Services.over(context, backup)
    return Workspace(
        database.display_name,
        services,
        database.close,
        notes,
        # After the first paint: on a large database the copy takes a second or more.
        after_open=lambda: _startup_backup(database, backup),
    )


def operator_name() -> str:
    """Who is working here, as the audit log and the errata name them: the name given in
    Preferences, else the computer's login name."""
    from rtdesk.services.context import current_user_name

    return Options.for_user().get(OPERATOR_NAME).strip() or current_user_name()


def backups_to_keep() -> int:
    """How many start-up backups to keep: the user's choice in Preferences, read at each
    opening so that a change applies from the next one."""
    return Options.for_user().get(BACKUPS_TO_KEEP)


def _startup_backup(database: Database, backup: BackupService | None) -> tuple[str, ...]:
    """A copy of the database each time the app opens it (the service keeps the newest ones).

    A failed copy must not keep the secretariat from working: it is reported, not raised.
    """
    if backup is None or database.created:
        return ()
    try:
        backup.startup_backup()
    except (RtdeskError, OSError) as error:
        return (
            QCoreApplication.translate(
                "app", "The start-up backup could not be written: {error}"
            ).format(error=error),
        )
    return ()


def _opening_notes(database: Database) -> tuple[str, ...]:
    if database.created and database.seeded is not None:
        return (
            QCoreApplication.translate(
                "app",
                "Created a new database with {zones} zones and {municipalities} municipalities.",
            ).format(zones=database.seeded.zones, municipalities=database.seeded.municipalities),
        )
    if database.migrated_from is not None:
        note = QCoreApplication.translate(
            "app", "Updated the database from schema revision {revision}."
        ).format(revision=database.migrated_from)
        if database.backups:
            note += " " + QCoreApplication.translate(
                "app", "A copy of the previous file is at {path}."
            ).format(path=database.backups[-1])
        return (note,)
    return ()


# --- When the database cannot be opened at start-up ---------------------------------------


class StartupChoice(Enum):
    OPEN_ANOTHER = "open"
    CREATE_NEW = "new"
    QUIT = "quit"


def startup_failure_box(error: RtdeskError) -> tuple[QMessageBox, dict[object, StartupChoice]]:
    """The message shown when the database cannot be opened, and what each button means."""
    box = error_box(
        None, QCoreApplication.translate("app", "rtdesk cannot open the database"), error
    )
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    choices = {
        box.addButton(
            QCoreApplication.translate("app", "Open another database…"),
            QMessageBox.ButtonRole.AcceptRole,
        ): StartupChoice.OPEN_ANOTHER,
        box.addButton(
            QCoreApplication.translate("app", "New database…"), QMessageBox.ButtonRole.ActionRole
        ): StartupChoice.CREATE_NEW,
        box.addButton(
            QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
        ): StartupChoice.QUIT,
    }
    return box, choices


def ask_after_failure(error: RtdeskError) -> StartupChoice:
    box, choices = startup_failure_box(error)
    box.exec()
    return choices.get(box.clickedButton(), StartupChoice.QUIT)


def choose_database_file(new: bool, folder: str) -> str | None:
    name_filter = QCoreApplication.translate(
        "app", "rtdesk databases ({patterns});;All files (*)"
    ).format(patterns=DATABASE_FILTER)
    if new:
        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("app", "New database"),
            str(Path(folder) / "rtdesk.sqlite"),
            name_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
    else:
        path, _ = QFileDialog.getOpenFileName(
            None, QCoreApplication.translate("app", "Open database"), folder, name_filter
        )
    return path or None


def open_first_workspace(target: str) -> Workspace | None:
    """The database the user chose, else another one they pick; None if they quit.

    A database that cannot be opened is never overwritten: the user picks another file.
    """
    create = True
    while True:
        try:
            with _busy():
                return open_workspace(target, create)
        except RtdeskError as failure:
            error = failure
        except OSError as failure:
            error = RtdeskError(
                QCoreApplication.translate("app", "{path} cannot be opened: {reason}").format(
                    path=target, reason=failure.strerror or failure
                ),
                advice=QCoreApplication.translate(
                    "app", "Check that the file exists and that you may read it."
                ),
            )
        while True:
            choice = ask_after_failure(error)
            if choice is StartupChoice.QUIT:
                return None
            new = choice is StartupChoice.CREATE_NEW
            path = choose_database_file(new, str(Path(target).parent))
            if path is None:
                continue  # cancelled the file dialog: ask again
            if new and Path(path).exists():
                error = RtdeskError(
                    QCoreApplication.translate("app", "A file named {name} already exists.").format(
                        name=Path(path).name
                    ),
                    advice=QCoreApplication.translate(
                        "app", "Choose another name, or open that file instead."
                    ),
                )
                continue
            target, create = path, new
            break


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- The application ----------------------------------------------------------------------


def configure_application(app: QApplication) -> None:
    """Names that place QSettings in a per-user folder and let desktops recognise the app."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(application_icon())


class _AfterFirstPaint(QObject):
    """Calls `then` once, just after the window's first paint has reached the screen."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class _SmokeTest:
    """Prints FIRST_PAINT_MARKER at the window's first paint, SMOKE_MARKER once the database is
    open and the window painted again with its page, then leaves the event loop."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        self._window = window
        self._app = app
        _AfterFirstPaint(window, self._painted)

    def _painted(self) -> None:
        print(FIRST_PAINT_MARKER, flush=True)

    def database_shown(self) -> None:
        self._window.repaint()  # the page of the database, painted before the marker
        print(SMOKE_MARKER, flush=True)
        # After what the window queued on opening (the start-up backup), as a user's session.
        QTimer.singleShot(0, self._window, lambda: self._app.exit(EXIT_OK))


def _report_uncaught(exc_type, error, tb) -> None:
    """Errors escaping a slot: plain advice for the user's problems, details for bugs."""
    if isinstance(error, RtdeskError):
        error_box(None, QCoreApplication.translate("app", "rtdesk"), error).exec()
        return
    details = "".join(traceback.format_exception(exc_type, error, tb))
    print(details, file=sys.stderr, flush=True)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Internal error"),
        QCoreApplication.translate(
            "app", "rtdesk met an internal error (a bug). Your saved work is safe."
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app", "Please report it to IT staff with the details below, then restart rtdesk."
        )
    )
    box.setDetailedText(details)
    box.exec()


def run_gui(database: str | None, argv: list[str] | None = None) -> int:
    """Open the app on the chosen database (option, else RTDESK_DATABASE, else the default)
    and run it until the window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else ["rtdesk"])
    configure_application(app)
    options = Options.for_user()
    # Before any widget (even the start-up error box): widgets take their texts when built.
    previous_locale = QLocale()
    install_translators(app, options)
    previous_hook = sys.excepthook
    sys.excepthook = _report_uncaught
    tasks = TaskManager()
    window: MainWindow | None = None
    try:
        window = MainWindow(None, options=options, tasks=tasks, open_workspace=open_workspace)
        smoke: _SmokeTest | None = None

        def open_database() -> None:
            assert window is not None
            try:
                workspace = open_first_workspace(paths.chosen_database(database))
            except BaseException:
                app.exit(EXIT_FAILED)  # a bug: reported by _report_uncaught, then the app ends
                raise
            if workspace is None:
                app.exit(EXIT_FAILED)
                return
            window.attach(workspace)
            if smoke is not None:
                smoke.database_shown()

        # The window first, then the database: the user sees the program respond at once,
        # with "Opening the database…" while the imports, integrity check and migrations run.
        _AfterFirstPaint(window, open_database)
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            # Installed last, so Qt asks its filter first: the marker precedes the opening.
            smoke = _SmokeTest(window, app)
        window.show()
        return app.exec()
    finally:
        # Let the saves already queued (minutes typed just before closing) reach the file;
        # shutdown() alone would cancel what has not started yet.
        tasks.discard_pending()
        tasks.shutdown()
        if window is not None:
            if window.workspace is not None:
                window.workspace.close()
            window.hide()
            window.deleteLater()
        options.sync()
        sys.excepthook = previous_hook
        # The application is left as found: tests run the app several times in one process.
        remove_translators(app)
        QLocale.setDefault(previous_locale)


def main() -> int:
    """`python -m rtdesk.app [DATABASE]`: the app without the command line's options."""
    return run_gui(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
