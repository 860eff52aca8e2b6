"""The proposals service: register, codes, search, lifecycle with history, adoption, import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from rtdesk.domain.enums import AdoptionState, AgendaItemKind, ProposalStatus
from rtdesk.domain.errors import (
    ConflictError,
    ImportRejected,
    NotAllowedError,
    ValidationError,
)
from rtdesk.domain.proposals import ProposalEntry
from rtdesk.services.actions import ActionService
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import DemoService
from rtdesk.services.proposals import ProposalFilters, ProposalInput, ProposalService
from rtdesk.store.database import open_database
from rtdesk.store.models import AgendaItem, AuditEntry, Meeting, Proposal

S = ProposalStatus


@pytest.fixture
def service(context) -> ProposalService:
    return ProposalService(context)


@pytest.fixture
def meeting(context) -> Meeting:
    with context.write() as s:
        m = Meeting(year=2026, number=7, meeting_date=date(2026, 10, 20))
        s.add(m)
    return m


def _submit(service, title, **kw) -> str:
    kw.setdefault("submitted_on", date(2026, 9, 1))
    return service.submit(ProposalInput(title=title, **kw)).uuid


def test_codes_follow_the_year_and_are_never_reused(service):
    first = service.submit(ProposalInput("Uno", submitted_on=date(2026, 1, 5)))
    second = service.submit(ProposalInput("Due", submitted_on=date(2026, 2, 5)))
    other_year = service.submit(ProposalInput("Tre", submitted_on=date(2025, 12, 5)))
    assert (first.code, second.code, other_year.code) == ("P-2026-001", "P-2026-002", "P-2025-001")
    service.delete(second.uuid)
    third = service.submit(ProposalInput("Quattro", submitted_on=date(2026, 3, 5)))
    assert third.code == "P-2026-003"
    assert first.status is S.SUBMITTED and first.history[0].to_status is S.SUBMITTED


def test_delete_only_while_submitted(service):
    uuid = _submit(service, "Da ammettere")
    service.change_status(uuid, S.ADMITTED)
    with pytest.raises(NotAllowedError):
        service.delete(uuid)


def test_transitions_are_enforced_and_recorded(service, meeting, context):
    uuid = _submit(service, "Sportello unico")
    assert service.allowed_transitions(uuid) == (S.ADMITTED, S.WITHDRAWN)
    with pytest.raises(NotAllowedError):
        service.change_status(uuid, S.APPROVED)
    service.change_status(uuid, S.ADMITTED, on=date(2026, 10, 1), note="In agenda")
    service.change_status(uuid, S.UNDER_DISCUSSION, on=date(2026, 10, 20), session_ref="7/2026")
    detail = service.change_status(
        uuid, S.APPROVED, on=date(2026, 10, 20), session_ref="n. 7/2026", note="All'unanimità"
    )
    assert detail.status is S.APPROVED and detail.resolved_on == date(2026, 10, 20)
    assert [
        (h.from_status, h.to_status, h.on, h.session_ref, h.note, h.user) for h in detail.history
    ] == [
        (None, S.SUBMITTED, date(2026, 9, 1), None, "", "tester"),
        (S.SUBMITTED, S.ADMITTED, date(2026, 10, 1), None, "In agenda", "tester"),
        (S.ADMITTED, S.UNDER_DISCUSSION, date(2026, 10, 20), "7/2026", "", "tester"),
        (S.UNDER_DISCUSSION, S.APPROVED, date(2026, 10, 20), "7/2026", "All'unanimità", "tester"),
    ]
    assert detail.allowed_transitions == (S.IN_IMPLEMENTATION,)
    with pytest.raises(NotAllowedError):
        service.change_status(uuid, S.REJECTED)
    with context.read() as s:
        summaries = list(s.scalars(select(AuditEntry.summary)))
    assert any("under discussion → approved in session 7/2026" in x for x in summaries)


def test_unknown_session_changes_nothing(service):
    uuid = _submit(service, "Sportello")
    with pytest.raises(ValidationError):
        service.change_status(uuid, S.ADMITTED, session_ref="settima")
    assert service.proposal(uuid).status is S.SUBMITTED
    assert len(service.proposal(uuid).history) == 1


def test_on_agenda_and_decided_move_the_status(service, meeting, context):
    uuid = _submit(service, "Trasporto disabili")
    with context.write() as s:
        proposal = s.scalar(select(Proposal).where(Proposal.uuid == uuid))
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=2,
                title="Trasporto disabili",
                kind=AgendaItemKind.DECISION,
                proposal_id=proposal.id,
            )
        )
    assert service.on_agenda(uuid, "7/2026").status is S.ADMITTED
    detail = service.decided(uuid, "7/2026", S.DEFERRED, note="Serve un parere")
    assert [h.to_status for h in detail.history][-2:] == [S.UNDER_DISCUSSION, S.DEFERRED]
    assert detail.history[-1].on == date(2026, 10, 20)  # the session's date
    assert [(d.session_ref, d.position) for d in detail.discussed_at] == [("7/2026", 2)]
    assert (detail.resolution, detail.resolved_on) == ("", None)  # deferring resolves nothing
    assert service.on_agenda(uuid, "7/2026").status is S.ADMITTED  # deferred comes back
    with pytest.raises(ValidationError):
        service.decided(uuid, "7/2026", S.IMPLEMENTED)
    # The decision as the minutes word it becomes the proposal's resolution.
    detail = service.decided(uuid, "7/2026", S.APPROVED, note="  Approvata all'unanimità.\n")
    assert (detail.resolution, detail.resolved_on) == (
        "Approvata all'unanimità.",
        date(2026, 10, 20),
    )


def test_a_resolution_written_on_the_proposal_is_kept(service, meeting):
    uuid = _submit(service, "Sportello unico")
    detail = service.proposal(uuid)
    data = replace(detail.to_input(), resolution="Testo del Consiglio metropolitano")
    service.update(uuid, data, detail.row_version)
    service.on_agenda(uuid, "7/2026")
    detail = service.decided(uuid, "7/2026", S.REJECTED, note="Respinta a maggioranza.")
    assert detail.status is S.REJECTED
    assert detail.resolution == "Testo del Consiglio metropolitano"


def test_adoption_only_after_approval_and_matrix(service):
    uuid = _submit(service, "Buone pratiche")
    with pytest.raises(NotAllowedError):
        service.set_adoption(uuid, 3, AdoptionState.PLANNED)
    for target in (S.ADMITTED, S.UNDER_DISCUSSION, S.APPROVED):
        service.change_status(uuid, target)
    detail = service.set_adoption(uuid, 3, AdoptionState.ADOPTED, date(2026, 11, 2), "Delibera")
    assert len(detail.adoptions) == 11
    zone3 = detail.adoptions[2]
    assert (zone3.zone_number, zone3.state, zone3.on, zone3.note) == (
        3,
        AdoptionState.ADOPTED,
        date(2026, 11, 2),
        "Delibera",
    )
    assert detail.adoptions[0].state is None
    _submit(service, "Non approvata")
    matrix = service.adoption_matrix()
    assert [m.code for m in matrix] == [detail.code]
    assert matrix[0].states[2] is AdoptionState.ADOPTED and matrix[0].states[0] is None
    assert len(matrix[0].states) == 11


def test_search_accents_and_filters(service):
    citta = _submit(
        service, "Città metropolitana sostenibile", proposing_zones=(1, 5), themes=("Ambiente",)
    )
    _submit(service, "Altro tema", summary="nessuna città", proposing_zones=(2,))
    old = _submit(
        service,
        "Città e scuola",
        submitted_on=date(2025, 4, 1),
        proposing_zones=(5,),
        themes=("Scuola",),
    )
    codes = lambda **kw: {r.uuid for r in service.list_proposals(**kw)}  # noqa: E731
    assert len(codes(text="citta")) == 3
    assert codes(text="CITTA metropol") == {citta}
    assert codes(text="citta", zone_number=5) == {citta, old}
    assert codes(text="citta", year=2025) == {old}
    assert codes(text="citta", theme="ambiente") == {citta}
    service.change_status(old, S.ADMITTED)
    assert codes(text="città", status=S.ADMITTED) == {old}
    assert codes(text='"; DROP TABLE proposal; --') == set()
    assert service.themes() == ["Ambiente", "Scuola"]


def test_search_by_code_as_pasted_from_the_minutes(service):
    first = _submit(service, "Primo")
    _submit(service, "Secondo")
    code = service.proposal(first).code
    uuids = lambda text: {r.uuid for r in service.list_proposals(text=text)}  # noqa: E731
    assert uuids(code) == {first}
    assert uuids(f"  {code.lower()} ") == {first}
    assert uuids("P-1999-001") == set()


def test_ids_first_listing_and_ordering(service):
    for i, title in enumerate(["Beta", "alfa", "Gamma"]):
        _submit(service, title, submitted_on=date(2026, 1, 1 + i))
    ids = service.proposal_ids(ProposalFilters(), order_by="title", descending=False)
    assert [r.title for r in service.proposal_rows(ids)] == ["alfa", "Beta", "Gamma"]
    assert [r.title for r in service.proposal_rows(list(reversed(ids)))] == [
        "Gamma",
        "Beta",
        "alfa",
    ]
    assert [r.code for r in service.list_proposals(limit=2)] == ["P-2026-003", "P-2026-002"]
    assert [r.code for r in service.list_proposals(limit=2, offset=2)] == ["P-2026-001"]
    with pytest.raises(ValueError):
        service.proposal_ids(order_by="nonsense")


def test_update_with_optimistic_lock(service):
    detail = service.submit(ProposalInput("Titolo", submitted_on=date(2026, 5, 1)))
    changed = service.update(
        detail.uuid,
        ProposalInput("Titolo nuovo", summary="=SUM(A1)", themes=("Mobilità",)),
        detail.row_version,
    )
    assert changed.title == "Titolo nuovo" and changed.summary == "=SUM(A1)"
    with pytest.raises(ConflictError):
        service.update(detail.uuid, ProposalInput("Di nuovo"), detail.row_version)
    with pytest.raises(ValidationError):
        service.update(detail.uuid, ProposalInput(""), changed.row_version)
    with pytest.raises(ValidationError):
        service.update(
            detail.uuid, ProposalInput("X", submitted_on=date(2025, 1, 1)), changed.row_version
        )


def test_school_transport_from_the_pinerolese(service):
    """'What happened to the proposal on school transport from the Pinerolese zone, and which
    zones adopted it?'"""
    uuid = _submit(
        service,
        "Trasporto scolastico nelle valli",
        summary="Navette condivise tra comuni per le scuole medie.",
        proposing_zones=(5,),
        proposer_name="Zona 5 Pinerolese",
        themes=("Scuola", "Mobilità"),
    )
    _submit(service, "Trasporto scolastico urbano", proposing_zones=(1,))
    for target in (S.ADMITTED, S.UNDER_DISCUSSION, S.APPROVED):
        service.change_status(uuid, target, on=date(2026, 10, 20))
    service.set_adoption(uuid, 5, AdoptionState.ADOPTED, date(2026, 11, 1))
    service.set_adoption(uuid, 6, AdoptionState.ADOPTING, date(2026, 11, 10))
    service.set_adoption(uuid, 1, AdoptionState.NOT_APPLICABLE)

    found = service.list_proposals(text="trasporto scolastico", zone_number=5)
    assert [r.uuid for r in found] == [uuid]
    detail = service.proposal(found[0].uuid)
    assert detail.status is S.APPROVED
    assert [h.to_status for h in detail.history][-1] is S.APPROVED
    adopted = [a.zone_number for a in detail.adoptions if a.state is AdoptionState.ADOPTED]
    assert adopted == [5]
    assert detail.adoptions[5].state is AdoptionState.ADOPTING


