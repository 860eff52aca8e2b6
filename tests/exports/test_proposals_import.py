"""Reading a proposals register workbook: columns, cells, every bad row reported, hostile files."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import ImportRejected, ValidationError
from rtdesk.domain.proposals import ProposalEntry
from rtdesk.exports.proposals_import import PROPOSAL_COLUMNS, read_proposals

ZONES = {n: f"Zona {n}" for n in range(1, 12)} | {5: "Pinerolese", 6: "Valli Susa e Sangone"}
HEADER = ["Codice", "Titolo", "Zona", "Presentata il", "Stato", "Temi", "Esito", "Data esito"]
DOC = Path(__file__).resolve().parents[2] / "docs" / "proposals-import.md"


def _book(path: Path, rows: list[list], title: str = "Foglio1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_complete_register(tmp_path):
    rows = [
        HEADER,
        [
            "P-2024-007",
            "Trasporto scolastico",
            "Pinerolese; 6",
            "12/03/2024",
            "Approvata",
            "Scuola, Mobilità",
            "+ Approvata all'unanimità",
            datetime(2024, 5, 2),
        ],
        [None, "  Città   sostenibile ", 1, datetime(2024, 4, 1), None, None, None, None],
        [None, None, None, None, None, None, None, None],
        ["p-2024-9", "Sportello", "Zona 3", "2024-06-01", "in attuazione", None, None, None],
    ]
    entries = read_proposals(_book(tmp_path / "p.xlsx", rows), ZONES)
    assert entries == [
        ProposalEntry(
            source_row=2,
            title="Trasporto scolastico",
            submitted_on=date(2024, 3, 12),
            status=ProposalStatus.APPROVED,
            code="P-2024-007",
            proposing_zones=(5, 6),
            themes=("Scuola", "Mobilità"),
            resolution="+ Approvata all'unanimità",
            resolved_on=date(2024, 5, 2),
        ),
        ProposalEntry(3, "Città sostenibile", date(2024, 4, 1), proposing_zones=(1,)),
        ProposalEntry(
            5,
            "Sportello",
            date(2024, 6, 1),
            status=ProposalStatus.IN_IMPLEMENTATION,
            code="P-2024-009",
            proposing_zones=(3,),
        ),
    ]


def test_every_bad_row_is_reported(tmp_path):
    rows = [
        HEADER,
        ["P-2024-001", "Buona", 5, "01/02/2024", None, None, None, None],
        ["X-1", "Codice sbagliato", 5, "01/02/2024", None, None, None, None],
        [None, None, 5, "01/02/2024", None, None, None, None],
        [None, "Zona inesistente", 14, "01/02/2024", None, None, None, None],
        [None, "Stato strano", 1, "01/02/2024", "forse", None, None, None],
        ["P-2024-001", "Doppione", 1, "01/02/2024", None, None, None, None],
        ["P-2023-002", "Anno diverso", 1, "01/02/2024", None, None, None, None],
        [None, "Date", 1, "01/02/2024", None, None, None, "01/01/2024"],
        [None, "Data assurda", 1, "31/02/2024", None, None, None, None],
    ]
    with pytest.raises(ImportRejected) as caught:
        read_proposals(_book(tmp_path / "p.xlsx", rows), ZONES)
    problems = caught.value.problems
    assert [p.row for p in problems] == [3, 4, 5, 6, 7, 8, 9, 10]
    assert problems[1].column == "Titolo" and "empty" in problems[1].message
    assert "no zone 14" in problems[2].message
    assert "not a status" in problems[3].message
    assert "already in row 2" in problems[4].message


def test_missing_required_columns(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        read_proposals(
            _book(tmp_path / "p.xlsx", [["Codice", "Titolo"], ["P-2024-001", "A"]]), ZONES
        )
    assert [p.row for p in caught.value.problems] == [None]
    assert "submission date" in caught.value.problems[0].message


def test_hostile_files_are_refused(tmp_path):
    text = tmp_path / "p.xlsx"
    text.write_text("Codice;Titolo\nP-2024-001;A\n")
    with pytest.raises(ValidationError, match=r"not an Excel \.xlsx workbook"):
        read_proposals(text, ZONES)
    good = _book(tmp_path / "laughs.xlsx", [["Titolo", "Data"], ["A", "01/01/2024"]])
    with zipfile.ZipFile(good) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    laughs = "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    parts[sheet] = f'<!DOCTYPE lolz [<!ENTITY lol "lol">{laughs}]>'.encode() + parts[sheet]
    with zipfile.ZipFile(good, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(ValidationError):
        read_proposals(good, ZONES)


def test_the_documentation_lists_every_column_name():
    text = DOC.read_text(encoding="utf-8")
    for names in PROPOSAL_COLUMNS.values():
        for name in names:
            assert f"“{name}”" in text or f"`{name}`" in text, name
