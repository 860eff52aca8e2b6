"""Dialog to move a proposal to its next status: date, the session where it happened, a note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
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

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.messages import show_error
from rtdesk.services.proposals import ProposalDetail, ProposalService
from rtdesk.services.sessions import SessionRow

_S = ProposalStatus


def transition_verb(target: ProposalStatus) -> str:
    """The button that moves a proposal to `target` ("Approve…")."""
    return {
        _S.SUBMITTED: QCoreApplication.translate("transitions", "Submit…"),
        _S.ADMITTED: QCoreApplication.translate("transitions", "Admit to the agenda…"),
        _S.UNDER_DISCUSSION: QCoreApplication.translate("transitions", "Start discussion…"),
        _S.APPROVED: QCoreApplication.translate("transitions", "Approve…"),
        _S.REJECTED: QCoreApplication.translate("transitions", "Reject…"),
        _S.DEFERRED: QCoreApplication.translate("transitions", "Defer…"),
        _S.WITHDRAWN: QCoreApplication.translate("transitions", "Withdraw…"),
        _S.IN_IMPLEMENTATION: QCoreApplication.translate("transitions", "Start implementation…"),
        _S.IMPLEMENTED: QCoreApplication.translate("transitions", "Mark implemented…"),
    }[target]


def transition_title(target: ProposalStatus) -> str:
    """The dialog title for moving to `target` ("Approve proposal {code}")."""
    return {
        _S.SUBMITTED: QCoreApplication.translate("transitions", "Submit proposal {code}"),
        _S.ADMITTED: QCoreApplication.translate(
            "transitions", "Admit proposal {code} to the agenda"
        ),
        _S.UNDER_DISCUSSION: QCoreApplication.translate(
            "transitions", "Start the discussion of proposal {code}"
        ),
        _S.APPROVED: QCoreApplication.translate("transitions", "Approve proposal {code}"),
        _S.REJECTED: QCoreApplication.translate("transitions", "Reject proposal {code}"),
        _S.DEFERRED: QCoreApplication.translate("transitions", "Defer proposal {code}"),
        _S.WITHDRAWN: QCoreApplication.translate("transitions", "Withdraw proposal {code}"),
        _S.IN_IMPLEMENTATION: QCoreApplication.translate(
            "transitions", "Start implementing proposal {code}"
        ),
        _S.IMPLEMENTED: QCoreApplication.translate(
            "transitions", "Mark proposal {code} as implemented"
        ),
    }[target]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def four_digit_dates(edit: QDateEdit) -> None:
    pattern = edit.displayFormat()
    edit.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
    edit.setCalendarPopup(True)


class TransitionDialog(QDialog):
    """Calls `ProposalService.change_status`; stays open when the service refuses.

    After acceptance `result` holds the proposal as it is now.
    """

    def __init__(
        self,
        service: ProposalService,
        proposal: ProposalDetail,
        target: ProposalStatus,
        sessions: Sequence[SessionRow] = (),
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.proposal = proposal
        self.target = target
        self.result: ProposalDetail | None = None
        self.setWindowTitle(transition_title(target).format(code=proposal.code))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{code} — {title}").format(code=proposal.code, title=proposal.title), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit(self)
        four_digit_dates(self.date_edit)
        self.date_edit.setDate(qdate(today or date.today()))
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.session_combo = QComboBox(self)
        self.session_combo.addItem(self.tr("Not in a session"), None)
        for row in sessions:
            self.session_combo.addItem(
                self.tr("Session {ref} of {date}").format(
                    ref=row.ref, date=labels.short_date(row.meeting_date)
                ),
                row.ref,
            )
        form.addRow(self.tr("&Session:"), self.session_combo)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Why, or what was decided (optional)"))
        self.note_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            transition_verb(target).rstrip("…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def choose_session(self, ref: str | None) -> None:
        position = self.session_combo.findData(ref)
        self.session_combo.setCurrentIndex(max(position, 0))

    def accept(self) -> None:
        try:
            self.result = self._service.change_status(
                self.proposal.uuid,
                self.target,
                on=pydate(self.date_edit.date()),
                session_ref=self.session_combo.currentData(),
                note=self.note_edit.toPlainText(),
            )
        except RtdeskError as error:
            show_error(self, self.tr("The status was not changed"), error)
            return
        super().accept()