def _entry(row, title, **kw) -> ProposalEntry:
    kw.setdefault("submitted_on", date(2024, 3, 1))
    return ProposalEntry(source_row=row, title=title, **kw)


def test_import_is_all_or_nothing_and_idempotent(service):
    entries = [
        _entry(2, "Sportello", code="P-2024-007", status=S.APPROVED, proposing_zones=(5,)),
        _entry(3, "Senza codice", themes=("Scuola",)),
    ]
    report = service.import_entries(entries)
    assert sorted(report.created) == ["P-2024-007", "P-2024-008"]
    again = service.import_entries(entries)
    assert (again.created, again.updated, again.unchanged) == ((), (), 2)
    # The counter knows the imported code: the next one is 009.
    assert (
        service.submit(ProposalInput("Nuova", submitted_on=date(2024, 5, 1))).code == "P-2024-009"
    )
    changed = service.import_entries(
        [_entry(2, "Sportello", code="P-2024-007", status=S.IN_IMPLEMENTATION)]
    )
    assert changed.updated == ("P-2024-007",)

    bad = [
        _entry(2, "Buona"),
        _entry(3, "Zona", proposing_zones=(12,)),
        _entry(4, "Codice", code="P-2023-001"),
        _entry(5, "Doppia", code="P-2024-050"),
        _entry(6, "Doppia bis", code="P-2024-050"),
    ]
    before = len(service.list_proposals())
    with pytest.raises(ImportRejected) as caught:
        service.import_entries(bad)
    assert [p.row for p in caught.value.problems] == [3, 4, 6]
    assert len(service.list_proposals()) == before


