"""Demo data: a valid roster history for every zone, reproducible, only for a new database."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from rtdesk.domain.enums import (
    AdoptionState,
    AgendaItemKind,
    MandateRole,
    MeetingStatus,
    Presence,
    ProposalStatus,
    VoteChoice,
)
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.exports.minutes_pdf import write_minutes_pdf
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import (
    FAMILY_NAMES,
    FEMININE_NAMES,
    MASCULINE_NAMES,
    DemoService,
    slug,
    years_before,
)
from rtdesk.services.demo_sessions import easter_monday, meeting_day
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.sessions import SessionInput, SessionService
from rtdesk.services.zones import ZoneService
from rtdesk.store.database import open_database
from rtdesk.store.models import Attendance, AuditEntry, Mandate, Person

TODAY = date(2026, 11, 25)  # the `context` fixture's today
MASCULINE_TITLES = {"Sindaco", "Vicesindaco", "Assessore", "Consigliere comunale"}
FEMININE_TITLES = {"Sindaca", "Vicesindaca", "Assessora", "Consigliera comunale"}


@pytest.fixture(scope="module")
def fresh_database_file(tmp_path_factory):
    """One new, seeded database file; tests copy it rather than seed their own (faster)."""
    path = tmp_path_factory.mktemp("template") / "fresh.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def fresh_context(fresh_database_file, tmp_path):
    """A context factory: each call gives a context on its own copy of a new database."""
    opened = []

    def make(today: date = TODAY) -> ServiceContext:
        path = tmp_path / f"demo-{len(opened)}.sqlite"
        shutil.copyfile(fresh_database_file, path)
        database = open_database(path)
        opened.append(database)
        return ServiceContext(database.session_factory, user="tester", today=lambda: today)

    yield make
    for database in opened:
        database.close()


def mandates_of(context: ServiceContext) -> list[Mandate]:
    with context.read() as session:
        mandates = list(session.scalars(select(Mandate).order_by(Mandate.id)))
        for mandate in mandates:  # load what the checks read, before the session closes
            _ = (mandate.zone.number, mandate.person.municipality)
        return mandates


def snapshot(context: ServiceContext) -> list[tuple]:
    """What a user sees of the demo: every person and mandate, without ids or timestamps."""
    rows = []
    with context.read() as session:
        for p in session.scalars(select(Person).order_by(Person.id)):
            rows.append(
                (p.given_name, p.family_name, p.title, p.municipality.name, p.email, p.phone)
            )
        for m in session.scalars(select(Mandate).order_by(Mandate.id)):
            person, zone, role = m.person.full_name, m.zone.number, m.role.value
            rows.append((person, zone, role, m.is_vicar, m.start_date, m.end_date, m.elected_on))
            rows.append((person, m.notes))
    return rows


def overlapping(periods: list[tuple[date, date | None]]) -> list[tuple]:
    """Pairs of consecutive periods (sorted by start) that share at least one day."""
    ordered = sorted(periods)
    return [(a, b) for a, b in itertools.pairwise(ordered) if a[1] is None or b[0] <= a[1]]


def active_on(mandate: Mandate, day: date) -> bool:
    return mandate.start_date <= day and (mandate.end_date is None or mandate.end_date >= day)


def check_one_mayor_per_town(mandates: list[Mandate]) -> None:
    """A town has one mayor and one deputy mayor at a time, even among demo people."""
    for title in (("Sindaco", "Sindaca"), ("Vicesindaco", "Vicesindaca")):
        periods = defaultdict(list)
        for m in mandates:
            if m.person.title in title:
                periods[m.person.municipality_id].append((m.start_date, m.end_date, m.person_id))
        for municipality_periods in periods.values():
            for a, b in itertools.combinations(municipality_periods, 2):
                if a[2] != b[2]:
                    a_end, b_end = a[1] or date.max, b[1] or date.max
                    assert a_end < b[0] or b_end < a[0], "two mayors of one town at once"


def check_roster_rules(mandates: list[Mandate], today: date, years: int) -> None:
    """The rules the roster service enforces, and what makes the demo a believable history."""
    by_zone: dict[int, list[Mandate]] = defaultdict(list)
    for mandate in mandates:
        by_zone[mandate.zone.number].append(mandate)
    assert sorted(by_zone) == list(range(1, 12)), "every zone has mandates"
    window_start = years_before(today, years)
    for number, zone_mandates in by_zone.items():
        spokespersons = [
            (m.start_date, m.end_date) for m in zone_mandates if m.role is MandateRole.SPOKESPERSON
        ]
        vicars = [(m.start_date, m.end_date) for m in zone_mandates if m.is_vicar]
        assert not overlapping(spokespersons), f"zone {number}: two spokespersons at once"
        assert not overlapping(vicars), f"zone {number}: two vicars at once"
        by_person = defaultdict(list)
        for m in zone_mandates:
            by_person[m.person_id].append((m.start_date, m.end_date))
        for periods in by_person.values():
            assert not overlapping(periods), f"zone {number}: a person with two roles at once"
        assert min(m.start_date for m in zone_mandates) <= window_start, "history covers years"
        assert any(m.end_date is None for m in zone_mandates), f"zone {number}: nobody in office"
    for m in mandates:
        assert m.end_date is None or m.end_date >= m.start_date
        assert m.start_date <= today
        assert m.elected_on is not None
        assert timedelta(0) <= m.start_date - m.elected_on <= timedelta(days=10)
        assert not m.is_vicar or m.role is MandateRole.DEPUTY
        # Current terms are open: nothing in office today carries an end date.
        if active_on(m, today):
            assert m.end_date is None, f"{m.person.full_name}: in office today with an end date"
        assert m.person.municipality.zone_id == m.zone_id, "people come from their zone"
    check_one_mayor_per_town(mandates)


def test_demo_roster_obeys_the_rules(context):
    report = DemoService(context).generate(years=3, seed=0)
    mandates = mandates_of(context)
    assert (report.years, report.seed, report.mandates) == (3, 0, len(mandates))
    assert report.current_mandates == sum(m.end_date is None for m in mandates)
    check_roster_rules(mandates, TODAY, 3)


@pytest.mark.parametrize(("seed", "years"), [(1, 1), (2, 2), (7, 5), (11, 10), (2026, 20)])
def test_demo_rules_hold_for_other_seeds_and_spans(fresh_context, seed, years):
    context = fresh_context(date(2024, 2, 29))  # also a leap day, so "years ago" must cope
    DemoService(context).generate(years=years, seed=seed)
    check_roster_rules(mandates_of(context), date(2024, 2, 29), years)


def test_some_zone_has_no_spokesperson_today(context):
    report = DemoService(context).generate(seed=0)
    staffed = {
        m.zone.number
        for m in mandates_of(context)
        if m.role is MandateRole.SPOKESPERSON and active_on(m, TODAY)
    }
    vacant = tuple(n for n in range(1, 12) if n not in staffed)
    assert vacant, "the app needs a DA NOMINARE situation to flag"
    assert report.zones_without_spokesperson == vacant


def test_most_zones_have_a_vicar_and_history_has_changes(context):
    DemoService(context).generate(seed=0)
    mandates = mandates_of(context)
    with_vicar = {m.zone.number for m in mandates if m.is_vicar}
    assert 11 // 2 < len(with_vicar) < 11
    assert any(m.end_date is not None for m in mandates), "some terms are over"
    assert len({m.person_id for m in mandates}) < len(mandates), "some people served twice"


def test_people_look_real(context):
    DemoService(context).generate(seed=0)
    with context.read() as session:
        people = list(session.scalars(select(Person)))
        assert len({(p.given_name, p.family_name) for p in people}) == len(people)
        for p in people:
            assert p.family_name in FAMILY_NAMES
            if p.given_name in FEMININE_NAMES:
                assert p.title in FEMININE_TITLES, (p.full_name, p.title)
            else:
                assert p.given_name in MASCULINE_NAMES
                assert p.title in MASCULINE_TITLES, (p.full_name, p.title)
            assert p.email == (
                f"{slug(p.given_name)}.{slug(p.family_name)}@comune.{slug(p.municipality.name)}.to.it"
            )
            assert re.fullmatch(r"[a-z]+\.[a-z]+@comune\.[a-z]+\.to\.it", p.email), p.email
            assert re.fullmatch(r"011 [1-9]\d{6}|\+39 3\d\d [1-9]\d{6}", p.phone), p.phone
        assert {p.given_name for p in people} & set(FEMININE_NAMES), "women sit there too"


def test_slug():
    assert slug("Sant'Ambrogio di Torino") == "santambrogioditorino"
    assert slug("Agliè") == "aglie"
    assert slug("Dell'Acqua") == "dellacqua"
    assert slug("Pier Luigi") == "pierluigi"


def test_same_seed_same_data_other_seed_other_data(fresh_context):
    first, second, other = fresh_context(), fresh_context(), fresh_context()
    DemoService(first).generate(seed=5)
    DemoService(second).generate(seed=5)
    DemoService(other).generate(seed=6)
    assert snapshot(first) == snapshot(second)
    assert snapshot(first) != snapshot(other)


_SNAPSHOT_SCRIPT = """
import json, sys
from datetime import date
from pathlib import Path
from sqlalchemy import select
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import DemoService
from rtdesk.store.database import open_database
from rtdesk.store.models import Mandate, Person
db = open_database(Path(sys.argv[1]))
context = ServiceContext(db.session_factory, user="t", today=lambda: date(2026, 11, 25))
DemoService(context).generate(seed=9)
with db.session_factory() as s:
    people = [(p.full_name, p.title, p.email)
              for p in s.scalars(select(Person).order_by(Person.id))]
    mandates = [(m.person_id, m.zone_id, m.role.value, m.is_vicar, str(m.start_date),
                 str(m.end_date)) for m in s.scalars(select(Mandate).order_by(Mandate.id))]
