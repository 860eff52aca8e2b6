"""Demo sessions for `rtdesk demo`: agenda, attendance, minutes, votes, actions, approvals.

Planned from the demo's seed and day only (its own random stream, so the roster demo is the
same with or without sessions); the demo's proposals are then put on the agendas of the
sessions that discussed and decided them (`add_proposal_item`, `decision_votes`), and
everything is written in the demo's transaction after the roster and the proposals, so the
attendance register shows who really was in office on each session's date and an agenda item
can name its proposal. Every past session was held; the minutes of each are approved at the
following past session (`approve_minutes`: their fingerprint stored, as
`SessionService.approve_minutes` does, over the final agenda, once the proposals' history
points at its items); the latest past session has drafted minutes (or is only held, if it was
less than ten days ago); one session ahead is convened.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rtdesk.domain.enums import (
    ActionStatus,
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
from rtdesk.domain.identifiers import format_session_ref
from rtdesk.domain.mandates import in_office
from rtdesk.domain.sessions import QuorumRule
from rtdesk.services import audit
from rtdesk.services.sessions import SESSION_SERIES, record_approval, record_status_change
from rtdesk.services.settings import RoundTableSettings
from rtdesk.store.models import (
    ActionItem,
    AgendaAttachment,
    AgendaItem,
    Attendance,
    CodeCounter,
    Guest,
    Mandate,
    Meeting,
    MeetingStatusChange,
    Setting,
    Zone,
    ZoneVote,
)

_TOPICS = (
    ("Piano strategico metropolitano: stato di attuazione", AgendaItemKind.INFORMATION),
    ("Riparto dei fondi per la manutenzione delle strade provinciali", AgendaItemKind.DECISION),
    ("Trasporto pubblico locale: orari invernali e corse scolastiche", AgendaItemKind.DISCUSSION),
    ("Piani intercomunali di protezione civile", AgendaItemKind.DISCUSSION),
    ("Edilizia scolastica: priorità degli interventi per zona", AgendaItemKind.DECISION),
    ("Sportello unico per le attività produttive in forma associata", AgendaItemKind.DECISION),
    ("Progetti PNRR dei Comuni: monitoraggio delle scadenze", AgendaItemKind.INFORMATION),
    ("Mobilità ciclabile: rete delle ciclovie metropolitane", AgendaItemKind.DISCUSSION),
    ("Gestione associata dei servizi sociali", AgendaItemKind.DISCUSSION),
    ("Calendario delle sedute del prossimo semestre", AgendaItemKind.DECISION),
    ("Regolamento di funzionamento del Tavolo: proposte di modifica", AgendaItemKind.DECISION),
    ("Bandi regionali per la montagna e le aree interne", AgendaItemKind.INFORMATION),
)
_PRESENTERS = (
    "Direzione Viabilità e Trasporti (CMTO)",
    "Direzione Territorio e Sviluppo (CMTO)",
    "Ufficio di presidenza del Tavolo",
    "Segreteria del Tavolo",
)
_DISCUSSIONS = (
    "Dopo l'illustrazione, intervengono i portavoce di diverse zone, che chiedono tempi certi "
    "e un confronto preventivo con i Comuni interessati.",
    "Il relatore presenta il documento. Nel dibattito emergono osservazioni sulle risorse "
    "disponibili e sulle priorità delle zone montane.",
    "Si apre una breve discussione; le zone chiedono di ricevere i materiali con anticipo.",
    "Il Tavolo prende atto dell'informativa. Alcune zone segnalano criticità locali, che "
    "saranno raccolte dalla Segreteria.",
)
_DECISIONS = (
    "Il Tavolo approva la proposta nel testo presentato.",
    "Il Tavolo approva la proposta con le modifiche emerse nella discussione.",
    "Il Tavolo esprime parere favorevole e chiede un aggiornamento alla prossima seduta.",
)
_ACTIONS = (
    ("Trasmettere il documento ai Comuni delle zone", "Segreteria del Tavolo"),
    ("Raccogliere le osservazioni delle zone", "Segreteria del Tavolo"),
    ("Predisporre una scheda di sintesi per la prossima seduta", "Direzione Territorio (CMTO)"),
    ("Convocare un incontro tecnico con i Comuni interessati", "Ufficio di presidenza"),
)
_GUESTS = (
    ("Funzionario della Direzione Viabilità", "Città metropolitana di Torino"),
    ("Dirigente del Settore Trasporti", "Città metropolitana di Torino"),
    ("Esperta di pianificazione territoriale", "Politecnico di Torino"),
    ("Referente dell'Agenzia della mobilità piemontese", "Agenzia della mobilità piemontese"),
)
_GUEST_NAMES = ("Paolo Ferrero", "Chiara Giordano", "Elena Bruno", "Marco Rinaudo")
_DELEGATES = ("Assessore delegato", "Consigliera delegata", "Consigliere delegato")
_CHAIR = "Luca Ravetto"
_SECRETARY = "Silvia Gallo"


@dataclass
class ItemPlan:
    title: str
    kind: AgendaItemKind
    presenter: str
    discussion: str = ""
    decision: str = ""
    attachment: str = ""
    actions: list[tuple[str, str, date]] = field(default_factory=list)
    proposal_key: int | None = None  # the demo proposal it is about (`write_sessions` links it)
    # The vote of each zone, by number; None: every zone present votes in favour but a few.
    votes: dict[int, VoteChoice] | None = None


@dataclass
class SessionPlan:
    year: int
    number: int
    day: date
    start: time
    end: time
    mode: MeetingMode
    items: list[ItemPlan]
    guests: list[tuple[str, str]]
    presence_draw: list[float]  # one per zone: present, excused or absent, and who sits
    approves: SessionPlan | None = None  # the earlier session whose minutes it approves
    status: MeetingStatus = MeetingStatus.PLANNED

    @property
    def ref(self) -> str:
        return format_session_ref(self.number, self.year)


def convened_on(plan: SessionPlan, today: date) -> date:
    """The day the session was convened (its agenda sent out): ten days before, or today."""
    return min(plan.day - timedelta(days=10), today)


def present_zones(plan: SessionPlan) -> list[int]:
    """The numbers of the zones present at a held session: the register decides presence
    from the zone's draw alone (who sits for it depends on the roster, presence does not)."""
    return [
        number
        for number, draw in enumerate(plan.presence_draw, start=1)
        if zone_attendance(plan, number, draw, set()).presence is Presence.PRESENT
    ]


