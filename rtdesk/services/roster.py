"""The zone rosters: people, their mandates as spokesperson or deputy, the rules, and imports.

Rules (rtdesk.domain.mandates): in a zone, one spokesperson and one vicar at a time, and one
mandate per person at a time; the end date not before the start; only a deputy can be the
vicar. Breaking one refuses the change with a message naming the other mandate. A person whose
municipality lies outside the zone (or has no zone yet) only gives a warning.

Undo and redo: every write has an inverse made of these same operations, listed in each
method's docstring. Deletions return a snapshot from which `restore_person`/`restore_mandate`
bring back the same record (same uuid); imports return a report that `revert_import` and
`reapply_import` undo and redo.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from rtdesk.domain.enums import AuditAction, MandateRole
from rtdesk.domain.errors import (
    ConflictError,
    ImportRejected,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from rtdesk.domain.mandates import (
    Term,
    conflicts,
    in_office,
    municipality_warning,
    show_period,
    term_problems,
)
from rtdesk.domain.roster import RosterEntry, RowProblem
from rtdesk.domain.text import QT_TRANSLATE_NOOP, sentences
from rtdesk.domain.zones import ZONE_NUMBERS, check_zone_number, fold_name
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.services.lookup import by_uuid
from rtdesk.services.zones import MunicipalityIndex
from rtdesk.store.base import new_uuid
from rtdesk.store.models import (
    ActionItem,
    Attendance,
    Mandate,
    Municipality,
    Person,
    Proposal,
    Zone,
)

# Column sizes of the person table, checked here so a long text is refused in plain words.
_LIMITS = {"given_name": 120, "family_name": 120, "title": 120, "email": 254, "phone": 60}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Digits with the separators offices write (+39 011 861 2345, 011/8612345, (011) 861.23.45),
# and an extension after "int." or "interno"; at least six digits in all.
_PHONE = re.compile(r"^\+?[\d\s()./-]+(?:\s*(?:int\.?|interno)\s*\d+)?$", re.IGNORECASE)
_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("errors.roster", "given name"),
    "family_name": QT_TRANSLATE_NOOP("errors.roster", "family name"),
    "title": QT_TRANSLATE_NOOP("errors.roster", "title"),
    "email": QT_TRANSLATE_NOOP("errors.roster", "e-mail address"),
    "phone": QT_TRANSLATE_NOOP("errors.roster", "phone number"),
}
_THIS_MANDATE = QT_TRANSLATE_NOOP("errors.roster", "This mandate")
_NOT_AS_A_WHOLE = QT_TRANSLATE_NOOP(
    "errors.roster", "The import cannot be undone or redone as a whole. Nothing was changed."
)


# ------------------------------------------------------------------------------ data out


@dataclass(frozen=True)
class MandateInput:
    """A mandate as the user enters it; the person is named by uuid (names only in imports)."""

    person_uuid: str
    zone_number: int
    role: MandateRole
    start_date: date
    is_vicar: bool = False
    end_date: date | None = None
    elected_on: date | None = None  # date of the electing assembly of mayors
    notes: str = ""


@dataclass(frozen=True)
class MandateRow:
    uuid: str
    person_uuid: str
    person_name: str  # "Mario Rossi"
    zone_number: int
    zone_name: str
    role: MandateRole
    is_vicar: bool
    start_date: date
    end_date: date | None
    elected_on: date | None
    notes: str
    row_version: int  # pass back as expected_version when changing the mandate

    @property
    def role_label(self) -> str:
        if self.role is MandateRole.SPOKESPERSON:
            return "Spokesperson"
        return "Deputy (vicar)" if self.is_vicar else "Deputy"

    def in_office(self, on: date) -> bool:
        return in_office(self.start_date, self.end_date, on)

    def summary(self) -> str:
        """“Spokesperson of zone 5 since 27/01/2022”."""
        return (
            f"{self.role_label} of zone {self.zone_number} "
            f"{show_period(self.start_date, self.end_date)}"
        )

    def to_input(self) -> MandateInput:
        """The values of this row as an input: what an undo of an update passes back."""
        return MandateInput(
            person_uuid=self.person_uuid,
            zone_number=self.zone_number,
            role=self.role,
            start_date=self.start_date,
            is_vicar=self.is_vicar,
            end_date=self.end_date,
            elected_on=self.elected_on,
            notes=self.notes,
        )


@dataclass(frozen=True)
class MandateResult:
    row: MandateRow
    warnings: list[str] = field(default_factory=list)  # saved anyway; show them to the user


@dataclass(frozen=True)
class PersonInput:
    given_name: str
    family_name: str
    title: str = ""  # e.g. Sindaco, Consigliera comunale
    municipality: str = ""  # ISTAT code (what a picker gives) or exact name; "" for none
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRow:
    uuid: str
    given_name: str
    family_name: str
    title: str
    municipality_code: str | None  # ISTAT code
    municipality_name: str | None
    municipality_zone: int | None  # the zone the municipality lies in, if known
    email: str
    phone: str
    row_version: int  # pass back as expected_version when changing the person
    current: tuple[MandateRow, ...]  # in office on the day of the listing
    upcoming: tuple[MandateRow, ...]  # starting after that day
    past: tuple[MandateRow, ...]  # ended before that day, newest first
    current_text: str  # "Spokesperson of zone 5 since 27/01/2022; …" ("" if none)
    past_text: str  # the same for past mandates

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class PersonDetail:
    row: PersonRow
    notes: str
    mandates: tuple[MandateRow, ...]  # all of them, newest first
    created_at: datetime
    updated_at: datetime

    def to_input(self) -> PersonInput:
        """The person's values as an input: what an undo of `update_person` passes back."""
        r = self.row
        return PersonInput(
            given_name=r.given_name,
            family_name=r.family_name,
            title=r.title,
            municipality=r.municipality_code or "",
            email=r.email,
            phone=r.phone,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ZoneRoster:
    zone_number: int
    zone_name: str
    on: date  # the day the roster describes
    spokesperson: MandateRow | None
    vicar: MandateRow | None
    deputies: tuple[MandateRow, ...]  # every deputy in office, the vicar first
    has_spokesperson: bool
    history: tuple[MandateRow, ...]  # every mandate of the zone, newest first


@dataclass(frozen=True)
class PersonSnapshot:
    """Everything needed to bring back a deleted person as they were (same uuid)."""

    uuid: str
    given_name: str
    family_name: str
    title: str
    municipality_code: str | None
    email: str
    phone: str
    notes: str
    created_at: datetime | None = None
    # Records that named the person and lost the link when the person was deleted.
    attendance_uuids: tuple[str, ...] = ()
    proposal_uuids: tuple[str, ...] = ()
    action_uuids: tuple[str, ...] = ()

    def content(self) -> tuple:
        """The person's own values, to tell whether a row still is as a snapshot says."""
        return (
            self.uuid,
            self.given_name,
            self.family_name,
            self.title,
            self.municipality_code,
            self.email,
            self.phone,
            self.notes,
        )


@dataclass(frozen=True)
class MandateSnapshot:
    """Everything needed to bring back a deleted mandate as it was (same uuid)."""

    uuid: str
    person_uuid: str
    zone_number: int
    role: MandateRole
    is_vicar: bool
    start_date: date
    end_date: date | None
    elected_on: date | None
    notes: str
    created_at: datetime | None = None

    def content(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self) if f.name != "created_at")


@dataclass(frozen=True)
class PersonChange:
    before: PersonSnapshot | None  # None: the import created the person
    after: PersonSnapshot


@dataclass(frozen=True)
class MandateChange:
    before: MandateSnapshot | None  # None: the import created the mandate
    after: MandateSnapshot


