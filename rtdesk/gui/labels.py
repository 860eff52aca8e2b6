"""How values are shown: enum labels, dates and numbers in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from rtdesk.domain.enums import ActionStatus, MeetingMode, MeetingStatus, ProposalStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def meeting_mode(mode: MeetingMode) -> str:
    return {
        MeetingMode.IN_PERSON: _tr("In person"),
        MeetingMode.ONLINE: _tr("Online"),
        MeetingMode.HYBRID: _tr("Hybrid"),
    }[mode]


def meeting_status(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: _tr("Planned"),
        MeetingStatus.CONVENED: _tr("Convened"),
        MeetingStatus.HELD: _tr("Held"),
        MeetingStatus.MINUTES_DRAFTED: _tr("Minutes drafted"),
        MeetingStatus.MINUTES_APPROVED: _tr("Minutes approved"),
    }[status]


def proposal_status(status: ProposalStatus) -> str:
    return {
        ProposalStatus.SUBMITTED: _tr("Submitted"),
        ProposalStatus.ADMITTED: _tr("Admitted to the agenda"),
        ProposalStatus.UNDER_DISCUSSION: _tr("Under discussion"),
        ProposalStatus.APPROVED: _tr("Approved"),
        ProposalStatus.REJECTED: _tr("Rejected"),
        ProposalStatus.DEFERRED: _tr("Deferred"),
        ProposalStatus.WITHDRAWN: _tr("Withdrawn"),
        ProposalStatus.IN_IMPLEMENTATION: _tr("Being implemented"),
        ProposalStatus.IMPLEMENTED: _tr("Implemented"),
    }[status]


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _tr("Open"),
        ActionStatus.IN_PROGRESS: _tr("In progress"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.CANCELLED: _tr("Cancelled"),
    }[status]


def short_date(value: date | None) -> str:
    """A date as the user's locale writes it briefly (25/11/2026 in Italian); '' for none."""
    if value is None:
        return ""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        # Short formats often have two-digit years; records need all four.
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def number(value: int | None) -> str:
    """An integer with the locale's thousands separators (2.198.237 in Italian)."""
    if value is None:
        return ""
    return QLocale().toString(value)
