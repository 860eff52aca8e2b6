"""The Documents tab of a session: convocation and minutes as PDF, approval, errata, history.

PDFs are built on the database lane (`TaskManager.run_task`), after any minutes text still
being saved, so they always carry the last word typed. There is no preview inside the program
(QtPdf is not part of PySide6-Essentials): "Open in PDF viewer" writes the PDF to a temporary
folder and opens it in the system's viewer, from which it can be read and printed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import MeetingStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.approval_dialog import ApprovalDialog, ErratumDialog, later_sessions
from rtdesk.gui.fingerprint_dialog import FingerprintCheckDialog
from rtdesk.gui.messages import show_error
from rtdesk.gui.options import LAST_FOLDER, Options
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import open_kept, table_view
from rtdesk.services.sessions import (
    ErratumRow,
    SessionDetail,
    SessionService,
    StatusChangeRow,
)
from rtdesk.services.settings import SettingsService

# rtdesk.exports (openpyxl, reportlab) is imported where it is used: the window paints
# without it, a good part of a second sooner.


class ErrataTableModel(RowsTableModel[ErratumRow]):
    COLUMN_DATE = 0
    COLUMN_AT = 1
    COLUMN_TEXT = 2

    def headers(self) -> Sequence[str]:
        return [self.tr("Recorded on"), self.tr("At session"), self.tr("Correction")]

    def display(self, row: ErratumRow, column: int) -> str:
        if column == self.COLUMN_DATE:
            return labels.short_date(row.recorded_on)
        if column == self.COLUMN_AT:
            return row.recorded_at_ref
        if column == self.COLUMN_TEXT:
            return row.text.replace("\n", " ")
        return ""

    def tooltip(self, row: ErratumRow, column: int) -> str | None:
        return row.text if column == self.COLUMN_TEXT else None


class HistoryTableModel(RowsTableModel[StatusChangeRow]):
    COLUMN_DATE = 0
    COLUMN_STATUS = 1
    COLUMN_USER = 2
    COLUMN_NOTE = 3

    def headers(self) -> Sequence[str]:
        return [self.tr("On"), self.tr("Became"), self.tr("By"), self.tr("Note")]

    def display(self, row: StatusChangeRow, column: int) -> str:
        if column == self.COLUMN_DATE:
            return labels.short_date(row.changed_on)
        if column == self.COLUMN_STATUS:
            return labels.meeting_status(row.to_status)
        if column == self.COLUMN_USER:
            return row.changed_by
        if column == self.COLUMN_NOTE:
            return row.note
        return ""


class SessionDocuments(QWidget):
    """Emits `changed` after an approval or an erratum; `status_message` after a PDF."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        options: Options | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._options = options
        self._service: SessionService | None = None
        self._settings: SettingsService | None = None
        self._session: SessionDetail | None = None
        self._temporary = tempfile.TemporaryDirectory(prefix="rtdesk-pdf-")
        # Before anything reads the minutes: hand the text being typed to the lane (the lane
        # runs in order, so the PDF sees it) or, for a synchronous read, wait for it.
        self.save_pending: Callable[[], object] = lambda: None
        # The minutes editor's settle(): False if typed text could not be saved.
        self.settle_pending: Callable[[], bool] = lambda: True
        self.busy = 0
        self.dialog: ApprovalDialog | ErratumDialog | FingerprintCheckDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        print_box = QGroupBox(self.tr("Print"), self)
        grid = QGridLayout(print_box)
        language_label = QLabel(self.tr("Document &language:"), print_box)
        self.language_combo = QComboBox(print_box)
        language_label.setBuddy(self.language_combo)
        grid.addWidget(language_label, 0, 0)
        grid.addWidget(self.language_combo, 0, 1)
        viewer_tip = self.tr(
            "Opens the PDF in the computer's PDF viewer, where you can read and print it. "
            "(rtdesk has no PDF preview of its own: Qt's PDF module is not part of its "
            "Qt package.)"
        )
        self.agenda_save_button = QPushButton(self.tr("Save &convocation PDF…"), print_box)
        self.agenda_open_button = QPushButton(self.tr("Open convocation in PDF &viewer"), print_box)
        self.minutes_save_button = QPushButton(self.tr("Save &minutes PDF…"), print_box)
        self.minutes_open_button = QPushButton(self.tr("Open minutes in PDF vie&wer"), print_box)
        self.agenda_open_button.setToolTip(viewer_tip)
        self.minutes_open_button.setToolTip(viewer_tip)
        grid.addWidget(QLabel(self.tr("Convocation with agenda:"), print_box), 1, 0)
        grid.addWidget(self.agenda_save_button, 1, 1)
        grid.addWidget(self.agenda_open_button, 1, 2)
        grid.addWidget(QLabel(self.tr("Minutes:"), print_box), 2, 0)
        grid.addWidget(self.minutes_save_button, 2, 1)
        grid.addWidget(self.minutes_open_button, 2, 2)
        grid.setColumnStretch(3, 1)
        self.pdf_state = QLabel(print_box)
        self.pdf_state.setWordWrap(True)
        grid.addWidget(self.pdf_state, 3, 0, 1, 4)
        layout.addWidget(print_box)
        self.agenda_save_button.clicked.connect(lambda: self.save_pdf("agenda"))
        self.agenda_open_button.clicked.connect(lambda: self.open_pdf("agenda"))
        self.minutes_save_button.clicked.connect(lambda: self.save_pdf("minutes"))
        self.minutes_open_button.clicked.connect(lambda: self.open_pdf("minutes"))

        approval_box = QGroupBox(self.tr("Approval"), self)
        approval_layout = QVBoxLayout(approval_box)
        self.approval_label = QLabel(approval_box)
        self.approval_label.setWordWrap(True)
        self.approval_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        approval_layout.addWidget(self.approval_label)
        approval_buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Approve minutes…"), approval_box)
        self.verify_button = QPushButton(self.tr("Check a &printed copy…"), approval_box)
        self.verify_button.setToolTip(
            self.tr(
                "Type the fingerprint printed in the footer of a paper copy of the minutes and "
                "compare it with the one stored at approval"
            )
        )
        self.approve_button.clicked.connect(self.approve)
        self.verify_button.clicked.connect(self.check_copy)
        approval_buttons.addWidget(self.approve_button)
        approval_buttons.addWidget(self.verify_button)
        approval_buttons.addStretch(1)
        approval_layout.addLayout(approval_buttons)
        layout.addWidget(approval_box)

        errata_box = QGroupBox(self.tr("Errata"), self)
        errata_layout = QVBoxLayout(errata_box)
        self.errata_model = ErrataTableModel(self)
        self.errata_view = table_view(self.errata_model, errata_box)
        self.errata_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.errata_view.horizontalHeader().setSectionResizeMode(
            ErrataTableModel.COLUMN_TEXT, QHeaderView.ResizeMode.Stretch
        )
        errata_layout.addWidget(self.errata_view)
        errata_buttons = QHBoxLayout()
        self.erratum_button = QPushButton(self.tr("Add &erratum…"), errata_box)
        self.erratum_button.clicked.connect(self.add_erratum)
        errata_buttons.addWidget(self.erratum_button)
        self.errata_hint = QLabel(errata_box)
        self.errata_hint.setWordWrap(True)
        errata_buttons.addWidget(self.errata_hint, 1)
        errata_layout.addLayout(errata_buttons)
        layout.addWidget(errata_box, 1)

        history_box = QGroupBox(self.tr("Status history"), self)
        history_layout = QVBoxLayout(history_box)
        self.history_model = HistoryTableModel(self)
        self.history_view = table_view(self.history_model, history_box)
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_view.horizontalHeader().setStretchLastSection(True)
        history_layout.addWidget(self.history_view)
        layout.addWidget(history_box, 1)
        self._update_enabled()

    def bind(self, service: SessionService, settings: SettingsService) -> None:
        self._service = service
        self._settings = settings
        self._fill_languages()

    def _fill_languages(self) -> None:
        chosen = self.language_combo.currentData()
        self.language_combo.clear()
        default = self._settings.get().document_language if self._settings else "it"
        names = {"it": self.tr("Italian"), "en": self.tr("English")}
        self.language_combo.addItem(
            self.tr("{language} (Round Table setting)").format(
                language=names.get(default, default)
            ),
            None,
        )
        for code, name in names.items():
            if code != default:
                self.language_combo.addItem(name, code)
        position = self.language_combo.findData(chosen) if chosen else 0
        self.language_combo.setCurrentIndex(max(position, 0))

    def language(self) -> str | None:
        return self.language_combo.currentData()

    # --- showing -------------------------------------------------------------------------

    def show_session(self, session: SessionDetail | None) -> None:
        if session is not None and (self._session is None or self._session.uuid != session.uuid):
            self._fill_languages()  # the Round Table's language may have changed meanwhile
        self._session = session
        self.errata_model.set_rows(session.errata if session else ())
        self.history_model.set_rows(session.history if session else ())
        self.approval_label.setText(self._approval_text(session))
        if session is not None and session.locked:
            self.errata_hint.setText("")
        else:
            self.errata_hint.setText(self.tr("Errata are recorded on approved minutes only."))
        self._update_enabled()

    def _approval_text(self, session: SessionDetail | None) -> str:
        if session is None:
            return ""
        if session.locked:
            return self.tr(
                "Approved at session {ref} on {day}. The minutes are locked.\n"
                "Fingerprint (SHA-256, printed in the footer of every page): {fingerprint}"
            ).format(
                ref=session.approved_at_ref,
                day=labels.short_date(session.approved_on),
                fingerprint=session.fingerprint,
            )
        if session.status is MeetingStatus.MINUTES_DRAFTED:
            return self.tr("The minutes are drafted and can be approved at a later session.")
        return self.tr(
            "Not approved yet. Minutes can be approved once the session is held and the "
            "minutes are marked as drafted."
        )

    def _update_enabled(self) -> None:
        session = self._session
        has = session is not None and self._service is not None
        for button in (
            self.agenda_save_button,
            self.agenda_open_button,
            self.minutes_save_button,
            self.minutes_open_button,
        ):
            button.setEnabled(has)
        self.approve_button.setEnabled(
            has and session is not None and session.status is MeetingStatus.MINUTES_DRAFTED
        )
        self.verify_button.setEnabled(has and session is not None and session.locked)
        self.erratum_button.setEnabled(has and session is not None and session.locked)

    # --- PDFs ----------------------------------------------------------------------------

    def file_name(self, kind: str) -> str:
        assert self._session is not None
        ref = self._session.ref.replace("/", "-")
        language = self.language() or (
            self._settings.get().document_language if self._settings else "it"
        )
        if kind == "agenda":
            return f"convocazione-{ref}.pdf" if language == "it" else f"convocation-{ref}.pdf"
        return f"verbale-{ref}.pdf" if language == "it" else f"minutes-{ref}.pdf"

    def choose_pdf_path(self, suggested: str) -> str | None:
        """Ask where to save (tests replace this method); None when cancelled."""
        folder = self._options.get(LAST_FOLDER) if self._options else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder or Path.home()) / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self._options is not None:
            self._options.set(LAST_FOLDER, str(Path(path).parent))
        return path

    def save_pdf(self, kind: str) -> bool:
        if self._session is None:
            return False
        path = self.choose_pdf_path(self.file_name(kind))
        if path is None:
            return False
        self.build_pdf(kind, Path(path), open_after=False)
        return True

    def open_pdf(self, kind: str) -> bool:
        if self._session is None:
            return False
        path = Path(self._temporary.name) / self.file_name(kind)
        self.build_pdf(kind, path, open_after=True)
        return True

    def build_pdf(self, kind: str, path: Path, *, open_after: bool) -> None:
        """Build the PDF off the GUI thread, after any minutes text still being saved."""
        assert self._session is not None and self._service is not None
        service, uuid, language = self._service, self._session.uuid, self.language()
        self.save_pending()

        def work() -> Path:
            from rtdesk.exports.agenda_pdf import write_agenda_pdf
            from rtdesk.exports.minutes_pdf import write_minutes_pdf

            if kind == "agenda":
                write_agenda_pdf(service.agenda_document(uuid, language), path)
            else:
                write_minutes_pdf(service.minutes_document(uuid, language), path)
            return path

        self.busy += 1
        self.pdf_state.setText(self.tr("Preparing the PDF…"))
        self._tasks.run_task(
            work, lambda result=None, error=None: self._pdf_done(result, error, open_after)
        )

    def _pdf_done(self, path: Path | None, error: BaseException | None, open_after: bool) -> None:
        self.busy -= 1
        if error is not None:
            self.pdf_state.setText("")
            show_error(self, self.tr("The PDF was not written"), self._as_rtdesk(error))
            return
        assert path is not None
        if open_after:
            self.pdf_state.setText(self.tr("Opened in the PDF viewer: {path}").format(path=path))
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                show_error(
                    self,
                    self.tr("The PDF viewer did not open"),
                    RtdeskError(
                        self.tr("No program opened {path}.").format(path=path),
                        advice=self.tr(
                            "Install a PDF viewer, or use “Save … PDF…” and open the file."
                        ),
                    ),
                )
            return
        message = self.tr("PDF saved: {path}").format(path=path)
        self.pdf_state.setText(message)
        self.status_message.emit(message)

    # --- approval and errata -------------------------------------------------------------

    def _candidates(self):
        assert self._service is not None and self._session is not None
        return later_sessions(self._session, self._service.list_sessions())

    def approve(self) -> ApprovalDialog | None:
        if self._service is None or self._session is None:
            return None
        # The fingerprint is computed from the stored text: it must hold the last word.
        if not self.settle_pending():
            show_error(
                self,
                self.tr("The minutes cannot be approved yet"),
                RtdeskError(
                    self.tr("Some text typed in the minutes has not been saved."),
                    advice=self.tr(
                        "Look at the Minutes tab: it says what went wrong. Approve the minutes "
                        "once the text is saved, so that the approved minutes hold it."
                    ),
                ),
            )
            return None
        dialog = ApprovalDialog(self._service, self._session, self._candidates(), self)
        return open_kept(self, dialog, lambda: self._approved(dialog))

    def _approved(self, dialog: ApprovalDialog) -> None:
        result = dialog.result
        self.changed.emit()
        if result is not None:
            self.status_message.emit(
                self.tr("Minutes of session {ref} approved at session {at}.").format(
                    ref=result.session_ref, at=result.approved_at_ref
                )
            )

    def add_erratum(self) -> ErratumDialog | None:
        if self._service is None or self._session is None:
            return None
        rows = [r for r in self._service.list_sessions() if r.uuid != self._session.uuid]
        rows = later_sessions(self._session, rows)
        dialog = ErratumDialog(self._service, self._session, rows, self)
        return open_kept(self, dialog, self.changed.emit)

    def check_copy(self) -> FingerprintCheckDialog | None:
        """Open the dialog that checks a printed copy by the fingerprint in its footer (it
        also offers the check of the stored minutes alone)."""
        if self._service is None or self._session is None or not self._session.locked:
            return None
        dialog = FingerprintCheckDialog(self._service, self._session, self._tasks, self)
        return open_kept(self, dialog, lambda: None)

    def verify(self) -> bool | None:
        """The check without a copy, at once: do the stored minutes still give the fingerprint
        stored at approval? (The dialog of `check_copy` runs the same check on the lane.)"""
        if self._service is None or self._session is None:
            return None
        try:
            same = self._service.verify_minutes(self._session.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The fingerprint was not checked"), error)
            return None
        if same:
            text = self.tr("The minutes still give the fingerprint stored at approval.")
            icon = QMessageBox.Icon.Information
        else:
            text = self.tr(
                "The minutes no longer give the fingerprint stored at approval: the database "
                "was changed outside rtdesk. Keep the printed approved copy as the reference."
            )
            icon = QMessageBox.Icon.Warning
        QMessageBox(icon, self.tr("Fingerprint"), text, parent=self).exec()
        return same

    def _as_rtdesk(self, error: BaseException) -> RtdeskError:
        if isinstance(error, RtdeskError):
            return error
        if isinstance(error, OSError):
            return RtdeskError(
                self.tr("The file cannot be written: {reason}").format(
                    reason=error.strerror or error
                ),
                advice=self.tr(
                    "Check that the folder exists, that you may write there and that the file is "
                    "not open in another program."
                ),
            )
        return RtdeskError(str(error))