def held_sessions(plans: list[SessionPlan], today: date) -> list[SessionPlan]:
    """The past sessions that could decide on a proposal: held, with the Round Table's usual
    quorum (a demo database keeps the default rule)."""
    rule = QuorumRule()
    return [p for p in plans if p.day <= today and rule.reached(len(present_zones(p)))]


def add_proposal_item(plan: SessionPlan, item: ItemPlan) -> None:
    """Put a proposal's point on the agenda before "Varie ed eventuali", which stays last."""
    plan.items.insert(len(plan.items) - 1, item)


def decision_votes(
    rng: random.Random, plan: SessionPlan, outcome: ProposalStatus, proposer: int
) -> dict[int, VoteChoice]:
    """The votes on a proposal decided as `outcome` at a held session: only the zones present
    vote, a majority of them in favour of an approval or against a rejection (the proposing
    zone stands by its own proposal). A deferral or a withdrawal is not put to the vote."""
    present = present_zones(plan)
    minority = (len(present) - 1) // 2
    if outcome is ProposalStatus.APPROVED:
        dissenting = rng.sample(present, min(minority, rng.choice((0, 0, 1, 2))))
        dissent = (VoteChoice.ABSTAINED, VoteChoice.ABSTAINED, VoteChoice.AGAINST)
        return {
            n: rng.choice(dissent) if n in dissenting else VoteChoice.IN_FAVOUR for n in present
        }
    if outcome is ProposalStatus.REJECTED:
        others = [n for n in present if n != proposer]
        size = rng.randint(1, max(1, minority))
        dissenting = rng.sample(others, size - 1 if proposer in present else size)
        votes = {n: VoteChoice.AGAINST for n in present}
        for n in dissenting:
            votes[n] = rng.choice((VoteChoice.ABSTAINED, VoteChoice.IN_FAVOUR))
        if proposer in present:
            votes[proposer] = VoteChoice.IN_FAVOUR
        return votes
    return {}


