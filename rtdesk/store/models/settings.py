"""Round Table settings shared by everyone using the database (quorum rule, letterhead...)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rtdesk.store.base import Entity


class Setting(Entity):
    """One named setting; the value is JSON. Per-computer preferences live in QSettings instead."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)
