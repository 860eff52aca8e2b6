"""Zones and municipalities: listing, the municipalities without a zone, zone changes."""

from datetime import date

import pytest
from sqlalchemy import select

from rtdesk.domain.errors import NotFoundError, ValidationError
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.zones import ZoneService
from rtdesk.store.models import AuditEntry


def test_zone_summaries(context):
    zones = ZoneService(context).list_zones()
    assert [z.number for z in zones] == list(range(1, 12))
    pinerolese = zones[4]
    assert (pinerolese.name, pinerolese.municipalities, pinerolese.expected_municipalities) == (
        "Pinerolese",
        45,
        45,
    )
    assert zones[5].missing_municipalities == 38  # zone 6: 2 of 40 sourced
    assert (
        sum(z.population for z in zones)
        + sum(m.population for m in ZoneService(context).municipalities(without_zone=True))
        == 2_198_237
    )


def test_municipalities_without_zone(context):
    service = ZoneService(context)
    rows = service.municipalities(without_zone=True)
    assert len(rows) == service.count_without_zone() == 123
    assert all(row.zone_number is None for row in rows)
    assert "Susa" in {row.name for row in rows}


def test_assign_zone_to_unassigned_municipality_is_audited(context, database):
    service = ZoneService(context)
    row = service.assign_zone("001270", 6, source="Elenco CMTO", note="Susa")
    assert row.zone_number == 6
    assert service.count_without_zone() == 122
    history = service.zone_history("001270")
    assert [(h.zone_number, h.start_date, h.end_date) for h in history] == [(6, None, None)]
    with database.session_factory() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
        assert entry.user == "tester" and entry.entity == "municipality"
        assert "Susa" in entry.summary
    assert MaintenanceService(context).check().ok


def test_moving_needs_a_date_after_the_current_start(context):
    service = ZoneService(context)
    with pytest.raises(ValidationError, match="which date"):
        service.assign_zone("001191", 3)  # Pinerolo, zone 5 since an unknown date
    with pytest.raises(ValidationError, match="after"):
        service.assign_zone("001316", 3, since=date(2021, 1, 1))  # Mappano: zone 4 since 2021
    row = service.assign_zone("001316", 3, since=date(2026, 1, 1))
    assert row.zone_number == 3
    history = service.zone_history("001316")
    assert history[0].end_date == date(2025, 12, 31) and history[1].start_date == date(2026, 1, 1)


def test_bad_assignments_change_nothing(context):
    service = ZoneService(context)
    with pytest.raises(NotFoundError):
        service.assign_zone("999999", 3)
    with pytest.raises(ValidationError):
        service.assign_zone("001270", 12)
    with pytest.raises(ValidationError, match="already belongs"):
        service.assign_zone("001191", 5)
    assert service.count_without_zone() == 123


def test_check_counts_a_fresh_database(context):
    report = MaintenanceService(context).check()
    assert report.ok, report.problems
    assert (report.zones, report.municipalities, report.municipalities_without_zone) == (
        11,
        312,
        123,
    )
    assert report.people == report.sessions == report.proposals == 0
