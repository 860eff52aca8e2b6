"""Finding a row by the uuid the GUI holds, with the plain message for one that is gone."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rtdesk.domain.errors import NotFoundError
from rtdesk.store.base import Entity

E = TypeVar("E", bound=Entity)


def by_uuid(session: Session, model: type[E], uuid: str, gone: str, advice: str = "") -> E:
    """The `model` row with this uuid; NotFoundError(gone, advice) if someone removed it."""
    found = session.scalar(select(model).where(model.uuid == uuid))
    if found is None:
        raise NotFoundError(gone, advice=advice)
    return found
