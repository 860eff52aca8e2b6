"""Round Table sessions: the register, status flow, agenda, attendance, approval and documents.

Rules kept here (the domain tables say what, this module says when):
- Numbers are handed out per year from the `session` code counter, so a deleted session's
  number is never given again. A session can be deleted only while it is planned, and its
  date cannot move to another year (its number belongs to that year).
- Every status step is checked against `SESSION_TRANSITIONS` and recorded with the date
  (`context.today()`) and user; "minutes approved" is reached only through `approve_minutes`.
- The agenda stays editable after the session is held (the minutes may add points that were
  discussed) until the minutes are approved; from then on every change to the session, its
  agenda, attendance, guests, minutes, votes and actions is refused: a correction is an erratum.
- The minutes text, votes and action items are written by `rtdesk.services.minutes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rtdesk.domain.documents import (
    ActionLine,
    AgendaDocument,
    AgendaEntry,
    AttachmentLine,
    AttendanceLine,
    ErratumLine,
    GuestLine,
    MinutesApproval,
    MinutesDocument,
    MinutesItem,
    VoteLine,
    minutes_fingerprint,
)
from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    AuditAction,
    MandateRole,
    MeetingMode,
    MeetingStatus,
    Presence,
    VoteChoice,
)
from rtdesk.domain.errors import ConflictError, NotAllowedError, NotFoundError, ValidationError
from rtdesk.domain.identifiers import format_session_ref, parse_session_ref
from rtdesk.domain.mandates import in_office, show_date
from rtdesk.domain.sessions import (
    STATUS_LABELS,
    QuorumOutcome,
    QuorumRule,
    allowed_session_transitions,
    check_session_transition,
    minutes_are_locked,
    quorum,
)
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.domain.zones import check_zone_number
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.services.lookup import by_uuid
from rtdesk.services.proposals import put_on_agenda
from rtdesk.services.settings import DOCUMENT_LANGUAGES, SettingsService
from rtdesk.store.base import Entity
from rtdesk.store.models import (
    ActionItem,
    AgendaAttachment,
    AgendaItem,
    Attendance,
    CodeCounter,
    Guest,
    Mandate,
    Meeting,
    MeetingStatusChange,
    MinutesErratum,
    Person,
    Proposal,
    Zone,
)

SESSION_SERIES = "session"  # CodeCounter series of the session numbers


# ------------------------------------------------------------------------------ data in


@dataclass(frozen=True)
class SessionInput:
    meeting_date: date
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None  # None: the default venue from the settings
    mode: MeetingMode = MeetingMode.IN_PERSON
    chair: str | None = None  # None: the default chair from the settings
    secretary: str | None = None  # None: the default secretary from the settings
    notes: str = ""


@dataclass(frozen=True)
class AgendaItemInput:
    title: str
    kind: AgendaItemKind = AgendaItemKind.INFORMATION
    presenter: str = ""
    proposal_code: str = ""  # P-2026-014, or empty


@dataclass(frozen=True)
class AttendanceInput:
    presence: Presence = Presence.ABSENT
    person_uuid: str | None = None  # someone on the roster; else `attendee_name` as written
    attendee_name: str = ""
    capacity: AttendanceCapacity | None = None
    arrived_at: time | None = None
    left_at: time | None = None
    note: str = ""


@dataclass(frozen=True)
class GuestInput:
    name: str
    affiliation: str = ""  # e.g. "Funzionario CMTO", "esperto"
    note: str = ""


# ------------------------------------------------------------------------------ data out


@dataclass(frozen=True)
class AttachmentRow:
    uuid: str
    label: str
    reference: str


@dataclass(frozen=True)
class VoteRow:
    zone_number: int
    choice: VoteChoice


@dataclass(frozen=True)
class ActionRow:
    uuid: str
    description: str
    owner: str
    due_date: date | None
    row_version: int


@dataclass(frozen=True)
class AgendaItemRow:
    uuid: str
    position: int  # 1..n
    title: str
    kind: AgendaItemKind
    presenter: str
    proposal_code: str
    discussion: str
    decision: str
    attachments: tuple[AttachmentRow, ...]
    votes: tuple[VoteRow, ...]  # by zone number; empty: no vote
    actions: tuple[ActionRow, ...]
    row_version: int


@dataclass(frozen=True)
class AttendanceRow:
    zone_number: int
    zone_name: str
    presence: Presence
    attendee_name: str
    person_uuid: str | None
    capacity: AttendanceCapacity | None
    arrived_at: time | None
    left_at: time | None
    note: str
    recorded: bool  # False: the zone has no register row yet (shown as absent)


@dataclass(frozen=True)
class GuestRow:
    uuid: str
    name: str
    affiliation: str
    note: str


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: MeetingStatus | None
    to_status: MeetingStatus
    changed_on: date
    changed_by: str
    note: str


@dataclass(frozen=True)
class ErratumRow:
    uuid: str
    recorded_on: date
    recorded_by: str
    recorded_at_ref: str
    text: str


@dataclass(frozen=True)
class SessionDetail:
    uuid: str
    ref: str  # "7/2026"
    number: int
    year: int
    meeting_date: date
    start_time: time | None
    end_time: time | None
    venue: str
    mode: MeetingMode
    status: MeetingStatus
    convened_on: date | None
    chair: str
    secretary: str
    notes: str
    row_version: int  # pass back as expected_version to update_session
    agenda: tuple[AgendaItemRow, ...]
    attendance: tuple[AttendanceRow, ...]  # 11 rows, zone order
    guests: tuple[GuestRow, ...]
    history: tuple[StatusChangeRow, ...]  # oldest first
    errata: tuple[ErratumRow, ...]
    approved_at_ref: str  # "" until approved
    approved_on: date | None
    fingerprint: str  # "" until approved
    # Steps the GUI may offer; MINUTES_APPROVED is done with approve_minutes, not change_status.
    next_statuses: tuple[MeetingStatus, ...]

    @property
    def locked(self) -> bool:
        return minutes_are_locked(self.status)


@dataclass(frozen=True)
class ApprovalResult:
    session_ref: str
    approved_at_ref: str
    approved_on: date
    fingerprint: str


@dataclass(frozen=True)
class SessionRow:
    uuid: str  # stable key for later use cases; never shown
    ref: str  # "7/2026"
    number: int
    year: int
    meeting_date: date
    venue: str
    mode: MeetingMode
    status: MeetingStatus


# ------------------------------------------------------------------------------ helpers


def session_label(meeting: Meeting) -> str:
    return format_session_ref(meeting.number, meeting.year)


def get_meeting(session: Session, uuid: str) -> Meeting:
    return by_uuid(
        session,
        Meeting,
        uuid,
        QT_TRANSLATE_NOOP("errors.sessions", "This session no longer exists."),
        advice=QT_TRANSLATE_NOOP("errors.sessions", "Reload the list."),
    )


def get_agenda_item(session: Session, uuid: str) -> AgendaItem:
    return by_uuid(
        session,
        AgendaItem,
        uuid,
        QT_TRANSLATE_NOOP("errors.sessions", "This agenda item no longer exists."),
        advice=QT_TRANSLATE_NOOP("errors.sessions", "Reload the session."),
    )


def refuse_if_locked(meeting: Meeting) -> None:
    """Approved minutes are final: every change is refused, a correction is an erratum."""
    if minutes_are_locked(meeting.status):
        if meeting.minutes_approved_on:
            message = QT_TRANSLATE_NOOP(
                "errors.sessions",
                "The minutes of session {session} were approved on {date} and cannot be "
                "changed. Record an erratum instead.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors.sessions",
                "The minutes of session {session} were approved and cannot be changed. "
                "Record an erratum instead.",
            )
        raise NotAllowedError(
            message.format(session=session_label(meeting), date=meeting.minutes_approved_on)
        )


def check_version(entity: Entity, expected: int | None, what: str) -> None:
    """`what` names the record as a sentence's subject (“The action”), marked for translation."""
    if expected is not None and entity.row_version != expected:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors.sessions", "{what} was changed by someone else while you were editing."
            ).format(what=what),
            advice=QT_TRANSLATE_NOOP(
                "errors.sessions", "Your change was not saved. Reload and make it again."
            ),
        )


