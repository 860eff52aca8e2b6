"""Reading sheets written by people: header matching, cell parsing, problems per row.

Shared by the roster and proposal importers (docs/roster-import.md, docs/proposals-import.md):
column names are compared after folding case, accents, spaces and punctuation; every bad cell
becomes a `RowProblem` with its row number, so one pass reports every problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.roster import RowProblem
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.domain.zones import ZONE_NUMBERS, fold_name
from rtdesk.exports.xlsx_safety import (
    CellError,
    CellValue,
    SafeWorkbook,
    SheetRow,
    UncalculatedFormula,
)

# Zone names as the sources write them, beyond the official names the caller passes in.
ZONE_ALIASES: dict[str, int] = {
    "amt ovest": 2,
    "atm ovest": 2,
    "torino ovest": 2,
    "amt sud": 3,
    "atm sud": 3,
    "torino sud": 3,
    "amt nord": 4,
    "atm nord": 4,
    "torino nord": 4,
    "valli di susa e val sangone": 6,
    "valle di susa e val sangone": 6,
    "ciriacese e valli di lanzo": 7,
}

# Sheets read first when a workbook has several (compared like column names). The roster
# export's overview lists every mandate, so it is the sheet read back; its zone sheets are

HEADER_SEARCH_ROWS = 10  # a title or a note above the column names is tolerated

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_ZONE_TEXT = re.compile(r"^(?:(?:zona|zone)(?: omog(?:enea)?)?|z)? ?(?:n )?(\d{1,3})(?: (.+))?$")


class Bad(Exception):
    """One cell that cannot be read; the message (a marked `Text`) is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def header_key(text: str) -> str:
    """Form in which header names and sheet names are compared."""
    return re.sub(r"[^0-9a-z]", "", fold_name(text))


def folded_words(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold_name(text)).split())


