"""The actions service: overdue first, filters, mark done and reopen with audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rtdesk.domain.enums import ActionStatus
from rtdesk.domain.errors import ConflictError, NotAllowedError, ValidationError
from rtdesk.services.actions import ActionInput, ActionService
from rtdesk.store.models import ActionItem, AuditEntry

# The context fixture's today is 25 November 2026.


@pytest.fixture
def service(context) -> ActionService:
    with context.write() as s:
        s.add_all(
            [
                ActionItem(
                    description="Done long ago", status=ActionStatus.DONE, due_date=date(2026, 1, 1)
                ),
                ActionItem(
                    description="Due later", owner_name="Segreteria", due_date=date(2026, 12, 31)
                ),
                ActionItem(description="Late", owner_name="Zona 5", due_date=date(2026, 11, 24)),
                ActionItem(description="Due today", due_date=date(2026, 11, 25)),
                ActionItem(
                    description="Cancelled",
                    status=ActionStatus.CANCELLED,
                    due_date=date(2026, 2, 1),
                ),
                ActionItem(
                    description="Very late",
                    status=ActionStatus.IN_PROGRESS,
                    due_date=date(2026, 3, 1),
                ),
                ActionItem(description="No date"),
            ]
        )
    return ActionService(context)


def test_overdue_first_then_open_done_cancelled(service):
    rows = service.list_actions()
    assert [r.description for r in rows] == [
        "Very late",
        "Late",
        "Due today",
        "Due later",
        "No date",
        "Done long ago",
        "Cancelled",
    ]
    assert [r.overdue for r in rows] == [True, True, False, False, False, False, False]


def test_filters(service):
    assert [r.description for r in service.list_actions(show="overdue")] == ["Very late", "Late"]
    assert len(service.list_actions(show="open")) == 5
    assert [r.description for r in service.list_actions(owner_text="segret")] == ["Due later"]
    with pytest.raises(ValueError):
        service.list_actions(show="some")


def test_mark_done_and_reopen(service, context):
    late = service.list_actions(show="overdue")[1]
    done = service.mark_done(late.uuid, expected_version=late.row_version)
    assert (done.status, done.completed_on, done.overdue) == (
        ActionStatus.DONE,
        date(2026, 11, 25),
        False,
    )
    with pytest.raises(NotAllowedError):
        service.mark_done(late.uuid)
    with pytest.raises(ConflictError):
        service.reopen(late.uuid, expected_version=late.row_version)
    reopened = service.reopen(late.uuid)
    assert reopened.status is ActionStatus.OPEN and reopened.overdue
    with context.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2


def test_update(service):
    row = service.list_actions(show="overdue")[0]
    changed = service.update(
        row.uuid,
        ActionInput("=Send it", owner_name="Zona 3", due_date=date(2027, 1, 1)),
        row.row_version,
    )
    assert (changed.description, changed.owner, changed.overdue) == ("=Send it", "Zona 3", False)
    with pytest.raises(ValidationError):
        service.update(row.uuid, ActionInput("  "), changed.row_version)
