"""Dialog to plan a new session or change one: date, times, venue, mode, chair, secretary."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from rtdesk.domain.enums import MeetingMode
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from rtdesk.gui.messages import show_error
from rtdesk.services.sessions import SessionDetail, SessionInput, SessionService
from rtdesk.services.settings import RoundTableSettings


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class SessionDialog(QDialog):
    """Calls create_session or update_session; stays open when the service refuses, showing
    its message and advice. After acceptance `saved` holds the session as stored."""

    def __init__(
        self,
        service: SessionService,
        settings: RoundTableSettings,
        *,
        session: SessionDetail | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._service = service
        self.session = session
        self.saved: SessionDetail | None = None
        ui = self.ui
        ui.dateEdit.setDisplayFormat(four_digit_year(ui.dateEdit.displayFormat()))
        for mode in MeetingMode:
            ui.modeCombo.addItem(labels.meeting_mode(mode), mode.value)
        ui.startCheck.toggled.connect(ui.startTime.setEnabled)
        ui.endCheck.toggled.connect(ui.endTime.setEnabled)
        ui.startTime.setTime(QTime(10, 0))
        ui.endTime.setTime(QTime(12, 0))
        if session is None:
            self.setWindowTitle(self.tr("New session"))
            ui.refLabel.setText(
                self.tr("The session gets the next free number of its year when it is saved.")
            )
            ui.dateEdit.setDate(qdate(today or date.today()))
            ui.startCheck.setChecked(True)
            ui.venueEdit.setText(settings.default_venue)
            ui.chairEdit.setText(settings.default_chair)
            ui.secretaryEdit.setText(settings.default_secretary)
        else:
            self.setWindowTitle(self.tr("Session {ref}").format(ref=session.ref))
            ui.refLabel.setText(
                self.tr(
                    "Session {ref}. Its date can change within {year}: the number belongs "
                    "to that year."
                ).format(ref=session.ref, year=session.year)
            )
            ui.dateEdit.setDate(qdate(session.meeting_date))
            ui.startCheck.setChecked(session.start_time is not None)
            if session.start_time is not None:
                ui.startTime.setTime(qtime(session.start_time))
            ui.endCheck.setChecked(session.end_time is not None)
            if session.end_time is not None:
                ui.endTime.setTime(qtime(session.end_time))
            ui.venueEdit.setText(session.venue)
            ui.modeCombo.setCurrentIndex(ui.modeCombo.findData(session.mode.value))
            ui.chairEdit.setText(session.chair)
            ui.secretaryEdit.setText(session.secretary)
            ui.notesEdit.setPlainText(session.notes)
        ui.startTime.setEnabled(ui.startCheck.isChecked())
        ui.endTime.setEnabled(ui.endCheck.isChecked())
        ui.hintLabel.setText(
            self.tr(
                "Venue, chair and secretary start from the Round Table settings; "
                "change them here for this session only."
            )
        )
        ui.dateEdit.setFocus()

    def input(self) -> SessionInput:
        ui = self.ui
        return SessionInput(
            meeting_date=ui.dateEdit.date().toPython(),
            start_time=ui.startTime.time().toPython() if ui.startCheck.isChecked() else None,
            end_time=ui.endTime.time().toPython() if ui.endCheck.isChecked() else None,
            venue=ui.venueEdit.text(),
            mode=MeetingMode(ui.modeCombo.currentData()),
            chair=ui.chairEdit.text(),
            secretary=ui.secretaryEdit.text(),
            notes=ui.notesEdit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            if self.session is None:
                self.saved = self._service.create_session(self.input())
            else:
                self.saved = self._service.update_session(
                    self.session.uuid, self.input(), self.session.row_version
                )
        except RtdeskError as error:
            show_error(self, self.tr("The session was not saved"), error)
            return
        super().accept()
