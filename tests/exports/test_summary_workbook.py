"""The summary workbook: every sheet read back, text never a formula, progress, cancel, failure."""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    MandateRole,
    MeetingMode,
    MeetingStatus,
    Presence,
    ProposalStatus,
)
from rtdesk.domain.errors import ValidationError
from rtdesk.domain.roster import RosterEntry
from rtdesk.domain.summary import (
    ActionSummaryRow,
    AdoptionMatrixRow,
    AttendanceRow,
    ProposalSummaryRow,
    SessionSummaryRow,
    SummaryData,
    label,
    sort_actions,
)
from rtdesk.exports.summary_workbook import (
    ExportCancelled,
    write_summary_workbook,
)
from rtdesk.exports.xlsx_style import EXCEL_TEXT_LIMIT, TRUNCATION_MARK, clean_text

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
SHEETS_IT = [
    "Info",
    "Grafici",
    "Proposte",
    "Adozione",
    "Sedute",
    "Presenze",
    "Azioni",
    "Rappresentanti",
]
SHEETS_EN = [
    "Info",
    "Charts",
    "Proposals",
    "Adoption",
    "Sessions",
    "Attendance",
    "Actions",
    "Roster",
]
HOSTILE = [
    '=HYPERLINK("http://evil","click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1",
    "-1",
    "=1+1",
    "\t=1+1",
    "#N/A",
    "#DIV/0!",
    "-2+3",
]
ACCENTED = "Mobilità sostenibile: perché è più facile 🚲 — “virgolette” l’accento"

S, A, P, M = ProposalStatus, AdoptionState, Presence, MeetingStatus
Z = None  # nothing recorded for a zone


def proposal(code: str, title: str, status: ProposalStatus = S.SUBMITTED, **more):
    fields = {"submitted_on": date(2026, 1, 15)} | more
    return ProposalSummaryRow(code, title, status, **fields)