@dataclass(frozen=True)
class ImportReport:
    people_created: int
    people_updated: int
    people_unchanged: int
    mandates_created: int
    mandates_updated: int
    mandates_unchanged: int
    warnings: list[str]  # "Row 7: …"; the import went ahead
    person_changes: tuple[PersonChange, ...]  # what `revert_import`/`reapply_import` use
    mandate_changes: tuple[MandateChange, ...]
    dry_run: bool = False  # True: nothing was written, the counts say what would happen

    @property
    def changed(self) -> bool:
        return bool(self.person_changes or self.mandate_changes)


# ------------------------------------------------------------------------------ the service


class RosterService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # -------------------------------------------------------------------- reading

    def people(self, filter_text: str = "") -> list[PersonRow]:
        """Every person, by family name; `filter_text` keeps those whose name, municipality or
        zone (the municipality's or a mandate's: number or name) contains every word typed,
        ignoring case and accents. A number matches a zone number exactly."""
        words = fold_name(filter_text).split()
        today = self._context.today()
        with self._context.read() as session:
            rows = [
                _person_row(person, today)
                for person in session.scalars(_people_query())
                if not words or _matches(person, words)
            ]
        # Sorted here: SQLite's lower() leaves accented capitals as they are.
        rows.sort(key=lambda r: (fold_name(r.family_name), fold_name(r.given_name), r.uuid))
        return rows

    def person(self, uuid: str) -> PersonDetail:
        today = self._context.today()
        with self._context.read() as session:
            person = _get_person(session, uuid)
            return _person_detail(person, today)

    def zone_roster(self, zone_number: int, on: date | None = None) -> ZoneRoster:
        """Who is in office in a zone on a day (default today) and the zone's whole history.

        The zone's municipalities come from `ZoneService.municipalities(zone_number)`.
        """
        check_zone_number(zone_number)
        on = on or self._context.today()
        with self._context.read() as session:
            zone = _zone(session, zone_number)
            mandates = session.scalars(
                select(Mandate)
                .where(Mandate.zone_id == zone.id)
                .options(selectinload(Mandate.person), selectinload(Mandate.zone))
            ).all()
            history = sorted((_mandate_row(m) for m in mandates), key=_newest_first_key)
        current = [m for m in history if m.in_office(on)]
        spokespeople = [m for m in current if m.role is MandateRole.SPOKESPERSON]
        deputies = [m for m in current if m.role is MandateRole.DEPUTY]
        deputies.sort(key=lambda m: (not m.is_vicar, fold_name(m.person_name)))
        vicars = [m for m in deputies if m.is_vicar]
        # With valid data there is at most one of each; `history` order makes the newest win.
        return ZoneRoster(
            zone_number=zone.number,
            zone_name=zone.name,
            on=on,
            spokesperson=spokespeople[0] if spokespeople else None,
            vicar=vicars[0] if vicars else None,
            deputies=tuple(deputies),
            has_spokesperson=bool(spokespeople),
            history=tuple(history),
        )

    def zones_without_spokesperson(self, on: date | None = None) -> list[int]:
        """Numbers of the zones with no spokesperson in office on `on` (default today)."""
        with self._context.read() as session:
            vacant = zones_without_spokesperson(session, on or self._context.today())
        return [number for number, _name in vacant]

    def roster_entries(self) -> list[RosterEntry]:
        """Every mandate as a roster line, for the Excel export, by zone and start date.

        The person's title, municipality (its name), e-mail and phone are repeated on each of
        their lines; the notes are the mandate's. Importing these entries into the same
        database changes nothing; into a new database they give the same people and mandates
        (people's own notes are not part of the roster and are not carried).
        """
        with self._context.read() as session:
            mandates = session.scalars(
                select(Mandate).options(
                    selectinload(Mandate.zone),
                    selectinload(Mandate.person).selectinload(Person.municipality),
                )
            ).all()
            entries = [
                RosterEntry(
                    zone_number=m.zone.number,
                    family_name=m.person.family_name,
                    given_name=m.person.given_name,
                    role=m.role,
                    is_vicar=m.is_vicar,
                    start_date=m.start_date,
                    end_date=m.end_date,
                    elected_on=m.elected_on,
                    title=m.person.title,
                    municipality=m.person.municipality.name if m.person.municipality else "",
                    email=m.person.email,
                    phone=m.person.phone,
                    notes=m.notes,
                )
                for m in mandates
            ]
        role_order = {MandateRole.SPOKESPERSON: 0, MandateRole.DEPUTY: 1}
        entries.sort(
            key=lambda e: (
                e.zone_number,
                e.start_date,
                role_order[e.role],
                not e.is_vicar,
                fold_name(e.family_name),
                fold_name(e.given_name),
            )
        )
        return entries

    # -------------------------------------------------------------------- people

    def add_person(self, data: PersonInput) -> PersonRow:
        """Create a person. Undo: `delete_person(row.uuid)`; redo: `restore_person(snapshot)`.

        Refused if a person with the same name and municipality is already listed (unless
        both have different e-mail addresses), so imports can tell people apart.
        """
        values = _clean_person(data)
        with self._context.write() as session:
            municipality = _find_municipality(session, data.municipality)
            _refuse_duplicate(session, values, municipality, exclude_id=None)
            person = Person(municipality=municipality, **values)
            session.add(person)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                person,
                f"Person added: {person.full_name}",
                {
                    **{k: (None, v) for k, v in values.items()},
                    "municipality": (None, _name(person)),
                },
            )
            return _person_row(person, self._context.today())

    def update_person(self, uuid: str, data: PersonInput, expected_version: int) -> PersonRow:
        """Change a person's details; `ConflictError` if someone changed them meanwhile.

        Undo: `update_person(uuid, detail_before.to_input(), row.row_version)`.
        """
        values = _clean_person(data)
        with self._context.write() as session:
            person = _get_person(session, uuid)
            _check_version(person, expected_version, person.full_name)
            municipality = _find_municipality(session, data.municipality)
            _refuse_duplicate(session, values, municipality, exclude_id=person.id)
            changes = _set_person(person, values, municipality)
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    person,
                    f"Person changed: {person.full_name}",
                    changes,
                )
            return _person_row(person, self._context.today())

    def delete_person(self, uuid: str, expected_version: int | None = None) -> PersonSnapshot:
        """Remove a person who holds no mandate; returns what `restore_person` needs (undo).

        Refused (`NotAllowedError`) while the person has mandates: they are the zones' history.
        Sessions, proposals and actions that named the person keep the name as written and
        lose the link; the snapshot remembers them and `restore_person` links them again.
        """
        with self._context.write() as session:
            person = _get_person(session, uuid)
            if expected_version is not None:
                _check_version(person, expected_version, person.full_name)
            count = len(person.mandates)
            if count:
                if count == 1:
                    message = QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "{person} cannot be removed: they have 1 mandate in the roster.",
                    )
                else:
                    message = QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "{person} cannot be removed: they have {count} mandates in the roster.",
                    )
                raise NotAllowedError(
                    message.format(person=person.full_name, count=count),
                    advice=QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "Mandates are the zones' history. Delete the mandates first only if "
                        "they were entered by mistake.",
                    ),
                )
            snapshot = replace(
                _person_snapshot(person),
                attendance_uuids=_uuids(session, Attendance, Attendance.person_id, person.id),
                proposal_uuids=_uuids(session, Proposal, Proposal.proposer_person_id, person.id),
                action_uuids=_uuids(session, ActionItem, ActionItem.owner_person_id, person.id),
            )
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                person,
                f"Person removed: {person.full_name}",
                {k: (v, None) for k, v in _person_values(person).items()},
            )
            session.delete(person)
            return snapshot

    def restore_person(self, snapshot: PersonSnapshot) -> PersonRow:
        """Bring back a deleted person with the same uuid (undo of delete, redo of add).

        Records that named the person when they were deleted and still name nobody are linked
        to them again. If their municipality no longer exists, the person comes back without.
        """
        with self._context.write() as session:
            if session.scalar(select(Person.id).where(Person.uuid == snapshot.uuid)):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors.roster", "{given} {family} is already there.").format(
                        given=snapshot.given_name, family=snapshot.family_name
                    )
                )
            person = _person_from_snapshot(session, snapshot)
            session.add(person)
            audit.record(
                session,
                self._context.user,
                AuditAction.CREATE,
                person,
                f"Person restored: {person.full_name}",
                {k: (None, v) for k, v in _person_values(person).items()},
            )
            for model, column, uuids in (
                (Attendance, "person_id", snapshot.attendance_uuids),
                (Proposal, "proposer_person_id", snapshot.proposal_uuids),
                (ActionItem, "owner_person_id", snapshot.action_uuids),
            ):
                for record in session.scalars(select(model).where(model.uuid.in_(uuids))):
                    if getattr(record, column) is None:
                        setattr(record, column, person.id)
                        audit.record(
                            session,
                            self._context.user,
                            AuditAction.UPDATE,
                            record,
                            f"Linked again to {person.full_name}",
                            {"person": (None, person.full_name)},
                        )
            return _person_row(person, self._context.today())

    # -------------------------------------------------------------------- mandates

    def add_mandate(self, data: MandateInput) -> MandateResult:
        """Record a mandate. Undo: `delete_mandate(row.uuid)`; redo: `restore_mandate(snapshot)`.

        `ValidationError` for an end before the start or a vicar who is not a deputy;
        `ConflictError` naming the other mandate for a second spokesperson or vicar of the zone
        in the same period, or a second mandate of the person in the zone at the same time.
        """
        data = _clean_mandate(data)
        with self._context.write() as session:
            return self._insert_mandate(session, data, "added")

    def _insert_mandate(
        self,
        session: Session,
        data: MandateInput,
        verb: str,
        snapshot: MandateSnapshot | None = None,
    ) -> MandateResult:
        """Check the rules, insert the mandate and audit it: shared by add and restore."""
        person = _get_person(session, data.person_uuid)
        zone = _zone(session, data.zone_number)
        _refuse_conflicts(session, _term(snapshot.uuid if snapshot else None, person, data))
        mandate = Mandate(person=person, zone=zone)
        if snapshot is not None:
            mandate.uuid = snapshot.uuid
            if snapshot.created_at is not None:
                mandate.created_at = snapshot.created_at
        _set_mandate(mandate, person, zone, data)
        session.add(mandate)
        audit.record(
            session,
            self._context.user,
            AuditAction.CREATE,
            mandate,
            f"Mandate {verb}: {_describe(mandate)}",
            {k: (None, v) for k, v in _mandate_values(mandate).items()},
        )
        return MandateResult(_mandate_row(mandate), _warnings(person, zone.number))

    def update_mandate(self, uuid: str, data: MandateInput, expected_version: int) -> MandateResult:
        """Correct a mandate (any field, also the person or the zone); the rules of
        `add_mandate` apply. Undo: `update_mandate(uuid, row_before.to_input(),
        result.row.row_version)`."""
        data = _clean_mandate(data)
        with self._context.write() as session:
            mandate = _get_mandate(session, uuid)
            _check_version(mandate, expected_version, _THIS_MANDATE)
            person = _get_person(session, data.person_uuid)
            zone = _zone(session, data.zone_number)
            _refuse_conflicts(session, _term(mandate.uuid, person, data))
            before = _mandate_values(mandate)
            _set_mandate(mandate, person, zone, data)
            after = _mandate_values(mandate)
            changes = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
            if changes:
                audit.record(
                    session,
                    self._context.user,
                    AuditAction.UPDATE,
                    mandate,
                    f"Mandate changed: {_describe(mandate)}",
                    changes,
                )
            return MandateResult(_mandate_row(mandate), _warnings(person, zone.number))

    def end_mandate(self, uuid: str, end_date: date | None, expected_version: int) -> MandateResult:
        """Set the last day in office (inclusive: the successor starts the next day).

        `end_date=None` opens the mandate again. Undo: `end_mandate(uuid, previous end date,
        result.row.row_version)`.
        """
        with self._context.read() as session:
            current = _mandate_row(_get_mandate(session, uuid))
        return self.update_mandate(
            uuid, replace(current.to_input(), end_date=end_date), expected_version
        )

    def delete_mandate(self, uuid: str, expected_version: int | None = None) -> MandateSnapshot:
        """Remove a mandate entered by mistake (an ended term is history: use `end_mandate`).

        Returns the snapshot that `restore_mandate` needs to undo the deletion.
        """
        with self._context.write() as session:
            mandate = _get_mandate(session, uuid)
            if expected_version is not None:
                _check_version(mandate, expected_version, _THIS_MANDATE)
            snapshot = _mandate_snapshot(mandate)
            audit.record(
                session,
                self._context.user,
                AuditAction.DELETE,
                mandate,
                f"Mandate removed: {_describe(mandate)}",
                {k: (v, None) for k, v in _mandate_values(mandate).items()},
            )
            session.delete(mandate)
            return snapshot

    def restore_mandate(self, snapshot: MandateSnapshot) -> MandateResult:
        """Bring back a deleted mandate with the same uuid (undo of delete, redo of add).

        The rules are checked again: a mandate entered since may now be in the way.
        """
        with self._context.write() as session:
            if session.scalar(select(Mandate.id).where(Mandate.uuid == snapshot.uuid)):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors.roster", "This mandate is already there.")
                )
            data = _clean_mandate(_snapshot_input(snapshot))
            return self._insert_mandate(session, data, "restored", snapshot)

    # -------------------------------------------------------------------- import

    def import_entries(
        self, entries: Sequence[RosterEntry], *, dry_run: bool = False
    ) -> ImportReport:
        """Take a roster sheet into the database: all its lines or none.

        People are matched by name (family and given, ignoring case, accents and spacing);
        among people of that name, in this order:
        1. the one with the line's e-mail address, if the line has one;
        2. the one who already holds this very mandate (zone, role, start date);
        3. if the line names a municipality: the one from it, else the only one with no
           municipality recorded (it gets the line's), else a new person;
        4. if it names none: the only person of that name (in the database or created by this
           sheet), else a new person when there is nobody of that name.
        Several candidates at any step make the line a problem (write the municipality or the
        e-mail address to say which). Names of existing people are never changed by an import.
        People's title, municipality, e-mail and phone are updated from the sheet (the line
        with the latest start date wins); an empty cell never erases what is recorded.

        A mandate is the same when person, zone, role and start date are the same; then the
        vicar flag, end date, election date and notes are updated from the line (empty cells
        keep what is recorded: an empty end date does not reopen an ended mandate, a warning
        says so). Otherwise the mandate is created.

        Every line is checked first (municipality, zone, dates, vicar, the roster rules among
        the lines themselves and with the database); if any is bad, `ImportRejected` lists
        every problem with its row and nothing is written. Otherwise one transaction, one
        audit entry per created or changed row. Importing the same sheet again changes nothing.
        `dry_run=True` checks and counts without writing.

        Undo: `revert_import(report)`; redo: `reapply_import(report)` (same uuids).
        """
        today = self._context.today()
        if dry_run:
            with self._context.read() as session:
                plan = _ImportPlanner(session, today).plan(entries)
                return plan.report(dry_run=True)
        with self._context.write() as session:
            plan = _ImportPlanner(session, today).plan(entries)
            plan.apply(session, self._context.user)
            return plan.report(dry_run=False)

    def revert_import(self, report: ImportReport) -> None:
        """Undo an import: created rows are removed, updated rows get their former values back.

        Refused with `ConflictError` (nothing changed) if a row touched by the import was
        changed since, or if a person it created has been given other mandates.
        """
        if report.dry_run:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.roster", "A trial import changed nothing, so there is nothing to undo."
                )
            )
        self._apply_states(
            [(c.after, c.before) for c in report.person_changes],
            [(c.after, c.before) for c in report.mandate_changes],
            "undone",
        )

    def reapply_import(self, report: ImportReport) -> None:
        """Redo an import after `revert_import`, with the same uuids; refused (`ConflictError`)
        if the rows it touches are no longer as the import found them."""
        if report.dry_run:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.roster", "A trial import changed nothing, so there is nothing to redo."
                )
            )
        self._apply_states(
            [(c.before, c.after) for c in report.person_changes],
            [(c.before, c.after) for c in report.mandate_changes],
            "redone",
        )

    def _apply_states(
        self,
        people: list[tuple[PersonSnapshot | None, PersonSnapshot | None]],
        mandates: list[tuple[MandateSnapshot | None, MandateSnapshot | None]],
        verb: str,
    ) -> None:
        """Move rows from state `from_` to state `to` (None: the row does not exist), checking
        that each row is in `from_` first. People are created before mandates and mandates
        removed before people."""
        user = self._context.user
        with self._context.write() as session:
            for from_, to in people:
                if from_ is None:
                    _expect_person(session, to.uuid, None)
                    person = _person_from_snapshot(session, to)
                    session.add(person)
                    audit.record(
                        session,
                        user,
                        AuditAction.CREATE,
                        person,
                        f"Import {verb}: person {person.full_name} added",
                        {k: (None, v) for k, v in _person_values(person).items()},
                    )
                elif to is not None:
                    person = _expect_person(session, from_.uuid, from_)
                    municipality = _municipality_by_code(session, to.municipality_code)
                    values = {k: getattr(to, k) for k in _LIMITS} | {"notes": to.notes}
                    changes = _set_person(person, values, municipality)
                    audit.record(
                        session,
                        user,
                        AuditAction.UPDATE,
                        person,
                        f"Import {verb}: person {person.full_name} changed",
                        changes,
                    )
            touched: list[Mandate] = []
            for from_, to in mandates:
                if from_ is None:
                    _expect_mandate(session, to.uuid, None)
                    person = _get_person(session, to.person_uuid)
                    zone = _zone(session, to.zone_number)
                    mandate = Mandate(person=person, zone=zone, uuid=to.uuid)
                    if to.created_at is not None:
                        mandate.created_at = to.created_at
                    _set_mandate(mandate, person, zone, _snapshot_input(to))
                    session.add(mandate)
                    audit.record(
                        session,
                        user,
                        AuditAction.CREATE,
                        mandate,
                        f"Import {verb}: mandate added: {_describe(mandate)}",
                        {k: (None, v) for k, v in _mandate_values(mandate).items()},
                    )
                    touched.append(mandate)
                else:
                    mandate = _expect_mandate(session, from_.uuid, from_)
                    if to is None:
                        audit.record(
                            session,
                            user,
                            AuditAction.DELETE,
                            mandate,
                            f"Import {verb}: mandate removed: {_describe(mandate)}",
                            {k: (v, None) for k, v in _mandate_values(mandate).items()},
                        )
                        session.delete(mandate)
                        continue
                    person = _get_person(session, to.person_uuid)
                    zone = _zone(session, to.zone_number)
                    before = _mandate_values(mandate)
                    _set_mandate(mandate, person, zone, _snapshot_input(to))
                    after = _mandate_values(mandate)
                    audit.record(
                        session,
                        user,
                        AuditAction.UPDATE,
                        mandate,
                        f"Import {verb}: mandate changed: {_describe(mandate)}",
                        {k: (before[k], after[k]) for k in after if before[k] != after[k]},
                    )
                    touched.append(mandate)
            session.flush()
            for from_, to in people:
                if to is None:
                    person = _expect_person(session, from_.uuid, from_)
                    session.refresh(person, ["mandates"])
                    if person.mandates:
                        raise ConflictError(
                            QT_TRANSLATE_NOOP(
                                "errors.roster",
                                "{person}, added by the import, has been given other mandates "
                                "since.",
                            ).format(person=person.full_name),
                            advice=QT_TRANSLATE_NOOP(
                                "errors.roster", "The import cannot be undone as a whole."
                            ),
                        )
                    audit.record(
                        session,
                        user,
                        AuditAction.DELETE,
                        person,
                        f"Import {verb}: person {person.full_name} removed",
                        {k: (v, None) for k, v in _person_values(person).items()},
                    )
                    session.delete(person)
            session.flush()
            # Rows entered since the import may now be in the way: the rules still hold.
            for mandate in touched:
                _refuse_conflicts(session, _term(mandate.uuid, mandate.person, _input_of(mandate)))