def vote_summary(votes: Mapping[int, VoteChoice]) -> str:
    """The count as the minutes state it: "favorevoli 8, contrari 1, astenuti 1"."""
    counts = {choice: sum(v is choice for v in votes.values()) for choice in VoteChoice}
    return (
        f"favorevoli {counts[VoteChoice.IN_FAVOUR]}, contrari {counts[VoteChoice.AGAINST]}, "
        f"astenuti {counts[VoteChoice.ABSTAINED]}"
    )


# Days the offices are closed or nearly so: national holidays, Turin's patron saint (24 June),
# Christmas and New Year's eves. A demo session on Christmas Day looked wrong to any secretary.
_CLOSED_DAYS = frozenset(
    {(1, 1), (6, 1), (25, 4), (1, 5), (2, 6), (24, 6), (15, 8), (1, 11), (8, 12), (24, 12),
     (25, 12), (26, 12), (31, 12)}
)  # fmt: skip


def easter_monday(year: int) -> date:
    """Easter Monday of `year` (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1) + timedelta(days=1)


def meeting_day(day: date, step: int = 1) -> date:
    """`day` if the Round Table could meet then (Tuesday to Thursday, offices open, not in the
    August break), else the nearest such day in the direction of `step` (+1 or -1)."""
    while (
        day.weekday() not in (1, 2, 3)
        or (day.day, day.month) in _CLOSED_DAYS
        or (day.month == 8 and 8 <= day.day <= 24)
        or day == easter_monday(day.year)
    ):
        day += timedelta(days=step)
    return day


def plan_sessions(seed: int, today: date, window_start: date) -> list[SessionPlan]:
    rng = random.Random(f"rtdesk-demo-sessions-{seed}")
    days: list[date] = []
    day = window_start + timedelta(days=rng.randint(10, 40))
    while day <= today + timedelta(days=20):
        # Sessions fall on a Tuesday, Wednesday or Thursday, about every month and a half.
        weekday_shift = (1 + rng.randint(0, 2) - day.weekday()) % 7
        days.append(meeting_day(day + timedelta(days=weekday_shift)))
        day = days[-1] + timedelta(days=rng.randint(30, 60))
    if days[-1] <= today:
        days.append(meeting_day(today + timedelta(days=14)))
    return plans_for_days(rng, days, today)


def plans_for_days(rng: random.Random, days: list[date], today: date) -> list[SessionPlan]:
    """A session on each of `days` (ascending, the last ones possibly ahead of today), with
    its agenda, guests and the draws of its attendance; shared with the scaled demo."""
    plans: list[SessionPlan] = []
    numbers: dict[int, int] = {}
    for day in days:
        numbers[day.year] = numbers.get(day.year, 0) + 1
        start = rng.choice((time(10, 0), time(14, 30), time(17, 0)))
        minutes = rng.randint(90, 170)
        end_minutes = start.hour * 60 + start.minute + minutes
        plan = SessionPlan(
            year=day.year,
            number=numbers[day.year],
            day=day,
            start=start,
            end=time(end_minutes // 60, end_minutes % 60),
            mode=rng.choices(list(MeetingMode), weights=(5, 2, 3))[0],
            items=[],
            guests=rng.sample(list(zip(_GUEST_NAMES, _GUESTS, strict=True)), rng.randint(0, 2)),
            presence_draw=[rng.random() for _ in range(11)],
        )
        plan.guests = [(name, f"{what}, {where}") for name, (what, where) in plan.guests]
        plans.append(plan)
    past = [p for p in plans if p.day <= today]
    for index, plan in enumerate(plans):
        earlier = plans[index - 1] if index else None
        if earlier is not None and earlier.day <= today and plan.day <= today:
            plan.approves = earlier  # a past session approves the minutes of the one before
        elif earlier is not None and earlier.day <= today and plan.day > today:
            plan.approves = earlier  # on the agenda of the next (convened) session
        plan.items = _plan_items(rng, plan, today)
        if plan.day > today:
            plan.status = MeetingStatus.CONVENED
        elif plan is past[-1]:
            recent = (today - plan.day).days < 10
            plan.status = MeetingStatus.HELD if recent else MeetingStatus.MINUTES_DRAFTED
        else:
            plan.status = MeetingStatus.MINUTES_APPROVED
    return plans


def _plan_items(rng: random.Random, plan: SessionPlan, today: date) -> list[ItemPlan]:
    held = plan.day <= today
    items = [ItemPlan("Comunicazioni del Presidente", AgendaItemKind.INFORMATION, "")]
    if plan.approves is not None:
        items.append(
            ItemPlan(
                f"Approvazione del verbale della seduta n. {plan.approves.ref}",
                AgendaItemKind.DECISION,
                "",
                decision=f"Il verbale della seduta n. {plan.approves.ref} è approvato."
                if held
                else "",
            )
        )
    for title, kind in rng.sample(_TOPICS, rng.randint(2, 4)):
        item = ItemPlan(title, kind, rng.choice(_PRESENTERS))
        if rng.random() < 0.5:
            item.attachment = f"prot. {plan.year}/{rng.randint(1000, 99999):05d}"
        if held:
            item.discussion = rng.choice(_DISCUSSIONS)
            if kind is AgendaItemKind.DECISION:
                item.decision = rng.choice(_DECISIONS)
                for what, owner in rng.sample(_ACTIONS, rng.randint(1, 2)):
                    item.actions.append((what, owner, plan.day + timedelta(rng.randint(20, 90))))
        items.append(item)
    items.append(ItemPlan("Varie ed eventuali", AgendaItemKind.INFORMATION, ""))
    if held:
        items[0].discussion = "Il Presidente informa il Tavolo sulle attività svolte."
    return items


def _quorum_rule(session: Session) -> QuorumRule:
    """The quorum rule of the settings, read in the demo's own transaction."""
    stored = {
        s.key: json.loads(s.value)
        for s in session.scalars(
            select(Setting).where(Setting.key.in_(("quorum_share", "quorum_strictly_more")))
        )
    }
    return RoundTableSettings(
        quorum_share=stored.get("quorum_share", RoundTableSettings.quorum_share),
        quorum_strictly_more=stored.get(
            "quorum_strictly_more", RoundTableSettings.quorum_strictly_more
        ),
    ).quorum_rule()


