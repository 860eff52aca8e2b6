"""Assigning or correcting municipalities' zones from a sheet: all or nothing, idempotent."""

from datetime import date

import pytest
from sqlalchemy import func, select

from rtdesk.domain.errors import ConflictError, ImportRejected
from rtdesk.domain.zone_assignment import ZoneAssignmentRow as Row
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.zones import ZoneService
from rtdesk.store.models import AuditEntry, Municipality, ZoneMembership

SUSA, MAPPANO = "001270", "001316"

SHEET = [
    Row(2, SUSA, 6),  # no zone yet: no date needed
    Row(3, "sant'antonino di SUSA", 6),  # by name, any case
    Row(4, "1316", 3, date(2026, 1, 1)),  # Mappano moves from zone 4; the code lost its zeros
    Row(5, "Pinerolo", 5),  # already in zone 5: unchanged
]


def _state(database) -> dict:
    with database.session_factory() as session:
        return {
            "zones": session.execute(
                select(Municipality.istat_code, Municipality.zone_id).order_by(Municipality.id)
            ).all(),
            "memberships": session.execute(
                select(
                    ZoneMembership.municipality_id,
                    ZoneMembership.zone_id,
                    ZoneMembership.start_date,
                    ZoneMembership.end_date,
                ).order_by(ZoneMembership.municipality_id, ZoneMembership.id)
            ).all(),
            "audit": session.scalar(select(func.count(AuditEntry.id))),
        }


def test_import_assigns_moves_and_is_idempotent(context, database):
    service = ZoneService(context)
    report = service.import_zone_assignments(SHEET, source="Elenco CMTO 2026")
    assert (report.assigned, report.moved, report.unchanged) == (2, 1, 1)
    assert service.count_without_zone() == 121
    mappano = service.zone_history(MAPPANO)
    assert [(h.zone_number, h.start_date, h.end_date) for h in mappano] == [
        (4, date(2021, 8, 4), date(2025, 12, 31)),
        (3, date(2026, 1, 1), None),
    ]
    assert mappano[1].source == "Elenco CMTO 2026"
    assert [(h.zone_number, h.start_date) for h in service.zone_history(SUSA)] == [(6, None)]
    with database.session_factory() as session:
        summaries = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.entity == "municipality")
        ).all()
    assert sorted(summaries) == [
        "Mappano: zone 4 → 3",
        "Sant'Antonino di Susa: zone none → 6",
        "Susa: zone none → 6",
    ]
    assert MaintenanceService(context).check().ok

    before = _state(database)
    again = service.import_zone_assignments(SHEET)
    assert (again.assigned, again.moved, again.unchanged, again.changes) == (0, 0, 4, ())
    assert _state(database) == before


def test_one_bad_row_rejects_the_sheet_and_lists_every_bad_row(context, database):
    service = ZoneService(context)
    before = _state(database)
    sheet = [
        *SHEET,
        Row(6, "Atlantide", 2),
        Row(7, "001001", 12),  # Agliè to a zone that does not exist
        Row(8, "San Secondo di Pinerolo", 3),  # a move out of zone 5 without a date
        Row(9, "001317", 4, date(2018, 1, 1)),  # Val di Chy: in zone 9 since 31/01/2019
        Row(10, "Susa", 7),  # listed twice (row 2 by code)
    ]
    with pytest.raises(ImportRejected) as error:
        service.import_zone_assignments(sheet)
    problems = {p.row: p for p in error.value.problems}
    assert sorted(problems) == [6, 7, 8, 9, 10]
    assert "no municipality called “Atlantide”" in problems[6].message
    assert "no zone 12" in problems[7].message and problems[7].column == "zone"
    assert "which date" in problems[8].message and "since" in problems[8].message
    assert "must come after" in problems[9].message
    assert "already listed in row 2" in problems[10].message
    assert error.value.message == "The zone list was not imported: 5 problems found."
    assert _state(database) == before


def test_dry_run_and_revert(context, database):
    service = ZoneService(context)
    before = _state(database)
    trial = service.import_zone_assignments(SHEET, dry_run=True)
    assert trial.dry_run and (trial.assigned, trial.moved) == (2, 1)
    assert _state(database) == before

    report = service.import_zone_assignments(SHEET)
    service.revert_zone_assignments(report)
    after_undo = _state(database)
    assert (after_undo["zones"], after_undo["memberships"]) == (
        before["zones"],
        before["memberships"],
    )
    assert after_undo["audit"] == before["audit"] + 6  # three changes, three undone
    assert MaintenanceService(context).check().ok

    # Redo is the same import again; a later change to a zone blocks the undo.
    report = service.import_zone_assignments(SHEET)
    service.assign_zone(MAPPANO, 4, since=date(2026, 6, 1))
    state = _state(database)
    with pytest.raises(ConflictError, match="Mappano"):
        service.revert_zone_assignments(report)
    assert _state(database) == state
