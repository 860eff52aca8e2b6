"""Proposals and good practices: register, search, lifecycle, zone adoption and import."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload

from rtdesk.domain.enums import AdoptionState, AuditAction, ProposalStatus
from rtdesk.domain.errors import (
    ConflictError,
    ImportRejected,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from rtdesk.domain.identifiers import (
    format_proposal_code,
    format_session_ref,
    parse_proposal_code,
    parse_session_ref,
)
from rtdesk.domain.proposals import (
    ADOPTION_TRACKED,
    AWAITING_A_SESSION,
    DECISION_OUTCOMES,
    STATUS_LABELS,
    ProposalEntry,
    allowed_proposal_transitions,
    check_proposal_transition,
)
from rtdesk.domain.roster import RowProblem
from rtdesk.domain.summary import AdoptionMatrixRow
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.domain.zones import fold_name
from rtdesk.services import audit
from rtdesk.services.actions import ActionRow, ActionService
from rtdesk.services.context import ServiceContext
from rtdesk.services.lookup import by_uuid
from rtdesk.store.models import (
    AgendaItem,
    CodeCounter,
    Meeting,
    Proposal,
    ProposalStatusChange,
    Theme,
    Zone,
    ZoneAdoption,
    proposal_theme,
    proposal_zone,
)
from rtdesk.store.search import match_count, matches, matching_ids, narrows

CODE_SERIES = "proposal"  # CodeCounter series: codes are never reused, even after a delete
TITLE_LIMIT = 500


@dataclass(frozen=True)
class ProposalRow:
    uuid: str  # stable key for later use cases; never shown
    code: str  # "P-2026-014"
    title: str
    status: ProposalStatus
    submitted_on: date
    proposing_zones: tuple[int, ...]  # zone numbers, ascending
    themes: tuple[str, ...] = ()
    id: int = 0  # the handle of the lazy table model (`proposal_ids`); never shown


@dataclass(frozen=True)
class ProposalFilters:
    """What the register list is narrowed to; every field left empty means "no filter"."""

    text: str = ""  # words typed in the search box: title, summary and resolution
    status: ProposalStatus | None = None
    zone_number: int | None = None  # a proposing zone
    theme: str | None = None
    year: int | None = None  # the year of the code (the submission year)


@dataclass(frozen=True)
class ShownIds:
    """The list on show: its filters, its ids in the order being asked for now, and the
    database's `change_mark()` read before those ids were."""

    filters: ProposalFilters
    ids: Sequence[int]
    mark: int


# Columns the list can be sorted by; each ends with the id so the order is total.
ORDER_KEYS = ("code", "title", "status", "submitted_on")


@dataclass(frozen=True)
class ProposalInput:
    title: str
    submitted_on: date | None = None  # None: today
    summary: str = ""
    proposing_zones: tuple[int, ...] = ()
    proposer_name: str = ""
    themes: tuple[str, ...] = ()
    strategic_axis: str = ""
    resolution: str = ""
    resolved_on: date | None = None


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: ProposalStatus | None
    to_status: ProposalStatus
    on: date
    session_ref: str | None  # "7/2026" when it happened in a session
    note: str
    user: str


@dataclass(frozen=True)
class AdoptionRow:
    zone_number: int
    zone_name: str
    state: AdoptionState | None  # None: nothing recorded for that zone
    on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class DiscussionRow:
    """An agenda item where the proposal was (or will be) discussed."""

    session_ref: str
    session_uuid: str
    meeting_date: date
    position: int
    title: str
    decision: str


