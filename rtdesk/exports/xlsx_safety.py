"""Open a workbook chosen by a user without trusting it: size, zip, XML and sheet-size limits."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell.read_only import EMPTY_CELL

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP

MiB = 1024 * 1024

# A roster or zone sheet is a few hundred rows; these limits leave a wide margin for real files
# while refusing anything that would make the application hang or run out of memory.
DEFAULT_MAX_BYTES = 20 * MiB
DEFAULT_MAX_UNCOMPRESSED = 200 * MiB
DEFAULT_MAX_RATIO = 200
DEFAULT_MAX_MEMBERS = 5_000
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_COLUMNS = 200
# Small parts compress extremely well without being dangerous; only large parts are ratio-checked.
RATIO_CHECK_FLOOR = 1 * MiB

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream (MS-OFFCRYPTO).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

_SAVE_AS_XLSX = QT_TRANSLATE_NOOP(
    "errors.files",
    "Open it in Excel or LibreOffice Calc and use “Save as” with the type "
    "“Excel Workbook (.xlsx)”, then choose the new file.",
)

_SAVE_AGAIN = QT_TRANSLATE_NOOP(
    "errors.files", "Open it in Excel or LibreOffice Calc; if it opens, save it again as .xlsx."
)


@dataclass(frozen=True)
class CellError:
    """A cell showing an Excel error such as #N/A or #REF! instead of a value."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class UncalculatedFormula:
    """A formula whose result was never stored in the file (saved by a program that does not
    calculate), so there is no value to read."""

    formula: str

    def __str__(self) -> str:
        return self.formula


CellValue = Any  # None, str, int, float, bool, datetime, time, timedelta, CellError, ...


class SheetRow(NamedTuple):
    number: int  # as Excel shows it: the first row is 1
    values: tuple[CellValue, ...]  # trailing empty cells removed

    def is_blank(self) -> bool:
        return all(_is_blank(value) for value in self.values)


def _is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class SafeWorkbook:
    """A workbook that passed the file checks; rows are read lazily and within the limits.

    Cell values are what Excel last showed: formulas give their stored result (read with
    `data_only`), a formula without a stored result gives `UncalculatedFormula`, an error
    cell gives `CellError`. Use it as a context manager or call `close()`.
    """

    def __init__(
        self,
        path: Path,
        values: Any,
        formulas: Any,
        *,
        max_rows: int,
        max_columns: int,
    ) -> None:
        self.path = path
        self._values = values
        self._formulas = formulas
        self.max_rows = max_rows
        self.max_columns = max_columns

    @property
    def sheet_names(self) -> list[str]:
        return [ws.title for ws in self._values.worksheets]

    def rows(self, sheet_name: str) -> Iterator[SheetRow]:
        """Every row of a sheet in order, blank ones included, stopping at the row limit."""
        values_sheet = self._values[sheet_name]
        formulas_sheet = self._formulas[sheet_name]
        # One column more than allowed, so that data just past the limit is refused rather than
        # silently cut; cells further right are never materialised at all.
        width = self.max_columns + 1
        padding: tuple[tuple | None, tuple | None] = (None, None)
        try:
            pairs = zip(
                values_sheet.iter_rows(min_row=1, max_col=width),
                formulas_sheet.iter_rows(min_row=1, max_col=width),
                strict=False,
            )
            for number, (value_cells, formula_cells) in enumerate(pairs, start=1):
                if number > self.max_rows:
                    raise _too_big(sheet_name, "rows", self.max_rows)
                # Fast path: openpyxl pads gaps between rows with one and the same empty tuple,
                # and a hostile row number can ask for a hundred thousand of them.
                if value_cells is padding[0] and formula_cells is padding[1]:
                    yield SheetRow(number, ())
                    continue
                if _all_empty(value_cells) and _all_empty(formula_cells):
                    padding = (value_cells, formula_cells)
                    yield SheetRow(number, ())
                    continue
                row = tuple(
                    _cell_value(value_cells, formula_cells, index)
                    for index in range(max(len(value_cells), len(formula_cells)))
                )
                while row and _is_blank(row[-1]):
                    row = row[:-1]
                if len(row) > self.max_columns:
                    raise _too_big(sheet_name, "columns", self.max_columns)
                yield SheetRow(number, row)
        except ValidationError:
            raise
        except Exception as exc:  # hostile or damaged XML can fail anywhere inside openpyxl
            raise _unreadable(self.path, exc) from exc

    def close(self) -> None:
        self._values.close()
        self._formulas.close()

    def __enter__(self) -> SafeWorkbook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _all_empty(cells: tuple) -> bool:
    # By identity and in C (ReadOnlyCell's == compares attributes and fails on EMPTY_CELL).
    return not cells or (cells[0] is EMPTY_CELL and len(set(map(id, cells))) == 1)