PROPOSALS = [
    proposal(
        "P-2026-001",
        ACCENTED,
        S.APPROVED,
        proposing_zones_text="1, 4, 7",
        proposer="Sindaca di Ivrea",
        themes_text="Mobilità; Scuola",
        strategic_axis="Asse 2 – Torino metropoli più attrattiva",
        resolution="Approvata all'unanimità",
        resolved_on=date(2026, 3, 2),
        discussed_at_text="1/2026, 2/2026",
    ),
    proposal("P-2026-002", "Senza date", S.SUBMITTED, submitted_on=None),
    *(proposal(f"P-2026-{10 + i:03d}", text, S.UNDER_DISCUSSION) for i, text in enumerate(HOSTILE)),
    proposal("P-2026-030", "Riga uno\r\nRiga due\rRiga tre", S.DEFERRED, proposer="=cmd"),
    proposal("P-2026-031", "Nul\x00 tab\x0bvt\x0cff\x1fus\ufffe fine", S.REJECTED),
    proposal("P-2026-032", "x" * (EXCEL_TEXT_LIMIT + 10), S.WITHDRAWN),
]
ADOPTION = [
    AdoptionMatrixRow(
        "P-2026-001",
        ACCENTED,
        S.APPROVED,
        (
            A.ADOPTED,
            A.PLANNED,
            A.ADOPTING,
            A.NOT_STARTED,
            A.NOT_APPLICABLE,
            Z,
            A.ADOPTED,
            Z,
            Z,
            Z,
            A.ADOPTED,
        ),
    ),
    AdoptionMatrixRow("P-2026-040", "=2*3", S.IMPLEMENTED, (Z,) * 11),
]
SESSIONS = [
    SessionSummaryRow(
        "1/2026",
        date(2026, 2, 3),
        "Sala “Bobbio”",
        MeetingMode.HYBRID,
        M.MINUTES_APPROVED,
        7,
        11,
        True,
        5,
    ),
    SessionSummaryRow(
        "2/2026", date(2026, 3, 2), "@Collegamento", MeetingMode.ONLINE, M.HELD, 4, 11, False, 3
    ),
    SessionSummaryRow(
        "3/2026", date(2026, 12, 1), "", MeetingMode.IN_PERSON, M.PLANNED, None, 11, None, 0
    ),
]
ATTENDANCE = [
    AttendanceRow("1/2026", date(2026, 2, 3), (P.PRESENT,) * 7 + (P.ABSENT,) * 3 + (P.EXCUSED,)),
    AttendanceRow("2/2026", date(2026, 3, 2), (P.PRESENT,) * 4 + (P.ABSENT,) * 6 + (Z,)),
    AttendanceRow("3/2026", date(2026, 12, 1), (Z,) * 11),
]
ACTIONS = [
    ActionSummaryRow("Chiusa", "Ufficio", 2, date(2026, 1, 1), ActionStatus.DONE, "1/2026"),
    ActionSummaryRow("Futura", "Segreteria", None, date(2026, 12, 31), ActionStatus.OPEN),
    ActionSummaryRow("Annullata", "", 3, date(2025, 1, 1), ActionStatus.CANCELLED),
    ActionSummaryRow("Oggi", "Zona 5", 5, TODAY, ActionStatus.IN_PROGRESS),
    ActionSummaryRow(
        "=Scaduta da tempo",
        "+39 011",
        1,
        date(2026, 1, 10),
        ActionStatus.OPEN,
        "1/2026",
        "P-2026-001",
    ),
    ActionSummaryRow("Scaduta ieri", "Zona 7", 7, date(2026, 11, 24), ActionStatus.IN_PROGRESS),
    ActionSummaryRow("Senza scadenza", "Zona 9", 9, None, ActionStatus.OPEN),
]
ROSTER = [
    RosterEntry(5, "Rostagno", "Roberto", MandateRole.SPOKESPERSON, False, date(2022, 1, 28)),
    RosterEntry(
        1, "D'Àngelo", "Niccolò", MandateRole.DEPUTY, True, date(2022, 1, 28), notes="@nota"
    ),
    RosterEntry(1, "Rossi", "Maria", MandateRole.SPOKESPERSON, False, date(2022, 1, 28)),
]


def make_data(**overrides) -> SummaryData:
    # Generators, as the service hands them out: each is consumed exactly once.
    fields = {
        "zones": ZONES,
        "today": TODAY,
        "proposals": (row for row in PROPOSALS),
        "adoption": (row for row in ADOPTION),
        "sessions": (row for row in SESSIONS),
        "attendance": (row for row in ATTENDANCE),
        "actions": (row for row in ACTIONS),
        "roster": (row for row in ROSTER),
        "year": 2026,
    }
    return SummaryData(**(fields | overrides))


@pytest.fixture
def workbook_path(tmp_path) -> Path:
    path = tmp_path / "riepilogo.xlsx"
    write_summary_workbook(make_data(), path)
    return path


