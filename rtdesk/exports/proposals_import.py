"""Read a proposals register kept in a workbook by people (docs/proposals-import.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import ImportRejected, ValidationError
from rtdesk.domain.identifiers import format_proposal_code, parse_proposal_code
from rtdesk.domain.proposals import STATUS_LABELS, ProposalEntry
from rtdesk.domain.summary import PROPOSAL_STATUS_LABELS
from rtdesk.domain.text import QT_TRANSLATE_NOOP, sentences
from rtdesk.exports.xlsx_read import (
    Bad,
    RowReader,
    ZoneIndex,
    blank,
    cell_text,
    choose_sheet,
    column_index,
    date_value,
    folded_words,
    missing_column,
    read_header,
)
from rtdesk.exports.xlsx_safety import CellValue, open_workbook_safely

# Column names accepted in the header row, Italian and English, compared like the roster's
# (case, accents, spaces and punctuation ignored). The summary workbook's "Proposte" sheet
# uses some of them, so it can be read back. docs/proposals-import.md lists them (a test checks).
PROPOSAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Codice", "Codice proposta", "Cod.", "Code", "Proposal code"),
    "title": ("Titolo", "Oggetto", "Proposta", "Title", "Subject"),
    "summary": ("Sintesi", "Descrizione", "Riassunto", "Summary", "Description"),
    "zones": (
        "Zona",
        "Zone",
        "Zona proponente",
        "Zone proponenti",
        "Proposing zone",
        "Proposing zones",
    ),
    "proposer": ("Proponente", "Presentata da", "Proposer", "Proposed by"),
    "themes": ("Tema", "Temi", "Theme", "Themes", "Tags"),
    "strategic_axis": (
        "Asse",
        "Asse PSM",
        "Asse del Piano strategico",
        "Asse Piano strategico",
        "Axis",
        "Strategic axis",
        "Strategic plan axis",
    ),
    "submitted_on": (
        "Presentata il",
        "Data presentazione",
        "Data di presentazione",
        "Data",
        "Submitted on",
        "Submission date",
        "Date",
    ),
    "status": ("Stato", "Status"),
    "resolution": ("Decisione", "Esito", "Deliberazione", "Resolution", "Decision", "Outcome"),
    "resolved_on": (
        "Data decisione",
        "Data esito",
        "Data deliberazione",
        "Resolved on",
        "Resolution date",
        "Decision date",
    ),
}

# How each column is called in messages (marked: the GUI shows them translated).
COLUMN_DESCRIPTIONS = {
    "code": QT_TRANSLATE_NOOP("errors.import", "code"),
    "title": QT_TRANSLATE_NOOP("errors.import", "title"),
    "summary": QT_TRANSLATE_NOOP("errors.import", "summary"),
    "zones": QT_TRANSLATE_NOOP("errors.import", "proposing zones"),
    "proposer": QT_TRANSLATE_NOOP("errors.import", "proposer"),
    "themes": QT_TRANSLATE_NOOP("errors.import", "themes"),
    "strategic_axis": QT_TRANSLATE_NOOP("errors.import", "strategic plan axis"),
    "submitted_on": QT_TRANSLATE_NOOP("errors.import", "submission date"),
    "status": QT_TRANSLATE_NOOP("errors.import", "status"),
    "resolution": QT_TRANSLATE_NOOP("errors.import", "resolution"),
    "resolved_on": QT_TRANSLATE_NOOP("errors.import", "resolution date"),
}

PROPOSAL_SHEETS = ("Proposte", "Registro proposte", "Registro", "Proposals", "Register")
DOCUMENTATION = "docs/proposals-import.md"
REQUIRED = ("title", "submitted_on")
WHAT = QT_TRANSLATE_NOOP("errors.import", "proposal register")

_INDEX = column_index(PROPOSAL_COLUMNS)
_LIST_SEPARATORS = re.compile(r"[;,\n]")

# Status words: the enum values, the domain labels and the summary workbook's labels (it, en).
_STATUS_WORDS: dict[str, ProposalStatus] = {}
for _status in ProposalStatus:
    for _word in (
        _status.value,
        STATUS_LABELS[_status],
        *(labels[_status] for labels in PROPOSAL_STATUS_LABELS.values()),
    ):
        _STATUS_WORDS[folded_words(_word)] = _status
# Words offices commonly use besides the labels above.
_STATUS_WORDS.update(
    {
        "ammessa": ProposalStatus.ADMITTED,
        "all ordine del giorno": ProposalStatus.ADMITTED,
        "in attuazione": ProposalStatus.IN_IMPLEMENTATION,
        "realizzata": ProposalStatus.IMPLEMENTED,
        "bocciata": ProposalStatus.REJECTED,
    }
)


def read_proposals(path: str | Path, zones: Mapping[int, str]) -> list[ProposalEntry]:
    """Every proposal of a register workbook, or `ImportRejected` listing every bad row.

    `zones` maps zone number to official name, so zones may be written as "5", "Zona 5",
    "Pinerolese", several separated by commas or semicolons. File-level problems (not a
    workbook, hostile file, no register sheet) are `ValidationError`s.
    """
    zone_index = ZoneIndex(zones)
    with open_workbook_safely(path) as book:
        sheet = choose_sheet(
            book, PROPOSAL_SHEETS, _INDEX, _is_header, WHAT, documentation=DOCUMENTATION
        )
        rows = book.rows(sheet)
        header = read_header(
            rows,
            _INDEX,
            sheet,
            WHAT,
            descriptions=COLUMN_DESCRIPTIONS,
            documentation=DOCUMENTATION,
            example="Codice, Titolo, Zona, Presentata il, Stato",
        )
        problems = list(header.problems)
        for key in REQUIRED:
            if key not in header.columns:
                problems.append(missing_column(COLUMN_DESCRIPTIONS[key], PROPOSAL_COLUMNS[key]))
        if problems:
            raise ImportRejected(problems, what=WHAT)
        entries: list[ProposalEntry] = []
        codes: dict[str, int] = {}
        for row in rows:
            cells = header.cells(row)
            if all(blank(value) for value in cells.values()):
                continue
            reader = RowReader(row.number, cells, header.names, problems, COLUMN_DESCRIPTIONS)
            entry = _entry(reader, zone_index)
            if entry is None:
                continue
            if entry.code is not None:
                if entry.code in codes:
                    reader.problem(
                        "code",
                        QT_TRANSLATE_NOOP(
                            "errors.import", "The code {code} is already in row {row}."
                        ).format(code=entry.code, row=codes[entry.code]),
                    )
                    continue
                codes[entry.code] = row.number
            entries.append(entry)
    if problems:
        raise ImportRejected(problems, what=WHAT)
    return entries


def _is_header(keys: set[str]) -> bool:
    return set(REQUIRED) <= keys


def _entry(row: RowReader, zones: ZoneIndex) -> ProposalEntry | None:
    code = row.get("code", _code)
    title = row.get("title", _title, required=True)
    submitted_on: date | None = row.get("submitted_on", date_value, required=True)
    status = row.get("status", _status) or ProposalStatus.SUBMITTED
    proposing = row.get("zones", lambda value: _zones(value, zones)) or ()
    themes = row.get("themes", _list) or ()
    resolved_on = row.get("resolved_on", date_value)
    texts = {key: row.get(key, cell_text) or "" for key in ("summary", "strategic_axis")}
    proposer = row.get("proposer", cell_text) or ""
    resolution = row.get("resolution", cell_text) or ""
    if code is not None and submitted_on is not None and int(code[2:6]) != submitted_on.year:
        row.problem(
            "code",
            QT_TRANSLATE_NOOP(
                "errors.import",
                "The code {code} is of {code_year} but the submission date is in {year}.",
            ).format(code=code, code_year=code[2:6], year=submitted_on.year),
        )
    if submitted_on is not None and resolved_on is not None and resolved_on < submitted_on:
        row.problem(
            "resolved_on",
            QT_TRANSLATE_NOOP(
                "errors.import", "The resolution date is before the submission date."
            ),
        )
    if row.failed or title is None or submitted_on is None:
        return None
    return ProposalEntry(
        source_row=row.number,
        title=title,
        submitted_on=submitted_on,
        status=status,
        code=code,
        proposing_zones=proposing,
        proposer_name=proposer,
        themes=themes,
        resolution=resolution,
        resolved_on=resolved_on,
        **texts,
    )


def _code(value: CellValue) -> str:
    text = cell_text(value)
    try:
        year, sequence = parse_proposal_code(text)
    except ValidationError as exc:
        raise Bad(sentences(part for part in (exc.message, exc.advice) if part)) from None
    return format_proposal_code(year, sequence)


def _title(value: CellValue) -> str:
    text = " ".join(cell_text(value).split())
    if len(text) > 500:
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import",
                "The title is longer than 500 characters; move the rest into the summary.",
            )
        )
    return text


def _status(value: CellValue) -> ProposalStatus:
    text = cell_text(value)
    status = _STATUS_WORDS.get(folded_words(text))
    if status is None:
        raise Bad(
            QT_TRANSLATE_NOOP(
                "errors.import", "“{text}” is not a status. Write one of: {words}."
            ).format(
                text=text, words=", ".join(PROPOSAL_STATUS_LABELS["it"][s] for s in ProposalStatus)
            )
        )
    return status


def _list(value: CellValue) -> tuple[str, ...]:
    parts = (" ".join(part.split()) for part in _LIST_SEPARATORS.split(cell_text(value)))
    return tuple(dict.fromkeys(part for part in parts if part))


def _zones(value: CellValue, zones: ZoneIndex) -> tuple[int, ...]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (zones.parse(value),)
    numbers = {zones.parse(part) for part in _list(value)}
    return tuple(sorted(numbers))
