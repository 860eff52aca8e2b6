"""Realistic, reproducible demo data for a new database: people and the roster of every zone."""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    AgendaItemKind,
    AuditAction,
    MandateRole,
    ProposalStatus,
    VoteChoice,
)
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.domain.identifiers import format_proposal_code
from rtdesk.domain.proposals import ADOPTION_TRACKED, DECISION_OUTCOMES
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo_sessions import (
    ItemPlan,
    SessionPlan,
    add_proposal_item,
    approve_minutes,
    convened_on,
    decision_votes,
    held_sessions,
    plan_sessions,
    vote_summary,
    write_sessions,
)
from rtdesk.services.proposals import (
    next_code_sequence,
    put_on_agenda,
    record_decision,
    record_status_change,
)
from rtdesk.store.models import (
    ActionItem,
    Mandate,
    Meeting,
    Municipality,
    Person,
    Proposal,
    ProposalStatusChange,
    Theme,
    Zone,
    ZoneAdoption,
)

MAX_YEARS = 20
DEMO_NOTE = "Dati dimostrativi: persona fittizia."

# Common Italian given names (ISTAT name frequencies of the generations now in office).
MASCULINE_NAMES = (
    "Alberto", "Alessandro", "Andrea", "Angelo", "Antonio", "Carlo", "Claudio", "Daniele",
    "Davide", "Emanuele", "Enrico", "Fabio", "Federico", "Francesco", "Gabriele", "Giacomo",
    "Gianluca", "Giorgio", "Giovanni", "Giuseppe", "Lorenzo", "Luca", "Luigi", "Marco",
    "Mario", "Massimo", "Matteo", "Maurizio", "Michele", "Nicolò", "Paolo", "Pier Luigi",
    "Riccardo", "Roberto", "Sergio", "Simone", "Stefano", "Tommaso", "Valerio", "Walter",
)  # fmt: skip
FEMININE_NAMES = (
    "Alessandra", "Alessia", "Anna", "Antonella", "Barbara", "Beatrice", "Carla", "Chiara",
    "Claudia", "Cristina", "Daniela", "Elena", "Elisa", "Emanuela", "Federica", "Francesca",
    "Giovanna", "Giulia", "Ilaria", "Laura", "Lucia", "Luisa", "Manuela", "Maria Grazia",
    "Marina", "Marta", "Monica", "Nicoletta", "Paola", "Patrizia", "Raffaella", "Roberta",
    "Sabrina", "Sara", "Silvia", "Simona", "Sonia", "Stefania", "Tiziana", "Valentina",
)  # fmt: skip
# Common Italian family names, with some typical of Piedmont.
FAMILY_NAMES = (
    "Aimone", "Allasia", "Amato", "Audisio", "Barbero", "Barbieri", "Barone", "Basile",
    "Bellini", "Benedetto", "Bertola", "Bertolotto", "Bianchi", "Bianco", "Bonino", "Borgarello",
    "Bosio", "Bruno", "Caruso", "Cattaneo", "Cerutti", "Chiabrando", "Colombo", "Conte",
    "Conti", "Costa", "Cravero", "D'Agostino", "D'Angelo", "De Luca", "De Santis",
    "Dell'Acqua", "Esposito", "Fabbri", "Farina", "Ferrara", "Ferrari", "Ferraris", "Ferrero",
    "Fontana", "Gallo", "Gentile", "Giordano", "Giraudo", "Grasso", "Greco", "Gribaudo",
    "Leone", "Lombardi", "Lombardo", "Longo", "Mancini", "Marchetti", "Mariani", "Marino",
    "Martinelli", "Martini", "Mazza", "Messina", "Monti", "Morelli", "Moretti", "Negro",
    "Operti", "Palumbo", "Parisi", "Pellegrino", "Perotti", "Piras", "Rinaldi", "Ricci",
    "Rizzo", "Rolando", "Romano", "Rossetti", "Rossi", "Rosso", "Russo", "Sala", "Santoro",
    "Serra", "Silvestri", "Testa", "Valentini", "Villa", "Vitale", "Vottero", "Zanella",
)  # fmt: skip

# (masculine, feminine) forms; the first two are held by one person per municipality at a time.
_MAYOR = ("Sindaco", "Sindaca")
_DEPUTY_MAYOR = ("Vicesindaco", "Vicesindaca")
_COUNCILLOR = ("Consigliere comunale", "Consigliera comunale")
_ASSESSOR = ("Assessore", "Assessora")
_ONE_PER_MUNICIPALITY = (_MAYOR, _DEPUTY_MAYOR)
_SPOKESPERSON_TITLES = ((_MAYOR, 70), (_DEPUTY_MAYOR, 10), (_ASSESSOR, 15), (_COUNCILLOR, 5))
_DEPUTY_TITLES = ((_MAYOR, 45), (_DEPUTY_MAYOR, 20), (_ASSESSOR, 25), (_COUNCILLOR, 10))

