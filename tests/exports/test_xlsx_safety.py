"""Hostile and malformed workbooks are refused with a plain-words error before harm is done."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from rtdesk.domain.errors import ValidationError
from rtdesk.exports import xlsx_safety
from rtdesk.exports.xlsx_safety import CellError, UncalculatedFormula, open_workbook_safely

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"


def _good(path: Path, rows=(("Zona", "Cognome"), (5, "Rossi"))) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dati"
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _rewrite(path: Path, parts: dict[str, bytes | str]) -> Path:
    """Replace parts of a real workbook, keeping every other part as openpyxl wrote it."""
    with zipfile.ZipFile(path) as source:
        original = {info.filename: source.read(info) for info in source.infolist()}
    original.update({k: v.encode() if isinstance(v, str) else v for k, v in parts.items()})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in original.items():
            target.writestr(name, data)
    return path


def _sheet_xml(rows: str, dimension: str | None = "A1:B2", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<worksheet xmlns="{MAIN_NS}">{dim}<sheetData>{rows}</sheetData></worksheet>'
    )


def _row(number: int, *values: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def _refuse_parsing(monkeypatch) -> None:
    """Make any attempt to parse the workbook fail the test: checks must come first."""

    def forbidden(*args, **kwargs):
        raise AssertionError("the workbook was parsed before the file checks refused it")

    monkeypatch.setattr(xlsx_safety.openpyxl, "load_workbook", forbidden)


def _all_rows(path: Path, **limits) -> list:
    with open_workbook_safely(path, **limits) as book:
        return [list(book.rows(name)) for name in book.sheet_names]


# --------------------------------------------------------------------------- good files


def test_a_normal_workbook_is_read_with_excel_row_numbers(tmp_path):
    path = _good(tmp_path / "ok.xlsx", [("Zona", "Cognome"), (), (5, "Rossi")])
    with open_workbook_safely(path) as book:
        assert book.sheet_names == ["Dati"]
        rows = list(book.rows("Dati"))
    assert [(r.number, r.values) for r in rows] == [
        (1, ("Zona", "Cognome")),
        (2, ()),
        (3, (5, "Rossi")),
    ]
    assert rows[1].is_blank() and not rows[2].is_blank()


def test_a_real_xlsx_with_a_wrong_extension_is_still_read(tmp_path):
    # openpyxl alone refuses by extension; the content decides here.
    path = _good(tmp_path / "ok.xlsx").rename(tmp_path / "elenco.xls")
    assert _all_rows(path)[0][1].values == (5, "Rossi")


# --------------------------------------------------------------------------- not a workbook


def test_missing_file_and_folder_are_explained(tmp_path):
    with pytest.raises(ValidationError, match="does not exist") as missing:
        open_workbook_safely(tmp_path / "nowhere.xlsx")
    assert missing.value.advice
    with pytest.raises(ValidationError, match="not a file"):
        open_workbook_safely(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ValidationError, match="is empty"):
        open_workbook_safely(path)


@pytest.mark.parametrize(
    "content",
    [
        "Zona;Cognome;Nome\n5;Rossi;Mario\n",  # a CSV saved with the wrong extension
        "<html><body><table><tr><td>5</td></tr></table></body></html>",  # web page "xls"
        "just some text",
    ],
)
def test_text_renamed_xlsx_is_not_an_excel_workbook(tmp_path, monkeypatch, content):
    path = tmp_path / "roster.xlsx"
    path.write_text(content, encoding="utf-8")
    _refuse_parsing(monkeypatch)
    with pytest.raises(ValidationError) as error:
        open_workbook_safely(path)
    assert "is not an Excel .xlsx workbook" in error.value.message
    assert "Save as" in error.value.advice and ".xlsx" in error.value.advice


def _ole(*streams: str) -> bytes:
    # The OLE signature, then directory names in UTF-16LE as a compound file stores them.
    header = xlsx_safety._OLE_MAGIC + b"\x00" * 504
    return header + b"".join(name.encode("utf-16-le") + b"\x00" * 64 for name in streams)


def test_password_protected_workbook_is_recognised(tmp_path, monkeypatch):
    path = tmp_path / "protected.xlsx"
    path.write_bytes(_ole("EncryptionInfo", "EncryptedPackage"))
    _refuse_parsing(monkeypatch)
    with pytest.raises(ValidationError, match="protected by a password") as error:
        open_workbook_safely(path)
    assert "remove the password" in error.value.advice


def test_old_xls_workbook_is_recognised(tmp_path, monkeypatch):
    path = tmp_path / "old.xlsx"
    path.write_bytes(_ole("Workbook", "SummaryInformation"))
    _refuse_parsing(monkeypatch)
    with pytest.raises(ValidationError, match=r"old Excel 97-2003 \(\.xls\)"):
        open_workbook_safely(path)


def test_opendocument_and_other_zips_are_recognised(tmp_path, monkeypatch):
    _refuse_parsing(monkeypatch)
    ods = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ValidationError, match=r"OpenDocument \(LibreOffice \.ods\)"):
        open_workbook_safely(ods)
    other = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ValidationError, match=r"not an Excel \.xlsx workbook"):
        open_workbook_safely(other)


def test_truncated_zip_is_damaged(tmp_path):
    path = _good(tmp_path / "cut.xlsx")
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ValidationError, match="damaged or not an Excel"):
        open_workbook_safely(path)


def test_invalid_sheet_xml_is_damaged(tmp_path):
    path = _rewrite(_good(tmp_path / "bad.xlsx"), {SHEET: "<worksheet><sheetData><row>"})
    with pytest.raises(ValidationError, match="damaged"):
        _all_rows(path)


def test_file_larger_than_the_limit_is_not_read(tmp_path, monkeypatch):
    path = _good(tmp_path / "big.xlsx")
    _refuse_parsing(monkeypatch)
    with pytest.raises(ValidationError, match="MB"):
        open_workbook_safely(path, max_bytes=1000)


# --------------------------------------------------------------------------- bombs


def test_zip_bomb_is_refused_from_the_directory_before_anything_is_inflated(tmp_path, monkeypatch):
    path = _good(tmp_path / "bomb.xlsx")
    # 64 MiB of zeros deflate to about 64 KiB: a ratio of ~1000.
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/image1.bin", "w") as member,
    ):
        chunk = b"\0" * (1024 * 1024)
        for _ in range(64):
            member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    _refuse_parsing(monkeypatch)
    inflated = []
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *a, **k: inflated.append(a) or b"")
    with pytest.raises(ValidationError, match="zip bomb") as error:
        open_workbook_safely(path)
    assert "sender" in error.value.advice
    assert inflated == []


def test_total_uncompressed_size_and_part_count_are_limited(tmp_path):
    path = _good(tmp_path / "normal.xlsx")
    with pytest.raises(ValidationError, match="zip bomb"):
        open_workbook_safely(path, max_uncompressed=2000)
    with pytest.raises(ValidationError, match="zip bomb"):
        open_workbook_safely(path, max_members=3)
    assert _all_rows(path)  # the defaults accept it


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def test_billion_laughs_in_a_sheet_is_refused(tmp_path):
    sheet = _sheet_xml(_row(1, "&lol9;", "x"), prolog=BILLION_LAUGHS)
    assert "&lol8;&lol8;" in sheet  # the classic nine levels: 10^9 "lol"s if expanded
    path = _rewrite(_good(tmp_path / "laughs.xlsx"), {SHEET: sheet})
    with pytest.raises(ValidationError, match="XML bomb") as error:
        _all_rows(path)
    assert "entity declarations" in error.value.message


def test_billion_laughs_in_the_workbook_part_is_refused(tmp_path):
    path = _good(tmp_path / "laughs.xlsx")
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    assert workbook.startswith("<workbook")  # openpyxl writes no XML declaration
    path = _rewrite(path, {"xl/workbook.xml": BILLION_LAUGHS + workbook})
    with pytest.raises(ValidationError, match="XML bomb"):
        open_workbook_safely(path)


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    prolog = f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    path = _rewrite(
        _good(tmp_path / "xxe.xlsx"), {SHEET: _sheet_xml(_row(1, "&xxe;", "a"), prolog=prolog)}
    )
    with pytest.raises(ValidationError, match="XML bomb"):
        _all_rows(path)


# --------------------------------------------------------------------------- sheet size


def test_a_sheet_claiming_a_million_rows_is_refused_before_reading(tmp_path):
    sheet = _sheet_xml(_row(1, "Zona", "Cognome"), dimension="A1:B1048576")
    path = _rewrite(_good(tmp_path / "tall.xlsx"), {SHEET: sheet})
    with pytest.raises(ValidationError) as error:
        open_workbook_safely(path)
    assert error.value.message == (
        "The sheet “Dati” has more than 100,000 rows (it declares 1,048,576), which is more "
        "than an import accepts."
    )
    assert "delete the empty rows" in error.value.advice


def test_a_sheet_claiming_too_many_columns_is_refused(tmp_path):
    sheet = _sheet_xml(_row(1, "Zona", "Cognome"), dimension="A1:XFD2")
    path = _rewrite(_good(tmp_path / "wide.xlsx"), {SHEET: sheet})
    with pytest.raises(ValidationError, match="more than 200 columns"):
        open_workbook_safely(path)


def test_without_a_size_claim_reading_stops_at_the_row_limit(tmp_path):
    rows = "".join(_row(n, "x", str(n)) for n in range(1, 21))
    path = _rewrite(_good(tmp_path / "long.xlsx"), {SHEET: _sheet_xml(rows, dimension=None)})
    assert len(_all_rows(path)[0]) == 20
    with open_workbook_safely(path, max_rows=10) as book:
        seen = []
        with pytest.raises(ValidationError, match="more than 10 rows"):
            for row in book.rows("Dati"):
                seen.append(row.number)
    assert seen == list(range(1, 11))


def test_a_far_away_row_number_stops_reading_at_the_limit(tmp_path):
    # No size claim and one row numbered 1,048,576: openpyxl would pad a million empty rows.
    rows = _row(1, "a", "b") + _row(1048576, "far", "away")
    path = _rewrite(_good(tmp_path / "far.xlsx"), {SHEET: _sheet_xml(rows, dimension=None)})
    with pytest.raises(ValidationError, match="more than 100,000 rows"):
        _all_rows(path)


def test_data_beyond_the_column_limit_is_refused(tmp_path):
    path = _good(tmp_path / "cols.xlsx", [("a", "b", "c", "d", "e")])
    with pytest.raises(ValidationError, match="more than 3 columns"):
        _all_rows(path, max_columns=3)


def test_a_false_small_size_claim_does_not_cut_rows(tmp_path):
    rows = "".join(_row(n, "x", str(n)) for n in range(1, 6))
    path = _rewrite(_good(tmp_path / "liar.xlsx"), {SHEET: _sheet_xml(rows, dimension="A1:A1")})
    rows = _all_rows(path)[0]
    assert [r.values for r in rows] == [("x", str(n)) for n in range(1, 6)]


# --------------------------------------------------------------------------- formulas and errors


def test_formulas_give_their_stored_result_or_say_they_have_none(tmp_path):
    cells = (
        '<row r="1">'
        '<c r="A1"><f>1+1</f><v>2</v></c>'  # calculated by Excel: its result
        '<c r="B1" t="str"><f>IF(TRUE,"","x")</f><v></v></c>'  # result is empty text: blank
        '<c r="C1"><f>SUM(A1:A9)</f></c>'  # never calculated: no value to read
        '<c r="D1" t="e"><v>#N/A</v></c>'  # an error shown in the cell
        '<c r="E1" t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>'  # only text
        "</row>"
    )
    path = _rewrite(_good(tmp_path / "f.xlsx"), {SHEET: _sheet_xml(cells, dimension="A1:E1")})
    [[row]] = _all_rows(path)
    assert row.values == (
        2,
        None,
        UncalculatedFormula("=SUM(A1:A9)"),
        CellError("#N/A"),
        '=HYPERLINK("http://x","y")',
    )


def test_formula_written_by_a_program_that_does_not_calculate(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Rossi", "=UPPER(A1)"])
    path = tmp_path / "calc.xlsx"
    wb.save(path)
    [[row]] = _all_rows(path)
    assert row.values == ("Rossi", UncalculatedFormula("=UPPER(A1)"))


def test_checks_read_the_bytes_once(tmp_path):
    # The workbook is parsed from the bytes that were checked, not reopened from disk.
    path = _good(tmp_path / "once.xlsx")
    with open_workbook_safely(path) as book:
        path.write_bytes(b"replaced meanwhile")
        assert list(book.rows("Dati"))[1].values == (5, "Rossi")


def test_bytes_of_a_good_workbook_inside_another_name(tmp_path):
    data = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(["ok"])
    wb.save(data)
    path = tmp_path / "noext"
    path.write_bytes(data.getvalue())
    assert _all_rows(path)[0][0].values == ("ok",)