# ------------------------------------------------------------------------------ import planning


@dataclass
class _PlannedPerson:
    key: Hashable
    existing: Person | None
    uuid: str
    given_name: str
    family_name: str
    values: dict[str, str]  # title, email, phone
    municipality: Municipality | None
    before: PersonSnapshot | None
    changed: bool = False
    person: Person | None = None  # the row, once applied


@dataclass
class _PlannedMandate:
    entry: RosterEntry
    person: _PlannedPerson
    zone: Zone
    existing: Mandate | None
    uuid: str
    values: dict[str, object]  # is_vicar, end_date, elected_on, notes
    before: MandateSnapshot | None
    changed: bool = False
    mandate: Mandate | None = None


@dataclass
class _Plan:
    people: list[_PlannedPerson]
    mandates: list[_PlannedMandate]
    warnings: list[str]

    def apply(self, session: Session, user: str) -> None:
        for planned in self.people:
            values = {
                "given_name": planned.given_name,
                "family_name": planned.family_name,
                **planned.values,
            }
            if planned.existing is None:
                person = Person(uuid=planned.uuid, municipality=planned.municipality, **values)
                session.add(person)
                audit.record(
                    session,
                    user,
                    AuditAction.CREATE,
                    person,
                    f"Roster import: person added: {person.full_name}",
                    {k: (None, v) for k, v in _person_values(person).items()},
                )
            else:
                person = planned.existing
                if planned.changed:
                    changes = _set_person(
                        person, {**values, "notes": person.notes}, planned.municipality
                    )
                    audit.record(
                        session,
                        user,
                        AuditAction.UPDATE,
                        person,
                        f"Roster import: person changed: {person.full_name}",
                        changes,
                    )
            planned.person = person
        for planned in self.mandates:
            person = planned.person.person
            entry = planned.entry
            data = MandateInput(
                person_uuid=person.uuid,
                zone_number=planned.zone.number,
                role=entry.role,
                start_date=entry.start_date,
                **planned.values,
            )
            if planned.existing is None:
                mandate = Mandate(person=person, zone=planned.zone, uuid=planned.uuid)
                _set_mandate(mandate, person, planned.zone, data)
                session.add(mandate)
                audit.record(
                    session,
                    user,
                    AuditAction.CREATE,
                    mandate,
                    f"Roster import: mandate added: {_describe(mandate)}",
                    {k: (None, v) for k, v in _mandate_values(mandate).items()},
                )
            else:
                mandate = planned.existing
                if planned.changed:
                    before = _mandate_values(mandate)
                    _set_mandate(mandate, person, planned.zone, data)
                    after = _mandate_values(mandate)
                    audit.record(
                        session,
                        user,
                        AuditAction.UPDATE,
                        mandate,
                        f"Roster import: mandate changed: {_describe(mandate)}",
                        {k: (before[k], after[k]) for k in after if before[k] != after[k]},
                    )
            planned.mandate = mandate
        session.flush()

    def report(self, *, dry_run: bool) -> ImportReport:
        person_changes = []
        for p in self.people:
            if p.existing is None or p.changed:
                after = _person_snapshot(p.person) if p.person else self._person_after(p)
                person_changes.append(PersonChange(p.before, after))
        mandate_changes = []
        for m in self.mandates:
            if m.existing is None or m.changed:
                after = _mandate_snapshot(m.mandate) if m.mandate else self._mandate_after(m)
                mandate_changes.append(MandateChange(m.before, after))
        return ImportReport(
            people_created=sum(1 for p in self.people if p.existing is None),
            people_updated=sum(1 for p in self.people if p.existing is not None and p.changed),
            people_unchanged=sum(1 for p in self.people if p.existing and not p.changed),
            mandates_created=sum(1 for m in self.mandates if m.existing is None),
            mandates_updated=sum(1 for m in self.mandates if m.existing is not None and m.changed),
            mandates_unchanged=sum(1 for m in self.mandates if m.existing and not m.changed),
            warnings=list(self.warnings),
            person_changes=tuple(person_changes),
            mandate_changes=tuple(mandate_changes),
            dry_run=dry_run,
        )

    @staticmethod
    def _person_after(p: _PlannedPerson) -> PersonSnapshot:
        return PersonSnapshot(
            uuid=p.uuid,
            given_name=p.given_name,
            family_name=p.family_name,
            municipality_code=p.municipality.istat_code if p.municipality else None,
            notes=p.existing.notes if p.existing else "",
            created_at=None,
            **p.values,
        )

    @staticmethod
    def _mandate_after(m: _PlannedMandate) -> MandateSnapshot:
        return MandateSnapshot(
            uuid=m.uuid,
            person_uuid=m.person.uuid,
            zone_number=m.zone.number,
            role=m.entry.role,
            start_date=m.entry.start_date,
            **m.values,
        )