_MOBILE_PREFIXES = ("320", "328", "329", "333", "335", "338", "339", "340", "347", "348", "349")

_END_OF_TERM = "Fine del mandato."
_LEFT_MID_TERM = (
    "Dimissioni dall'incarico.",
    "Cessato dalla carica comunale dopo le elezioni amministrative.",
)
_VACANCY_NOTE = "Cessato dalla carica comunale: il nuovo portavoce è da nominare."


@dataclass(frozen=True)
class DemoReport:
    years: int
    seed: int
    people: int
    mandates: int
    current_mandates: int  # open today (no end date)
    zones_without_spokesperson: tuple[int, ...]  # zone numbers with a vacancy today
    sessions: int = 0  # Round Table sessions, one of them ahead of today
    approved_minutes: int = 0  # sessions whose minutes were approved at a later one
    proposals: int = 0
    actions: int = 0  # action items of the proposals (not those agreed at sessions)
    scale: int = 1  # `rtdesk demo --scale` (rtdesk.services.demo_scale)


@dataclass(frozen=True)
class _Place:
    id: int
    name: str
    population: int


@dataclass(frozen=True)
class _ZonePlaces:
    id: int
    number: int
    municipalities: tuple[_Place, ...]


@dataclass
class _PersonPlan:
    key: int
    given_name: str
    family_name: str
    title: str
    municipality: _Place
    email: str
    phone: str


@dataclass
class _MandatePlan:
    person: _PersonPlan
    zone: _ZonePlaces
    role: MandateRole
    is_vicar: bool
    start_date: date
    end_date: date | None
    elected_on: date
    notes: str = ""


@dataclass
class _RosterPlan:
    people: list[_PersonPlan] = field(default_factory=list)
    mandates: list[_MandatePlan] = field(default_factory=list)


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def generate(self, years: int = 3, seed: int = 0) -> DemoReport:
        """Fill a database that holds no people yet; the same seed and day give the same data.

        Audit: one entry per created person and per created mandate (a few hundred rows,
        written in well under a second), so the demo looks like data entered by hand; one
        per demo session (rtdesk.services.demo_sessions), with its status history; one per
        proposal and per step of its history, as the proposals service records them.
        """
        if not 1 <= years <= MAX_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.demo", "The demo covers from 1 to {limit} years, not {years}."
                ).format(limit=MAX_YEARS, years=years),
                advice=QT_TRANSLATE_NOOP("errors.demo", "Choose a number of years in that range."),
            )
        today = self._context.today()
        rng = random.Random(seed)
        with self._context.write() as session:
            _refuse_if_people_exist(session)
            zones = _load_zones(session)
            roster = _plan_roster(rng, zones, today, years)
            _write_roster(session, self._context.user, roster)
            session_plans = plan_sessions(seed, today, years_before(today, years))
            # The proposals are planned on the session calendar (each discussed and decided
            # at real sessions), then written before the sessions whose agendas name them.
            proposals = _plan_proposals(
                random.Random(f"{seed}-proposals"), today, years, session_plans
            )
            written = _write_proposals(session, self._context.user, proposals)
            meetings = write_sessions(
                session,
                self._context.user,
                session_plans,
                today,
                {key: proposal.id for key, proposal in written.items()},
            )
            _write_histories(session, self._context.user, proposals, written, meetings)
            approved = approve_minutes(session, self._context.user, session_plans, meetings)
        current = [m for m in roster.mandates if m.end_date is None]
        staffed = {m.zone.number for m in current if m.role is MandateRole.SPOKESPERSON}
        return DemoReport(
            years=years,
            seed=seed,
            people=len(roster.people),
            mandates=len(roster.mandates),
            current_mandates=len(current),
            zones_without_spokesperson=tuple(z.number for z in zones if z.number not in staffed),
            sessions=len(session_plans),
            approved_minutes=approved,
            proposals=len(proposals),
            actions=sum(len(p.actions) for p in proposals),
        )


def _refuse_if_people_exist(session: Session) -> None:
    people = session.scalar(select(func.count(Person.id)))
    if people:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "errors.demo",
                "The database already holds {count} people: demo data is only for a new database.",
            ).format(count=people),
            advice=QT_TRANSLATE_NOOP(
                "errors.demo", "Nothing was changed. Use a new database file for the demo."
            ),
        )


