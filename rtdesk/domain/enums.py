"""The closed vocabularies of the Round Table, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class MandateRole(StrEnum):
    """What a person is at the Round Table for a zone (SOURCES.md vocabulary)."""

    SPOKESPERSON = "spokesperson"  # portavoce
    DEPUTY = "deputy"  # vice portavoce (one of them may be the vicar)


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONVENED = "convened"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_APPROVED = "minutes_approved"


class AgendaItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"


class AttendanceCapacity(StrEnum):
    """In what role somebody sat for a zone at a session."""

    SPOKESPERSON = "spokesperson"
    VICAR = "vicar"
    DEPUTY = "deputy"
    DELEGATE = "delegate"


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class VoteChoice(StrEnum):
    IN_FAVOUR = "in_favour"
    AGAINST = "against"
    ABSTAINED = "abstained"


class ProposalStatus(StrEnum):
    SUBMITTED = "submitted"
    ADMITTED = "admitted"  # admitted to the agenda
    UNDER_DISCUSSION = "under_discussion"
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    IN_IMPLEMENTATION = "in_implementation"
    IMPLEMENTED = "implemented"


class AdoptionState(StrEnum):
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    ADOPTING = "adopting"
    ADOPTED = "adopted"
    NOT_APPLICABLE = "not_applicable"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