@dataclass
class _Line:
    index: int
    entry: RosterEntry
    row: int | None
    name_key: tuple[str, str]
    municipality: Municipality | None
    zone: Zone | None


class _ImportPlanner:
    """Checks roster entries against the database and works out what importing them does."""

    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.zones = {zone.number: zone for zone in session.scalars(select(Zone))}
        self.municipalities = MunicipalityIndex.load(session)
        self.people = session.scalars(_people_query()).all()
        self.by_name: dict[tuple[str, str], list[Person]] = defaultdict(list)
        for person in self.people:
            self.by_name[_name_key(person.family_name, person.given_name)].append(person)
        self.problems: list[RowProblem] = []

    def problem(self, line: _Line, message: str, column: str = "") -> None:
        self.problems.append(RowProblem(line.row, message, column))

    def plan(self, entries: Sequence[RosterEntry]) -> _Plan:
        lines = [line for index, e in enumerate(entries) if (line := self._check(index, e))]
        keys = self._resolve_people(lines)
        people = self._plan_people(lines, keys)
        mandates = self._plan_mandates(lines, keys, people)
        self._check_rules(mandates)
        if self.problems:
            self.problems.sort(key=lambda p: (p.row is None, p.row or 0))
            raise ImportRejected(self.problems, what=QT_TRANSLATE_NOOP("errors.import", "roster"))
        warnings = self._warnings(mandates)
        return _Plan(list(people.values()), mandates, warnings)

    def _check(self, index: int, entry: RosterEntry) -> _Line | None:
        """The line if it can be planned; its problems on its own are recorded either way."""
        line = _Line(index, entry, entry.source_row, ("", ""), None, None)
        before = len(self.problems)
        family, given = entry.family_name.strip(), entry.given_name.strip()
        if not family:
            self.problem(
                line,
                QT_TRANSLATE_NOOP("errors.roster", "The family name is missing."),
                QT_TRANSLATE_NOOP("errors.import", "family name"),
            )
        if not given:
            self.problem(
                line,
                QT_TRANSLATE_NOOP("errors.roster", "The given name is missing."),
                QT_TRANSLATE_NOOP("errors.import", "given name"),
            )
        line.name_key = _name_key(family, given)
        try:
            entry = line.entry = replace(entry, role=MandateRole(entry.role))
        except ValueError:
            self.problem(
                line,
                QT_TRANSLATE_NOOP("errors.roster", "“{role}” is not a role.").format(
                    role=str(entry.role)
                ),
                QT_TRANSLATE_NOOP("errors.import", "role"),
            )
            return None
        for message in term_problems(_entry_term(None, None, entry)):
            self.problem(line, message)
        line.zone = self.zones.get(entry.zone_number)
        if line.zone is None and entry.zone_number in ZONE_NUMBERS:
            self.problem(
                line,
                QT_TRANSLATE_NOOP(
                    "errors.roster", "Zone {number} is missing from the database."
                ).format(number=entry.zone_number),
                QT_TRANSLATE_NOOP("errors.import", "zone"),
            )
        if entry.municipality.strip():
            try:
                line.municipality = self.municipalities.find(entry.municipality)
            except ValidationError as error:
                self.problem(
                    line, error.message, QT_TRANSLATE_NOOP("errors.import", "municipality")
                )
        if entry.email.strip() and not _EMAIL.match(entry.email.strip()):
            self.problem(
                line,
                QT_TRANSLATE_NOOP("errors.roster", "“{email}” is not an e-mail address.").format(
                    email=entry.email
                ),
                QT_TRANSLATE_NOOP("errors.import", "email"),
            )
        if entry.phone.strip() and not is_phone_number(entry.phone):
            self.problem(
                line,
                QT_TRANSLATE_NOOP("errors.roster", "“{phone}” is not a phone number.").format(
                    phone=entry.phone
                ),
                QT_TRANSLATE_NOOP("errors.import", "phone"),
            )
        return line if len(self.problems) == before else None

    def _resolve_people(self, lines: list[_Line]) -> dict[int, Hashable]:
        """Which person each line is about: ("db", id) or ("new", name key, municipality id)."""
        keys: dict[int, Hashable] = {}
        new_groups: dict[tuple[str, str], set[Hashable]] = defaultdict(set)
        without_municipality = []
        for line in lines:
            entry = line.entry
            candidates = self.by_name.get(line.name_key, [])
            email = entry.email.strip().casefold()
            person = None
            if email:
                person = _only([p for p in candidates if p.email.strip().casefold() == email])
            if person is None:
                person = _only([p for p in candidates if _holds(p, entry)])
            if person is None and line.municipality is not None:
                here = [p for p in candidates if p.municipality_id == line.municipality.id]
                if not here:
                    here = [p for p in candidates if p.municipality_id is None]
                if len(here) > 1:
                    self._ambiguous(line, here)
                    continue
                if not here:
                    key = ("new", line.name_key, line.municipality.id)
                    new_groups[line.name_key].add(key)
                    keys[line.index] = key
                    continue
                person = here[0]
            if person is None:
                without_municipality.append(line)
                continue
            keys[line.index] = ("db", person.id)
        for line in without_municipality:
            candidates = self.by_name.get(line.name_key, [])
            options = {("db", p.id) for p in candidates} | new_groups[line.name_key]
            if len(options) > 1:
                self._ambiguous(line, candidates, len(options) - len(candidates))
                continue
            keys[line.index] = options.pop() if options else ("new", line.name_key, None)
        return keys

    def _ambiguous(self, line: _Line, people: list[Person], new: int = 0) -> None:
        places = sorted(
            p.municipality.name
            if p.municipality
            else QT_TRANSLATE_NOOP("errors.roster", "no municipality")
            for p in people
        )
        if new:
            places.append(
                QT_TRANSLATE_NOOP("errors.roster", "{count} more in this sheet").format(count=new)
            )
        entry = line.entry
        self.problem(
            line,
            QT_TRANSLATE_NOOP(
                "errors.roster",
                "There are several people called {given} {family} ({places}): write the "
                "municipality or the e-mail address to say which.",
            ).format(given=entry.given_name, family=entry.family_name, places=tuple(places)),
            QT_TRANSLATE_NOOP("errors.import", "municipality"),
        )

    def _plan_people(
        self, lines: list[_Line], keys: dict[int, Hashable]
    ) -> dict[Hashable, _PlannedPerson]:
        by_key: dict[Hashable, list[_Line]] = defaultdict(list)
        for line in lines:
            if line.index in keys:
                by_key[keys[line.index]].append(line)
        existing = {person.id: person for person in self.people}
        planned = {}
        for key, group in by_key.items():
            # The latest mandate's line gives the person's details; empty cells erase nothing.
            group.sort(key=lambda ln: (ln.entry.start_date, ln.index))
            person = existing[key[1]] if key[0] == "db" else None
            values: dict[str, str] = {}
            for name in ("title", "email", "phone"):
                given = [getattr(ln.entry, name).strip() for ln in group]
                given = [text for text in given if text]
                values[name] = given[-1] if given else (getattr(person, name) if person else "")
            if person and values["email"].casefold() == person.email.casefold():
                values["email"] = person.email  # addresses are matched ignoring case
            places = [ln.municipality for ln in group if ln.municipality is not None]
            municipality = places[-1] if places else (person.municipality if person else None)
            latest = group[-1].entry
            if person is None:
                planned[key] = _PlannedPerson(
                    key,
                    None,
                    new_uuid(),
                    latest.given_name.strip(),
                    latest.family_name.strip(),
                    values,
                    municipality,
                    None,
                )
                continue
            changed = municipality is not person.municipality or any(
                getattr(person, k) != v for k, v in values.items()
            )
            planned[key] = _PlannedPerson(
                key,
                person,
                person.uuid,
                person.given_name,
                person.family_name,
                values,
                municipality,
                _person_snapshot(person),
                changed,
            )
        return planned

    def _plan_mandates(
        self,
        lines: list[_Line],
        keys: dict[int, Hashable],
        people: dict[Hashable, _PlannedPerson],
    ) -> list[_PlannedMandate]:
        planned = []
        seen: dict[tuple, _Line] = {}
        for line in lines:
            if line.index not in keys or line.zone is None:
                continue
            entry = line.entry
            person = people[keys[line.index]]
            identity = (person.key, entry.zone_number, entry.role, entry.start_date)
            if identity in seen:
                other = seen[identity].row
                if other is not None:
                    message = QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "{given} {family}'s mandate as {role} of zone {zone} from {start} "
                        "is already in row {row}.",
                    )
                else:
                    message = QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "{given} {family}'s mandate as {role} of zone {zone} from {start} "
                        "is already in the sheet.",
                    )
                self.problem(
                    line,
                    message.format(
                        given=person.given_name,
                        family=person.family_name,
                        role=_role_words(entry),
                        zone=entry.zone_number,
                        start=entry.start_date,
                        row=other,
                    ),
                )
                continue
            seen[identity] = line
            existing = None
            if person.existing is not None:
                existing = _only(
                    [
                        m
                        for m in person.existing.mandates
                        if (m.zone.number, m.role, m.start_date) == identity[1:]
                    ]
                )
            values: dict[str, object] = {"is_vicar": entry.is_vicar}
            if existing is None:
                values |= {
                    "end_date": entry.end_date,
                    "elected_on": entry.elected_on,
                    "notes": entry.notes.strip(),
                }
                planned.append(
                    _PlannedMandate(entry, person, line.zone, None, new_uuid(), values, None)
                )
                continue
            values |= {
                "end_date": entry.end_date or existing.end_date,
                "elected_on": entry.elected_on or existing.elected_on,
                "notes": entry.notes.strip() or existing.notes,
            }
            changed = any(getattr(existing, k) != v for k, v in values.items())
            planned.append(
                _PlannedMandate(
                    entry,
                    person,
                    line.zone,
                    existing,
                    existing.uuid,
                    values,
                    _mandate_snapshot(existing),
                    changed,
                )
            )
        return planned

    def _check_rules(self, mandates: list[_PlannedMandate]) -> None:
        """The roster rules on the zones as they would be after the import."""
        terms: dict[Hashable, Term] = {}
        for person in self.people:
            for m in person.mandates:
                terms[m.uuid] = Term(
                    m.uuid,
                    ("db", person.id),
                    person.full_name,
                    m.zone.number,
                    m.role,
                    m.is_vicar,
                    m.start_date,
                    m.end_date,
                )
        line_of: dict[Hashable, _PlannedMandate] = {}
        for planned in mandates:
            entry = planned.entry
            term = Term(
                planned.uuid,
                planned.person.key,
                f"{planned.person.given_name} {planned.person.family_name}",
                entry.zone_number,
                entry.role,
                bool(planned.values["is_vicar"]),
                entry.start_date,
                planned.values["end_date"],
            )
            terms[planned.uuid] = term
            line_of[planned.uuid] = planned
        by_zone: dict[int, list[Term]] = defaultdict(list)
        for term in terms.values():
            by_zone[term.zone_number].append(term)
        order = {id(p): i for i, p in enumerate(mandates)}
        for planned in mandates:
            term = terms[planned.uuid]
            for conflict in conflicts(term, by_zone[term.zone_number]):
                other = line_of.get(conflict.other.key)
                message = conflict.message
                if other is not None:
                    if order[id(other)] > order[id(planned)]:
                        continue  # reported once, on the later of the two lines
                    where = other.entry.source_row
                    if where is not None:
                        message = QT_TRANSLATE_NOOP(
                            "errors.roster", "{message} (See row {row}.)"
                        ).format(message=message, row=where)
                self.problems.append(RowProblem(planned.entry.source_row, message))

    def _warnings(self, mandates: list[_PlannedMandate]) -> list[str]:
        """Warnings about what the import writes (unchanged lines stay quiet on a re-import)."""
        warnings = []
        said = set()
        for planned in mandates:
            entry = planned.entry
            existing = planned.existing
            if existing is not None and entry.end_date is None and existing.end_date is not None:
                warnings.append(
                    _in_row(
                        entry.source_row,
                        QT_TRANSLATE_NOOP(
                            "errors.roster",
                            "{given} {family}'s mandate ended on {end}; an empty end date in "
                            "the sheet does not reopen it (do that in the roster if it is meant).",
                        ).format(
                            given=planned.person.given_name,
                            family=planned.person.family_name,
                            end=existing.end_date,
                        ),
                    )
                )
            if existing is not None and not planned.changed:
                continue
            person = planned.person
            municipality = person.municipality
            message = municipality_warning(
                f"{person.given_name} {person.family_name}",
                municipality.name if municipality else None,
                municipality.zone.number if municipality and municipality.zone else None,
                entry.zone_number,
            )
            if message and (person.key, entry.zone_number) not in said:
                said.add((person.key, entry.zone_number))
                warnings.append(_in_row(entry.source_row, message))
        return warnings