def _load_zones(session: Session) -> list[_ZonePlaces]:
    """Zones with the municipalities assigned to them, in a stable order (seed → same data)."""
    zones = []
    for zone in session.scalars(select(Zone).order_by(Zone.number)):
        places = tuple(
            _Place(m.id, m.name, m.population or 0)
            for m in session.scalars(
                select(Municipality)
                .where(Municipality.zone_id == zone.id)
                .order_by(Municipality.istat_code)
            )
        )
        if not places:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.demo",
                    "Zone {number} ({name}) has no municipality: demo people must come from one "
                    "of the zone's municipalities.",
                ).format(number=zone.number, name=zone.name),
                advice=QT_TRANSLATE_NOOP("errors.demo", "Use a new database file for the demo."),
            )
        zones.append(_ZonePlaces(zone.id, zone.number, places))
    return zones


# --- People -------------------------------------------------------------------------------


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits: “Sant'Ambrogio di Torino” → “santambrogioditorino”."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed.lower() if c.isascii() and c.isalnum())


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"011 {rng.randint(1_000_000, 9_999_999)}"
    return f"+39 {rng.choice(_MOBILE_PREFIXES)} {rng.randint(1_000_000, 9_999_999)}"


class _People:
    """Makes new people with unique names, each from a municipality of the given zone."""

    def __init__(self, rng: random.Random, plan: _RosterPlan) -> None:
        self._rng = rng
        self._plan = plan
        self._names: set[tuple[str, str]] = set()

    def new(
        self,
        zone: _ZonePlaces,
        titles: tuple[tuple[tuple[str, str], int], ...],
        unique_titles_taken: set[tuple[int, str]],
    ) -> _PersonPlan:
        rng = self._rng
        feminine = rng.random() < 0.4
        while True:
            given = rng.choice(FEMININE_NAMES if feminine else MASCULINE_NAMES)
            family = rng.choice(FAMILY_NAMES)
            if (given, family) not in self._names:
                break
        self._names.add((given, family))
        # Larger towns send more people to the Round Table, but not in proportion to size.
        weights = [math.sqrt(max(place.population, 1)) for place in zone.municipalities]
        place = rng.choices(zone.municipalities, weights=weights)[0]
        forms = _title(rng, titles, place, unique_titles_taken)
        person = _PersonPlan(
            key=len(self._plan.people),
            given_name=given,
            family_name=family,
            title=forms[1] if feminine else forms[0],
            municipality=place,
            email=f"{slug(given)}.{slug(family)}@comune.{slug(place.name)}.to.it",
            phone=_phone(rng),
        )
        self._plan.people.append(person)
        return person


def _title(
    rng: random.Random,
    titles: tuple[tuple[tuple[str, str], int], ...],
    place: _Place,
    taken: set[tuple[int, str]],
) -> tuple[str, str]:
    """A title for someone of `place`; a municipality has one mayor and one deputy mayor."""
    forms = rng.choices([t for t, _ in titles], weights=[w for _, w in titles])[0]
    if forms in _ONE_PER_MUNICIPALITY:
        if (place.id, forms[0]) in taken:
            forms = rng.choice((_ASSESSOR, _COUNCILLOR))
        else:
            taken.add((place.id, forms[0]))
    return forms


def _unique_title_key(person: _PersonPlan) -> tuple[int, str] | None:
    for forms in _ONE_PER_MUNICIPALITY:
        if person.title in forms:
            return (person.municipality.id, forms[0])
    return None


# --- Roster -------------------------------------------------------------------------------


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _terms(rng: random.Random, window_start: date, today: date) -> list[tuple[date, date | None]]:
    """The zone's successive terms (start, end), the first begun before the window, the last open.

    The last term always started at least 150 days ago, so a vacancy can fall inside it.
    """
    terms: list[tuple[date, date | None]] = []
    start = window_start - timedelta(days=rng.randint(0, 400))
    while True:
        end = start + timedelta(days=rng.randint(540, 1100) - 1)
        # Most assemblies elect the successors on time; some leave the zone without for weeks.
        gap = 0 if rng.random() < 0.7 else rng.randint(5, 40)
        following = end + timedelta(days=1 + gap)
        if following > today - timedelta(days=150):
            terms.append((start, None))
            return terms
        terms.append((start, end))
        start = following


def _elected_before(rng: random.Random, start: date) -> date:
    return start - timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 7)))


@dataclass
class _Seat:
    """One place of a term: the spokesperson's, or one deputy's (possibly the vicar's)."""

    role: MandateRole
    is_vicar: bool = False


def _plan_roster(
    rng: random.Random, zones: list[_ZonePlaces], today: date, years: int
) -> _RosterPlan:
    plan = _RosterPlan()
    people = _People(rng, plan)
    numbers = [zone.number for zone in zones]
    vacant = set(rng.sample(numbers, rng.choice((1, 1, 2))))
    without_vicar = set(rng.sample(numbers, rng.randint(1, 3)))
    window_start = years_before(today, years)
    for zone in zones:
        _plan_zone(
            rng,
            zone,
            people,
            plan,
            today,
            window_start,
            vacant=zone.number in vacant,
            has_vicar=zone.number not in without_vicar,
        )
    return plan