def clean(text: str | None, what: str, limit: int, *, required: bool = False) -> str:
    """`what` names the field (“venue”), marked for translation."""
    value = (text or "").strip()
    if required and not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.sessions", "The {what} cannot be empty.").format(what=what)
        )
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.sessions", "The {what} is too long ({length} characters; at most {limit})."
            ).format(what=what, length=len(value), limit=limit)
        )
    return value


def _find_by_ref(session: Session, ref: str) -> Meeting:
    number, year = parse_session_ref(ref)
    meeting = session.scalar(select(Meeting).where(Meeting.year == year, Meeting.number == number))
    if meeting is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors.sessions", "There is no session {session}.").format(
                session=format_session_ref(number, year)
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.sessions", "Check the number and year in the register of sessions."
            ),
        )
    return meeting


def _next_number(session: Session, year: int) -> int:
    counter = session.get(CodeCounter, (SESSION_SERIES, year))
    highest = session.scalar(select(func.max(Meeting.number)).where(Meeting.year == year)) or 0
    if counter is None:
        counter = CodeCounter(series=SESSION_SERIES, year=year, last_value=0)
        session.add(counter)
    # Sessions written without the counter (an import, older data) still push it forward.
    counter.last_value = max(counter.last_value or 0, highest) + 1
    return counter.last_value


def _check_times(start: time | None, end: time | None, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.sessions", "The {what} cannot be before the start.").format(
                what=what
            )
        )


def _check_language(language: str | None) -> None:
    if language is not None and language not in DOCUMENT_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.sessions",
                "Documents can be written in Italian (it) or English (en), not “{language}”.",
            ).format(language=language)
        )


def _zones(session: Session) -> list[Zone]:
    return list(session.scalars(select(Zone).order_by(Zone.number)))


def _proposal_code(session: Session, proposal_id: int | None) -> str:
    if proposal_id is None:
        return ""
    return session.scalar(select(Proposal.code).where(Proposal.id == proposal_id)) or ""


def _actions_of(session: Session, item: AgendaItem) -> list[ActionItem]:
    return list(
        session.scalars(
            select(ActionItem).where(ActionItem.agenda_item_id == item.id).order_by(ActionItem.id)
        )
    )


def _prefill(session: Session, meeting: Meeting) -> list[str]:
    """Add a register row, absent, for every zone without one: the spokesperson in office on
    the session date, else the vicar, else nobody. Returns "zone: name" of the rows added."""
    recorded = {a.zone_id for a in meeting.attendances}
    day = meeting.meeting_date
    mandates = session.scalars(
        select(Mandate)
        .where(Mandate.start_date <= day)
        .options(selectinload(Mandate.person))
        .order_by(Mandate.start_date.desc())
    ).all()
    added = []
    for zone in _zones(session):
        if zone.id in recorded:
            continue
        current = [
            m for m in mandates if m.zone_id == zone.id and in_office(m.start_date, m.end_date, day)
        ]
        spokesperson = [m for m in current if m.role is MandateRole.SPOKESPERSON]
        vicar = [m for m in current if m.is_vicar]
        chosen, capacity = None, None
        if spokesperson:
            chosen, capacity = spokesperson[0], AttendanceCapacity.SPOKESPERSON
        elif vicar:
            chosen, capacity = vicar[0], AttendanceCapacity.VICAR
        row = Attendance(
            zone_id=zone.id,
            person=chosen.person if chosen else None,
            attendee_name=chosen.person.full_name if chosen else "",
            capacity=capacity,
            presence=Presence.ABSENT,
        )
        meeting.attendances.append(row)
        added.append(f"{zone.number}: {row.attendee_name or '—'}")
    return added