@dataclass(frozen=True)
class ProposalDetail:
    uuid: str
    code: str
    title: str
    summary: str
    status: ProposalStatus
    submitted_on: date
    proposing_zones: tuple[int, ...]
    proposer_name: str
    themes: tuple[str, ...]
    strategic_axis: str
    resolution: str
    resolved_on: date | None
    row_version: int  # pass back as expected_version to `update`
    allowed_transitions: tuple[ProposalStatus, ...]
    history: tuple[StatusChangeRow, ...] = ()
    adoptions: tuple[AdoptionRow, ...] = ()  # one per zone, by zone number
    discussed_at: tuple[DiscussionRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()

    def to_input(self) -> ProposalInput:
        return ProposalInput(
            title=self.title,
            submitted_on=self.submitted_on,
            summary=self.summary,
            proposing_zones=self.proposing_zones,
            proposer_name=self.proposer_name,
            themes=self.themes,
            strategic_axis=self.strategic_axis,
            resolution=self.resolution,
            resolved_on=self.resolved_on,
        )


@dataclass(frozen=True)
class ProposalImportReport:
    created: tuple[str, ...] = ()  # codes
    updated: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


class ProposalService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # ------------------------------------------------------------------------------- reading

    def list_proposals(
        self,
        *,
        text: str = "",
        status: ProposalStatus | None = None,
        zone_number: int | None = None,
        theme: str | None = None,
        year: int | None = None,
        order_by: str = "code",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ProposalRow]:
        """The proposals passing the filters; by default every one, the most recent code first."""
        filters = ProposalFilters(text, status, zone_number, theme, year)
        ids = self.proposal_ids(filters, order_by, descending)
        ids = ids[offset:] if limit is None else ids[offset : offset + limit]
        return self.proposal_rows(ids)

    def proposal_ids(
        self,
        filters: ProposalFilters = ProposalFilters(),
        order_by: str = "code",
        descending: bool = True,
        *,
        shown: ShownIds | None = None,
    ) -> list[int]:
        """The ids of the proposals passing the filters, in display order: one SQL query.

        A table model keeps these ids and asks `proposal_rows` for the visible ones only.
        `shown`: the list on show while the user types. When nothing was written since it
        was read (anywhere: another window or workstation included) and the new text can
        only take proposals away from it (more letters typed), the matching ids are picked
        from that list in its order instead of read and sorted again: the first letters
        typed over 100,000 proposals take 45 ms instead of 120, and later ones a few.
        """
        with self._context.read() as session:
            if (
                shown is not None
                and _narrows(shown.filters, filters)
                and shown.mark == audit.last_entry_id(session)
            ):
                matched = matching_ids(session, filters.text)
                return [i for i in shown.ids if i in matched]
            query = _filtered(select(Proposal.id), filters, broad_text=_broad(session, filters))
            return _id_list(session, query.order_by(*_order(order_by, descending)))

    def change_mark(self) -> int:
        """A number that changes whenever anything is written (see ShownIds)."""
        with self._context.read() as session:
            return audit.last_entry_id(session)

    def proposal_rows(self, ids: Sequence[int]) -> list[ProposalRow]:
        """The rows of these proposals, in the order given (ids deleted meanwhile are skipped)."""
        if not ids:
            return []
        with self._context.read() as session:
            found = {}
            # SQLite limits the number of bound parameters: ask in slices.
            for start in range(0, len(ids), 500):
                query = (
                    select(Proposal)
                    .where(Proposal.id.in_(ids[start : start + 500]))
                    .options(selectinload(Proposal.proposing_zones), selectinload(Proposal.themes))
                )
                for p in session.scalars(query):
                    found[p.id] = _row(p)
        return [found[i] for i in ids if i in found]

    def proposal(self, uuid: str) -> ProposalDetail:
        with self._context.read() as session:
            return _detail(session, _get(session, uuid), self._context)

    def proposal_id(self, uuid: str) -> int | None:
        """The id `proposal_ids` lists this proposal under; None if it no longer exists."""
        with self._context.read() as session:
            return session.scalar(select(Proposal.id).where(Proposal.uuid == uuid))

    def agenda_choices(self) -> list[tuple[str, str]]:
        """(code, title) of the proposals awaiting a session, newest first: what an agenda is
        drawn up from. One light query, since a register may hold many thousands."""
        with self._context.read() as session:
            rows = session.execute(
                select(Proposal.code, Proposal.title)
                .where(Proposal.status.in_(AWAITING_A_SESSION))
                .order_by(Proposal.year.desc(), Proposal.sequence.desc())
            )
            return [(code, title) for code, title in rows]

    def uuid_of_code(self, code: str) -> str | None:
        """The uuid of the proposal with this code (P-2026-001); None if there is none."""
        with self._context.read() as session:
            return session.scalar(select(Proposal.uuid).where(Proposal.code == code.strip()))

    def themes(self) -> list[str]:
        with self._context.read() as session:
            names = session.scalars(select(Theme.name))
            return sorted(names, key=fold_name)

    def allowed_transitions(self, uuid: str) -> tuple[ProposalStatus, ...]:
        with self._context.read() as session:
            return _allowed(_get(session, uuid).status)

    def adoption_matrix(
        self, filters: ProposalFilters = ProposalFilters()
    ) -> list[AdoptionMatrixRow]:
        """Approved proposals (and later states) × zones 1..11, most recent code first."""
        return list(self.iter_adoption_matrix(filters))

    def iter_adoption_matrix(
        self, filters: ProposalFilters = ProposalFilters(), descending: bool = True
    ) -> Iterator[AdoptionMatrixRow]:
        """The adoption matrix streamed from the database (for the summary workbook)."""
        with self._context.read() as session:
            zone_ids = list(session.scalars(select(Zone.id).order_by(Zone.number)))
            query = _filtered(select(Proposal), filters).where(
                Proposal.status.in_(sorted(ADOPTION_TRACKED))
            )
            query = query.options(selectinload(Proposal.adoptions)).order_by(
                *_order("code", descending)
            )
            for p in session.scalars(query.execution_options(yield_per=500)):
                by_zone = {a.zone_id: a.state for a in p.adoptions}
                yield AdoptionMatrixRow(
                    p.code, p.title, p.status, tuple(by_zone.get(z) for z in zone_ids)
                )

    def zones(self) -> list[tuple[int, str]]:
        with self._context.read() as session:
            return [
                tuple(r)
                for r in session.execute(select(Zone.number, Zone.name).order_by(Zone.number))
            ]

    # ------------------------------------------------------------------------------- writing

    def submit(self, data: ProposalInput) -> ProposalDetail:
        """Register a new proposal; its code P-YYYY-NNN is the next one of its year."""
        with self._context.write() as session:
            submitted_on = data.submitted_on or self._context.today()
            proposal = Proposal(
                year=submitted_on.year,
                sequence=next_code_sequence(session, submitted_on.year),
                status=ProposalStatus.SUBMITTED,
                submitted_on=submitted_on,
            )
            proposal.code = format_proposal_code(proposal.year, proposal.sequence)
            _apply(session, proposal, data)
            session.add(proposal)
            session.add(
                ProposalStatusChange(
                    proposal=proposal,
                    from_status=None,
                    to_status=ProposalStatus.SUBMITTED,
                    changed_on=submitted_on,
                    changed_by=self._context.user,
                    note="",
                )
            )
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                proposal,
                f"Proposal {proposal.code} submitted: {proposal.title}",
            )
            return _detail(session, proposal, self._context)

    def update(self, uuid: str, data: ProposalInput, expected_version: int) -> ProposalDetail:
        """Change a proposal's details (not its status); `ConflictError` if changed meanwhile."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            _check_version(proposal, expected_version)
            before = _content(proposal)
            if data.submitted_on is not None and data.submitted_on.year != proposal.year:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.proposals",
                        "The submission date must stay in {year}, the year of the code {code}.",
                    ).format(year=proposal.year, code=proposal.code),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.proposals",
                        "Delete and submit the proposal again if it belongs to another year.",
                    ),
                )
            _apply(session, proposal, data)
            after = _content(proposal)
            changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    proposal,
                    f"Proposal {proposal.code} changed",
                    changes,
                )
            return _detail(session, proposal, self._context)

    def change_status(
        self,
        uuid: str,
        target: ProposalStatus,
        *,
        on: date | None = None,
        session_ref: str | None = None,
        note: str = "",
    ) -> ProposalDetail:
        """Move a proposal along its lifecycle; the change is kept in its history."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            meeting = _meeting(session, session_ref) if session_ref else None
            record_status_change(
                session,
                self._context.user,
                proposal,
                target,
                on or self._context.today(),
                meeting=meeting,
                note=note,
            )
            return _detail(session, proposal, self._context)

    def on_agenda(self, uuid: str, session_ref: str, *, on: date | None = None) -> ProposalDetail:
        """The proposal was put on a session's agenda: submitted or deferred → admitted."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            meeting = _meeting(session, session_ref)
            # The agenda is set no later than the session itself.
            on = on or min(self._context.today(), meeting.meeting_date)
            put_on_agenda(session, self._context.user, proposal, meeting, on)
            return _detail(session, proposal, self._context)

    def decided(
        self,
        uuid: str,
        session_ref: str,
        outcome: ProposalStatus,
        *,
        on: date | None = None,
        note: str = "",
    ) -> ProposalDetail:
        """A session decided on the proposal (approved, rejected, deferred or withdrawn)."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            meeting = _meeting(session, session_ref)
            record_decision(
                session,
                self._context.user,
                proposal,
                meeting,
                outcome,
                on or meeting.meeting_date,
                note=note,
            )
            return _detail(session, proposal, self._context)

    def set_adoption(
        self,
        uuid: str,
        zone_number: int,
        state: AdoptionState,
        on: date | None = None,
        note: str = "",
    ) -> ProposalDetail:
        """Record how far a zone has come in adopting an approved proposal."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            if proposal.status not in ADOPTION_TRACKED:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.proposals",
                        "Proposal {code} is {status}: zones adopt only approved proposals.",
                    ).format(code=proposal.code, status=proposal.status),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.proposals",
                        "Record the approval first, then the adoption by each zone.",
                    ),
                )
            zone = session.scalar(select(Zone).where(Zone.number == zone_number))
            if zone is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors.proposals", "There is no zone {number}.").format(
                        number=zone_number
                    )
                )
            adoption = session.scalar(
                select(ZoneAdoption).where(
                    ZoneAdoption.proposal_id == proposal.id, ZoneAdoption.zone_id == zone.id
                )
            )
            before = (adoption.state, adoption.state_date, adoption.note) if adoption else None
            if adoption is None:
                adoption = ZoneAdoption(proposal=proposal, zone_id=zone.id)
                session.add(adoption)
            adoption.state = AdoptionState(state)
            adoption.state_date = on or self._context.today()
            adoption.note = (note or "").strip()
            after = (adoption.state, adoption.state_date, adoption.note)
            if before != after:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE if before else AuditAction.CREATE,
                    adoption,
                    f"Proposal {proposal.code}, zone {zone_number}: {adoption.state.value}",
                    {"adoption": (before and before[0], adoption.state)},
                )
            return _detail(session, proposal, self._context)

    def delete(self, uuid: str) -> None:
        """Delete a proposal still only submitted; its code is never handed out again."""
        with self._context.write() as session:
            proposal = _get(session, uuid)
            if proposal.status is not ProposalStatus.SUBMITTED:
                raise NotAllowedError(
                    QT_TRANSLATE_NOOP(
                        "errors.proposals",
                        "Proposal {code} is {status}: only a proposal still just submitted can "
                        "be deleted.",
                    ).format(code=proposal.code, status=proposal.status),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.proposals", "Mark it as withdrawn instead; its history is kept."
                    ),
                )
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                proposal,
                f"Proposal {proposal.code} deleted: {proposal.title}",
            )
            session.delete(proposal)

    def import_entries(self, entries: Sequence[ProposalEntry]) -> ProposalImportReport:
        """Write a register read from a workbook: all rows or none (`ImportRejected`).

        A row is matched by its code when it has one, else by submission year and title
        (compared without case and accents); importing the same file again changes nothing.
        """
        created: list[str] = []
        updated: list[str] = []
        unchanged = 0
        with self._context.write() as session:
            zone_ids = {n: i for n, i in session.execute(select(Zone.number, Zone.id))}
            problems = _check_entries(session, entries, zone_ids)
            if problems:
                raise ImportRejected(
                    problems, what=QT_TRANSLATE_NOOP("errors.import", "proposal register")
                )
            for entry in entries:
                proposal = _match(session, entry)
                data = ProposalInput(
                    title=entry.title,
                    submitted_on=entry.submitted_on,
                    summary=entry.summary,
                    proposing_zones=entry.proposing_zones,
                    proposer_name=entry.proposer_name,
                    themes=entry.themes,
                    strategic_axis=entry.strategic_axis,
                    resolution=entry.resolution,
                    resolved_on=entry.resolved_on,
                )
                if proposal is None:
                    proposal = _new_imported(session, entry)
                    _apply(session, proposal, data)
                    session.add(proposal)
                    session.add(
                        ProposalStatusChange(
                            proposal=proposal,
                            from_status=None,
                            to_status=entry.status,
                            changed_on=entry.resolved_on or entry.submitted_on,
                            changed_by=self._context.user,
                            note="Imported from a register workbook.",
                        )
                    )
                    audit.record(
                        session,
                        self._context.user,
                        AuditAction.CREATE,
                        proposal,
                        f"Proposal {proposal.code} imported: {proposal.title}",
                    )
                    created.append(proposal.code)
                    continue
                before = _content(proposal)
                _apply(session, proposal, data)
                old_status = proposal.status
                if entry.status != old_status:
                    proposal.status = entry.status
                    session.add(
                        ProposalStatusChange(
                            proposal=proposal,
                            from_status=old_status,
                            to_status=entry.status,
                            changed_on=entry.resolved_on or self._context.today(),
                            changed_by=self._context.user,
                            note="Imported from a register workbook.",
                        )
                    )
                after = _content(proposal)
                changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
                if changes:
                    audit.record(
                        session,
                        self._context.user,
                        AuditAction.UPDATE,
                        proposal,
                        f"Proposal {proposal.code} updated by an import",
                        changes,
                    )
                    updated.append(proposal.code)
                else:
                    unchanged += 1
        return ProposalImportReport(tuple(created), tuple(updated), unchanged)


# --------------------------------------------------------------------------- for other services


def put_on_agenda(
    session: Session, user: str, proposal: Proposal, meeting: Meeting, on: date
) -> bool:
    """Inside the caller's transaction: a proposal put on `meeting`'s agenda becomes admitted
    (from submitted or deferred). Returns False when its status needs no change."""
    if proposal.status not in (ProposalStatus.SUBMITTED, ProposalStatus.DEFERRED):
        return False
    record_status_change(session, user, proposal, ProposalStatus.ADMITTED, on, meeting=meeting)
    return True


def record_decision(
    session: Session,
    user: str,
    proposal: Proposal,
    meeting: Meeting,
    outcome: ProposalStatus,
    on: date,
    note: str = "",
) -> None:
    """Inside the caller's transaction: the minutes of `meeting` record `outcome`.

    An admitted proposal passes through "under discussion" first, both steps in its history.
    """
    outcome = ProposalStatus(outcome)
    if outcome not in DECISION_OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.proposals",
                "“{outcome}” is not a decision a session can take on a proposal.",
            ).format(outcome=outcome),
            advice=QT_TRANSLATE_NOOP(
                "errors.proposals", "A session approves, rejects, defers or withdraws a proposal."
            ),
        )
    if proposal.status is ProposalStatus.ADMITTED and outcome is not ProposalStatus.WITHDRAWN:
        record_status_change(
            session, user, proposal, ProposalStatus.UNDER_DISCUSSION, on, meeting=meeting
        )
    record_status_change(session, user, proposal, outcome, on, meeting=meeting, note=note)
    if outcome in (ProposalStatus.APPROVED, ProposalStatus.REJECTED) and not proposal.resolution:
        # The decision as the minutes word it is the proposal's resolution, unless one was
        # written on the proposal already (that one is kept: it may be the board's wording).
        proposal.resolution = note.strip()


def record_status_change(
    session: Session,
    user: str,
    proposal: Proposal,
    target: ProposalStatus,
    on: date,
    *,
    meeting: Meeting | None = None,
    note: str = "",
) -> None:
    """Inside the caller's transaction: check, apply and record one transition, with audit."""
    target = ProposalStatus(target)
    check_proposal_transition(proposal.status, target)
    if on < proposal.submitted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.proposals",
                "The date {date} is before the proposal was submitted ({submitted}).",
            ).format(date=on, submitted=proposal.submitted_on)
        )
    agenda_item_id = None
    if meeting is not None:
        agenda_item_id = session.scalar(
            select(AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting.id, AgendaItem.proposal_id == proposal.id)
            .order_by(AgendaItem.position)
            .limit(1)
        )
    before = proposal.status
    proposal.status = target
    if (
        target in (ProposalStatus.APPROVED, ProposalStatus.REJECTED)
        and proposal.resolved_on is None
    ):
        proposal.resolved_on = on
    session.add(
        ProposalStatusChange(
            proposal=proposal,
            from_status=before,
            to_status=target,
            changed_on=on,
            changed_by=user,
            meeting_id=meeting.id if meeting is not None else None,
            agenda_item_id=agenda_item_id,
            note=(note or "").strip(),
        )
    )
    where = f" in session {format_session_ref(meeting.number, meeting.year)}" if meeting else ""
    audit.record(
        session,
        user,
        AuditAction.UPDATE,
        proposal,
        f"Proposal {proposal.code}: {STATUS_LABELS[before]} → {STATUS_LABELS[target]}{where}",
        {"status": (before, target)},
    )


