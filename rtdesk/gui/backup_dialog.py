"""Backups in the GUI: File ▸ Back up now, Save a copy as…, Restore from a backup…, and the
dialog that lists the backups to restore.

Flow of a restore: choose a backup (or another file) → the file is checked by the service
before anything happens → a confirmation saying what will happen → the window lets go of the
database, the service replaces the file (keeping the current one aside) → the window reopens
on the restored data. Any failure leaves the current data as they were and says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from rtdesk.gui.messages import show_error, translated
from rtdesk.gui.options import LAST_FOLDER, Options
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.workspace import Workspace
from rtdesk.services.backup import BackupInfo, BackupService, check_backup_file

if TYPE_CHECKING:
    from rtdesk.gui.main_window import MainWindow

BACKUP_FILTER = "*.sqlite *.sqlite3 *.db"


# --- What a backup is ------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupRow:
    """One backup as the restore dialog lists it."""

    info: BackupInfo
    reason: str  # as written in the file name: start, manual, before-migration-from-…


def backup_reason(path: Path, database_stem: str) -> str:
    """Why a backup was made, read from its name (`<db>_<YYYY-MM-DD_HHMMSS>_<reason>[-N]`);
    "" when the name is not one rtdesk writes."""
    pattern = (
        rf"{re.escape(database_stem)}_\d{{4}}-\d{{2}}-\d{{2}}_\d{{6}}_(?P<reason>.+?)(?:-\d+)?"
    )
    match = re.fullmatch(pattern, path.stem)
    return match["reason"] if match else ""


def reason_label(reason: str) -> str:
    """The reason of a backup in the user's words."""
    if reason == "start":
        return QCoreApplication.translate("backup_dialog", "Automatic, at start-up")
    if reason == "manual":
        return QCoreApplication.translate("backup_dialog", "Made on request")
    if reason == "replaced-by-restore":
        return QCoreApplication.translate("backup_dialog", "Data replaced by a restore")
    if reason.startswith("before-migration"):
        return QCoreApplication.translate("backup_dialog", "Before a database update")
    return reason or QCoreApplication.translate("backup_dialog", "Other copy")


def date_and_time(moment: datetime) -> str:
    """A date and time in the user's locale, with seconds (25/11/2026 14:03:27 in Italian):
    backups made a few seconds apart must not read the same."""
    time = QTime(moment.hour, moment.minute, moment.second).toString("HH:mm:ss")
    return f"{labels.short_date(moment.date())} {time}"


def file_size(size: int) -> str:
    """A size in the units offices know (kB, MB), with the locale's decimal separator."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def open_folder(folder: Path, parent: QWidget | None) -> bool:
    """Show a folder in the desktop's file manager (created first if it does not exist yet)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        show_error(
            parent,
            QCoreApplication.translate("backup_dialog", "The folder was not opened"),
            _os_problem(folder, error),
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        show_error(
            parent,
            QCoreApplication.translate("backup_dialog", "The folder was not opened"),
            RtdeskError(
                QCoreApplication.translate(
                    "backup_dialog", "No program could show the folder {folder}."
                ).format(folder=folder),
                advice=QCoreApplication.translate(
                    "backup_dialog", "Open it with your file manager."
                ),
            ),
        )
        return False
    return True


def _os_problem(path: Path, error: OSError) -> RtdeskError:
    return RtdeskError(
        QCoreApplication.translate("backup_dialog", "{path} cannot be used: {reason}").format(
            path=path, reason=error.strerror or error
        ),
        advice=QCoreApplication.translate(
            "backup_dialog",
            "Check that the file and its folder exist, that you may use them and that the "
            "disk is not full.",
        ),
    )


# --- The list of backups ---------------------------------------------------------------------