def _refuse_if_the_zone_voted(meeting: Meeting, zone: Zone) -> None:
    """A zone with votes in the minutes was there: marking it absent would leave votes no
    present zone cast (the minutes would count them against the attendance they print)."""
    voted = [
        item.position
        for item in meeting.agenda_items
        if any(vote.zone_id == zone.id for vote in item.votes)
    ]
    if voted:
        if len(voted) == 1:
            message = QT_TRANSLATE_NOOP(
                "errors.sessions",
                "Zone {zone} voted on item {items} of this session: it cannot be marked as not "
                "present.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors.sessions",
                "Zone {zone} voted on items {items} of this session: it cannot be marked as not "
                "present.",
            )
        raise NotAllowedError(
            message.format(zone=zone.number, items=", ".join(str(p) for p in sorted(voted))),
            advice=QT_TRANSLATE_NOOP(
                "errors.sessions",
                "If its representative left before the end, record the time they left. If the "
                "vote was recorded by mistake, remove it in the Minutes tab first.",
            ),
        )


def _removed_item_values(
    session: Session, item: AgendaItem, actions: Sequence[ActionItem]
) -> list[tuple[str, str | None]]:
    """What a removed agenda point held, as text for its audit entry."""
    votes = sorted(item.votes, key=lambda vote: vote.zone.number)
    return [
        ("title", item.title),
        ("kind", item.kind.value),
        ("presenter", item.presenter),
        ("proposal", session.get(Proposal, item.proposal_id).code if item.proposal_id else None),
        ("discussion", item.discussion),
        ("decision", item.decision),
        ("attachments", "\n".join(f"{a.label} {a.reference}".strip() for a in item.attachments)),
        ("votes", "\n".join(f"zone {v.zone.number}: {v.choice.value}" for v in votes)),
        (
            "actions",
            "\n".join(
                " | ".join((a.description, a.owner_name, _plain_date(a.due_date))) for a in actions
            ),
        ),
    ]


def _plain_date(day: date | None) -> str:
    return show_date(day) if day is not None else ""


def action_row(action: ActionItem) -> ActionRow:
    return ActionRow(
        action.uuid, action.description, action.owner_name, action.due_date, action.row_version
    )


def agenda_item_row(session: Session, item: AgendaItem) -> AgendaItemRow:
    votes = sorted(
        (VoteRow(v.zone.number, v.choice) for v in item.votes), key=lambda v: v.zone_number
    )
    return AgendaItemRow(
        uuid=item.uuid,
        position=item.position,
        title=item.title,
        kind=item.kind,
        presenter=item.presenter,
        proposal_code=_proposal_code(session, item.proposal_id),
        discussion=item.discussion,
        decision=item.decision,
        attachments=tuple(
            AttachmentRow(a.uuid, a.label, a.reference)
            for a in sorted(item.attachments, key=lambda a: a.id)
        ),
        votes=tuple(votes),
        actions=tuple(action_row(a) for a in _actions_of(session, item)),
        row_version=item.row_version,
    )


def _attendance_rows(session: Session, meeting: Meeting) -> list[AttendanceRow]:
    by_zone = {a.zone_id: a for a in meeting.attendances}
    rows = []
    for zone in _zones(session):
        row = by_zone.get(zone.id)
        if row is None:
            rows.append(
                AttendanceRow(
                    zone.number, zone.name, Presence.ABSENT, "", None, None, None, None, "", False
                )
            )
            continue
        rows.append(
            AttendanceRow(
                zone_number=zone.number,
                zone_name=zone.name,
                presence=row.presence,
                attendee_name=row.attendee_name,
                person_uuid=row.person.uuid if row.person else None,
                capacity=row.capacity,
                arrived_at=row.arrived_at,
                left_at=row.left_at,
                note=row.note,
                recorded=True,
            )
        )
    return rows