def _plan_zone(
    rng: random.Random,
    zone: _ZonePlaces,
    people: _People,
    plan: _RosterPlan,
    today: date,
    window_start: date,
    *,
    vacant: bool,
    has_vicar: bool,
) -> None:
    """Every term of one zone: who held each seat, with changes during a term."""
    # Who held each seat at the end of the previous term, as candidates for re-election.
    outgoing: list[tuple[_Seat, _PersonPlan]] = []
    terms = _terms(rng, window_start, today)
    for index, (start, end) in enumerate(terms):
        last = index == len(terms) - 1
        seats = [_Seat(MandateRole.SPOKESPERSON)]
        seats += [_Seat(MandateRole.DEPUTY) for _ in range(rng.choice((1, 2, 2, 3)))]
        seats[1].is_vicar = has_vicar
        elected_on = _elected_before(rng, start)
        taken: set[tuple[int, str]] = set()  # mayors and deputy mayors already seated this term
        holders = _choose_holders(rng, zone, people, seats, outgoing, taken)
        outgoing = []
        for seat, holder in zip(seats, holders, strict=True):
            if vacant and last and seat.role is MandateRole.SPOKESPERSON:
                # The spokesperson left office recently and the assembly has not elected anyone.
                left = today - timedelta(days=rng.randint(7, 120))
                plan.mandates.append(
                    _MandatePlan(
                        holder, zone, seat.role, False, start, left, elected_on, _VACANCY_NOTE
                    )
                )
                continue
            final = _plan_seat(
                rng, zone, people, plan, seat, holder, (start, end, elected_on), today, taken
            )
            outgoing.append((seat, final))


def _choose_holders(
    rng: random.Random,
    zone: _ZonePlaces,
    people: _People,
    seats: list[_Seat],
    outgoing: list[tuple[_Seat, _PersonPlan]],
    taken: set[tuple[int, str]],
) -> list[_PersonPlan]:
    """Re-elect or promote some of the outgoing people, and find new ones for the other seats."""
    available = list(outgoing)
    chosen: list[_PersonPlan | None] = []
    for seat in seats:
        pick = None
        if seat.role is MandateRole.SPOKESPERSON:
            # The outgoing spokesperson may be re-elected, or the vicar take over.
            for old_seat, person in available:
                wanted = old_seat.role is MandateRole.SPOKESPERSON or old_seat.is_vicar
                if wanted and rng.random() < 0.35:
                    pick = (old_seat, person)
                    break
        else:
            deputies = [(s, p) for s, p in available if s.role is MandateRole.DEPUTY]
            if deputies and rng.random() < 0.3:
                pick = rng.choice(deputies)
        if pick is not None:
            available.remove(pick)
        chosen.append(pick[1] if pick else None)
    for person in chosen:
        if person is not None and (key := _unique_title_key(person)):
            taken.add(key)
    return [
        person or people.new(zone, _titles_for(seat), taken)
        for seat, person in zip(seats, chosen, strict=True)
    ]


def _titles_for(seat: _Seat) -> tuple[tuple[tuple[str, str], int], ...]:
    return _SPOKESPERSON_TITLES if seat.role is MandateRole.SPOKESPERSON else _DEPUTY_TITLES


def _plan_seat(
    rng: random.Random,
    zone: _ZonePlaces,
    people: _People,
    plan: _RosterPlan,
    seat: _Seat,
    holder: _PersonPlan,
    term: tuple[date, date | None, date],
    today: date,
    taken: set[tuple[int, str]],
) -> _PersonPlan:
    """The holder's mandate for the term (start, end, election), or two when someone takes
    over halfway; returns who holds the seat at the end of the term."""
    start, end, elected_on = term
    end_note = _END_OF_TERM if end else ""
    span = ((end or today) - start).days
    if span <= 240 or rng.random() >= 0.2:
        plan.mandates.append(
            _MandatePlan(holder, zone, seat.role, seat.is_vicar, start, end, elected_on, end_note)
        )
        return holder
    # The successor starts the day after, so the seat (and the vicar's duty) is never doubled.
    left = start + timedelta(days=rng.randint(90, span - 60))
    reason = rng.choice(_LEFT_MID_TERM)
    plan.mandates.append(
        _MandatePlan(holder, zone, seat.role, seat.is_vicar, start, left, elected_on, reason)
    )
    successor = people.new(zone, _titles_for(seat), taken)
    successor_start = left + timedelta(days=1)
    plan.mandates.append(
        _MandatePlan(
            successor,
            zone,
            seat.role,
            seat.is_vicar,
            successor_start,
            end,
            _elected_before(rng, successor_start),
            end_note,
        )
    )
    return successor


