"""The summary workbook: proposals, adoption, sessions, attendance, actions, roster and charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Sized
from contextlib import suppress
from copy import copy
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from rtdesk.domain.enums import AdoptionState, Presence, ProposalStatus
from rtdesk.domain.errors import ValidationError
from rtdesk.domain.roster import RosterEntry
from rtdesk.domain.summary import (
    ACTION_STATUS_LABELS,
    ADOPTION_STATE_LABELS,
    MEETING_MODE_LABELS,
    MEETING_STATUS_LABELS,
    PRESENCE_LABELS,
    PROPOSAL_STATUS_LABELS,
    YES_NO,
    SummaryData,
    sort_actions,
)
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.exports.roster_workbook import (
    ENTRY_HEADERS,
    is_current,
    order_for_display,
    role_label,
)
from rtdesk.exports.roster_workbook import STATUS_LABELS as MANDATE_STATUS_LABELS
from rtdesk.exports.xlsx_style import (
    DATE_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    clean_text,
    save_workbook,
    set_properties,
)

ProgressCallback = Callable[[int, str], None]
CancelCheck = Callable[[], bool]

PERCENT_FORMAT = "0%"

# Sheet order in the workbook. Info and Charts come first but are written last (a write-only
# sheet starts its file at its first row), so they can show totals counted while streaming.
SHEET_KEYS = (
    "info",
    "charts",
    "proposals",
    "adoption",
    "sessions",
    "attendance",
    "actions",
    "roster",
)
SHEET_NAMES = {
    "it": {
        "info": "Info",
        "charts": "Grafici",
        "proposals": "Proposte",
        "adoption": "Adozione",
        "sessions": "Sedute",
        "attendance": "Presenze",
        "actions": "Azioni",
        "roster": "Rappresentanti",
    },
    "en": {
        "info": "Info",
        "charts": "Charts",
        "proposals": "Proposals",
        "adoption": "Adoption",
        "sessions": "Sessions",
        "attendance": "Attendance",
        "actions": "Actions",
        "roster": "Roster",
    },
}

# (header, column width) per sheet; the zone columns of the matrices are added at run time.
COLUMNS: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {
    "it": {
        "proposals": (
            ("Codice", 13),
            ("Titolo", 50),
            ("Stato", 27),
            ("Presentata il", 13),
            ("Zone proponenti", 16),
            ("Proponente", 24),
            ("Temi", 24),
            ("Asse del Piano strategico", 24),
            ("Decisione", 40),
            ("Data decisione", 13),
            ("Discussa nelle sedute", 18),
        ),
        "adoption_lead": (("Codice", 13), ("Titolo", 40), ("Stato", 18)),
        "adoption_tail": (("Zone che l'hanno adottata", 13),),
        "sessions": (
            ("Seduta", 10),
            ("Data", 12),
            ("Luogo", 30),
            ("Modalità", 13),
            ("Stato", 18),
            ("Zone presenti", 10),
            ("Zone totali", 10),
            ("Numero legale raggiunto", 12),
            ("Punti all'ordine del giorno", 13),
        ),
        "attendance_lead": (("Seduta", 10), ("Data", 12)),
        "attendance_tail": (("Zone presenti", 10), ("Quota presenti", 10)),
        "actions": (
            ("Descrizione", 50),
            ("Responsabile", 24),
            ("Zona", 7),
            ("Scadenza", 12),
            ("Stato", 13),
            ("In ritardo", 10),
            ("Seduta di origine", 12),
            ("Proposta", 13),
        ),
        "charts_status": (("Stato", 29), ("Proposte", 10)),
        "charts_zones": (
            ("Zona", 34),
            ("Tasso di presenza", 11),
            ("Presenze", 10),
            ("Sedute registrate", 11),
        ),
    },
    "en": {
        "proposals": (
            ("Code", 13),
            ("Title", 50),
            ("Status", 24),
            ("Submitted on", 13),
            ("Proposing zones", 16),
            ("Proposer", 24),
            ("Themes", 24),
            ("Strategic plan axis", 24),
            ("Resolution", 40),
            ("Resolved on", 13),
            ("Discussed at sessions", 18),
        ),
        "adoption_lead": (("Code", 13), ("Title", 40), ("Status", 18)),
        "adoption_tail": (("Zones that adopted it", 13),),
        "sessions": (
            ("Session", 10),
            ("Date", 12),
            ("Venue", 30),
            ("Mode", 13),
            ("Status", 18),
            ("Zones present", 10),
            ("Zones in total", 10),
            ("Quorum reached", 12),
            ("Agenda items", 13),
        ),
        "attendance_lead": (("Session", 10), ("Date", 12)),
        "attendance_tail": (("Zones present", 10), ("Share present", 10)),
        "actions": (
            ("Description", 50),
            ("Owner", 24),
            ("Zone", 7),
            ("Due date", 12),
            ("Status", 13),
            ("Overdue", 10),
            ("Agreed at session", 12),
            ("Proposal", 13),
        ),
        "charts_status": (("Status", 24), ("Proposals", 10)),
        "charts_zones": (
            ("Zone", 34),
            ("Attendance rate", 11),
            ("Times present", 10),
            ("Sessions recorded", 11),
        ),
    },
}
ROSTER_WIDTHS = (7, 28, 18, 18, 22, 14, 22, 28, 16, 12, 12, 12, 16, 30)

WORDS = {
    "it": {
        "title": "Tavolo permanente delle zone omogenee — riepilogo",
        "generated": "Generato il",
        "year": "Anno",
        "all_years": "Tutti gli anni",
        "producer": "Prodotto da",
        "sheet": "Foglio",
        "content": "Contenuto",
        "rows": "Righe",
        "legend": "Legenda dei colori",
        "adoption": "Adozione",
        "attendance": "Presenze",
        "actions": "Azioni",
        "overdue": "In ritardo",
        "quorum_missing": "Numero legale non raggiunto",
        "zone": "Zona",
        "totals_present": "Presenze",
        "totals_recorded": "Sedute registrate",
        "totals_rate": "Tasso di presenza",
        "chart_status": "Proposte per stato",
        "chart_attendance": "Tasso di presenza per zona",
        "saving": "Salvataggio del file",
    },
    "en": {
        "title": "Permanent Round Table of the homogeneous zones — summary",
        "generated": "Generated on",
        "year": "Year",
        "all_years": "All years",
        "producer": "Produced by",
        "sheet": "Sheet",
        "content": "Content",
        "rows": "Rows",
        "legend": "Colour key",
        "adoption": "Adoption",
        "attendance": "Attendance",
        "actions": "Actions",
        "overdue": "Overdue",
        "quorum_missing": "Quorum not reached",
        "zone": "Zone",
        "totals_present": "Times present",
        "totals_recorded": "Sessions recorded",
        "totals_rate": "Attendance rate",
        "chart_status": "Proposals by status",
        "chart_attendance": "Attendance rate per zone",
        "saving": "Saving the file",
    },
}

SHEET_DESCRIPTIONS = {
    "it": {
        "charts": "Proposte per stato e tasso di presenza per zona, con i dati dei grafici",
        "proposals": "Registro delle proposte e buone pratiche",
        "adoption": "Stato di adozione di ogni proposta in ciascuna zona",
        "sessions": "Sedute, zone presenti e numero legale",
        "attendance": "Presenza di ogni zona a ogni seduta; in fondo i tassi di presenza per zona",
        "actions": "Azioni concordate: prima quelle in ritardo, poi le altre aperte",
        "roster": "Rappresentanti delle zone (portavoce e vice portavoce)",
    },
    "en": {
        "charts": "Proposals by status and attendance rate per zone, with the chart data",
        "proposals": "Register of proposals and good practices",
        "adoption": "Adoption state of each proposal in each zone",
        "sessions": "Sessions, zones present and quorum",
        "attendance": "Attendance of each zone at each session; rates per zone at the bottom",
        "actions": "Agreed actions: overdue first, then the other open ones",
        "roster": "Zone representatives (spokespersons and deputies)",
    },
}

# Fill colours (Excel's own "good / neutral / bad" palette where the meaning matches).
GREEN, YELLOW, RED, BLUE, ORANGE, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "DDEBF7", "F8CBAD", "D9D9D9"
DARK_RED = "9C0006"
ADOPTION_FILLS = {
    AdoptionState.NOT_STARTED: ORANGE,
    AdoptionState.PLANNED: BLUE,
    AdoptionState.ADOPTING: YELLOW,
    AdoptionState.ADOPTED: GREEN,
    AdoptionState.NOT_APPLICABLE: GREY,
}
PRESENCE_FILLS = {Presence.PRESENT: GREEN, Presence.ABSENT: RED, Presence.EXCUSED: YELLOW}

# Progress: each stage gets a share of the bar in proportion to the cells it writes (rows x
# columns), using the row counts that are known (sized collections, `proposal_count`) and
# typical sizes otherwise. Saving (zipping the streamed sheets) takes about a twentieth.
STAGES = (
    "proposals",
    "adoption",
    "sessions",
    "attendance",
    "actions",
    "roster",
    "charts",
    "info",
    "saving",
)
CELLS_PER_ROW = {
    "proposals": 11,
    "adoption": 14,
    "sessions": 9,
    "attendance": 13,
    "actions": 8,
    "roster": 14,
    "charts": 100,
    "info": 100,
}
TYPICAL_ROWS = {
    "proposals": 1_000,
    "adoption": 1_000,
    "sessions": 100,
    "attendance": 100,
    "actions": 500,
    "roster": 100,
    "charts": 1,
    "info": 1,
}
SAVING_SHARE = 0.05
CHECK_EVERY = 256  # rows between two cancellation checks
REPORTS_PER_STAGE = 50  # at most, inside one stage

# Fonts name their face: a font without a name is drawn in a serif fallback by LibreOffice.
FONT_NAME = "Calibri"
_HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True, color=HEADER_FONT.color)
_HEADER_BORDER = Border(
    left=Side(style="thin", color="FFFFFF"),
    right=Side(style="thin", color="FFFFFF"),
    bottom=Side(style="medium", color="000000"),
)


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written or changed."""


