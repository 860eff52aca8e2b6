"""Shared helpers for the workbooks rtdesk writes: safe cells, styled tables, atomic saving."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.exports.file_modes import give_default_mode

DATE_FORMAT = "dd/mm/yyyy"
EXCEL_TEXT_LIMIT = 32_767  # characters Excel holds in one cell
SHEET_TITLE_LIMIT = 31
TRUNCATION_MARK = " […]"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill(fill_type="solid", start_color="1F4E78", end_color="1F4E78")
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")

MIN_WIDTH = 6
MAX_WIDTH = 60
DATE_WIDTH = 12

_FORBIDDEN_IN_TITLE = re.compile(r"[\\/?*\[\]:]")
# Word's manual line break (Shift+Enter) and page break arrive as VT and FF; XML 1.0 cannot
# carry them, so they become the line break they stand for.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")
# What XML 1.0 cannot carry at all: other C0 controls, lone surrogates, U+FFFE and U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """User text as Excel can hold it, otherwise exactly as typed (every workbook uses this).

    Line breaks become "\\n" (CR would turn into LF anyway when the XML is read back, and VT/FF
    are Word's manual line and page breaks). Control characters that XML cannot carry are
    removed rather than replaced by U+FFFD: they are invisible in the application too, and a
    "�" would look like damage to the reader. Text beyond Excel's 32,767 characters per cell
    is cut with a visible mark, because Excel refuses to open a file with a longer cell.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _NOT_IN_XML.sub("", text)
    if len(text) > EXCEL_TEXT_LIMIT:
        text = text[: EXCEL_TEXT_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def set_text(cell: Cell, text: str | None) -> None:
    """Write user text exactly as typed: never a formula, error code or number, even if it
    starts with = + - @ or reads "#N/A"; empty text leaves the cell empty."""
    if not text:
        cell.value = None
        return
    text = clean_text(text)
    cell.value = text
    # openpyxl turns "=..." into a formula and "#N/A" into an error when the value is set; the
    # explicit string type undoes that, so the cell is stored as an inline string.
    cell.data_type = "s"
    if "\n" in text:
        cell.alignment = WRAP


def set_date(cell: Cell, value: date | None) -> None:
    """A real Excel date shown as dd/mm/yyyy (sortable and filterable), or an empty cell."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, datetime):
        value = value.date()
    cell.value = value
    cell.number_format = DATE_FORMAT


def set_value(cell: Cell, value: Any) -> None:
    """Write text, dates, numbers or nothing with the helpers above; booleans are not guessed."""
    if value is None or isinstance(value, str):
        set_text(cell, value)
    elif isinstance(value, date):
        set_date(cell, value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
    else:
        raise TypeError(f"cannot write {type(value).__name__} to a cell; convert it to text")


def style_header(ws: Worksheet, column_count: int, row: int = 1) -> None:
    for column in range(1, column_count + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT


def freeze_header(ws: Worksheet, row: int = 1) -> None:
    """Keep the header row visible while scrolling."""
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def set_autofilter(ws: Worksheet, column_count: int, last_row: int, header_row: int = 1) -> None:
    last = max(last_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(column_count)}{last}"


def fit_column_widths(
    ws: Worksheet,
    column_count: int,
    *,
    minimum: int = MIN_WIDTH,
    maximum: int = MAX_WIDTH,
) -> None:
    """Width from the longest line in each column (header included), within sensible bounds."""
    widths = [minimum] * column_count
    for row in ws.iter_rows(min_col=1, max_col=column_count):
        for index, cell in enumerate(row):
            if cell.value is None:
                continue
            if isinstance(cell.value, date):
                length = DATE_WIDTH
            else:
                length = max(len(line) for line in str(cell.value).split("\n"))
            # Header text is bold and carries the filter button: a little extra room.
            if cell.row == 1:
                length += 3
            widths[index] = max(widths[index], min(length + 2, maximum))
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def write_table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> int:
    """Header in row 1 (styled, frozen, with autofilter), one line per row; returns last row."""
    for column, header in enumerate(headers, start=1):
        set_text(ws.cell(row=1, column=column), header)
    last_row = 1
    for row in rows:
        if len(row) != len(headers):
            raise ValueError(f"row has {len(row)} values for {len(headers)} columns")
        last_row += 1
        for column, value in enumerate(row, start=1):
            set_value(ws.cell(row=last_row, column=column), value)
    style_header(ws, len(headers))
    freeze_header(ws)
    set_autofilter(ws, len(headers), last_row)
    fit_column_widths(ws, len(headers))
    return last_row


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """A valid sheet name: no \\ / ? * [ ] :, not starting or ending with an apostrophe, at most
    31 characters, unique (case-insensitively, as Excel compares) among `taken`."""
    title = _FORBIDDEN_IN_TITLE.sub("-", clean_text(text))
    title = " ".join(title.split()).strip("'") or "Sheet"
    taken_folded = {name.casefold() for name in taken}
    candidate = _cut_title(title, SHEET_TITLE_LIMIT)
    counter = 2
    while candidate.casefold() in taken_folded:
        suffix = f" ({counter})"
        candidate = _cut_title(title, SHEET_TITLE_LIMIT - len(suffix)) + suffix
        counter += 1
    return candidate


def _cut_title(title: str, limit: int) -> str:
    # Cut, then drop separators left dangling at the end ("Zona 7 Ciriacese -").
    return title[:limit].rstrip(" -–'.,") or title[:limit]


def set_properties(wb: Workbook, *, title: str, subject: str = "") -> None:
    wb.properties.title = clean_text(title)
    wb.properties.subject = clean_text(subject) or None
    wb.properties.creator = "rtdesk"
    wb.properties.lastModifiedBy = "rtdesk"


def save_workbook(wb: Workbook, path: str | Path) -> None:
    """Save through a temporary file in the same folder and rename it into place, so a failure
    never leaves half a workbook and never damages a file that was already there."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "The folder “{folder}” does not exist.").format(
                folder=str(folder)
            ),
            advice=QT_TRANSLATE_NOOP("errors.files", "Choose another folder for the file."),
        )
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".rtdesk-", suffix=".xlsx.tmp", dir=folder)
        os.close(handle)
        temporary = Path(name)
        wb.save(temporary)
        give_default_mode(temporary)
        os.replace(temporary, path)
        temporary = None
    except PermissionError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files", "“{name}” cannot be written: permission denied."
            ).format(name=path.name),
            advice=QT_TRANSLATE_NOOP(
                "errors.files",
                "If the file is open in Excel or another program, close it; otherwise choose "
                "a folder where you may write.",
            ),
        ) from exc
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "“{name}” cannot be written: {reason}.").format(
                name=path.name, reason=str(exc.strerror or exc)
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.files",
                "Check the free space and that the folder is writable, then try again.",
            ),
        ) from exc
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
