"""Export the summary workbook from the GUI: year, file, progress, work off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.messages import show_error
from rtdesk.gui.options import LAST_FOLDER, Options
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.workspace import Workspace

# rtdesk.exports (openpyxl, reportlab) is imported where it is used: the window paints
# without it, a good part of a second sooner.


class _Progress(QObject):
    """Emitted from the worker thread; Qt queues the signal to the GUI thread."""

    changed = Signal(int, str)


class YearDialog(QDialog):
    """Which year the workbook covers: one year, or all of them."""

    def __init__(self, years: Sequence[int], year: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export summary workbook"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year_combo = QComboBox(self)
        self.year_combo.addItem(self.tr("All years"), None)
        for value in years:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        form.addRow(self.tr("&Year:"), self.year_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def year(self) -> int | None:
        return self.year_combo.currentData()


class SummaryExport(QObject):
    """One export of the summary workbook, from the question of the year to the final message.

    The workbook is written on the database lane of the TaskManager (the service streams the
    rows from the database while the writer consumes them); the progress dialog's Cancel sets
    a flag the writer checks every few hundred rows, and a cancelled export leaves no file.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: TaskManager,
        options: Options,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._workspace = workspace
        self._tasks = tasks
        self._options = options
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.progress_dialog: QProgressDialog | None = None
        self.path: str | None = None
        self.outcome: str | None = None  # "saved", "cancelled", "failed"
        self.result_box: QMessageBox | None = None

    # --- what tests replace ----------------------------------------------------------------

    def choose_year(self, years: Sequence[int], year: int | None) -> tuple[bool, int | None]:
        dialog = YearDialog(years, year, self._parent)
        accepted = bool(dialog.exec())
        return accepted, dialog.year()

    def choose_file(self, suggested: str) -> str | None:
        folder = self._options.get(LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export summary workbook"),
            str(Path(folder) / suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        self._options.set(LAST_FOLDER, str(Path(path).parent))
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    def ask_what_next(self, box: QMessageBox) -> None:
        box.exec()

    # --- the export ------------------------------------------------------------------------

    def start(self, year: int | None = None, years: Sequence[int] = ()) -> bool:
        """Ask the year and the file, then start writing; False if the user gave up."""
        accepted, year = self.choose_year(years, year)
        if not accepted:
            return False
        today = date.today()
        suggested = (
            f"riepilogo-{year}.xlsx" if year is not None else f"riepilogo-{today:%Y-%m-%d}.xlsx"
        )
        path = self.choose_file(suggested)
        if path is None:
            return False
        self.path = path
        summary = self._workspace.services.summary
        language = self._workspace.services.settings.get().document_language
        progress = self._progress
        cancel = self._cancel

        def work() -> str:
            data = summary.summary_data(year, language)
            from rtdesk.exports.summary_workbook import write_summary_workbook

            write_summary_workbook(
                data, path, progress=progress.changed.emit, cancelled=cancel.is_set
            )
            return path

        dialog = QProgressDialog(
            self.tr("Writing {file}…").format(file=Path(path).name),
            self.tr("Cancel"),
            0,
            100,
            self._parent,
        )
        dialog.setWindowTitle(self.tr("Export summary workbook"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._tasks.run_task(work, self._done)
        return True

    def cancel(self) -> None:
        self._cancel.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping…"))

    @Slot(int, str)
    def _show_progress(self, percent: int, step: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or self._cancel.is_set():
            return
        dialog.setValue(min(percent, 100))
        dialog.setLabelText(
            self.tr("Writing {file}: {step}").format(file=Path(self.path or "").name, step=step)
        )

    def _done(self, result: str | None = None, error: BaseException | None = None) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        try:
            from rtdesk.exports.summary_workbook import ExportCancelled

            if isinstance(error, ExportCancelled):
                self.outcome = "cancelled"
            elif error is not None:
                self.outcome = "failed"
                self._failed(error)
            else:
                self.outcome = "saved"
                self._saved(result or "")
        finally:
            self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        title = self.tr("The summary workbook was not saved")
        if isinstance(error, RtdeskError):
            show_error(self._parent, title, error)
        elif isinstance(error, OSError):
            show_error(
                self._parent,
                title,
                RtdeskError(
                    self.tr("{path} cannot be written: {reason}").format(
                        path=self.path, reason=error.strerror or error
                    ),
                    advice=self.tr(
                        "Check that the file is not open in Excel and that you may write in "
                        "the folder."
                    ),
                ),
            )
        else:
            raise error

    def _saved(self, path: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export summary workbook"),
            self.tr("The summary workbook was saved as {path}.").format(path=path),
            parent=self._parent,
        )
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        show_folder = box.addButton(self.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.result_box = box
        self.ask_what_next(box)
        clicked = box.clickedButton()
        if clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif clicked is show_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def export_summary(
    parent: QWidget,
    workspace: Workspace,
    tasks: TaskManager,
    options: Options,
    year: int | None = None,
    years: Sequence[int] | None = None,
) -> SummaryExport | None:
    """Ask the year (default `year`) and the file, then write the workbook in the background.

    Returns the running export (its `finished` signal fires at the end), or None if the user
    cancelled before it started. The File menu and the Proposals page both call this.
    """
    if years is None:
        this_year = date.today().year
        years = sorted(set(workspace.services.sessions.session_years()) | {this_year}, reverse=True)
    export = SummaryExport(parent, workspace, tasks, options)
    if not export.start(year, years):
        export.deleteLater()
        return None
    return export