db.close()
print(json.dumps([people, mandates]))
"""


def test_same_seed_same_data_under_any_hash_seed(fresh_database_file, tmp_path):
    """String hashing differs between processes: the data must not depend on it."""
    outputs = []
    for hash_seed in ("1", "2"):
        path = tmp_path / f"hash-{hash_seed}.sqlite"
        shutil.copyfile(fresh_database_file, path)
        result = subprocess.run(
            [sys.executable, "-c", _SNAPSHOT_SCRIPT, str(path)],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] and outputs[0][1]


def test_one_audit_entry_per_person_and_mandate(context):
    report = DemoService(context).generate(seed=0)
    with context.read() as session:
        entries = list(session.scalars(select(AuditEntry)))
    by_entity = defaultdict(int)
    for entry in entries:
        assert entry.user == "tester"
        by_entity[entry.entity] += 1
    assert by_entity["person"] == report.people
    assert by_entity["mandate"] == report.mandates
    assert by_entity["meeting"] == report.sessions  # one per demo session, whatever it holds


def test_demo_leaves_zones_alone_and_the_database_healthy(context):
    DemoService(context).generate(seed=0)
    assert ZoneService(context).count_without_zone() == 123
    check = MaintenanceService(context).check()
    assert check.ok, check.problems
    assert check.people > 0 and check.mandates > 0


def test_demo_refuses_a_database_that_holds_people(context):
    service = DemoService(context)
    service.generate(seed=0)

    def counts():
        with context.read() as session:
            return [session.scalar(select(func.count(t.id))) for t in (Person, Mandate, AuditEntry)]

    before = counts()
    with pytest.raises(NotAllowedError, match="already holds") as caught:
        service.generate(seed=1)
    assert "new database file" in caught.value.advice
    assert counts() == before


@pytest.mark.parametrize("years", [0, -1, 21])
def test_demo_years_out_of_range_are_refused(context, years):
    with pytest.raises(ValidationError, match="years"):
        DemoService(context).generate(years=years)
    assert MaintenanceService(context).check().people == 0


def session_snapshot(context: ServiceContext) -> list[tuple]:
    """What a user sees of the demo sessions, without ids, uuids or timestamps."""
    sessions = SessionService(context)
    rows = []
    for row in sessions.list_sessions():
        detail = sessions.session(row.uuid)
        rows.append(
            (
                detail.ref,
                detail.meeting_date,
                detail.status,
                detail.approved_at_ref,
                detail.fingerprint,
                tuple(
                    (i.title, i.proposal_code, i.discussion, i.decision, i.votes)
                    for i in detail.agenda
                ),
                tuple((a.attendee_name, a.presence, a.arrived_at) for a in detail.attendance),
                tuple((h.to_status, h.changed_on) for h in detail.history),
            )
        )
    return rows


def test_demo_sessions_have_agenda_attendance_and_minutes(context):
    report = DemoService(context).generate(years=3, seed=0)
    sessions = SessionService(context)
    rows = sessions.list_sessions()
    # About every month and a half (at most 66 days apart), over the three years.
    assert report.sessions == len(rows) >= 3 * 365 // 66
    assert min(row.meeting_date for row in rows) >= years_before(TODAY, 3)
    assert {2024, 2025, 2026} <= {row.year for row in rows} <= {2023, 2024, 2025, 2026}
    by_status = defaultdict(list)
    for row in rows:
        by_status[row.status].append(row)
    # Ahead: one convened session; the latest past one drafted (or held); all older approved.
    assert [r.meeting_date > TODAY for r in by_status[MeetingStatus.CONVENED]] == [True]
    assert len(by_status[MeetingStatus.MINUTES_APPROVED]) == report.approved_minutes
    assert report.approved_minutes == len(rows) - 2
    newest_past = max(r.meeting_date for r in rows if r.meeting_date <= TODAY)
    for row in by_status[MeetingStatus.MINUTES_APPROVED]:
        assert row.meeting_date < newest_past
        detail = sessions.session(row.uuid)
        assert detail.agenda and all(a.recorded for a in detail.attendance)
        assert any(item.discussion for item in detail.agenda)
        assert detail.approved_on > detail.meeting_date
        approving = sessions.find_by_ref(detail.approved_at_ref)
        assert approving.meeting_date == detail.approved_on
        assert any(detail.ref in item.title for item in approving.agenda)
        assert sessions.verify_minutes(row.uuid)
        assert [h.to_status for h in detail.history] == list(MeetingStatus)
        present = {a.zone_number for a in detail.attendance if a.presence is Presence.PRESENT}
        for item in detail.agenda:
            assert {v.zone_number for v in item.votes} <= present
    check = MaintenanceService(context).check()
    assert check.ok, check.problems
    assert check.sessions == len(rows)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, date(2024, 4, 1)), (2025, date(2025, 4, 21)), (2026, date(2026, 4, 6)),
     (2000, date(2000, 4, 24)), (2038, date(2038, 4, 26))],
)  # fmt: skip
def test_easter_monday(year, expected):
    assert easter_monday(year) == expected


def test_a_session_day_avoids_weekends_holidays_and_the_august_break():
    assert meeting_day(date(2024, 12, 24)) == date(2025, 1, 2)  # 24-26 Dec, 31 Dec, 1 Jan
    assert meeting_day(date(2024, 12, 26), step=-1) == date(2024, 12, 19)
    assert meeting_day(date(2026, 8, 11)) == date(2026, 8, 25)
    assert meeting_day(date(2026, 4, 6)) == date(2026, 4, 7)  # Easter Monday
    assert meeting_day(date(2026, 6, 24)) == date(2026, 6, 25)  # San Giovanni, Turin
    assert meeting_day(date(2026, 3, 17)) == date(2026, 3, 17)  # a Tuesday like any other


@pytest.mark.parametrize(("seed", "years"), [(0, 3), (3, 20)])
def test_demo_sessions_fall_on_days_the_offices_are_open(fresh_context, seed, years):
    context = fresh_context()
    DemoService(context).generate(years=years, seed=seed)
    days = [row.meeting_date for row in SessionService(context).list_sessions()]
    assert days and [day for day in days if meeting_day(day) != day] == []


def test_demo_attendance_names_people_in_office_on_the_day(context):
    DemoService(context).generate(years=2, seed=3)
    with context.read() as session:
        rows = session.scalars(select(Attendance).where(Attendance.person_id.is_not(None))).all()
        assert rows
        for row in rows:
            day = row.meeting.meeting_date
            held = [
                m for m in row.person.mandates if m.zone_id == row.zone_id and active_on(m, day)
            ]
            assert held, (row.attendee_name, day)


def test_demo_sessions_are_reproducible_by_seed(fresh_context):
    first, second, other = fresh_context(), fresh_context(), fresh_context()
    DemoService(first).generate(seed=5)
    DemoService(second).generate(seed=5)
    DemoService(other).generate(seed=6)
    assert session_snapshot(first) == session_snapshot(second)
    assert session_snapshot(first) != session_snapshot(other)


def test_new_sessions_continue_the_demo_numbering(context):
    DemoService(context).generate(years=1, seed=0)
    sessions = SessionService(context)
    last = max((r for r in sessions.list_sessions() if r.year == 2026), key=lambda r: r.number)
    created = sessions.create_session(SessionInput(date(2026, 12, 20)))
    assert created.number == last.number + 1


def test_open_proposals_are_on_the_agenda_of_the_session_ahead(context):
    DemoService(context).generate(years=3, seed=0)
    proposals = ProposalService(context)
    ahead = next(
        r for r in SessionService(context).list_sessions() if r.status is MeetingStatus.CONVENED
    )
    open_ones = [
        proposals.proposal(r.uuid)
        for r in proposals.list_proposals()
        if r.status in (ProposalStatus.ADMITTED, ProposalStatus.UNDER_DISCUSSION)
    ]
    assert {d.status for d in open_ones} == {
        ProposalStatus.ADMITTED,
        ProposalStatus.UNDER_DISCUSSION,
    }
    for detail in open_ones:
        # Last on the agenda ahead; one under discussion was discussed at a past session first.
        refs = [d.session_ref for d in detail.discussed_at]
        assert refs[-1] == ahead.ref
        if detail.status is ProposalStatus.UNDER_DISCUSSION:
            assert len(refs) == 2
            assert detail.discussed_at[0].meeting_date <= TODAY
        else:
            assert refs == [ahead.ref]
            admitted = detail.history[-1]
            assert (admitted.to_status, admitted.session_ref) == (
                ProposalStatus.ADMITTED,
                ahead.ref,
            )


# The steps a session takes on a proposal: its history names that session.
SESSION_STEPS = {
    ProposalStatus.ADMITTED,
    ProposalStatus.UNDER_DISCUSSION,
    ProposalStatus.APPROVED,
    ProposalStatus.REJECTED,
    ProposalStatus.DEFERRED,
    ProposalStatus.WITHDRAWN,
}


def check_proposals_follow_the_sessions(context: ServiceContext, today: date) -> list:
    """Every step a session took on a proposal names it, on its date, with an agenda item
    naming the proposal; decisions carry votes of present zones that match the outcome.
    Returns the proposals' details."""
    sessions = SessionService(context)
    by_ref = {row.ref: sessions.session(row.uuid) for row in sessions.list_sessions()}
    ahead = [ref for ref, s in by_ref.items() if s.meeting_date > today]
    proposals = ProposalService(context)
    details = [proposals.proposal(row.uuid) for row in proposals.list_proposals()]
    for detail in details:
        assert detail.history[0].to_status is ProposalStatus.SUBMITTED
        steps = [h.to_status for h in detail.history]
        assert (detail.status is ProposalStatus.SUBMITTED) == (steps == [ProposalStatus.SUBMITTED])
        for step in detail.history[1:]:
            if step.to_status not in SESSION_STEPS:
                assert step.session_ref is None, (detail.code, step)
                continue
            assert step.session_ref, (detail.code, step)
            meeting = by_ref[step.session_ref]
            items = [i for i in meeting.agenda if i.proposal_code == detail.code]
            assert items, (detail.code, step.session_ref)
            if meeting.meeting_date > today:  # put on the agenda of the session ahead
                assert step.to_status is ProposalStatus.ADMITTED
                assert detail.submitted_on <= step.on <= meeting.meeting_date
                continue
            assert step.on == meeting.meeting_date, (detail.code, step)
            item = items[-1]
            if step.to_status is ProposalStatus.UNDER_DISCUSSION:
                assert item.kind is AgendaItemKind.DISCUSSION and item.discussion
            if step.to_status in (ProposalStatus.APPROVED, ProposalStatus.REJECTED):
                assert item.kind is AgendaItemKind.DECISION and item.decision
                present = {
                    a.zone_number for a in meeting.attendance if a.presence is Presence.PRESENT
                }
                votes = {v.zone_number: v.choice for v in item.votes}
                assert votes and set(votes) <= present, (detail.code, votes, present)
                wanted = (
                    VoteChoice.IN_FAVOUR
                    if step.to_status is ProposalStatus.APPROVED
                    else VoteChoice.AGAINST
                )
                assert sum(v is wanted for v in votes.values()) * 2 > len(present)
                assert detail.resolution == step.note and detail.resolved_on == step.on
            if step.to_status is ProposalStatus.DEFERRED:
                assert "rinvia" in item.decision and not item.votes
            if step.to_status is ProposalStatus.WITHDRAWN:
                assert "ritiro" in item.decision and not item.votes
        # Every point naming the proposal is at a session of its history (or the one ahead,
        # where one under discussion waits for its decision).
        named = {h.session_ref for h in detail.history} | set(ahead)
        assert {d.session_ref for d in detail.discussed_at} <= named
        assert bool(detail.discussed_at) == (detail.status is not ProposalStatus.SUBMITTED)
    return details


