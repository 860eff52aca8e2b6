"""What the convocation (agenda) and the minutes of a session show, as plain frozen data.

The minutes fingerprint
-----------------------
`minutes_fingerprint(document)` is the SHA-256 (lower-case hex, 64 characters) of the UTF-8
bytes of this canonical JSON text::

    {"format": "rtdesk-minutes/1", "minutes": <record>}

serialised with `json.dumps(..., sort_keys=True, ensure_ascii=False, separators=(",", ":"))`,
where <record> is `dataclasses.asdict(document)` with these fields removed, because they are
not what the Round Table approved but how or when it is printed:

- `approval` (set only once the minutes are approved: the draft that was circulated and the
  approved minutes have the same fingerprint, which proves nothing changed in between);
- `errata` (recorded after the approval, each with its own date; they never alter it);
- `language` and `letterhead` (the same minutes printed in English or under a new letterhead
  are still the same minutes).

Inside the record: tuples are JSON lists, enums their stored value, dates and times ISO 8601
(`2026-11-25`, `10:05:00`), the quorum share a fraction string (`1/2`), and every string is
put in Unicode NFC with `\\r\\n` and `\\r` turned into `\\n`, so text that prints identically
gives the same fingerprint whatever keyboard or database produced it. Changing any printed
word of the record (a name, a time, a decision, a vote) changes the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, time
from fractions import Fraction

from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    MeetingMode,
    Presence,
    VoteChoice,
)
from rtdesk.domain.sessions import QuorumOutcome, QuorumRule, quorum

DOCUMENT_LANGUAGES = ("it", "en")
DEFAULT_LETTERHEAD = (
    "Città metropolitana di Torino",
    "Tavolo permanente delle zone omogenee",
)
FINGERPRINT_FORMAT = "rtdesk-minutes/1"
# Left out of the fingerprint: see the module docstring for why.
FINGERPRINT_EXCLUDED = ("approval", "errata", "language", "letterhead")


def _check_language(language: str) -> None:
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"language must be one of {DOCUMENT_LANGUAGES}, not {language!r}")


@dataclass(frozen=True)
class AttachmentLine:
    """A reference to a document (protocol number, file name, link), not the document."""

    label: str
    reference: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    """One point of the agenda; its number is its place in the tuple, starting at 1."""

    title: str
    kind: AgendaItemKind = AgendaItemKind.INFORMATION
    presenter: str = ""
    proposal_code: str = ""  # P-2026-014, if the point discusses a proposal
    attachments: tuple[AttachmentLine, ...] = ()


@dataclass(frozen=True)
class AgendaDocument:
    """The convocation letter of a session with its agenda."""

    session_ref: str  # 7/2026
    meeting_date: date
    entries: tuple[AgendaEntry, ...]
    start_time: time | None = None
    end_time: time | None = None  # expected end, if announced
    venue: str = ""
    mode: MeetingMode = MeetingMode.IN_PERSON
    online_link: str = ""  # for online and hybrid sessions
    chair: str = ""
    secretary: str = ""
    issued_on: date | None = None  # date of the letter; None: not printed
    issued_at: str = "Torino"  # place written before the date of the letter
    protocol: str = ""  # protocol number of the letter, if it has one
    recipients: tuple[str, ...] = ()  # empty: the standard recipients in the document language
    notes: str = ""  # free text printed after the agenda
    letterhead: tuple[str, ...] = DEFAULT_LETTERHEAD
    language: str = "it"

    def __post_init__(self) -> None:
        _check_language(self.language)


@dataclass(frozen=True)
class AttendanceLine:
    """Who sat for one zone and whether the zone was present."""

    zone_number: int
    zone_name: str
    presence: Presence
    attendee: str = ""  # as written: survives the person being removed, and fits delegates
    capacity: AttendanceCapacity | None = None
    arrived_at: time | None = None
    left_at: time | None = None
    note: str = ""


@dataclass(frozen=True)
class GuestLine:
    name: str
    affiliation: str = ""
    note: str = ""


@dataclass(frozen=True)
class VoteLine:
    zone_number: int
    zone_name: str
    choice: VoteChoice


@dataclass(frozen=True)
class ActionLine:
    """An action agreed on an agenda point: what, who, by when."""

    description: str
    owner: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class MinutesItem:
    """The minutes of one agenda point."""

    entry: AgendaEntry
    discussion: str = ""
    decision: str = ""
    votes: tuple[VoteLine, ...] = ()  # empty: there was no vote
    actions: tuple[ActionLine, ...] = ()

    def __post_init__(self) -> None:
        zones = [vote.zone_number for vote in self.votes]
        if len(set(zones)) != len(zones):
            raise ValueError(f"a zone votes twice on “{self.entry.title[:60]}”")

    def vote_count(self, choice: VoteChoice) -> int:
        return sum(1 for vote in self.votes if vote.choice is choice)


@dataclass(frozen=True)
class ErratumLine:
    """A correction recorded after the minutes were approved."""

    recorded_on: date
    text: str
    recorded_at_session_ref: str = ""  # the session where the correction was noted, if any
    recorded_by: str = ""


@dataclass(frozen=True)
class MinutesApproval:
    session_ref: str  # the later session that approved the minutes, e.g. 9/2026
    approved_on: date


@dataclass(frozen=True)
class MinutesDocument:
    """The minutes of a session; `approval` None means a draft."""

    session_ref: str
    meeting_date: date
    attendance: tuple[AttendanceLine, ...]
    items: tuple[MinutesItem, ...]
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    mode: MeetingMode = MeetingMode.IN_PERSON
    chair: str = ""
    secretary: str = ""
    guests: tuple[GuestLine, ...] = ()
    quorum_rule: QuorumRule = field(default_factory=QuorumRule)
    approval: MinutesApproval | None = None
    errata: tuple[ErratumLine, ...] = ()
    letterhead: tuple[str, ...] = DEFAULT_LETTERHEAD
    language: str = "it"

    def __post_init__(self) -> None:
        _check_language(self.language)
        zones = [line.zone_number for line in self.attendance]
        if len(set(zones)) != len(zones):
            raise ValueError("a zone appears twice in the attendance register")
        if len(zones) > self.quorum_rule.zones:
            raise ValueError(f"{len(zones)} attendance lines for {self.quorum_rule.zones} zones")

    @property
    def is_draft(self) -> bool:
        return self.approval is None

    @property
    def zones_present(self) -> int:
        return sum(1 for line in self.attendance if line.presence is Presence.PRESENT)

    @property
    def quorum(self) -> QuorumOutcome:
        return quorum(self.zones_present, self.quorum_rule)


def _canonical(value: object) -> object:
    """The JSON-ready form of one value of `asdict(document)` (see the module docstring)."""
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, str):  # enums included: StrEnum members are str
        text = str(value.value) if hasattr(value, "value") else value
        return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if isinstance(value, date | time):  # datetime is a date too; none is expected here
        return value.isoformat()
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if value is None or isinstance(value, bool | int):
        return value
    raise TypeError(f"no canonical form for {type(value).__name__} in minutes")


def minutes_canonical_json(document: MinutesDocument) -> str:
    """The exact text whose SHA-256 is the minutes fingerprint."""
    record = asdict(document)
    for name in FINGERPRINT_EXCLUDED:
        del record[name]
    payload = {"format": FINGERPRINT_FORMAT, "minutes": _canonical(record)}
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def minutes_fingerprint(document: MinutesDocument) -> str:
    """SHA-256 (hex) of the minutes' content, printed on approved minutes and stored."""
    # surrogatepass: a lone surrogate (broken text pasted from elsewhere) still hashes the same
    # way every time instead of failing.
    data = minutes_canonical_json(document).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
