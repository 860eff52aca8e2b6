"""How values are shown: enum labels, dates and numbers in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from rtdesk.domain.enums import ActionStatus, MeetingMode, MeetingStatus, ProposalStatus


def meeting_mode(mode: MeetingMode) -> str:
    return {
        MeetingMode.IN_PERSON: QCoreApplication.translate("labels", "In person"),
        MeetingMode.ONLINE: QCoreApplication.translate("labels", "Online"),
        MeetingMode.HYBRID: QCoreApplication.translate("labels", "Hybrid"),
    }[mode]


def meeting_status(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        MeetingStatus.CONVENED: QCoreApplication.translate("labels", "Convened"),
        MeetingStatus.HELD: QCoreApplication.translate("labels", "Held"),
        MeetingStatus.MINUTES_DRAFTED: QCoreApplication.translate("labels", "Minutes drafted"),
        MeetingStatus.MINUTES_APPROVED: QCoreApplication.translate("labels", "Minutes approved"),
    }[status]


def proposal_status(status: ProposalStatus) -> str:
    return {
        ProposalStatus.SUBMITTED: QCoreApplication.translate("labels", "Submitted"),
        ProposalStatus.ADMITTED: QCoreApplication.translate("labels", "Admitted to the agenda"),
        ProposalStatus.UNDER_DISCUSSION: QCoreApplication.translate("labels", "Under discussion"),
        ProposalStatus.APPROVED: QCoreApplication.translate("labels", "Approved"),
        ProposalStatus.REJECTED: QCoreApplication.translate("labels", "Rejected"),
        ProposalStatus.DEFERRED: QCoreApplication.translate("labels", "Deferred"),
        ProposalStatus.WITHDRAWN: QCoreApplication.translate("labels", "Withdrawn"),
        ProposalStatus.IN_IMPLEMENTATION: QCoreApplication.translate("labels", "Being implemented"),
        ProposalStatus.IMPLEMENTED: QCoreApplication.translate("labels", "Implemented"),
    }[status]


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("labels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("labels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
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