def test_demo_proposals_are_discussed_and_decided_at_past_sessions(context):
    DemoService(context).generate(years=3, seed=0)
    details = check_proposals_follow_the_sessions(context, TODAY)
    assert {d.status for d in details} == set(ProposalStatus)
    decided = [
        d
        for d in details
        if d.status
        in (
            ProposalStatus.APPROVED,
            ProposalStatus.REJECTED,
            ProposalStatus.DEFERRED,
            ProposalStatus.IN_IMPLEMENTATION,
            ProposalStatus.IMPLEMENTED,
        )
    ]
    assert decided
    for detail in decided:
        refs = {h.to_status: h.session_ref for h in detail.history}
        # Admitted and discussed at one past session, decided at a later one.
        discussed_at = refs[ProposalStatus.UNDER_DISCUSSION]
        assert refs[ProposalStatus.ADMITTED] == discussed_at
        decisions = [
            h
            for h in detail.history
            if h.to_status
            in SESSION_STEPS - {ProposalStatus.ADMITTED, ProposalStatus.UNDER_DISCUSSION}
        ]
        (decision,) = decisions
        assert [d.session_ref for d in detail.discussed_at] == [discussed_at, decision.session_ref]
        assert detail.discussed_at[0].meeting_date < detail.discussed_at[1].meeting_date <= TODAY


