"""File > Import roster / zone list and Export roster: checked off the GUI thread, all or
nothing, a table of problems when a row is bad, one undoable step when imported."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.roster import RosterEntry
from rtdesk.exports.roster_workbook import write_roster_workbook
from rtdesk.gui.import_dialog import ProblemsTableModel
from rtdesk.services.roster import RosterService

SUSA = "001270"


@pytest.fixture
def roster(workspace) -> RosterService:
    return workspace.services.roster


@pytest.fixture
def files(window, monkeypatch):
    chosen: dict[str, str] = {}
    monkeypatch.setattr(window.files, "choose_file", lambda *a, **k: chosen.get("path"))
    monkeypatch.setattr(window.files, "confirm", lambda *a: chosen.get("confirm", True))
    window.files.chosen = chosen
    return window.files


def roster_file(path, zones) -> None:
    entries = [
        RosterEntry(
            5,
            "Rossi",
            "Mario",
            MandateRole.SPOKESPERSON,
            False,
            date(2024, 1, 1),
            municipality="Pinerolo",
            title="Sindaco",
        ),
        RosterEntry(
            5, "Bianchi", "Anna", MandateRole.DEPUTY, True, date(2024, 1, 1), municipality="Ivrea"
        ),
    ]
    write_roster_workbook(path, zones, entries, today=date(2026, 1, 1))


def test_bad_roster_shows_every_problem_and_writes_nothing(
    window, files, roster, tmp_path, qtbot, qtmodeltester
):
    book = Workbook()
    book.active.append(["Zona", "Cognome", "Nome", "Ruolo", "Inizio"])
    book.active.append([5, "Verdi", "Luca", "Portavoce", "01/02/2024"])
    book.active.append([14, "Neri", "Giulia", "Vice portavoce", "01/02/2024"])
    book.active.append([5, "Gialli", "Piero", "Capo", "01/02/2024"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    files.chosen["path"] = str(path)
    window.ui.actionImportRoster.trigger()
    assert files.busy
    qtbot.waitUntil(lambda: files.problems_dialog is not None)
    assert not files.busy
    dialog = files.problems_dialog
    model = dialog.model
    qtmodeltester.check(model)
    assert [p.row for p in model.rows()] == [3, 4]
    assert model.data(model.index(0, ProblemsTableModel.COLUMN_COLUMN)) == "Zona"
    assert dialog.ui.summaryLabel.text() == "bad.xlsx was not imported: 2 problems found."
    assert "Nothing was changed" in dialog.ui.adviceLabel.text()
    assert roster.people() == []
    assert window.undo_stack.count() == 0
    dialog.reject()


def test_import_roster_confirm_and_undo(window, files, roster, tmp_path, qtbot, message_boxes):
    zones = [(z.number, z.name) for z in window.workspace.services.zones.list_zones()]
    path = tmp_path / "roster.xlsx"
    roster_file(path, zones)
    files.chosen["path"] = str(path)
    files.chosen["confirm"] = False  # the user looks at the counts and cancels
    files.import_roster()
    qtbot.waitUntil(lambda: not files.busy)
    assert roster.people() == []
    files.chosen["confirm"] = True
    files.import_roster()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    assert roster.zone_roster(5).spokesperson.person_name == "Mario Rossi"
    assert "Imported roster.xlsx" in window.statusBar().currentMessage()
    assert message_boxes and "Ivrea" in message_boxes[-1].text  # outside zone 5: a warning
    # The page shows it without a manual refresh.
    window.zones_page.select_zone(5)
    assert window.zones_page.roster_panel.model.rowCount() == 2
    window.undo_stack.undo()
    assert roster.people() == []
    window.undo_stack.redo()
    assert len(roster.people()) == 2


def test_export_roster(window, files, roster, tmp_path, qtbot, message_boxes):
    zones = [(z.number, z.name) for z in window.workspace.services.zones.list_zones()]
    source = tmp_path / "in.xlsx"
    roster_file(source, zones)
    files.chosen["path"] = str(source)
    files.import_roster()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    files.chosen["path"] = str(tmp_path / "out")  # the extension is added
    window.ui.actionExportRoster.trigger()
    qtbot.waitUntil(lambda: not files.busy)
    assert (tmp_path / "out.xlsx").is_file()
    assert "Saved 2 mandates" in window.statusBar().currentMessage()
    assert "Panoramica" in load_workbook(tmp_path / "out.xlsx").sheetnames


def test_hostile_file_gets_plain_advice(window, files, tmp_path, qtbot, message_boxes):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"not a workbook " * 100)
    files.chosen["path"] = str(path)
    files.import_roster()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert message_boxes[0].title == "The roster was not imported"
    assert files.problems_dialog is None


def test_import_zone_list_and_undo(window, files, tmp_path, qtbot):
    zones_service = window.workspace.services.zones
    book = Workbook()
    book.active.append(["Codice ISTAT", "Zona"])
    book.active.append([SUSA, 6])
    path = tmp_path / "zones.xlsx"
    book.save(path)
    files.chosen["path"] = str(path)
    window.ui.actionImportZones.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    susa = next(m for m in zones_service.municipalities(6) if m.istat_code == SUSA)
    assert susa.zone_number == 6
    assert "1 assigned" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert all(m.istat_code != SUSA for m in zones_service.municipalities(6))
    window.undo_stack.redo()
    assert any(m.istat_code == SUSA for m in zones_service.municipalities(6))


def test_bad_zone_list_shows_the_rows(window, files, tmp_path, qtbot):
    book = Workbook()
    book.active.append(["Codice ISTAT", "Zona"])
    book.active.append([SUSA, 6])
    book.active.append(["Nowhere", 6])
    path = tmp_path / "zones.xlsx"
    book.save(path)
    files.chosen["path"] = str(path)
    files.import_zones()
    qtbot.waitUntil(lambda: files.problems_dialog is not None)
    assert [p.row for p in files.problems_dialog.model.rows()] == [3]
    assert window.undo_stack.count() == 0
    files.problems_dialog.reject()


def proposals_file(path, rows) -> None:
    book = Workbook()
    book.active.title = "Proposte"
    book.active.append(["Codice", "Titolo", "Data presentazione", "Zona"])
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_import_proposals_register(window, files, tmp_path, qtbot):
    proposals = window.workspace.services.proposals
    path = tmp_path / "registro.xlsx"
    proposals_file(
        path,
        [
            ["", "Trasporto scolastico intercomunale", date(2025, 3, 4), 5],
            ["P-2024-007", "<b>Sportello</b> & unico", date(2024, 9, 1), "9"],
        ],
    )
    files.chosen["path"] = str(path)
    files.chosen["confirm"] = False  # the user reads the count and cancels: nothing written
    window.ui.actionImportProposals.trigger()
    qtbot.waitUntil(lambda: not files.busy)
    assert proposals.list_proposals() == []
    files.chosen["confirm"] = True
    window.ui.actionImportProposals.trigger()
    qtbot.waitUntil(lambda: "Imported" in window.statusBar().currentMessage())
    assert "2 added" in window.statusBar().currentMessage()
    titles = {row.code: row.title for row in proposals.list_proposals()}
    assert titles == {
        "P-2025-001": "Trasporto scolastico intercomunale",
        "P-2024-007": "<b>Sportello</b> & unico",
    }
    window.ui.actionImportProposals.trigger()  # the same file again changes nothing
    qtbot.waitUntil(lambda: "already in the register" in window.statusBar().currentMessage())


def test_bad_proposals_register_shows_the_rows_and_writes_nothing(window, files, tmp_path, qtbot):
    path = tmp_path / "registro.xlsx"
    proposals_file(
        path,
        [
            ["", "Good row", date(2025, 3, 4), 5],
            ["", "", date(2025, 3, 4), 5],
            ["", "Zone that does not exist", date(2025, 3, 4), 12],
        ],
    )
    files.chosen["path"] = str(path)
    files.import_proposals()
    qtbot.waitUntil(lambda: files.problems_dialog is not None)
    assert [p.row for p in files.problems_dialog.model.rows()] == [3, 4]
    assert window.workspace.services.proposals.list_proposals() == []
    files.problems_dialog.reject()
