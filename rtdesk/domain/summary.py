"""The rows of the summary workbook as plain frozen data, and the words for them in it and en."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    MeetingMode,
    MeetingStatus,
    Presence,
    ProposalStatus,
)
from rtdesk.domain.roster import RosterEntry

LANGUAGES = ("it", "en")

# Document words for each closed vocabulary. One table per enum, never one merged table:
# StrEnum members compare and hash as their value, so MeetingStatus.PLANNED and
# AdoptionState.PLANNED ("planned") would collide as keys of one dict.
PROPOSAL_STATUS_LABELS: dict[str, dict[ProposalStatus, str]] = {
    "it": {
        ProposalStatus.SUBMITTED: "Presentata",
        ProposalStatus.ADMITTED: "Ammessa all'ordine del giorno",
        ProposalStatus.UNDER_DISCUSSION: "In discussione",
        ProposalStatus.APPROVED: "Approvata",
        ProposalStatus.REJECTED: "Respinta",
        ProposalStatus.DEFERRED: "Rinviata",
        ProposalStatus.WITHDRAWN: "Ritirata",
        ProposalStatus.IN_IMPLEMENTATION: "In attuazione",
        ProposalStatus.IMPLEMENTED: "Attuata",
    },
    "en": {
        ProposalStatus.SUBMITTED: "Submitted",
        ProposalStatus.ADMITTED: "Admitted to the agenda",
        ProposalStatus.UNDER_DISCUSSION: "Under discussion",
        ProposalStatus.APPROVED: "Approved",
        ProposalStatus.REJECTED: "Rejected",
        ProposalStatus.DEFERRED: "Deferred",
        ProposalStatus.WITHDRAWN: "Withdrawn",
        ProposalStatus.IN_IMPLEMENTATION: "Being implemented",
        ProposalStatus.IMPLEMENTED: "Implemented",
    },
}

ADOPTION_STATE_LABELS: dict[str, dict[AdoptionState, str]] = {
    "it": {
        AdoptionState.NOT_STARTED: "Non avviata",
        AdoptionState.PLANNED: "Prevista",
        AdoptionState.ADOPTING: "In adozione",
        AdoptionState.ADOPTED: "Adottata",
        AdoptionState.NOT_APPLICABLE: "Non applicabile",
    },
    "en": {
        AdoptionState.NOT_STARTED: "Not started",
        AdoptionState.PLANNED: "Planned",
        AdoptionState.ADOPTING: "Adopting",
        AdoptionState.ADOPTED: "Adopted",
        AdoptionState.NOT_APPLICABLE: "Not applicable",
    },
}

PRESENCE_LABELS: dict[str, dict[Presence, str]] = {
    "it": {
        Presence.PRESENT: "Presente",
        Presence.ABSENT: "Assente",
        Presence.EXCUSED: "Giustificato",
    },
    "en": {Presence.PRESENT: "Present", Presence.ABSENT: "Absent", Presence.EXCUSED: "Excused"},
}

MEETING_STATUS_LABELS: dict[str, dict[MeetingStatus, str]] = {
    "it": {
        MeetingStatus.PLANNED: "Programmata",
        MeetingStatus.CONVENED: "Convocata",
        MeetingStatus.HELD: "Svolta",
        MeetingStatus.MINUTES_DRAFTED: "Verbale redatto",
        MeetingStatus.MINUTES_APPROVED: "Verbale approvato",
    },
    "en": {
        MeetingStatus.PLANNED: "Planned",
        MeetingStatus.CONVENED: "Convened",
        MeetingStatus.HELD: "Held",
        MeetingStatus.MINUTES_DRAFTED: "Minutes drafted",
        MeetingStatus.MINUTES_APPROVED: "Minutes approved",
    },
}

MEETING_MODE_LABELS: dict[str, dict[MeetingMode, str]] = {
    "it": {
        MeetingMode.IN_PERSON: "In presenza",
        MeetingMode.ONLINE: "A distanza",
        MeetingMode.HYBRID: "Mista",
    },
    "en": {
        MeetingMode.IN_PERSON: "In person",
        MeetingMode.ONLINE: "Online",
        MeetingMode.HYBRID: "Hybrid",
    },
}

ACTION_STATUS_LABELS: dict[str, dict[ActionStatus, str]] = {
    "it": {
        ActionStatus.OPEN: "Aperta",
        ActionStatus.IN_PROGRESS: "In corso",
        ActionStatus.DONE: "Completata",
        ActionStatus.CANCELLED: "Annullata",
    },
    "en": {
        ActionStatus.OPEN: "Open",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.CANCELLED: "Cancelled",
    },
}

YES_NO: dict[str, tuple[str, str]] = {"it": ("Sì", "No"), "en": ("Yes", "No")}

_TABLES: dict[type[StrEnum], dict[str, dict]] = {
    ProposalStatus: PROPOSAL_STATUS_LABELS,
    AdoptionState: ADOPTION_STATE_LABELS,
    Presence: PRESENCE_LABELS,
    MeetingStatus: MEETING_STATUS_LABELS,
    MeetingMode: MEETING_MODE_LABELS,
    ActionStatus: ACTION_STATUS_LABELS,
}

# Actions still to be done; only these can be overdue.
OPEN_ACTION_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def label(value: StrEnum, language: str = "it") -> str:
    """The document word for a status, state, presence or mode in `language`."""
    return _TABLES[type(value)][check_language(language)][value]


def yes_no(value: bool, language: str = "it") -> str:
    yes, no = YES_NO[check_language(language)]
    return yes if value else no


@dataclass(frozen=True, slots=True)
class ProposalSummaryRow:
    """One line of the proposal register. The *_text fields are already formatted by the
    service ("1, 4, 7"; "Mobilità; Scuola"; "3/2026, 7/2026")."""

    code: str  # P-2026-014
    title: str
    status: ProposalStatus
    submitted_on: date | None
    proposing_zones_text: str = ""
    proposer: str = ""
    themes_text: str = ""
    strategic_axis: str = ""
    resolution: str = ""
    resolved_on: date | None = None
    discussed_at_text: str = ""  # refs of the sessions where it was on the agenda


@dataclass(frozen=True, slots=True)
class AdoptionMatrixRow:
    """A proposal and its adoption state in each zone; `states` follows the order of
    `SummaryData.zones` (None: no adoption recorded for that zone)."""

    code: str
    title: str
    status: ProposalStatus
    states: tuple[AdoptionState | None, ...]


@dataclass(frozen=True, slots=True)
class SessionSummaryRow:
    ref: str  # 7/2026
    held_on: date | None
    venue: str
    mode: MeetingMode
    status: MeetingStatus
    zones_present: int | None  # None: attendance not recorded yet (e.g. a planned session)
    zones_total: int
    quorum_reached: bool | None  # None: not known until attendance is recorded
    agenda_items: int


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One session of the attendance matrix; `presences` follows the order of
    `SummaryData.zones` (None: nothing recorded for that zone)."""

    ref: str
    held_on: date | None
    presences: tuple[Presence | None, ...]