@pytest.mark.parametrize(("seed", "years"), [(1, 1), (4, 2), (2026, 20)])
def test_demo_proposals_follow_the_sessions_for_other_seeds_and_spans(fresh_context, seed, years):
    context = fresh_context(date(2024, 2, 29))
    DemoService(context).generate(years=years, seed=seed)
    details = check_proposals_follow_the_sessions(context, date(2024, 2, 29))
    assert {d.status for d in details} == set(ProposalStatus)


def test_approved_minutes_that_decided_proposals_keep_their_fingerprint(context, tmp_path):
    """The links to the proposals were in place when the fingerprint was stored: the minutes
    printed again today give the same one."""
    DemoService(context).generate(years=3, seed=0)
    sessions = SessionService(context)
    checked = 0
    for row in sessions.list_sessions():
        detail = sessions.session(row.uuid)
        codes = [i.proposal_code for i in detail.agenda if i.proposal_code]
        if detail.status is not MeetingStatus.MINUTES_APPROVED or not codes:
            continue
        document = sessions.minutes_document(row.uuid)
        assert [i.entry.proposal_code for i in document.items if i.entry.proposal_code] == codes
        path = tmp_path / f"verbale-{row.number}-{row.year}.pdf"
        assert write_minutes_pdf(document, path) == detail.fingerprint
        assert sessions.verify_minutes(row.uuid)
        checked += 1
    assert checked >= 3