# --- Writing ------------------------------------------------------------------------------


def _write_roster(session: Session, user: str, roster: _RosterPlan) -> None:
    people = _write_people(session, user, roster.people)
    _write_mandates(session, user, roster.mandates, people)


def _write_people(session: Session, user: str, plans: list[_PersonPlan]) -> dict[int, Person]:
    people = {}
    for plan in plans:
        person = Person(
            given_name=plan.given_name,
            family_name=plan.family_name,
            title=plan.title,
            municipality_id=plan.municipality.id,
            email=plan.email,
            phone=plan.phone,
            notes=DEMO_NOTE,
        )
        session.add(person)
        audit.record(
            session,
            user,
            AuditAction.CREATE,
            person,
            f"Demo data: {person.full_name}, {plan.title} ({plan.municipality.name})",
            {
                "given_name": (None, plan.given_name),
                "family_name": (None, plan.family_name),
                "title": (None, plan.title),
                "municipality": (None, plan.municipality.name),
                "email": (None, plan.email),
                "phone": (None, plan.phone),
            },
        )
        people[plan.key] = person
    return people


def _write_mandates(
    session: Session, user: str, plans: list[_MandatePlan], people: dict[int, Person]
) -> None:
    for plan in plans:
        person = people[plan.person.key]
        mandate = Mandate(
            person=person,
            zone_id=plan.zone.id,
            role=plan.role,
            is_vicar=plan.is_vicar,
            start_date=plan.start_date,
            end_date=plan.end_date,
            elected_on=plan.elected_on,
            notes=plan.notes,
        )
        session.add(mandate)
        role = "vicar" if plan.is_vicar else plan.role.value
        audit.record(
            session,
            user,
            AuditAction.CREATE,
            mandate,
            f"Demo data: {person.full_name}, {role} of zone {plan.zone.number}"
            f" from {plan.start_date.isoformat()}",
            {
                "zone": (None, plan.zone.number),
                "role": (None, plan.role.value),
                "is_vicar": (None, plan.is_vicar),
                "start_date": (None, plan.start_date),
                "end_date": (None, plan.end_date),
                "elected_on": (None, plan.elected_on),
            },
        )


# ---------------------------------------------------------------------------- proposals

# (title, summary, proposing zone, themes); the first answers "what happened to the proposal
# on school transport from the Pinerolese, and which zones adopted it?".
_PROPOSAL_IDEAS = (
    (
        "Trasporto scolastico condiviso nelle valli",
        "Navette intercomunali per le scuole medie dei comuni montani, con orari coordinati.",
        5,
        ("Scuola", "Mobilità"),
    ),
    (
        "Sportello unico digitale per le imprese",
        "Un solo punto di accesso per le pratiche SUAP dei comuni della zona.",
        9,
        ("Digitalizzazione", "Sviluppo economico"),
    ),
    (
        "Piano intercomunale di protezione civile",
        "Esercitazioni comuni e un piano condiviso per il rischio idrogeologico.",
        6,
        ("Protezione civile",),
    ),
    (
        "Comunità energetiche rinnovabili",
        "Accompagnare i comuni nella costituzione di comunità "
        "energetiche con gli edifici pubblici.",
        10,
        ("Ambiente", "Energia"),
    ),
    (
        "Rete delle biblioteche di zona",
        "Prestito interbibliotecario e catalogo comune.",
        8,
        ("Cultura",),
    ),
    (
        "Città più accessibili: barriere architettoniche",
        "Mappatura condivisa e priorità di intervento negli edifici comunali.",
        1,
        ("Sociale", "Mobilità"),
    ),
    (
        "Servizio associato di polizia locale",
        "Convenzione tra comuni per i turni serali e festivi.",
        7,
        ("Sicurezza",),
    ),
    (
        "Promozione turistica dei sentieri",
        "Segnaletica unica e un portale dei percorsi escursionistici.",
        11,
        ("Turismo", "Ambiente"),
    ),
    (
        "Centrale unica di committenza",
        "Gare comuni per i piccoli comuni della zona.",
        4,
        ("Digitalizzazione",),
    ),
    (
        "Trasporto a chiamata per gli anziani",
        "Un servizio prenotabile per visite mediche e commissioni.",
        3,
        ("Sociale", "Mobilità"),
    ),
    (
        "Banda ultralarga nelle frazioni",
        "Coordinare i cantieri e le richieste agli operatori.",
        2,
        ("Digitalizzazione",),
    ),
    (
        "Orti urbani condivisi",
        "Regolamento tipo e aree comunali da assegnare.",
        2,
        ("Ambiente", "Sociale"),
    ),
)
_STRATEGIC_AXES = (
    "Asse 1 – Torino metropoli più produttiva e innovativa",
    "Asse 2 – Torino metropoli più verde ed ecologica",
    "Asse 3 – Torino metropoli più mobile, accessibile e collegata",
    "Asse 4 – Torino metropoli più istruita e formata",
    "Asse 5 – Torino metropoli più equa, solidale e inclusiva",
)
_S = ProposalStatus
# The steps after "submitted" that lead to each status.
_PROPOSAL_PATHS: dict[ProposalStatus, tuple[ProposalStatus, ...]] = {
    _S.SUBMITTED: (),
    _S.ADMITTED: (_S.ADMITTED,),
    _S.UNDER_DISCUSSION: (_S.ADMITTED, _S.UNDER_DISCUSSION),
    _S.APPROVED: (_S.ADMITTED, _S.UNDER_DISCUSSION, _S.APPROVED),
    _S.REJECTED: (_S.ADMITTED, _S.UNDER_DISCUSSION, _S.REJECTED),
    _S.DEFERRED: (_S.ADMITTED, _S.UNDER_DISCUSSION, _S.DEFERRED),
    _S.WITHDRAWN: (_S.ADMITTED, _S.WITHDRAWN),
    _S.IN_IMPLEMENTATION: (_S.ADMITTED, _S.UNDER_DISCUSSION, _S.APPROVED, _S.IN_IMPLEMENTATION),
    _S.IMPLEMENTED: (
        _S.ADMITTED,
        _S.UNDER_DISCUSSION,
        _S.APPROVED,
        _S.IN_IMPLEMENTATION,
        _S.IMPLEMENTED,
    ),
}
_STEP_NOTES = {
    _S.APPROVED: "Approvata all'unanimità dalle zone presenti.",
    _S.REJECTED: "Respinta: la proposta non rientra nelle competenze del Tavolo.",
    _S.DEFERRED: "Rinviata in attesa del parere degli uffici metropolitani.",
    _S.WITHDRAWN: "Ritirata dalla zona proponente.",
}


