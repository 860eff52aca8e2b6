"""Every table of rtdesk; importing this package registers them all on Base.metadata."""

from rtdesk.store.base import Base, Entity
from rtdesk.store.models.actions import ActionItem
from rtdesk.store.models.audit import AuditEntry
from rtdesk.store.models.meetings import (
    AgendaAttachment,
    AgendaItem,
    Attendance,
    Guest,
    Meeting,
    MeetingStatusChange,
    MinutesErratum,
    ZoneVote,
)
from rtdesk.store.models.people import Mandate, Person
from rtdesk.store.models.proposals import (
    CodeCounter,
    Proposal,
    ProposalStatusChange,
    Theme,
    ZoneAdoption,
    proposal_theme,
    proposal_zone,
)
from rtdesk.store.models.reference import Municipality, Zone, ZoneMembership
from rtdesk.store.models.settings import Setting

__all__ = [
    "ActionItem",
    "AgendaAttachment",
    "AgendaItem",
    "Attendance",
    "AuditEntry",
    "Base",
    "CodeCounter",
    "Entity",
    "Guest",
    "Mandate",
    "Meeting",
    "MeetingStatusChange",
    "MinutesErratum",
    "Municipality",
    "Person",
    "Proposal",
    "ProposalStatusChange",
    "Setting",
    "Theme",
    "Zone",
    "ZoneAdoption",
    "ZoneMembership",
    "ZoneVote",
    "proposal_theme",
    "proposal_zone",
]