def write_summary_workbook(
    data: SummaryData,
    path: str | Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the summary workbook to `path`, streaming the rows of `data` (write-only mode).

    `progress(percent, step)` is called with strictly increasing percentages ending at 100 and
    the name of the sheet being written (or "saving the file"); `cancelled()` is asked every
    few hundred rows and, when true, the export stops with `ExportCancelled`. The rows are
    streamed into temporary files and the workbook is saved through a temporary file in the
    target folder, renamed at the end: a cancellation or a failure leaves no file behind and
    never damages a file already at `path`.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "The folder “{folder}” does not exist.").format(
                folder=str(path.parent)
            ),
            advice=QT_TRANSLATE_NOOP("errors.files", "Choose another folder for the file."),
        )
    writer = _SummaryWriter(data, _Progress(_progress_plan(data), progress, cancelled))
    try:
        writer.write_sheets()
        writer.progress.stage("saving", WORDS[data.language]["saving"])
        save_workbook(writer.workbook, path)
    except BaseException:
        _discard_streamed_rows(writer.workbook)
        raise
    writer.progress.finish()


def _known_length(rows: Iterable[Any]) -> int | None:
    return len(rows) if isinstance(rows, Sized) else None


def _progress_plan(data: SummaryData) -> dict[str, tuple[int, int, int | None]]:
    """(first percent, last percent, expected rows or None) of each stage."""
    proposals = data.proposal_count
    if proposals is None:
        proposals = _known_length(data.proposals)
    adoption = _known_length(data.adoption)
    known = {
        "proposals": proposals,
        "adoption": adoption if adoption is not None else proposals,
        "sessions": _known_length(data.sessions),
        "attendance": _known_length(data.attendance),
        "actions": _known_length(data.actions),
        "roster": _known_length(data.roster),
    }
    costs = [
        CELLS_PER_ROW[key] * max(1, known.get(key) or TYPICAL_ROWS[key]) for key in STAGES[:-1]
    ]
    costs.append(sum(costs) * SAVING_SHARE)
    total = sum(costs)
    starts: list[int] = []
    done = 0.0
    for index, cost in enumerate(costs):
        start = int(99 * done / total)
        if starts:
            start = max(start, starts[-1] + 1)  # every stage gets a percentage of its own
        starts.append(min(start, 100 - len(STAGES) + index))
        done += cost
    ends = [*starts[1:], 100]
    return {
        key: (start, end, known.get(key))
        for key, start, end in zip(STAGES, starts, ends, strict=True)
    }