def _renumber(meeting: Meeting, items: Sequence[AgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        if item.position != position:
            item.position = position


# ------------------------------------------------------------------------------ service


class SessionService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # -------------------------------------------------------------------- register

    def list_sessions(self, year: int | None = None) -> list[SessionRow]:
        """Every session (or those of one year), the most recent first."""
        query = select(
            Meeting.uuid,
            Meeting.number,
            Meeting.year,
            Meeting.meeting_date,
            Meeting.venue,
            Meeting.mode,
            Meeting.status,
        ).order_by(Meeting.meeting_date.desc(), Meeting.year.desc(), Meeting.number.desc())
        if year is not None:
            query = query.where(Meeting.year == year)
        with self._context.read() as session:
            return [
                SessionRow(
                    uuid=uuid,
                    ref=format_session_ref(number, session_year),
                    number=number,
                    year=session_year,
                    meeting_date=meeting_date,
                    venue=venue,
                    mode=mode,
                    status=status,
                )
                for uuid, number, session_year, meeting_date, venue, mode, status in (
                    session.execute(query)
                )
            ]

    def session_years(self) -> list[int]:
        """The years that have at least one session, the most recent first."""
        with self._context.read() as session:
            return list(
                session.scalars(select(Meeting.year).distinct().order_by(Meeting.year.desc()))
            )

    def session(self, uuid: str) -> SessionDetail:
        with self._context.read() as session:
            return self._detail(session, get_meeting(session, uuid))

    def find_by_ref(self, ref: str) -> SessionDetail:
        """The session users call `7/2026` (also `n. 7/2026`); NotFoundError if there is none."""
        with self._context.read() as session:
            return self._detail(session, _find_by_ref(session, ref))

    def _detail(self, session: Session, meeting: Meeting) -> SessionDetail:
        approved_at = meeting.minutes_approved_at
        errata = sorted(meeting.errata, key=lambda e: (e.recorded_on, e.id))
        return SessionDetail(
            uuid=meeting.uuid,
            ref=session_label(meeting),
            number=meeting.number,
            year=meeting.year,
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            venue=meeting.venue,
            mode=meeting.mode,
            status=meeting.status,
            convened_on=meeting.convened_on,
            chair=meeting.chair_name,
            secretary=meeting.secretary_name,
            notes=meeting.notes,
            row_version=meeting.row_version,
            agenda=tuple(agenda_item_row(session, item) for item in meeting.agenda_items),
            attendance=tuple(_attendance_rows(session, meeting)),
            guests=tuple(
                GuestRow(g.uuid, g.name, g.affiliation, g.note)
                for g in sorted(meeting.guests, key=lambda g: g.id)
            ),
            history=tuple(
                StatusChangeRow(c.from_status, c.to_status, c.changed_on, c.changed_by, c.note)
                for c in sorted(meeting.status_changes, key=lambda c: c.id)
            ),
            errata=tuple(
                ErratumRow(e.uuid, e.recorded_on, e.recorded_by, self._ref_of(session, e), e.text)
                for e in errata
            ),
            approved_at_ref=session_label(approved_at) if approved_at else "",
            approved_on=meeting.minutes_approved_on,
            fingerprint=meeting.minutes_fingerprint or "",
            next_statuses=tuple(sorted(allowed_session_transitions(meeting.status))),
        )

    @staticmethod
    def _ref_of(session: Session, erratum: MinutesErratum) -> str:
        if erratum.recorded_at_meeting_id is None:
            return ""
        other = session.get(Meeting, erratum.recorded_at_meeting_id)
        return session_label(other) if other else ""

    # -------------------------------------------------------------------- sessions

    def _values(self, data: SessionInput) -> dict[str, object]:
        settings = SettingsService(self._context).get()
        _check_times(
            data.start_time, data.end_time, QT_TRANSLATE_NOOP("errors.sessions", "end time")
        )
        return {
            "meeting_date": data.meeting_date,
            "start_time": data.start_time,
            "end_time": data.end_time,
            "venue": clean(
                settings.default_venue if data.venue is None else data.venue,
                QT_TRANSLATE_NOOP("errors.sessions", "venue"),
                250,
            ),
            "mode": MeetingMode(data.mode),
            "chair_name": clean(
                settings.default_chair if data.chair is None else data.chair,
                QT_TRANSLATE_NOOP("errors.sessions", "chair"),
                200,
            ),
            "secretary_name": clean(
                settings.default_secretary if data.secretary is None else data.secretary,
                QT_TRANSLATE_NOOP("errors.sessions", "secretary"),
                200,
            ),
            "notes": (data.notes or "").strip(),
        }

    def create_session(self, data: SessionInput) -> SessionDetail:
        """A new planned session numbered next in its year (numbers are never reused)."""
        values = self._values(data)
        with self._context.write() as session:
            year = data.meeting_date.year
            meeting = Meeting(
                year=year,
                number=_next_number(session, year),
                status=MeetingStatus.PLANNED,
                **values,
            )
            session.add(meeting)
            session.flush()
            session.add(
                MeetingStatusChange(
                    meeting=meeting,
                    from_status=None,
                    to_status=MeetingStatus.PLANNED,
                    changed_on=self._context.today(),
                    changed_by=self._context.user,
                )
            )
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                meeting,
                f"Session {session_label(meeting)} planned for {show_date(meeting.meeting_date)}",
                {k: (None, v) for k, v in values.items()},
            )
            return self._detail(session, meeting)

    def update_session(self, uuid: str, data: SessionInput, expected_version: int) -> SessionDetail:
        """Change date, times, venue, mode, chair, secretary or notes (not the year)."""
        values = self._values(data)
        with self._context.write() as session:
            meeting = get_meeting(session, uuid)
            refuse_if_locked(meeting)
            check_version(
                meeting,
                expected_version,
                QT_TRANSLATE_NOOP("errors.sessions", "Session {session}").format(
                    session=session_label(meeting)
                ),
            )
            if data.meeting_date.year != meeting.year:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {session} cannot move to {year}: its number belongs to its year.",
                    ).format(session=session_label(meeting), year=data.meeting_date.year),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions", "Plan a new session in that year instead."
                    ),
                )
            changes = audit.apply_values(meeting, values)
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    meeting,
                    f"Session {session_label(meeting)} changed",
                    changes,
                )
            return self._detail(session, meeting)

    def delete_session(self, uuid: str) -> None:
        """Remove a planned session; its number is not given again."""
        with self._context.write() as session:
            meeting = get_meeting(session, uuid)
            if meeting.status is not MeetingStatus.PLANNED:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {session} is {status}: only a planned session can be deleted.",
                    ).format(session=session_label(meeting), status=meeting.status),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions", "A convened session can first be set back to planned."
                    ),
                )
            approved = session.scalars(
                select(Meeting).where(Meeting.minutes_approved_at_id == meeting.id)
            ).all()
            if approved:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {session} cannot be deleted: the minutes of session {listed} "
                        "are recorded as approved there.",
                    ).format(
                        session=session_label(meeting),
                        listed=tuple(session_label(m) for m in approved),
                    )
                )
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                meeting,
                f"Session {session_label(meeting)} deleted",
                {"meeting_date": (meeting.meeting_date, None)},
            )
            session.execute(
                ActionItem.__table__.update()
                .where(ActionItem.meeting_id == meeting.id)
                .values(meeting_id=None, agenda_item_id=None)
            )
            session.delete(meeting)

    def change_status(self, uuid: str, target: MeetingStatus, note: str = "") -> SessionDetail:
        """One step of the status flow, recorded with today's date and the user."""
        target = MeetingStatus(target)
        with self._context.write() as session:
            meeting = get_meeting(session, uuid)
            if target is MeetingStatus.MINUTES_APPROVED:
                check_session_transition(meeting.status, target)
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions", "Minutes are approved at a later session."
                    ),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Use “approve minutes” and name the session that approved them.",
                    ),
                )
            check_session_transition(meeting.status, target)
            if target is MeetingStatus.HELD and meeting.meeting_date > self._context.today():
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {session} is on {date}: it cannot be marked held before then.",
                    ).format(session=session_label(meeting), date=meeting.meeting_date),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "If it was held on another day, correct its date first (Edit session).",
                    ),
                )
            self._set_status(session, meeting, target, note)
            if target is MeetingStatus.CONVENED:
                meeting.convened_on = self._context.today()
            elif target is MeetingStatus.PLANNED:
                meeting.convened_on = None  # the convocation was withdrawn
            return self._detail(session, meeting)

    def _set_status(
        self, session: Session, meeting: Meeting, target: MeetingStatus, note: str
    ) -> None:
        old = meeting.status
        record_status_change(
            session, meeting, target, note, self._context.today(), self._context.user
        )
        audit.record(
            session,
            self._context.user,
            AuditAction.UPDATE,
            meeting,
            f"Session {session_label(meeting)}: {STATUS_LABELS[target]}",
            {"status": (old.value, target.value)},
        )

    # -------------------------------------------------------------------- agenda

    def _agenda_values(self, session: Session, data: AgendaItemInput) -> dict[str, object]:
        code = (data.proposal_code or "").strip().upper()
        proposal_id = None
        if code:
            proposal_id = session.scalar(select(Proposal.id).where(Proposal.code == code))
            if proposal_id is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors.sessions", "There is no proposal {code}.").format(
                        code=code
                    )
                )
        return {
            "title": clean(
                data.title,
                QT_TRANSLATE_NOOP("errors.sessions", "title of the agenda item"),
                500,
                required=True,
            ),
            "kind": AgendaItemKind(data.kind),
            "presenter": clean(
                data.presenter, QT_TRANSLATE_NOOP("errors.sessions", "presenter"), 200
            ),
            "proposal_id": proposal_id,
        }

    def add_agenda_item(self, session_uuid: str, data: AgendaItemInput) -> AgendaItemRow:
        """Add a point at the end of the agenda (allowed until the minutes are approved)."""
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            values = self._agenda_values(session, data)
            item = AgendaItem(position=len(meeting.agenda_items) + 1, **values)
            meeting.agenda_items.append(item)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                item,
                f"Session {session_label(meeting)}: agenda item {item.position} added",
                {k: (None, v) for k, v in values.items()},
            )
            self._admit_linked_proposal(session, item)
            return agenda_item_row(session, item)

    def _admit_linked_proposal(self, session: Session, item: AgendaItem) -> None:
        """A proposal put on the agenda is admitted (from submitted or deferred), with this
        session in its history, in the same transaction as the agenda item."""
        if item.proposal_id is None:
            return
        session.flush()  # the history step finds the agenda item that put it there
        proposal = session.get(Proposal, item.proposal_id)
        meeting = item.meeting
        on = max(proposal.submitted_on, min(self._context.today(), meeting.meeting_date))
        put_on_agenda(session, self._context.user, proposal, meeting, on)

    def update_agenda_item(
        self, uuid: str, data: AgendaItemInput, expected_version: int
    ) -> AgendaItemRow:
        with self._context.write() as session:
            item = get_agenda_item(session, uuid)
            refuse_if_locked(item.meeting)
            check_version(
                item,
                expected_version,
                QT_TRANSLATE_NOOP("errors.sessions", "Agenda item {position}").format(
                    position=item.position
                ),
            )
            changes = audit.apply_values(item, self._agenda_values(session, data))
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    item,
                    f"Session {session_label(item.meeting)}: agenda item {item.position} changed",
                    changes,
                )
            if "proposal_id" in changes:
                self._admit_linked_proposal(session, item)
            return agenda_item_row(session, item)

    def delete_agenda_item(self, uuid: str) -> None:
        """Remove a point with its attachments, votes and actions; the rest renumbered 1..n."""
        with self._context.write() as session:
            item = get_agenda_item(session, uuid)
            meeting = item.meeting
            refuse_if_locked(meeting)
            actions = _actions_of(session, item)
            # Everything the point held goes into the log, minutes included: the last words
            # typed are in no other audit entry (autosave logs a burst only when it starts).
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                item,
                f"Session {session_label(meeting)}: agenda item {item.position} removed",
                {
                    name: (value, None)
                    for name, value in _removed_item_values(session, item, actions)
                },
            )
            # The actions agreed on the point are deleted with it: they were part of its minutes.
            for action in actions:
                session.delete(action)
            meeting.agenda_items.remove(item)
            session.delete(item)
            session.flush()
            _renumber(meeting, meeting.agenda_items)

    def move_agenda_item(self, uuid: str, new_position: int) -> list[AgendaItemRow]:
        """Put a point at `new_position` (1..n); returns the agenda renumbered 1..n."""
        with self._context.write() as session:
            item = get_agenda_item(session, uuid)
            meeting = item.meeting
            refuse_if_locked(meeting)
            items = sorted(meeting.agenda_items, key=lambda i: i.position)
            if not 1 <= new_position <= len(items):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "The agenda has {count} items: choose a place from 1 to {count}.",
                    ).format(count=len(items))
                )
            old = item.position
            if old != new_position:
                items.remove(item)
                items.insert(new_position - 1, item)
                _renumber(meeting, items)
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    item,
                    f"Session {session_label(meeting)}: agenda item moved from {old} "
                    f"to {new_position}",
                    {"position": (old, new_position)},
                )
            session.flush()
            session.expire(meeting, ["agenda_items"])
            return [agenda_item_row(session, i) for i in meeting.agenda_items]

    def add_attachment(self, item_uuid: str, label: str, reference: str = "") -> AttachmentRow:
        """A reference to a document (protocol number, path, link), not the document."""
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            attachment = AgendaAttachment(
                label=clean(
                    label,
                    QT_TRANSLATE_NOOP("errors.sessions", "attachment label"),
                    300,
                    required=True,
                ),
                reference=(reference or "").strip(),
            )
            item.attachments.append(attachment)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                attachment,
                f"Session {session_label(item.meeting)}: attachment added to item {item.position}",
                {"label": (None, attachment.label), "reference": (None, attachment.reference)},
            )
            return AttachmentRow(attachment.uuid, attachment.label, attachment.reference)

    def remove_attachment(self, uuid: str) -> None:
        with self._context.write() as session:
            attachment = session.scalar(
                select(AgendaAttachment).where(AgendaAttachment.uuid == uuid)
            )
            if attachment is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors.sessions", "This attachment no longer exists.")
                )
            item = attachment.agenda_item
            refuse_if_locked(item.meeting)
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                attachment,
                f"Session {session_label(item.meeting)}: attachment removed from item "
                f"{item.position}",
                {"label": (attachment.label, None)},
            )
            session.delete(attachment)

    # -------------------------------------------------------------------- attendance

    def attendance(self, session_uuid: str) -> list[AttendanceRow]:
        """The register: one row per zone, in zone order (zones not yet recorded: absent)."""
        with self._context.read() as session:
            return _attendance_rows(session, get_meeting(session, session_uuid))

    def prefill_attendance(self, session_uuid: str) -> list[AttendanceRow]:
        """Give every zone without a register row the spokesperson in office on the session
        date, else the vicar, else an empty name; all absent until marked. Rows already there
        are kept, so calling it again changes nothing."""
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            added = _prefill(session, meeting)
            if added:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    meeting,
                    f"Session {session_label(meeting)}: attendance register prefilled",
                    {"attendance": (None, "; ".join(added))},
                )
            return _attendance_rows(session, meeting)

    def mark_everyone_present(self, session_uuid: str) -> tuple[list[AttendanceRow], list[int]]:
        """The usual start of a session: every zone present, each with whoever the register
        names (prefilled from the roster where nothing is recorded), in one step; the few
        absent are then marked one by one. Zones with nobody to name stay as they are: their
        numbers are returned, to ask who sat for them."""
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            added = _prefill(session, meeting)
            marked, nobody = [], []
            numbers = {zone.id: zone.number for zone in _zones(session)}
            for row in sorted(meeting.attendances, key=lambda a: numbers[a.zone_id]):
                if row.presence is Presence.PRESENT:
                    continue
                if not row.attendee_name:
                    nobody.append(numbers[row.zone_id])
                    continue
                row.presence = Presence.PRESENT
                marked.append(f"{numbers[row.zone_id]}: {row.attendee_name}")
            if added or marked:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    meeting,
                    f"Session {session_label(meeting)}: every zone marked present",
                    {"present": (None, "; ".join(marked))},
                )
            return _attendance_rows(session, meeting), nobody

    def set_attendance(
        self, session_uuid: str, zone_number: int, data: AttendanceInput
    ) -> AttendanceRow:
        """Who sat for a zone, in what capacity, present or not, and when they came and left."""
        check_zone_number(zone_number)
        _check_times(
            data.arrived_at, data.left_at, QT_TRANSLATE_NOOP("errors.sessions", "departure time")
        )
        capacity = AttendanceCapacity(data.capacity) if data.capacity else None
        note = (data.note or "").strip()
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            person = None
            name = clean(
                data.attendee_name, QT_TRANSLATE_NOOP("errors.sessions", "attendee's name"), 200
            )
            if data.person_uuid:
                person = session.scalar(select(Person).where(Person.uuid == data.person_uuid))
                if person is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP(
                            "errors.sessions", "This person is no longer on the roster."
                        )
                    )
                name = name or person.full_name
            if capacity is AttendanceCapacity.DELEGATE and not name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors.sessions", "A delegate needs a name."),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions", "Write the delegate's name as on the delegation."
                    ),
                )
            if data.presence is Presence.PRESENT and not name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Zone {zone} cannot be present without someone sitting for it.",
                    ).format(zone=zone_number),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Choose who sat for the zone, or write a delegate's name.",
                    ),
                )
            zone = session.scalar(select(Zone).where(Zone.number == zone_number))
            row = next((a for a in meeting.attendances if a.zone_id == zone.id), None)
            values = {
                "person_id": person.id if person else None,
                "attendee_name": name,
                "capacity": capacity,
                "presence": Presence(data.presence),
                "arrived_at": data.arrived_at,
                "left_at": data.left_at,
                "note": note,
            }
            if values["presence"] is not Presence.PRESENT:
                _refuse_if_the_zone_voted(meeting, zone)
            if row is None:
                row = Attendance(zone_id=zone.id)
                meeting.attendances.append(row)
            # A new row's attributes read None, so everything given counts as a change.
            changes = audit.apply_values(row, values)
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    meeting,
                    f"Session {session_label(meeting)}: attendance of zone {zone_number}",
                    changes,
                )
            session.flush()
            session.refresh(row)
            return next(
                r for r in _attendance_rows(session, meeting) if r.zone_number == zone_number
            )

    def add_guest(self, session_uuid: str, data: GuestInput) -> GuestRow:
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            guest = Guest(
                name=clean(
                    data.name,
                    QT_TRANSLATE_NOOP("errors.sessions", "guest's name"),
                    200,
                    required=True,
                ),
                affiliation=clean(
                    data.affiliation, QT_TRANSLATE_NOOP("errors.sessions", "affiliation"), 250
                ),
                note=(data.note or "").strip(),
            )
            meeting.guests.append(guest)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                guest,
                f"Session {session_label(meeting)}: guest {guest.name} added",
                {"name": (None, guest.name), "affiliation": (None, guest.affiliation)},
            )
            return GuestRow(guest.uuid, guest.name, guest.affiliation, guest.note)

    def remove_guest(self, uuid: str) -> None:
        with self._context.write() as session:
            guest = by_uuid(
                session,
                Guest,
                uuid,
                QT_TRANSLATE_NOOP("errors.sessions", "This guest is no longer listed."),
            )
            refuse_if_locked(guest.meeting)
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                guest,
                f"Session {session_label(guest.meeting)}: guest {guest.name} removed",
                {"name": (guest.name, None)},
            )
            session.delete(guest)

    def quorum(self, session_uuid: str) -> QuorumOutcome:
        """Zones present against the quorum rule of the settings."""
        rule = SettingsService(self._context).get().quorum_rule()
        with self._context.read() as session:
            meeting = get_meeting(session, session_uuid)
            present = sum(1 for a in meeting.attendances if a.presence is Presence.PRESENT)
        return quorum(present, rule)

    # -------------------------------------------------------------------- documents

    def agenda_document(self, session_uuid: str, language: str | None = None) -> AgendaDocument:
        """The convocation letter; dated the day the session was convened (if it was)."""
        settings = SettingsService(self._context).get()
        _check_language(language)
        with self._context.read() as session:
            meeting = get_meeting(session, session_uuid)
            return AgendaDocument(
                session_ref=session_label(meeting),
                meeting_date=meeting.meeting_date,
                entries=tuple(_entry(session, item) for item in meeting.agenda_items),
                start_time=meeting.start_time,
                end_time=meeting.end_time,
                venue=meeting.venue,
                mode=meeting.mode,
                chair=meeting.chair_name,
                secretary=meeting.secretary_name,
                issued_on=meeting.convened_on,
                letterhead=settings.letterhead,
                language=language or settings.document_language,
            )

    def minutes_document(self, session_uuid: str, language: str | None = None) -> MinutesDocument:
        """The minutes as printed: approval and errata included once they exist."""
        settings = SettingsService(self._context).get()
        _check_language(language)
        with self._context.read() as session:
            meeting = get_meeting(session, session_uuid)
            return build_minutes_document(
                session,
                meeting,
                settings.quorum_rule(),
                settings.letterhead,
                language or settings.document_language,
            )

    def verify_minutes(self, session_uuid: str) -> bool:
        """True if the approved minutes still give the fingerprint stored at approval."""
        with self._context.read() as session:
            stored = get_meeting(session, session_uuid).minutes_fingerprint
        if not stored:
            return False
        return minutes_fingerprint(self.minutes_document(session_uuid)) == stored

    # -------------------------------------------------------------------- approval

    def approve_minutes(
        self, session_uuid: str, approved_at_ref: str, approved_on: date | None = None
    ) -> ApprovalResult:
        """Record that a later session approved the minutes; stores their fingerprint and
        locks them. `approved_on` defaults to the approving session's date."""
        settings = SettingsService(self._context).get()
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            refuse_if_locked(meeting)
            if meeting.status is not MeetingStatus.MINUTES_DRAFTED:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "The minutes of session {session} cannot be approved: the session is "
                        "{status}.",
                    ).format(session=session_label(meeting), status=meeting.status),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions", "Mark the minutes as drafted first."
                    ),
                )
            approving = _find_by_ref(session, approved_at_ref)
            if approving.meeting_date <= meeting.meeting_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {approving} ({approving_date}) is not later than session "
                        "{session} ({date}).",
                    ).format(
                        approving=session_label(approving),
                        approving_date=approving.meeting_date,
                        session=session_label(meeting),
                        date=meeting.meeting_date,
                    ),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions", "Minutes are approved at a later session."
                    ),
                )
            if approving.meeting_date > self._context.today():
                # The minutes would be locked and fingerprinted as approved by a session that
                # has not met; today's session (recorded live at the venue) is fine.
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {approving} is on {approving_date}: it has not taken place yet, "
                        "so it cannot have approved the minutes.",
                    ).format(
                        approving=session_label(approving),
                        approving_date=approving.meeting_date,
                    ),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Record the approval on the day of that session, or after it.",
                    ),
                )
            day = approved_on or approving.meeting_date
            if day < approving.meeting_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Session {approving} takes place on {approving_date}: it cannot have "
                        "approved the minutes on {date}.",
                    ).format(
                        approving=session_label(approving),
                        approving_date=approving.meeting_date,
                        date=day,
                    )
                )
            fingerprint = record_approval(
                session,
                meeting,
                approving,
                day,
                settings.quorum_rule(),
                on=self._context.today(),
                user=self._context.user,
            )
            audit.record(
                session,
                self._context.user,
                AuditAction.UPDATE,
                meeting,
                f"Session {session_label(meeting)}: minutes approved at session "
                f"{session_label(approving)}",
                {
                    "status": (MeetingStatus.MINUTES_DRAFTED.value, meeting.status.value),
                    "minutes_fingerprint": (None, fingerprint),
                },
            )
            return ApprovalResult(
                session_label(meeting), session_label(approving), day, fingerprint
            )

    def add_erratum(
        self, session_uuid: str, text: str, recorded_at_ref: str | None = None
    ) -> ErratumRow:
        """Record a correction to approved minutes (they themselves never change)."""
        body = (text or "").strip()
        if not body:
            raise ValidationError(QT_TRANSLATE_NOOP("errors.sessions", "Write the correction."))
        with self._context.write() as session:
            meeting = get_meeting(session, session_uuid)
            if not minutes_are_locked(meeting.status):
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.sessions", "The minutes of session {session} are not approved yet."
                    ).format(session=session_label(meeting)),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.sessions",
                        "Correct the draft itself; errata are for approved minutes.",
                    ),
                )
            at = _find_by_ref(session, recorded_at_ref) if recorded_at_ref else None
            erratum = MinutesErratum(
                meeting_id=meeting.id,
                recorded_on=self._context.today(),
                recorded_by=self._context.user,
                recorded_at_meeting_id=at.id if at else None,
                text=body,
            )
            session.add(erratum)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                erratum,
                f"Session {session_label(meeting)}: erratum recorded",
                {"text": (None, body)},
            )
            return ErratumRow(
                erratum.uuid,
                erratum.recorded_on,
                erratum.recorded_by,
                session_label(at) if at else "",
                body,
            )