def _demo_snapshot(context):
    DemoService(context).generate(years=2, seed=3)
    service = ProposalService(context)
    rows = service.list_proposals(order_by="code", descending=False)
    details = [service.proposal(r.uuid) for r in rows]
    actions = ActionService(context).list_actions()
    return (
        [
            (d.code, d.title, d.status, d.submitted_on, [(h.to_status, h.on) for h in d.history])
            for d in details
        ],
        [(m.code, m.states) for m in service.adoption_matrix()],
        [(a.description, a.due_date, a.status) for a in actions],
    )


def test_demo_adds_proposals_in_every_status_reproducibly(context, tmp_path):
    proposals, matrix, actions = _demo_snapshot(context)
    assert {status for _c, _t, status, _d, _h in proposals} == set(ProposalStatus)
    assert all(history[0][0] is S.SUBMITTED for *_x, history in proposals)
    assert matrix and actions
    assert any(code for code, states in matrix if AdoptionState.ADOPTED in states)
    school = ProposalService(context).list_proposals(text="trasporto scolastico", zone_number=5)
    assert len(school) >= 1
    other = open_database(tmp_path / "other.sqlite")
    try:
        again = ServiceContext(other.session_factory, user="tester", today=context.today)
        assert _demo_snapshot(again) == (proposals, matrix, actions)
    finally:
        other.close()