# What the sessions said and decided on a proposal (the minutes of its points).
_PROPOSAL_DISCUSSIONS = (
    "Il portavoce della zona proponente illustra la proposta. Le zone chiedono chiarimenti "
    "su costi e tempi di attuazione; la decisione è rinviata a una prossima seduta.",
    "La zona proponente presenta la proposta. Nel dibattito diverse zone si dicono "
    "interessate e chiedono una scheda tecnica degli uffici prima del voto.",
    "Dopo l'illustrazione della zona proponente, il Tavolo discute la proposta e chiede alla "
    "Segreteria di raccogliere le osservazioni dei Comuni per la seduta della decisione.",
)
_DECISION_TEXTS = {
    _S.APPROVED: "Il Tavolo approva la proposta ({votes}) e ne raccomanda l'adozione ai Comuni "
    "delle zone.",
    _S.REJECTED: "Il Tavolo respinge la proposta ({votes}): non rientra nelle competenze "
    "del Tavolo.",
    _S.DEFERRED: "Il Tavolo rinvia la decisione in attesa del parere degli uffici metropolitani.",
    _S.WITHDRAWN: "Il Tavolo prende atto del ritiro della proposta.",
}
_WITHDRAWAL = (
    "Il portavoce della zona proponente comunica il ritiro della proposta, che sarà "
    "ripresentata dopo un confronto con i Comuni della zona."
)


@dataclass
class _ProposalPlan:
    key: int  # the sessions' agenda items name the proposal by it (`ItemPlan.proposal_key`)
    title: str
    summary: str
    zone_number: int
    themes: tuple[str, ...]
    axis: str
    submitted_on: date
    # Each step after "submitted": status, day, and the session (its ref) where it was taken.
    steps: list[tuple[ProposalStatus, date, str | None]]
    adoptions: dict[int, tuple[AdoptionState, date]]
    actions: list[tuple[str, date, bool]]  # description, due date, done
    notes: dict[ProposalStatus, str] = field(default_factory=dict)  # those of the minutes