# --------------------------------------------------------------------------- helpers


# A search matching more than this share of the register is read in display order (see matches).
BROAD_SEARCH_SHARE = 0.2


def _broad(session: Session, filters: ProposalFilters) -> bool:
    if not filters.text or _typed_code(filters.text) is not None:
        return False
    found = match_count(session, filters.text) or 0
    return found > BROAD_SEARCH_SHARE * session.scalar(select(func.count()).select_from(Proposal))


def _narrows(shown: ProposalFilters, new: ProposalFilters) -> bool:
    """Whether `new` only adds words or letters to the search of `shown`, all else equal."""
    if replace(shown, text="") != replace(new, text="") or not new.text.strip():
        return False
    if _typed_code(shown.text) is not None or _typed_code(new.text) is not None:
        return False
    return narrows(shown.text, new.text)


def _filtered(query: Select, filters: ProposalFilters, *, broad_text: bool = False) -> Select:
    conditions: list[ColumnElement[bool]] = []
    code = _typed_code(filters.text)
    if code is not None:
        # Users copy codes from the minutes and paste them into the search field.
        conditions.append((Proposal.year == code[0]) & (Proposal.sequence == code[1]))
    else:
        text_clause = matches(Proposal.id, filters.text, broad=broad_text)
        if text_clause is not None:
            conditions.append(text_clause)
    if filters.status is not None:
        conditions.append(Proposal.status == filters.status)
    if filters.year is not None:
        conditions.append(Proposal.year == filters.year)
    if filters.zone_number is not None:
        conditions.append(
            Proposal.id.in_(
                select(proposal_zone.c.proposal_id)
                .join(Zone, Zone.id == proposal_zone.c.zone_id)
                .where(Zone.number == filters.zone_number)
            )
        )
    if filters.theme:
        conditions.append(
            # Theme ids first, then the (theme_id, proposal_id) index: a third of the join's time.
            Proposal.id.in_(
                select(proposal_theme.c.proposal_id).where(
                    proposal_theme.c.theme_id.in_(
                        select(Theme.id).where(
                            func.lower(Theme.name) == filters.theme.strip().lower()
                        )
                    )
                )
            )
        )
    return query.where(*conditions) if conditions else query