# ------------------------------------------------------------------------------ helpers


def _people_query():
    return (
        select(Person)
        .options(
            selectinload(Person.municipality).selectinload(Municipality.zone),
            selectinload(Person.mandates).selectinload(Mandate.zone),
        )
        .order_by(func.lower(Person.family_name), func.lower(Person.given_name), Person.id)
    )


def _name_key(family: str, given: str) -> tuple[str, str]:
    return fold_name(family), fold_name(given)


def _only(items: list):
    return items[0] if len(items) == 1 else None


def _holds(person: Person, entry: RosterEntry) -> bool:
    return any(
        (m.zone.number, m.role, m.start_date) == (entry.zone_number, entry.role, entry.start_date)
        for m in person.mandates
    )


def _role_words(entry: RosterEntry) -> str:
    if entry.role is MandateRole.SPOKESPERSON:
        return QT_TRANSLATE_NOOP("errors.roster", "spokesperson")
    return QT_TRANSLATE_NOOP("errors.roster", "deputy")


def _in_row(row: int | None, message: str) -> str:
    """A warning about one row of the sheet, as “Row 7: …”."""
    if row is None:
        return message
    return QT_TRANSLATE_NOOP("errors.roster", "Row {row}: {message}").format(
        row=row, message=message
    )


def _matches(person: Person, words: list[str]) -> bool:
    zones = {m.zone for m in person.mandates}
    if person.municipality is not None and person.municipality.zone is not None:
        zones.add(person.municipality.zone)
    text = " ".join(
        [
            fold_name(f"{person.given_name} {person.family_name}"),
            fold_name(person.municipality.name) if person.municipality else "",
            *(fold_name(f"zona zone {zone.number} {zone.name}") for zone in zones),
        ]
    )
    numbers = {zone.number for zone in zones}
    for word in words:
        if word.isdigit():
            if int(word) not in numbers:
                return False
        elif word not in text:
            return False
    return True


