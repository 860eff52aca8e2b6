"""`rtdesk import proposals` and `rtdesk export summary`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from rtdesk import cli
from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry, Proposal

HEADER = ["Codice", "Titolo", "Zona", "Presentata il", "Stato"]


def _book(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _counts(path: Path) -> tuple[int, int]:
    database = open_database(path)
    try:
        with database.session_factory() as s:
            return (
                s.scalar(select(func.count(Proposal.id))),
                s.scalar(select(func.count(AuditEntry.id))),
            )
    finally:
        database.close()


def test_import_proposals_then_again_changes_nothing(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    book = _book(
        tmp_path / "registro.xlsx",
        [
            HEADER,
            ["P-2024-003", "Trasporto scolastico", "Pinerolese", "01/03/2024", "Approvata"],
            [None, "Città sostenibile", "1; 2", "02/03/2024", None],
        ],
    )
    assert cli.main(["--database", str(db), "import", "proposals", str(book)]) == 0
    assert "2 proposals added" in capsys.readouterr().out
    counts = _counts(db)
    assert counts[0] == 2
    assert cli.main(["--database", str(db), "import", "proposals", str(book)]) == 0
    assert "Nothing to change" in capsys.readouterr().out
    assert _counts(db) == counts


def test_import_with_bad_rows_exits_2_with_one_line_each(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    book = _book(
        tmp_path / "registro.xlsx",
        [
            HEADER,
            ["P-2024-003", "Buona", 5, "01/03/2024", None],
            ["P-X", "Codice sbagliato", 5, "01/03/2024", None],
            [None, None, 5, "01/03/2024", None],
            [None, "Stato", 5, "01/03/2024", "boh"],
        ],
    )
    assert cli.main(["--database", str(db), "import", "proposals", str(book)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line.split(",")[0] for line in err if line.startswith("Row ")] == [
        "Row 3",
        "Row 4",
        "Row 5",
    ]
    assert _counts(db)[0] == 0


def test_import_of_a_missing_file_exits_1(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert cli.main(["--database", str(db), "import", "proposals", str(tmp_path / "no.xlsx")]) == 1
    assert "There is no file" in capsys.readouterr().err


def test_export_summary(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    book = _book(tmp_path / "r.xlsx", [HEADER, [None, "=Formula?", 5, "01/03/2024", None]])
    # openpyxl would store "=Formula?" as a formula: make it an explicit string cell.
    wb = openpyxl.load_workbook(book)
    wb.active["B2"].data_type = "s"
    wb.save(book)
    assert cli.main(["--database", str(db), "import", "proposals", str(book)]) == 0
    target = tmp_path / "sintesi.xlsx"
    assert cli.main(["--database", str(db), "export", "summary", "-o", str(target)]) == 0
    assert "Wrote the summary workbook of all years" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(target)["Proposte"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "=Formula?" in values and "P-2024-001" in values
    other = tmp_path / "en.xlsx"
    argv = ["--database", str(db), "export", "summary", "-o", str(other), "--year", "2023"]
    assert cli.main([*argv, "--language", "en"]) == 0
    assert "Proposals" in openpyxl.load_workbook(other).sheetnames