def _plan_proposals(
    rng: random.Random, today: date, years: int, sessions: list[SessionPlan]
) -> list[_ProposalPlan]:
    """About four proposals a year, every status at least once, each admitted, discussed and
    decided at sessions of the calendar (its history dated on their days, its points on their
    agendas); those still open are on the agenda of the session ahead."""
    statuses = list(_PROPOSAL_PATHS)
    count = max(len(statuses), 4 * years)
    # The first ideas get the furthest statuses, so the school transport one is adopted.
    targets = [_S.IMPLEMENTED, _S.IN_IMPLEMENTATION, _S.APPROVED, _S.REJECTED, _S.DEFERRED,
               _S.WITHDRAWN, _S.UNDER_DISCUSSION, _S.ADMITTED, _S.SUBMITTED]  # fmt: skip
    targets += [rng.choice(statuses) for _ in range(count - len(targets))]
    held = held_sessions(sessions, today)
    ahead = next(plan for plan in sessions if plan.day > today)
    plans = []
    for index, target in enumerate(targets):
        title, summary, zone, themes = _PROPOSAL_IDEAS[index % len(_PROPOSAL_IDEAS)]
        if index >= len(_PROPOSAL_IDEAS):
            title = f"{title} ({index // len(_PROPOSAL_IDEAS) + 1})"
        plan = _ProposalPlan(
            key=index,
            title=title,
            summary=summary,
            zone_number=zone,
            themes=themes,
            axis=rng.choice(_STRATEGIC_AXES),
            submitted_on=today,
            steps=[],
            adoptions={},
            actions=[],
        )
        _plan_on_sessions(rng, plan, target, held, ahead, today)
        if target in ADOPTION_TRACKED:
            approved_on = next(d for s, d, _ref in plan.steps if s is _S.APPROVED)
            for number in range(1, 12):
                if number == zone:
                    state = AdoptionState.ADOPTED
                else:
                    state = rng.choice([*AdoptionState, None])
                if state is not None:
                    days = max(0, (today - approved_on).days)
                    plan.adoptions[number] = (
                        state,
                        approved_on + timedelta(days=rng.randint(0, days)),
                    )
            due = approved_on + timedelta(days=rng.randint(20, 120))
            plan.actions.append((f"Inviare alle zone la scheda di adozione: {title}", due,
                                 due < today and rng.random() < 0.6))  # fmt: skip
            plan.actions.append((f"Relazione sullo stato di attuazione: {title}",
                                 today + timedelta(days=rng.randint(-40, 90)), False))  # fmt: skip
        plans.append(plan)
    return sorted(plans, key=lambda p: (p.submitted_on, p.key))


