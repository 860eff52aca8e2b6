"""Reference data written into a new database: the 11 zones and the 312 municipalities.

The files in resources/data come with their sources (SOURCES.md). An empty zone cell means the
zone is not sourced: such a municipality is stored without a zone, never with a guessed one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from rtdesk.store.models import Municipality, Zone, ZoneMembership

# Moves recorded by the deliberations cited in SOURCES.md (S2); other memberships date from
# the 2015 perimetration, whose exact start is kept open (None) rather than invented.
_KNOWN_START_DATES = {
    "001316": (date(2021, 8, 4), "DCM n. 55 del 4 agosto 2021 (Prot. 14756/2021)"),
    "001317": (date(2019, 1, 31), "DCM del 31 gennaio 2019 (Prot. N. 804/2019)"),
    "001318": (date(2019, 1, 31), "DCM del 31 gennaio 2019 (Prot. N. 804/2019)"),
}
# Evidence grades that establish a membership; 2015 proposals only hint at one.
_ESTABLISHING_EVIDENCE = {"full-list", "officeholder", "explicit"}


@dataclass(frozen=True)
class SeedReport:
    zones: int
    municipalities: int
    without_zone: int


def _read_csv(name: str) -> list[dict[str, str]]:
    text = (resources.files("rtdesk_resources") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def reference_sources_text() -> str:
    return (resources.files("rtdesk_resources") / "data" / "SOURCES.md").read_text(encoding="utf-8")


def _sources_by_municipality() -> dict[str, str]:
    sources: dict[str, list[str]] = {}
    for row in _read_csv("zone_evidence.csv"):
        if row["evidence"] in _ESTABLISHING_EVIDENCE:
            sources.setdefault(row["istat_code"], []).append(
                f"{row['source_id']} ({row['evidence']})"
            )
    return {code: "; ".join(items) for code, items in sources.items()}


def seed_reference_data(session: Session) -> SeedReport:
    """Insert zones and municipalities into an empty database (inside the caller's transaction)."""
    if session.scalar(select(Zone.id).limit(1)) is not None:
        raise RuntimeError("reference data is already present")
    zones = {}
    for row in _read_csv("zones.csv"):
        zone = Zone(
            number=int(row["zone_number"]),
            name=row["name"],
            expected_municipalities=int(row["municipalities"]) if row["municipalities"] else None,
        )
        zones[zone.number] = zone
        session.add(zone)
    session.flush()

    sources = _sources_by_municipality()
    without_zone = 0
    municipalities = _read_csv("municipalities.csv")
    for row in municipalities:
        zone = zones[int(row["zone_number"])] if row["zone_number"] else None
        municipality = Municipality(
            istat_code=row["istat_code"],
            name=row["name"],
            cadastral_code=row["cadastral_code"] or None,
            zone=zone,
            population=int(row["population"]) if row["population"] else None,
            population_year=int(row["population_year"]) if row["population_year"] else None,
        )
        if zone is None:
            without_zone += 1
        else:
            start, act = _KNOWN_START_DATES.get(row["istat_code"], (None, ""))
            source = sources.get(row["istat_code"], "")
            municipality.memberships.append(
                ZoneMembership(
                    zone=zone,
                    start_date=start,
                    source="; ".join(part for part in (act, source) if part),
                    note="Reference data shipped with rtdesk (resources/data/SOURCES.md).",
                )
            )
        session.add(municipality)
    session.flush()
    return SeedReport(len(zones), len(municipalities), without_zone)