def column_index(columns: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {header_key(name): key for key, names in columns.items() for name in names}


# ---------------------------------------------------------------------------- sheets and headers


@dataclass
class Header:
    row: int
    columns: dict[str, int]  # key → 0-based column index
    names: dict[str, str]  # key → header text as written, for messages
    problems: list[RowProblem]

    def cells(self, row: SheetRow) -> dict[str, CellValue]:
        values = row.values
        return {
            key: values[index] if index < len(values) else None
            for key, index in self.columns.items()
        }


def header_keys(row: SheetRow, index: Mapping[str, str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for position, value in enumerate(row.values):
        if isinstance(value, str) and header_key(value) in index:
            found.setdefault(index[header_key(value)], []).append(position)
    return found


def scan_header(
    rows: Iterable[SheetRow], index: Mapping[str, str]
) -> tuple[SheetRow | None, dict[str, list[int]]]:
    """The first of the first rows naming at least two known columns (None if there is none)."""
    for row in rows:
        found = header_keys(row, index)
        if len(found) >= 2:
            return row, found
        if row.number >= HEADER_SEARCH_ROWS:
            break
    return None, {}


def read_header(
    rows: Iterable[SheetRow],
    index: Mapping[str, str],
    sheet: str,
    what: str,
    *,
    descriptions: Mapping[str, str],
    documentation: str,
    example: str,
) -> Header:
    """The header row among the first rows; `example` names a few columns for the advice."""
    header_row, found = scan_header(rows, index)
    if header_row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "The sheet “{sheet}” does not look like a {what}: none of its first "
                "{count} rows holds the column names.",
            ).format(sheet=sheet, what=what, count=HEADER_SEARCH_ROWS),
            advice=QT_TRANSLATE_NOOP(
                "errors.import",
                "Put the column names (for example {example}) in the first row; "
                "{documentation} lists every accepted name.",
            ).format(example=example, documentation=documentation),
        )
    problems = []
    columns, names = {}, {}
    for key, positions in found.items():
        texts = [str(header_row.values[p]).strip() for p in positions]
        if len(positions) > 1:
            letters = ", ".join(column_letter(p) for p in positions)
            problems.append(
                RowProblem(
                    header_row.number,
                    QT_TRANSLATE_NOOP(
                        "errors.import",
                        "Columns {letters} ({names}) all mean the {column}: keep only one of them.",
                    ).format(
                        letters=letters, names=", ".join(texts), column=descriptions.get(key, key)
                    ),
                )
            )
        columns[key], names[key] = positions[0], texts[0]
    return Header(header_row.number, columns, names, problems)


def choose_sheet(
    book: SafeWorkbook,
    preferred: Iterable[str],
    index: Mapping[str, str],
    complete: Callable[[set[str]], bool],
    what: str,
    *,
    documentation: str,
) -> str:
    """Rule: a sheet named like `preferred` (in that order); else the only sheet; else the only
    sheet whose header has every required column; anything else is a clear error."""
    names = book.sheet_names
    preferred = list(preferred)
    by_key = {}
    for name in names:
        by_key.setdefault(header_key(name), name)
    for wanted in preferred:
        if header_key(wanted) in by_key:
            return by_key[header_key(wanted)]
    if len(names) == 1:
        return names[0]
    matching = []
    for name in names:
        # closing(): stop parsing this sheet as soon as its header has been seen.
        with closing(book.rows(name)) as rows:
            _, found = scan_header(rows, index)
        if complete(set(found)):
            matching.append(name)
    if len(matching) == 1:
        return matching[0]
    listed = ", ".join(f"“{n}”" for n in names)
    quoted = [f"“{name}”" for name in preferred[:2]]
    wanted_names = (
        QT_TRANSLATE_NOOP("errors.import", "{first} or {second}").format(
            first=quoted[0], second=quoted[1]
        )
        if len(quoted) == 2
        else "".join(quoted)
    )
    if not matching:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.import", "No sheet of this workbook looks like a {what} (sheets: {sheets})."
            ).format(what=what, sheets=listed),
            advice=QT_TRANSLATE_NOOP(
                "errors.import",
                "Check the column names in the first row against {documentation}, "
                "or name the sheet to import {names}.",
            ).format(documentation=documentation, names=wanted_names),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors.import", "Several sheets look like a {what}: {sheets}.").format(
            what=what, sheets=", ".join(f"“{n}”" for n in matching)
        ),
        advice=QT_TRANSLATE_NOOP(
            "errors.import", "Name the sheet to import {names}, or keep only that sheet."
        ).format(names=wanted_names),
    )


def missing_column(description: str, accepted: Iterable[str]) -> RowProblem:
    return RowProblem(
        None,
        QT_TRANSLATE_NOOP(
            "errors.import", "The {column} column is missing. Accepted names: {names}."
        ).format(column=description, names=names_list(accepted)),
    )


def names_list(accepted: Iterable[str]) -> str:
    return ", ".join(f"“{name}”" for name in accepted)


def column_letter(position: int) -> str:
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# ---------------------------------------------------------------------------- cells


class RowReader:
    """Reads the cells of one row, collecting every problem instead of stopping at the first."""

    def __init__(
        self,
        number: int,
        cells: Mapping[str, CellValue],
        names: Mapping[str, str],
        problems: list[RowProblem],
        descriptions: Mapping[str, str],
    ) -> None:
        self.descriptions = descriptions
        self.number = number
        self.cells = cells
        self.names = names
        self.problems = problems
        self.failed = False

    def problem(self, key: str, message: str) -> None:
        self.failed = True
        column = self.names.get(key, self.descriptions.get(key, key))
        self.problems.append(RowProblem(self.number, message, column))

    def get(self, key: str, parse: Callable[[CellValue], object], *, required: bool = False):
        if key not in self.cells:
            return None
        value = self.cells[key]
        if blank(value):
            if required:
                self.problem(
                    key,
                    QT_TRANSLATE_NOOP("errors.import", "This cell is empty; it must be filled in."),
                )
            return None
        try:
            return parse(value)
        except Bad as exc:
            self.problem(key, exc.message)
            return None


def blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    if isinstance(value, UncalculatedFormula):
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "The cell holds a formula ({formula}) whose result was never calculated. "
                "Open the file in Excel or LibreOffice Calc, save it, and import it again, or "
                "type the value instead of the formula.",
            ).format(formula=value.formula)
        )
    if isinstance(value, CellError):
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import", "The cell shows the error {code}; write the value instead."
            ).format(code=value.code)
        )
    if isinstance(value, bool):
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import", "The cell holds the logical value {value}; write the text instead."
            ).format(value=str(value))
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return show(value.date()) if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return show(value)
    return str(value).strip()


def date_value(value: CellValue) -> date:
    if isinstance(value, datetime):
        if value.time() != time():
            raise Bad(
                QT_TRANSLATE_NOOP(
                    "errors.import",
                    "{value} holds a time of day; write only the date (dd/mm/yyyy).",
                ).format(value=value)
            )
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time | timedelta):
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import", "The cell holds a time, not a date. Write the date as dd/mm/yyyy."
            )
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "{value:g} is a number, not a date. Format the cell as a date or write it as "
                "dd/mm/yyyy.",
            ).format(value=value)
        )
    text = cell_text(value)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY_DATE.match(text)
        if not match:
            raise Bad(
                QT_TRANSLATE_NOOP(
                    "errors.import",
                    "“{text}” is not a date. Write it as day/month/year, e.g. 25/11/2026 "
                    "(also 25/11/26 or 2026-11-25).",
                ).format(text=text)
            )
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if len(match.group(4)) == 2:
            year += 2000  # the Round Table exists since 2015: "26" can only be 2026
    try:
        result = date(year, month, day)
    except ValueError:
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "“{text}” is not a real date (day/month/year: check the day and the month).",
            ).format(text=text)
        ) from None
    if not 1900 <= result.year <= 2199:
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import", "“{text}” is not a plausible date: check the year."
            ).format(text=text)
        )
    return result


def show(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class ZoneIndex:
    """Zone numbers and names known to the caller, for reading what users write in the zone
    column: 5, "5", "Zona 5", "Pinerolese", "Zona 5 Pinerolese", "AMT Ovest"."""

    def __init__(self, zones: Mapping[int, str]) -> None:
        self.zones = dict(zones)
        self.by_name = {folded_words(name): number for number, name in self.zones.items()}
        for alias, number in ZONE_ALIASES.items():
            if number in self.zones:
                self.by_name.setdefault(alias, number)

    @classmethod
    def numbers_only(cls) -> ZoneIndex:
        index = cls({})
        index.zones = {number: "" for number in ZONE_NUMBERS}
        return index

    def _check(self, number: int) -> int:
        if number not in self.zones:
            first, last = min(self.zones, default=1), max(self.zones, default=1)
            raise Bad(
                QT_TRANSLATE_NOOP(
                    "errors.import",
                    "There is no zone {number}: zones are numbered {first} to {last}.",
                ).format(number=number, first=first, last=last)
            )
        return number

    def parse(self, value: CellValue) -> int:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not float(value).is_integer():
                raise Bad(
                    QT_TRANSLATE_NOOP("errors.import", "{value} is not a zone number.").format(
                        value=value
                    )
                )
            return self._check(int(value))
        text = cell_text(value)
        words = folded_words(text)
        match = _ZONE_TEXT.match(words)
        if match:
            number = self._check(int(match.group(1)))
            name = match.group(2)
            if name and self.by_name.get(name) != number and self.zones[number]:
                raise Bad(
                    QT_TRANSLATE_NOOP(
                        "errors.import",
                        "“{text}”: zone {number} is “{name}”. Check the number and the name.",
                    ).format(text=text, number=number, name=self.zones[number])
                )
            return number
        if words in self.by_name:
            return self.by_name[words]
        if not self.by_name:
            raise Bad(
                QT_TRANSLATE_NOOP(
                    "errors.import", "“{text}” is not a zone number. Write the number, e.g. 5."
                ).format(text=text)
            )
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "“{text}” is not a zone. Write its number or its name, e.g. “5” or “{name}”.",
            ).format(text=text, name=self.zones[min(self.zones)])
        )