def _cell_value(value_cells: tuple, formula_cells: tuple, index: int) -> CellValue:
    cell = value_cells[index] if index < len(value_cells) else EMPTY_CELL
    formula = formula_cells[index] if index < len(formula_cells) else EMPTY_CELL
    if cell.data_type == "e":
        return CellError(str(cell.value))
    if formula.data_type == "f" and cell.value is None and cell.data_type != "str":
        # data_type "str" with no value is a formula whose stored result is the empty text
        # (e.g. =IF(A2="";"";...)): that is blank, not uncalculated.
        return UncalculatedFormula(str(formula.value))
    return cell.value


def open_workbook_safely(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_ratio: float = DEFAULT_MAX_RATIO,
    max_members: int = DEFAULT_MAX_MEMBERS,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_columns: int = DEFAULT_MAX_COLUMNS,
) -> SafeWorkbook:
    """Check a user's .xlsx file and open it read-only; any problem is a `ValidationError`.

    Order of checks: it is a readable file within `max_bytes`; it is not an encrypted workbook,
    an old .xls or something else renamed; the zip directory (read before anything is
    decompressed) declares at most `max_members` parts, `max_uncompressed` bytes in total and
    no large part compressed more than `max_ratio` times; the XML parses with defusedxml (entity
    declarations, the root of "billion laughs" bombs, are refused); every sheet declares at most
    `max_rows` x `max_columns`. Rows are then read lazily and reading stops at the same limits,
    because the size a sheet declares may be missing or false.
    """
    path = Path(path)
    data = _read_file(path, max_bytes)
    _check_signature(path, data)
    archive = _check_zip(path, data, max_uncompressed, max_ratio, max_members)
    with archive:
        _check_is_spreadsheet(path, archive)
    values = _load(path, data, data_only=True)
    try:
        # A second, formula view of the same bytes tells "formula never calculated" apart from
        # "empty cell"; both views are lazy, so this costs a second parse only of what is read.
        formulas = _load(path, data, data_only=False)
    except BaseException:
        values.close()
        raise
    workbook = SafeWorkbook(path, values, formulas, max_rows=max_rows, max_columns=max_columns)
    try:
        for values_sheet, formulas_sheet in zip(
            values.worksheets, formulas.worksheets, strict=True
        ):
            if (values_sheet.max_row or 0) > max_rows:
                raise _too_big(values_sheet.title, "rows", max_rows, values_sheet.max_row)
            if (values_sheet.max_column or 0) > max_columns:
                raise _too_big(values_sheet.title, "columns", max_columns, values_sheet.max_column)
            # The declared size was only a claim: forget it so that openpyxl neither pads nor
            # cuts rows by it; `SafeWorkbook.rows` enforces the limits on what is really there.
            values_sheet.reset_dimensions()
            formulas_sheet.reset_dimensions()
    except BaseException:
        workbook.close()
        raise
    return workbook


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "The file “{path}” does not exist.").format(
                path=str(path)
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.files", "Check the name and the folder, or choose the file again."
            ),
        )
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files", "“{path}” is a folder or a device, not a file."
            ).format(path=str(path)),
            advice=QT_TRANSLATE_NOOP("errors.files", "Choose the Excel workbook itself."),
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.files",
                    "The file “{name}” is {size:.1f} MB, more than the {limit:.0f} MB "
                    "accepted for an import.",
                ).format(name=path.name, size=size / MiB, limit=max_bytes / MiB),
                advice=QT_TRANSLATE_NOOP(
                    "errors.files",
                    "Check that it is the right file; a roster sheet is usually much smaller.",
                ),
            )
        with path.open("rb") as stream:
            # Read into memory once (within the limit): every later check and the parser see the
            # same bytes even if the file changes on disk meanwhile.
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "The file “{name}” cannot be read: {reason}.").format(
                name=path.name, reason=str(exc.strerror or exc)
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.files",
                "Check that you may read it and that it is not open in another program "
                "that locks it, then try again.",
            ),
        ) from exc
    if len(data) > max_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files", "The file “{name}” is larger than the {limit:.0f} MB accepted."
            ).format(name=path.name, limit=max_bytes / MiB),
            advice=QT_TRANSLATE_NOOP("errors.files", "Check that it is the right file."),
        )
    if not data:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "The file “{name}” is empty.").format(name=path.name),
            advice=QT_TRANSLATE_NOOP(
                "errors.files", "Choose the workbook again; it may not have been saved completely."
            ),
        )
    return data


def _check_signature(path: Path, data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_STREAM in data:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.files",
                    "The workbook “{name}” is protected by a password, so it cannot be read.",
                ).format(name=path.name),
                advice=QT_TRANSLATE_NOOP(
                    "errors.files",
                    "Open it in Excel, remove the password (File > Info > Protect Workbook > "
                    "Encrypt with Password, leave it empty), save it and import it again.",
                ),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files",
                "“{name}” is an old Excel 97-2003 (.xls) workbook, not an Excel .xlsx workbook.",
            ).format(name=path.name),
            advice=_SAVE_AS_XLSX,
        )
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files",
                "“{name}” is not an Excel .xlsx workbook (it may be a CSV or text file, a web "
                "page or an old .xls renamed).",
            ).format(name=path.name),
            advice=_SAVE_AS_XLSX,
        )


