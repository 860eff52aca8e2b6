"""Zones and municipalities: listing them, and assigning or correcting a municipality's zone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rtdesk.domain.enums import AuditAction
from rtdesk.domain.errors import (
    ConflictError,
    ImportRejected,
    NotFoundError,
    ValidationError,
)
from rtdesk.domain.roster import RowProblem
from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text, sentences
from rtdesk.domain.zone_assignment import ZoneAssignmentRow
from rtdesk.domain.zones import ZONE_NUMBERS, check_zone_number, fold_name
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.store.models import Municipality, Zone, ZoneMembership


@dataclass(frozen=True)
class ZoneSummary:
    number: int
    name: str
    municipalities: int  # assigned in the database today
    expected_municipalities: int | None  # the size the sources state
    population: int

    @property
    def missing_municipalities(self) -> int:
        if self.expected_municipalities is None:
            return 0
        return max(self.expected_municipalities - self.municipalities, 0)


@dataclass(frozen=True)
class MunicipalityRow:
    istat_code: str
    name: str
    cadastral_code: str | None
    zone_number: int | None
    zone_name: str | None
    population: int | None
    population_year: int | None


@dataclass(frozen=True)
class MembershipRow:
    zone_number: int
    zone_name: str
    start_date: date | None
    end_date: date | None
    source: str
    note: str


@dataclass(frozen=True)
class ZoneChange:
    """One municipality whose zone an import changed, with what undoing it needs."""

    istat_code: str
    name: str
    old_zone: int | None
    new_zone: int
    since: date | None
    membership_uuid: str  # the membership the import opened ("" in a trial import)
    closed_membership_uuids: tuple[str, ...]  # the membership(s) it closed


@dataclass(frozen=True)
class ZoneImportReport:
    assigned: int  # municipalities that had no zone
    moved: int  # municipalities that changed zone
    unchanged: int  # rows giving the zone a municipality already has
    changes: tuple[ZoneChange, ...]
    dry_run: bool = False


class ZoneService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_zones(self) -> list[ZoneSummary]:
        with self._context.read() as session:
            query = (
                select(
                    Zone.number,
                    Zone.name,
                    func.count(Municipality.id),
                    Zone.expected_municipalities,
                    func.coalesce(func.sum(Municipality.population), 0),
                )
                .outerjoin(Municipality, Municipality.zone_id == Zone.id)
                .group_by(Zone.id)
                .order_by(Zone.number)
            )
            return [ZoneSummary(*row) for row in session.execute(query)]

    def municipalities(
        self, zone_number: int | None = None, *, without_zone: bool = False
    ) -> list[MunicipalityRow]:
        """Municipalities of one zone, of all zones, or (without_zone) those with no zone yet."""
        with self._context.read() as session:
            query = (
                select(
                    Municipality.istat_code,
                    Municipality.name,
                    Municipality.cadastral_code,
                    Zone.number,
                    Zone.name,
                    Municipality.population,
                    Municipality.population_year,
                )
                .outerjoin(Zone, Municipality.zone_id == Zone.id)
                .order_by(Municipality.name)
            )
            if without_zone:
                query = query.where(Municipality.zone_id.is_(None))
            elif zone_number is not None:
                query = query.where(Zone.number == zone_number)
            return [MunicipalityRow(*row) for row in session.execute(query)]

    def count_without_zone(self) -> int:
        with self._context.read() as session:
            return session.scalar(
                select(func.count(Municipality.id)).where(Municipality.zone_id.is_(None))
            )

    def zone_history(self, istat_code: str) -> list[MembershipRow]:
        with self._context.read() as session:
            municipality = _municipality(session, istat_code)
            return [
                MembershipRow(
                    m.zone.number, m.zone.name, m.start_date, m.end_date, m.source, m.note
                )
                for m in municipality.memberships
            ]

    def assign_zone(
        self,
        istat_code: str,
        zone_number: int,
        *,
        since: date | None = None,
        source: str = "",
        note: str = "",
    ) -> MunicipalityRow:
        """Put a municipality in a zone from `since` on, closing its previous membership.

        With no date the assignment completes missing reference data (the start is unknown).
        """
        check_zone_number(zone_number)
        with self._context.write() as session:
            municipality = _municipality(session, istat_code)
            zone = session.scalar(select(Zone).where(Zone.number == zone_number))
            if zone is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "errors.zones", "Zone {number} is missing from the database."
                    ).format(number=zone_number)
                )
            if municipality.zone is not None and municipality.zone.id == zone.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors.zones", "{municipality} already belongs to zone {number} ({zone})."
                    ).format(municipality=municipality.name, number=zone.number, zone=zone.name)
                )
            problem = _move_problem(municipality, since)
            if problem:
                raise ValidationError(problem)
            _move(session, self._context.user, municipality, zone, since, source, note)
            return _row(municipality)

    def import_zone_assignments(
        self,
        rows: Sequence[ZoneAssignmentRow],
        *,
        source: str = "Zone list import",
        dry_run: bool = False,
    ) -> ZoneImportReport:
        """Assign or correct the zone of many municipalities at once: all rows or none.

        Each row names a municipality by six-digit ISTAT code or by name (case and accents do
        not matter) and a zone number. A municipality without a zone gets it (`since` may be
        empty: the start is then unknown, as in the reference data). A municipality that moves
        from another zone needs `since`, after the start of its current membership, exactly as
        `assign_zone` requires; a move in bulk without a date is refused for that row. A row
        that gives the zone the municipality already has is counted as unchanged, so importing
        the same sheet twice changes nothing the second time.

        Every row is checked before anything is written; if any row is bad, `ImportRejected`
        (what="zone list") lists every bad row with its number and nothing is written.
        Otherwise one transaction, one audit entry per municipality that changed.

        Undo: `revert_zone_assignments(report)`. Redo: import the same rows again (it gives the
        same zones; the new membership records get new uuids, which nothing else refers to).
        """
        with self._context.write() as session:
            zones = {zone.number: zone for zone in session.scalars(select(Zone))}
            index = MunicipalityIndex.load(session)
            problems: list[RowProblem] = []
            planned: list[tuple[Municipality, Zone, date | None]] = []
            unchanged = 0
            seen: dict[int, int | None] = {}
            for row in rows:
                try:
                    municipality = index.find(row.municipality)
                except ValidationError as error:
                    problems.append(
                        RowProblem(
                            row.source_row,
                            error.message,
                            QT_TRANSLATE_NOOP("errors.import", "municipality"),
                        )
                    )
                    municipality = None
                zone = zones.get(row.zone_number)
                if zone is None:
                    problems.append(
                        RowProblem(
                            row.source_row,
                            QT_TRANSLATE_NOOP(
                                "errors.zones",
                                "There is no zone {number}: zones are numbered {first} to {last}.",
                            ).format(
                                number=row.zone_number,
                                first=ZONE_NUMBERS.start,
                                last=ZONE_NUMBERS.stop - 1,
                            ),
                            QT_TRANSLATE_NOOP("errors.import", "zone"),
                        )
                    )
                if municipality is None:
                    continue
                if municipality.id in seen:
                    where = seen[municipality.id]
                    problems.append(
                        RowProblem(
                            row.source_row,
                            (
                                QT_TRANSLATE_NOOP(
                                    "errors.zones", "{municipality} is already listed in row {row}."
                                )
                                if where is not None
                                else QT_TRANSLATE_NOOP(
                                    "errors.zones", "{municipality} is already listed."
                                )
                            ).format(municipality=municipality.name, row=where),
                            QT_TRANSLATE_NOOP("errors.import", "municipality"),
                        )
                    )
                    continue
                seen[municipality.id] = row.source_row
                if zone is None:
                    continue
                if municipality.zone is not None and municipality.zone.id == zone.id:
                    unchanged += 1
                    continue
                problem = _move_problem(municipality, row.since)
                if problem:
                    if row.since is None:
                        problem = sentences(
                            [
                                problem,
                                QT_TRANSLATE_NOOP(
                                    "errors.zones",
                                    "Write it in the “since” column (Dal) of this row.",
                                ),
                            ]
                        )
                    problems.append(
                        RowProblem(
                            row.source_row, problem, QT_TRANSLATE_NOOP("errors.import", "since")
                        )
                    )
                    continue
                planned.append((municipality, zone, row.since))
            if problems:
                raise ImportRejected(problems, what=QT_TRANSLATE_NOOP("errors.import", "zone list"))
            if dry_run:
                changes = tuple(
                    ZoneChange(
                        m.istat_code,
                        m.name,
                        m.zone.number if m.zone else None,
                        zone.number,
                        since,
                        "",
                        (),
                    )
                    for m, zone, since in planned
                )
            else:
                changes = tuple(
                    _move(session, self._context.user, m, zone, since, source, "")
                    for m, zone, since in planned
                )
            return ZoneImportReport(
                assigned=sum(1 for c in changes if c.old_zone is None),
                moved=sum(1 for c in changes if c.old_zone is not None),
                unchanged=unchanged,
                changes=changes,
                dry_run=dry_run,
            )

    def revert_zone_assignments(self, report: ZoneImportReport) -> None:
        """Undo an import of zone assignments: every municipality goes back to its former zone.

        The membership opened by the import is removed and the one it closed is open again.
        Refused with `ConflictError` (nothing changed) if a municipality's zone was changed
        again since the import. One transaction, one audit entry per municipality.
        """
        if report.dry_run:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.zones", "A trial import changed nothing, so there is nothing to undo."
                )
            )
        with self._context.write() as session:
            zones = {zone.number: zone for zone in session.scalars(select(Zone))}
            for change in reversed(report.changes):
                municipality = _municipality(session, change.istat_code)
                current = [m for m in municipality.memberships if m.end_date is None]
                if (
                    municipality.zone is None
                    or municipality.zone.number != change.new_zone
                    or [m.uuid for m in current] != [change.membership_uuid]
                ):
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "errors.zones",
                            "The zone of {municipality} was changed again after the import.",
                        ).format(municipality=municipality.name),
                        advice=QT_TRANSLATE_NOOP(
                            "errors.zones",
                            "The import cannot be undone; correct the zones one by one.",
                        ),
                    )
                opened = current[0]
                municipality.memberships.remove(opened)
                for period in municipality.memberships:
                    if period.uuid in change.closed_membership_uuids:
                        period.end_date = None
                previous = zones[change.old_zone] if change.old_zone is not None else None
                municipality.zone = previous
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    municipality,
                    f"{municipality.name}: zone {change.new_zone} → "
                    f"{change.old_zone if change.old_zone is not None else 'none'} (import undone)",
                    {
                        "zone": (change.new_zone, change.old_zone),
                        "since": (change.since, None),
                    },
                )


class MunicipalityIndex:
    """Finds a municipality as people write it: its ISTAT code (leading zeros may be missing),
    or its name with any case, accents and spacing (“Agliè”, “AGLIE”, “  agliè ”)."""

    def __init__(self, municipalities: Iterable[Municipality]) -> None:
        self.by_code: dict[str, Municipality] = {}
        self.by_name: dict[str, list[Municipality]] = {}
        for municipality in municipalities:
            self.by_code[municipality.istat_code] = municipality
            self.by_name.setdefault(fold_name(municipality.name), []).append(municipality)

    @classmethod
    def load(cls, session: Session) -> MunicipalityIndex:
        return cls(session.scalars(select(Municipality).options(selectinload(Municipality.zone))))

    def find(self, text: str) -> Municipality:
        """The municipality meant by `text`, or a `ValidationError` saying why there is none."""
        text = (text or "").strip()
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP("errors.zones", "The municipality is missing."))
        if text.isdigit():
            code = text.zfill(6)  # a spreadsheet may have dropped the leading zeros
            if code in self.by_code:
                return self.by_code[code]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.zones",
                    "There is no municipality with ISTAT code “{code}” in the Metropolitan City "
                    "of Turin.",
                ).format(code=text),
                advice=QT_TRANSLATE_NOOP(
                    "errors.zones", "Check the six-digit code, or write the municipality's name."
                ),
            )
        found = self.by_name.get(fold_name(text), [])
        if len(found) == 1:
            return found[0]
        if found:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.zones",
                    "Several municipalities are called “{name}” ({codes}): write the ISTAT code.",
                ).format(name=text, codes=tuple(m.istat_code for m in found))
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.zones",
                "There is no municipality called “{name}” in the Metropolitan City of Turin.",
            ).format(name=text),
            advice=QT_TRANSLATE_NOOP(
                "errors.zones", "Check the spelling, or write the six-digit ISTAT code."
            ),
        )


def _move_problem(municipality: Municipality, since: date | None) -> Text | None:
    """Why the municipality cannot leave its current zone on `since`; None when it can."""
    for period in municipality.memberships:
        if period.end_date is not None:
            continue
        if since is None:
            return QT_TRANSLATE_NOOP(
                "errors.zones",
                "{municipality} moves from zone {zone}: say from which date it belongs to the "
                "new zone.",
            ).format(municipality=municipality.name, zone=period.zone.number)
        if period.start_date is not None and since <= period.start_date:
            return QT_TRANSLATE_NOOP(
                "errors.zones",
                "{municipality} belongs to zone {zone} since {date}: the move must come after "
                "that date.",
            ).format(
                municipality=municipality.name, zone=period.zone.number, date=period.start_date
            )
    return None


def _move(
    session: Session,
    user: str,
    municipality: Municipality,
    zone: Zone,
    since: date | None,
    source: str,
    note: str,
) -> ZoneChange:
    """Close the open membership(s) the day before `since`, open one in `zone`; audited.
    The caller has checked `_move_problem`."""
    previous = municipality.zone
    closed = []
    for period in municipality.memberships:
        if period.end_date is None:
            period.end_date = since - timedelta(days=1)
            closed.append(period.uuid)
    opened = ZoneMembership(zone=zone, start_date=since, source=source, note=note)
    municipality.memberships.append(opened)
    municipality.zone = zone
    audit.record(
        session,
        user,
        AuditAction.UPDATE,
        municipality,
        f"{municipality.name}: zone {previous.number if previous else 'none'} → {zone.number}",
        {
            "zone": (previous.number if previous else None, zone.number),
            "since": (None, since),
        },
    )
    return ZoneChange(
        municipality.istat_code,
        municipality.name,
        previous.number if previous else None,
        zone.number,
        since,
        opened.uuid,
        tuple(closed),
    )


def _municipality(session: Session, istat_code: str) -> Municipality:
    municipality = session.scalar(
        select(Municipality).where(Municipality.istat_code == istat_code.strip())
    )
    if municipality is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors.zones", "There is no municipality with ISTAT code “{code}”."
            ).format(code=istat_code)
        )
    return municipality


def _row(m: Municipality) -> MunicipalityRow:
    return MunicipalityRow(
        m.istat_code,
        m.name,
        m.cadastral_code,
        m.zone.number if m.zone else None,
        m.zone.name if m.zone else None,
        m.population,
        m.population_year,
    )
