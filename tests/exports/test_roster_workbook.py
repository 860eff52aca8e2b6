"""The roster workbook: sheets, styles, real dates, text never turned into formulas, round trip."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import ValidationError
from rtdesk.domain.roster import RosterEntry
from rtdesk.exports.roster_import import read_roster
from rtdesk.exports.roster_workbook import write_roster_workbook
from rtdesk.exports.xlsx_style import EXCEL_TEXT_LIMIT, clean_text, sheet_title

ZONES = [
    (1, "Torino"),
    (2, "Area Metropolitana Torino Ovest"),
    (3, "Area Metropolitana Torino Sud"),
    (4, "Area Metropolitana Torino Nord"),
    (5, "Pinerolese"),
    (6, "Valli di Susa e Sangone"),
    (7, "Ciriacese - Valli di Lanzo"),
    (8, "Canavese occidentale"),
    (9, "Eporediese"),
    (10, "Chivassese"),
    (11, "Chierese - Carmagnolese"),
]
TODAY = date(2026, 11, 25)
HOSTILE = ['=HYPERLINK("http://x","y")', "+39 011 123", "-1", "@SUM(A1)", "#N/A", "=1+1"]
SPOKES, DEPUTY = MandateRole.SPOKESPERSON, MandateRole.DEPUTY


def _entry(zone, family, given, role=SPOKES, start=date(2022, 1, 28), **more) -> RosterEntry:
    return RosterEntry(zone, family, given, role, more.pop("is_vicar", False), start, **more)


ENTRIES = [
    _entry(
        5,
        "Rostagno",
        "Roberto",
        end_date=None,
        elected_on=date(2022, 1, 27),
        title="Sindaco",
        municipality="Pinasca",
        email="sindaco@comune.pinasca.to.it",
        phone="+39 0121 800 000",
        notes="Confermato.\nSeconda riga.",
    ),
    _entry(5, "D'Àngelo", "Niccolò", DEPUTY, is_vicar=True, municipality="001191"),
    _entry(5, "Bianchi", "Anna", DEPUTY, start=date(2024, 3, 1)),
    _entry(5, "Verdi", "Luca", start=date(2015, 6, 29), end_date=date(2022, 1, 27)),
    _entry(5, "Neri", "Paola", DEPUTY, start=date(2019, 1, 1), end_date=date(2022, 1, 27)),
    _entry(3, "Bosso", "Cristiano", start=date(2022, 1, 28), end_date=TODAY),  # ends today
    _entry(3, "Futura", "Fiorella", DEPUTY, is_vicar=True, start=date(2026, 11, 26)),
    _entry(9, "Chiantore", "Matteo", title="Sindaco di Ivrea 🏰", notes="Eletto 😀"),
    # Hostile text in every text column must stay text.
    _entry(
        10,
        HOSTILE[0],
        HOSTILE[3],
        DEPUTY,
        title=HOSTILE[2],
        municipality=HOSTILE[4],
        email=HOSTILE[3],
        phone=HOSTILE[1],
        notes=HOSTILE[5],
    ),
    _entry(10, "O'Neill", "Seán", title='Consigliere "delegato" <b>', notes="'apostrofo"),
]


@pytest.fixture
def workbook_path(tmp_path):
    path = tmp_path / "rappresentanti.xlsx"
    write_roster_workbook(path, ZONES, ENTRIES, today=TODAY)
    return path


def _values(ws, row: int) -> list:
    return [cell.value for cell in ws[row]]


def test_sheets_overview_summary_then_one_per_zone(workbook_path):
    wb = openpyxl.load_workbook(workbook_path)
    assert wb.sheetnames == [
        "Panoramica",
        "Riepilogo",
        "Zona 1 Torino",
        "Zona 2 AMT Ovest",
        "Zona 3 AMT Sud",
        "Zona 4 AMT Nord",
        "Zona 5 Pinerolese",
        "Zona 6 Valli di Susa e Sangone",
        "Zona 7 Ciriacese-Valli di Lanzo",
        "Zona 8 Canavese occidentale",
        "Zona 9 Eporediese",
        "Zona 10 Chivassese",
        "Zona 11 Chierese - Carmagnolese",
    ]
    assert all(len(name) <= 31 for name in wb.sheetnames)
    assert wb.properties.title == "Rappresentanti delle zone omogenee"
    assert wb.properties.creator == "rtdesk"


def test_every_sheet_has_a_styled_frozen_filtered_header(workbook_path):
    wb = openpyxl.load_workbook(workbook_path)
    for ws in wb.worksheets:
        header = ws[1]
        assert all(cell.font.bold for cell in header), ws.title
        assert {cell.fill.fgColor.rgb for cell in header} == {"001F4E78"}, ws.title
        assert ws.freeze_panes == "A2", ws.title
        last_column = openpyxl.utils.get_column_letter(len(header))
        assert ws.auto_filter.ref == f"A1:{last_column}{max(ws.max_row, 1)}", ws.title
        for cell in header:
            width = ws.column_dimensions[cell.column_letter].width
            assert len(cell.value) + 2 <= width <= 63, (ws.title, cell.value, width)


def test_overview_lists_every_mandate_with_italian_headers(workbook_path):
    ws = openpyxl.load_workbook(workbook_path)["Panoramica"]
    assert _values(ws, 1) == [
        "Zona",
        "Nome zona",
        "Cognome",
        "Nome",
        "Ruolo",
        "Carica",
        "Comune",
        "Email",
        "Telefono",
        "Inizio",
        "Fine",
        "Data elezione",
        "Stato",
        "Note",
    ]
    assert ws.max_row == 1 + len(ENTRIES)
    assert ws.auto_filter.ref == f"A1:N{1 + len(ENTRIES)}"
    assert _values(ws, 2) == [
        3,
        "Area Metropolitana Torino Sud",
        "Bosso",
        "Cristiano",
        "Portavoce",
        None,
        None,
        None,
        None,
        datetime(2022, 1, 28),
        datetime(2026, 11, 25),
        None,
        "In carica",
        None,
    ]
    # Zone order, then in office first (spokesperson, vicar, deputy), then newest first.
    zone5 = [
        (r[2].value, r[4].value, r[12].value) for r in ws.iter_rows(min_row=2) if r[0].value == 5
    ]
    assert zone5 == [
        ("Rostagno", "Portavoce", "In carica"),
        ("D'Àngelo", "Vice portavoce vicario", "In carica"),
        ("Bianchi", "Vice portavoce", "In carica"),
        ("Neri", "Vice portavoce", "Concluso"),
        ("Verdi", "Portavoce", "Concluso"),
    ]
    assert ws["A2"].data_type == "n"


def test_dates_are_real_excel_dates_shown_day_first(workbook_path):
    ws = openpyxl.load_workbook(workbook_path)["Zona 5 Pinerolese"]
    start, end, elected = ws["J2"], ws["K2"], ws["L2"]
    assert (start.value, start.data_type, start.number_format) == (
        datetime(2022, 1, 28),
        "d",
        "dd/mm/yyyy",
    )
    assert end.value is None
    assert (elected.value, elected.number_format) == (datetime(2022, 1, 27), "dd/mm/yyyy")
    assert ws["N2"].value == "Confermato.\nSeconda riga." and ws["N2"].alignment.wrap_text


def test_hostile_text_is_stored_as_text_never_as_a_formula(workbook_path):
    wb = openpyxl.load_workbook(workbook_path)  # formulas would come back as "=..." type "f"
    ws = wb["Zona 10 Chivassese"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == HOSTILE[0])
    cells = {ws.cell(1, c.column).value: c for c in row}
    expected = {
        "Cognome": HOSTILE[0],
        "Nome": HOSTILE[3],
        "Carica": HOSTILE[2],
        "Comune": HOSTILE[4],
        "Email": HOSTILE[3],
        "Telefono": HOSTILE[1],
        "Note": HOSTILE[5],
    }
    for header, text in expected.items():
        assert (cells[header].value, cells[header].data_type) == (text, "s"), header
    # And at the file level: no formula element anywhere in any sheet.
    with zipfile.ZipFile(workbook_path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 13
        for name in sheets:
            xml = archive.read(name).decode()
            assert "<f>" not in xml and "<f " not in xml, name
            assert 't="e"' not in xml, name


def test_summary_shows_who_is_in_office_today_or_da_nominare(workbook_path):
    ws = openpyxl.load_workbook(workbook_path)["Riepilogo"]
    assert _values(ws, 1) == [
        "Zona",
        "Nome zona",
        "Portavoce",
        "Vice portavoce vicario",
        "Altri vice portavoce",
        "Situazione al",
    ]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert list(rows) == list(range(1, 12))
    assert rows[5][:5] == (
        5,
        "Pinerolese",
        "Roberto Rostagno (Pinasca)",
        "Niccolò D'Àngelo (001191)",
        "Anna Bianchi",
    )
    # Zone 3: the spokesperson's term ends today (still in office); the vicar starts tomorrow.
    assert rows[3][2:5] == ("Cristiano Bosso", "DA NOMINARE", None)
    assert rows[1][2:5] == ("DA NOMINARE", "DA NOMINARE", None)
    assert all(r[5] == datetime(2026, 11, 25) for r in rows.values())
    assert ws["F2"].number_format == "dd/mm/yyyy"


def test_english_workbook(tmp_path):
    path = tmp_path / "roster.xlsx"
    write_roster_workbook(path, ZONES, ENTRIES, today=TODAY, language="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == ["Overview", "Summary", "Zone 1 Torino", "Zone 2 AMT Ovest"]
    assert _values(wb["Overview"], 1)[:6] == [
        "Zone",
        "Zone name",
        "Family name",
        "Given name",
        "Role",
        "Title",
    ]
    summary = {r[0]: r for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary[1][2] == "TO BE APPOINTED"
    roles = {r[4] for r in wb["Zone 5 Pinerolese"].iter_rows(min_row=2, values_only=True)}
    assert roles == {"Spokesperson", "Deputy (vicar)", "Deputy"}
    assert wb.properties.title == "Representatives of the zones"


def _identity(entries):
    return sorted((replace(e, source_row=None) for e in entries), key=repr)


@pytest.mark.parametrize("language", ["it", "en"])
def test_round_trip_gives_back_exactly_the_same_entries(tmp_path, language):
    path = tmp_path / "roster.xlsx"
    write_roster_workbook(path, ZONES, ENTRIES, today=TODAY, language=language)
    again = read_roster(path, dict(ZONES))
    assert _identity(again) == _identity(ENTRIES)
    assert [e.source_row for e in again] == list(range(2, 2 + len(ENTRIES)))
    # Exporting what was read gives the same workbook content.
    second = tmp_path / "second.xlsx"
    write_roster_workbook(second, ZONES, again, today=TODAY, language=language)
    first_wb, second_wb = openpyxl.load_workbook(path), openpyxl.load_workbook(second)
    for name in first_wb.sheetnames:
        assert list(first_wb[name].values) == list(second_wb[name].values), name


def test_one_zone_sheet_alone_imports_too(tmp_path, workbook_path):
    wb = openpyxl.load_workbook(workbook_path)
    for name in wb.sheetnames:
        if name != "Zona 5 Pinerolese":
            del wb[name]
    single = tmp_path / "zona5.xlsx"
    wb.save(single)
    again = read_roster(single, dict(ZONES))
    assert _identity(again) == _identity([e for e in ENTRIES if e.zone_number == 5])


def test_empty_roster_still_has_every_sheet(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_roster_workbook(path, ZONES, [], today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 13
    assert wb["Panoramica"].max_row == 1 and wb["Panoramica"].auto_filter.ref == "A1:N1"
    assert read_roster(path, dict(ZONES)) == []


def test_existing_file_is_replaced_and_no_temporary_file_is_left(tmp_path, workbook_path):
    write_roster_workbook(workbook_path, ZONES, ENTRIES[:1], today=TODAY)
    assert len(read_roster(workbook_path, dict(ZONES))) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["rappresentanti.xlsx"]


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path, workbook_path, monkeypatch):
    before = workbook_path.read_bytes()

    def disk_full(self, filename):
        with open(filename, "wb") as half:
            half.write(b"PK")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(ValidationError, match="No space left on device"):
        write_roster_workbook(workbook_path, ZONES, ENTRIES[:1], today=TODAY)
    assert workbook_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["rappresentanti.xlsx"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_roster_workbook(tmp_path / "no" / "r.xlsx", ZONES, ENTRIES, today=TODAY)


def test_programming_errors_are_not_disguised(tmp_path):
    with pytest.raises(ValueError, match="zones not given"):
        write_roster_workbook(tmp_path / "r.xlsx", ZONES[:3], ENTRIES, today=TODAY)
    with pytest.raises(ValueError, match="language"):
        write_roster_workbook(tmp_path / "r.xlsx", ZONES, ENTRIES, today=TODAY, language="fr")


def test_sheet_titles_are_valid_and_unique():
    assert sheet_title("Zona 1: a/b\\c?d*e[f]") == "Zona 1- a-b-c-d-e-f"
    assert sheet_title("'quoted'") == "quoted"
    long_name = "Zona 7 " + "x" * 40
    first = sheet_title(long_name)
    second = sheet_title(long_name, [first])
    third = sheet_title(long_name, [first, second.upper()])
    assert len(first) == len(second) == len(third) == 31
    assert second.endswith(" (2)") and third.endswith(" (3)")


def test_text_excel_cannot_hold_is_cleaned():
    assert clean_text("a\x00b\x07c\td\ne") == "abc\td\ne"
    long_text = clean_text("x" * 40_000)
    assert len(long_text) == EXCEL_TEXT_LIMIT and long_text.endswith(" […]")


def test_control_characters_and_long_notes_do_not_break_the_export(tmp_path):
    # Word's manual line break (VT) becomes a line break, as in every workbook rtdesk writes.
    entry = _entry(1, "Lo\x00Russo", "Stefano", notes="riga\x0bdue " + "n" * 40_000)
    path = tmp_path / "r.xlsx"
    write_roster_workbook(path, ZONES, [entry], today=TODAY)
    [read] = read_roster(path, dict(ZONES))
    assert read.family_name == "LoRusso"
    assert read.notes.startswith("riga\ndue n")
    assert len(read.notes) == EXCEL_TEXT_LIMIT