def _entry(session: Session, item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(
        title=item.title,
        kind=item.kind,
        presenter=item.presenter,
        proposal_code=_proposal_code(session, item.proposal_id),
        attachments=tuple(
            AttachmentLine(a.label, a.reference)
            for a in sorted(item.attachments, key=lambda a: a.id)
        ),
    )


def _rule_note(rule: QuorumRule) -> str:
    kind = "more than" if rule.strictly_more else "at least"
    return f"Quorum rule: {kind} {rule.share.numerator}/{rule.share.denominator} of the zones."


_RULE_NOTE = re.compile(r"Quorum rule: (more than|at least) (\d+)/(\d+) of the zones\.")


def _approved_rule(meeting: Meeting) -> QuorumRule | None:
    """The quorum rule in force when the minutes were approved (kept in the approval note),
    so a later change of the settings neither reprints old minutes with another rule nor
    breaks their fingerprint."""
    if not minutes_are_locked(meeting.status):
        return None
    for change in meeting.status_changes:
        if change.to_status is MeetingStatus.MINUTES_APPROVED:
            match = _RULE_NOTE.search(change.note)
            if match:
                share = Fraction(int(match.group(2)), int(match.group(3)))
                return QuorumRule(share, match.group(1) == "more than")
    return None


def record_status_change(
    session: Session, meeting: Meeting, target: MeetingStatus, note: str, on: date, user: str
) -> None:
    """Set the status and add its history row (the caller checks the step and audits)."""
    old = meeting.status
    meeting.status = target
    meeting.status_changes.append(
        MeetingStatusChange(
            from_status=old,
            to_status=target,
            changed_on=on,
            changed_by=user,
            note=(note or "").strip(),
        )
    )


def record_approval(
    session: Session,
    meeting: Meeting,
    approving: Meeting,
    day: date,
    rule: QuorumRule,
    *,
    on: date,
    user: str,
) -> str:
    """Approve drafted minutes (checked by the caller): store the fingerprint, keep the quorum
    rule in the approval note, lock them. Returns the fingerprint."""
    session.flush()
    document = build_minutes_document(session, meeting, rule, (), "it")
    fingerprint = minutes_fingerprint(document)
    meeting.minutes_approved_at_id = approving.id
    meeting.minutes_approved_on = day
    meeting.minutes_fingerprint = fingerprint
    record_status_change(
        session,
        meeting,
        MeetingStatus.MINUTES_APPROVED,
        f"Approved at session {session_label(approving)}. "
        f"{_rule_note(document.quorum_rule)} SHA-256 {fingerprint}",
        on,
        user,
    )
    return fingerprint


def build_minutes_document(
    session: Session, meeting: Meeting, rule: QuorumRule, letterhead: tuple[str, ...], language: str
) -> MinutesDocument:
    rule = _approved_rule(meeting) or rule
    zone_names = {z.number: z.name for z in _zones(session)}
    items = []
    for item in meeting.agenda_items:
        votes = sorted(
            (VoteLine(v.zone.number, v.zone.name, v.choice) for v in item.votes),
            key=lambda v: v.zone_number,
        )
        items.append(
            MinutesItem(
                entry=_entry(session, item),
                discussion=item.discussion,
                decision=item.decision,
                votes=tuple(votes),
                actions=tuple(
                    ActionLine(a.description, a.owner_name, a.due_date)
                    for a in _actions_of(session, item)
                ),
            )
        )
    attendance = tuple(
        AttendanceLine(
            zone_number=row.zone_number,
            zone_name=zone_names.get(row.zone_number, row.zone_name),
            presence=row.presence,
            attendee=row.attendee_name,
            capacity=row.capacity,
            arrived_at=row.arrived_at,
            left_at=row.left_at,
            note=row.note,
        )
        for row in _attendance_rows(session, meeting)
    )
    approval = None
    if meeting.minutes_approved_at is not None and meeting.minutes_approved_on is not None:
        approval = MinutesApproval(
            session_label(meeting.minutes_approved_at), meeting.minutes_approved_on
        )
    errata = tuple(
        ErratumLine(
            recorded_on=e.recorded_on,
            text=e.text,
            recorded_at_session_ref=SessionService._ref_of(session, e),
            recorded_by=e.recorded_by,
        )
        for e in sorted(meeting.errata, key=lambda e: (e.recorded_on, e.id))
    )
    return MinutesDocument(
        session_ref=session_label(meeting),
        meeting_date=meeting.meeting_date,
        attendance=attendance,
        items=tuple(items),
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        venue=meeting.venue,
        mode=meeting.mode,
        chair=meeting.chair_name,
        secretary=meeting.secretary_name,
        guests=tuple(
            GuestLine(g.name, g.affiliation, g.note)
            for g in sorted(meeting.guests, key=lambda g: g.id)
        ),
        quorum_rule=rule,
        approval=approval,
        errata=errata,
        letterhead=letterhead,
        language=language,
    )
