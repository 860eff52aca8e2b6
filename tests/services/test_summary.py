"""Summary data streamed from the database into the workbook writer, read back sheet by sheet."""

from __future__ import annotations

from datetime import date
from types import GeneratorType

import openpyxl
import pytest
from sqlalchemy import select

from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    AgendaItemKind,
    Presence,
    ProposalStatus,
)
from rtdesk.exports.summary_workbook import SHEET_NAMES, write_summary_workbook
from rtdesk.services.proposals import ProposalInput, ProposalService
from rtdesk.services.summary import SummaryService
from rtdesk.store.models import ActionItem, AgendaItem, Attendance, Meeting, Proposal, Zone

S = ProposalStatus
HOSTILE = '=HYPERLINK("http://x","y")'


@pytest.fixture
def filled(context):
    proposals = ProposalService(context)
    approved = proposals.submit(
        ProposalInput(
            HOSTILE,
            submitted_on=date(2026, 2, 1),
            summary="+39 sintesi",
            proposing_zones=(5,),
            themes=("-Scuola",),
            proposer_name="@Zona 5",
        )
    )
    for target in (S.ADMITTED, S.UNDER_DISCUSSION, S.APPROVED):
        proposals.change_status(approved.uuid, target, on=date(2026, 3, 1))
    proposals.set_adoption(approved.uuid, 5, AdoptionState.ADOPTED, date(2026, 4, 1))
    proposals.submit(ProposalInput("Vecchia", submitted_on=date(2025, 6, 1)))
    with context.write() as s:
        zones = {z.number: z for z in s.scalars(select(Zone))}
        meeting = Meeting(year=2026, number=1, meeting_date=date(2026, 3, 1), venue="-Sala")
        s.add(meeting)
        s.flush()
        proposal = s.scalar(select(Proposal).where(Proposal.uuid == approved.uuid))
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=1,
                title="Trasporto",
                kind=AgendaItemKind.DECISION,
                proposal_id=proposal.id,
            )
        )
        for number in range(1, 8):
            s.add(
                Attendance(
                    meeting_id=meeting.id, zone_id=zones[number].id, presence=Presence.PRESENT
                )
            )
        s.add(Attendance(meeting_id=meeting.id, zone_id=zones[8].id, presence=Presence.EXCUSED))
        s.add_all(
            [
                ActionItem(
                    description="=1+1",
                    owner_name="@owner",
                    due_date=date(2026, 1, 1),
                    meeting_id=meeting.id,
                    proposal_id=proposal.id,
                ),
                ActionItem(description="Done", status=ActionStatus.DONE, due_date=date(2025, 1, 1)),
            ]
        )
    return approved


def test_summary_data_streams_and_filters(context, filled):
    data = SummaryService(context).summary_data()
    assert isinstance(data.proposals, GeneratorType)
    assert data.proposal_count == 2 and len(data.zones) == 11
    proposals = list(data.proposals)
    assert [p.code for p in proposals] == ["P-2025-001", "P-2026-001"]
    assert proposals[1].discussed_at_text == "1/2026" and proposals[1].themes_text == "-Scuola"
    [matrix] = list(data.adoption)
    assert matrix.states[4] is AdoptionState.ADOPTED
    [session] = list(data.sessions)
    assert (session.zones_present, session.quorum_reached, session.agenda_items) == (7, True, 1)
    [attendance] = list(data.attendance)
    assert attendance.presences[7] is Presence.EXCUSED and attendance.presences[10] is None
    assert len(list(data.actions)) == 2
    only_2025 = SummaryService(context).summary_data(year=2025, language="en")
    assert [p.code for p in only_2025.proposals] == ["P-2025-001"]
    assert list(only_2025.sessions) == []
    assert [a.description for a in only_2025.actions] == ["Done"]


def test_workbook_read_back_with_hostile_strings_as_text(context, filled, tmp_path):
    path = tmp_path / "summary.xlsx"
    write_summary_workbook(SummaryService(context).summary_data(), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(SHEET_NAMES["it"].values())
    cells = {
        name: [c for row in book[name].iter_rows() for c in row if c.value is not None]
        for name in book.sheetnames
    }
    for name in ("Proposte", "Adozione", "Sedute", "Presenze", "Azioni"):
        assert len(book[name]["A"]) > 1, name
    hostile = [c for c in cells["Proposte"] if c.value == HOSTILE]
    assert hostile and all(c.data_type == "s" for c in hostile)
    action = [c for c in cells["Azioni"] if c.value == "=1+1"]
    assert action and action[0].data_type == "s"
    assert not any(c.data_type == "f" for name in ("Proposte", "Azioni") for c in cells[name])
