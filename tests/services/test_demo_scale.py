"""Demo data at scale: counts multiply, every row obeys the services' rules, search works."""

from __future__ import annotations

import itertools
import random
import shutil
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from rtdesk.domain.enums import AdoptionState, MeetingStatus, Presence, ProposalStatus
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.domain.identifiers import format_proposal_code
from rtdesk.domain.mandates import in_office
from rtdesk.domain.proposals import ADOPTION_TRACKED, check_proposal_transition
from rtdesk.domain.sessions import check_session_transition
from rtdesk.services import demo_scale
from rtdesk.services import proposals as proposals_module
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo_scale import (
    MAX_SCALE,
    PROPOSALS_PER_SCALE,
    SESSIONS_PER_SCALE,
    DemoScaleService,
)
from rtdesk.services.demo_sessions import meeting_day
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.proposals import (
    ProposalFilters,
    ProposalInput,
    ProposalService,
    ShownIds,
)
from rtdesk.services.sessions import SessionService
from rtdesk.store.database import open_database
from rtdesk.store.models import (
    ActionItem,
    Attendance,
    AuditEntry,
    CodeCounter,
    Mandate,
    Meeting,
    Person,
    Proposal,
    ProposalStatusChange,
    ZoneAdoption,
    proposal_zone,
)

TODAY = date(2026, 11, 25)

TYPED = "trasporto scolastico"


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

    def make() -> ServiceContext:
        path = tmp_path / f"scale-{len(opened)}.sqlite"
        shutil.copyfile(fresh_database_file, path)
        database = open_database(path)
        opened.append(database)
        return ServiceContext(database.session_factory, user="tester", today=lambda: TODAY)

    yield make
    for database in opened:
        database.close()


@pytest.fixture(scope="module")
def scaled(fresh_database_file, tmp_path_factory):
    """A scale-2 demo, written once and only read by the tests that use it."""
    path = tmp_path_factory.mktemp("scaled") / "scale-2.sqlite"
    shutil.copyfile(fresh_database_file, path)
    database = open_database(path)
    context = ServiceContext(database.session_factory, user="tester", today=lambda: TODAY)
    report = DemoScaleService(context).generate(scale=2, seed=4)
    yield context, report
    database.close()


def count(context: ServiceContext, column, *where) -> int:
    with context.read() as session:
        return session.scalar(select(func.count(column)).where(*where))