@pytest.fixture
def wb(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    yield book
    book.close()


@pytest.fixture
def private_tempdir(tmp_path, monkeypatch) -> Path:
    """openpyxl streams rows into files in the temp folder: give it one we can inspect."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def values(ws, row: int) -> list:
    return [cell.value for cell in ws[row]]


def fill_of(cell) -> str | None:
    if cell.fill.fill_type != "solid":
        return None
    return cell.fill.fgColor.rgb[-6:]


# --- domain ----------------------------------------------------------------------------


def test_every_enum_member_has_a_word_in_both_languages_and_same_values_do_not_collide():
    for enum in (ProposalStatus, AdoptionState, Presence, MeetingStatus, MeetingMode, ActionStatus):
        for member in enum:
            assert label(member, "it") and label(member, "en")
    # "planned" is both a session status and an adoption state: different words.
    assert label(MeetingStatus.PLANNED, "it") == "Programmata"
    assert label(AdoptionState.PLANNED, "it") == "Prevista"
    assert label(ProposalStatus.ADMITTED) == "Ammessa all'ordine del giorno"
    assert label(Presence.EXCUSED, "en") == "Excused"
    with pytest.raises(ValueError):
        label(Presence.EXCUSED, "fr")


def test_overdue_means_open_and_due_before_today():
    by_name = {row.description: row for row in ACTIONS}
    assert by_name["Scaduta ieri"].is_overdue(TODAY)
    assert not by_name["Oggi"].is_overdue(TODAY)
    assert not by_name["Chiusa"].is_overdue(TODAY)
    assert not by_name["Annullata"].is_overdue(TODAY)
    assert not by_name["Senza scadenza"].is_overdue(TODAY)
    order = [row.description for row in sort_actions(ACTIONS, TODAY)]
    assert order == [
        "=Scaduta da tempo",
        "Scaduta ieri",
        "Oggi",
        "Futura",
        "Senza scadenza",
        "Chiusa",
        "Annullata",
    ]


def test_summary_data_refuses_bad_zones_and_languages():
    with pytest.raises(ValueError):
        make_data(zones=[(1, "A"), (1, "B")])
    with pytest.raises(ValueError):
        make_data(zones=[])
    with pytest.raises(ValueError):
        make_data(language="de")


def test_clean_text_keeps_text_as_typed_except_what_xml_cannot_carry():
    assert clean_text(ACCENTED) == ACCENTED
    assert clean_text("=1+1") == "=1+1"
    assert clean_text("a\r\nb\rc\x0bd\x0ce") == "a\nb\nc\nd\ne"
    assert clean_text("a\x00b\x1fc\ufffed\ud800e\tf") == "abcde\tf"
    long = clean_text("y" * (EXCEL_TEXT_LIMIT + 1))
    assert len(long) == EXCEL_TEXT_LIMIT and long.endswith(TRUNCATION_MARK)


# --- the workbook ----------------------------------------------------------------------


def test_sheets_properties_and_info(wb):
    assert wb.sheetnames == SHEETS_IT
    assert wb.properties.creator == "rtdesk"
    assert wb.properties.title == "Tavolo permanente delle zone omogenee — riepilogo 2026"
    info = wb["Info"]
    assert info["A1"].value == "Tavolo permanente delle zone omogenee — riepilogo"
    assert info["A1"].font.b
    assert values(info, 2)[:2] == ["Generato il", datetime(2026, 11, 25)]
    assert info["B2"].number_format == "dd/mm/yyyy"
    assert values(info, 3)[:2] == ["Anno", 2026]
    listed = {row[0]: row[2] for row in info.iter_rows(min_row=7, max_row=13, values_only=True)}
    assert listed == {
        "Grafici": None,
        "Proposte": len(PROPOSALS),
        "Adozione": len(ADOPTION),
        "Sedute": len(SESSIONS),
        "Presenze": len(ATTENDANCE),
        "Azioni": len(ACTIONS),
        "Rappresentanti": len(ROSTER),
    }
    legend = {row[1].value: fill_of(row[1]) for row in info.iter_rows(min_row=15) if row[1].value}
    assert legend["Adottata"] == "C6EFCE"
    assert legend["Assente"] == "FFC7CE"
    assert legend["In ritardo"] == "FFC7CE"


@pytest.mark.parametrize(
    ("sheet", "headers", "freeze", "filter_ref"),
    [
        (
            "Proposte",
            [
                "Codice",
                "Titolo",
                "Stato",
                "Presentata il",
                "Zone proponenti",
                "Proponente",
                "Temi",
                "Asse del Piano strategico",
                "Decisione",
                "Data decisione",
                "Discussa nelle sedute",
            ],
            "B2",
            f"A1:K{len(PROPOSALS) + 1}",
        ),
        (
            "Adozione",
            [
                "Codice",
                "Titolo",
                "Stato",
                *(f"Zona {n}\n{name}" for n, name in ZONES),
                "Zone che l'hanno adottata",
            ],
            "C2",
            "A1:O3",
        ),
        (
            "Sedute",
            [
                "Seduta",
                "Data",
                "Luogo",
                "Modalità",
                "Stato",
                "Zone presenti",
                "Zone totali",
                "Numero legale raggiunto",
                "Punti all'ordine del giorno",
            ],
            "B2",
            "A1:I4",
        ),
        (
            "Presenze",
            [
                "Seduta",
                "Data",
                *(f"Zona {n}\n{name}" for n, name in ZONES),
                "Zone presenti",
                "Quota presenti",
            ],
            "C2",
            "A1:O4",
        ),
        (
            "Azioni",
            [
                "Descrizione",
                "Responsabile",
                "Zona",
                "Scadenza",
                "Stato",
                "In ritardo",
                "Seduta di origine",
                "Proposta",
            ],
            "A2",
            f"A1:H{len(ACTIONS) + 1}",
        ),
        (
            "Rappresentanti",
            [
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
            ],
            "C2",
            "A1:N4",
        ),
    ],
)
def test_table_sheets_have_styled_frozen_filtered_headers(wb, sheet, headers, freeze, filter_ref):
    ws = wb[sheet]
    assert values(ws, 1)[: len(headers)] == headers
    assert ws.max_column == len(headers)
    assert ws.freeze_panes == freeze
    assert ws.auto_filter.ref == filter_ref
    for cell in ws[1]:
        assert cell.font.b
        assert fill_of(cell) == "1F4E78"
        assert cell.border.bottom.style == "medium"
        assert cell.data_type == "s"
    assert ws.column_dimensions["A"].width > 5
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$1"  # the header row repeats on every page


def test_proposals_values_dates_and_hostile_text(wb):
    ws = wb["Proposte"]
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    first = rows["P-2026-001"]
    assert [c.value for c in first] == [
        "P-2026-001",
        ACCENTED,
        "Approvata",
        datetime(2026, 1, 15),
        "1, 4, 7",
        "Sindaca di Ivrea",
        "Mobilità; Scuola",
        "Asse 2 – Torino metropoli più attrattiva",
        "Approvata all'unanimità",
        datetime(2026, 3, 2),
        "1/2026, 2/2026",
    ]
    for date_cell in (first[3], first[9]):
        assert date_cell.is_date and date_cell.number_format == "dd/mm/yyyy"
    undated = rows["P-2026-002"]
    assert undated[3].value is None and undated[9].value is None
    for index, text in enumerate(HOSTILE):
        cell = rows[f"P-2026-{10 + index:03d}"][1]
        assert cell.value == text
        assert cell.data_type == "s"
    multi = rows["P-2026-030"]
    assert multi[1].value == "Riga uno\nRiga due\nRiga tre"
    assert multi[1].alignment.wrap_text
    assert multi[5].value == "=cmd" and multi[5].data_type == "s"
    assert rows["P-2026-031"][1].value == "Nul tab\nvt\nffus fine"
    cut = rows["P-2026-032"][1].value
    assert len(cut) == EXCEL_TEXT_LIMIT and cut.endswith(TRUNCATION_MARK)
    assert [row[2].value for row in ws.iter_rows(min_row=2)][:3] == [
        "Approvata",
        "Presentata",
        "In discussione",
    ]


def test_no_sheet_holds_a_formula(workbook_path):
    with zipfile.ZipFile(workbook_path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 8
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
            assert 't="e"' not in xml, name  # "#N/A" typed by a user is not an error value


def test_adoption_matrix_fills_and_count(wb):
    ws = wb["Adozione"]
    row = ws[2]
    assert [c.value for c in row[:3]] == ["P-2026-001", ACCENTED, "Approvata"]
    states = [c.value for c in row[3:14]]
    assert states == [
        "Adottata",
        "Prevista",
        "In adozione",
        "Non avviata",
        "Non applicabile",
        None,
        "Adottata",
        None,
        None,
        None,
        "Adottata",
    ]
    assert [fill_of(c) for c in row[3:9]] == [
        "C6EFCE",
        "DDEBF7",
        "FFEB9C",
        "F8CBAD",
        "D9D9D9",
        None,
    ]
    assert row[14].value == 3
    empty = ws[3]
    assert empty[1].value == "=2*3" and empty[1].data_type == "s"
    assert [c.value for c in empty[3:14]] == [None] * 11
    assert empty[14].value == 0
    assert ws.row_dimensions[1].height == 60


def test_sessions_sheet(wb):
    ws = wb["Sedute"]
    assert values(ws, 2) == [
        "1/2026",
        datetime(2026, 2, 3),
        "Sala “Bobbio”",
        "Mista",
        "Verbale approvato",
        7,
        11,
        "Sì",
        5,
    ]
    assert ws["B2"].number_format == "dd/mm/yyyy"
    assert values(ws, 3)[2:8] == ["@Collegamento", "A distanza", "Svolta", 4, 11, "No"]
    assert ws["C3"].data_type == "s"
    assert fill_of(ws["H3"]) == "FFC7CE"
    assert values(ws, 4)[3:9] == ["In presenza", "Programmata", None, 11, None, 0]


def test_attendance_matrix_rates_and_totals(wb):
    ws = wb["Presenze"]
    first = ws[2]
    assert [c.value for c in first[:2]] == ["1/2026", datetime(2026, 2, 3)]
    assert [c.value for c in first[2:13]] == ["Presente"] * 7 + ["Assente"] * 3 + ["Giustificato"]
    assert [fill_of(c) for c in (first[2], first[9], first[12])] == ["C6EFCE", "FFC7CE", "FFEB9C"]
    assert first[13].value == 7
    assert first[14].value == pytest.approx(7 / 11)
    assert first[14].number_format == "0%"
    second = ws[3]
    assert second[12].value is None and second[14].value == pytest.approx(4 / 10)
    unrecorded = ws[4]
    assert [c.value for c in unrecorded[2:15]] == [None] * 13
    # Totals under the table, outside the filter, after an empty row.
    assert ws.auto_filter.ref == "A1:O4"
    assert values(ws, 5) == [None] * 15
    assert values(ws, 6) == ["Presenze", None, 2, 2, 2, 2, 1, 1, 1, 0, 0, 0, 0, 11, None]
    assert values(ws, 7) == ["Sedute registrate", None, *([2] * 10), 1, 21, None]
    rates = values(ws, 8)
    assert rates[0] == "Tasso di presenza"
    assert rates[2:13] == pytest.approx([1, 1, 1, 1, 0.5, 0.5, 0.5, 0, 0, 0, 0])
    assert rates[13] is None and rates[14] == pytest.approx(11 / 21)
    assert ws["C8"].number_format == "0%" and ws["A8"].font.b


def test_actions_sorted_with_overdue_highlighted(wb):
    ws = wb["Azioni"]
    rows = list(ws.iter_rows(min_row=2))
    assert [r[0].value for r in rows] == [
        "=Scaduta da tempo",
        "Scaduta ieri",
        "Oggi",
        "Futura",
        "Senza scadenza",
        "Chiusa",
        "Annullata",
    ]
    first = rows[0]
    assert [c.value for c in first] == [
        "=Scaduta da tempo",
        "+39 011",
        1,
        datetime(2026, 1, 10),
        "Aperta",
        "Sì",
        "1/2026",
        "P-2026-001",
    ]
    assert first[0].data_type == "s" and first[1].data_type == "s"
    assert first[3].number_format == "dd/mm/yyyy"
    for row in rows[:2]:
        assert {fill_of(c) for c in row} == {"FFC7CE"}
        assert row[0].font.color.rgb.endswith("9C0006")
    for row in rows[2:]:
        assert {fill_of(c) for c in row} == {None}
        assert row[5].value == "No"
    assert rows[3][2].value is None  # no zone
    assert rows[4][3].value is None  # no due date


def test_roster_sheet(wb):
    ws = wb["Rappresentanti"]
    rows = [values(ws, n) for n in range(2, 5)]
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "Torino", "Rossi", "Portavoce"),
        (1, "Torino", "D'Àngelo", "Vice portavoce vicario"),
        (5, "Pinerolese", "Rostagno", "Portavoce"),
    ]
    assert rows[1][13] == "@nota" and ws["N3"].data_type == "s"
    assert ws["J2"].is_date and ws["J2"].number_format == "dd/mm/yyyy"
    assert rows[0][12] == "In carica"


def test_charts_sheet_data_and_native_charts(wb, workbook_path):
    ws = wb["Grafici"]
    assert values(ws, 1) == [
        "Stato",
        "Proposte",
        None,
        "Zona",
        "Tasso di presenza",
        "Presenze",
        "Sedute registrate",
    ]
    counts = {row[0]: row[1] for row in ws.iter_rows(min_row=2, max_row=10, values_only=True)}
    assert counts == {
        "Presentata": 1,
        "Ammessa all'ordine del giorno": 0,
        "In discussione": len(HOSTILE),
        "Approvata": 1,
        "Respinta": 1,
        "Rinviata": 1,
        "Ritirata": 1,
        "In attuazione": 0,
        "Attuata": 0,
    }
    assert values(ws, 2)[3:] == ["1 Torino", 1, 2, 2]
    assert values(ws, 10)[3:] == ["9 Eporediese", 0, 0, 2]
    assert values(ws, 12)[3] == "11 Chierese - Carmagnolese"
    assert values(ws, 12)[4] == 0 and values(ws, 12)[6] == 1
    assert ws["E2"].number_format == "0%"
    assert len(ws._charts) == 2
    with zipfile.ZipFile(workbook_path) as archive:
        charts = sorted(n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml", n))
        assert len(charts) == 2
        by_status, by_zone = (archive.read(name).decode("utf-8") for name in charts)
    assert "'Grafici'!$B$2:$B$10" in by_status and "'Grafici'!$A$2:$A$10" in by_status
    assert '<barDir val="bar"' in by_status and "Proposte per stato" in by_status
    assert "'Grafici'!$E$2:$E$12" in by_zone and "'Grafici'!$D$2:$D$12" in by_zone
    assert '<barDir val="col"' in by_zone and "Tasso di presenza per zona" in by_zone


def test_english_workbook(tmp_path):
    path = tmp_path / "summary.xlsx"
    write_summary_workbook(make_data(language="en", year=None), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_EN
    assert wb.properties.title == "Permanent Round Table of the homogeneous zones — summary"
    assert values(wb["Info"], 3)[:2] == ["Year", "All years"]
    assert values(wb["Proposals"], 1)[:4] == ["Code", "Title", "Status", "Submitted on"]
    assert wb["Proposals"]["C2"].value == "Approved"
    assert wb["Adoption"]["D2"].value == "Adopted"
    assert wb["Attendance"]["L2"].value == "Absent"
    assert values(wb["Sessions"], 2)[3:5] == ["Hybrid", "Minutes approved"]
    assert values(wb["Actions"], 2)[4:6] == ["Open", "Yes"]
    assert wb["Roster"]["E2"].value == "Spokesperson"
    assert wb["Charts"]["A2"].value == "Submitted"


def test_empty_data_still_makes_a_complete_workbook(tmp_path):
    path = tmp_path / "vuoto.xlsx"
    write_summary_workbook(SummaryData(zones=ZONES, today=TODAY), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_IT
    assert wb["Proposte"].auto_filter.ref == "A1:K1"
    assert values(wb["Presenze"], 3)[0] == "Presenze"
    assert values(wb["Info"], 3)[:2] == ["Anno", "Tutti gli anni"]


def test_progress_rises_to_100_through_every_sheet(tmp_path):
    calls: list[tuple[int, str]] = []
    data = make_data(proposal_count=len(PROPOSALS))
    write_summary_workbook(data, tmp_path / "p.xlsx", progress=lambda p, s: calls.append((p, s)))
    percents = [p for p, _ in calls]
    assert percents == sorted(set(percents)) and percents[0] == 0 and percents[-1] == 100
    steps = list(dict.fromkeys(step for _, step in calls))
    assert steps == [*SHEETS_IT[2:], "Grafici", "Info", "Salvataggio del file"]


def test_progress_moves_inside_a_long_sheet(tmp_path):
    rows = [proposal(f"P-2026-{i:03d}", f"Titolo {i}") for i in range(500)]
    calls: list[tuple[int, str]] = []
    data = make_data(proposals=rows, adoption=[], proposal_count=None)
    write_summary_workbook(data, tmp_path / "p.xlsx", progress=lambda p, s: calls.append((p, s)))
    inside = [p for p, step in calls if step == "Proposte"]
    assert len(inside) > 10  # the list's length is known, so the bar moves row by row
    assert [p for p, _ in calls] == sorted({p for p, _ in calls})


def count_checks_then_cancel(after: int):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > after

    return cancelled


@pytest.mark.parametrize("after", [0, 3, 9])
def test_cancel_leaves_no_file_and_keeps_an_existing_one(tmp_path, private_tempdir, after):
    target = tmp_path / "riepilogo.xlsx"
    target.write_bytes(b"the file from last week")
    many = (proposal(f"P-2026-{i:04d}", f"Titolo {i}") for i in range(2_000))
    with pytest.raises(ExportCancelled):
        write_summary_workbook(
            make_data(proposals=many), target, cancelled=count_checks_then_cancel(after)
        )
    assert target.read_bytes() == b"the file from last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riepilogo.xlsx", "system-temp"]
    assert list(private_tempdir.iterdir()) == []


def test_cancel_without_an_existing_file_leaves_nothing(tmp_path, private_tempdir):
    target = tmp_path / "nuovo.xlsx"
    with pytest.raises(ExportCancelled):
        write_summary_workbook(make_data(), target, cancelled=lambda: True)
    assert not target.exists()
    assert list(private_tempdir.iterdir()) == []


def test_failure_mid_write_leaves_no_file_and_keeps_an_existing_one(tmp_path, private_tempdir):
    target = tmp_path / "riepilogo.xlsx"
    target.write_bytes(b"previous")

    def broken_sessions() -> Iterator[SessionSummaryRow]:
        yield SESSIONS[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_summary_workbook(make_data(sessions=broken_sessions()), target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riepilogo.xlsx", "system-temp"]
    assert list(private_tempdir.iterdir()) == []


def test_failure_while_saving_leaves_no_file(tmp_path, private_tempdir, monkeypatch):
    target = tmp_path / "riepilogo.xlsx"
    target.write_bytes(b"previous")
    real_save = Workbook.save

    def save_then_fail(self, filename):
        real_save(self, filename)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", save_then_fail)
    with pytest.raises(ValidationError, match="No space left"):
        write_summary_workbook(make_data(), target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riepilogo.xlsx", "system-temp"]
    assert list(private_tempdir.iterdir()) == []


def test_a_row_with_the_wrong_number_of_zones_is_refused(tmp_path, private_tempdir):
    bad = replace(ADOPTION[0], states=(A.ADOPTED,) * 10)
    with pytest.raises(ValueError, match="10 zone values for 11 zones"):
        write_summary_workbook(make_data(adoption=[bad]), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    assert list(private_tempdir.iterdir()) == []


def test_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_summary_workbook(make_data(), tmp_path / "nowhere" / "x.xlsx")


def test_success_leaves_no_temporary_files(tmp_path, private_tempdir):
    write_summary_workbook(make_data(), tmp_path / "ok.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx", "system-temp"]
    assert list(private_tempdir.iterdir()) == []