class _Progress:
    def __init__(
        self,
        plan: dict[str, tuple[int, int, int | None]],
        report: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self._plan = plan
        self._report = report
        self._cancelled = cancelled
        self._last = -1
        self._step = ""
        self._key = ""
        self._expected: int | None = None
        self._every = 1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled.")

    def stage(self, key: str, step: str, expected: int | None = None) -> None:
        """A new stage begins; `expected` rows, if known only now (the sorted actions)."""
        self.check()
        self._key, self._step = key, step
        start, _end, known = self._plan[key]
        self._expected = expected if expected is not None else known
        self._every = max(1, (self._expected or 0) // REPORTS_PER_STAGE)
        self._send(start)

    def row(self, done: int) -> None:
        """Called after each row: a cancellation check now and then, and smooth progress."""
        if done % CHECK_EVERY == 0:
            self.check()
        if self._expected and done % self._every == 0:
            start, end, _known = self._plan[self._key]
            # Stay below the next stage's start: the expected count may be an estimate.
            self._send(min(end - 1, start + (end - start) * done // self._expected))

    def finish(self) -> None:
        self._send(100)

    def _send(self, percent: int) -> None:
        if percent > self._last:
            self._last = percent
            if self._report is not None:
                self._report(percent, self._step)


class _Styles:
    """Style arrays built once and copied onto cells: assigning fonts and fills cell by cell
    hashes the style objects every time, which made styled cells a quarter slower."""

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._cache: dict[tuple, StyleArray] = {}

    def get(
        self,
        *,
        fill: str | None = None,
        font_color: str | None = None,
        bold: bool = False,
        size: float | None = None,
        number_format: str | None = None,
        wrap: bool = False,
        left: bool = False,
        header: bool = False,
    ) -> StyleArray:
        key = (fill, font_color, bold, size, number_format, wrap, left, header)
        style = self._cache.get(key)
        if style is None:
            cell = WriteOnlyCell(self._workbook.worksheets[0])
            if header:
                cell.font = _HEADER_FONT
                cell.fill = HEADER_FILL
                cell.border = _HEADER_BORDER
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            else:
                if fill:
                    cell.fill = PatternFill(fill_type="solid", start_color=fill, end_color=fill)
                if font_color or bold or size:
                    cell.font = Font(name=FONT_NAME, size=size or 11, color=font_color, bold=bold)
                if wrap or left:
                    cell.alignment = Alignment(
                        horizontal="left" if left else None,
                        vertical="top" if wrap else None,
                        wrap_text=wrap or None,
                    )
            if number_format:
                cell.number_format = number_format
            style = self._cache[key] = cell._style
        return style


class _Cells:
    """Values for one write-only sheet: text never becomes a formula, dates are real dates."""

    def __init__(self, sheet: Any, styles: _Styles) -> None:
        self.sheet = sheet
        self.styles = styles

    def styled(self, value: Any, **style: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value)
        if isinstance(value, str):
            cell.data_type = "s"
        cell._style = copy(self.styles.get(**style))
        return cell

    def text(self, value: str | None, **style: Any) -> Any:
        if not value:
            return self.styled(None, **style) if style else None
        text = clean_text(value)
        wrap = "\n" in text
        if style or wrap or text[:1] == "=" or text in ERROR_CODES:
            # openpyxl reads "=..." as a formula and "#N/A" as an error when the value is
            # assigned; forcing the string type stores the text as typed.
            cell = WriteOnlyCell(self.sheet, text)
            cell.data_type = "s"
            if style or wrap:
                cell._style = copy(self.styles.get(wrap=wrap, **style))
            return cell
        # Any other str is stored by openpyxl as an inline string (data type "s") as it is;
        # skipping the cell object makes a text column about a quarter faster.
        return text

    def date(self, value: date | None, **style: Any) -> Any:
        if value is None:
            return self.styled(None, **style) if style else None
        if isinstance(value, datetime):
            value = value.date()
        return self.styled(value, number_format=DATE_FORMAT, **style)

    def number(self, value: float | None, **style: Any) -> Any:
        if not style:
            return value
        return self.styled(value, **style)

    def header(self, labels: Iterable[str]) -> list[WriteOnlyCell]:
        return [self.styled(clean_text(label), header=True) for label in labels]


class _SummaryWriter:
    def __init__(self, data: SummaryData, progress: _Progress) -> None:
        self.data = data
        self.language = data.language
        self.words = WORDS[data.language]
        self.progress = progress
        self.workbook = Workbook(write_only=True)
        names = SHEET_NAMES[data.language]
        self.sheets = {key: self.workbook.create_sheet(names[key]) for key in SHEET_KEYS}
        self.styles = _Styles(self.workbook)
        self.zone_numbers = [number for number, _name in data.zones]
        self.zone_names = dict(data.zones)
        self.row_counts: dict[str, int] = {}
        self.status_counts: Counter[ProposalStatus] = Counter()
        self.present = [0] * len(self.zone_numbers)
        self.recorded = [0] * len(self.zone_numbers)

    def write_sheets(self) -> None:
        self.write_proposals()
        self.write_adoption()
        self.write_sessions()
        self.write_attendance()
        self.write_actions()
        self.write_roster()
        self.write_charts()
        self.write_info()
        year = f" {self.data.year}" if self.data.year is not None else ""
        set_properties(
            self.workbook,
            title=f"{self.words['title']}{year}",
            subject=f"{self.words['title']}{year} — {self.data.today.strftime('%d/%m/%Y')}",
        )

    # --- helpers -------------------------------------------------------------------------

    def start_table(
        self,
        key: str,
        columns: Sequence[tuple[str, float]],
        *,
        freeze: str = "A2",
        header_height: float = 45,  # three lines of wrapped header text
        expected: int | None = None,
    ) -> tuple[Any, _Cells]:
        """Widths, frozen panes and page setup (all before the first row, as write-only mode
        requires), then the styled header row."""
        self.progress.stage(key, self.sheets[key].title, expected)
        sheet = self.sheets[key]
        for index, (_label, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = freeze
        sheet.row_dimensions[1].height = header_height
        self.landscape(sheet)
        sheet.print_title_rows = "1:1"
        cells = _Cells(sheet, self.styles)
        sheet.append(cells.header(label for label, _width in columns))
        return sheet, cells

    @staticmethod
    def landscape(sheet: Any) -> None:
        # Printed on A4 landscape, as wide as the page and as long as it takes.
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    def finish_table(self, key: str, column_count: int, rows: int) -> None:
        self.sheets[key].auto_filter.ref = f"A1:{get_column_letter(column_count)}{rows + 1}"
        self.row_counts[key] = rows

    def zone_headers(self) -> list[tuple[str, float]]:
        return [
            (f"{self.words['zone']} {number}\n{self.zone_names[number]}", 14)
            for number in self.zone_numbers
        ]

    def check_width(self, what: str, ref: str, values: Sequence[Any]) -> None:
        if len(values) != len(self.zone_numbers):
            raise ValueError(
                f"{what} {ref!r} has {len(values)} zone values for {len(self.zone_numbers)} zones"
            )

    # --- sheets --------------------------------------------------------------------------

    def write_proposals(self) -> None:
        columns = COLUMNS[self.language]["proposals"]
        sheet, c = self.start_table("proposals", columns, freeze="B2")
        labels = PROPOSAL_STATUS_LABELS[self.language]
        count = 0
        for row in self.data.proposals:
            self.status_counts[row.status] += 1
            sheet.append(
                [
                    c.text(row.code),
                    c.text(row.title),
                    labels[row.status],
                    c.date(row.submitted_on),
                    c.text(row.proposing_zones_text),
                    c.text(row.proposer),
                    c.text(row.themes_text),
                    c.text(row.strategic_axis),
                    c.text(row.resolution),
                    c.date(row.resolved_on),
                    c.text(row.discussed_at_text),
                ]
            )
            count += 1
            self.progress.row(count)
        self.finish_table("proposals", len(columns), count)

    def write_adoption(self) -> None:
        words = COLUMNS[self.language]
        columns = (*words["adoption_lead"], *self.zone_headers(), *words["adoption_tail"])
        sheet, c = self.start_table("adoption", columns, freeze="C2", header_height=60)
        status_labels = PROPOSAL_STATUS_LABELS[self.language]
        state_labels = ADOPTION_STATE_LABELS[self.language]
        styles = {state: self.styles.get(fill=fill) for state, fill in ADOPTION_FILLS.items()}
        count = 0
        for row in self.data.adoption:
            self.check_width("adoption row", row.code, row.states)
            values: list[Any] = [c.text(row.code), c.text(row.title), status_labels[row.status]]
            for state in row.states:
                if state is None:
                    values.append(None)
                else:
                    cell = WriteOnlyCell(sheet, state_labels[state])
                    cell._style = copy(styles[state])
                    values.append(cell)
            values.append(sum(state is AdoptionState.ADOPTED for state in row.states))
            sheet.append(values)
            count += 1
            self.progress.row(count)
        self.finish_table("adoption", len(columns), count)

    def write_sessions(self) -> None:
        columns = COLUMNS[self.language]["sessions"]
        sheet, c = self.start_table("sessions", columns, freeze="B2")
        modes = MEETING_MODE_LABELS[self.language]
        statuses = MEETING_STATUS_LABELS[self.language]
        yes, no = YES_NO[self.language]
        count = 0
        for row in self.data.sessions:
            if row.quorum_reached is None:
                quorum = None
            elif row.quorum_reached:
                quorum = yes
            else:
                quorum = c.styled(no, fill=RED, font_color=DARK_RED)
            sheet.append(
                [
                    c.text(row.ref),
                    c.date(row.held_on),
                    c.text(row.venue),
                    modes[row.mode],
                    statuses[row.status],
                    row.zones_present,
                    row.zones_total,
                    quorum,
                    row.agenda_items,
                ]
            )
            count += 1
            self.progress.row(count)
        self.finish_table("sessions", len(columns), count)

    def write_attendance(self) -> None:
        # Sessions are rows and zones columns: 11 zone columns fit an A4 landscape page and
        # the sheet streams one session per row, while one column per session would need all
        # sessions in memory before the first row and would run off the page after a year.
        words = COLUMNS[self.language]
        columns = (*words["attendance_lead"], *self.zone_headers(), *words["attendance_tail"])
        sheet, c = self.start_table("attendance", columns, freeze="C2", header_height=60)
        labels = PRESENCE_LABELS[self.language]
        styles = {presence: self.styles.get(fill=fill) for presence, fill in PRESENCE_FILLS.items()}
        percent = self.styles.get(number_format=PERCENT_FORMAT)
        count = 0
        for row in self.data.attendance:
            self.check_width("attendance row", row.ref, row.presences)
            values: list[Any] = [c.text(row.ref), c.date(row.held_on)]
            present = recorded = 0
            for index, presence in enumerate(row.presences):
                if presence is None:
                    values.append(None)
                    continue
                cell = WriteOnlyCell(sheet, labels[presence])
                cell._style = copy(styles[presence])
                values.append(cell)
                recorded += 1
                self.recorded[index] += 1
                if presence is Presence.PRESENT:
                    present += 1
                    self.present[index] += 1
            values.append(present if recorded else None)
            values.append(self._share(sheet, present, recorded, percent))
            sheet.append(values)
            count += 1
            self.progress.row(count)
        self.finish_table("attendance", len(columns), count)

        # Totals below the table, outside the filter range, so sorting leaves them at the end.
        bold_percent = self.styles.get(bold=True, number_format=PERCENT_FORMAT)
        sheet.append([])
        all_present, all_recorded = sum(self.present), sum(self.recorded)
        for label, figures, total in (
            (self.words["totals_present"], self.present, all_present),
            (self.words["totals_recorded"], self.recorded, all_recorded),
        ):
            sheet.append([c.styled(label, bold=True), None, *figures, c.number(total, bold=True)])
        sheet.append(
            [
                c.styled(self.words["totals_rate"], bold=True),
                None,
                *(self._share(sheet, p, r, bold_percent) for p, r in self.zone_totals()),
                None,
                self._share(sheet, all_present, all_recorded, bold_percent),
            ]
        )

    def zone_totals(self) -> list[tuple[int, int]]:
        return list(zip(self.present, self.recorded, strict=True))

    @staticmethod
    def _share(sheet: Any, part: int, whole: int, style: StyleArray) -> WriteOnlyCell | None:
        if not whole:
            return None
        cell = WriteOnlyCell(sheet, part / whole)
        cell._style = copy(style)
        return cell

    def write_actions(self) -> None:
        columns = COLUMNS[self.language]["actions"]
        today = self.data.today
        # Sorting needs every action in memory: thousands of short rows, unlike the proposals.
        rows = sort_actions(self.data.actions, today)
        sheet, c = self.start_table("actions", columns, expected=len(rows))
        labels = ACTION_STATUS_LABELS[self.language]
        yes, no = YES_NO[self.language]
        count = 0
        for row in rows:
            late = row.is_overdue(today)
            style = {"fill": RED, "font_color": DARK_RED} if late else {}
            sheet.append(
                [
                    c.text(row.description, **style),
                    c.text(row.owner, **style),
                    c.number(row.zone, **style),
                    c.date(row.due_on, **style),
                    c.text(labels[row.status], **style),
                    c.text(yes if late else no, **style),
                    c.text(row.session_ref, **style),
                    c.text(row.proposal_code, **style),
                ]
            )
            count += 1
            self.progress.row(count)
        self.finish_table("actions", len(columns), count)

    def write_roster(self) -> None:
        headers = ENTRY_HEADERS[self.language]
        columns = tuple(zip(headers, ROSTER_WIDTHS, strict=True))
        today = self.data.today
        by_zone: dict[int, list[RosterEntry]] = {}
        for entry in self.data.roster:
            by_zone.setdefault(entry.zone_number, []).append(entry)
        expected = sum(len(entries) for entries in by_zone.values())
        sheet, c = self.start_table("roster", columns, freeze="C2", expected=expected)
        statuses = MANDATE_STATUS_LABELS[self.language]
        count = 0
        for number in sorted(by_zone):
            for entry in order_for_display(by_zone[number], today):
                if is_current(entry, today):
                    status = statuses["current"]
                else:
                    status = statuses["future" if entry.start_date > today else "ended"]
                sheet.append(
                    [
                        number,
                        c.text(self.zone_names.get(number, "")),
                        c.text(entry.family_name),
                        c.text(entry.given_name),
                        role_label(entry, self.language),
                        c.text(entry.title),
                        c.text(entry.municipality),
                        c.text(entry.email),
                        c.text(entry.phone),
                        c.date(entry.start_date),
                        c.date(entry.end_date),
                        c.date(entry.elected_on),
                        status,
                        c.text(entry.notes),
                    ]
                )
                count += 1
                self.progress.row(count)
        self.finish_table("roster", len(columns), count)

    def write_charts(self) -> None:
        """Two small tables (columns A-B and D-G) and two bar charts drawn from them."""
        self.progress.stage("charts", self.sheets["charts"].title)
        sheet = self.sheets["charts"]
        words = COLUMNS[self.language]
        status_columns, zone_columns = words["charts_status"], words["charts_zones"]
        layout = [*status_columns, ("", 3), *zone_columns]
        for index, (_label, width) in enumerate(layout, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.row_dimensions[1].height = 45
        self.landscape(sheet)
        c = _Cells(sheet, self.styles)
        header = c.header(label for label, _width in layout)
        header[len(status_columns)] = None
        sheet.append(header)

        statuses = list(ProposalStatus)
        status_labels = PROPOSAL_STATUS_LABELS[self.language]
        percent = self.styles.get(number_format=PERCENT_FORMAT)
        totals = self.zone_totals()
        for index in range(max(len(statuses), len(self.zone_numbers))):
            values: list[Any] = [None, None, None]
            if index < len(statuses):
                status = statuses[index]
                values[:2] = [status_labels[status], self.status_counts[status]]
            if index < len(self.zone_numbers):
                number = self.zone_numbers[index]
                present, recorded = totals[index]
                values += [
                    c.text(f"{number} {self.zone_names[number]}"),
                    self._share(sheet, present, recorded, percent),
                    present,
                    recorded,
                ]
            sheet.append(values)

        by_status = BarChart()
        by_status.type = "bar"  # horizontal: the status names are long
        by_status.title = self.words["chart_status"]
        by_status.add_data(
            Reference(sheet, min_col=2, min_row=1, max_row=1 + len(statuses)),
            titles_from_data=True,
        )
        by_status.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=1 + len(statuses)))
        by_status.x_axis.scaling.orientation = "maxMin"  # lifecycle order from the top
        by_status.y_axis.crosses = "max"  # and the count axis below the bars, not above
        by_status.y_axis.majorGridlines = None
        self._finish_chart(by_status)
        sheet.add_chart(by_status, "I2")

        zones_end = 1 + len(self.zone_numbers)
        by_zone = BarChart()
        by_zone.type = "col"
        by_zone.title = self.words["chart_attendance"]
        by_zone.add_data(
            Reference(sheet, min_col=5, min_row=1, max_row=zones_end), titles_from_data=True
        )
        by_zone.set_categories(Reference(sheet, min_col=4, min_row=2, max_row=zones_end))
        by_zone.y_axis.number_format = PERCENT_FORMAT
        by_zone.y_axis.scaling.min = 0
        by_zone.y_axis.scaling.max = 1
        self._finish_chart(by_zone)
        sheet.add_chart(by_zone, "I22")

    @staticmethod
    def _finish_chart(chart: BarChart) -> None:
        chart.legend = None
        chart.width, chart.height = 20, 9.5  # centimetres
        # openpyxl 3.1 marks axes as deleted by default; Excel then draws no labels at all.
        chart.x_axis.delete = False
        chart.y_axis.delete = False

    def write_info(self) -> None:
        self.progress.stage("info", self.sheets["info"].title)
        sheet = self.sheets["info"]
        for letter, width in zip("ABC", (28, 75, 10), strict=True):
            sheet.column_dimensions[letter].width = width
        self.landscape(sheet)
        words = self.words
        c = _Cells(sheet, self.styles)
        year = self.data.year if self.data.year is not None else words["all_years"]
        sheet.append([c.styled(words["title"], bold=True, size=14)])
        sheet.append([c.styled(words["generated"], bold=True), c.date(self.data.today, left=True)])
        sheet.append([c.styled(words["year"], bold=True), c.styled(year, left=True)])
        sheet.append([c.styled(words["producer"], bold=True), "rtdesk"])
        sheet.append([])
        sheet.append(c.header((words["sheet"], words["content"], words["rows"])))
        names = SHEET_NAMES[self.language]
        for key in SHEET_KEYS[1:]:
            sheet.append(
                [names[key], SHEET_DESCRIPTIONS[self.language][key], self.row_counts.get(key)]
            )
        sheet.append([])
        sheet.append([c.styled(words["legend"], bold=True)])
        adoption = ADOPTION_STATE_LABELS[self.language]
        for state, fill in ADOPTION_FILLS.items():
            sheet.append([words["adoption"], c.styled(adoption[state], fill=fill)])
        presence = PRESENCE_LABELS[self.language]
        for value, fill in PRESENCE_FILLS.items():
            sheet.append([words["attendance"], c.styled(presence[value], fill=fill)])
        sheet.append([words["actions"], c.styled(words["overdue"], fill=RED, font_color=DARK_RED)])
        sheet.append(
            [
                names["sessions"],
                c.styled(words["quorum_missing"], fill=RED, font_color=DARK_RED),
            ]
        )


def _discard_streamed_rows(workbook: Workbook) -> None:
    """Remove the files openpyxl streams each sheet's rows into (it removes them itself only
    after a successful save, or when the program exits), so an interrupted export leaves
    nothing behind even in a long-running application."""
    for sheet in workbook.worksheets:
        streamer = getattr(sheet, "_writer", None)
        if streamer is None:  # the sheet never received a row
            continue
        # The sheet may be the one that failed, so each step is allowed to fail in turn.
        with suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with suppress(Exception):
            streamer.close()
        with suppress(OSError, ValueError):
            streamer.cleanup()
