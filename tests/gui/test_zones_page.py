"""The Zones page: zones with their gaps, municipalities, search, and assigning a zone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rtdesk.gui.options import ASSIGN_ZONE_DIALOG_GEOMETRY
from rtdesk.gui.zones_page import EntryKind, MunicipalitiesTableModel, ZonesTableModel
from rtdesk.services.zones import ZoneService

SUSA = "001270"  # no sourced zone
PINEROLO = "001191"  # zone 5


@pytest.fixture
def page(window):
    window.show_page("zones")
    return window.zones_page


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def zone_row(page, number: int) -> int:
    return page.zones_model.row_of(EntryKind.ZONE, number)


def test_zones_table_shows_the_eleven_zones_and_the_gaps(page, qtmodeltester):
    model = page.zones_model
    qtmodeltester.check(model)
    entries = model.rows()
    assert [e.number for e in entries if e.kind is EntryKind.ZONE] == list(range(1, 12))
    assert model.rowCount() == 13  # 11 zones, those without a zone, all municipalities
    pinerolese = zone_row(page, 5)
    assert cell(model, pinerolese, ZonesTableModel.COLUMN_NAME) == "Pinerolese"
    assert cell(model, pinerolese, ZonesTableModel.COLUMN_MUNICIPALITIES) == "45 / 45"
    assert (
        model.data(
            model.index(pinerolese, ZonesTableModel.COLUMN_MUNICIPALITIES),
            Qt.ItemDataRole.DecorationRole,
        )
        is None
    )
    # Zone 6: only 2 of its 40 municipalities have a sourced zone; the gap is visible.
    susa_valley = model.index(zone_row(page, 6), ZonesTableModel.COLUMN_MUNICIPALITIES)
    assert model.data(susa_valley) == "2 / 40"
    assert model.data(susa_valley, Qt.ItemDataRole.DecorationRole) is not None
    assert "Only 2 of the 40" in model.data(susa_valley, Qt.ItemDataRole.ToolTipRole)
    without = model.row_of(EntryKind.WITHOUT_ZONE)
    assert without == 11
    assert cell(model, without, ZonesTableModel.COLUMN_NAME) == "Without a zone"
    assert cell(model, without, ZonesTableModel.COLUMN_MUNICIPALITIES) == "123"
    assert cell(model, model.row_of(EntryKind.ALL), ZonesTableModel.COLUMN_MUNICIPALITIES) == "312"


def test_selecting_a_zone_lists_its_municipalities(page, qtbot, qtmodeltester):
    view = page.zones_view
    rect = view.visualRect(page.zones_model.index(zone_row(page, 5), 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_entry().number == 5
    model = page.municipalities_model
    qtmodeltester.check(model)
    assert model.rowCount() == 45
    assert page.heading.text() == "Zone 5 — Pinerolese"
    assert page.notice.isHidden()
    assert page.municipalities_view.isColumnHidden(MunicipalitiesTableModel.COLUMN_ZONE)
    pinerolo = model.row_of(PINEROLO)
    assert [cell(model, pinerolo, c) for c in range(6)] == [
        PINEROLO,
        "Pinerolo",
        "G674",
        "5",
        model.data(model.index(pinerolo, MunicipalitiesTableModel.COLUMN_POPULATION)),
        "2023",
    ]
    population = ZoneService(page._service._context).municipalities(5)
    assert {r.istat_code for r in model.rows()} == {r.istat_code for r in population}
    assert page.count_label.text() == "45 municipalities"

    page.select_zone(6)
    assert model.rowCount() == 2
    assert not page.notice.isHidden()
    assert "Only 2 of the 40 municipalities" in page.notice_text.text()


def test_municipalities_without_a_zone_are_one_click_away(page):
    page.select_without_zone()
    rows = page.municipalities_model.rows()
    assert len(rows) == 123
    assert all(row.zone_number is None for row in rows)
    assert page.heading.text() == "Municipalities without a zone"
    assert "zone 6, 7 or 9" in page.notice_text.text()
    assert not page.notice.isHidden()


def test_search_filters_as_you_type(page, qtbot, qtmodeltester):
    page.select_all_municipalities()
    model = page.municipalities_model
    qtmodeltester.check(model)
    assert model.rowCount() == 312
    assert not page.municipalities_view.isColumnHidden(MunicipalitiesTableModel.COLUMN_ZONE)
    qtbot.keyClicks(page.search_edit, "san ")
    assert 0 < model.rowCount() < 312
    assert all("san" in row.name.casefold() for row in model.rows())
    assert page.count_label.text() == f"Showing {model.rowCount()} of 312 municipalities"
    qtbot.keyClicks(page.search_edit, "mauro")
    assert [row.name for row in model.rows()] == ["San Mauro Torinese"]
    page.search_edit.clear()
    assert model.rowCount() == 312
    qtbot.keyClicks(page.search_edit, "l219")  # cadastral code, any case
    assert [row.name for row in model.rows()] == ["Torino"]
    page.search_edit.setText("SANT’AMBROGIO")  # typographic apostrophe and capitals
    assert [row.istat_code for row in model.rows()] == ["001255"]
    page.search_edit.setText("zzz")
    assert model.rowCount() == 0
    assert page.count_label.text() == "No municipality matches “zzz”."
    # The filter stays when another zone is chosen.
    page.search_edit.setText("pin")
    page.select_zone(5)
    assert {row.name for row in model.rows()} >= {"Pinerolo", "Pinasca"}
    assert all("pin" in row.name.casefold() for row in model.rows())


def test_sorting_the_municipalities(page, qtbot):
    page.select_zone(5)
    view = page.municipalities_view
    view.sortByColumn(MunicipalitiesTableModel.COLUMN_POPULATION, Qt.SortOrder.DescendingOrder)
    populations = [row.population for row in page.municipalities_model.rows()]
    assert populations == sorted(populations, reverse=True)
    assert page.municipalities_model.rows()[0].name == "Pinerolo"
    page.search_edit.setText("a")  # the order survives filtering
    populations = [row.population for row in page.municipalities_model.rows()]
    assert populations == sorted(populations, reverse=True)


def open_dialog(page, qtbot, istat_code: str):
    assert page.select_municipality(istat_code)
    assert page.assign_button.isEnabled()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.assign_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_assigning_a_zone_through_the_dialog(window, page, qtbot, workspace, message_boxes):
    page.select_without_zone()
    assert page.assign_button.text() == "Assign zone…"
    dialog = open_dialog(page, qtbot, SUSA)
    assert dialog.ui.municipalityValue.text() == "Susa (ISTAT 001270)"
    assert not ok_button(dialog).isEnabled()  # no zone chosen yet
    assert not dialog.ui.sinceCheck.isChecked()  # the start of a first assignment may be unknown
    dialog.choose_zone(6)
    qtbot.keyClicks(dialog.ui.sourceEdit, "Elenco CMTO dei comuni per zona omogenea")
    qtbot.keyClicks(dialog.ui.noteEdit, "=verified by phone")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert message_boxes == []

    service = workspace.services.zones
    assert service.count_without_zone() == 122
    history = service.zone_history(SUSA)
    assert [(h.zone_number, h.start_date, h.source, h.note) for h in history] == [
        (6, None, "Elenco CMTO dei comuni per zona omogenea", "=verified by phone")
    ]
    # The page, the other pages and the status bar follow.
    assert page.municipalities_model.rowCount() == 122
    assert page.municipalities_model.row_of(SUSA) is None
    assert page.current_municipality() is not None  # the next one is ready to be assigned
    model = page.zones_model
    assert cell(model, zone_row(page, 6), ZonesTableModel.COLUMN_MUNICIPALITIES) == "3 / 40"
    assert cell(model, model.row_of(EntryKind.WITHOUT_ZONE), 2) == "122"
    assert "122 without a zone" in window.counts_label.text()
    assert window.statusBar().currentMessage() == "Susa is now in zone 6 (Valli di Susa e Sangone)."
    qtbot.waitUntil(lambda: page.assign_dialog is None)


def test_moving_needs_a_date_and_the_refusal_is_shown(page, qtbot, workspace, message_boxes):
    page.select_zone(5)
    dialog = open_dialog(page, qtbot, PINEROLO)
    assert dialog.windowTitle() == "Change zone"
    assert "5 — Pinerolese" in dialog.ui.currentZoneValue.text()
    combo = dialog.ui.zoneCombo
    assert combo.count() == 11
    current = combo.findData(5)
    assert not combo.model().item(current).isEnabled()  # staying put is no change
    assert "(2 of 40 recorded)" in combo.itemText(combo.findData(6))
    assert dialog.ui.sinceCheck.isChecked()

    dialog.choose_zone(3)
    dialog.ui.sinceCheck.setChecked(False)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    # The service refused: its message is shown, the dialog stays open, nothing changed.
    assert len(message_boxes) == 1
    shown = message_boxes[0]
    assert shown.icon == QMessageBox.Icon.Warning
    assert shown.title == "The zone was not changed"
    assert "Pinerolo moves from zone 5" in shown.text and "which date" in shown.text
    assert "Traceback" not in shown.text + shown.informative
    assert dialog.isVisible()
    assert workspace.services.zones.zone_history(PINEROLO)[-1].zone_number == 5

    dialog.ui.sinceCheck.setChecked(True)
    dialog.ui.sinceDate.setDate(QDate(2026, 1, 1))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    history = workspace.services.zones.zone_history(PINEROLO)
    assert [(h.zone_number, h.start_date, h.end_date) for h in history] == [
        (5, None, date(2025, 12, 31)),
        (3, date(2026, 1, 1), None),
    ]
    assert cell(page.zones_model, zone_row(page, 5), 2) == "44 / 45"
    assert cell(page.zones_model, zone_row(page, 3), 2) == "19 / 18"


def test_cancelling_the_dialog_changes_nothing(page, qtbot, workspace, options):
    page.select_without_zone()
    dialog = open_dialog(page, qtbot, SUSA)
    dialog.resize(640, 420)
    dialog.choose_zone(7)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
    assert workspace.services.zones.count_without_zone() == 123
    assert page.municipalities_model.rowCount() == 123
    # The next dialog opens with the size the user gave this one.
    assert not options.get(ASSIGN_ZONE_DIALOG_GEOMETRY).isEmpty()
    again = open_dialog(page, qtbot, SUSA)
    assert again is not dialog and again.size() == QSize(640, 420)
    again.reject()


def test_double_click_opens_the_dialog_for_that_municipality(page, qtbot):
    page.select_without_zone()
    view = page.municipalities_view
    index = page.municipalities_model.index(page.municipalities_model.row_of(SUSA), 1)
    view.scrollTo(index)
    rect = view.visualRect(index)
    # A real double click starts with a press; Qt's views ignore a double click without one.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.assign_dialog is not None
    assert page.assign_dialog.municipality.istat_code == SUSA
    page.assign_dialog.reject()