def write_sessions(
    session: Session,
    user: str,
    plans: list[SessionPlan],
    today: date,
    proposal_ids: Mapping[int, int],
) -> dict[str, Meeting]:
    """Write the planned sessions, minutes not yet approved; returns them by reference.

    `proposal_ids` maps the items' `proposal_key` to the proposals already written."""
    session.flush()
    zones = list(session.scalars(select(Zone).order_by(Zone.number)))
    mandates = session.scalars(
        select(Mandate).options(selectinload(Mandate.person)).order_by(Mandate.start_date)
    ).all()
    written: dict[str, Meeting] = {}
    for plan in plans:
        meeting = _write_session(session, plan, zones, mandates, user, today, proposal_ids)
        written[plan.ref] = meeting
        # The counter knows the last number of each year, so new sessions continue from it.
        counter = session.get(CodeCounter, (SESSION_SERIES, plan.year))
        if counter is None:
            session.add(CodeCounter(series=SESSION_SERIES, year=plan.year, last_value=plan.number))
        else:
            counter.last_value = max(counter.last_value, plan.number)
        audit.record(
            session,
            user,
            AuditAction.CREATE,
            meeting,
            f"Demo data: session {plan.ref} of {plan.day.isoformat()}, "
            f"{len(plan.items)} agenda items",
            {"meeting_date": (None, plan.day), "status": (None, plan.status.value)},
        )
    return written


