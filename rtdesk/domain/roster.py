"""A roster line between workbooks and the roster service: one mandate of one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.text import Text, as_text


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
    """Why one row of an imported sheet cannot be taken; row None means the whole file.

    `message` (and `column` when it is a field's name rather than a header read from the sheet)
    are `Text` made with QT_TRANSLATE_NOOP, so the GUI can translate them.
    """

    row: int | None
    message: str
    column: str = ""

    @property
    def text(self) -> Text:
        return as_text(self.message)

    @property
    def column_text(self) -> Text:
        return as_text(self.column)

    def __str__(self) -> str:
        # The CLI's line, in English; the GUI shows row, column and `text` in a table.
        where = f"Row {self.row}" if self.row is not None else "File"
        column = f", column “{self.column}”" if self.column else ""
        return f"{where}{column}: {self.message}"
