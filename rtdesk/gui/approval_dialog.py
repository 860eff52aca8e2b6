"""Dialogs to approve minutes at a later session and to record an erratum on approved ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.messages import show_error
from rtdesk.gui.session_dialog import four_digit_year, qdate
from rtdesk.services.sessions import (
    ApprovalResult,
    ErratumRow,
    SessionDetail,
    SessionRow,
    SessionService,
)


def later_sessions(
    session: SessionDetail, rows: Sequence[SessionRow], today: date | None = None
) -> list[SessionRow]:
    """The sessions that can approve `session`'s minutes: those after it that have taken
    place (or take place today), the nearest first."""
    today = today or date.today()
    later = [r for r in rows if session.meeting_date < r.meeting_date <= today]
    return sorted(later, key=lambda r: (r.meeting_date, r.year, r.number))


class ApprovalDialog(QDialog):
    """Choose the later session that approved the minutes, and the day; calls approve_minutes
    and stays open when the service refuses. `result` holds the approval and fingerprint."""

    def __init__(
        self,
        service: SessionService,
        session: SessionDetail,
        candidates: Sequence[SessionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.session = session
        self.result: ApprovalResult | None = None
        self._candidates = list(candidates)
        self.setWindowTitle(self.tr("Approve the minutes of session {ref}").format(ref=session.ref))
        self.resize(520, 260)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Minutes are approved by a later session. Once approved they are locked: the "
                "text can no longer change and a correction is recorded as an erratum. A "
                "fingerprint of the approved text is stored so that a printed copy can be "
                "checked later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.session_combo = QComboBox(self)
        for row in self._candidates:
            self.session_combo.addItem(
                self.tr("Session {ref} of {day}").format(
                    ref=row.ref, day=labels.short_date(row.meeting_date)
                ),
                row.ref,
            )
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(four_digit_year(self.date_edit.displayFormat()))
        session_label = QLabel(self.tr("Approved at &session:"), self)
        session_label.setBuddy(self.session_combo)
        date_label = QLabel(self.tr("Approved &on:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(session_label, self.session_combo)
        form.addRow(date_label, self.date_edit)
        layout.addLayout(form)
        self.empty_label = QLabel(
            self.tr(
                "No later session is recorded yet. Plan the session that will approve these "
                "minutes first."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self._candidates)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Approve minutes")
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self._candidates)
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self._session_chosen()

    def choose_session(self, ref: str) -> None:
        self.session_combo.setCurrentIndex(self.session_combo.findData(ref))

    def _session_chosen(self, *_args) -> None:
        position = self.session_combo.currentIndex()
        if 0 <= position < len(self._candidates):
            self.date_edit.setDate(qdate(self._candidates[position].meeting_date))

    def accept(self) -> None:
        ref = self.session_combo.currentData()
        if not ref:
            return
        try:
            self.result = self._service.approve_minutes(
                self.session.uuid, ref, self.date_edit.date().toPython()
            )
        except RtdeskError as error:
            show_error(self, self.tr("The minutes were not approved"), error)
            return
        super().accept()


class ErratumDialog(QDialog):
    """Write a correction to approved minutes, optionally naming the session that recorded
    it; calls add_erratum and stays open when the service refuses."""

    def __init__(
        self,
        service: SessionService,
        session: SessionDetail,
        candidates: Sequence[SessionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.session = session
        self.saved: ErratumRow | None = None
        self.setWindowTitle(
            self.tr("Erratum to the minutes of session {ref}").format(ref=session.ref)
        )
        self.resize(560, 340)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Approved minutes never change. Write the correction as it should be read "
                "(for example: “Item 3, decision: read 12 June instead of 21 June”); it is "
                "printed after the minutes with its date."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.session_combo = QComboBox(self)
        self.session_combo.addItem(self.tr("(not at a session)"), "")
        for row in candidates:
            self.session_combo.addItem(
                self.tr("Session {ref} of {day}").format(
                    ref=row.ref, day=labels.short_date(row.meeting_date)
                ),
                row.ref,
            )
        text_label = QLabel(self.tr("&Correction:"), self)
        text_label.setBuddy(self.text_edit)
        at_label = QLabel(self.tr("Recorded at &session:"), self)
        at_label.setBuddy(self.session_combo)
        form.addRow(text_label, self.text_edit)
        form.addRow(at_label, self.session_combo)
        layout.addLayout(form, 1)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Record erratum")
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def accept(self) -> None:
        try:
            self.saved = self._service.add_erratum(
                self.session.uuid,
                self.text_edit.toPlainText(),
                self.session_combo.currentData() or None,
            )
        except RtdeskError as error:
            show_error(self, self.tr("The erratum was not recorded"), error)
            return
        super().accept()