def _plan_on_sessions(
    rng: random.Random,
    plan: _ProposalPlan,
    target: ProposalStatus,
    held: list[SessionPlan],
    ahead: SessionPlan,
    today: date,
) -> None:
    """The proposal's submission and steps on the session calendar, its points on the agendas
    of the sessions that admitted, discussed and decided it: each step dated on its session's
    day, so the proposal's history and the minutes tell the same story."""
    presenter = f"Zona {plan.zone_number}"

    def point(session: SessionPlan, kind: AgendaItemKind, **minutes: object) -> None:
        add_proposal_item(
            session, ItemPlan(plan.title, kind, presenter, proposal_key=plan.key, **minutes)
        )

    if target is _S.SUBMITTED:
        plan.submitted_on = today - timedelta(days=rng.randint(5, 60))
        return
    if target is _S.ADMITTED:
        # Put on the agenda of the session ahead the day it was convened.
        on = convened_on(ahead, today)
        plan.submitted_on = on - timedelta(days=rng.randint(5, 40))
        plan.steps.append((_S.ADMITTED, on, ahead.ref))
        point(ahead, AgendaItemKind.DECISION)
        return
    first, decided = _discussed_and_decided(rng, target, held, today)
    plan.submitted_on = first.day - timedelta(days=rng.randint(15, 60))
    plan.steps.append((_S.ADMITTED, first.day, first.ref))
    if target is _S.WITHDRAWN:
        # The proposing zone withdrew it at the session whose agenda it was on.
        plan.steps.append((_S.WITHDRAWN, first.day, first.ref))
        point(
            first,
            AgendaItemKind.INFORMATION,
            discussion=_WITHDRAWAL,
            decision=_DECISION_TEXTS[_S.WITHDRAWN],
            votes={},
        )
        return
    plan.steps.append((_S.UNDER_DISCUSSION, first.day, first.ref))
    point(first, AgendaItemKind.DISCUSSION, discussion=rng.choice(_PROPOSAL_DISCUSSIONS))
    if decided is None:
        point(ahead, AgendaItemKind.DECISION)  # to be decided at the session ahead
        return
    outcome = _PROPOSAL_PATHS[target][2]
    votes = decision_votes(rng, decided, outcome, plan.zone_number)
    summary = vote_summary(votes)
    if outcome is _S.APPROVED:
        unanimous = all(v is VoteChoice.IN_FAVOUR for v in votes.values())
        plan.notes[outcome] = (
            _STEP_NOTES[outcome]
            if unanimous
            else f"Approvata a maggioranza dalle zone presenti ({summary})."
        )
    elif outcome is _S.REJECTED:
        plan.notes[outcome] = f"Respinta ({summary}): la proposta non rientra nelle competenze "
        plan.notes[outcome] += "del Tavolo."
    recap = f"Il relatore riprende la proposta discussa nella seduta n. {first.ref}. "
    if votes:
        recap += "Dopo le dichiarazioni delle zone si passa al voto."
    else:
        recap += "Alcune zone chiedono di acquisire il parere degli uffici prima di decidere."
    point(
        decided,
        AgendaItemKind.DECISION,
        discussion=recap,
        decision=_DECISION_TEXTS[outcome].format(votes=summary),
        votes=votes,
    )
    plan.steps.append((outcome, decided.day, decided.ref))
    day = decided.day
    for status in _PROPOSAL_PATHS[target][3:]:
        # Implementation follows the decision, outside the sessions.
        gap = max(10, min(90, (today - day).days // 2))
        day = min(today, day + timedelta(days=rng.randint(10, gap)))
        plan.steps.append((status, day, None))


def _discussed_and_decided(
    rng: random.Random, target: ProposalStatus, held: list[SessionPlan], today: date
) -> tuple[SessionPlan, SessionPlan | None]:
    """The held sessions that admitted and discussed a proposal, and that decided it (a later
    one, long enough ago for the implementation that followed); for one under discussion,
    a recent session and no decision yet; for a withdrawn one, the same session twice."""
    if target is _S.UNDER_DISCUSSION:
        return rng.choice(held[-3:]), None
    if target is _S.WITHDRAWN:
        first = rng.choice(held)
        return first, first
    settle = {_S.IN_IMPLEMENTATION: 60, _S.IMPLEMENTED: 150}.get(target, 0)
    latest = today - timedelta(days=settle)
    decisions = [i for i in range(1, len(held)) if held[i].day <= latest] or [len(held) - 1]
    decided = rng.choice(decisions)
    return held[max(0, decided - rng.randint(1, 2))], held[decided]


def _write_proposals(
    session: Session, user: str, plans: list[_ProposalPlan]
) -> dict[int, Proposal]:
    """Write the planned proposals as submitted (codes in order of submission, themes, audit),
    their zone adoptions and their action items; returns them by plan key. Their steps follow
    in `_write_histories`, once the sessions that took them are written."""
    zones = {z.number: z for z in session.scalars(select(Zone))}
    themes: dict[str, Theme] = {t.name: t for t in session.scalars(select(Theme))}
    written = {}
    for plan in plans:
        year = plan.submitted_on.year
        sequence = next_code_sequence(session, year)
        proposal = Proposal(
            code=format_proposal_code(year, sequence),
            year=year,
            sequence=sequence,
            title=plan.title,
            summary=plan.summary,
            proposer_name=f"Zona {plan.zone_number}",
            strategic_axis=plan.axis,
            status=_S.SUBMITTED,
            submitted_on=plan.submitted_on,
            proposing_zones=[zones[plan.zone_number]],
            themes=[themes.setdefault(name, Theme(name=name)) for name in plan.themes],
        )
        session.add(proposal)
        session.add(
            ProposalStatusChange(
                proposal=proposal,
                to_status=_S.SUBMITTED,
                changed_on=plan.submitted_on,
                changed_by=user,
            )
        )
        audit.record(session, user, AuditAction.CREATE, proposal, f"Proposal {proposal.code}")
        for number, (state, on) in sorted(plan.adoptions.items()):
            session.add(
                ZoneAdoption(
                    proposal=proposal, zone_id=zones[number].id, state=state, state_date=on
                )
            )
        for description, due, done in plan.actions:
            session.add(
                ActionItem(
                    description=description,
                    owner_name="Segreteria del Tavolo",
                    due_date=due,
                    status=ActionStatus.DONE if done else ActionStatus.OPEN,
                    completed_on=due if done else None,
                    proposal_id=proposal.id,
                )
            )
        written[plan.key] = proposal
    session.flush()
    return written


def _write_histories(
    session: Session,
    user: str,
    plans: list[_ProposalPlan],
    proposals: dict[int, Proposal],
    meetings: Mapping[str, Meeting],
) -> None:
    """Take each proposal through its steps as the services do when a proposal is put on an
    agenda, discussed and decided in the minutes, so each step names its session and the
    agenda item (found by the proposal it names, hence after the sessions are written)."""
    session.flush()
    for plan in plans:
        proposal = proposals[plan.key]
        for status, on, ref in plan.steps:
            meeting = meetings[ref] if ref is not None else None
            note = plan.notes.get(status, _STEP_NOTES.get(status, ""))
            if meeting is not None and status is _S.ADMITTED:
                put_on_agenda(session, user, proposal, meeting, on)
            elif meeting is not None and status in DECISION_OUTCOMES:
                record_decision(session, user, proposal, meeting, status, on, note=note)
            else:
                record_status_change(
                    session, user, proposal, status, on, meeting=meeting, note=note
                )
            if status in (_S.APPROVED, _S.REJECTED):
                proposal.resolution = note
