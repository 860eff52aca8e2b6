"""Reading roster sheets and zone-assignment sheets as people write them."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import ImportRejected, ValidationError
from rtdesk.domain.roster import RosterEntry, RowProblem
from rtdesk.domain.zone_assignment import ZoneAssignmentRow
from rtdesk.exports.roster_import import (
    ROSTER_COLUMNS,
    ROSTER_SHEETS,
    ZONE_ALIASES,
    ZONE_ASSIGNMENT_COLUMNS,
    ZONE_ASSIGNMENT_SHEETS,
    header_key,
    read_roster,
    read_zone_assignments,
)
from rtdesk.exports.roster_workbook import ENTRY_HEADERS, ROLE_LABELS

ZONES = {
    1: "Torino",
    2: "Area Metropolitana Torino Ovest",
    3: "Area Metropolitana Torino Sud",
    4: "Area Metropolitana Torino Nord",
    5: "Pinerolese",
    6: "Valli di Susa e Sangone",
    7: "Ciriacese - Valli di Lanzo",
    8: "Canavese occidentale",
    9: "Eporediese",
    10: "Chivassese",
    11: "Chierese - Carmagnolese",
}
HEADER = ["Zona", "Cognome", "Nome", "Ruolo", "Inizio"]
DOC = Path(__file__).resolve().parents[2] / "docs" / "roster-import.md"


def _book(path: Path, *sheets: tuple[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _roster(tmp_path, rows: list[list], header=HEADER, title="Foglio1") -> list[RosterEntry]:
    return read_roster(_book(tmp_path / "r.xlsx", (title, [header, *rows])), ZONES)


def _rejected(tmp_path, rows: list[list], header=HEADER, **kw) -> list[RowProblem]:
    with pytest.raises(ImportRejected) as error:
        _roster(tmp_path, rows, header=header, **kw)
    assert "Nothing was changed" in error.value.advice
    return error.value.problems


# --------------------------------------------------------------------------- good sheets


def test_a_complete_italian_sheet(tmp_path):
    header = [
        "Zona",
        "Cognome",
        "Nome",
        "Ruolo",
        "Carica",
        "Comune",
        "E-mail",
        "Telefono",
        "Data inizio",
        "Data fine",
        "Data elezione",
        "Note",
    ]
    rows = [
        [
            5,
            "Rostagno",
            "Roberto",
            "Portavoce",
            "Sindaco",
            "Pinasca",
            "r@pinasca.it",
            "0121 800000",
            date(2022, 1, 28),
            None,
            datetime(2022, 1, 27),
            "Confermato",
        ],
        [],  # blank rows are skipped, row numbers stay those Excel shows
        [
            "  Zona 5 ",
            " Bianchi ",
            "Anna",
            "vice-portavoce",
            None,
            1191,
            None,
            3331234567,
            "1/3/24",
        ],
    ]
    first, second = _roster(tmp_path, rows, header=header)
    assert first == RosterEntry(
        5,
        "Rostagno",
        "Roberto",
        MandateRole.SPOKESPERSON,
        False,
        date(2022, 1, 28),
        None,
        date(2022, 1, 27),
        "Sindaco",
        "Pinasca",
        "r@pinasca.it",
        "0121 800000",
        "Confermato",
        source_row=2,
    )
    assert (second.source_row, second.family_name, second.role, second.is_vicar) == (
        4,
        "Bianchi",
        MandateRole.DEPUTY,
        False,
    )
    assert (second.municipality, second.phone, second.start_date) == (
        "001191",  # an ISTAT code taken for a number gets its zeros back
        "3331234567",
        date(2024, 3, 1),
    )


def test_english_headers_in_any_case_with_punctuation_and_a_title_row(tmp_path):
    header = ["ZONE", "family_name", "Given-Name", "role", "START DATE", "End date", "e-mail"]
    rows = [[2, "Smith", "Ann", "Deputy (vicar)", "2023-05-02", "31.12.2025", "a@b.it"]]
    wb_rows = [["Round Table representatives, as of 2026"], [], header, *rows]
    path = _book(tmp_path / "en.xlsx", ("Sheet1", wb_rows))
    [entry] = read_roster(path, ZONES)
    assert (entry.source_row, entry.zone_number, entry.role, entry.is_vicar) == (
        4,
        2,
        MandateRole.DEPUTY,
        True,
    )
    assert (entry.start_date, entry.end_date, entry.email) == (
        date(2023, 5, 2),
        date(2025, 12, 31),
        "a@b.it",
    )


def test_accented_and_spaced_header_names(tmp_path):
    header = ["ZONA OMOGENEA", "Nominativo", "Ruolo", "Dal", "Al", "Qualità"]
    [entry] = _roster(tmp_path, [["Pinerolese", "Rossi, Mario", "vicario", "01/02/2022"]], header)
    assert (entry.family_name, entry.given_name, entry.is_vicar, entry.start_date) == (
        "Rossi",
        "Mario",
        True,
        date(2022, 2, 1),
    )


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Rossi, Mario", "Rossi", "Mario"),
        ("De Luca,   Maria Teresa", "De Luca", "Maria Teresa"),
        ("Mario Rossi", "Rossi", "Mario"),
        ("Maria Teresa  Bianchi", "Bianchi", "Maria Teresa"),
        ("D'Àngelo, Niccolò", "D'Àngelo", "Niccolò"),
    ],
)
def test_one_person_column(tmp_path, written, family, given):
    header = ["Zona", "Persona", "Ruolo", "Inizio"]
    [entry] = _roster(tmp_path, [[5, written, "portavoce", "28/01/2022"]], header)
    assert (entry.family_name, entry.given_name) == (family, given)


@pytest.mark.parametrize(
    ("written", "role", "vicar"),
    [
        ("Portavoce", MandateRole.SPOKESPERSON, False),
        ("SPOKESPERSON", MandateRole.SPOKESPERSON, False),
        ("Vice portavoce", MandateRole.DEPUTY, False),
        ("vice-portavoce", MandateRole.DEPUTY, False),
        ("Viceportavoce", MandateRole.DEPUTY, False),
        ("deputy", MandateRole.DEPUTY, False),
        ("Vicario", MandateRole.DEPUTY, True),
        ("Vice portavoce vicario", MandateRole.DEPUTY, True),
        ("vice portavoce (vicaria)", MandateRole.DEPUTY, True),
        ("Vicar", MandateRole.DEPUTY, True),
    ],
)
def test_role_words(tmp_path, written, role, vicar):
    [entry] = _roster(tmp_path, [[5, "Rossi", "Mario", written, "28/01/2022"]])
    assert (entry.role, entry.is_vicar) == (role, vicar)


@pytest.mark.parametrize(
    ("written", "number"),
    [
        (5, 5),
        (5.0, 5),
        ("5", 5),
        ("Zona 5", 5),
        ("zona omogenea n. 5", 5),
        ("Z5", 5),
        ("Pinerolese", 5),
        ("PINEROLESE", 5),
        ("Zona 5 Pinerolese", 5),
        ("Zona 5 - Pinerolese", 5),
        ("AMT Ovest", 2),
        ("AMT SUD", 3),
        ("Area Metropolitana Torino NORD", 4),
        ("ZONA OMOGENEA 10 (CHIVASSESE)", 10),
        ("ZONA OMOG. 7-CIRIACESE E VALLI DI LANZO", 7),
        ("Ciriacese-Valli di Lanzo", 7),
        ("Valli di Susa e Val Sangone", 6),
        ("Chierese Carmagnolese", 11),
    ],
)
def test_zone_as_number_or_name(tmp_path, written, number):
    [entry] = _roster(tmp_path, [[written, "Rossi", "Mario", "portavoce", "28/01/2022"]])
    assert entry.zone_number == number


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (date(2022, 1, 28), date(2022, 1, 28)),
        (datetime(2022, 1, 28), date(2022, 1, 28)),
        ("28/01/2022", date(2022, 1, 28)),
        ("28/1/22", date(2022, 1, 28)),
        ("8/3/2022", date(2022, 3, 8)),
        ("28.01.2022", date(2022, 1, 28)),
        ("28-01-2022", date(2022, 1, 28)),
        ("2022-01-28", date(2022, 1, 28)),
        (" 29/02/2024 ", date(2024, 2, 29)),
    ],
)
def test_dates(tmp_path, written, expected):
    [entry] = _roster(tmp_path, [[5, "Rossi", "Mario", "portavoce", written]])
    assert entry.start_date == expected


# --------------------------------------------------------------------------- bad rows


def test_every_bad_row_and_every_bad_cell_is_listed(tmp_path):
    rows = [
        [5, "Rossi", "Mario", "portavoce", "28/01/2022"],  # row 2: good
        [12, "Bianchi", None, "segretario", "31/02/2022"],  # row 3: four problems
        [],
        ["Zona 5 Chivassese", "Verdi", "Luca", "vicario", "12/25/2022"],  # row 5: two
        ["Atlantide", "Neri", "Paola", "portavoce", 44000],  # row 6: two
        [5, "Gialli", "Rita", "portavoce", datetime(2022, 1, 28, 15, 30)],  # row 7
    ]
    problems = _rejected(tmp_path, rows)
    assert [(p.row, p.column) for p in problems] == [
        (3, "Zona"),
        (3, "Nome"),
        (3, "Ruolo"),
        (3, "Inizio"),
        (5, "Zona"),
        (5, "Inizio"),
        (6, "Zona"),
        (6, "Inizio"),
        (7, "Inizio"),
    ]
    messages = [p.message for p in problems]
    assert messages[0] == "There is no zone 12: zones are numbered 1 to 11."
    assert messages[1] == "This cell is empty; it must be filled in."
    assert "“segretario” is not a role" in messages[2] and "vice portavoce vicario" in messages[2]
    assert "“31/02/2022” is not a real date" in messages[3]
    assert messages[4] == (
        "“Zona 5 Chivassese”: zone 5 is “Pinerolese”. Check the number and the name."
    )
    assert "day/month/year" in messages[5]
    assert "“Atlantide” is not a zone" in messages[6]
    assert "44000 is a number, not a date" in messages[7]
    assert "holds a time of day" in messages[8]
    assert (
        str(problems[0]) == "Row 3, column “Zona”: There is no zone 12: zones are numbered 1 to 11."
    )


def test_end_before_start_and_duplicates(tmp_path):
    header = [*HEADER, "Fine"]
    rows = [
        [5, "Rossi", "Mario", "portavoce", "28/01/2022", "27/01/2022"],
        [5, "Bianchi", "Anna", "vicario", "28/01/2022"],
        [5, "Bianchi", "Anna", "Vice portavoce vicario", date(2022, 1, 28)],
    ]
    problems = _rejected(tmp_path, rows, header=header)
    assert [(p.row, p.column, p.message) for p in problems] == [
        (2, "Fine", "The end date 27/01/2022 is before the start 28/01/2022."),
        (4, "", "The same mandate is already in row 3."),
    ]


def test_a_single_word_person_and_empty_required_cells(tmp_path):
    header = ["Zona", "Nominativo", "Ruolo", "Inizio"]
    problems = _rejected(tmp_path, [["5", "Rossi", None, None]], header=header)
    assert [(p.row, p.column) for p in problems] == [(2, "Nominativo"), (2, "Ruolo"), (2, "Inizio")]
    assert "“Rossi, Mario”" in problems[0].message


def test_formula_without_result_and_error_cells(tmp_path):
    rows = [
        [5, '=UPPER("rossi")', "Mario", "portavoce", "28/01/2022"],
        [5, "Bianchi", "#N/A", "portavoce", "28/01/2022"],
    ]
    path = _book(tmp_path / "f.xlsx", ("Foglio1", [HEADER, *rows]))
    with pytest.raises(ImportRejected) as error:
        read_roster(path, ZONES)
    first, second = error.value.problems
    assert (first.row, first.column) == (2, "Cognome")
    assert 'formula (=UPPER("rossi")) whose result was never calculated' in first.message
    assert (second.row, second.column) == (3, "Nome")
    assert "the error #N/A" in second.message


def test_strings_starting_with_an_equal_sign_are_just_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([5, None, "Mario", "portavoce", "28/01/2022"])
    ws["B2"] = "=Rossi"
    ws["B2"].data_type = "s"
    path = tmp_path / "s.xlsx"
    wb.save(path)
    [entry] = read_roster(path, ZONES)
    assert entry.family_name == "=Rossi"


# --------------------------------------------------------------------------- file-level problems


def test_missing_columns_are_named_with_the_accepted_names(tmp_path):
    problems = _rejected(tmp_path, [[5, "Rossi"]], header=["Zona", "Cognome", "Carica"])
    assert [p.row for p in problems] == [None, None, None]
    assert problems[0].message.startswith("The role column is missing. Accepted names: “Ruolo”")
    assert problems[1].message.startswith("The start date column is missing.")
    assert "“Data inizio”" in problems[1].message and "“Start date”" in problems[1].message
    assert problems[2].message.startswith("The given name column is missing.")
    assert str(problems[0]).startswith("File: The role column is missing.")


def test_no_person_column_at_all(tmp_path):
    problems = _rejected(tmp_path, [], header=["Zona", "Ruolo", "Inizio"])
    assert len(problems) == 1
    assert "no column with the people's names" in problems[0].message


def test_the_same_column_twice(tmp_path):
    problems = _rejected(tmp_path, [], header=[*HEADER, "Data inizio"])
    assert problems == [
        RowProblem(
            1, "Columns E, F (Inizio, Data inizio) all mean the start date: keep only one of them."
        )
    ]


def test_a_sheet_that_is_not_a_roster(tmp_path):
    path = _book(tmp_path / "x.xlsx", ("Spesa", [["Pane", 2], ["Latte", 1]]))
    with pytest.raises(ValidationError) as error:
        read_roster(path, ZONES)
    assert not isinstance(error.value, ImportRejected)
    assert error.value.message == (
        "The sheet “Spesa” does not look like a roster: none of its first 10 rows holds the "
        "column names."
    )
    assert "docs/roster-import.md" in error.value.advice


# --------------------------------------------------------------------------- which sheet


def test_the_sheet_named_like_a_roster_is_read(tmp_path):
    good = [HEADER, [5, "Rossi", "Mario", "portavoce", "28/01/2022"]]
    other = [HEADER, [6, "Verdi", "Luca", "portavoce", "28/01/2022"]]
    path = _book(tmp_path / "n.xlsx", ("Bozza", other), ("RAPPRESENTANTI", good))
    assert [e.family_name for e in read_roster(path, ZONES)] == ["Rossi"]


def test_a_roster_on_a_sheet_called_otherwise_is_found_by_its_columns(tmp_path):
    roster = [["Elenco"], HEADER, [5, "Rossi", "Mario", "portavoce", "28/01/2022"]]
    path = _book(
        tmp_path / "o.xlsx",
        ("Istruzioni", [["Compilare il secondo foglio"]]),
        ("Foglio2", roster),
        ("Comuni", [["Comune", "Zona"], ["Pinasca", 5]]),  # not complete enough for a roster
    )
    [entry] = read_roster(path, ZONES)
    assert (entry.family_name, entry.source_row) == ("Rossi", 3)


def test_several_candidate_sheets_or_none_is_a_clear_error(tmp_path):
    roster = [HEADER, [5, "Rossi", "Mario", "portavoce", "28/01/2022"]]
    two = _book(tmp_path / "two.xlsx", ("A", roster), ("B", roster))
    with pytest.raises(ValidationError) as error:
        read_roster(two, ZONES)
    assert error.value.message == "Several sheets look like a roster: “A”, “B”."
    assert "“Panoramica” or “Overview”" in error.value.advice
    none = _book(tmp_path / "none.xlsx", ("A", [["x"]]), ("B", [["Zona", "Cognome"]]))
    with pytest.raises(ValidationError, match=r"No sheet of this workbook looks like a roster"):
        read_roster(none, ZONES)


def test_hostile_files_are_refused_before_any_row_is_read(tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("Zona;Cognome\n5;Rossi\n")
    with pytest.raises(ValidationError, match=r"not an Excel \.xlsx workbook"):
        read_roster(path, ZONES)


# --------------------------------------------------------------------------- zone assignments


def test_zone_assignments_by_code_or_name(tmp_path):
    rows = [
        ["Comune", "Zona", "Dal"],
        [1191, 5, "01/01/2019"],
        ["001272", "Torino", None],
        ["Mappano", "Zona 4", datetime(2021, 8, 4)],
        [None, None, None],
        ["  Leinì ", "AMT Nord"],
    ]
    path = _book(tmp_path / "z.xlsx", ("Foglio1", rows))
    assert read_zone_assignments(path, ZONES) == [
        ZoneAssignmentRow(2, "001191", 5, date(2019, 1, 1)),
        ZoneAssignmentRow(3, "001272", 1, None),
        ZoneAssignmentRow(4, "Mappano", 4, date(2021, 8, 4)),
        ZoneAssignmentRow(6, "Leinì", 4, None),
    ]


def test_zone_assignments_with_code_and_name_columns_prefer_the_code(tmp_path):
    rows = [
        ["Codice ISTAT", "Denominazione", "Zona omogenea"],
        ["1191", "Pinasca", 5],
        [None, "Mappano", 4],
    ]
    path = _book(tmp_path / "z.xlsx", ("Comuni", rows))
    assert [(r.municipality, r.zone_number) for r in read_zone_assignments(path)] == [
        ("001191", 5),
        ("Mappano", 4),
    ]


def test_zone_assignment_problems_are_all_listed(tmp_path):
    rows = [
        ["ISTAT code", "Zone", "Since"],
        ["001191", 5],
        ["001191", 6],  # the same municipality twice
        [None, 3],  # no municipality
        ["001272", "Pinerolese"],  # a name without the zone list: not understood
        ["001090", 14, "2019"],
    ]
    path = _book(tmp_path / "z.xlsx", ("Sheet", rows))
    with pytest.raises(ImportRejected) as error:
        read_zone_assignments(path)
    assert error.value.message.startswith("The zone assignment sheet was not imported: 5 problems")
    assert [(p.row, p.column) for p in error.value.problems] == [
        (3, "ISTAT code"),
        (4, "ISTAT code"),
        (5, "Zone"),
        (6, "Zone"),
        (6, "Since"),
    ]
    assert error.value.problems[0].message == "“001191” is already in row 2."
    assert "is not a zone number" in error.value.problems[2].message


def test_zone_assignment_sheet_without_the_needed_columns(tmp_path):
    path = _book(tmp_path / "z.xlsx", ("Foglio1", [["Zona", "Note", "Dal"], [5, "x", None]]))
    with pytest.raises(ImportRejected) as error:
        read_zone_assignments(path)
    [problem] = error.value.problems
    assert problem.row is None and problem.message.startswith("The municipality column is missing")


# --------------------------------------------------------------------------- vocabulary


def test_export_headers_and_role_labels_are_understood_by_the_importer():
    index = {header_key(name) for names in ROSTER_COLUMNS.values() for name in names}
    for language, headers in ENTRY_HEADERS.items():
        recognised = [h for h in headers if header_key(h) in index]
        # Zone name and status are derived from other columns and ignored on import.
        assert len(recognised) == len(headers) - 2, language
    for labels in ROLE_LABELS.values():
        assert set(labels.values()) <= {
            "Portavoce",
            "Vice portavoce",
            "Vice portavoce vicario",
            "Spokesperson",
            "Deputy",
            "Deputy (vicar)",
        }


def test_no_header_name_means_two_columns():
    for columns in (ROSTER_COLUMNS, ZONE_ASSIGNMENT_COLUMNS):
        meaning: dict[str, str] = {}
        for column, names in columns.items():
            for name in names:
                assert meaning.setdefault(header_key(name), column) == column, name


def test_the_user_documentation_lists_every_accepted_name():
    text = DOC.read_text(encoding="utf-8")
    for columns in (ROSTER_COLUMNS, ZONE_ASSIGNMENT_COLUMNS):
        for names in columns.values():
            for name in names:
                assert f"`{name}`" in text, name
    for name in (*ROSTER_SHEETS, *ZONE_ASSIGNMENT_SHEETS):
        assert f"`{name}`" in text, name
    for alias in ZONE_ALIASES:
        assert re.search(re.escape(alias), text, re.IGNORECASE), alias
    assert "DA NOMINARE" in text
