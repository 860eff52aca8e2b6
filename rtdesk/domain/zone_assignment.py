"""A line of an imported sheet that assigns one municipality to one homogeneous zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ZoneAssignmentRow:
    source_row: int  # row number as Excel shows it, for error reports
    municipality: str  # ISTAT code (six digits) or name, as written in the sheet
    zone_number: int
    since: date | None = None  # from when the municipality belongs to the zone, if the sheet says