def _check_zip(
    path: Path, data: bytes, max_uncompressed: int, max_ratio: float, max_members: int
) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files", "“{name}” is damaged or not an Excel .xlsx workbook."
            ).format(name=path.name),
            advice=_SAVE_AGAIN,
        ) from exc
    # Only the zip directory is read here, nothing is decompressed. Python's zipfile never
    # inflates a part beyond the size its directory entry declares (a larger stream fails its
    # check), so the declared sizes are a real bound.
    bomb = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors.files",
            "“{name}” was not opened: it would expand to far more data than any real "
            "workbook (a “zip bomb”).",
        ).format(name=path.name),
        advice=QT_TRANSLATE_NOOP(
            "errors.files",
            "Do not open this file elsewhere either; ask the sender for the original workbook.",
        ),
    )
    if len(members) > max_members:
        archive.close()
        raise bomb
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > max_uncompressed or (member.file_size > RATIO_CHECK_FLOOR and ratio > max_ratio):
            archive.close()
            raise bomb
    return archive


def _check_is_spreadsheet(path: Path, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:100]
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors.files",
                    "“{name}” is an OpenDocument (LibreOffice .ods) file, not an Excel .xlsx "
                    "workbook.",
                ).format(name=path.name),
                advice=QT_TRANSLATE_NOOP(
                    "errors.files",
                    "In LibreOffice Calc use File > Save As, type “Excel 2007-365 (.xlsx)”.",
                ),
            )
    if "xl/workbook.bin" in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files",
                "“{name}” is an Excel binary workbook (.xlsb), which cannot be read.",
            ).format(name=path.name),
            advice=_SAVE_AS_XLSX,
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files",
                "“{name}” is a compressed archive but not an Excel .xlsx workbook "
                "(it may be a Word document or a zip file renamed).",
            ).format(name=path.name),
            advice=QT_TRANSLATE_NOOP("errors.files", "Choose the Excel workbook itself."),
        )


def _load(path: Path, data: bytes, *, data_only: bool) -> Any:
    try:
        # A stream, not the path: openpyxl would refuse a real workbook by its extension alone
        # (e.g. "elenco.xls" that is in fact .xlsx), and the content was checked above.
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception as exc:  # a damaged file can fail anywhere inside openpyxl
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: BaseException) -> ValidationError:
    if _caused_by(exc, DefusedXmlException):
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files",
                "“{name}” was not read: it contains XML entity declarations, which Excel "
                "never writes and which are used to make a file expand without limit "
                "(an “XML bomb”).",
            ).format(name=path.name),
            advice=QT_TRANSLATE_NOOP(
                "errors.files", "Ask the sender for a workbook saved by Excel or LibreOffice Calc."
            ),
        )
    if _caused_by(exc, MemoryError):
        return ValidationError(
            QT_TRANSLATE_NOOP("errors.files", "“{name}” is too large to read.").format(
                name=path.name
            ),
            advice=QT_TRANSLATE_NOOP("errors.files", "Check that it is the right file."),
        )
    if _caused_by(exc, (ParseError, zipfile.BadZipFile, KeyError, ValueError)):
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.files", "“{name}” is damaged: its content is not a valid Excel workbook."
            ).format(name=path.name),
            advice=_SAVE_AGAIN,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors.files", "“{name}” could not be read as an Excel workbook ({error})."
        ).format(name=path.name, error=type(exc).__name__),
        advice=QT_TRANSLATE_NOOP(
            "errors.files", "Open it in Excel or LibreOffice Calc and save it again as .xlsx."
        ),
    )


def _caused_by(exc: BaseException | None, kinds: type | tuple[type, ...]) -> bool:
    # openpyxl re-raises parse failures as a plain ValueError "from" the original error.
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, kinds):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _too_big(sheet: str, what: str, limit: int, claimed: int | None = None) -> ValidationError:
    """`what` is "rows" or "columns"; `claimed` is the size the sheet declares, if known."""
    if what == "rows":
        if claimed:
            message = QT_TRANSLATE_NOOP(
                "errors.files",
                "The sheet “{sheet}” has more than {limit:,} rows (it declares {claimed:,}), "
                "which is more than an import accepts.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors.files",
                "The sheet “{sheet}” has more than {limit:,} rows, which is more than an import "
                "accepts.",
            )
        advice = QT_TRANSLATE_NOOP(
            "errors.files",
            "Check that it is the right file. If the data is small, delete the empty rows after "
            "it (they may hold formatting) and save again.",
        )
    else:
        if claimed:
            message = QT_TRANSLATE_NOOP(
                "errors.files",
                "The sheet “{sheet}” has more than {limit:,} columns (it declares "
                "{claimed:,}), which is more than an import accepts.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors.files",
                "The sheet “{sheet}” has more than {limit:,} columns, which is more than an "
                "import accepts.",
            )
        advice = QT_TRANSLATE_NOOP(
            "errors.files",
            "Check that it is the right file. If the data is small, delete the empty columns "
            "after it (they may hold formatting) and save again.",
        )
    return ValidationError(message.format(sheet=sheet, limit=limit, claimed=claimed), advice=advice)
