"""Read roster sheets and zone-assignment sheets written by people (docs/roster-import.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from pathlib import Path

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import ImportRejected
from rtdesk.domain.roster import RosterEntry, RowProblem
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.domain.zone_assignment import ZoneAssignmentRow
from rtdesk.exports.xlsx_read import (
    HEADER_SEARCH_ROWS,  # noqa: F401  (kept importable from here)
    ZONE_ALIASES,  # noqa: F401  (kept importable from here)
    Header,
    RowReader,
    choose_sheet,
    header_key,  # noqa: F401  (kept importable from here)
    missing_column,
    read_header,
)
from rtdesk.exports.xlsx_read import Bad as _Bad
from rtdesk.exports.xlsx_read import ZoneIndex as _ZoneIndex
from rtdesk.exports.xlsx_read import blank as _blank
from rtdesk.exports.xlsx_read import cell_text as _text
from rtdesk.exports.xlsx_read import column_index as _index
from rtdesk.exports.xlsx_read import date_value as _date
from rtdesk.exports.xlsx_read import folded_words as _words
from rtdesk.exports.xlsx_read import names_list as _names
from rtdesk.exports.xlsx_safety import CellValue, SafeWorkbook, SheetRow, open_workbook_safely

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

# How each column is called in messages (marked: the GUI shows them translated).
COLUMN_DESCRIPTIONS = {
    "zone": QT_TRANSLATE_NOOP("errors.import", "zone"),
    "family_name": QT_TRANSLATE_NOOP("errors.import", "family name"),
    "given_name": QT_TRANSLATE_NOOP("errors.import", "given name"),
    "person": QT_TRANSLATE_NOOP("errors.import", "person"),
    "role": QT_TRANSLATE_NOOP("errors.import", "role"),
    "title": QT_TRANSLATE_NOOP("errors.import", "office"),
    "municipality": QT_TRANSLATE_NOOP("errors.import", "municipality"),
    "municipality_code": QT_TRANSLATE_NOOP("errors.import", "ISTAT code"),
    "email": QT_TRANSLATE_NOOP("errors.import", "email"),
    "phone": QT_TRANSLATE_NOOP("errors.import", "phone"),
    "start_date": QT_TRANSLATE_NOOP("errors.import", "start date"),
    "end_date": QT_TRANSLATE_NOOP("errors.import", "end date"),
    "elected_on": QT_TRANSLATE_NOOP("errors.import", "election date"),
    "notes": QT_TRANSLATE_NOOP("errors.import", "notes"),
    "since": QT_TRANSLATE_NOOP("errors.import", "since"),
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

# copies for reading and printing.
ROSTER_SHEETS = ("Panoramica", "Overview", "Rappresentanti", "Representatives", "Roster")
ZONE_ASSIGNMENT_SHEETS = ("Comuni", "Zone", "Assegnazioni", "Municipalities", "Assignments")

DOCUMENTATION = "docs/roster-import.md"
_EXAMPLE_COLUMNS = "Zona, Cognome, Nome, Ruolo, Inizio"
_ROSTER = QT_TRANSLATE_NOOP("errors.import", "roster")
_ZONE_ASSIGNMENT_SHEET = QT_TRANSLATE_NOOP("errors.import", "zone assignment sheet")


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
        sheet = _choose_sheet(book, ROSTER_SHEETS, _ROSTER_INDEX, _is_roster_header, _ROSTER)
        rows = book.rows(sheet)
        header = _read_header(rows, _ROSTER_INDEX, sheet, _ROSTER)
        problems = header.problems + _missing_roster_columns(header.columns)
        if problems:
            raise ImportRejected(problems, what=_ROSTER)
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
                    RowProblem(
                        row.number,
                        QT_TRANSLATE_NOOP(
                            "errors.import", "The same mandate is already in row {row}."
                        ).format(row=seen[identity]),
                    )
                )
                continue
            seen[identity] = row.number
            entries.append(entry)
    if problems:
        raise ImportRejected(problems, what=_ROSTER)
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
                    QT_TRANSLATE_NOOP(
                        "errors.import",
                        "There is no column with the people's names. Write the family name and "
                        "the given name in two columns ({family}; {given}) or both in one "
                        "column ({person}) as “Rossi, Mario”.",
                    ).format(
                        family=_names(ROSTER_COLUMNS["family_name"]),
                        given=_names(ROSTER_COLUMNS["given_name"]),
                        person=_names(ROSTER_COLUMNS["person"]),
                    ),
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
        row.problem(
            "end_date",
            QT_TRANSLATE_NOOP(
                "errors.import", "The end date {end} is before the start {start}."
            ).format(end=end, start=start),
        )
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
        QT_TRANSLATE_NOOP(
            "errors.import",
            "“{text}” is not a role. Write “portavoce”, “vice portavoce” or "
            "“vice portavoce vicario” (in English: spokesperson, deputy, vicar).",
        ).format(text=_text(value))
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
            QT_TRANSLATE_NOOP(
                "errors.import",
                "“{text}” is not a full name. Write family name, comma, given name: "
                "“Rossi, Mario”.",
            ).format(text=text)
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
    what = _ZONE_ASSIGNMENT_SHEET
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
                reader.problem(
                    key,
                    QT_TRANSLATE_NOOP(
                        "errors.import", "“{municipality}” is already in row {row}."
                    ).format(municipality=municipality, row=seen[folded]),
                )
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
    reader.problem(
        "municipality_code",
        QT_TRANSLATE_NOOP("errors.import", "This cell is empty; it must be filled in."),
    )
    return None, "municipality_code"


def _is_assignment_header(keys: set[str]) -> bool:
    return "zone" in keys and bool({"municipality", "municipality_code"} & keys)


def _municipality(value: CellValue) -> str:
    # ISTAT codes have six digits; a spreadsheet that took them for numbers dropped the zeros.
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or value < 0:
            raise _Bad(
                QT_TRANSLATE_NOOP(
                    "errors.import", "{value} is neither an ISTAT code nor a municipality name."
                ).format(value=value)
            )
        return f"{int(value):06d}"
    text = _text(value)
    return text.zfill(6) if text.isdigit() and len(text) < 6 else text


# ---------------------------------------------------------------------------- shared reading
# The generic helpers live in xlsx_read (shared with the proposals importer); these bind them to
# the roster's column descriptions and documentation.


class _RowReader(RowReader):
    def __init__(
        self,
        number: int,
        cells: Mapping[str, CellValue],
        names: Mapping[str, str],
        problems: list[RowProblem],
    ) -> None:
        super().__init__(number, cells, names, problems, COLUMN_DESCRIPTIONS)


def _read_header(
    rows: Iterable[SheetRow], index: Mapping[str, str], sheet: str, what: str
) -> Header:
    return read_header(
        rows,
        index,
        sheet,
        what,
        descriptions=COLUMN_DESCRIPTIONS,
        documentation=DOCUMENTATION,
        example=_EXAMPLE_COLUMNS,
    )


def _choose_sheet(
    book: SafeWorkbook,
    preferred: Iterable[str],
    index: Mapping[str, str],
    complete: Callable[[set[str]], bool],
    what: str,
) -> str:
    return choose_sheet(book, preferred, index, complete, what, documentation=DOCUMENTATION)


def _missing_column(key: str, accepted: Iterable[str]) -> RowProblem:
    return missing_column(COLUMN_DESCRIPTIONS[key], accepted)