def _newest_first_key(row: MandateRow) -> tuple:
    return (
        -row.start_date.toordinal(),
        row.role is not MandateRole.SPOKESPERSON,
        not row.is_vicar,
        fold_name(row.person_name),
    )


def _mandate_row(m: Mandate) -> MandateRow:
    return MandateRow(
        uuid=m.uuid,
        person_uuid=m.person.uuid,
        person_name=m.person.full_name,
        zone_number=m.zone.number,
        zone_name=m.zone.name,
        role=m.role,
        is_vicar=m.is_vicar,
        start_date=m.start_date,
        end_date=m.end_date,
        elected_on=m.elected_on,
        notes=m.notes,
        row_version=m.row_version,
    )


def _person_row(person: Person, today: date) -> PersonRow:
    mandates = sorted((_mandate_row(m) for m in person.mandates), key=_newest_first_key)
    current = tuple(m for m in mandates if m.in_office(today))
    upcoming = tuple(m for m in mandates if m.start_date > today)
    past = tuple(m for m in mandates if m.end_date is not None and m.end_date < today)
    municipality = person.municipality
    return PersonRow(
        uuid=person.uuid,
        given_name=person.given_name,
        family_name=person.family_name,
        title=person.title,
        municipality_code=municipality.istat_code if municipality else None,
        municipality_name=municipality.name if municipality else None,
        municipality_zone=(
            municipality.zone.number if municipality and municipality.zone else None
        ),
        email=person.email,
        phone=person.phone,
        row_version=person.row_version,
        current=current,
        upcoming=upcoming,
        past=past,
        current_text="; ".join(m.summary() for m in current),
        past_text="; ".join(m.summary() for m in past),
    )


