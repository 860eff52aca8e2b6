"""Demo data at scale (`rtdesk demo --scale K`): K × 1,000 proposals and K × 20 sessions.

Scale 1 is the everyday demo (`DemoService`). From scale 2 the same kinds of data are planned
with the demo's vocabulary and rules, then written with bulk inserts in one transaction: one
SQLAlchemy Core `insert()` per table and batch, run as a single executemany with the values
already converted by the columns' own types, so 100,000 proposals take about a minute instead
of the hour the ORM would need. Ids are handed out here, so rows can point to each other
without asking the database; uuids come from the seed, so the same seed on the same day gives
the same database. The full-text index is filled in bulk: the proposal insert trigger is set
aside inside the transaction, the index rebuilt once at the end, and the trigger created again
from its own SQL (a failure rolls all of it back, trigger included).

What is written, and why it is valid by the services' rules:
- a roster history long enough for every session (the demo's roster planner), one audit
  entry per person and per mandate, as the everyday demo writes;
- sessions about twenty a year (Tuesday to Thursday) going back from today, numbered
  within their year; the everyday demo's agenda, guests and attendance register (the people
  in office on the day); the minutes of each past session approved at the next one with
  their fingerprint, the newest past one drafted (or only held), one session ahead convened;
- proposals submitted a few a day over the same span, with codes P-YYYY-NNN in order of
  submission, every status reached through the allowed transitions (older proposals further
  along), the status history, the resolution of the decided ones, adoption by zone and action
  items of the approved ones, and one audit entry per proposal and per session.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter

from sqlalchemy import Dialect, Table, func, insert, select
from sqlalchemy.orm import Session

from rtdesk.domain.documents import (
    ActionLine,
    AgendaEntry,
    AttachmentLine,
    AttendanceLine,
    GuestLine,
    MinutesDocument,
    MinutesItem,
    VoteLine,
    minutes_fingerprint,
)
from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    AgendaItemKind,
    AttendanceCapacity,
    AuditAction,
    MandateRole,
    MeetingMode,
    MeetingStatus,
    Presence,
    ProposalStatus,
    VoteChoice,
)
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.domain.identifiers import format_proposal_code
from rtdesk.domain.mandates import in_office
from rtdesk.domain.proposals import ADOPTION_TRACKED
from rtdesk.domain.sessions import QuorumRule
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import (
    _PROPOSAL_PATHS,
    _STEP_NOTES,
    _STRATEGIC_AXES,
    DEMO_NOTE,
    MAX_YEARS,
    DemoReport,
    DemoService,
    _load_zones,
    _MandatePlan,
    _PersonPlan,
    _plan_roster,
    _RosterPlan,
    _ZonePlaces,
)
from rtdesk.services.demo_sessions import (
    _CHAIR,
    _SECRETARY,
    SessionPlan,
    _quorum_rule,
    meeting_day,
    plans_for_days,
    zone_attendance,
)
from rtdesk.services.proposals import CODE_SERIES
from rtdesk.services.sessions import SESSION_SERIES, _rule_note
from rtdesk.store.models import (
    ActionItem,
    AgendaAttachment,
    AgendaItem,
    Attendance,
    AuditEntry,
    CodeCounter,
    Guest,
    Mandate,
    Meeting,
    MeetingStatusChange,
    Person,
    Proposal,
    ProposalStatusChange,
    Theme,
    Zone,
    ZoneAdoption,
    ZoneVote,
    proposal_theme,
    proposal_zone,
)
from rtdesk.store.search import FTS_TABLE

PROPOSALS_PER_SCALE = 1_000
SESSIONS_PER_SCALE = 20
MAX_SCALE = 200  # 200,000 proposals; beyond that the roster runs out of distinct names
BATCH = 5_000  # proposals planned and written at a time: memory stays flat at any scale
VENUE = "Sala del Consiglio metropolitano, Corso Inghilterra 7, Torino"
ONLINE_VENUE = "Videoconferenza"

_S = ProposalStatus

# What proposals are about: (words, article used after "per", themes). Adapted from the
# everyday demo's ideas and the sessions' topics, so searches find believable groups.
_SUBJECTS = (
    ("trasporto scolastico", "il", ("Scuola", "Mobilità")),
    ("trasporto pubblico locale", "il", ("Mobilità",)),
    ("trasporto a chiamata per gli anziani", "il", ("Sociale", "Mobilità")),
    ("sportello unico digitale per le imprese", "lo", ("Digitalizzazione", "Sviluppo economico")),
    ("piano di protezione civile", "il", ("Protezione civile",)),
    ("comunità energetiche rinnovabili", "le", ("Ambiente", "Energia")),
    ("rete delle biblioteche", "la", ("Cultura",)),
    ("abbattimento delle barriere architettoniche", "l'", ("Sociale", "Mobilità")),
    ("servizio associato di polizia locale", "il", ("Sicurezza",)),
    ("promozione turistica dei sentieri", "la", ("Turismo", "Ambiente")),
    ("centrale unica di committenza", "la", ("Digitalizzazione",)),
    ("banda ultralarga nelle frazioni", "la", ("Digitalizzazione",)),
    ("orti urbani condivisi", "gli", ("Ambiente", "Sociale")),
    ("mobilità ciclabile", "la", ("Mobilità", "Ambiente")),
    ("edilizia scolastica", "l'", ("Scuola",)),
    ("gestione associata dei servizi sociali", "la", ("Sociale",)),
    ("raccolta differenziata dei rifiuti", "la", ("Ambiente",)),
    ("illuminazione pubblica a LED", "l'", ("Energia",)),
    ("manutenzione delle strade provinciali", "la", ("Mobilità",)),
    ("prevenzione degli incendi boschivi", "la", ("Protezione civile", "Ambiente")),
    ("mense scolastiche", "le", ("Scuola",)),
    ("sicurezza stradale", "la", ("Sicurezza", "Mobilità")),
    ("case di comunità", "le", ("Sanità", "Sociale")),
    ("valorizzazione dei prodotti tipici", "la", ("Sviluppo economico", "Turismo")),
    ("efficienza energetica degli edifici pubblici", "l'", ("Energia",)),
    ("gestione associata dei tributi", "la", ("Digitalizzazione",)),
    ("servizi per la prima infanzia", "i", ("Scuola", "Sociale")),
    ("digitalizzazione degli archivi comunali", "la", ("Digitalizzazione", "Cultura")),
    ("riqualificazione dei centri storici", "la", ("Cultura", "Turismo")),
    ("difesa del suolo e dei corsi d'acqua", "la", ("Protezione civile", "Ambiente")),
    ("accoglienza turistica", "l'", ("Turismo",)),
    ("centri estivi intercomunali", "i", ("Scuola", "Sociale")),
    ("sportello lavoro", "lo", ("Sviluppo economico",)),
    ("teleassistenza per le persone sole", "la", ("Sanità", "Sociale")),
    ("rete idrica delle frazioni", "la", ("Ambiente",)),
    ("trasporto sanitario", "il", ("Sanità", "Mobilità")),
    ("formazione del personale comunale", "la", ("Digitalizzazione",)),
    ("aree interne e montane", "le", ("Montagna", "Sviluppo economico")),
)
# How the title frames the subject: "{art}" is the article after "per" ("per il", "per l'").
_FRAMES = (
    "{Subject}",
    "{Subject}",
    "Piano intercomunale per {art}{subject}",
    "Convenzione per {art}{subject}",
    "Studio di fattibilità per {art}{subject}",
    "Protocollo d'intesa per {art}{subject}",
    "Progetto pilota: {subject}",
    "Bando unico per {art}{subject}",
    "Linee guida per {art}{subject}",
    "Fondo di zona per {art}{subject}",
)
# Where: "{town}" and "{other}" are municipalities of the proposing zone.
_PLACES = (
    "a {town}",
    "tra {town} e {other}",
    "nei comuni della zona {zone}",
    "nelle valli",
    "per i piccoli comuni",
    "",
)
_SUMMARY_OPENINGS = (
    "La zona {zone} propone di coordinare {art}{subject} tra i comuni aderenti.",
    "Proposta dei comuni della zona {zone} sul tema: {subject}.",
    "Si chiede al Tavolo di sostenere {art}{subject} con risorse metropolitane.",
    "Buona pratica avviata a {town}, da estendere agli altri comuni della zona {zone}.",
)
_SUMMARY_DETAILS = (
    "Orari, costi e responsabilità sono condivisi con una convenzione.",
    "Il progetto prevede una fase sperimentale di un anno e un monitoraggio semestrale.",
    "Si propone un capofila per la gestione e un tavolo tecnico con gli uffici comunali.",
    "Le risorse arrivano da bandi regionali e da fondi PNRR già assegnati ai Comuni.",
    "La proposta nasce dalle richieste dei cittadini raccolte nelle assemblee locali.",
    "",
)
# Older proposals are further along; weights for those submitted within the last year and
# before, over the statuses in ProposalStatus order.
_RECENT_WEIGHTS = (20, 15, 15, 10, 5, 5, 5, 5, 2)
_OLDER_WEIGHTS = (1, 1, 2, 10, 12, 8, 8, 10, 15)
# How far the other zones that recorded it have come in adopting an approved proposal.
_ADOPTION_STATES = tuple(AdoptionState)
_ADOPTION_WEIGHTS = (2, 2, 2, 3, 1)


def _status_draws() -> dict[tuple[bool, int], tuple[list[ProposalStatus], list[int]]]:
    """(submitted within a year, most steps that fit before today) → the statuses that can
    be drawn and their cumulative weights: only statuses whose steps fit, as the everyday
    demo dates them (30 days, then 60 per step)."""
    draws = {}
    for recent, weights in ((True, _RECENT_WEIGHTS), (False, _OLDER_WEIGHTS)):
        for most in range(6):
            fitting = [
                (status, weight)
                for status, weight in zip(ProposalStatus, weights, strict=True)
                if len(_PROPOSAL_PATHS[status]) <= most
            ]
            draws[recent, most] = (
                [status for status, _ in fitting],
                list(itertools.accumulate(weight for _, weight in fitting)),
            )
    return draws


_STATUS_DRAWS = _status_draws()
_ADOPTION_CUMULATIVE = list(itertools.accumulate(_ADOPTION_WEIGHTS))
_PROPOSAL_ACTIONS = (
    "Inviare alle zone la scheda di adozione",
    "Relazione sullo stato di attuazione",
)


@dataclass
class _Ids:
    """The next free id of each table: rows are given their ids before they are written."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: Table, count: int = 1) -> int:
        first = self.next[table.name]
        self.next[table.name] = first + count
        return first


