"""The minutes of each agenda item: discussion and decision text, zone votes, action items.

Autosave: the GUI may call `save_minutes_item` every second. A call whose text equals what is
stored writes nothing (no UPDATE, no version bump, no audit entry). A real change is audited,
but a burst of typing is coalesced: if the newest audit entry of the whole log is this user's
update of the same item's minutes, made less than `COALESCE_WINDOW` ago, that entry is widened
(its "new" values and time replaced, the original "old" values kept) instead of adding one per
keystroke pause. Any other write in between starts a new entry, so the log stays in order.

Everything here is refused once the minutes are approved (record an erratum instead).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import AuditAction, VoteChoice
from rtdesk.domain.errors import ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP
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


class MinutesService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save_minutes_item(self, item_uuid: str, discussion: str, decision: str) -> AgendaItemRow:
        """Autosave the discussion summary and decision of one agenda item (idempotent)."""
        new = {"discussion": _normalised(discussion), "decision": _normalised(decision)}
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            changes = {k: (getattr(item, k), v) for k, v in new.items() if getattr(item, k) != v}
            if changes:
                for key, (_, value) in changes.items():
                    setattr(item, key, value)
                self._audit_text(session, item, changes)
            return agenda_item_row(session, item)

    def _audit_text(
        self, session: Session, item: AgendaItem, changes: dict[str, tuple[str, str]]
    ) -> None:
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        recent = (
            last is not None
            and last.entity == AgendaItem.__tablename__
            and last.entity_uuid == item.uuid
            and last.user == self._context.user
            and last.action is AuditAction.UPDATE
            and last.summary.endswith("minutes text changed")
            and utc_now() - _aware(last.at) < COALESCE_WINDOW
        )
        if recent:
            merged = json.loads(last.changes)
            for key, (old, value) in changes.items():
                merged[key] = [merged[key][0] if key in merged else old, value]
            last.changes = json.dumps(merged, ensure_ascii=False, sort_keys=True)
            last.at = utc_now()
            return
        audit.record(
            session,
            self._context.user,
            AuditAction.UPDATE,
            item,
            f"Session {session_label(item.meeting)}: item {item.position} minutes text changed",
            changes,
        )

    def set_votes(self, item_uuid: str, votes: dict[int, VoteChoice]) -> AgendaItemRow:
        """The vote of each zone on the item (zones left out did not vote; {}: no vote)."""
        choices = {}
        for number, choice in votes.items():
            check_zone_number(number)
            choices[number] = VoteChoice(choice)
        with self._context.write() as session:
            item = get_agenda_item(session, item_uuid)
            refuse_if_locked(item.meeting)
            zones = {z.number: z for z in session.scalars(select(Zone))}
            old = {v.zone.number: v for v in item.votes}
            changes: dict[str, tuple[object, object]] = {}
            for number, vote in old.items():
                if number not in choices:
                    changes[f"zone {number}"] = (vote.choice.value, None)
                    item.votes.remove(vote)
                    session.delete(vote)
            for number, choice in sorted(choices.items()):
                vote = old.get(number)
                if vote is None:
                    item.votes.append(ZoneVote(zone=zones[number], choice=choice))
                    changes[f"zone {number}"] = (None, choice.value)
                elif vote.choice is not choice:
                    changes[f"zone {number}"] = (vote.choice.value, choice.value)
                    vote.choice = choice
            if changes:
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
            changes = {}
            for key, value in values.items():
                if getattr(action, key) != value:
                    changes[key] = (getattr(action, key), value)
                    setattr(action, key, value)
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