def test_school_transport_of_the_pinerolese_is_followed_through_its_sessions(context):
    """The issue's question: what happened to it, where, and which zones adopted it."""
    DemoService(context).generate(seed=0)
    proposals, sessions = ProposalService(context), SessionService(context)
    (row,) = proposals.list_proposals(text="trasporto scolastico", zone_number=5)
    detail = proposals.proposal(row.uuid)
    steps = {h.to_status: h for h in detail.history}
    admitted = steps[ProposalStatus.ADMITTED]
    discussed = steps[ProposalStatus.UNDER_DISCUSSION]
    approved = steps[ProposalStatus.APPROVED]
    assert admitted.session_ref == discussed.session_ref != approved.session_ref
    assert admitted.on == discussed.on < approved.on == detail.resolved_on
    assert [d.session_ref for d in detail.discussed_at] == [
        discussed.session_ref,
        approved.session_ref,
    ]
    discussion = sessions.find_by_ref(discussed.session_ref)
    decision = sessions.find_by_ref(approved.session_ref)
    assert (discussion.meeting_date, decision.meeting_date) == (discussed.on, approved.on)
    (point,) = [i for i in discussion.agenda if i.proposal_code == detail.code]
    assert point.title == detail.title and point.kind is AgendaItemKind.DISCUSSION
    assert point.discussion and not point.votes
    (point,) = [i for i in decision.agenda if i.proposal_code == detail.code]
    assert point.title == detail.title and point.kind is AgendaItemKind.DECISION
    assert "approva" in point.decision
    present = {a.zone_number for a in decision.attendance if a.presence is Presence.PRESENT}
    assert {v.zone_number for v in point.votes} == present
    in_favour = sum(v.choice is VoteChoice.IN_FAVOUR for v in point.votes)
    assert in_favour * 2 > len(present)
    assert decision.status is MeetingStatus.MINUTES_APPROVED
    assert sessions.verify_minutes(decision.uuid)
    adopted = {a.zone_number for a in detail.adoptions if a.state is AdoptionState.ADOPTED}
    assert 5 in adopted
    assert all(a.on >= approved.on for a in detail.adoptions if a.state is not None)