def approve_minutes(
    session: Session, user: str, plans: list[SessionPlan], meetings: Mapping[str, Meeting]
) -> int:
    """Approve the minutes of every past session but the latest at the session after it;
    returns how many. Called last: the fingerprint covers the agenda as the minutes print it,
    proposal codes included, so nothing may change it afterwards."""
    rule = _quorum_rule(session)
    approved = 0
    for plan in plans:
        earlier = plan.approves
        if earlier is None or earlier.status is not MeetingStatus.MINUTES_APPROVED:
            continue
        record_approval(
            session,
            meetings[earlier.ref],
            meetings[plan.ref],
            plan.day,
            rule,
            on=plan.day,
            user=user,
        )
        approved += 1
    return approved


def _write_session(
    session: Session,
    plan: SessionPlan,
    zones: list[Zone],
    mandates: list[Mandate],
    user: str,
    today: date,
    proposal_ids: Mapping[int, int],
) -> Meeting:
    meeting = Meeting(
        year=plan.year,
        number=plan.number,
        meeting_date=plan.day,
        start_time=plan.start,
        end_time=plan.end,
        venue="Sala del Consiglio metropolitano, Corso Inghilterra 7, Torino"
        if plan.mode is not MeetingMode.ONLINE
        else "Videoconferenza",
        mode=plan.mode,
        status=MeetingStatus.PLANNED,
        chair_name=_CHAIR,
        secretary_name=_SECRETARY,
    )
    session.add(meeting)
    created = plan.day - timedelta(days=40)
    meeting.status_changes.append(
        MeetingStatusChange(
            from_status=None,
            to_status=MeetingStatus.PLANNED,
            changed_on=min(created, today),
            changed_by=user,
        )
    )
    steps = [(MeetingStatus.CONVENED, convened_on(plan, today))]
    if plan.day <= today:
        steps.append((MeetingStatus.HELD, plan.day))
    if plan.status in (MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED):
        steps.append((MeetingStatus.MINUTES_DRAFTED, min(plan.day + timedelta(days=9), today)))
    for target, on in steps:
        record_status_change(session, meeting, target, "", min(on, today), user)
    meeting.convened_on = convened_on(plan, today)
    for position, item_plan in enumerate(plan.items, start=1):
        item = AgendaItem(
            position=position,
            title=item_plan.title,
            kind=item_plan.kind,
            presenter=item_plan.presenter,
            discussion=item_plan.discussion,
            decision=item_plan.decision,
            proposal_id=(
                None if item_plan.proposal_key is None else proposal_ids[item_plan.proposal_key]
            ),
        )
        if item_plan.attachment:
            item.attachments.append(
                AgendaAttachment(label="Documento istruttorio", reference=item_plan.attachment)
            )
        meeting.agenda_items.append(item)
    if plan.day <= today:
        present = _write_attendance(meeting, plan, zones, mandates)
        for name, affiliation in plan.guests:
            meeting.guests.append(Guest(name=name, affiliation=affiliation))
        session.flush()
        by_number = {zone.number: zone for zone in zones}
        for item, item_plan in zip(meeting.agenda_items, plan.items, strict=True):
            if item_plan.votes is not None:
                for number, choice in sorted(item_plan.votes.items()):
                    item.votes.append(ZoneVote(zone=by_number[number], choice=choice))
            elif item_plan.kind is AgendaItemKind.DECISION and item_plan.decision:
                for index, zone in enumerate(present):
                    choice = VoteChoice.IN_FAVOUR
                    if (plan.presence_draw[zone.number - 1] * 100 + index) % 9 < 1:
                        choice = VoteChoice.ABSTAINED
                    item.votes.append(ZoneVote(zone=zone, choice=choice))
            for what, owner, due in item_plan.actions:
                done = due < today - timedelta(days=30)
                session.add(
                    ActionItem(
                        description=what,
                        owner_name=owner,
                        due_date=due,
                        status=ActionStatus.DONE if done else ActionStatus.OPEN,
                        completed_on=due if done else None,
                        meeting_id=meeting.id,
                        agenda_item_id=item.id,
                    )
                )
    session.flush()
    return meeting


