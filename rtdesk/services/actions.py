"""Action items agreed at sessions: listing, overdue ones first, and marking them done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import ActionStatus, AuditAction
from rtdesk.domain.errors import ConflictError, NotAllowedError, NotFoundError, ValidationError
from rtdesk.domain.identifiers import format_session_ref
from rtdesk.domain.summary import OPEN_ACTION_STATUSES
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.services.lookup import by_uuid
from rtdesk.store.models import ActionItem, Meeting, Person, Proposal, Zone

SHOW_CHOICES = ("all", "open", "overdue")


@dataclass(frozen=True)
class ActionRow:
    uuid: str  # stable key for later use cases; never shown
    description: str
    owner: str  # as written, else the owner's name; "" when nobody is named
    owner_zone: int | None  # zone number when a zone owns the action
    due_date: date | None
    status: ActionStatus
    session_ref: str | None  # the session where it was agreed, "7/2026"
    proposal_code: str | None  # the proposal it serves
    overdue: bool = False  # still to be done and its due date has passed (context.today())
    completed_on: date | None = None
    row_version: int = 0  # pass back as expected_version
    session_uuid: str | None = None  # to open the session where it was agreed
    proposal_uuid: str | None = None  # to open the proposal it serves


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner_name: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    notes: str = ""


def _query() -> Select:
    return (
        select(
            ActionItem.uuid,
            ActionItem.description,
            ActionItem.owner_name,
            Person.given_name,
            Person.family_name,
            Zone.number,
            ActionItem.due_date,
            ActionItem.status,
            Meeting.number,
            Meeting.year,
            Proposal.code,
            ActionItem.completed_on,
            ActionItem.row_version,
            Meeting.uuid,
            Proposal.uuid,
        )
        .outerjoin(Person, Person.id == ActionItem.owner_person_id)
        .outerjoin(Zone, Zone.id == ActionItem.owner_zone_id)
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Proposal, Proposal.id == ActionItem.proposal_id)
    )


def _rows(session: Session, query: Select, today: date) -> list[ActionRow]:
    rows = []
    for (
        uuid,
        description,
        owner_name,
        given_name,
        family_name,
        zone_number,
        due_date,
        status,
        meeting_number,
        meeting_year,
        proposal_code,
        completed_on,
        row_version,
        session_uuid,
        proposal_uuid,
    ) in session.execute(query):
        # The name as written wins: it is what the minutes say.
        owner = owner_name.strip() or f"{given_name or ''} {family_name or ''}".strip()
        rows.append(
            ActionRow(
                uuid=uuid,
                description=description,
                owner=owner,
                owner_zone=zone_number,
                due_date=due_date,
                status=status,
                session_ref=(
                    format_session_ref(meeting_number, meeting_year)
                    if meeting_number is not None
                    else None
                ),
                proposal_code=proposal_code,
                overdue=_is_overdue(status, due_date, today),
                completed_on=completed_on,
                row_version=row_version,
                session_uuid=session_uuid,
                proposal_uuid=proposal_uuid,
            )
        )
    return rows


def _is_overdue(status: ActionStatus, due_date: date | None, today: date) -> bool:
    return status in OPEN_ACTION_STATUSES and due_date is not None and due_date < today


def _group(row: ActionRow) -> int:
    if row.overdue:
        return 0
    if row.status in OPEN_ACTION_STATUSES:
        return 1
    return 2 if row.status is ActionStatus.DONE else 3


class ActionService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_actions(self, *, show: str = "all", owner_text: str = "") -> list[ActionRow]:
        """Action items: overdue first, then the other open ones, then done, then cancelled;
        within each the earliest due first and those with no due date last.

        `show` is "all", "open" (still to be done) or "overdue"; `owner_text` keeps the actions
        whose owner (as written or the person's name) contains it, ignoring case.
        """
        if show not in SHOW_CHOICES:
            raise ValueError(f"show must be one of {SHOW_CHOICES}, not {show!r}")
        today = self._context.today()
        query = _query()
        if show in ("open", "overdue"):
            query = query.where(ActionItem.status.in_(sorted(OPEN_ACTION_STATUSES)))
        if show == "overdue":
            query = query.where(ActionItem.due_date < today)
        words = (owner_text or "").strip().lower()
        if words:
            pattern = f"%{words}%"
            full_name = func.lower(Person.given_name + " " + Person.family_name)
            query = query.where(
                or_(func.lower(ActionItem.owner_name).like(pattern), full_name.like(pattern))
            )
        query = query.order_by(ActionItem.due_date.asc().nulls_last(), ActionItem.id)
        with self._context.read() as session:
            rows = _rows(session, query, today)
        # Stable sort: the due-date order from SQL is kept inside each group.
        return sorted(rows, key=_group)

    @staticmethod
    def rows_for_proposal(session: Session, proposal_id: int, today: date) -> list[ActionRow]:
        """The actions serving one proposal, inside the caller's session (proposal detail)."""
        query = (
            _query()
            .where(ActionItem.proposal_id == proposal_id)
            .order_by(ActionItem.due_date.asc().nulls_last(), ActionItem.id)
        )
        return _rows(session, query, today)

    def action(self, uuid: str) -> ActionRow:
        with self._context.read() as session:
            rows = _rows(session, _query().where(ActionItem.uuid == uuid), self._context.today())
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors.actions", "This action no longer exists."),
                advice=QT_TRANSLATE_NOOP("errors.actions", "Reload the list."),
            )
        return rows[0]

    def mark_done(
        self, uuid: str, on: date | None = None, expected_version: int | None = None
    ) -> ActionRow:
        """The action is done (today unless `on` says otherwise)."""
        with self._context.write() as session:
            item = self._get(session, uuid, expected_version)
            if item.status is ActionStatus.DONE:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP("errors.actions", "This action is already done.")
                )
            before = item.status
            item.status = ActionStatus.DONE
            item.completed_on = on or self._context.today()
            audit.record(
                session,
                self._context.user,
                AuditAction.UPDATE,
                item,
                f"Action done: {item.description[:80]}",
                {"status": (before, item.status), "completed_on": (None, item.completed_on)},
            )
        return self.action(uuid)

    def reopen(self, uuid: str, expected_version: int | None = None) -> ActionRow:
        """A done or cancelled action is to be done again."""
        with self._context.write() as session:
            item = self._get(session, uuid, expected_version)
            if item.status in OPEN_ACTION_STATUSES:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP("errors.actions", "This action is still open.")
                )
            before, done_on = item.status, item.completed_on
            item.status = ActionStatus.OPEN
            item.completed_on = None
            audit.record(
                session,
                self._context.user,
                AuditAction.UPDATE,
                item,
                f"Action reopened: {item.description[:80]}",
                {"status": (before, item.status), "completed_on": (done_on, None)},
            )
        return self.action(uuid)

    def update(self, uuid: str, data: ActionInput, expected_version: int) -> ActionRow:
        """Change the description, owner, due date, status or notes of an action."""
        description = " ".join((data.description or "").split())
        if not description:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors.actions", "The description is empty."),
                advice=QT_TRANSLATE_NOOP("errors.actions", "Write what is to be done."),
            )
        with self._context.write() as session:
            item = self._get(session, uuid, expected_version)
            before = _content(item)
            item.description = description
            item.owner_name = (data.owner_name or "").strip()
            item.due_date = data.due_date
            item.notes = (data.notes or "").strip()
            status = ActionStatus(data.status)
            if status is not item.status:
                item.status = status
                item.completed_on = self._context.today() if status is ActionStatus.DONE else None
            after = _content(item)
            changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    item,
                    f"Action changed: {description[:80]}",
                    changes,
                )
        return self.action(uuid)

    def _get(self, session: Session, uuid: str, expected_version: int | None) -> ActionItem:
        item = by_uuid(
            session,
            ActionItem,
            uuid,
            QT_TRANSLATE_NOOP("errors.actions", "This action no longer exists."),
            advice=QT_TRANSLATE_NOOP("errors.actions", "Reload the list."),
        )
        if expected_version is not None and item.row_version != expected_version:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors.actions", "This action was changed by someone else meanwhile."
                ),
                advice=QT_TRANSLATE_NOOP(
                    "errors.actions", "Your change was not saved. Reload and make it again."
                ),
            )
        return item


def _content(item: ActionItem) -> dict[str, object]:
    return {
        "description": item.description,
        "owner_name": item.owner_name,
        "due_date": item.due_date,
        "status": item.status,
        "completed_on": item.completed_on,
        "notes": item.notes,
    }
