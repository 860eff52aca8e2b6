"""Importing and exporting roster files in the GUI, and the table of an import's problems.

Flow of an import: choose the file → read and check it with a trial run (off the GUI thread)
→ if any row is bad, a table of every problem and nothing written; otherwise a confirmation
with the counts → the import (off the GUI thread) → one undoable step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from rtdesk.domain.errors import ImportRejected, RtdeskError
from rtdesk.domain.roster import RowProblem
from rtdesk.gui.forms.ui_import_problems_dialog import Ui_ImportProblemsDialog
from rtdesk.gui.messages import show_error, translated
from rtdesk.gui.options import LAST_FOLDER, Options
from rtdesk.gui.roster_panel import show_warnings
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.undo_commands import ImportRosterCommand, ImportZonesCommand, UndoHost
from rtdesk.gui.workspace import Workspace

# rtdesk.exports (openpyxl, reportlab) is imported where it is used: the window paints
# without it, a good part of a second sooner.

WORKBOOK_FILTER = "*.xlsx"


class ProblemsTableModel(RowsTableModel[RowProblem]):
    COLUMN_ROW = 0
    COLUMN_COLUMN = 1
    COLUMN_PROBLEM = 2
    NUMBER_COLUMNS = frozenset({COLUMN_ROW})

    def headers(self) -> Sequence[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def display(self, row: RowProblem, column: int) -> str:
        if column == self.COLUMN_ROW:
            return str(row.row) if row.row is not None else self.tr("File")
        if column == self.COLUMN_COLUMN:
            return translated(row.column_text)
        if column == self.COLUMN_PROBLEM:
            return translated(row.text)
        return ""

    def sort_key(self, row: RowProblem, column: int) -> Any:
        if column == self.COLUMN_ROW:
            return -1 if row.row is None else row.row
        return super().sort_key(row, column)

    def tooltip(self, row: RowProblem, column: int) -> str | None:
        return translated(row.text) if column == self.COLUMN_PROBLEM else None


class ImportProblemsDialog(QDialog):
    """Every bad row of a rejected import: row, column, problem. Nothing was written."""

    def __init__(self, file_name: str, rejected: ImportRejected, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportProblemsDialog()
        self.ui.setupUi(self)
        self.model = ProblemsTableModel(self)
        self.model.set_rows(rejected.problems)
        self.ui.problemsView.setModel(self.model)
        self.ui.problemsView.verticalHeader().setVisible(False)
        self.ui.problemsView.setSortingEnabled(True)
        self.ui.problemsView.sortByColumn(
            ProblemsTableModel.COLUMN_ROW, Qt.SortOrder.AscendingOrder
        )
        header = self.ui.problemsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ProblemsTableModel.COLUMN_PROBLEM, QHeaderView.ResizeMode.Stretch
        )
        # Rows as tall as their wrapped problem, recomputed when the columns get their widths.
        self.ui.problemsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        count = len(rejected.problems)
        self.ui.summaryLabel.setText(
            (
                self.tr("{file} was not imported: 1 problem found.")
                if count == 1
                else self.tr("{file} was not imported: {count} problems found.")
            ).format(file=file_name, count=count)
        )
        self.ui.adviceLabel.setText(
            self.tr(
                "Nothing was changed in the database. Correct the rows listed in the file and "
                "import it again. Row numbers are those Excel shows."
            )
        )


class RosterFiles(QObject):
    """The File menu's imports and exports (roster, zone list, proposals) for one window."""

    def __init__(
        self,
        window: QWidget,
        tasks: TaskManager,
        options: Options,
        undo: UndoHost,
        changed: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._options = options
        self._undo = undo
        self._changed = changed  # refresh the pages, and a status-bar message
        self._workspace: Workspace | None = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.busy = False

    def bind(self, workspace: Workspace) -> None:
        # Another database: a task still under way has its callback dropped (TaskManager).
        self._stop()
        self._workspace = workspace

    # --- what tests replace --------------------------------------------------------------

    def choose_file(self, title: str, *, save: bool, suggested: str = "") -> str | None:
        folder = self._options.get(LAST_FOLDER) or str(Path.home())
        name_filter = self.tr("Excel workbooks ({patterns});;All files (*)").format(
            patterns=WORKBOOK_FILTER
        )
        if save:
            path, _ = QFileDialog.getSaveFileName(
                self._window, title, str(Path(folder) / suggested), name_filter
            )
        else:
            path, _ = QFileDialog.getOpenFileName(self._window, title, folder, name_filter)
        if not path:
            return None
        self._options.set(LAST_FOLDER, str(Path(path).parent))
        return path

    def confirm(self, title: str, text: str, details: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._window)
        box.setInformativeText(details)
        go = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    # --- plumbing ------------------------------------------------------------------------

    def _start(self, message: str) -> None:
        self.busy = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._changed_message_only(message)

    def _stop(self) -> None:
        if self.busy:
            self.busy = False
            QGuiApplication.restoreOverrideCursor()

    def _changed_message_only(self, message: str) -> None:
        status = getattr(self._window, "show_status_message", None)
        if status is not None:
            status(message)

    def _failed(self, title: str, path: str, error: BaseException) -> None:
        if isinstance(error, ImportRejected):
            dialog = ImportProblemsDialog(Path(path).name, error, self._window)
            dialog.finished.connect(dialog.deleteLater)
            dialog.finished.connect(self._forget_problems)
            self.problems_dialog = dialog
            dialog.open()
            return
        if isinstance(error, RtdeskError):
            show_error(self._window, title, error)
            return
        if isinstance(error, OSError):
            show_error(
                self._window,
                title,
                RtdeskError(
                    self.tr("{path} cannot be used: {reason}").format(
                        path=path, reason=error.strerror or error
                    ),
                    advice=self.tr("Check the file's name and folder, and that you may use it."),
                ),
            )
            return
        raise error

    def _forget_problems(self) -> None:
        self.problems_dialog = None

    def _zone_names(self) -> dict[int, str]:
        assert self._workspace is not None
        return {z.number: z.name for z in self._workspace.services.zones.list_zones()}

    # --- roster import -------------------------------------------------------------------

    def import_roster(self) -> None:
        workspace = self._workspace
        if workspace is None or self.busy:
            return
        path = self.choose_file(self.tr("Import roster"), save=False)
        if path is None:
            return
        roster = workspace.services.roster
        zones = self._zone_names()

        def check():
            from rtdesk.exports.roster_import import read_roster

            entries = read_roster(path, zones)
            return entries, roster.import_entries(entries, dry_run=True)

        self._start(self.tr("Checking {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            check, lambda result=None, error=None: self._roster_checked(path, result, error)
        )

    def _roster_checked(self, path: str, result, error) -> None:
        self._stop()
        title = self.tr("The roster was not imported")
        if error is not None:
            self._failed(title, path, error)
            return
        entries, trial = result
        if not trial.changed:
            self._changed_message_only(
                self.tr("{file}: the roster already says the same; nothing to import.").format(
                    file=Path(path).name
                )
            )
            return
        details = self.tr(
            "People: {pc} new, {pu} updated, {pn} unchanged.\n"
            "Mandates: {mc} new, {mu} updated, {mn} unchanged."
        ).format(
            pc=trial.people_created,
            pu=trial.people_updated,
            pn=trial.people_unchanged,
            mc=trial.mandates_created,
            mu=trial.mandates_updated,
            mn=trial.mandates_unchanged,
        )
        if trial.warnings:
            count = len(trial.warnings)
            warnings = (
                self.tr("1 warning (the rows are imported anyway).")
                if count == 1
                else self.tr("{count} warnings (the rows are imported anyway).")
            )
            details += "\n" + warnings.format(count=count)
        if not self.confirm(
            self.tr("Import roster"),
            self.tr("{file} is correct. Import it?").format(file=Path(path).name),
            details,
        ):
            return
        roster = self._workspace.services.roster
        self._start(self.tr("Importing {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            lambda: roster.import_entries(entries),
            lambda result=None, error=None: self._roster_imported(path, result, error),
        )

    def _roster_imported(self, path: str, report, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The roster was not imported"), path, error)
            return
        if report.changed:
            self._undo.push(
                ImportRosterCommand(self._undo, self._workspace.services.roster, report)
            )
        self._changed(
            self.tr(
                "Imported {file}: {people} people and {mandates} mandates new or updated."
            ).format(
                file=Path(path).name,
                people=report.people_created + report.people_updated,
                mandates=report.mandates_created + report.mandates_updated,
            )
        )
        show_warnings(self._window, self.tr("Roster imported, with warnings"), report.warnings)

    # --- zone list import ----------------------------------------------------------------

    def import_zones(self) -> None:
        workspace = self._workspace
        if workspace is None or self.busy:
            return
        path = self.choose_file(self.tr("Import zone list"), save=False)
        if path is None:
            return
        service = workspace.services.zones
        zones = self._zone_names()

        def check():
            from rtdesk.exports.roster_import import read_zone_assignments

            rows = read_zone_assignments(path, zones)
            return rows, service.import_zone_assignments(rows, dry_run=True)

        self._start(self.tr("Checking {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            check, lambda result=None, error=None: self._zones_checked(path, result, error)
        )

    def _zones_checked(self, path: str, result, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The zone list was not imported"), path, error)
            return
        rows, trial = result
        if not trial.changes:
            self._changed_message_only(
                self.tr("{file}: every municipality already has that zone.").format(
                    file=Path(path).name
                )
            )
            return
        details = self.tr(
            "{assigned} municipalities get a zone, {moved} move to another zone, "
            "{unchanged} stay as they are."
        ).format(assigned=trial.assigned, moved=trial.moved, unchanged=trial.unchanged)
        if not self.confirm(
            self.tr("Import zone list"),
            self.tr("{file} is correct. Import it?").format(file=Path(path).name),
            details,
        ):
            return
        service = self._workspace.services.zones
        self._start(self.tr("Importing {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            lambda: service.import_zone_assignments(rows),
            lambda result=None, error=None: self._zones_imported(path, rows, result, error),
        )

    def _zones_imported(self, path: str, rows, report, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The zone list was not imported"), path, error)
            return
        if report.changes:
            self._undo.push(
                ImportZonesCommand(self._undo, self._workspace.services.zones, rows, report)
            )
        self._changed(
            self.tr("Imported {file}: {assigned} assigned, {moved} moved.").format(
                file=Path(path).name, assigned=report.assigned, moved=report.moved
            )
        )

    def import_proposals(self) -> None:
        workspace = self._workspace
        if workspace is None or self.busy:
            return
        path = self.choose_file(self.tr("Import proposals register"), save=False)
        if path is None:
            return
        service = workspace.services.proposals

        def read():
            from rtdesk.exports.proposals_import import read_proposals

            return read_proposals(path, dict(service.zones()))

        self._start(self.tr("Checking {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            read, lambda result=None, error=None: self._proposals_read(path, result, error)
        )

    def _proposals_read(self, path: str, entries, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The proposals register was not imported"), path, error)
            return
        name = Path(path).name
        count = len(entries)
        if not self.confirm(
            self.tr("Import proposals register"),
            (
                self.tr("{file} holds 1 proposal. Import it?")
                if count == 1
                else self.tr("{file} holds {count} proposals. Import them?")
            ).format(file=name, count=count),
            self.tr(
                "A proposal already in the register (same code, or same year and title) is "
                "updated; the others are added with a new code. If any row is wrong, nothing "
                "is imported."
            ),
        ):
            return
        service = self._workspace.services.proposals
        self._start(self.tr("Importing {file}…").format(file=name))
        self._tasks.run_task(
            lambda: service.import_entries(entries),
            lambda result=None, error=None: self._proposals_imported(path, result, error),
        )

    def _proposals_imported(self, path: str, report, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The proposals register was not imported"), path, error)
            return
        name = Path(path).name
        if not report.changed:
            self._changed_message_only(
                self.tr("{file}: every proposal is already in the register.").format(file=name)
            )
            return
        self._changed(
            self.tr(
                "Imported {file}: {created} added, {updated} updated, {unchanged} unchanged."
            ).format(
                file=name,
                created=len(report.created),
                updated=len(report.updated),
                unchanged=report.unchanged,
            )
        )

    # --- export --------------------------------------------------------------------------

    def export_roster(self, language: str = "it") -> None:
        workspace = self._workspace
        if workspace is None or self.busy:
            return
        today = date.today()
        path = self.choose_file(
            self.tr("Export roster"), save=True, suggested=f"roster-{today:%Y-%m-%d}.xlsx"
        )
        if path is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        roster = workspace.services.roster
        zones = sorted(self._zone_names().items())

        def export() -> int:
            entries = roster.roster_entries()
            from rtdesk.exports.roster_workbook import write_roster_workbook

            write_roster_workbook(path, zones, entries, today=today, language=language)
            return len(entries)

        self._start(self.tr("Saving {file}…").format(file=Path(path).name))
        self._tasks.run_task(
            export, lambda result=None, error=None: self._exported(path, result, error)
        )

    def _exported(self, path: str, count, error) -> None:
        self._stop()
        if error is not None:
            self._failed(self.tr("The roster was not exported"), path, error)
            return
        self._changed_message_only(
            self.tr("Saved {count} mandates to {path}.").format(count=count, path=path)
        )
