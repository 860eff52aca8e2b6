"""The minutes of each agenda item: discussion and decision text, zone votes, action items.

Autosave: the GUI may call `save_minutes_item` every second. A call whose text equals what is
stored writes nothing (no UPDATE, no version bump, no audit entry, and no version check: saving
the text that is already there cannot overwrite anyone).

Two workstations may edit the same item. A caller passes the `row_version` its text started
from as `expected_version`; if the item was written since (text, votes, title), a real change
is refused with `MinutesChangedElsewhere`, which carries the item as now stored and who changed
it when, and nothing is written. Votes bump the item's version too, so `set_votes` takes the
same check: a vote recorded elsewhere is never silently replaced.

The audit log is append-only: an entry is never changed once written. A real text change writes
a new entry, except during a burst of typing: when the newest entry of the whole log is this
user's "minutes text changed" entry for the same item, less than `COALESCE_WINDOW` old, no
entry is written (the row holds the latest text). So an entry's "new" values are the text of
the burst's first save, and the text at the end of a burst is the "old" value of the next
entry: every text at a burst boundary stays in the log, and any other write in between (any
item, any user) starts a new entry. A save made knowingly over a text changed elsewhere
(`overwriting=True`, after a conflict) always writes its own entry, whose "old" values keep the
other text.

Everything here is refused once the minutes are approved (record an erratum instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import AuditAction, Presence, VoteChoice
from rtdesk.domain.errors import ConflictError, ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text
from rtdesk.domain.zones import check_zone_number
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.services.lookup import by_uuid
from rtdesk.services.sessions import (
    ActionRow,
    AgendaItemRow,
    action_row,
    agenda_item_row,
    check_version,
    clean,
    get_agenda_item,
    refuse_if_locked,
    session_label,
)
from rtdesk.store.base import utc_now
from rtdesk.store.models import ActionItem, AgendaItem, AuditEntry, Zone, ZoneVote

COALESCE_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: str = ""  # as written: a zone, a person, "Segreteria"
    due_date: date | None = None


def _normalised(text: str | None) -> str:
    # Line endings of any platform stored one way, so an unchanged text compares equal.
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class MinutesChangedElsewhere(ConflictError):
    """The item was written since the version the caller's change started from.

    `current` is the item as now stored (its text, votes and `row_version`), `changed_by` the
    user of its newest audit entry and `changed_at` when the row was last written (local time).
    """

    def __init__(
        self,
        message: Text,
        advice: Text,
        *,
        current: AgendaItemRow,
        changed_by: str,
        changed_at: datetime | None,
    ) -> None:
        super().__init__(message, advice=advice)
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at


def _refuse_if_changed(
    session: Session, item: AgendaItem, expected: int | None, *, votes: bool
) -> None:
    if expected is None or item.row_version == expected:
        return
    last = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity == AgendaItem.__tablename__, AuditEntry.entity_uuid == item.uuid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    who = last.user if last is not None else "?"
    # Shown to the user in their own time zone, not in UTC as stored.
    when = _aware(item.updated_at).astimezone() if item.updated_at else None
    if votes:
        message = QT_TRANSLATE_NOOP(
            "errors.minutes",
            "The votes on item {number} were changed elsewhere by {user} ({moment}) while you "
            "were recording yours.",
        )
        advice = QT_TRANSLATE_NOOP(
            "errors.minutes",
            "Your vote was not recorded. Look at the votes now shown and record it again if "
            "it is still needed.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors.minutes",
            "The minutes of item {number} were changed elsewhere by {user} ({moment}) while "
            "you were editing them.",
        )
        advice = QT_TRANSLATE_NOOP(
            "errors.minutes",
            "Your text was not saved. Choose whether to keep your text or the other one.",
        )
    raise MinutesChangedElsewhere(
        message.format(number=item.position, user=who, moment=when or "?"),
        advice,
        current=agenda_item_row(session, item),
        changed_by=who,
        changed_at=when,
    )


class MinutesService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save_minutes_item(
        self,
        item_uuid: str,
        discussion: str,
        decision: str,
        *,
        expected_version: int | None = None,
        overwriting: bool = False,
    ) -> AgendaItemRow:
        """Autosave the discussion summary and decision of one agenda item (idempotent).

        `expected_version`: the item's `row_version` the text started from (None: no check);
        a real change over a newer version raises `MinutesChangedElsewhere`. `overwriting`:
        the caller knowingly saves over a text changed elsewhere (the user chose to keep
        theirs); the change then always gets an audit entry of its own.
        """
        new = {"discussion": _normalised(discussion), "decision": _normalised(decision)}
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            changes = {k: (getattr(item, k), v) for k, v in new.items() if getattr(item, k) != v}
            if changes:
                _refuse_if_changed(session, item, expected_version, votes=False)
                for key, (_, value) in changes.items():
                    setattr(item, key, value)
                self._audit_text(session, item, changes, own_entry=overwriting)
                session.flush()  # the row returned carries the new row_version
            return agenda_item_row(session, item)

    def _audit_text(
        self,
        session: Session,
        item: AgendaItem,
        changes: dict[str, tuple[str, str]],
        *,
        own_entry: bool,
    ) -> None:
        # Append-only: an entry already written is never changed (see the module docstring).
        if not own_entry and self._in_burst(session, item):
            return
        audit.record(
            session,
            self._context.user,
            AuditAction.UPDATE,
            item,
            f"Session {session_label(item.meeting)}: item {item.position} minutes text changed",
            changes,
        )

    def _in_burst(self, session: Session, item: AgendaItem) -> bool:
        """The newest entry of the whole log is this user's recent text change of this item."""
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        return (
            last is not None
            and last.entity == AgendaItem.__tablename__
            and last.entity_uuid == item.uuid
            and last.user == self._context.user
            and last.action is AuditAction.UPDATE
            and last.summary.endswith("minutes text changed")
            and utc_now() - _aware(last.at) < COALESCE_WINDOW
        )

    def set_votes(
        self,
        item_uuid: str,
        votes: dict[int, VoteChoice],
        *,
        expected_version: int | None = None,
    ) -> AgendaItemRow:
        """The vote of each zone on the item (zones left out did not vote; {}: no vote).

        `expected_version` as in `save_minutes_item`: the same votes again never raise, a
        real change over a newer version raises `MinutesChangedElsewhere`.
        """
        choices = {}
        for number, choice in votes.items():
            check_zone_number(number)
            choices[number] = VoteChoice(choice)
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            old = {v.zone.number: v for v in item.votes}
            changes: dict[str, tuple[object, object]] = {}
            for number, vote in old.items():
                if number not in choices:
                    changes[f"zone {number}"] = (vote.choice.value, None)
            for number, choice in sorted(choices.items()):
                vote = old.get(number)
                if vote is None:
                    changes[f"zone {number}"] = (None, choice.value)
                elif vote.choice is not choice:
                    changes[f"zone {number}"] = (vote.choice.value, choice.value)
            if not changes:
                return agenda_item_row(session, item)
            _refuse_if_changed(session, item, expected_version, votes=True)
            present = {
                a.zone.number for a in item.meeting.attendances if a.presence is Presence.PRESENT
            }
            for number, choice in sorted(choices.items()):
                vote = old.get(number)
                if number not in present and (vote is None or vote.choice is not choice):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors.minutes",
                            "Zone {zone} is not recorded as present at this session: it cannot "
                            "vote.",
                        ).format(zone=number),
                        advice=QT_TRANSLATE_NOOP(
                            "errors.minutes",
                            "If the zone was there, mark it present in the Attendance tab first.",
                        ),
                    )
            zones = {z.number: z for z in session.scalars(select(Zone))}
            for number, vote in old.items():
                if number not in choices:
                    item.votes.remove(vote)
                    session.delete(vote)
            for number, choice in sorted(choices.items()):
                vote = old.get(number)
                if vote is None:
                    item.votes.append(ZoneVote(zone=zones[number], choice=choice))
                else:
                    vote.choice = choice
            # The votes live in their own rows: touching the item bumps its row_version, so a
            # vote recorded here is seen as a change by whoever holds the item's old version.
            item.updated_at = utc_now()
            audit.record(
                session,
                self._context.user,
                AuditAction.UPDATE,
                item,
                f"Session {session_label(item.meeting)}: item {item.position} vote recorded",
                changes,
            )
            session.flush()
            return agenda_item_row(session, item)

    def add_action(self, item_uuid: str, data: ActionInput) -> ActionRow:
        """An action agreed on the item: what, who, by when (linked to the item's proposal)."""
        values = _action_values(data)
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            action = ActionItem(
                meeting_id=item.meeting_id,
                agenda_item_id=item.id,
                proposal_id=item.proposal_id,
                **values,
            )
            session.add(action)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                action,
                f"Session {session_label(item.meeting)}: action agreed on item {item.position}",
                {k: (None, v) for k, v in values.items()},
            )
            return action_row(action)

    def update_action(self, uuid: str, data: ActionInput, expected_version: int) -> ActionRow:
        values = _action_values(data)
        with self._context.write() as session:
            action, item = _action_and_item(session, uuid)
            refuse_if_locked(item.meeting)
            check_version(
                action, expected_version, QT_TRANSLATE_NOOP("errors.actions", "The action")
            )
            changes = audit.apply_values(action, values)
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    action,
                    f"Session {session_label(item.meeting)}: action on item {item.position} "
                    "changed",
                    changes,
                )
            session.flush()
            return action_row(action)

    def delete_action(self, uuid: str) -> None:
        with self._context.write() as session:
            action, item = _action_and_item(session, uuid)
            refuse_if_locked(item.meeting)
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                action,
                f"Session {session_label(item.meeting)}: action on item {item.position} removed",
                {"description": (action.description, None)},
            )
            session.delete(action)


def _action_values(data: ActionInput) -> dict[str, object]:
    description = (data.description or "").strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("errors.actions", "Describe the action."))
    return {
        "description": description,
        "owner_name": clean(data.owner, QT_TRANSLATE_NOOP("errors.actions", "owner"), 200),
        "due_date": data.due_date,
    }


def _action_and_item(session: Session, uuid: str) -> tuple[ActionItem, AgendaItem]:
    action = by_uuid(
        session,
        ActionItem,
        uuid,
        QT_TRANSLATE_NOOP("errors.actions", "This action no longer exists."),
    )
    if action.agenda_item_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.actions", "This action is not part of any minutes."),
            advice=QT_TRANSLATE_NOOP("errors.actions", "Change it in the Actions page."),
        )
    item = session.get(AgendaItem, action.agenda_item_id)
    return action, item