def _typed_code(text: str | None) -> tuple[int, int] | None:
    """(year, number) when the search text is a proposal code such as P-2025-006, else None."""
    try:
        return parse_proposal_code((text or "").strip().upper())
    except ValidationError:
        return None


def _id_list(session: Session, query: Select) -> list[int]:
    """The single column of integers `query` selects, in its order.

    This list is what the register waits for at every keystroke. With SQLite, the driver
    building one Python row per id costs more than the query itself (72 ms for 100,000 ids),
    so SQLite joins the ids into one text that `json.loads` reads back in C (34 ms). The
    order is kept: an aggregate over a subquery with ORDER BY reads the subquery's rows in
    that order (SQLite never flattens such a subquery into an aggregate query), and a test
    compares the list with the plain query's for every sort order.
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    if connection.dialect.name != "sqlite" or not compiled.positional:
        return list(session.scalars(query))
    values = compiled.construct_params()
    arguments = []
    for name in compiled.positiontup or ():
        # The type's own conversion (an enum to the text stored), as SQLAlchemy would do.
        process = compiled.binds[name].type.bind_processor(connection.dialect)
        arguments.append(process(values[name]) if process else values[name])
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(f"SELECT group_concat(ids.id) FROM ({compiled.string}) AS ids", arguments)
        joined = cursor.fetchone()[0]
    finally:
        cursor.close()
    return json.loads(f"[{joined}]") if joined else []


def _order(order_by: str, descending: bool) -> list:
    if order_by not in ORDER_KEYS:
        raise ValueError(f"order_by must be one of {ORDER_KEYS}, not {order_by!r}")
    columns = {
        "code": [Proposal.year, Proposal.sequence],
        # NOCASE folds exactly what lower() folds (ASCII) and can use ix_proposal_title_nocase.
        "title": [Proposal.title.collate("NOCASE")],
        "status": [Proposal.status],
        "submitted_on": [Proposal.submitted_on],
    }[order_by] + [Proposal.id]
    return [c.desc() if descending else c.asc() for c in columns]


def _row(p: Proposal) -> ProposalRow:
    return ProposalRow(
        uuid=p.uuid,
        code=p.code,
        title=p.title,
        status=p.status,
        submitted_on=p.submitted_on,
        proposing_zones=tuple(z.number for z in p.proposing_zones),
        themes=tuple(t.name for t in p.themes),
        id=p.id,
    )


def _allowed(status: ProposalStatus) -> tuple[ProposalStatus, ...]:
    order = list(ProposalStatus)
    return tuple(sorted(allowed_proposal_transitions(status), key=order.index))


def _get(session: Session, uuid: str) -> Proposal:
    return by_uuid(
        session,
        Proposal,
        uuid,
        QT_TRANSLATE_NOOP("errors.proposals", "This proposal no longer exists."),
        advice=QT_TRANSLATE_NOOP("errors.proposals", "Reload the list."),
    )


def _meeting(session: Session, session_ref: str) -> Meeting:
    number, year = parse_session_ref(session_ref)
    meeting = session.scalar(select(Meeting).where(Meeting.number == number, Meeting.year == year))
    if meeting is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors.proposals", "There is no session {session}.").format(
                session=format_session_ref(number, year)
            )
        )
    return meeting


def _check_version(proposal: Proposal, expected: int) -> None:
    if proposal.row_version != expected:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors.proposals",
                "Proposal {code} was changed by someone else while you were editing.",
            ).format(code=proposal.code),
            advice=QT_TRANSLATE_NOOP(
                "errors.proposals", "Your change was not saved. Reload and make it again."
            ),
        )


def next_code_sequence(session: Session, year: int) -> int:
    """Inside the caller's transaction: the next free sequence number of `year`'s codes."""
    counter = session.get(CodeCounter, (CODE_SERIES, year))
    if counter is None:
        counter = CodeCounter(series=CODE_SERIES, year=year, last_value=0)
        session.add(counter)
    # Codes imported from a register may already be past the counter.
    highest = session.scalar(select(func.max(Proposal.sequence)).where(Proposal.year == year))
    counter.last_value = max(counter.last_value or 0, highest or 0) + 1
    return counter.last_value


def _clean(text: str) -> str:
    return (text or "").strip()


def _apply(session: Session, proposal: Proposal, data: ProposalInput) -> None:
    title = " ".join(_clean(data.title).split())
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.proposals", "The title is empty."),
            advice=QT_TRANSLATE_NOOP("errors.proposals", "Write what the proposal is about."),
        )
    if len(title) > TITLE_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.proposals", "The title is longer than {limit} characters."
            ).format(limit=TITLE_LIMIT)
        )
    if data.resolved_on is not None and data.resolved_on < (
        data.submitted_on or proposal.submitted_on
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.proposals", "The resolution date is before the submission date."
            )
        )
    proposal.title = title
    if data.submitted_on is not None:
        proposal.submitted_on = data.submitted_on
    proposal.summary = _clean(data.summary)
    proposal.proposer_name = _clean(data.proposer_name)
    proposal.strategic_axis = _clean(data.strategic_axis)
    proposal.resolution = _clean(data.resolution)
    proposal.resolved_on = data.resolved_on
    numbers = sorted(set(data.proposing_zones))
    zones = list(
        session.scalars(select(Zone).where(Zone.number.in_(numbers)).order_by(Zone.number))
    )
    missing = sorted(set(numbers) - {z.number for z in zones})
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.proposals", "There is no zone {numbers}.").format(
                numbers=tuple(missing)
            )
        )
    if [z.id for z in proposal.proposing_zones] != [z.id for z in zones]:
        proposal.proposing_zones = zones
    themes = _themes(session, data.themes)
    if [t.id for t in proposal.themes] != [t.id for t in themes]:
        proposal.themes = themes


def _themes(session: Session, names: Iterable[str]) -> list[Theme]:
    """The themes named (created when new), compared without case and accents."""
    wanted: dict[str, str] = {}
    for name in names:
        name = " ".join(_clean(name).split())
        if name:
            wanted.setdefault(fold_name(name), name)
    if not wanted:
        return []
    existing = {fold_name(t.name): t for t in session.scalars(select(Theme))}
    result = []
    for key, name in wanted.items():
        theme = existing.get(key)
        if theme is None:
            theme = Theme(name=name)
            session.add(theme)
            existing[key] = theme
        result.append(theme)
    session.flush()
    return sorted(result, key=lambda t: t.name)


def _content(p: Proposal) -> dict[str, object]:
    return {
        "title": p.title,
        "summary": p.summary,
        "submitted_on": p.submitted_on,
        "proposer_name": p.proposer_name,
        "strategic_axis": p.strategic_axis,
        "resolution": p.resolution,
        "resolved_on": p.resolved_on,
        "status": p.status,
        "proposing_zones": ", ".join(str(z.number) for z in p.proposing_zones),
        "themes": "; ".join(t.name for t in p.themes),
    }


def _detail(session: Session, p: Proposal, context: ServiceContext) -> ProposalDetail:
    session.flush()
    meetings = {
        m.id: m
        for m in session.scalars(
            select(Meeting).where(
                Meeting.id.in_(
                    select(ProposalStatusChange.meeting_id).where(
                        ProposalStatusChange.proposal_id == p.id
                    )
                )
            )
        )
    }
    history = tuple(
        StatusChangeRow(
            c.from_status,
            c.to_status,
            c.changed_on,
            format_session_ref(meetings[c.meeting_id].number, meetings[c.meeting_id].year)
            if c.meeting_id in meetings
            else None,
            c.note,
            c.changed_by,
        )
        for c in session.scalars(
            select(ProposalStatusChange)
            .where(ProposalStatusChange.proposal_id == p.id)
            .order_by(ProposalStatusChange.id)  # the order the steps were recorded
        )
    )
    recorded = {
        a.zone_id: a
        for a in session.scalars(select(ZoneAdoption).where(ZoneAdoption.proposal_id == p.id))
    }
    adoptions = []
    for zone in session.scalars(select(Zone).order_by(Zone.number)):
        a = recorded.get(zone.id)
        adoptions.append(
            AdoptionRow(zone.number, zone.name, a.state, a.state_date, a.note)
            if a
            else AdoptionRow(zone.number, zone.name, None)
        )
    discussed = tuple(
        DiscussionRow(
            format_session_ref(m.number, m.year),
            m.uuid,
            m.meeting_date,
            item.position,
            item.title,
            item.decision,
        )
        for item, m in session.execute(
            select(AgendaItem, Meeting)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.proposal_id == p.id)
            .order_by(Meeting.meeting_date, AgendaItem.position)
        )
    )
    return ProposalDetail(
        uuid=p.uuid,
        code=p.code,
        title=p.title,
        summary=p.summary,
        status=p.status,
        submitted_on=p.submitted_on,
        proposing_zones=tuple(z.number for z in p.proposing_zones),
        proposer_name=p.proposer_name,
        themes=tuple(t.name for t in p.themes),
        strategic_axis=p.strategic_axis,
        resolution=p.resolution,
        resolved_on=p.resolved_on,
        row_version=p.row_version,
        allowed_transitions=_allowed(p.status),
        history=history,
        adoptions=tuple(adoptions),
        discussed_at=discussed,
        actions=tuple(ActionService.rows_for_proposal(session, p.id, context.today())),
    )


def _title_key(year: int, title: str) -> tuple[int, str]:
    return year, fold_name(title)


def _match(session: Session, entry: ProposalEntry) -> Proposal | None:
    if entry.code:
        year, sequence = parse_proposal_code(entry.code)
        return session.scalar(
            select(Proposal).where(Proposal.year == year, Proposal.sequence == sequence)
        )
    year = entry.submitted_on.year
    wanted = fold_name(entry.title)
    for p in session.scalars(select(Proposal).where(Proposal.year == year)):
        if fold_name(p.title) == wanted:
            return p
    return None


def _new_imported(session: Session, entry: ProposalEntry) -> Proposal:
    if entry.code:
        year, sequence = parse_proposal_code(entry.code)
        counter = session.get(CodeCounter, (CODE_SERIES, year))
        if counter is None:
            session.add(CodeCounter(series=CODE_SERIES, year=year, last_value=sequence))
        else:
            counter.last_value = max(counter.last_value or 0, sequence)
    else:
        year = entry.submitted_on.year
        sequence = next_code_sequence(session, year)
    session.flush()
    return Proposal(
        year=year,
        sequence=sequence,
        code=format_proposal_code(year, sequence),
        status=entry.status,
        submitted_on=entry.submitted_on,
    )


def _check_entries(
    session: Session, entries: Sequence[ProposalEntry], zone_ids: dict[int, int]
) -> list[RowProblem]:
    """Every problem that only the database can see, so nothing is written when one exists."""
    problems: list[RowProblem] = []
    codes: dict[tuple[int, int], int] = {}
    titles: dict[tuple[int, str], int] = {}
    for entry in entries:
        row = entry.source_row
        for number in entry.proposing_zones:
            if number not in zone_ids:
                problems.append(
                    RowProblem(
                        row,
                        QT_TRANSLATE_NOOP("errors.proposals", "There is no zone {number}.").format(
                            number=number
                        ),
                        QT_TRANSLATE_NOOP("errors.import", "zone"),
                    )
                )
        if entry.code:
            try:
                year, sequence = parse_proposal_code(entry.code)
            except ValidationError as exc:
                problems.append(
                    RowProblem(row, exc.message, QT_TRANSLATE_NOOP("errors.import", "code"))
                )
                continue
            if year != entry.submitted_on.year:
                problems.append(
                    RowProblem(
                        row,
                        QT_TRANSLATE_NOOP(
                            "errors.proposals",
                            "The code {code} is of {code_year} but the proposal was submitted "
                            "in {year}.",
                        ).format(code=entry.code, code_year=year, year=entry.submitted_on.year),
                        QT_TRANSLATE_NOOP("errors.import", "code"),
                    )
                )
            if (year, sequence) in codes:
                problems.append(
                    RowProblem(
                        row,
                        QT_TRANSLATE_NOOP(
                            "errors.proposals", "The code {code} is already in row {row}."
                        ).format(code=entry.code, row=codes[year, sequence]),
                        QT_TRANSLATE_NOOP("errors.import", "code"),
                    )
                )
            codes.setdefault((year, sequence), row)
        else:
            key = _title_key(entry.submitted_on.year, entry.title)
            if key in titles:
                problems.append(
                    RowProblem(
                        row,
                        QT_TRANSLATE_NOOP(
                            "errors.proposals",
                            "A proposal of {year} with the same title is already in row {row}; "
                            "give each a code to tell them apart.",
                        ).format(year=key[0], row=titles[key]),
                        QT_TRANSLATE_NOOP("errors.import", "title"),
                    )
                )
            titles.setdefault(key, row)
        if entry.resolved_on is not None and entry.resolved_on < entry.submitted_on:
            problems.append(
                RowProblem(
                    row,
                    QT_TRANSLATE_NOOP(
                        "errors.proposals", "The resolution date is before the submission date."
                    ),
                    QT_TRANSLATE_NOOP("errors.import", "resolution date"),
                )
            )
    return problems