def fold(words: str) -> str:
    decomposed = unicodedata.normalize("NFKD", words.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_counts_multiply_with_the_scale(scaled, fresh_context):
    context, report = scaled
    assert (report.scale, report.seed) == (2, 4)
    assert report.proposals == count(context, Proposal.id) == 2 * PROPOSALS_PER_SCALE
    assert report.sessions == count(context, Meeting.id) == 2 * SESSIONS_PER_SCALE
    assert report.people == count(context, Person.id) > 0
    assert report.mandates == count(context, Mandate.id) > 0
    assert report.actions == count(context, ActionItem.id, ActionItem.proposal_id.is_not(None))
    bigger = DemoScaleService(fresh_context()).generate(scale=3, seed=4)
    assert bigger.proposals == 3 * PROPOSALS_PER_SCALE
    assert bigger.sessions == 3 * SESSIONS_PER_SCALE
    assert bigger.actions > report.actions


def test_database_check_is_clean(scaled):
    context, report = scaled
    check = MaintenanceService(context).check()
    assert check.ok, check.problems
    assert (check.proposals, check.sessions, check.people) == (
        report.proposals,
        report.sessions,
        report.people,
    )


def test_scaled_sessions_fall_on_days_the_offices_are_open(scaled):
    context, report = scaled
    with context.read() as session:
        days = list(session.scalars(select(Meeting.meeting_date)))
    assert len(days) == len(set(days)) == report.sessions
    assert [day for day in days if meeting_day(day) != day] == []


def test_every_proposal_follows_its_lifecycle(scaled):
    context, _report = scaled
    with context.read() as session:
        proposals = {p.id: p for p in session.scalars(select(Proposal))}
        history = defaultdict(list)
        for change in session.scalars(
            select(ProposalStatusChange).order_by(ProposalStatusChange.id)
        ):
            history[change.proposal_id].append(change)
        adoptions = defaultdict(list)
        for adoption in session.scalars(select(ZoneAdoption)):
            adoptions[adoption.proposal_id].append(adoption)
        zones = defaultdict(set)
        for proposal_id, zone_id in session.execute(select(proposal_zone)):
            zones[proposal_id].add(zone_id)
        counters = {
            c.year: c.last_value
            for c in session.scalars(select(CodeCounter).where(CodeCounter.series == "proposal"))
        }
        zone_ids = {number: i for i, number in session.execute(text("SELECT id, number FROM zone"))}
    by_year = defaultdict(list)
    for p in proposals.values():
        assert p.code == format_proposal_code(p.year, p.sequence)
        assert p.year == p.submitted_on.year and p.submitted_on < TODAY
        by_year[p.year].append(p)
        steps = history[p.id]
        assert steps[0].from_status is None and steps[0].to_status is ProposalStatus.SUBMITTED
        assert steps[0].changed_on == p.submitted_on
        for before, after in itertools.pairwise(steps):
            assert after.from_status is before.to_status
            check_proposal_transition(before.to_status, after.to_status)  # raises if not allowed
            assert before.changed_on <= after.changed_on <= TODAY
        assert steps[-1].to_status is p.status
        decided = [
            s for s in steps if s.to_status in (ProposalStatus.APPROVED, ProposalStatus.REJECTED)
        ]
        if decided:
            assert p.resolved_on == decided[0].changed_on and p.resolution
        else:
            assert p.resolved_on is None and p.resolution == ""
        if p.status in ADOPTION_TRACKED:
            proposer = zone_ids[int(p.proposer_name.removeprefix("Zona "))]
            assert proposer in zones[p.id]
            states = {a.zone_id: a.state for a in adoptions[p.id]}
            assert states[proposer] is AdoptionState.ADOPTED
            approved_on = next(
                s.changed_on for s in steps if s.to_status is ProposalStatus.APPROVED
            )
            assert all(approved_on <= a.state_date <= TODAY for a in adoptions[p.id])
        else:
            assert not adoptions[p.id], "zones adopt only approved proposals"
        assert 1 <= len(zones[p.id]) <= 2
    # Codes follow the order of submission in each year, from 1, and the counter knows them.
    for year, year_proposals in by_year.items():
        ordered = sorted(year_proposals, key=lambda p: p.sequence)
        assert [p.sequence for p in ordered] == list(range(1, len(ordered) + 1))
        assert [p.submitted_on for p in ordered] == sorted(p.submitted_on for p in ordered)
        assert counters[year] == len(ordered)
    statuses = Counter(p.status for p in proposals.values())
    assert set(statuses) == set(ProposalStatus), "every status is shown"
    assert len({p.title for p in proposals.values()}) > len(proposals) // 4, "titles vary"


def test_proposals_read_through_the_service(scaled):
    context, _report = scaled
    service = ProposalService(context)
    ids = service.proposal_ids()
    rows = service.proposal_rows(random.Random(1).sample(ids, 40))
    for row in rows:
        detail = service.proposal(row.uuid)
        assert detail.status is row.status and detail.code == row.code
        assert [h.to_status for h in detail.history][-1] is detail.status
        if detail.status in ADOPTION_TRACKED:
            assert any(a.state is AdoptionState.ADOPTED for a in detail.adoptions)
            assert detail.actions


@pytest.mark.parametrize("broad_share", [0.0, 1.0], ids=["walk-display-order", "match-list"])
def test_id_list_keeps_the_order_of_the_query(scaled, monkeypatch, broad_share):
    """The ids come back joined into one text: every sort, filter and plan keeps SQL's order."""
    context, _report = scaled
    service = ProposalService(context)
    # 0: every search counts as broad (read in display order); 1: none does.
    monkeypatch.setattr(proposals_module, "BROAD_SEARCH_SHARE", broad_share)
    cases = [
        ProposalFilters(),
        ProposalFilters(text="a"),
        ProposalFilters(text="trasporto scolastico"),
        ProposalFilters(text="t", zone_number=5),
        ProposalFilters(status=ProposalStatus.APPROVED),
        ProposalFilters(text="nessuna-parola-così"),
    ]
    for filters, order_by, descending in itertools.product(
        cases, proposals_module.ORDER_KEYS, (True, False)
    ):
        plain = proposals_module._filtered(select(Proposal.id), filters).order_by(
            *proposals_module._order(order_by, descending)
        )
        with context.read() as session:
            expected = list(session.scalars(plain))
        assert service.proposal_ids(filters, order_by, descending) == expected, (
            filters,
            order_by,
            descending,
        )
        if filters == ProposalFilters():
            assert len(expected) == PROPOSALS_PER_SCALE * 2


def test_typing_from_the_list_on_show_gives_what_a_full_query_gives(scaled, monkeypatch):
    """Letters typed one by one (and taken away), with other filters and orders: the ids
    picked from the list on show are exactly those of a query from scratch."""
    context, _report = scaled
    service = ProposalService(context)
    picked = []
    original = proposals_module.matching_ids

    def counting(session, words):
        picked.append(words)
        return original(session, words)

    monkeypatch.setattr(proposals_module, "matching_ids", counting)
    forward = [TYPED[:n] for n in range(len(TYPED) + 1)]
    back = ["trasporto", "tras", "città"]  # letters taken away, another word: from scratch
    for base, order_by, descending in [
        (ProposalFilters(), "code", True),
        (ProposalFilters(zone_number=5), "title", False),
        (ProposalFilters(status=ProposalStatus.APPROVED), "submitted_on", True),
    ]:
        shown_filters = base
        shown_ids = service.proposal_ids(base, order_by, descending)
        mark = service.change_mark()
        picked.clear()
        for typed in forward + back:
            filters = replace(base, text=typed)
            ids = service.proposal_ids(
                filters, order_by, descending, shown=ShownIds(shown_filters, shown_ids, mark)
            )
            assert ids == service.proposal_ids(filters, order_by, descending), (filters, order_by)
            shown_filters, shown_ids = filters, ids
        assert picked == [typed for typed in forward if typed], "forward: from the list on show"
    # Anything written since the list was read (here: a proposal): a query from scratch.
    stale = ShownIds(ProposalFilters(), service.proposal_ids(), service.change_mark() - 1)
    picked.clear()
    assert service.proposal_ids(ProposalFilters(text="t"), shown=stale) == service.proposal_ids(
        ProposalFilters(text="t")
    )
    assert picked == []


def test_search_finds_words_and_new_proposals_still_indexed(scaled, fresh_context):
    context, _report = scaled
    service = ProposalService(context)
    found = service.proposal_rows(
        service.proposal_ids(ProposalFilters(text="trasporto scolastico"))
    )
    assert len(found) > 10
    for row in found[:50]:
        detail = service.proposal(row.uuid)
        content = fold(f"{detail.title} {detail.summary} {detail.resolution}")
        assert "trasporto" in content and "scolastic" in content
    assert service.proposal_ids(ProposalFilters(text="citta")) == service.proposal_ids(
        ProposalFilters(text="CITTÀ")
    )
    # The insert trigger, set aside during the bulk write, is back: new proposals are found.
    other = fresh_context()
    DemoScaleService(other).generate(scale=2, seed=0)
    proposals = ProposalService(other)
    proposals.submit(ProposalInput(title="Osservatorio xilografico", proposing_zones=(3,)))
    assert len(proposals.proposal_ids(ProposalFilters(text="xilogra"))) == 1


def test_every_session_follows_the_rules(scaled):
    context, report = scaled
    sessions = SessionService(context)
    rows = sessions.list_sessions()
    assert len(rows) == report.sessions
    by_year = defaultdict(list)
    for row in rows:
        by_year[row.year].append(row)
    for year, year_rows in by_year.items():
        ordered = sorted(year_rows, key=lambda r: r.number)
        assert [r.number for r in ordered] == list(range(1, len(ordered) + 1)), year
        assert [r.meeting_date for r in ordered] == sorted(r.meeting_date for r in ordered)
    statuses = Counter(row.status for row in rows)
    assert statuses[MeetingStatus.CONVENED] == 1
    assert statuses[MeetingStatus.MINUTES_APPROVED] == report.approved_minutes == len(rows) - 2
    dates = sorted(row.meeting_date for row in rows)
    assert dates[-1] > TODAY >= dates[-2]
    assert len(set(dates)) == len(dates)
    assert all(d.weekday() in (1, 2, 3) for d in dates[:-1]), "Tuesday to Thursday"
    for row in rows:
        detail = sessions.session(row.uuid)
        steps = [h.to_status for h in detail.history]
        assert steps == list(MeetingStatus)[: len(steps)] and steps[-1] is detail.status
        for before, after in itertools.pairwise(steps):
            check_session_transition(before, after)
        if detail.meeting_date <= TODAY:
            assert len(detail.attendance) == 11 and all(a.recorded for a in detail.attendance)
            present = {a.zone_number for a in detail.attendance if a.presence is Presence.PRESENT}
            for item in detail.agenda:
                assert {v.zone_number for v in item.votes} <= present
        if detail.status is MeetingStatus.MINUTES_APPROVED:
            assert sessions.verify_minutes(row.uuid), detail.ref
            approving = sessions.find_by_ref(detail.approved_at_ref)
            assert approving.meeting_date == detail.approved_on > detail.meeting_date
            assert any(detail.ref in item.title for item in approving.agenda)
    with context.read() as session:
        counters = dict(
            session.execute(
                select(CodeCounter.year, CodeCounter.last_value).where(
                    CodeCounter.series == "session"
                )
            ).all()
        )
    assert counters == {year: len(year_rows) for year, year_rows in by_year.items()}


def test_attendance_names_people_in_office_on_the_day(scaled):
    context, _report = scaled
    with context.read() as session:
        rows = session.scalars(select(Attendance).where(Attendance.person_id.is_not(None))).all()
        assert len(rows) > 100
        for row in rows:
            day = row.meeting.meeting_date
            assert row.attendee_name == row.person.full_name
            assert any(
                m.zone_id == row.zone_id and in_office(m.start_date, m.end_date, day)
                for m in row.person.mandates
            ), (row.attendee_name, day)


def test_one_audit_entry_per_created_record(scaled):
    context, report = scaled
    with context.read() as session:
        entries = dict(
            session.execute(
                select(AuditEntry.entity, func.count()).group_by(AuditEntry.entity)
            ).all()
        )
    assert entries == {
        "person": report.people,
        "mandate": report.mandates,
        "meeting": report.sessions,
        "proposal": report.proposals,
    }


def snapshot(context: ServiceContext) -> list[tuple]:
    with context.read() as session:
        return [
            *session.execute(
                select(
                    Proposal.uuid, Proposal.code, Proposal.title, Proposal.status, Proposal.summary
                ).order_by(Proposal.id)
            ),
            *session.execute(
                select(Meeting.uuid, Meeting.meeting_date, Meeting.minutes_fingerprint).order_by(
                    Meeting.id
                )
            ),
            *session.execute(select(Person.uuid, Person.given_name, Person.family_name)),
        ]


def test_same_seed_same_data(scaled, fresh_context):
    first, second, other = fresh_context(), fresh_context(), fresh_context()
    DemoScaleService(first).generate(scale=2, seed=4)
    DemoScaleService(other).generate(scale=2, seed=5)
    assert snapshot(first) == snapshot(scaled[0])
    assert snapshot(first) != snapshot(other)
    # Scale 1 is the everyday demo.
    everyday = DemoScaleService(second).generate(scale=1, seed=4)
    assert everyday.scale == 1 and 9 <= everyday.proposals < PROPOSALS_PER_SCALE


@pytest.mark.parametrize("scale", [0, -1, MAX_SCALE + 1])
def test_scale_out_of_range_is_refused(fresh_context, scale):
    context = fresh_context()
    with pytest.raises(ValidationError, match="scale"):
        DemoScaleService(context).generate(scale=scale)
    assert count(context, Person.id) == 0


def test_refuses_a_database_that_holds_proposals(fresh_context):
    context = fresh_context()
    ProposalService(context).submit(ProposalInput(title="Una proposta vera"))
    with pytest.raises(NotAllowedError, match="already holds") as caught:
        DemoScaleService(context).generate(scale=2)
    assert "new database file" in caught.value.advice
    assert (count(context, Proposal.id), count(context, Person.id)) == (1, 0)


def test_a_failure_changes_nothing_and_keeps_the_search_triggers(fresh_context, monkeypatch):
    context = fresh_context()
    written = []

    def failing_write(self, session):
        if written:
            raise RuntimeError("disk full, say")
        written.append(True)
        original(self, session)

    original = demo_scale._ProposalRows.write
    monkeypatch.setattr(demo_scale._ProposalRows, "write", failing_write)
    monkeypatch.setattr(demo_scale, "BATCH", 500)
    with pytest.raises(RuntimeError, match="disk full"):
        DemoScaleService(context).generate(scale=2)
    assert written, "the failure came after the triggers were set aside"
    for model in (Person, Meeting, Proposal, AuditEntry):
        assert count(context, model.id) == 0
    with context.read() as session:
        triggers = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).all()
    assert triggers == [
        "proposal_fts_after_delete",
        "proposal_fts_after_insert",
        "proposal_fts_after_update",
    ]
    ProposalService(context).submit(ProposalInput(title="Rete sentieristica"))
    assert ProposalService(context).proposal_ids(ProposalFilters(text="sentier"))


def checks_enforced(context: ServiceContext) -> bool:
    with context.read() as session:
        return session.scalar(text("PRAGMA ignore_check_constraints")) == 0


def test_rows_are_checked_before_the_commit(fresh_context, monkeypatch):
    """CHECK constraints are verified in one pass at the end: a bad row rolls everything back."""
    context = fresh_context()
    plan_roster = demo_scale._plan_roster

    def one_mandate_ends_before_it_starts(*args):
        roster = plan_roster(*args)
        first = roster.mandates[0]
        first.end_date = first.start_date.replace(year=first.start_date.year - 1)
        return roster

    monkeypatch.setattr(demo_scale, "_plan_roster", one_mandate_ends_before_it_starts)
    with pytest.raises(RuntimeError, match="invalid rows"):
        DemoScaleService(context).generate(scale=2)
    assert count(context, Person.id) == count(context, Proposal.id) == 0
    assert checks_enforced(context)


def test_checks_are_enforced_again_after_the_demo(scaled):
    context, _report = scaled
    assert checks_enforced(context)
    with pytest.raises(IntegrityError), context.write() as session:
        session.execute(text("UPDATE proposal SET status = 'lost' WHERE id = 1"))