@dataclass(frozen=True, slots=True)
class ActionSummaryRow:
    description: str
    owner: str
    zone: int | None  # zone number of the owner, if the action belongs to a zone
    due_on: date | None
    status: ActionStatus
    session_ref: str = ""  # session where it was agreed
    proposal_code: str = ""

    def is_overdue(self, today: date) -> bool:
        """Still to be done and its due date has passed (due today is not yet overdue)."""
        return (
            self.status in OPEN_ACTION_STATUSES and self.due_on is not None and self.due_on < today
        )


def action_order_key(row: ActionSummaryRow, today: date) -> tuple:
    """Overdue first, then the other open actions, then done, then cancelled; within each
    group by due date (undated last), then by description."""
    if row.is_overdue(today):
        group = 0
    elif row.status in OPEN_ACTION_STATUSES:
        group = 1
    elif row.status is ActionStatus.DONE:
        group = 2
    else:
        group = 3
    due = row.due_on.toordinal() if row.due_on is not None else date.max.toordinal() + 1
    return (group, due, row.description.casefold())


def sort_actions(rows: Iterable[ActionSummaryRow], today: date) -> list[ActionSummaryRow]:
    return sorted(rows, key=lambda row: action_order_key(row, today))


@dataclass(frozen=True)
class SummaryData:
    """Everything the summary workbook shows, as plain data.

    The row collections are iterables consumed exactly once, in sheet order (proposals,
    adoption, sessions, attendance, actions, roster), so the service may hand out generators
    that stream from the database: 100,000 proposals are never all in memory. The chart
    figures (proposals by status, attendance rate per zone) are counted by the writer while it
    streams the rows, so they always agree with the sheets and need no extra query.
    Actions are sorted by the writer (`sort_actions`), so they may come in any order.
    `proposal_count`, if the service knows it (SELECT count(*)), only makes the progress
    percentage move smoothly while the proposals are written.
    """

    zones: Sequence[tuple[int, str]]  # (number, name) in display order, normally 1..11
    today: date  # the generation date; also decides which actions are overdue
    proposals: Iterable[ProposalSummaryRow] = ()
    adoption: Iterable[AdoptionMatrixRow] = ()
    sessions: Iterable[SessionSummaryRow] = ()
    attendance: Iterable[AttendanceRow] = ()
    actions: Iterable[ActionSummaryRow] = ()
    roster: Iterable[RosterEntry] = ()
    year: int | None = None  # the year filter the rows were selected with; None: all years
    language: str = "it"
    proposal_count: int | None = None

    def __post_init__(self) -> None:
        check_language(self.language)
        numbers = [number for number, _name in self.zones]
        if not numbers:
            raise ValueError("zones must not be empty")
        if len(set(numbers)) != len(numbers):
            raise ValueError("a zone number appears twice in zones")
