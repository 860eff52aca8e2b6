"""Read roster sheets and zone-assignment sheets written by people (docs/roster-import.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import ImportRejected, ValidationError
from rtdesk.domain.roster import RosterEntry, RowProblem
from rtdesk.domain.zone_assignment import ZoneAssignmentRow
from rtdesk.domain.zones import ZONE_NUMBERS, fold_name
from rtdesk.exports.xlsx_safety import (
    CellError,
    CellValue,
    SafeWorkbook,
    SheetRow,
    UncalculatedFormula,
    open_workbook_safely,
)

# Column names accepted in the header row, Italian and English. They are compared after
# folding case and accents and dropping spaces and punctuation, so "Data inizio", "DATA_INIZIO"
# and "data-inizio" are the same. docs/roster-import.md lists them for users (a test checks it).
ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "zone": ("Zona", "Zona omogenea", "N. zona", "Numero zona", "Zone", "Zone number"),
    "family_name": ("Cognome", "Family name", "Surname", "Last name"),
    "given_name": ("Nome", "Given name", "First name"),
    "person": (
        "Persona",
        "Nominativo",
        "Nome e cognome",
        "Cognome e nome",
        "Rappresentante",
        "Person",
        "Full name",
        "Name",
        "Representative",
    ),
    "role": ("Ruolo", "Incarico", "Role"),
    "title": ("Carica", "Titolo", "Qualifica", "Title", "Office"),
    "municipality": ("Comune", "Ente", "Municipality"),
    "email": ("Email", "E-mail", "Mail", "Posta elettronica", "Email address"),
    "phone": ("Telefono", "Tel.", "Cellulare", "Phone", "Telephone", "Mobile"),
    "start_date": (
        "Inizio",
        "Data inizio",
        "Inizio mandato",
        "Dal",
        "Start",
        "Start date",
        "From",
        "Since",
    ),
    "end_date": ("Fine", "Data fine", "Fine mandato", "Al", "End", "End date", "To", "Until"),
    "elected_on": (
        "Data elezione",
        "Eletto il",
        "Assemblea",
        "Data assemblea",
        "Elected on",
        "Election date",
        "Assembly",
        "Assembly date",
    ),
    "notes": ("Note", "Annotazioni", "Notes"),
}

ZONE_ASSIGNMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "municipality_code": (
        "Codice ISTAT",
        "ISTAT",
        "Codice comune",
        "Codice",
        "ISTAT code",
        "Municipality code",
    ),
    "municipality": ("Comune", "Denominazione", "Nome comune", "Municipality", "Municipality name"),
    "zone": ROSTER_COLUMNS["zone"],
    "since": ("Dal", "Data", "Decorrenza", "Inizio", "Data inizio", "Since", "From", "Start date"),
}

# How each column is called in messages.
COLUMN_DESCRIPTIONS = {
    "zone": "zone",
    "family_name": "family name",
    "given_name": "given name",
    "person": "person",
    "role": "role",
    "title": "title",
    "municipality": "municipality",
    "municipality_code": "ISTAT code",
    "email": "email",
    "phone": "phone",
    "start_date": "start date",
    "end_date": "end date",
    "elected_on": "election date",
    "notes": "notes",
    "since": "since",
}

# Role words, folded and with punctuation as spaces; "vicario" alone means the vicar deputy.
_SPOKESPERSON = {"portavoce", "spokesperson", "spokesman", "spokeswoman"}
_DEPUTY = {
    "vice portavoce",
    "viceportavoce",
    "vice",
    "deputy",
    "deputy spokesperson",
    "vice spokesperson",
}
_VICAR = {
    "vicario",
    "vicaria",
    "vice portavoce vicario",
    "vice portavoce vicaria",
    "viceportavoce vicario",
    "viceportavoce vicaria",
    "vice vicario",
    "vicar",
    "deputy vicar",
    "vicar deputy",
    "deputy spokesperson vicar",
}

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
# copies for reading and printing.
ROSTER_SHEETS = ("Panoramica", "Overview", "Rappresentanti", "Representatives", "Roster")
ZONE_ASSIGNMENT_SHEETS = ("Comuni", "Zone", "Assegnazioni", "Municipalities", "Assignments")

HEADER_SEARCH_ROWS = 10  # a title or a note above the column names is tolerated
DOCUMENTATION = "docs/roster-import.md"

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_ZONE_TEXT = re.compile(r"^(?:(?:zona|zone)(?: omog(?:enea)?)?|z)? ?(?:n )?(\d{1,3})(?: (.+))?$")


class _Bad(Exception):
    """One cell that cannot be read; the message is for the user."""


def header_key(text: str) -> str:
    """Form in which header names and sheet names are compared."""
    return re.sub(r"[^0-9a-z]", "", fold_name(text))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold_name(text)).split())


def _index(columns: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {header_key(name): key for key, names in columns.items() for name in names}


_ROSTER_INDEX = _index(ROSTER_COLUMNS)
_ASSIGNMENT_INDEX = _index(ZONE_ASSIGNMENT_COLUMNS)


# ---------------------------------------------------------------------------- roster


def read_roster(path: str | Path, zones: Mapping[int, str]) -> list[RosterEntry]:
    """Every mandate in a roster workbook, or `ImportRejected` listing every bad row.

    `zones` maps zone number to official name (from the database), so zones may be written as
    "5", "Zona 5", "Pinerolese" or "Zona 5 Pinerolese". File-level problems (not a workbook,
    hostile file, no roster sheet) are `ValidationError`s.
    """
    zone_index = _ZoneIndex(zones)
    with open_workbook_safely(path) as book:
        sheet = _choose_sheet(book, ROSTER_SHEETS, _ROSTER_INDEX, _is_roster_header, "roster")
        rows = book.rows(sheet)
        header = _read_header(rows, _ROSTER_INDEX, sheet, "roster")
        problems = header.problems + _missing_roster_columns(header.columns)
        if problems:
            raise ImportRejected(problems, what="roster")
        entries: list[RosterEntry] = []
        seen: dict[tuple, int] = {}
        for row in rows:
            cells = header.cells(row)
            if all(_blank(value) for value in cells.values()):
                continue
            reader = _RowReader(row.number, cells, header.names, problems)
            entry = _roster_entry(reader, zone_index)
            if entry is None:
                continue
            identity = tuple(
                getattr(entry, f.name) for f in fields(entry) if f.name != "source_row"
            )
            if identity in seen:
                problems.append(
                    RowProblem(row.number, f"The same mandate is already in row {seen[identity]}.")
                )
                continue
            seen[identity] = row.number
            entries.append(entry)
    if problems:
        raise ImportRejected(problems, what="roster")
    return entries


def _is_roster_header(keys: set[str]) -> bool:
    has_person = "person" in keys or {"family_name", "given_name"} <= keys
    return has_person and {"zone", "role", "start_date"} <= keys


def _missing_roster_columns(columns: Mapping[str, int]) -> list[RowProblem]:
    problems = []
    for key in ("zone", "role", "start_date"):
        if key not in columns:
            problems.append(_missing_column(key, ROSTER_COLUMNS[key]))
    if "person" not in columns:
        halves = [k for k in ("family_name", "given_name") if k in columns]
        if len(halves) == 1:
            other = "given_name" if halves[0] == "family_name" else "family_name"
            problems.append(_missing_column(other, ROSTER_COLUMNS[other]))
        elif not halves:
            problems.append(
                RowProblem(
                    None,
                    "There is no column with the people's names. Write the family name and the "
                    f"given name in two columns ({_names(ROSTER_COLUMNS['family_name'])}; "
                    f"{_names(ROSTER_COLUMNS['given_name'])}) or both in one column "
                    f"({_names(ROSTER_COLUMNS['person'])}) as “Rossi, Mario”.",
                )
            )
    return problems


def _roster_entry(row: _RowReader, zones: _ZoneIndex) -> RosterEntry | None:
    zone = row.get("zone", lambda v: zones.parse(v), required=True)
    if "family_name" in row.names and "given_name" in row.names:
        family = row.get("family_name", _text, required=True)
        given = row.get("given_name", _text, required=True)
    else:
        family, given = row.get("person", _person, required=True) or (None, None)
    role = row.get("role", _role, required=True)
    start = row.get("start_date", _date, required=True)
    end = row.get("end_date", _date)
    elected = row.get("elected_on", _date)
    texts = {key: row.get(key, _text) or "" for key in ("title", "email", "phone", "notes")}
    municipality = row.get("municipality", _municipality) or ""
    if start is not None and end is not None and end < start:
        row.problem("end_date", f"The end date {_show(end)} is before the start {_show(start)}.")
    if row.failed or None in (zone, family, given, role, start):
        return None
    return RosterEntry(
        zone_number=zone,
        family_name=family,
        given_name=given,
        role=role[0],
        is_vicar=role[1],
        start_date=start,
        end_date=end,
        elected_on=elected,
        municipality=municipality,
        source_row=row.number,
        **texts,
    )


def _role(value: CellValue) -> tuple[MandateRole, bool]:
    words = _words(_text(value))
    if words in _SPOKESPERSON:
        return MandateRole.SPOKESPERSON, False
    if words in _DEPUTY:
        return MandateRole.DEPUTY, False
    if words in _VICAR:
        return MandateRole.DEPUTY, True
    raise _Bad(
        f"“{_text(value)}” is not a role. Write “portavoce”, “vice portavoce” or "
        "“vice portavoce vicario” (in English: spokesperson, deputy, vicar)."
    )


def _person(value: CellValue) -> tuple[str, str]:
    text = _text(value)
    if "," in text:
        family, _, given = text.partition(",")
    else:
        # Without a comma the last word is the family name: "Mario Rossi". Compound family
        # names ("De Luca") need the comma: "De Luca, Maria".
        given, _, family = text.rpartition(" ")
    family, given = " ".join(family.split()), " ".join(given.split())
    if not family or not given:
        raise _Bad(
            f"“{text}” is not a full name. Write family name, comma, given name: “Rossi, Mario”."
        )
    return family, given


# ---------------------------------------------------------------------------- zone assignments


def read_zone_assignments(
    path: str | Path, zones: Mapping[int, str] | None = None
) -> list[ZoneAssignmentRow]:
    """Municipality → zone lines of a sheet, or `ImportRejected` listing every bad row.

    The municipality is an ISTAT code or a name (a code column wins when both are present);
    the zone is a number, or also a name when `zones` (number → official name) is given.
    """
    zone_index = _ZoneIndex(zones) if zones is not None else _ZoneIndex.numbers_only()
    what = "zone assignment sheet"
    with open_workbook_safely(path) as book:
        sheet = _choose_sheet(
            book, ZONE_ASSIGNMENT_SHEETS, _ASSIGNMENT_INDEX, _is_assignment_header, what
        )
        rows = book.rows(sheet)
        header = _read_header(rows, _ASSIGNMENT_INDEX, sheet, what)
        problems = list(header.problems)
        if "zone" not in header.columns:
            problems.append(_missing_column("zone", ZONE_ASSIGNMENT_COLUMNS["zone"]))
        if not {"municipality", "municipality_code"} & header.columns.keys():
            names = ZONE_ASSIGNMENT_COLUMNS["municipality_code"]
            names += ZONE_ASSIGNMENT_COLUMNS["municipality"]
            problems.append(_missing_column("municipality", names))
        if problems:
            raise ImportRejected(problems, what=what)
        result: list[ZoneAssignmentRow] = []
        seen: dict[str, int] = {}
        for row in rows:
            cells = header.cells(row)
            if all(_blank(value) for value in cells.values()):
                continue
            reader = _RowReader(row.number, cells, header.names, problems)
            municipality, key = _assigned_municipality(reader)
            zone = reader.get("zone", zone_index.parse, required=True)
            since = reader.get("since", _date)
            if reader.failed or municipality is None or zone is None:
                continue
            folded = _words(municipality)
            if folded in seen:
                reader.problem(key, f"“{municipality}” is already in row {seen[folded]}.")
                continue
            seen[folded] = row.number
            result.append(ZoneAssignmentRow(row.number, municipality, zone, since))
    if problems:
        raise ImportRejected(problems, what=what)
    return result


def _assigned_municipality(reader: _RowReader) -> tuple[str | None, str]:
    """The ISTAT code if the row has one, else the name; and the column it came from."""
    problems_before = len(reader.problems)
    code = reader.get("municipality_code", _municipality)
    if code:
        return code, "municipality_code"
    if len(reader.problems) > problems_before:
        return None, "municipality_code"
    if "municipality" in reader.cells:
        return reader.get("municipality", _municipality, required=True), "municipality"
    reader.problem("municipality_code", "This cell is empty; it must be filled in.")
    return None, "municipality_code"


def _is_assignment_header(keys: set[str]) -> bool:
    return "zone" in keys and bool({"municipality", "municipality_code"} & keys)


# ---------------------------------------------------------------------------- sheets and headers


@dataclass
class _Header:
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


def _header_keys(row: SheetRow, index: Mapping[str, str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for position, value in enumerate(row.values):
        if isinstance(value, str) and header_key(value) in index:
            found.setdefault(index[header_key(value)], []).append(position)
    return found


def _scan_header(
    rows: Iterable[SheetRow], index: Mapping[str, str]
) -> tuple[SheetRow | None, dict[str, list[int]]]:
    """The first of the first rows naming at least two known columns (None if there is none)."""
    for row in rows:
        found = _header_keys(row, index)
        if len(found) >= 2:
            return row, found
        if row.number >= HEADER_SEARCH_ROWS:
            break
    return None, {}


def _read_header(
    rows: Iterable[SheetRow], index: Mapping[str, str], sheet: str, what: str
) -> _Header:
    header_row, found = _scan_header(rows, index)
    if header_row is None:
        raise ValidationError(
            f"The sheet “{sheet}” does not look like a {what}: none of its first "
            f"{HEADER_SEARCH_ROWS} rows holds the column names.",
            advice="Put the column names (for example Zona, Cognome, Nome, Ruolo, Inizio) in the "
            f"first row; {DOCUMENTATION} lists every accepted name.",
        )
    problems = []
    columns, names = {}, {}
    for key, positions in found.items():
        texts = [str(header_row.values[p]).strip() for p in positions]
        if len(positions) > 1:
            letters = ", ".join(_column_letter(p) for p in positions)
            problems.append(
                RowProblem(
                    header_row.number,
                    f"Columns {letters} ({', '.join(texts)}) all mean the "
                    f"{COLUMN_DESCRIPTIONS[key]}: keep only one of them.",
                )
            )
        columns[key], names[key] = positions[0], texts[0]
    return _Header(header_row.number, columns, names, problems)


def _choose_sheet(
    book: SafeWorkbook,
    preferred: Iterable[str],
    index: Mapping[str, str],
    complete: Callable[[set[str]], bool],
    what: str,
) -> str:
    """Rule: a sheet named like `preferred` (in that order); else the only sheet; else the only
    sheet whose header has every required column; anything else is a clear error."""
    names = book.sheet_names
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
            _, found = _scan_header(rows, index)
        if complete(set(found)):
            matching.append(name)
    if len(matching) == 1:
        return matching[0]
    listed = ", ".join(f"“{n}”" for n in names)
    wanted_names = " or ".join(f"“{n}”" for n in list(preferred)[:2])
    if not matching:
        raise ValidationError(
            f"No sheet of this workbook looks like a {what} (sheets: {listed}).",
            advice=f"Check the column names in the first row against {DOCUMENTATION}, "
            f"or name the sheet to import {wanted_names}.",
        )
    raise ValidationError(
        f"Several sheets look like a {what}: {', '.join(f'“{n}”' for n in matching)}.",
        advice=f"Name the sheet to import {wanted_names}, or keep only that sheet.",
    )


def _missing_column(key: str, accepted: Iterable[str]) -> RowProblem:
    return RowProblem(
        None,
        f"The {COLUMN_DESCRIPTIONS[key]} column is missing. Accepted names: {_names(accepted)}.",
    )


def _names(accepted: Iterable[str]) -> str:
    return ", ".join(f"“{name}”" for name in accepted)


def _column_letter(position: int) -> str:
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# ---------------------------------------------------------------------------- cells


class _RowReader:
    """Reads the cells of one row, collecting every problem instead of stopping at the first."""

    def __init__(
        self,
        number: int,
        cells: Mapping[str, CellValue],
        names: Mapping[str, str],
        problems: list[RowProblem],
    ) -> None:
        self.number = number
        self.cells = cells
        self.names = names
        self.problems = problems
        self.failed = False

    def problem(self, key: str, message: str) -> None:
        self.failed = True
        column = self.names.get(key, COLUMN_DESCRIPTIONS.get(key, key))
        self.problems.append(RowProblem(self.number, message, column))

    def get(self, key: str, parse: Callable[[CellValue], object], *, required: bool = False):
        if key not in self.cells:
            return None
        value = self.cells[key]
        if _blank(value):
            if required:
                self.problem(key, "This cell is empty; it must be filled in.")
            return None
        try:
            return parse(value)
        except _Bad as exc:
            self.problem(key, str(exc))
            return None


def _blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: CellValue) -> str:
    if isinstance(value, UncalculatedFormula):
        raise _Bad(
            f"The cell holds a formula ({value.formula}) whose result was never calculated. "
            "Open the file in Excel or LibreOffice Calc, save it, and import it again, or type "
            "the value instead of the formula."
        )
    if isinstance(value, CellError):
        raise _Bad(f"The cell shows the error {value.code}; write the value instead.")
    if isinstance(value, bool):
        raise _Bad(f"The cell holds the logical value {value}; write the text instead.")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return _show(value.date()) if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return _show(value)
    return str(value).strip()


def _municipality(value: CellValue) -> str:
    # ISTAT codes have six digits; a spreadsheet that took them for numbers dropped the zeros.
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or value < 0:
            raise _Bad(f"{value} is neither an ISTAT code nor a municipality name.")
        return f"{int(value):06d}"
    text = _text(value)
    return text.zfill(6) if text.isdigit() and len(text) < 6 else text


def _date(value: CellValue) -> date:
    if isinstance(value, datetime):
        if value.time() != time():
            raise _Bad(
                f"{value:%d/%m/%Y %H:%M} holds a time of day; write only the date (dd/mm/yyyy)."
            )
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time | timedelta):
        raise _Bad("The cell holds a time, not a date. Write the date as dd/mm/yyyy.")
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise _Bad(
            f"{value:g} is a number, not a date. Format the cell as a date or write it as "
            "dd/mm/yyyy."
        )
    text = _text(value)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY_DATE.match(text)
        if not match:
            raise _Bad(
                f"“{text}” is not a date. Write it as day/month/year, e.g. 25/11/2026 "
                "(also 25/11/26 or 2026-11-25)."
            )
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if len(match.group(4)) == 2:
            year += 2000  # the Round Table exists since 2015: "26" can only be 2026
    try:
        result = date(year, month, day)
    except ValueError:
        raise _Bad(
            f"“{text}” is not a real date (day/month/year: check the day and the month)."
        ) from None
    if not 1900 <= result.year <= 2199:
        raise _Bad(f"“{text}” is not a plausible date: check the year.")
    return result


def _show(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class _ZoneIndex:
    """Zone numbers and names known to the caller, for reading what users write in the zone
    column: 5, "5", "Zona 5", "Pinerolese", "Zona 5 Pinerolese", "AMT Ovest"."""

    def __init__(self, zones: Mapping[int, str]) -> None:
        self.zones = dict(zones)
        self.by_name = {_words(name): number for number, name in self.zones.items()}
        for alias, number in ZONE_ALIASES.items():
            if number in self.zones:
                self.by_name.setdefault(alias, number)

    @classmethod
    def numbers_only(cls) -> _ZoneIndex:
        index = cls({})
        index.zones = {number: "" for number in ZONE_NUMBERS}
        return index

    def _check(self, number: int) -> int:
        if number not in self.zones:
            first, last = min(self.zones, default=1), max(self.zones, default=1)
            raise _Bad(f"There is no zone {number}: zones are numbered {first} to {last}.")
        return number

    def parse(self, value: CellValue) -> int:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not float(value).is_integer():
                raise _Bad(f"{value} is not a zone number.")
            return self._check(int(value))
        text = _text(value)
        words = _words(text)
        match = _ZONE_TEXT.match(words)
        if match:
            number = self._check(int(match.group(1)))
            name = match.group(2)
            if name and self.by_name.get(name) != number and self.zones[number]:
                raise _Bad(
                    f"“{text}”: zone {number} is “{self.zones[number]}”. Check the number "
                    "and the name."
                )
            return number
        if words in self.by_name:
            return self.by_name[words]
        if not self.by_name:
            raise _Bad(f"“{text}” is not a zone number. Write the number, e.g. 5.")
        raise _Bad(
            f"“{text}” is not a zone. Write its number or its name, e.g. “5” or "
            f"“{self.zones[min(self.zones)]}”."
        )
