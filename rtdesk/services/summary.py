"""The data of the summary workbook, streamed from the database sheet by sheet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from rtdesk.domain.enums import Presence
from rtdesk.domain.identifiers import format_session_ref
from rtdesk.domain.roster import RosterEntry
from rtdesk.domain.summary import (
    ActionSummaryRow,
    AttendanceRow,
    ProposalSummaryRow,
    SessionSummaryRow,
    SummaryData,
    check_language,
)
from rtdesk.services.context import ServiceContext
from rtdesk.services.proposals import ProposalFilters, ProposalService
from rtdesk.services.roster import RosterService
from rtdesk.services.settings import SettingsService
from rtdesk.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Proposal,
    Zone,
)

BATCH = 500  # rows fetched at a time: 100,000 proposals are never all in memory

# When a zone has several attendance lines (a spokesperson absent, a deputy present), the zone
# counts as present if anyone was there, else excused if anyone excused themselves.
_PRESENCE_RANK = {Presence.PRESENT: 2, Presence.EXCUSED: 1, Presence.ABSENT: 0}


class SummaryService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def summary_data(self, year: int | None = None, language: str = "it") -> SummaryData:
        """Everything the summary workbook shows, as generators read once in sheet order.

        `year` keeps the proposals submitted, the sessions held and the actions agreed (or,
        without a session, due) in that year; the roster is always complete. Each generator
        opens its own read session when the writer starts on its sheet.
        """
        check_language(language)
        with self._context.read() as session:
            zones = [
                tuple(r)
                for r in session.execute(select(Zone.number, Zone.name).order_by(Zone.number))
            ]
            count_query = select(func.count(Proposal.id))
            if year is not None:
                count_query = count_query.where(Proposal.year == year)
            proposal_count = session.scalar(count_query) or 0
        return SummaryData(
            zones=zones,
            today=self._context.today(),
            proposals=self._proposals(year),
            adoption=ProposalService(self._context).iter_adoption_matrix(
                ProposalFilters(year=year), descending=False
            ),
            sessions=self._sessions(year, len(zones)),
            attendance=self._attendance(year),
            actions=self._actions(year),
            roster=self._roster(),
            year=year,
            language=language,
            proposal_count=proposal_count,
        )

    def _proposals(self, year: int | None) -> Iterator[ProposalSummaryRow]:
        query = (
            select(Proposal)
            .options(selectinload(Proposal.proposing_zones), selectinload(Proposal.themes))
            .order_by(Proposal.year, Proposal.sequence)
        )
        if year is not None:
            query = query.where(Proposal.year == year)
        with self._context.read() as session:
            result = session.scalars(query.execution_options(yield_per=BATCH))
            for batch in result.partitions():
                refs: dict[int, list[str]] = defaultdict(list)
                discussed = (
                    select(AgendaItem.proposal_id, Meeting.number, Meeting.year)
                    .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                    .where(AgendaItem.proposal_id.in_([p.id for p in batch]))
                    .order_by(Meeting.meeting_date, Meeting.id)
                )
                for proposal_id, number, meeting_year in session.execute(discussed):
                    ref = format_session_ref(number, meeting_year)
                    if ref not in refs[proposal_id]:
                        refs[proposal_id].append(ref)
                for p in batch:
                    yield ProposalSummaryRow(
                        code=p.code,
                        title=p.title,
                        status=p.status,
                        submitted_on=p.submitted_on,
                        proposing_zones_text=", ".join(str(z.number) for z in p.proposing_zones),
                        proposer=p.proposer_name,
                        themes_text="; ".join(t.name for t in p.themes),
                        strategic_axis=p.strategic_axis,
                        resolution=p.resolution,
                        resolved_on=p.resolved_on,
                        discussed_at_text=", ".join(refs.get(p.id, ())),
                    )

    def _meetings_query(self, year: int | None):
        query = select(Meeting).order_by(Meeting.meeting_date, Meeting.year, Meeting.number)
        return query if year is None else query.where(Meeting.year == year)

    def _presence_by_zone(self, session, meeting_ids: list[int]) -> dict[int, dict[int, Presence]]:
        """meeting id → zone number → the zone's presence (see _PRESENCE_RANK)."""
        result: dict[int, dict[int, Presence]] = defaultdict(dict)
        rows = session.execute(
            select(Attendance.meeting_id, Zone.number, Attendance.presence)
            .join(Zone, Zone.id == Attendance.zone_id)
            .where(Attendance.meeting_id.in_(meeting_ids))
        )
        for meeting_id, zone_number, presence in rows:
            zones = result[meeting_id]
            current = zones.get(zone_number)
            if current is None or _PRESENCE_RANK[presence] > _PRESENCE_RANK[current]:
                zones[zone_number] = presence
        return result

    def _sessions(self, year: int | None, zone_total: int) -> Iterator[SessionSummaryRow]:
        rule = SettingsService(self._context).get().quorum_rule()
        with self._context.read() as session:
            result = session.scalars(self._meetings_query(year).execution_options(yield_per=BATCH))
            for batch in result.partitions():
                ids = [m.id for m in batch]
                presence = self._presence_by_zone(session, ids)
                counts = session.execute(
                    select(AgendaItem.meeting_id, func.count(AgendaItem.id))
                    .where(AgendaItem.meeting_id.in_(ids))
                    .group_by(AgendaItem.meeting_id)
                )
                items = {meeting_id: count for meeting_id, count in counts}
                for m in batch:
                    zones = presence.get(m.id)
                    present = (
                        sum(1 for p in zones.values() if p is Presence.PRESENT) if zones else None
                    )
                    yield SessionSummaryRow(
                        ref=format_session_ref(m.number, m.year),
                        held_on=m.meeting_date,
                        venue=m.venue,
                        mode=m.mode,
                        status=m.status,
                        zones_present=present,
                        zones_total=zone_total,
                        quorum_reached=None if present is None else rule.reached(present),
                        agenda_items=items.get(m.id, 0),
                    )

    def _attendance(self, year: int | None) -> Iterator[AttendanceRow]:
        with self._context.read() as session:
            numbers = list(session.scalars(select(Zone.number).order_by(Zone.number)))
            result = session.scalars(self._meetings_query(year).execution_options(yield_per=BATCH))
            for batch in result.partitions():
                presence = self._presence_by_zone(session, [m.id for m in batch])
                for m in batch:
                    zones = presence.get(m.id, {})
                    yield AttendanceRow(
                        ref=format_session_ref(m.number, m.year),
                        held_on=m.meeting_date,
                        presences=tuple(zones.get(n) for n in numbers),
                    )

    def _actions(self, year: int | None) -> Iterator[ActionSummaryRow]:
        query = (
            select(
                ActionItem.description,
                ActionItem.owner_name,
                Person.given_name,
                Person.family_name,
                Zone.number,
                ActionItem.due_date,
                ActionItem.status,
                Meeting.number,
                Meeting.year,
                Proposal.code,
            )
            .outerjoin(Person, Person.id == ActionItem.owner_person_id)
            .outerjoin(Zone, Zone.id == ActionItem.owner_zone_id)
            .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(Proposal, Proposal.id == ActionItem.proposal_id)
            .order_by(ActionItem.id)
        )
        if year is not None:
            due_in_year = ActionItem.due_date.between(date(year, 1, 1), date(year, 12, 31))
            query = query.where(
                or_(Meeting.year == year, (ActionItem.meeting_id.is_(None)) & due_in_year)
            )
        with self._context.read() as session:
            for (
                description,
                owner_name,
                given,
                family,
                zone,
                due,
                status,
                number,
                meeting_year,
                code,
            ) in session.execute(query.execution_options(yield_per=BATCH)):
                yield ActionSummaryRow(
                    description=description,
                    owner=owner_name.strip() or f"{given or ''} {family or ''}".strip(),
                    zone=zone,
                    due_on=due,
                    status=status,
                    session_ref=format_session_ref(number, meeting_year) if number else "",
                    proposal_code=code or "",
                )

    def _roster(self) -> Iterator[RosterEntry]:
        # A few hundred mandates: read when the writer reaches the roster sheet.
        yield from RosterService(self._context).roster_entries()
