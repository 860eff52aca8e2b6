"""The roster service: people, mandates, the zone rules, undo inverses, audit and imports."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from rtdesk.domain.enums import AuditAction, MandateRole
from rtdesk.domain.errors import (
    ConflictError,
    ImportRejected,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from rtdesk.domain.roster import RosterEntry
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import DemoService
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.roster import MandateInput, PersonInput, RosterService, is_phone_number
from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry, Mandate, Person, Proposal

SPOKESPERSON, DEPUTY = MandateRole.SPOKESPERSON, MandateRole.DEPUTY
PINEROLO, CHIERI, SUSA, TORINO = "001191", "001078", "001270", "001272"


@pytest.fixture
def roster(context) -> RosterService:
    return RosterService(context)


def _person(roster, given, family, municipality=PINEROLO, **extra):
    return roster.add_person(PersonInput(given, family, municipality=municipality, **extra))


def _mandate(person, zone=5, role=DEPUTY, start=date(2022, 1, 27), **extra) -> MandateInput:
    return MandateInput(person.uuid, zone, role, start, **extra)


def _audit(database, entity_uuid=None) -> list[AuditEntry]:
    with database.session_factory() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if entity_uuid:
            query = query.where(AuditEntry.entity_uuid == entity_uuid)
        entries = session.scalars(query).all()
        session.expunge_all()
        return entries


def _table_state(database) -> dict:
    """Everything an import may touch, to check that a refused one left it alone."""
    with database.session_factory() as session:
        return {
            "people": session.execute(
                select(Person.uuid, Person.title, Person.email, Person.municipality_id)
            ).all(),
            "mandates": session.execute(
                select(Mandate.uuid, Mandate.start_date, Mandate.end_date, Mandate.is_vicar)
            ).all(),
            "audit": session.scalar(select(func.count(AuditEntry.id))),
        }


# ------------------------------------------------------------------------------ people


def test_add_find_and_update_a_person(roster, database):
    row = _person(roster, "Mario", "Rossi", title="Sindaco", email="m.rossi@comune.it")
    assert (row.full_name, row.municipality_name, row.municipality_zone) == (
        "Mario Rossi",
        "Pinerolo",
        5,
    )
    assert [p.uuid for p in roster.people("pinerolo")] == [row.uuid]
    assert [p.uuid for p in roster.people("ROSSI mario")] == [row.uuid]
    assert [p.uuid for p in roster.people("5")] == [row.uuid]  # the municipality's zone
    assert roster.people("Chieri") == [] and roster.people("1") == []

    updated = roster.update_person(
        row.uuid, PersonInput("Mario", "Rossi", "Consigliere", CHIERI), row.row_version
    )
    assert updated.municipality_name == "Chieri" and updated.row_version == row.row_version + 1
    [entry] = [e for e in _audit(database, row.uuid) if e.action is AuditAction.UPDATE]
    changes = json.loads(entry.changes)
    assert changes["municipality"] == ["Pinerolo", "Chieri"]
    assert changes["title"] == ["Sindaco", "Consigliere"]
    assert changes["email"] == ["m.rossi@comune.it", ""]


def test_filter_ignores_accents_and_case(roster):
    row = _person(roster, "Nicolò", "D'Agostino", municipality="Agliè")
    assert [p.uuid for p in roster.people("nicolo dagost")] == []  # apostrophe matters
    assert [p.uuid for p in roster.people("NICOLO d'agost")] == [row.uuid]
    assert [p.uuid for p in roster.people("aglie")] == [row.uuid]


def test_stale_update_is_refused(roster):
    row = _person(roster, "Mario", "Rossi")
    roster.update_person(row.uuid, PersonInput("Mario", "Rossi", "Sindaco"), row.row_version)
    with pytest.raises(ConflictError, match="someone else"):
        roster.update_person(row.uuid, PersonInput("Mario", "Rossi", "Assessore"), row.row_version)
    assert roster.person(row.uuid).row.title == "Sindaco"


def test_bad_person_input_is_refused(roster):
    with pytest.raises(ValidationError, match="family name is missing"):
        roster.add_person(PersonInput("Mario", "  "))
    with pytest.raises(ValidationError, match="not an e-mail"):
        roster.add_person(PersonInput("Mario", "Rossi", email="mario at comune"))
    with pytest.raises(ValidationError, match="“abc” is not a phone number"):
        roster.add_person(PersonInput("Mario", "Rossi", phone="abc"))
    for phone in ("+39 011 861 2345", "011/8612345", "(011) 861.23.45 int. 204"):
        assert is_phone_number(phone), phone
    assert not is_phone_number("12 34")  # too few digits to call anyone
    with pytest.raises(ValidationError, match="no municipality called “Pinerolò di Sotto”"):
        roster.add_person(PersonInput("Mario", "Rossi", municipality="Pinerolò di Sotto"))
    _person(roster, "Mario", "Rossi")
    with pytest.raises(ConflictError, match="already in the list"):
        _person(roster, "MARIO", "rossi")
    # The same name in another municipality is another person.
    _person(roster, "Mario", "Rossi", municipality=CHIERI)
    assert len(roster.people()) == 2


def test_person_with_mandates_cannot_be_deleted(roster):
    person = _person(roster, "Mario", "Rossi")
    result = roster.add_mandate(_mandate(person, role=SPOKESPERSON))
    with pytest.raises(NotAllowedError, match="1 mandate"):
        roster.delete_person(person.uuid)
    roster.delete_mandate(result.row.uuid)
    roster.delete_person(person.uuid)
    assert roster.people() == []


def test_delete_and_restore_person_keeps_uuid_and_links(roster, database):
    person = _person(roster, "Mario", "Rossi", title="Sindaco", notes="Chiamare al mattino")
    with database.session_factory.begin() as session:
        session.add(
            Proposal(
                code="P-2026-001",
                year=2026,
                sequence=1,
                title="Trasporti",
                proposer_person_id=session.scalar(
                    select(Person.id).where(Person.uuid == person.uuid)
                ),
                proposer_name="Mario Rossi",
                submitted_on=date(2026, 3, 1),
            )
        )
    snapshot = roster.delete_person(person.uuid)
    with pytest.raises(NotFoundError):
        roster.person(person.uuid)
    with database.session_factory() as session:
        proposal = session.scalar(select(Proposal))
        assert proposal.proposer_person_id is None and proposal.proposer_name == "Mario Rossi"
    assert snapshot.proposal_uuids == (proposal.uuid,)
    restored = roster.restore_person(snapshot)
    assert restored.uuid == person.uuid
    detail = roster.person(person.uuid)
    assert (detail.row.title, detail.notes, detail.row.municipality_code) == (
        "Sindaco",
        "Chiamare al mattino",
        PINEROLO,
    )
    with database.session_factory() as session:
        proposal = session.scalar(select(Proposal))
        assert proposal.proposer.uuid == person.uuid
    actions = [e.action for e in _audit(database, person.uuid)]
    assert actions == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.CREATE]
    with pytest.raises(ConflictError, match="already there"):
        roster.restore_person(snapshot)


# ------------------------------------------------------------------------------ mandates


def test_add_spokesperson_and_see_the_zone_roster(roster, database):
    person = _person(roster, "Mario", "Rossi")
    result = roster.add_mandate(
        _mandate(person, role=SPOKESPERSON, elected_on=date(2022, 1, 20), notes="  Eletto  ")
    )
    assert result.warnings == []
    assert (result.row.person_name, result.row.zone_name, result.row.notes) == (
        "Mario Rossi",
        "Pinerolese",
        "Eletto",
    )
    zone = roster.zone_roster(5)
    assert zone.has_spokesperson and zone.spokesperson.uuid == result.row.uuid
    assert zone.on == date(2026, 11, 25) and zone.history[0].elected_on == date(2022, 1, 20)
    assert not roster.zone_roster(5, on=date(2022, 1, 26)).has_spokesperson
    assert 5 not in roster.zones_without_spokesperson()
    assert roster.zones_without_spokesperson(on=date(2022, 1, 26)) == list(range(1, 12))
    row = roster.people()[0]
    assert row.current_text == "Spokesperson of zone 5 since 27/01/2022" and row.past == ()
    [entry] = _audit(database, result.row.uuid)
    assert entry.action is AuditAction.CREATE and entry.user == "tester"
    assert json.loads(entry.changes)["start_date"] == [None, "2022-01-27"]


def test_second_overlapping_spokesperson_is_refused_naming_the_first(roster):
    first = _person(roster, "Mario", "Rossi")
    second = _person(roster, "Anna", "Bianchi")
    roster.add_mandate(_mandate(first, role=SPOKESPERSON, end_date=date(2024, 1, 26)))
    with pytest.raises(ConflictError) as error:
        roster.add_mandate(_mandate(second, role=SPOKESPERSON, start=date(2024, 1, 26)))
    message = error.value.message
    assert "Mario Rossi" in message and "Zone 5" in message
    assert "27/01/2022" in message and "26/01/2024" in message
    # The day after is the hand-over: accepted.
    result = roster.add_mandate(_mandate(second, role=SPOKESPERSON, start=date(2024, 1, 27)))
    assert roster.zone_roster(5).spokesperson.uuid == result.row.uuid
    assert [m.person_name for m in roster.zone_roster(5).history] == ["Anna Bianchi", "Mario Rossi"]


def test_one_vicar_at_a_time_and_only_a_deputy(roster):
    a, b, c = (_person(roster, "Anna", n) for n in ("Bianchi", "Verdi", "Neri"))
    roster.add_mandate(_mandate(a, is_vicar=True))
    with pytest.raises(ConflictError, match="already has a vicar in that period: Anna Bianchi"):
        roster.add_mandate(_mandate(b, is_vicar=True, start=date(2023, 1, 1)))
    roster.add_mandate(_mandate(b, start=date(2023, 1, 1)))  # a plain deputy is fine
    with pytest.raises(ValidationError, match="Only a deputy"):
        roster.add_mandate(_mandate(c, role=SPOKESPERSON, is_vicar=True))
    zone = roster.zone_roster(5)
    assert zone.vicar.person_name == "Anna Bianchi"
    assert [d.person_name for d in zone.deputies] == ["Anna Bianchi", "Anna Verdi"]


def test_end_before_start_is_refused(roster):
    person = _person(roster, "Mario", "Rossi")
    with pytest.raises(ValidationError, match="before the start date"):
        roster.add_mandate(_mandate(person, end_date=date(2022, 1, 26)))
    result = roster.add_mandate(_mandate(person))
    with pytest.raises(ValidationError, match="before the start date"):
        roster.end_mandate(result.row.uuid, date(2021, 12, 31), result.row.row_version)


def test_one_person_cannot_hold_two_roles_in_one_zone(roster):
    person = _person(roster, "Mario", "Rossi")
    roster.add_mandate(_mandate(person, end_date=date(2023, 12, 31)))
    with pytest.raises(ConflictError, match="two roles in one zone"):
        roster.add_mandate(_mandate(person, role=SPOKESPERSON, start=date(2023, 6, 1)))
    # Another zone, or after the deputy term: fine (with a warning for the other zone).
    elsewhere = roster.add_mandate(_mandate(person, zone=3, start=date(2023, 6, 1)))
    assert elsewhere.warnings == [
        "Mario Rossi's municipality, Pinerolo, lies in zone 5, not zone 3."
    ]
    roster.add_mandate(_mandate(person, role=SPOKESPERSON, start=date(2024, 1, 1)))


def test_municipality_outside_the_zone_warns_but_saves(roster):
    person = _person(roster, "Mario", "Rossi")
    result = roster.add_mandate(_mandate(person, zone=3, role=SPOKESPERSON))
    assert result.warnings == ["Mario Rossi's municipality, Pinerolo, lies in zone 5, not zone 3."]
    assert roster.zone_roster(3).spokesperson.uuid == result.row.uuid
    from_susa = _person(roster, "Anna", "Bianchi", municipality=SUSA)
    [warning] = roster.add_mandate(_mandate(from_susa, zone=6)).warnings
    assert "Susa, has no zone yet" in warning


def test_update_end_and_stale_versions(roster, database):
    person = _person(roster, "Mario", "Rossi")
    other = _person(roster, "Anna", "Bianchi")
    added = roster.add_mandate(_mandate(person, role=SPOKESPERSON))
    ended = roster.end_mandate(added.row.uuid, date(2024, 1, 26), added.row.row_version)
    assert ended.row.end_date == date(2024, 1, 26)
    assert ended.row.row_version == added.row.row_version + 1
    with pytest.raises(ConflictError, match="someone else"):
        roster.end_mandate(added.row.uuid, date(2025, 1, 1), added.row.row_version)
    successor = roster.add_mandate(_mandate(other, role=SPOKESPERSON, start=date(2024, 1, 27)))
    # Undo of the end: reopen it, which now clashes with the successor.
    with pytest.raises(ConflictError, match="Anna Bianchi"):
        roster.end_mandate(added.row.uuid, None, ended.row.row_version)
    roster.delete_mandate(successor.row.uuid)
    reopened = roster.end_mandate(added.row.uuid, None, ended.row.row_version)
    assert reopened.row.end_date is None
    # Undo of an update passes the former values back.
    changed = roster.update_mandate(
        added.row.uuid,
        replace(reopened.row.to_input(), zone_number=3, notes="corretto"),
        reopened.row.row_version,
    )
    assert changed.warnings and changed.row.zone_number == 3
    back = roster.update_mandate(added.row.uuid, reopened.row.to_input(), changed.row.row_version)
    assert back.row.to_input() == reopened.row.to_input() and back.warnings == []
    changes = [json.loads(e.changes) for e in _audit(database, added.row.uuid)]
    assert changes[1] == {"end_date": [None, "2024-01-26"]}
    assert changes[3] == {"zone": [5, 3], "notes": ["", "corretto"]}


def test_delete_and_restore_mandate_keeps_uuid(roster, database):
    person = _person(roster, "Mario", "Rossi")
    added = roster.add_mandate(_mandate(person, role=SPOKESPERSON, elected_on=date(2022, 1, 20)))
    snapshot = roster.delete_mandate(added.row.uuid, added.row.row_version)
    assert roster.zone_roster(5).history == ()
    restored = roster.restore_mandate(snapshot)
    assert restored.row.uuid == added.row.uuid
    assert replace(restored.row, row_version=0) == replace(added.row, row_version=0)
    actions = [e.action for e in _audit(database, added.row.uuid)]
    assert actions == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.CREATE]
    with pytest.raises(ConflictError):
        roster.restore_mandate(snapshot)
    # A spokesperson entered meanwhile blocks the restore, with the reason.
    roster.delete_mandate(added.row.uuid)
    other = _person(roster, "Anna", "Bianchi")
    roster.add_mandate(_mandate(other, role=SPOKESPERSON, start=date(2025, 1, 1)))
    with pytest.raises(ConflictError, match="Anna Bianchi"):
        roster.restore_mandate(snapshot)


def test_unknown_records_and_zones(roster):
    person = _person(roster, "Mario", "Rossi")
    with pytest.raises(NotFoundError):
        roster.add_mandate(MandateInput("no-such-uuid", 5, DEPUTY, date(2022, 1, 1)))
    with pytest.raises(ValidationError, match="no zone 12"):
        roster.add_mandate(_mandate(person, zone=12))
    with pytest.raises(NotFoundError):
        roster.delete_mandate("no-such-uuid")
    with pytest.raises(ValidationError):
        roster.zone_roster(0)


# ------------------------------------------------------------------------------ import


def _entry(row, zone, family, given, role=DEPUTY, start=date(2022, 1, 27), **extra):
    return RosterEntry(zone, family, given, role, extra.pop("is_vicar", False), start,
                       source_row=row, **extra)  # fmt: skip


GOOD_SHEET = [
    _entry(2, 5, "Rossi", "Mario", SPOKESPERSON, municipality="Pinerolo", title="Sindaco",
           email="m.rossi@comune.pinerolo.to.it", elected_on=date(2022, 1, 20)),
    _entry(3, 5, "Bianchi", "Anna", is_vicar=True, municipality="001254"),
    _entry(4, 5, "Verdi", "Luca", municipality="Salza di Pinerolo"),
    _entry(5, 11, "Neri", "Paola", SPOKESPERSON, start=date(2020, 3, 1),
           end_date=date(2023, 2, 28), municipality="Chieri"),
    _entry(6, 11, "Neri", "Paola", start=date(2023, 3, 1), municipality="chieri"),
    _entry(7, 3, "Rossi", "Mario", start=date(2019, 5, 1), end_date=date(2021, 12, 31)),
]  # fmt: skip


def test_import_creates_then_reimport_changes_nothing(roster, database):
    report = roster.import_entries(GOOD_SHEET)
    assert (report.people_created, report.people_updated, report.people_unchanged) == (4, 0, 0)
    assert (report.mandates_created, report.mandates_updated, report.mandates_unchanged) == (
        6,
        0,
        0,
    )
    # Row 7 has no municipality: it is the Mario Rossi of row 2, from zone 5, sitting for zone 3.
    assert report.warnings == [
        "Row 7: Mario Rossi's municipality, Pinerolo, lies in zone 5, not zone 3."
    ]
    people = {p.full_name: p for p in roster.people()}
    assert set(people) == {"Mario Rossi", "Anna Bianchi", "Luca Verdi", "Paola Neri"}
    assert people["Mario Rossi"].title == "Sindaco" and len(people["Mario Rossi"].past) == 1
    zone = roster.zone_roster(5)
    assert (
        zone.spokesperson.person_name == "Mario Rossi" and zone.vicar.person_name == "Anna Bianchi"
    )
    assert roster.zone_roster(11).spokesperson is None
    assert 11 in roster.zones_without_spokesperson()
    audit_count = len(_audit(database))
    assert audit_count == 4 + 6

    before = _table_state(database)
    again = roster.import_entries(GOOD_SHEET)
    assert (again.people_created, again.people_updated, again.people_unchanged) == (0, 0, 4)
    assert (again.mandates_created, again.mandates_updated, again.mandates_unchanged) == (0, 0, 6)
    assert not again.changed and again.warnings == []
    assert _table_state(database) == before


def test_import_updates_what_changed(roster, database):
    roster.import_entries(GOOD_SHEET)
    changed = list(GOOD_SHEET)
    changed[0] = replace(changed[0], end_date=date(2026, 1, 26), phone="011 123456", email="")
    changed[2] = replace(changed[2], notes="Dimissioni")
    report = roster.import_entries(changed)
    assert (report.people_updated, report.mandates_updated, report.mandates_created) == (1, 2, 0)
    rossi = next(p for p in roster.people() if p.family_name == "Rossi")
    # The phone is new; the empty e-mail cell did not erase the recorded address.
    assert (rossi.phone, rossi.email) == ("011 123456", "m.rossi@comune.pinerolo.to.it")
    assert rossi.current == () and len(rossi.past) == 2
    # An empty end date does not reopen the mandate; a warning says so.
    report = roster.import_entries(GOOD_SHEET)
    assert report.mandates_updated == 0 and report.people_updated == 0
    assert any("does not reopen" in w and w.startswith("Row 2:") for w in report.warnings)


def test_one_bad_row_rejects_the_whole_sheet(roster, database):
    roster.import_entries(GOOD_SHEET[:2])
    before = _table_state(database)
    sheet = [
        *GOOD_SHEET,
        _entry(8, 5, "Gialli", "Carla", municipality="Atlantide"),
        _entry(9, 5, "Blu", "Marco", SPOKESPERSON, start=date(2024, 1, 1)),
        _entry(10, 6, "Viola", "Sara", start=date(2022, 2, 1), end_date=date(2022, 1, 1)),
        _entry(11, 5, "Rosa", "Elena", is_vicar=True, start=date(2025, 1, 1)),
        _entry(12, 5, "Verdi", "Luca", SPOKESPERSON, start=date(2023, 1, 1),
               municipality="Salza di Pinerolo"),
        _entry(13, 4, "Grigi", "Ugo", SPOKESPERSON, is_vicar=True),
        _entry(14, 4, "Bruni", "Ida", email="ida@"),
        _entry(15, 4, "Neri", "Ugo", phone="chiedere in segreteria"),
    ]  # fmt: skip
    with pytest.raises(ImportRejected) as error:
        roster.import_entries(sheet)
    problems: dict[int, str] = {}
    for problem in error.value.problems:
        problems[problem.row] = f"{problems.get(problem.row, '')} {problem.message}"
    assert sorted(problems) == [8, 9, 10, 11, 12, 13, 14, 15]
    assert "no municipality called “Atlantide”" in problems[8]
    assert error.value.problems[0].column == "municipality"
    assert str(error.value.problems[0]).startswith("Row 8, column “municipality”:")
    assert "already has a spokesperson" in problems[9]
    assert "Mario Rossi" in problems[9]  # the one in the database
    assert "before the start date" in problems[10]
    assert "already has a vicar" in problems[11] and "Anna Bianchi" in problems[11]
    # Row 12 breaks three rules: with row 4 (same person), the database and row 9.
    assert "two roles in one zone" in problems[12] and "See row 4" in problems[12]
    assert "Mario Rossi" in problems[12] and "Marco Blu" in problems[12]
    assert "Only a deputy" in problems[13]
    assert "not an e-mail" in problems[14]
    assert "not a phone number" in problems[15]
    assert (
        error.value.message
        == f"The roster was not imported: {len(error.value.problems)} problems found."
    )
    assert _table_state(database) == before


def test_overlaps_among_the_rows_are_reported_once_naming_the_other_row(roster):
    sheet = [
        _entry(2, 5, "Rossi", "Mario", SPOKESPERSON, municipality=PINEROLO),
        _entry(3, 5, "Bianchi", "Anna", SPOKESPERSON, start=date(2023, 1, 1),
               municipality=PINEROLO),
        _entry(4, 5, "Rossi", "Mario", SPOKESPERSON, end_date=date(2023, 1, 1),
               municipality=PINEROLO),
    ]  # fmt: skip
    with pytest.raises(ImportRejected) as error:
        roster.import_entries(sheet)
    assert [(p.row, p.message.split(":")[0]) for p in error.value.problems] == [
        (3, "Zone 5 already has a spokesperson in that period"),
        (4, "Mario Rossi's mandate as spokesperson of zone 5 from 27/01/2022 is already in row 2."),
    ]
    assert "See row 2" in error.value.problems[0].message
    assert roster.people() == []


def test_people_are_matched_not_duplicated(roster):
    existing = _person(roster, "Nicolò", "Rossi", email="n.rossi@comune.it")
    homonym = _person(roster, "Nicolò", "Rossi", municipality=CHIERI)
    sheet = [
        # Accents and case do not matter; the municipality tells the two apart.
        _entry(2, 5, "ROSSI", "Nicolo", municipality="pinerolo"),
        _entry(3, 11, "rossi", "nicolò", SPOKESPERSON, municipality=CHIERI),
        # The e-mail address is enough, even without the municipality.
        _entry(4, 3, "Rossi", "Nicolò", email="N.Rossi@comune.it", start=date(2019, 1, 1),
               end_date=date(2020, 1, 1)),
    ]  # fmt: skip
    report = roster.import_entries(sheet)
    assert (report.people_created, report.people_unchanged) == (0, 2)
    assert {p.uuid: len(p.current) + len(p.past) for p in roster.people()} == {
        existing.uuid: 2,
        homonym.uuid: 1,
    }
    # Neither municipality nor e-mail: which of the two is meant cannot be known.
    with pytest.raises(ImportRejected) as error:
        roster.import_entries([_entry(5, 4, "Rossi", "Nicolò")])
    [problem] = error.value.problems
    assert problem.row == 5 and "several people called Nicolò Rossi (Chieri, Pinerolo)" in (
        problem.message
    )
    # ...unless the mandate itself is already recorded for one of them.
    report = roster.import_entries([_entry(6, 11, "Rossi", "Nicolò", SPOKESPERSON)])
    assert (report.people_unchanged, report.mandates_unchanged) == (1, 1)


def test_dry_run_writes_nothing(roster, database):
    before = _table_state(database)
    report = roster.import_entries(GOOD_SHEET, dry_run=True)
    assert report.dry_run and (report.people_created, report.mandates_created) == (4, 6)
    assert _table_state(database) == before


def test_revert_and_reapply_an_import(roster, database):
    roster.import_entries(GOOD_SHEET[:3])
    initial = _table_state(database)
    sheet = [replace(GOOD_SHEET[0], phone="011 861 2345"), *GOOD_SHEET[1:]]
    report = roster.import_entries(sheet)
    assert (report.people_updated, report.people_created, report.mandates_created) == (1, 1, 3)
    after = _table_state(database)
    roster.revert_import(report)
    reverted = _table_state(database)
    assert (reverted["people"], reverted["mandates"]) == (initial["people"], initial["mandates"])
    roster.reapply_import(report)
    redone = _table_state(database)
    assert sorted(redone["people"]) == sorted(after["people"])
    assert sorted(redone["mandates"]) == sorted(after["mandates"])
    # A row changed after the import blocks the undo; nothing is changed then.
    neri = next(p for p in roster.people() if p.family_name == "Neri")
    roster.update_person(
        neri.uuid, PersonInput("Paola", "Neri", "Sindaca", CHIERI), neri.row_version
    )
    state = _table_state(database)
    with pytest.raises(ConflictError, match="changed after the import"):
        roster.revert_import(report)
    assert _table_state(database) == state


def test_export_then_import_into_a_fresh_database_reproduces_the_roster(context, tmp_path):
    DemoService(context).generate(years=4, seed=3)
    source = RosterService(context)
    entries = source.roster_entries()
    assert len(entries) > 50
    # Into the same database: nothing changes.
    report = source.import_entries(entries)
    assert not report.changed and report.mandates_unchanged == len(entries)

    fresh_db = open_database(tmp_path / "fresh.sqlite")
    try:
        fresh = RosterService(
            ServiceContext(fresh_db.session_factory, user="tester", today=context.today)
        )
        created = fresh.import_entries(entries)
        assert created.mandates_created == len(entries)
        assert created.people_created == len(source.people())
        assert fresh.roster_entries() == entries

        def people(service):
            return sorted(
                (p.family_name, p.given_name, p.title, p.municipality_code, p.email, p.phone)
                for p in service.people()
            )

        assert people(fresh) == people(source)
        for zone in range(1, 12):
            a, b = source.zone_roster(zone), fresh.zone_roster(zone)
            assert [m.to_input().__dict__ | {"person_uuid": m.person_name} for m in a.history] == [
                m.to_input().__dict__ | {"person_uuid": m.person_name} for m in b.history
            ]
        assert fresh.zones_without_spokesperson() == source.zones_without_spokesperson()
        assert not fresh.import_entries(fresh.roster_entries()).changed
        assert (
            MaintenanceService(ServiceContext(fresh_db.session_factory, user="tester")).check().ok
        )
    finally:
        fresh_db.close()