class BackupsTableModel(RowsTableModel[BackupRow]):
    COLUMN_TAKEN = 0
    COLUMN_REASON = 1
    COLUMN_SIZE = 2
    NUMBER_COLUMNS = frozenset({COLUMN_SIZE})

    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Made"), self.tr("Size")]

    def display(self, row: BackupRow, column: int) -> str:
        if column == self.COLUMN_TAKEN:
            return date_and_time(row.info.taken_at)
        if column == self.COLUMN_REASON:
            return reason_label(row.reason)
        if column == self.COLUMN_SIZE:
            return file_size(row.info.size)
        return ""

    def sort_key(self, row: BackupRow, column: int) -> Any:
        if column == self.COLUMN_TAKEN:
            return row.info.taken_at
        if column == self.COLUMN_SIZE:
            return row.info.size
        return super().sort_key(row, column)

    def tooltip(self, row: BackupRow, column: int) -> str | None:
        return str(row.info.path)


class RestoreDialog(QDialog):
    """The backups of the open database, newest first, and "Choose another file…".

    Accepting checks the chosen file with the service first; a file that is not a complete
    rtdesk database is refused here, with the reason, and the dialog stays open.
    """

    def __init__(
        self,
        service: BackupService,
        options: Options,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._service = service
        self._options = options
        self.chosen: Path | None = None  # the checked file, once the dialog is accepted

        self.model = BackupsTableModel(self)
        stem = service.database.stem
        self.model.set_rows(
            BackupRow(info, backup_reason(info.path, stem)) for info in service.list_backups()
        )
        view = self.ui.backupsView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsTableModel.COLUMN_REASON, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._update_ok)
        view.doubleClicked.connect(self.accept)

        self.ui.introLabel.setText(
            self.tr(
                "Choose the backup to bring back. It replaces the data of {name}; the data as "
                "they are now are first kept aside in the backups folder."
            ).format(name=service.database.name)
        )
        if self.model.rowCount():
            self.ui.folderLabel.setText(
                self.tr("Backups folder: {folder}").format(folder=service.folder)
            )
        else:
            self.ui.folderLabel.setText(
                self.tr(
                    "There are no backups in {folder} yet. Use “Choose another file…” to "
                    "restore a copy kept elsewhere."
                ).format(folder=service.folder)
            )
        self._ok_button().setText(self.tr("&Restore…"))
        self.ui.otherFileButton.clicked.connect(self._choose_other_file)
        if self.model.rowCount():
            view.selectRow(0)
        self._update_ok()

    def _ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self._ok_button().setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).info.path if rows else None

    def select_backup(self, path: Path) -> None:
        for row, backup in enumerate(self.model.rows()):
            if backup.info.path == path:
                self.ui.backupsView.selectRow(row)
                return
        raise LookupError(path)

    # --- what tests replace --------------------------------------------------------------

    def choose_other_file(self) -> str | None:
        folder = self._options.get(LAST_FOLDER) or str(Path.home())
        name_filter = self.tr("rtdesk databases ({patterns});;All files (*)").format(
            patterns=BACKUP_FILTER
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), folder, name_filter
        )
        if not path:
            return None
        self._options.set(LAST_FOLDER, str(Path(path).parent))
        return path

    # --- accepting -----------------------------------------------------------------------

    def _choose_other_file(self) -> None:
        path = self.choose_other_file()
        if path is not None:
            self.try_file(Path(path))

    def accept(self) -> None:
        path = self.selected_backup()
        if path is not None:
            self.try_file(path)

    def try_file(self, path: Path) -> bool:
        """Accept the dialog with `path` if the service finds it a usable backup."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_backup_file(path)
        except RtdeskError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("This file cannot be restored"), error)
            return False
        except OSError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("This file cannot be restored"), _os_problem(path, error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.chosen = path
        super().accept()
        return True


# --- The File menu's backup actions ----------------------------------------------------------


class BackupActions(QObject):
    """File ▸ Back up now, Save a copy as…, Restore from a backup…, Open backups folder."""

    def __init__(
        self,
        window: MainWindow,
        tasks: TaskManager,
        options: Options,
        *,
        can_reopen: bool,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._options = options
        # Restoring closes the database and opens it again: the window must be able to.
        self._can_reopen = can_reopen
        self._service: BackupService | None = None
        self.busy = False

        self.back_up_action = QAction(self.tr("&Back up now"), self)
        self.back_up_action.setStatusTip(
            self.tr("Write a dated copy of the database into the backups folder")
        )
        self.save_copy_action = QAction(self.tr("Save a &copy as…"), self)
        self.save_copy_action.setStatusTip(self.tr("Write a copy of the database to a file"))
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setStatusTip(
            self.tr("Replace the data with those of a backup; the current data are kept aside")
        )
        self.open_folder_action = QAction(self.tr("Open backups &folder"), self)
        self.back_up_action.triggered.connect(self.back_up_now)
        self.save_copy_action.triggered.connect(self.save_copy)
        self.restore_action.triggered.connect(self.restore)
        self.open_folder_action.triggered.connect(self.open_backups_folder)

    def actions(self) -> list[QAction]:
        return [
            self.back_up_action,
            self.save_copy_action,
            self.restore_action,
            self.open_folder_action,
        ]

    def add_to_menu(self, menu: QMenu, before: QAction) -> None:
        """Insert the actions, and a separator after them, in front of `before`."""
        for action in self.actions():
            menu.insertAction(before, action)
        menu.insertSeparator(before)

    def bind(self, workspace: Workspace) -> None:
        """Another database: backups are possible only for a local database file."""
        self.busy = False
        self._service = workspace.services.backup
        available = self._service is not None
        for action in (self.back_up_action, self.save_copy_action, self.open_folder_action):
            action.setEnabled(available)
        self.restore_action.setEnabled(available and self._can_reopen)

    # --- what tests replace --------------------------------------------------------------

    def choose_copy_file(self) -> str | None:
        """Where to save a copy (None when cancelled); the service refuses an existing file."""
        assert self._service is not None
        folder = self._options.get(LAST_FOLDER) or str(Path.home())
        suggested = f"{self._service.database.stem}_{date.today().isoformat()}.sqlite"
        name_filter = self.tr("rtdesk databases ({patterns});;All files (*)").format(
            patterns=BACKUP_FILTER
        )
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save a copy of the database"),
            str(Path(folder) / suggested),
            name_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        self._options.set(LAST_FOLDER, str(Path(path).parent))
        return path

    def choose_backup(self) -> Path | None:
        """The checked backup file to restore, or None when the user cancelled."""
        assert self._service is not None
        dialog = RestoreDialog(self._service, self._options, self._window)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen if accepted else None
        finally:
            dialog.deleteLater()

    def confirm(self, title: str, text: str, details: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._window)
        box.setInformativeText(details)
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    # --- backing up ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A dated copy in the backups folder, written off the GUI thread."""
        self._write_copy(None)

    def save_copy(self) -> None:
        if self._service is None:
            return
        path = self.choose_copy_file()
        if path is not None:
            self._write_copy(Path(path))

    def _write_copy(self, destination: Path | None) -> None:
        service = self._service
        if service is None or self.busy:
            return
        self._set_busy(True)
        self._window.show_status_message(self.tr("Writing a backup…"))
        self._tasks.run_task(
            lambda: service.backup(destination, reason="manual"),
            lambda **outcome: self._written(destination, **outcome),
        )

    def _written(
        self,
        destination: Path | None,
        *,
        result: Path | None = None,
        error: BaseException | None = None,
    ) -> None:
        self._set_busy(False)
        if error is not None:
            title = self.tr("The backup was not written")
            if isinstance(error, RtdeskError):
                show_error(self._window, title, error)
            elif isinstance(error, OSError):
                target = destination or (self._service.folder if self._service else Path())
                show_error(self._window, title, _os_problem(target, error))
            else:
                raise error
            self._window.show_status_message("")
            return
        self._window.show_status_message(self.tr("Backup written: {path}").format(path=result))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        enabled = not busy and self._service is not None
        self.back_up_action.setEnabled(enabled)
        self.save_copy_action.setEnabled(enabled)
        self.restore_action.setEnabled(enabled and self._can_reopen)

    def open_backups_folder(self) -> bool:
        if self._service is None:
            return False
        return open_folder(self._service.folder, self._window)

    # --- restoring -----------------------------------------------------------------------

    def restore(self) -> bool:
        """Choose, check, confirm, restore, reopen; True when the window shows restored data."""
        service = self._service
        if service is None or not self._can_reopen or self.busy:
            return False
        backup = self.choose_backup()
        if backup is None:
            return False
        taken = datetime.fromtimestamp(backup.stat().st_mtime)
        if not self.confirm(
            self.tr("Restore from a backup"),
            self.tr("Replace the data of {name} with the backup of {when}?").format(
                name=service.database.name, when=date_and_time(taken)
            ),
            self.tr(
                "The database {database} will be replaced by {backup}.\n\n"
                "The data as they are now are first kept aside in the backups folder "
                "({folder}), so nothing is lost. Then the window reopens on the restored data: "
                "whatever was recorded after the backup was taken will no longer be shown."
            ).format(database=service.database, backup=backup, folder=service.folder),
        ):
            return False
        return self._restore(service, backup, taken)

    def _restore(self, service: BackupService, backup: Path, taken: datetime) -> bool:
        window = self._window
        title = self.tr("The backup was not restored")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # No task may still run and no connection stay open on the file being replaced
            # (an open connection would keep writing to the replaced file). The engine opens
            # new connections if it is used again, so on a failure the window keeps working.
            self._tasks.discard_pending()
            window.workspace.close()
            result = service.restore(backup)
        except (RtdeskError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            problem = error if isinstance(error, RtdeskError) else _os_problem(backup, error)
            show_error(
                window,
                title,
                RtdeskError(
                    translated(problem.text),
                    advice=" ".join(
                        part
                        for part in (
                            translated(problem.advice_text),
                            self.tr("Your current data are unchanged."),
                        )
                        if part
                    ),
                ),
            )
            return False
        QGuiApplication.restoreOverrideCursor()

        if not window.switch_database(str(service.database), create=False):
            # The window told why; the restored file cannot be worked on, so the data as they
            # were are put back rather than leaving the window over a file it did not open.
            return self._put_back(service, result.previous_kept_at)

        details = (
            self.tr("The data as they were before the restore are kept at {path}.").format(
                path=result.previous_kept_at
            )
            if result.previous_kept_at is not None
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            self.tr("The data of the backup of {when} have been restored.").format(
                when=date_and_time(taken)
            ),
            parent=window,
        )
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        window.show_status_message(self.tr("Restored from {path}.").format(path=backup))
        return True

    def _put_back(self, service: BackupService, previous: Path | None) -> bool:
        window = self._window
        title = self.tr("The backup was not restored")
        if previous is None:
            return False
        try:
            window.workspace.close()
            service.restore(previous)
        except (RtdeskError, OSError) as error:
            problem = error if isinstance(error, RtdeskError) else _os_problem(previous, error)
            show_error(
                window,
                title,
                RtdeskError(
                    self.tr(
                        "The restored data could not be opened, and the data as they were "
                        "could not be put back: {problem}"
                    ).format(problem=translated(problem.text)),
                    advice=self.tr(
                        "Close rtdesk and ask IT staff to restore {path}, which holds the data "
                        "as they were before the restore."
                    ).format(path=previous),
                ),
            )
            return False
        window.refresh()
        show_error(
            window,
            title,
            RtdeskError(
                self.tr(
                    "The restored data could not be opened, so the data as they were have "
                    "been put back."
                ),
                advice=self.tr("Your current data are unchanged."),
            ),
        )
        return False
