"""The main window: side navigation, the pages, menus, toolbar and the open database."""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStyle, QWidget

from rtdesk import __version__
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import icons
from rtdesk.gui.forms.ui_main_window import Ui_MainWindow
from rtdesk.gui.geometry import PreserveGeometry
from rtdesk.gui.messages import show_error
from rtdesk.gui.navigation import NavigationEntry, NavigationModel
from rtdesk.gui.options import (
    CURRENT_PAGE,
    LAST_FOLDER,
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    ZONES_SPLITTER,
    Options,
)
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import ElidedLabel

# The window paints before the database opens; the pages, and with them SQLAlchemy and the
# services, are imported when the first database arrives (see MainWindow.attach). A test
# checks that importing this module loads neither.
if TYPE_CHECKING:
    from rtdesk.gui.page import Page
    from rtdesk.gui.preferences_dialog import PreferencesDialog
    from rtdesk.gui.workspace import Workspace, WorkspaceOpener

DATABASE_FILTER = "*.sqlite *.sqlite3 *.db"
STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """Holds its Designer form (`self.ui`) and the pages; works on one Workspace at a time."""

    def __init__(
        self,
        workspace: Workspace | None,
        *,
        options: Options,
        tasks: TaskManager,
        open_workspace: WorkspaceOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With no workspace the window shows that a database is being opened, and works
        once `attach` hands it one: the app paints it first, then opens the database."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.options = options
        self.tasks = tasks
        self._open_workspace = open_workspace
        self.workspace: Workspace | None = None

        # Roster edits and imports are undoable; the stack is emptied when another database
        # is opened, since its commands name the records of this one.
        self.undo_stack = QUndoStack(self)
        self.pages: dict[str, Page] = {}
        S = QStyle.StandardPixmap
        self.navigation_model = NavigationModel(
            [
                NavigationEntry(
                    "zones",
                    self.tr("Zones & roster"),
                    icons.standard(S.SP_DirHomeIcon),
                    self.tr("The homogeneous zones and their municipalities"),
                ),
                NavigationEntry(
                    "sessions", self.tr("Sessions"), icons.standard(S.SP_FileDialogDetailedView)
                ),
                NavigationEntry(
                    "proposals",
                    self.tr("Proposals"),
                    icons.standard(S.SP_FileDialogContentsView),
                ),
                NavigationEntry(
                    "actions", self.tr("Actions"), icons.standard(S.SP_DialogApplyButton)
                ),
                NavigationEntry(
                    "overview",
                    self.tr("Overview"),
                    icons.standard(S.SP_FileDialogInfoView),
                    self.tr("What the database holds, and its integrity check"),
                ),
            ],
            self,
        )
        self.ui.navigationView.setModel(self.navigation_model)
        # As wide as the longest page name in the current language, no wider.
        navigation = self.ui.navigationView
        navigation.setFixedWidth(
            max(160, navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth() + 24)
        )
        self.ui.navigationView.selectionModel().currentRowChanged.connect(self._page_chosen)

        self._set_up_actions()
        self.database_label = ElidedLabel(self)
        self.counts_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self.database_label, 1)
        self.ui.statusBar.addPermanentWidget(self.counts_label)

        self._bound_pages: set[str] = set()  # pages bound to the open workspace
        self._stale_pages: set[str] = set()  # bound pages to refresh when shown again
        self.geometry_keeper = PreserveGeometry(
            self, options, MAIN_WINDOW_GEOMETRY, state=MAIN_WINDOW_STATE
        )
        if workspace is None:
            self._show_opening()
        else:
            self.attach(workspace)

    def _show_opening(self) -> None:
        self.opening_label = QLabel(self.tr("Opening the database…"), self)
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.pageStack.addWidget(self.opening_label)
        self.ui.pageStack.setCurrentWidget(self.opening_label)
        # Nothing works on a database that is not open yet; closing the window still does.
        for widget in (self.menuBar(), self.ui.mainToolBar, self.ui.navigationView):
            widget.setEnabled(False)

    def attach(self, workspace: Workspace) -> None:
        """Work on `workspace`; the first one builds the pages and shows the page last used."""
        first = not self.pages
        if first:
            self._build_pages()
        self._bind(workspace)
        if first:
            for widget in (self.menuBar(), self.ui.mainToolBar, self.ui.navigationView):
                widget.setEnabled(True)
            self.show_page(self.options.get(CURRENT_PAGE))

    def _build_pages(self) -> None:
        from rtdesk.gui.actions_page import ActionsPage
        from rtdesk.gui.backup_dialog import BackupActions
        from rtdesk.gui.import_dialog import RosterFiles
        from rtdesk.gui.overview_page import OverviewPage
        from rtdesk.gui.proposals_page import ProposalsPage
        from rtdesk.gui.sessions_page import SessionsPage
        from rtdesk.gui.undo_commands import UndoHost
        from rtdesk.gui.zones_page import ZonesPage

        tasks, options = self.tasks, self.options
        self.undo = UndoHost(self.undo_stack, self._undo_changed, self._undo_failed)
        self.files = RosterFiles(self, tasks, options, self.undo, self._files_changed)
        self.backups = BackupActions(
            self, tasks, options, can_reopen=self._open_workspace is not None
        )
        self.zones_page = ZonesPage(options, self, undo=self.undo)
        self.sessions_page = SessionsPage(self, tasks=tasks, options=options)
        self.proposals_page = ProposalsPage(tasks, options, self)
        self.actions_page = ActionsPage(self)
        self.overview_page = OverviewPage(tasks, self)
        self.pages = {
            "zones": self.zones_page,
            "sessions": self.sessions_page,
            "proposals": self.proposals_page,
            "actions": self.actions_page,
            "overview": self.overview_page,
        }
        for key in self.navigation_model.page_keys():
            page = self.pages[key]
            self.ui.pageStack.addWidget(page)
            page.data_changed.connect(self._data_changed)
            page.status_message.connect(self.show_status_message)
            page.open_requested.connect(self.open_record)
            page.show_requested.connect(self.show_target)
        opening = getattr(self, "opening_label", None)
        if opening is not None:
            self.ui.pageStack.removeWidget(opening)
            opening.deleteLater()
            self.opening_label = None
        self.geometry_keeper.add_splitter(self.zones_page.splitter, ZONES_SPLITTER)
        ui = self.ui
        ui.actionImportRoster.triggered.connect(self.files.import_roster)
        ui.actionImportZones.triggered.connect(self.files.import_zones)
        ui.actionExportRoster.triggered.connect(lambda: self.files.export_roster())
        ui.actionImportProposals.triggered.connect(self.files.import_proposals)
        self.backups.add_to_menu(ui.menuFile, before=ui.actionQuit)

    # --- actions -------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        ui = self.ui
        S = QStyle.StandardPixmap
        ui.actionNewDatabase.setIcon(icons.standard(S.SP_FileIcon))
        ui.actionNewDatabase.setShortcuts(QKeySequence.StandardKey.New)
        ui.actionOpenDatabase.setIcon(icons.standard(S.SP_DialogOpenButton))
        ui.actionOpenDatabase.setShortcuts(QKeySequence.StandardKey.Open)
        ui.actionQuit.setShortcuts(QKeySequence.StandardKey.Quit)
        if not ui.actionQuit.shortcuts():
            # Windows has no standard Quit key; offices expect Ctrl+Q there too.
            ui.actionQuit.setShortcut(QKeySequence("Ctrl+Q"))
        ui.actionRefresh.setIcon(icons.standard(S.SP_BrowserReload))
        ui.actionRefresh.setShortcuts(QKeySequence.StandardKey.Refresh)
        ui.actionAbout.setIcon(icons.standard(S.SP_MessageBoxInformation))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icons.standard(S.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z everywhere (the issue asks for it), plus the platform's own keys.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(icons.standard(S.SP_ArrowForward))
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)
        ui.mainToolBar.addSeparator()
        ui.mainToolBar.addAction(self.undo_action)
        ui.mainToolBar.addAction(self.redo_action)
        ui.actionExportSummary.triggered.connect(self.export_summary)
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionAbout.triggered.connect(self.show_about)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        # Ctrl+, on macOS; Qt gives none where the platform has no standard key.
        self.preferences_action.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.preferences_action)
        can_switch = self._open_workspace is not None
        ui.actionNewDatabase.setEnabled(can_switch)
        ui.actionOpenDatabase.setEnabled(can_switch)

    # --- pages ---------------------------------------------------------------------------

    def current_page_key(self) -> str:
        index = self.ui.navigationView.currentIndex()
        keys = self.navigation_model.page_keys()
        return keys[index.row()] if index.isValid() else keys[0]

    def show_page(self, key: str) -> None:
        row = self.navigation_model.row_of(key)
        if row is None:
            row = 0  # an option from another version names a page that no longer exists
        self.ui.navigationView.selectionModel().setCurrentIndex(
            self.navigation_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def open_record(self, key: str, uuid: str) -> bool:
        """Go to the page `key` and show the record there (a session, a proposal)."""
        if key not in self.pages:
            return False
        self.show_page(key)
        if self.pages[key].open_record(uuid):
            return True
        self.show_status_message(self.tr("It is no longer there: someone may have deleted it."))
        return False

    def show_target(self, key: str, target: object) -> None:
        """Go to the page `key` and show `target` there (a filter, a zone; None: the page)."""
        if key not in self.pages:
            return
        self.show_page(key)
        if target is not None:
            self.pages[key].show_target(target)

    def _page_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.navigation_model.page_keys()[current.row()]
        page = self.pages.get(key)
        if page is None:
            return  # no database yet: the pages come with it
        self._bring_up_to_date(key)
        self.ui.pageStack.setCurrentWidget(page)
        self.options.set(CURRENT_PAGE, key)
        page.activated()

    def _bring_up_to_date(self, key: str) -> None:
        """Bind the page to the open database on its first showing, or refresh it if changes
        happened while it was hidden."""
        page = self.pages[key]
        if key not in self._bound_pages:
            page.bind(self.workspace)
            self._bound_pages.add(key)
            self._stale_pages.discard(key)
        elif key in self._stale_pages:
            self._stale_pages.discard(key)
            page.refresh()

    def _refresh_pages(self, skip: Page | None = None) -> None:
        """Refresh the visible page now; the hidden ones when they are shown next."""
        current = self.current_page_key()
        for key, page in self.pages.items():
            if page is skip or key not in self._bound_pages:
                continue
            if key == current:
                page.refresh()
            else:
                self._stale_pages.add(key)

    def refresh(self) -> None:
        self.pages[self.current_page_key()].refresh()
        self._update_counts()

    def _refresh_all(self) -> None:
        self._refresh_pages()
        self._update_counts()

    def _undo_changed(self) -> None:
        self._refresh_all()

    def _undo_failed(self, error: RtdeskError) -> None:
        show_error(self, self.tr("This step cannot be undone or redone"), error)

    def _files_changed(self, message: str) -> None:
        self._refresh_all()
        self.show_status_message(message)

    def _data_changed(self) -> None:
        sender = self.sender()
        self._refresh_pages(skip=sender if sender in self.pages.values() else None)
        self._update_counts()

    # --- status bar ----------------------------------------------------------------------

    def show_status_message(self, text: str) -> None:
        self.ui.statusBar.showMessage(text, STATUS_MESSAGE_MS)

    def _update_counts(self) -> None:
        zones_service = self.workspace.services.zones
        zones = zones_service.list_zones()
        without = zones_service.count_without_zone()
        municipalities = sum(z.municipalities for z in zones) + without
        parts = [
            self.tr("{count} zones").format(count=len(zones)),
            self.tr("{count} municipalities").format(count=municipalities),
        ]
        if without:
            parts.append(self.tr("{count} without a zone").format(count=without))
        self.counts_label.setText(" · ".join(parts))

    # --- databases -----------------------------------------------------------------------

    def _bind(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.setWindowTitle(self.tr("{name} — rtdesk").format(name=Path(workspace.location).name))
        self.setWindowFilePath(workspace.location)
        self.database_label.setText(self.tr("Database: {path}").format(path=workspace.location))
        self.database_label.setToolTip(workspace.location)
        self.undo_stack.clear()
        self.files.bind(workspace)
        self.backups.bind(workspace)
        # Pages load when first shown: a window over 100,000 proposals paints at once instead
        # of filling five pages nobody looks at yet.
        self._bound_pages.clear()
        self._stale_pages.clear()
        if self.ui.navigationView.currentIndex().isValid():
            self._bring_up_to_date(self.current_page_key())
        self._update_counts()
        if workspace.notes:
            self.show_status_message(" ".join(workspace.notes))
        if workspace.after_open is not None:
            QTimer.singleShot(0, self, lambda: self._run_after_open(workspace))

    def _run_after_open(self, workspace: Workspace) -> None:
        if self.workspace is not workspace or workspace.after_open is None:
            return  # another database was opened meanwhile
        self.tasks.run_task(workspace.after_open, self._after_open_done)

    def _after_open_done(
        self, result: tuple[str, ...] | None = None, error: BaseException | None = None
    ) -> None:
        if error is not None:
            raise error  # _startup_backup reports its own failures as notes: this is a bug
        if result:
            self.show_status_message(" ".join(result))

    def choose_database_file(self, *, new: bool) -> str | None:
        """Ask for a database file (tests replace this method); None when cancelled."""
        folder = self.options.get(LAST_FOLDER) or str(Path(self.workspace.location).parent)
        name_filter = self.tr("rtdesk databases ({patterns});;All files (*)").format(
            patterns=DATABASE_FILTER
        )
        if new:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("New database"),
                str(Path(folder) / "rtdesk.sqlite"),
                name_filter,
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open database"), folder, name_filter
            )
        if not path:
            return None
        self.options.set(LAST_FOLDER, str(Path(path).parent))
        return path

    def new_database(self) -> bool:
        path = self.choose_database_file(new=True)
        if path is None:
            return False
        if Path(path).exists():
            # Never overwrite: a "new" database on an existing file would be its replacement.
            show_error(
                self,
                self.tr("The database was not created"),
                RtdeskError(
                    self.tr("A file named {name} already exists.").format(name=Path(path).name),
                    advice=self.tr(
                        "Choose another name, or use Open database… to work on that file."
                    ),
                ),
            )
            return False
        return self.switch_database(path, create=True)

    def open_database(self) -> bool:
        path = self.choose_database_file(new=False)
        if path is None:
            return False
        return self.switch_database(path, create=False)

    def switch_database(self, path: str, *, create: bool) -> bool:
        """Work on another database; on failure the current one stays open and the user is
        told why."""
        if self._open_workspace is None or not self._minutes_may_be_left():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = self._open_workspace(path, create)
        except RtdeskError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, self.tr("The database was not opened"), error)
            return False
        except OSError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(
                self,
                self.tr("The database was not opened"),
                RtdeskError(
                    self.tr("{path} cannot be opened: {reason}").format(
                        path=path, reason=error.strerror or error
                    ),
                    advice=self.tr("Check that the file exists and that you may read it."),
                ),
            )
            return False
        QGuiApplication.restoreOverrideCursor()
        previous = self.workspace
        # Nothing may still run on the old engine when it is closed.
        self.tasks.discard_pending()
        self._bind(workspace)
        previous.close()
        return True

    def export_summary(self) -> None:
        from rtdesk.gui.summary_export import export_summary

        export_summary(self, self.workspace, self.tasks, self.options)

    # --- help ----------------------------------------------------------------------------

    def about_box(self) -> QMessageBox:
        without = self.workspace.services.zones.count_without_zone()
        text = self.tr(
            "<h3>rtdesk {version}</h3>"
            "<p>Desktop application of the secretariat of the permanent Round Table of the "
            "homogeneous zones of the Città metropolitana di Torino.</p>"
            "<p><b>Database:</b> {path}</p>"
        ).format(version=__version__, path=html.escape(self.workspace.location))
        sources = self.tr(
            "<p><b>Reference data</b><br>"
            "Municipalities, ISTAT and cadastral codes: ISTAT, list of Italian municipalities."
            "<br>Resident population: ISTAT, year 2023."
            "<br>Zones: deliberations of the Città metropolitana di Torino (perimetration of "
            "2015, changes of 2019 and 2021) and its public notices.</p>"
            "<p>{without} municipalities have no sourced zone yet. Every source is listed "
            "under “Show Details…”.</p>"
        ).format(without=without)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About rtdesk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text + sources)
        box.setDetailedText(_reference_sources())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box

    def show_about(self) -> None:
        self.about_box().exec()

    def preferences_dialog(self) -> PreferencesDialog:
        from rtdesk.gui.preferences_dialog import PreferencesDialog

        backup = self.workspace.services.backup
        return PreferencesDialog(
            self.options,
            self.workspace.services.settings,
            backups_folder=backup.folder if backup is not None else None,
            database_location=self.workspace.location,
            parent=self,
        )

    def show_preferences(self) -> None:
        dialog = self.preferences_dialog()
        dialog.exec()
        dialog.deleteLater()

    # --- closing -------------------------------------------------------------------------

    def _minutes_may_be_left(self) -> bool:
        """Typed minutes that could not be saved (a conflict, a refusal) are never dropped
        without asking: the user may go back to them, or choose to leave them."""
        if "sessions" not in self._bound_pages:
            return True
        editor = self.sessions_page.minutes_editor
        problem = editor.unsaved_text_problem()
        if problem is None or self.confirm_leaving_unsaved_minutes(problem):
            return True
        self.show_page("sessions")
        self.sessions_page.show_tab(editor)
        return False

    def confirm_leaving_unsaved_minutes(self, problem: str) -> bool:
        """Ask whether to leave minutes text that is not saved (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some minutes are not saved"),
            problem,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "If you go on, the text typed there since the last save is lost. Go back to "
                "the minutes to choose which text to keep, or copy it elsewhere first."
            )
        )
        back = box.addButton(self.tr("Go back to the minutes"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(
            self.tr("Leave without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is leave

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages and not self._minutes_may_be_left():
            event.ignore()
            return
        if self.pages:  # closed while the first database was opening: keep the page saved
            self.options.set(CURRENT_PAGE, self.current_page_key())
        super().closeEvent(event)
        self.options.sync()


def _reference_sources() -> str:
    return (resources.files("rtdesk_resources") / "data" / "SOURCES.md").read_text(encoding="utf-8")
