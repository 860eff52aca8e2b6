"""`rtdesk import roster`, `import zones` and `export roster` on a real database file."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from rtdesk import cli
from rtdesk.domain.enums import MandateRole
from rtdesk.services.context import ServiceContext
from rtdesk.services.roster import MandateInput, PersonInput, RosterService
from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry, Mandate, Municipality, Person

PINEROLO = "001191"
SUSA = "001270"  # no zone in the reference data


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "roster.sqlite"
    database = open_database(str(path))
    try:
        roster = RosterService(ServiceContext(database.session_factory, location=str(path)))
        mario = roster.add_person(PersonInput("Mario", "Rossi", "Sindaco", PINEROLO, "m@ex.it"))
        anna = roster.add_person(PersonInput("Anna", "Bianchi", "=Sindaca"))
        roster.add_mandate(
            MandateInput(
                mario.uuid,
                5,
                MandateRole.SPOKESPERSON,
                date(2021, 1, 1),
                end_date=date(2023, 12, 31),
                elected_on=date(2020, 12, 10),
            )
        )
        roster.add_mandate(
            MandateInput(anna.uuid, 5, MandateRole.DEPUTY, date(2024, 1, 1), is_vicar=True)
        )
    finally:
        database.close()
    return path


def state(path) -> tuple:
    """What the roster holds and how many audit entries: equal states mean nothing changed."""
    database = open_database(str(path))
    try:
        with database.session_factory() as s:
            people = s.execute(
                select(Person.uuid, Person.title, Person.email, Person.row_version).order_by(
                    Person.uuid
                )
            ).all()
            mandates = s.execute(
                select(Mandate.uuid, Mandate.end_date, Mandate.row_version).order_by(Mandate.uuid)
            ).all()
            audit = s.scalar(select(func.count(AuditEntry.id)))
            zones = s.execute(
                select(Municipality.istat_code, Municipality.zone_id).order_by(
                    Municipality.istat_code
                )
            ).all()
    finally:
        database.close()
    return people, mandates, audit, zones


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_import_changes_nothing(db_path, tmp_path, capsys):
    workbook = tmp_path / "roster.xlsx"
    code, out, _ = run(capsys, "--database", db_path, "export", "roster", "-o", workbook)
    assert code == 0 and "Wrote 2 mandates" in out
    before = state(db_path)
    code, out, err = run(capsys, "--database", db_path, "import", "roster", workbook)
    assert code == 0, err
    assert "Nothing to change" in out
    assert "2 unchanged" in out
    assert state(db_path) == before


def test_import_into_a_new_database_and_dry_run(db_path, tmp_path, capsys):
    workbook = tmp_path / "roster.xlsx"
    run(capsys, "--database", db_path, "export", "roster", "-o", workbook, "--language", "en")
    other = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "--database", other, "import", "roster", workbook, "--dry-run")
    assert code == 0
    assert "Would import" in out and "people: 2 new" in out
    assert state(other)[0] == []  # a trial writes nothing
    code, out, _ = run(capsys, "--database", other, "import", "roster", workbook)
    assert code == 0 and "mandates: 2 new" in out
    people = state(other)[0]
    assert sorted(p.title for p in people) == ["=Sindaca", "Sindaco"]  # text, not a formula


def test_a_bad_file_is_refused_with_every_row(db_path, tmp_path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.append(["Zona", "Cognome", "Nome", "Ruolo", "Inizio"])
    sheet.append([5, "Verdi", "Luca", "Portavoce", "01/02/2024"])
    sheet.append([14, "Neri", "Giulia", "Vice portavoce", "01/02/2024"])
    sheet.append([5, "Gialli", "Piero", "Capo", "not a date"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    before = state(db_path)
    code, _out, err = run(capsys, "--database", db_path, "import", "roster", path)
    assert code == cli.EXIT_REJECTED
    lines = err.splitlines()
    assert any(line.startswith("Row 3") for line in lines)
    assert sum(line.startswith("Row 4") for line in lines) == 2  # role and date
    assert "Nothing was changed" in err
    assert state(db_path) == before


def test_a_hostile_file_gets_plain_advice(db_path, tmp_path, capsys):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"MZ\x90\x00 this is not a workbook at all " * 50)
    before = state(db_path)
    code, _out, err = run(capsys, "--database", db_path, "import", "roster", path)
    assert code == cli.EXIT_FAILED
    assert "Traceback" not in err
    assert err.startswith("rtdesk: ")
    assert state(db_path) == before


def test_a_missing_file(db_path, tmp_path, capsys):
    code, _, err = run(capsys, "--database", db_path, "import", "zones", tmp_path / "no.xlsx")
    assert code == cli.EXIT_FAILED and "There is no file" in err


def test_import_zones(db_path, tmp_path, capsys):
    book = Workbook()
    book.active.append(["Codice ISTAT", "Zona"])
    book.active.append([SUSA, 6])
    book.active.append([PINEROLO, 5])  # already there
    path = tmp_path / "zones.xlsx"
    book.save(path)
    before = state(db_path)
    code, out, _ = run(capsys, "--database", db_path, "import", "zones", path, "--dry-run")
    assert code == 0 and "Would import" in out and "1 assigned" in out and "1 unchanged" in out
    assert state(db_path) == before
    code, out, _ = run(capsys, "--database", db_path, "import", "zones", path)
    assert code == 0 and "Imported" in out
    assert state(db_path)[3] != before[3]
    code, out, _ = run(capsys, "--database", db_path, "import", "zones", path)
    assert "0 assigned, 0 moved, 2 unchanged" in out


def test_import_zones_all_or_nothing(db_path, tmp_path, capsys):
    book = Workbook()
    book.active.append(["Codice ISTAT", "Zona"])
    book.active.append([SUSA, 6])
    book.active.append(["Nowhere", 6])
    book.active.append(["Bussoleno", 6])
    path = tmp_path / "zones.xlsx"
    book.save(path)
    before = state(db_path)
    code, _, err = run(capsys, "--database", db_path, "import", "zones", path)
    assert code == cli.EXIT_REJECTED
    assert "Row 3" in err and "Row 2" not in err and "Row 4" not in err
    assert state(db_path) == before
    book.active.append(["Bardonecchia", 99])
    book.save(path)
    code, _, err = run(capsys, "--database", db_path, "import", "zones", path)
    assert code == cli.EXIT_REJECTED and "Row 5" in err and "no zone 99" in err
    assert state(db_path) == before