def _person_detail(person: Person, today: date) -> PersonDetail:
    row = _person_row(person, today)
    return PersonDetail(
        row=row,
        notes=person.notes,
        mandates=tuple(sorted((_mandate_row(m) for m in person.mandates), key=_newest_first_key)),
        created_at=person.created_at,
        updated_at=person.updated_at,
    )


def _person_snapshot(person: Person) -> PersonSnapshot:
    return PersonSnapshot(
        uuid=person.uuid,
        given_name=person.given_name,
        family_name=person.family_name,
        title=person.title,
        municipality_code=person.municipality.istat_code if person.municipality else None,
        email=person.email,
        phone=person.phone,
        notes=person.notes,
        created_at=person.created_at,
    )


def _mandate_snapshot(m: Mandate) -> MandateSnapshot:
    return MandateSnapshot(
        uuid=m.uuid,
        person_uuid=m.person.uuid,
        zone_number=m.zone.number,
        role=m.role,
        is_vicar=m.is_vicar,
        start_date=m.start_date,
        end_date=m.end_date,
        elected_on=m.elected_on,
        notes=m.notes,
        created_at=m.created_at,
    )


def _snapshot_input(s: MandateSnapshot) -> MandateInput:
    return MandateInput(
        person_uuid=s.person_uuid,
        zone_number=s.zone_number,
        role=s.role,
        start_date=s.start_date,
        is_vicar=s.is_vicar,
        end_date=s.end_date,
        elected_on=s.elected_on,
        notes=s.notes,
    )


def _input_of(m: Mandate) -> MandateInput:
    return _snapshot_input(_mandate_snapshot(m))


def _person_from_snapshot(session: Session, snapshot: PersonSnapshot) -> Person:
    person = Person(
        uuid=snapshot.uuid,
        given_name=snapshot.given_name,
        family_name=snapshot.family_name,
        title=snapshot.title,
        municipality=_municipality_by_code(session, snapshot.municipality_code),
        email=snapshot.email,
        phone=snapshot.phone,
        notes=snapshot.notes,
    )
    if snapshot.created_at is not None:
        person.created_at = snapshot.created_at
    return person


def _expect_person(session: Session, uuid: str, state: PersonSnapshot | None) -> Person | None:
    """The person, if it is in `state` (None: absent); `ConflictError` otherwise."""
    person = session.scalar(
        select(Person).where(Person.uuid == uuid).options(selectinload(Person.municipality))
    )
    if state is None and person is None:
        return None
    if (
        state is not None
        and person is not None
        and _person_snapshot(person).content() == (state.content())
    ):
        return person
    if state is not None:
        message = QT_TRANSLATE_NOOP(
            "errors.roster", "{given} {family} was changed after the import."
        ).format(given=state.given_name, family=state.family_name)
    else:
        message = QT_TRANSLATE_NOOP("errors.roster", "A person was changed after the import.")
    raise ConflictError(message, advice=_NOT_AS_A_WHOLE)


def _expect_mandate(session: Session, uuid: str, state: MandateSnapshot | None) -> Mandate | None:
    mandate = session.scalar(select(Mandate).where(Mandate.uuid == uuid))
    if state is None and mandate is None:
        return None
    if (
        state is not None
        and mandate is not None
        and _mandate_snapshot(mandate).content() == (state.content())
    ):
        return mandate
    raise ConflictError(
        QT_TRANSLATE_NOOP("errors.roster", "A mandate touched by the import was changed after it."),
        advice=_NOT_AS_A_WHOLE,
    )


def zones_without_spokesperson(session: Session, on: date) -> list[tuple[int, str]]:
    """(number, name) of the zones with no spokesperson in office on `on`, by number."""
    spokesperson_in_office = exists().where(
        Mandate.zone_id == Zone.id,
        Mandate.role == MandateRole.SPOKESPERSON,
        Mandate.start_date <= on,
        Mandate.end_date.is_(None) | (Mandate.end_date >= on),
    )
    rows = session.execute(
        select(Zone.number, Zone.name).where(~spokesperson_in_office).order_by(Zone.number)
    )
    return [(number, name) for number, name in rows]


def _uuids(session: Session, model, column, person_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(select(model.uuid).where(column == person_id).order_by(model.id)))


def _get_person(session: Session, uuid: str) -> Person:
    return by_uuid(
        session,
        Person,
        uuid,
        QT_TRANSLATE_NOOP("errors.roster", "This person is no longer in the list."),
        advice=QT_TRANSLATE_NOOP(
            "errors.roster", "Someone may have removed them. Reload the list."
        ),
    )