def _write_attendance(
    meeting: Meeting, plan: SessionPlan, zones: list[Zone], mandates: list[Mandate]
) -> list[Zone]:
    """The register as the secretariat fills it; returns the zones present."""
    present = []
    for zone, draw in zip(zones, plan.presence_draw, strict=True):
        current = [
            m
            for m in mandates
            if m.zone_id == zone.id and in_office(m.start_date, m.end_date, plan.day)
        ]
        holders = {
            AttendanceCapacity.SPOKESPERSON: next(
                (m for m in current if m.role is MandateRole.SPOKESPERSON), None
            ),
            AttendanceCapacity.VICAR: next((m for m in current if m.is_vicar), None),
            AttendanceCapacity.DEPUTY: next(
                (m for m in current if m.role is MandateRole.DEPUTY and not m.is_vicar), None
            ),
        }
        seat = zone_attendance(plan, zone.number, draw, {c for c, m in holders.items() if m})
        row = Attendance(
            zone_id=zone.id,
            presence=seat.presence,
            capacity=seat.capacity,
            attendee_name=seat.delegate_name,
            note=seat.note,
            arrived_at=seat.arrived_at,
            left_at=seat.left_at,
        )
        sitting = holders.get(seat.capacity) if seat.capacity else None
        if sitting is not None:
            row.person, row.attendee_name = sitting.person, sitting.person.full_name
        if seat.presence is Presence.PRESENT:
            present.append(zone)
        meeting.attendances.append(row)
    return present


@dataclass(frozen=True)
class ZoneAttendance:
    """How one zone figures in a session's register; with capacity SPOKESPERSON, VICAR or
    DEPUTY the holder of that seat sat, with DELEGATE someone named in `delegate_name`."""

    presence: Presence
    capacity: AttendanceCapacity | None = None
    delegate_name: str = ""
    note: str = ""
    arrived_at: time | None = None
    left_at: time | None = None


def zone_attendance(
    plan: SessionPlan, zone_number: int, draw: float, seated: set[AttendanceCapacity]
) -> ZoneAttendance:
    """The zone's line of the register, from its draw and the seats filled on the day
    (`seated`); pure, so the scaled demo writes the same registers without the ORM."""
    spokesperson = AttendanceCapacity.SPOKESPERSON in seated
    if draw < 0.08:
        # Excused: the spokesperson (or the vicar) sent word.
        if spokesperson:
            return ZoneAttendance(Presence.EXCUSED, AttendanceCapacity.SPOKESPERSON)
        if AttendanceCapacity.VICAR in seated:
            return ZoneAttendance(Presence.EXCUSED, AttendanceCapacity.VICAR)
        return ZoneAttendance(Presence.EXCUSED)
    if draw < 0.14:
        return ZoneAttendance(Presence.ABSENT)  # nobody sat for the zone
    if draw < 0.72 and spokesperson:
        seat = ZoneAttendance(Presence.PRESENT, AttendanceCapacity.SPOKESPERSON)
    elif draw < 0.86 and AttendanceCapacity.VICAR in seated:
        seat = ZoneAttendance(Presence.PRESENT, AttendanceCapacity.VICAR)
    elif draw < 0.93 and AttendanceCapacity.DEPUTY in seated:
        seat = ZoneAttendance(Presence.PRESENT, AttendanceCapacity.DEPUTY)
    else:
        seat = ZoneAttendance(
            Presence.PRESENT,
            AttendanceCapacity.DELEGATE,
            delegate_name=f"{_DELEGATES[zone_number % 3]} della zona {zone_number}",
            note=f"Delega agli atti, prot. {plan.year}/{1000 + zone_number * 37}",
        )
    start = plan.start.hour * 60 + plan.start.minute
    late = int(draw * 1000) % 20
    left_at = None
    if draw > 0.95:
        end = plan.end.hour * 60 + plan.end.minute - 30
        left_at = time(end // 60, end % 60)
    return replace(
        seat, arrived_at=time((start + late) // 60, (start + late) % 60), left_at=left_at
    )
