"""The audit log: who changed what, and when. Written in the same transaction as the change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rtdesk.domain.enums import AuditAction
from rtdesk.store.base import Base, enum_type, utc_now


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "audit_action"))
    entity: Mapped[str] = mapped_column(String(60), index=True)  # table name
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")  # one readable sentence
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> [old, new]
