"""Writing and reading the audit log; every write use case records one entry per change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import AuditAction
from rtdesk.services.context import ServiceContext
from rtdesk.store.base import Entity
from rtdesk.store.models import AuditEntry


def _plain(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record(
    session: Session,
    user: str,
    action: AuditAction,
    entity: Entity,
    summary: str,
    changes: dict[str, tuple[object, object]] | None = None,
) -> None:
    """Add an audit entry to the caller's transaction (it commits or rolls back with the change)."""
    session.flush()  # the entity's uuid must exist before it is referenced
    session.add(
        AuditEntry(
            user=user,
            action=action,
            entity=entity.__tablename__,
            entity_uuid=entity.uuid,
            summary=summary,
            changes=json.dumps(
                {k: [_plain(old), _plain(new)] for k, (old, new) in (changes or {}).items()},
                ensure_ascii=False,
                sort_keys=True,
            ),
        )
    )


def apply_values(entity: Entity, values: dict[str, object]) -> dict[str, tuple[object, object]]:
    """Set the entity's attributes to `values`; returns {name: (old, new)} for those that
    changed, ready for `record` (an empty dict: nothing to write, nothing to log)."""
    changes: dict[str, tuple[object, object]] = {}
    for key, value in values.items():
        old = getattr(entity, key)
        if old != value:
            changes[key] = (old, value)
            setattr(entity, key, value)
    return changes


def last_entry_id(session: Session) -> int:
    """The id of the newest audit entry: it grows with every write, since every write use case
    records an entry in its transaction, so an unchanged id means an unchanged database."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user: str
    action: AuditAction
    entity: str
    summary: str
    changes: dict[str, list[object]]


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def recent(self, limit: int = 200, entity_uuid: str | None = None) -> list[AuditRow]:
        with self._context.read() as session:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if entity_uuid:
                query = query.where(AuditEntry.entity_uuid == entity_uuid)
            return [
                AuditRow(e.at, e.user, e.action, e.entity, e.summary, json.loads(e.changes))
                for e in session.scalars(query)
            ]