class DemoScaleService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def generate(self, scale: int = 1, years: int = 3, seed: int = 0) -> DemoReport:
        """Fill a new database with the demo multiplied by `scale` (1: the everyday demo).

        From scale 2: scale × 1,000 proposals and scale × 20 sessions, with a roster history
        of at least `years` years, longer when the sessions go further back.
        """
        if not 1 <= scale <= MAX_SCALE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.demo", "The demo scale goes from 1 to {limit}, not {scale}."
                ).format(limit=MAX_SCALE, scale=scale),
                advice=QT_TRANSLATE_NOOP(
                    "errors.demo", "Choose a scale in that range: 100 gives 100,000 proposals."
                ),
            )
        if scale == 1:
            return DemoService(self._context).generate(years=years, seed=seed)
        if not 1 <= years <= MAX_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.demo", "The demo covers from 1 to {limit} years, not {years}."
                ).format(limit=MAX_YEARS, years=years),
                advice=QT_TRANSLATE_NOOP("errors.demo", "Choose a number of years in that range."),
            )
        return _Writer(self._context, scale, years, seed).run()


class _Writer:
    """One scaled demo: plans and writes everything in the caller's single transaction."""

    def __init__(self, context: ServiceContext, scale: int, years: int, seed: int) -> None:
        self.context = context
        self.user = context.user
        self.today = context.today()
        self.scale = scale
        self.years = years
        self.seed = seed
        self.ids = _Ids()
        self.uuid_rng = random.Random(f"rtdesk-demo-scale-uuids-{seed}")
        self.now = datetime.now(UTC)
        self.zone_ids: dict[int, int] = {}  # zone number → id
        self.zone_names: dict[int, str] = {}
        self.person_ids: dict[int, int] = {}  # roster plan key → id

    # ----------------------------------------------------------------------------- helpers

    def uuid(self) -> str:
        """A version-4 UUID drawn from the seed (faster than uuid.uuid4, and reproducible)."""
        bits = self.uuid_rng.getrandbits(128)
        bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
        bits = (bits & ~(0xC << 60)) | (0x8 << 60)  # RFC 4122 variant
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def entity(self, table: Table) -> dict[str, object]:
        """The columns every Entity row has, with a new id."""
        return {
            "id": self.ids.take(table),
            "uuid": self.uuid(),
            "row_version": 1,
            "created_at": self.now,
            "updated_at": self.now,
        }

    def audit(
        self,
        rows: list[dict],
        entity: dict,
        table: Table,
        summary: str,
        changes: dict[str, tuple[object, object]] | None = None,
    ) -> None:
        """An audit entry as `rtdesk.services.audit.record` writes it."""
        rows.append(
            {
                "at": entity["created_at"],
                "user": self.user,
                "action": AuditAction.CREATE,
                "entity": table.name,
                "entity_uuid": entity["uuid"],
                "summary": summary,
                "changes": json.dumps(
                    {k: [_plain(old), _plain(new)] for k, (old, new) in (changes or {}).items()},
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            }
        )

    # -------------------------------------------------------------------------------- run

    def run(self) -> DemoReport:
        session_rng = random.Random(f"rtdesk-demo-scale-sessions-{self.seed}")
        days = _session_days(session_rng, self.today, self.scale * SESSIONS_PER_SCALE)
        # The roster must reach back before the first session, so its register names people.
        span = max(self.years, math.ceil((self.today - days[0]).days / 365.25))
        with self.context.write() as session:
            _refuse_if_not_new(session)
            connection = session.connection()
            # SQLite checks each enum column's CHECK (x IN (...)) row by row, which costs a
            # fifth of the whole write; the rows are checked in one pass before the commit
            # instead, and any violation rolls everything back. The connection goes back to
            # the pool with its checks on, whatever happens.
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
            try:
                report = self._write(session, session_rng, days, span)
            finally:
                connection.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
            # With the checks back on, quick_check verifies every CHECK constraint too.
            problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise RuntimeError(f"the scaled demo wrote invalid rows: {problems[:5]}")
            return report

    def _write(
        self, session: Session, session_rng: random.Random, days: list[date], span: int
    ) -> DemoReport:
        for table in (
            Person, Mandate, Meeting, MeetingStatusChange, AgendaItem, AgendaAttachment,
            ZoneVote, Attendance, Guest, ActionItem, Proposal, ProposalStatusChange,
            ZoneAdoption, Theme,
        ):  # fmt: skip
            highest = session.scalar(select(func.max(table.id)))
            self.ids.next[table.__table__.name] = (highest or 0) + 1
        zones = _load_zones(session)
        for zone_id, number, name in session.execute(select(Zone.id, Zone.number, Zone.name)):
            self.zone_ids[number] = zone_id
            self.zone_names[number] = name
        roster = _plan_roster(random.Random(self.seed), zones, self.today, span)
        self._write_roster(session, roster)
        plans = plans_for_days(session_rng, days, self.today)
        approved = self._write_sessions(session, plans, roster, _quorum_rule(session))
        proposals, actions = self._write_proposals(session, zones, days[0])
        current = [m for m in roster.mandates if m.end_date is None]
        staffed = {m.zone.number for m in current if m.role is MandateRole.SPOKESPERSON}
        return DemoReport(
            years=span,
            seed=self.seed,
            people=len(roster.people),
            mandates=len(roster.mandates),
            current_mandates=len(current),
            zones_without_spokesperson=tuple(z.number for z in zones if z.number not in staffed),
            sessions=len(plans),
            approved_minutes=approved,
            proposals=proposals,
            actions=actions,
            scale=self.scale,
        )

    # ----------------------------------------------------------------------------- roster

    def _write_roster(self, session: Session, roster: _RosterPlan) -> None:
        people_table, mandates_table = Person.__table__, Mandate.__table__
        people, mandates, audits = [], [], []
        for plan in roster.people:
            row = self.entity(people_table) | {
                "given_name": plan.given_name,
                "family_name": plan.family_name,
                "title": plan.title,
                "municipality_id": plan.municipality.id,
                "email": plan.email,
                "phone": plan.phone,
                "notes": DEMO_NOTE,
            }
            people.append(row)
            self.person_ids[plan.key] = row["id"]
            self.audit(
                audits,
                row,
                people_table,
                f"Demo data: {plan.given_name} {plan.family_name}, {plan.title} "
                f"({plan.municipality.name})",
                {
                    "given_name": (None, plan.given_name),
                    "family_name": (None, plan.family_name),
                    "title": (None, plan.title),
                    "municipality": (None, plan.municipality.name),
                    "email": (None, plan.email),
                    "phone": (None, plan.phone),
                },
            )
        for plan in roster.mandates:
            row = self.entity(mandates_table) | {
                "person_id": self.person_ids[plan.person.key],
                "zone_id": plan.zone.id,
                "role": plan.role,
                "is_vicar": plan.is_vicar,
                "start_date": plan.start_date,
                "end_date": plan.end_date,
                "elected_on": plan.elected_on,
                "notes": plan.notes,
            }
            mandates.append(row)
            role = "vicar" if plan.is_vicar else plan.role.value
            self.audit(
                audits,
                row,
                mandates_table,
                f"Demo data: {plan.person.given_name} {plan.person.family_name}, {role} of "
                f"zone {plan.zone.number} from {plan.start_date.isoformat()}",
                {
                    "zone": (None, plan.zone.number),
                    "role": (None, plan.role.value),
                    "is_vicar": (None, plan.is_vicar),
                    "start_date": (None, plan.start_date),
                    "end_date": (None, plan.end_date),
                    "elected_on": (None, plan.elected_on),
                },
            )
        _insert(session, people_table, people)
        _insert(session, mandates_table, mandates)
        _insert(session, AuditEntry.__table__, audits)

    # ---------------------------------------------------------------------------- sessions

    def _write_sessions(
        self,
        session: Session,
        plans: list[SessionPlan],
        roster: _RosterPlan,
        rule: QuorumRule,
    ) -> int:
        """Write the planned sessions with everything they hold; returns how many have
        approved minutes."""
        t = {
            name: model.__table__
            for name, model in (
                ("meeting", Meeting),
                ("change", MeetingStatusChange),
                ("item", AgendaItem),
                ("attachment", AgendaAttachment),
                ("vote", ZoneVote),
                ("attendance", Attendance),
                ("guest", Guest),
                ("action", ActionItem),
            )
        }
        rows: dict[str, list[dict]] = defaultdict(list)
        audits: list[dict] = []
        holders = _Holders(roster)
        meeting_ids = {id(plan): self.ids.take(t["meeting"]) for plan in plans}
        approved_by: dict[int, SessionPlan] = {
            id(plan.approves): plan
            for plan in plans
            if plan.approves is not None and plan.approves.status is MeetingStatus.MINUTES_APPROVED
        }
        counters: dict[int, int] = {}
        for plan in plans:
            counters[plan.year] = max(counters.get(plan.year, 0), plan.number)
            meeting_id = meeting_ids[id(plan)]
            meeting = {
                "id": meeting_id,
                "uuid": self.uuid(),
                "row_version": 1,
                "created_at": self.now,
                "updated_at": self.now,
                "year": plan.year,
                "number": plan.number,
                "meeting_date": plan.day,
                "start_time": plan.start,
                "end_time": plan.end,
                "venue": ONLINE_VENUE if plan.mode is MeetingMode.ONLINE else VENUE,
                "mode": plan.mode,
                "status": plan.status,
                "convened_on": min(plan.day - timedelta(days=10), self.today),
                "chair_name": _CHAIR,
                "secretary_name": _SECRETARY,
                "notes": "",
                "minutes_approved_at_id": None,
                "minutes_approved_on": None,
                "minutes_fingerprint": None,
            }
            held = plan.day <= self.today
            register = (
                self._register(plan, holders, rows["attendance"], meeting_id, t) if held else []
            )
            present = [number for number, line in register if line.presence is Presence.PRESENT]
            minutes_items = self._agenda(plan, held, present, rows, meeting_id, t)
            for name, affiliation in plan.guests if held else ():
                rows["guest"].append(
                    self.entity(t["guest"])
                    | {
                        "meeting_id": meeting_id,
                        "name": name,
                        "affiliation": affiliation,
                        "note": "",
                    }
                )
            approving = approved_by.get(id(plan))
            changes = self._session_history(plan, meeting_id, t["change"], rows["change"])
            if approving is not None:
                document = MinutesDocument(
                    session_ref=plan.ref,
                    meeting_date=plan.day,
                    attendance=tuple(line for _number, line in register),
                    items=tuple(minutes_items),
                    start_time=plan.start,
                    end_time=plan.end,
                    venue=meeting["venue"],
                    mode=plan.mode,
                    chair=_CHAIR,
                    secretary=_SECRETARY,
                    guests=tuple(GuestLine(name, affiliation) for name, affiliation in plan.guests),
                    quorum_rule=rule,
                )
                fingerprint = minutes_fingerprint(document)
                meeting["minutes_approved_at_id"] = meeting_ids[id(approving)]
                meeting["minutes_approved_on"] = approving.day
                meeting["minutes_fingerprint"] = fingerprint
                rows["change"].append(
                    self.entity(t["change"])
                    | {
                        "meeting_id": meeting_id,
                        "from_status": changes[-1],
                        "to_status": MeetingStatus.MINUTES_APPROVED,
                        "changed_on": approving.day,
                        "changed_at": _recorded_at(approving.day, len(changes)),
                        "changed_by": self.user,
                        # The note `record_approval` writes: the rule is read back from it.
                        "note": f"Approved at session {approving.ref}. {_rule_note(rule)} "
                        f"SHA-256 {fingerprint}",
                    }
                )
            rows["meeting"].append(meeting)
            self.audit(
                audits,
                meeting,
                t["meeting"],
                f"Demo data: session {plan.ref} of {plan.day.isoformat()}, "
                f"{len(plan.items)} agenda items",
                {"meeting_date": (None, plan.day), "status": (None, plan.status.value)},
            )
        # A session points to the later one that approved its minutes: the later ones first.
        rows["meeting"].reverse()
        for name in ("meeting", "change", "item", "attachment", "vote", "attendance", "guest",
                     "action"):  # fmt: skip
            _insert(session, t[name], rows[name])
        _insert(session, AuditEntry.__table__, audits)
        _insert(
            session,
            CodeCounter.__table__,
            [
                {"series": SESSION_SERIES, "year": year, "last_value": last}
                for year, last in sorted(counters.items())
            ],
        )
        return len(approved_by)

    def _register(
        self,
        plan: SessionPlan,
        holders: _Holders,
        rows: list[dict],
        meeting_id: int,
        t: dict[str, Table],
    ) -> list[tuple[int, AttendanceLine]]:
        """The attendance register of a held session, as the everyday demo fills it."""
        register = []
        for number, draw in zip(range(1, 12), plan.presence_draw, strict=True):
            seated = holders.on(number, plan.day)
            seat = zone_attendance(plan, number, draw, set(seated))
            person = seated.get(seat.capacity) if seat.capacity else None
            name = f"{person.given_name} {person.family_name}" if person else seat.delegate_name
            rows.append(
                self.entity(t["attendance"])
                | {
                    "meeting_id": meeting_id,
                    "zone_id": self.zone_ids[number],
                    "person_id": self.person_ids[person.key] if person else None,
                    "attendee_name": name,
                    "capacity": seat.capacity,
                    "presence": seat.presence,
                    "arrived_at": seat.arrived_at,
                    "left_at": seat.left_at,
                    "note": seat.note,
                }
            )
            register.append(
                (
                    number,
                    AttendanceLine(
                        number,
                        self.zone_names[number],
                        seat.presence,
                        name,
                        seat.capacity,
                        seat.arrived_at,
                        seat.left_at,
                        seat.note,
                    ),
                )
            )
        return register

    def _agenda(
        self,
        plan: SessionPlan,
        held: bool,
        present: list[int],
        rows: dict[str, list[dict]],
        meeting_id: int,
        t: dict[str, Table],
    ) -> list[MinutesItem]:
        """Agenda items, attachments, votes and actions; returns them as the minutes show."""
        minutes = []
        for position, item in enumerate(plan.items, start=1):
            row = self.entity(t["item"]) | {
                "meeting_id": meeting_id,
                "position": position,
                "title": item.title,
                "kind": item.kind,
                "presenter": item.presenter,
                "proposal_id": None,
                "discussion": item.discussion,
                "decision": item.decision,
            }
            rows["item"].append(row)
            attachments = ()
            if item.attachment:
                label = "Documento istruttorio"
                rows["attachment"].append(
                    self.entity(t["attachment"])
                    | {"agenda_item_id": row["id"], "label": label, "reference": item.attachment}
                )
                attachments = (AttachmentLine(label, item.attachment),)
            votes = []
            if held and item.kind is AgendaItemKind.DECISION and item.decision:
                for index, number in enumerate(present):
                    choice = VoteChoice.IN_FAVOUR
                    if (plan.presence_draw[number - 1] * 100 + index) % 9 < 1:
                        choice = VoteChoice.ABSTAINED
                    rows["vote"].append(
                        self.entity(t["vote"])
                        | {
                            "agenda_item_id": row["id"],
                            "zone_id": self.zone_ids[number],
                            "choice": choice,
                        }
                    )
                    votes.append(VoteLine(number, self.zone_names[number], choice))
            actions = []
            for what, owner, due in item.actions if held else ():
                done = due < self.today - timedelta(days=30)
                rows["action"].append(
                    self.entity(t["action"])
                    | {
                        "description": what,
                        "owner_name": owner,
                        "owner_person_id": None,
                        "owner_zone_id": None,
                        "due_date": due,
                        "status": ActionStatus.DONE if done else ActionStatus.OPEN,
                        "completed_on": due if done else None,
                        "meeting_id": meeting_id,
                        "agenda_item_id": row["id"],
                        "proposal_id": None,
                        "notes": "",
                    }
                )
                actions.append(ActionLine(what, owner, due))
            minutes.append(
                MinutesItem(
                    entry=AgendaEntry(item.title, item.kind, item.presenter, "", attachments),
                    discussion=item.discussion,
                    decision=item.decision,
                    votes=tuple(votes),
                    actions=tuple(actions),
                )
            )
        return minutes

    def _session_history(
        self, plan: SessionPlan, meeting_id: int, table: Table, rows: list[dict]
    ) -> list[MeetingStatus]:
        """Planned, convened, held and drafted as the everyday demo dates them; returns the
        statuses reached (approval is added by the caller)."""
        steps = [(MeetingStatus.PLANNED, plan.day - timedelta(days=40))]
        steps.append((MeetingStatus.CONVENED, plan.day - timedelta(days=10)))
        if plan.day <= self.today:
            steps.append((MeetingStatus.HELD, plan.day))
        if plan.status in (MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED):
            steps.append((MeetingStatus.MINUTES_DRAFTED, plan.day + timedelta(days=9)))
        reached: list[MeetingStatus] = []
        for step, (status, on) in enumerate(steps):
            rows.append(
                self.entity(table)
                | {
                    "meeting_id": meeting_id,
                    "from_status": reached[-1] if reached else None,
                    "to_status": status,
                    "changed_on": min(on, self.today),
                    "changed_at": _recorded_at(min(on, self.today), step),
                    "changed_by": self.user,
                    "note": "",
                }
            )
            reached.append(status)
        return reached

    # --------------------------------------------------------------------------- proposals

    def _write_proposals(
        self, session: Session, zones: list[_ZonePlaces], first_day: date
    ) -> tuple[int, int]:
        """Proposals over the span of the sessions; returns how many, and their actions."""
        rng = random.Random(f"rtdesk-demo-scale-proposals-{self.seed}")
        theme_ids = self._themes(session)
        count = self.scale * PROPOSALS_PER_SCALE
        start = first_day.toordinal() - 60
        end = self.today.toordinal() - 1
        # Codes follow the order of submission within each year.
        ordinals = sorted(rng.randint(start, end) for _ in range(count))
        sequences: dict[int, int] = defaultdict(int)
        places = {zone.number: zone for zone in zones}
        actions = 0
        # The full-text index is filled once at the end: its insert trigger, row by row, would
        # take most of the time. Dropped and created again inside this transaction, so a
        # failure leaves the trigger as it was.
        triggers = _drop_insert_triggers(session, Proposal.__table__.name)
        for first in range(0, count, BATCH):
            batch = _ProposalRows()
            for ordinal in ordinals[first : first + BATCH]:
                submitted_on = date.fromordinal(ordinal)
                sequences[submitted_on.year] += 1
                self._proposal(
                    rng, batch, submitted_on, sequences[submitted_on.year], places, theme_ids
                )
            actions += len(batch.actions)
            batch.write(session)
        connection = session.connection()
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        for statement in triggers:
            connection.exec_driver_sql(statement)
        _insert(
            session,
            CodeCounter.__table__,
            [
                {"series": CODE_SERIES, "year": year, "last_value": last}
                for year, last in sorted(sequences.items())
            ],
        )
        return count, actions

    def _themes(self, session: Session) -> dict[str, int]:
        """Theme name → id, adding the themes the subjects use that the database lacks."""
        existing = {name: i for i, name in session.execute(select(Theme.id, Theme.name))}
        table = Theme.__table__
        missing = sorted({n for _s, _a, names in _SUBJECTS for n in names} - set(existing))
        rows = [self.entity(table) | {"name": name} for name in missing]
        _insert(session, table, rows)
        return existing | {row["name"]: row["id"] for row in rows}

    def _proposal(
        self,
        rng: random.Random,
        batch: _ProposalRows,
        submitted_on: date,
        sequence: int,
        places: dict[int, _ZonePlaces],
        theme_ids: dict[str, int],
    ) -> None:
        today = self.today
        age = (today - submitted_on).days
        statuses, cumulative = _STATUS_DRAWS[age < 365, max(0, min(5, (age - 30) // 60))]
        target = rng.choices(statuses, cum_weights=cumulative)[0]
        path = _PROPOSAL_PATHS[target]
        zone_number = rng.randint(1, 11)
        zone_numbers = [zone_number]
        if rng.random() < 0.2:
            zone_numbers.append(rng.choice([n for n in range(1, 12) if n != zone_number]))
        title, summary, themes = _text(rng, places[zone_number])
        year = submitted_on.year
        code = format_proposal_code(year, sequence)
        proposal = self.entity(Proposal.__table__)
        proposal_id = proposal["id"]
        gap = max(1, min(60, age // (len(path) + 1)))
        steps, day = [], submitted_on
        for status in path:
            day += timedelta(days=rng.randint(max(1, gap // 2), gap))
            steps.append((status, min(day, today)))
        resolution, resolved_on = "", None
        for status, on in steps:
            if status in (_S.APPROVED, _S.REJECTED):
                resolution, resolved_on = _STEP_NOTES[status], on
        proposal |= {
            "code": code,
            "year": year,
            "sequence": sequence,
            "title": title,
            "summary": summary,
            "proposer_person_id": None,
            "proposer_name": f"Zona {zone_number}",
            "strategic_axis": rng.choice(_STRATEGIC_AXES),
            "status": target,
            "submitted_on": submitted_on,
            "resolution": resolution,
            "resolved_on": resolved_on,
        }
        batch.proposals.append(proposal)
        previous = None
        for step, (status, on) in enumerate([(_S.SUBMITTED, submitted_on), *steps]):
            batch.changes.append(
                self.entity(ProposalStatusChange.__table__)
                | {
                    "proposal_id": proposal_id,
                    "from_status": previous,
                    "to_status": status,
                    "changed_on": on,
                    "changed_at": _recorded_at(on, step),
                    "changed_by": self.user,
                    "meeting_id": None,
                    "agenda_item_id": None,
                    "note": _STEP_NOTES.get(status, "") if previous else "",
                }
            )
            previous = status
        for number in sorted(zone_numbers):
            batch.zones.append({"proposal_id": proposal_id, "zone_id": self.zone_ids[number]})
        for name in themes:
            batch.themes.append({"proposal_id": proposal_id, "theme_id": theme_ids[name]})
        if target in ADOPTION_TRACKED:
            self._adoption(rng, batch, proposal_id, title, zone_number, steps)
        self.audit(
            batch.audits,
            proposal,
            Proposal.__table__,
            f"Demo data: proposal {code}: {title}",
            {"status": (None, target.value), "submitted_on": (None, submitted_on)},
        )

    def _adoption(
        self,
        rng: random.Random,
        batch: _ProposalRows,
        proposal_id: int,
        title: str,
        zone_number: int,
        steps: list[tuple[ProposalStatus, date]],
    ) -> None:
        """Adoption by zone and the secretariat's actions of an approved proposal."""
        today = self.today
        approved_on = next(on for status, on in steps if status is _S.APPROVED)
        days = max(0, (today - approved_on).days)
        # The proposing zone adopted it; some others recorded how far they are.
        others = rng.sample([n for n in range(1, 12) if n != zone_number], rng.randint(0, 5))
        for number in sorted([zone_number, *others]):
            state = (
                AdoptionState.ADOPTED
                if number == zone_number
                else rng.choices(_ADOPTION_STATES, cum_weights=_ADOPTION_CUMULATIVE)[0]
            )
            batch.adoptions.append(
                self.entity(ZoneAdoption.__table__)
                | {
                    "proposal_id": proposal_id,
                    "zone_id": self.zone_ids[number],
                    "state": state,
                    "state_date": approved_on + timedelta(days=rng.randint(0, days)),
                    "note": "",
                }
            )
        due = approved_on + timedelta(days=rng.randint(20, 120))
        planned = [(_PROPOSAL_ACTIONS[0], due, due < today and rng.random() < 0.8)]
        if rng.random() < 0.3:
            planned.append((_PROPOSAL_ACTIONS[1], today + timedelta(rng.randint(-40, 90)), False))
        for what, due_on, done in planned:
            batch.actions.append(
                self.entity(ActionItem.__table__)
                | {
                    "description": f"{what}: {title}",
                    "owner_name": "Segreteria del Tavolo",
                    "owner_person_id": None,
                    "owner_zone_id": None,
                    "due_date": due_on,
                    "status": ActionStatus.DONE if done else ActionStatus.OPEN,
                    "completed_on": due_on if done else None,
                    "meeting_id": None,
                    "agenda_item_id": None,
                    "proposal_id": proposal_id,
                    "notes": "",
                }
            )


@dataclass
class _ProposalRows:
    """The rows of one batch of proposals, table by table, written together."""

    proposals: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    zones: list[dict] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    adoptions: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    audits: list[dict] = field(default_factory=list)

    def write(self, session: Session) -> None:
        _insert(session, Proposal.__table__, self.proposals)
        _insert(session, ProposalStatusChange.__table__, self.changes)
        _insert(session, proposal_zone, self.zones)
        _insert(session, proposal_theme, self.themes)
        _insert(session, ZoneAdoption.__table__, self.adoptions)
        _insert(session, ActionItem.__table__, self.actions)
        _insert(session, AuditEntry.__table__, self.audits)


class _Holders:
    """Who holds each seat of a zone on a day, from the planned roster (no database)."""

    def __init__(self, roster: _RosterPlan) -> None:
        self._by_zone: dict[int, list[_MandatePlan]] = defaultdict(list)
        for mandate in sorted(roster.mandates, key=lambda m: m.start_date):
            self._by_zone[mandate.zone.number].append(mandate)
        self._starts = {n: [m.start_date for m in ms] for n, ms in self._by_zone.items()}

    def on(self, zone_number: int, day: date) -> dict[AttendanceCapacity, _PersonPlan]:
        mandates = self._by_zone[zone_number]
        begun = mandates[: bisect.bisect_right(self._starts[zone_number], day)]
        current = [m for m in begun if in_office(m.start_date, m.end_date, day)]
        seats: dict[AttendanceCapacity, _PersonPlan] = {}
        for capacity, wanted in (
            (AttendanceCapacity.SPOKESPERSON, lambda m: m.role is MandateRole.SPOKESPERSON),
            (AttendanceCapacity.VICAR, lambda m: m.is_vicar),
            (
                AttendanceCapacity.DEPUTY,
                lambda m: m.role is MandateRole.DEPUTY and not m.is_vicar,
            ),
        ):
            holder = next((m for m in current if wanted(m)), None)
            if holder is not None:
                seats[capacity] = holder.person
        return seats


def _session_days(rng: random.Random, today: date, count: int) -> list[date]:
    """`count` session days, ascending: one convened two weeks ahead, the others going back
    from today about twenty a year, each on a Tuesday, Wednesday or Thursday."""
    days = [meeting_day(today + timedelta(days=14))]
    day = today - timedelta(days=rng.randint(3, 20))
    while len(days) < count:
        day -= timedelta(days=(day.weekday() - rng.randint(1, 3)) % 7)
        # Back to an open day: at most a week, less than the gap to the session before.
        day = meeting_day(day, step=-1)
        days.append(day)
        day -= timedelta(days=rng.randint(11, 21))
    return sorted(days)


def _text(rng: random.Random, zone: _ZonePlaces) -> tuple[str, str, tuple[str, ...]]:
    """A proposal's title, summary and themes, from the subjects, frames and places."""
    subject, article, themes = rng.choice(_SUBJECTS)
    towns = zone.municipalities
    town, other = rng.sample(towns, 2) if len(towns) > 1 else (towns[0], None)
    words = {
        "subject": subject,
        "Subject": subject[0].upper() + subject[1:],
        "art": article if article.endswith("'") else article + " ",
        "town": town.name,
        "other": other.name if other else "",
        "zone": zone.number,
    }
    title = rng.choice(_FRAMES).format(**words)
    place = rng.choice(_PLACES)
    # A zone of one municipality (Torino) has nobody to share with.
    place = (place if other or "{other}" not in place else "a {town}").format(**words)
    if place:
        title = f"{title} {place}"
    summary = rng.choice(_SUMMARY_OPENINGS).format(**words)
    detail = rng.choice(_SUMMARY_DETAILS)
    return title, f"{summary} {detail}".strip(), themes


def _drop_insert_triggers(session: Session, table: str) -> list[str]:
    """Drop the AFTER INSERT triggers of `table` in the open transaction; returns their SQL."""
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:
        # Outside a transaction SQLite would drop them for good, whatever happens next.
        raise RuntimeError("triggers are only dropped inside the demo's transaction")
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).all()
    kept = []
    for name, sql in triggers:
        if " AFTER INSERT ON " in " ".join(sql.upper().split()):
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
            kept.append(sql)
    return kept


def _refuse_if_not_new(session: Session) -> None:
    """The scaled demo numbers sessions and proposals from 1: it needs a database without
    people, sessions or proposals."""
    people, sessions, proposals = (
        session.scalar(select(func.count(model.id))) for model in (Person, Meeting, Proposal)
    )
    if people or sessions or proposals:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "errors.demo",
                "The database already holds {people} people, {sessions} sessions and "
                "{proposals} proposals: demo data is only for a new database.",
            ).format(people=people, sessions=sessions, proposals=proposals),
            advice=QT_TRANSLATE_NOOP(
                "errors.demo", "Nothing was changed. Use a new database file for the demo."
            ),
        )


def _insert(session: Session, table: Table, rows: Sequence[dict]) -> None:
    """One executemany of INSERT for the rows (nothing when there are none).

    The values go through each column's own SQLAlchemy conversion (dates, times, enums as
    stored), remembered per value: building a SQLAlchemy parameter set for each of a million
    rows would take longer than SQLite takes to write them.
    """
    if not rows:
        return
    connection = session.connection()
    statement = insert(table).compile(dialect=connection.dialect, column_keys=list(rows[0]))
    names = list(statement.positiontup)
    converters = _converters(table, connection.dialect)
    # Column by column, so the loops run in C (map, zip) rather than in Python per value.
    columns = [
        list(map(converters[name], values)) if name in converters else values
        for name, values in zip(
            names, zip(*map(itemgetter(*names), rows), strict=True), strict=True
        )
    ]
    data = list(zip(*columns, strict=True))
    connection.exec_driver_sql(statement.string, data)


_CONVERTERS: dict[tuple[str, str], dict[str, Callable[[object], object]]] = {}


def _converters(table: Table, dialect: Dialect) -> dict[str, Callable[[object], object]]:
    """Column name → the column type's bind conversion, with its results remembered (a
    hundred thousand proposals share a few thousand dates and a handful of statuses)."""
    key = (table.name, dialect.name)
    if key not in _CONVERTERS:
        converters = {}
        for column in table.columns:
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                converters[column.name] = _remembering(process)
        _CONVERTERS[key] = converters
    return _CONVERTERS[key]


def _remembering(process: Callable[[object], object]) -> Callable[[object], object]:
    cache: dict[object, object] = {}

    def convert(value: object) -> object:
        try:
            return cache[value]
        except KeyError:
            if len(cache) > 200_000:
                cache.clear()
            result = cache[value] = process(value)
            return result

    return convert


def _recorded_at(day: date, step: int) -> datetime:
    """When a status change was recorded: on its day, the steps of one day a minute apart."""
    return datetime.combine(day, time(9, step))


def _plain(value: object) -> object:
    """A value as audit entries keep it (see rtdesk.services.audit)."""
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