def _get_mandate(session: Session, uuid: str) -> Mandate:
    return by_uuid(
        session,
        Mandate,
        uuid,
        QT_TRANSLATE_NOOP("errors.roster", "This mandate is no longer in the roster."),
        advice=QT_TRANSLATE_NOOP(
            "errors.roster", "Someone may have removed it. Reload the roster."
        ),
    )


def _zone(session: Session, number: int) -> Zone:
    check_zone_number(number)
    zone = session.scalar(select(Zone).where(Zone.number == number))
    if zone is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors.roster", "Zone {number} is missing from the database."
            ).format(number=number)
        )
    return zone


def _check_version(entity: Person | Mandate, expected: int, what: str) -> None:
    """`what` is the sentence's subject: a person's name, or a marked text (“This mandate”)."""
    if entity.row_version != expected:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors.roster", "{what} was changed by someone else while you were editing."
            ).format(what=what),
            advice=QT_TRANSLATE_NOOP(
                "errors.roster", "Your change was not saved. Reload and make it again."
            ),
        )


def _find_municipality(session: Session, text: str) -> Municipality | None:
    if not (text or "").strip():
        return None
    return MunicipalityIndex.load(session).find(text)


def _municipality_by_code(session: Session, code: str | None) -> Municipality | None:
    if code is None:
        return None
    return session.scalar(select(Municipality).where(Municipality.istat_code == code))


def _clean_person(data: PersonInput) -> dict[str, str]:
    values = {name: (getattr(data, name) or "").strip() for name in _LIMITS}
    values["notes"] = (data.notes or "").strip()
    for name in ("family_name", "given_name"):
        if not values[name]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors.roster", "The {what} is missing.").format(
                    what=_LABELS[name]
                )
            )
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.roster",
                    "The {what} is too long ({length} characters; at most {limit}).",
                ).format(what=_LABELS[name], length=len(values[name]), limit=limit)
            )
    if values["email"] and not _EMAIL.match(values["email"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.roster", "“{email}” is not an e-mail address.").format(
                email=values["email"]
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.roster", "Write it as name@example.it, or leave it empty."
            ),
        )
    if values["phone"] and not is_phone_number(values["phone"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.roster", "“{phone}” is not a phone number.").format(
                phone=values["phone"]
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.roster", "Write its digits, such as +39 011 861 2345, or leave it empty."
            ),
        )
    return values


def is_phone_number(text: str) -> bool:
    return bool(_PHONE.match(text.strip())) and sum(c.isdigit() for c in text) >= 6


def _refuse_duplicate(
    session: Session, values: dict[str, str], municipality: Municipality | None, exclude_id
) -> None:
    """Refuse a second person with the same name and municipality (none counts as one)."""
    key = _name_key(values["family_name"], values["given_name"])
    email = values["email"].casefold()
    # Names are compared folded (accents, case) in Python: SQL cannot fold them the same way.
    people = session.execute(
        select(
            Person.id, Person.family_name, Person.given_name, Person.municipality_id, Person.email
        )
    )
    for other_id, family, given, municipality_id, other_email in people:
        if other_id == exclude_id or _name_key(family, given) != key:
            continue
        if municipality_id != (municipality.id if municipality else None):
            continue
        if email and other_email and other_email.casefold() != email:
            continue  # two people of the same name and town, told apart by their e-mail
        if municipality:
            message = QT_TRANSLATE_NOOP(
                "errors.roster", "{given} {family} of {municipality} is already in the list."
            )
        else:
            message = QT_TRANSLATE_NOOP("errors.roster", "{given} {family} is already in the list.")
        raise ConflictError(
            message.format(
                given=given, family=family, municipality=municipality.name if municipality else ""
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.roster",
                "Open that person instead, or give both an e-mail address to tell them apart.",
            ),
        )


def _person_values(person: Person) -> dict[str, object]:
    return {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "title": person.title,
        "municipality": _name(person),
        "email": person.email,
        "phone": person.phone,
        "notes": person.notes,
    }


def _name(person: Person) -> str | None:
    return person.municipality.name if person.municipality else None


def _set_person(
    person: Person, values: dict[str, str], municipality: Municipality | None
) -> dict[str, tuple[object, object]]:
    """Apply values; the changed fields as old → new, for the audit log."""
    before = _person_values(person)
    for name, value in values.items():
        setattr(person, name, value)
    person.municipality = municipality
    after = _person_values(person)
    return {k: (before[k], after[k]) for k in after if before[k] != after[k]}


def _clean_mandate(data: MandateInput) -> MandateInput:
    try:
        role = MandateRole(data.role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.roster", "“{role}” is not a role.").format(
                role=str(data.role)
            )
        ) from None
    data = replace(data, role=role, is_vicar=bool(data.is_vicar), notes=(data.notes or "").strip())
    problems = term_problems(_input_term(None, None, "", data))
    if problems:
        raise ValidationError(
            sentences(problems), advice=QT_TRANSLATE_NOOP("errors.roster", "Nothing was saved.")
        )
    return data


def _input_term(key, person_key, name: str, data: MandateInput) -> Term:
    return Term(
        key,
        person_key,
        name,
        data.zone_number,
        data.role,
        data.is_vicar,
        data.start_date,
        data.end_date,
        data.elected_on,
    )


def _entry_term(key, person_key, entry: RosterEntry) -> Term:
    return Term(
        key,
        person_key,
        f"{entry.given_name} {entry.family_name}",
        entry.zone_number,
        entry.role,
        entry.is_vicar,
        entry.start_date,
        entry.end_date,
        entry.elected_on,
    )


def _term(key: str | None, person: Person, data: MandateInput) -> Term:
    return _input_term(key, person.id, person.full_name, data)


def _refuse_conflicts(session: Session, candidate: Term) -> None:
    others = [
        Term(
            m.uuid,
            m.person_id,
            m.person.full_name,
            candidate.zone_number,
            m.role,
            m.is_vicar,
            m.start_date,
            m.end_date,
        )
        for m in session.scalars(
            select(Mandate)
            .join(Zone, Zone.id == Mandate.zone_id)
            .where(Zone.number == candidate.zone_number)
            .options(selectinload(Mandate.person))
        )
    ]
    found = conflicts(candidate, others)
    if found:
        raise ConflictError(
            sentences(c.message for c in found),
            advice=QT_TRANSLATE_NOOP(
                "errors.roster",
                "Change the dates, or first end the other mandate. Nothing was saved.",
            ),
        )


def _set_mandate(mandate: Mandate, person: Person, zone: Zone, data: MandateInput) -> None:
    mandate.person = person
    mandate.zone = zone
    mandate.role = data.role
    mandate.is_vicar = data.is_vicar
    mandate.start_date = data.start_date
    mandate.end_date = data.end_date
    mandate.elected_on = data.elected_on
    mandate.notes = data.notes


def _mandate_values(m: Mandate) -> dict[str, object]:
    return {
        "person": m.person.full_name,
        "zone": m.zone.number,
        "role": m.role.value,
        "is_vicar": m.is_vicar,
        "start_date": m.start_date,
        "end_date": m.end_date,
        "elected_on": m.elected_on,
        "notes": m.notes,
    }


def _describe(m: Mandate) -> str:
    return _term(m.uuid, m.person, _input_of(m)).describe()


def _warnings(person: Person, zone_number: int) -> list[str]:
    municipality = person.municipality
    message = municipality_warning(
        person.full_name,
        municipality.name if municipality else None,
        municipality.zone.number if municipality and municipality.zone else None,
        zone_number,
    )
    return [message] if message else []


__all__ = [
    "ImportReport",
    "MandateChange",
    "MandateInput",
    "MandateResult",
    "MandateRow",
    "MandateSnapshot",
    "PersonChange",
    "PersonDetail",
    "PersonInput",
    "PersonRow",
    "PersonSnapshot",
    "RosterService",
    "ZoneRoster",
]
