"""A roster line between workbooks and the roster service: one mandate of one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rtdesk.domain.enums import MandateRole


@dataclass(frozen=True)
class RosterEntry:
    zone_number: int
    family_name: str
    given_name: str
    role: MandateRole
    is_vicar: bool
    start_date: date
    end_date: date | None = None
    elected_on: date | None = None  # date of the electing assembly of mayors
    title: str = ""  # e.g. Sindaco, Consigliere
    municipality: str = ""  # name or ISTAT code, as written in the sheet
    email: str = ""
    phone: str = ""
    notes: str = ""
    source_row: int | None = None  # row number in the imported sheet, for error reports


@dataclass(frozen=True)
class RowProblem:
    """Why one row of an imported sheet cannot be taken; row None means the whole file."""

    row: int | None
    message: str
    column: str = ""

    def __str__(self) -> str:
        where = f"Row {self.row}" if self.row is not None else "File"
        column = f", column “{self.column}”" if self.column else ""
        return f"{where}{column}: {self.message}"
