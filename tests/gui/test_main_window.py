"""The main window: pages, status bar, menus, switching databases, remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

import rtdesk
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.options import CURRENT_PAGE, MAIN_WINDOW_GEOMETRY, ZONES_SPLITTER
from rtdesk.services.context import ServiceContext
from rtdesk.services.zones import ZoneService
from rtdesk.store.database import open_database

PAGES = ("zones", "sessions", "proposals", "actions", "overview")


def test_side_navigation_reaches_every_page(window, qtbot, options, qtmodeltester):
    model = window.navigation_model
    qtmodeltester.check(model)
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == [
        "Zones & roster",
        "Sessions",
        "Proposals",
        "Actions",
        "Overview",
    ]
    view = window.ui.navigationView
    for row, key in enumerate(PAGES):
        rect = view.visualRect(model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.ui.pageStack.currentWidget() is window.pages[key]
        assert window.pages[key].isVisible()
        assert options.get(CURRENT_PAGE) == key
    qtbot.waitUntil(lambda: window.overview_page.report is not None)


def test_keyboard_moves_through_the_pages(window, qtbot):
    window.ui.navigationView.setFocus()
    window.show_page("zones")
    qtbot.keyClick(window.ui.navigationView, Qt.Key.Key_Down)
    assert window.current_page_key() == "sessions"


def test_status_bar_says_which_database_is_open(window, database):
    assert window.database_label.text() == f"Database: {database.path}"
    assert window.counts_label.text() == "11 zones · 312 municipalities · 123 without a zone"
    assert window.windowTitle() == f"{database.path.name} — rtdesk"


def test_menus_and_standard_shortcuts(window):
    ui = window.ui
    assert [a.text() for a in ui.menuFile.actions() if not a.isSeparator()] == [
        "&New database…",
        "&Open database…",
        "&Import roster…",
        "Import &zone list…",
        "Import &proposals register…",
        "&Export roster…",
        "Export &summary workbook…",
        "&Back up now",
        "Save a &copy as…",
        "&Restore from a backup…",
        "Open backups &folder",
        "&Quit",
    ]
    assert QKeySequence("Ctrl+N") in ui.actionNewDatabase.shortcuts()
    assert QKeySequence("Ctrl+O") in ui.actionOpenDatabase.shortcuts()
    assert QKeySequence("Ctrl+Q") in ui.actionQuit.shortcuts()
    assert [a.text() for a in ui.menuHelp.actions()] == ["&About rtdesk"]
    toolbar = [a for a in ui.mainToolBar.actions() if not a.isSeparator()]
    assert toolbar == [
        ui.actionNewDatabase,
        ui.actionOpenDatabase,
        ui.actionRefresh,
        window.undo_action,
        window.redo_action,
    ]
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert all(not a.icon().isNull() for a in toolbar)


def test_quit_closes_the_window(window):
    window.ui.actionQuit.trigger()
    assert not window.isVisible()


def test_about_names_version_database_and_sources(window, database, message_boxes):
    window.ui.actionAbout.trigger()
    assert len(message_boxes) == 1
    about = message_boxes[0]
    assert about.title == "About rtdesk"
    assert f"rtdesk {rtdesk.__version__}" in about.text
    assert str(database.path) in about.text
    assert "ISTAT" in about.text and "123 municipalities have no sourced zone" in about.text
    # The full list of sources, as shipped with the reference data.
    assert about.detailed.startswith("# Reference data of the Città metropolitana di Torino")
    assert "123" in about.detailed


def damaged_copy(tmp_path: Path) -> bytes:
    """A real rtdesk database with junk written over some of its pages."""
    source = open_database(tmp_path / "to-damage.sqlite")
    source.close()
    data = bytearray((tmp_path / "to-damage.sqlite").read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size, 3):
        data[page * page_size : page * page_size + 200] = b"\x13" * 200
    return bytes(data)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("not-sqlite", "The file is not an rtdesk database."),
        ("damaged-sqlite", "The database file is damaged."),
    ],
)
def test_opening_a_bad_file_keeps_the_current_database(
    window, tmp_path, message_boxes, closable_workspace, database, kind, expected
):
    junk = b"\x00\xffjunk" * 500 if kind == "not-sqlite" else damaged_copy(tmp_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(junk)
    window.choose_database_file = lambda *, new: str(bad)
    window.ui.actionOpenDatabase.trigger()

    assert len(message_boxes) == 1
    shown = message_boxes[0]
    assert shown.title == "The database was not opened"
    assert shown.text.startswith(expected) and str(bad) in shown.text
    assert shown.informative  # advice on what to do
    assert bad.read_bytes() == junk  # never overwritten
    assert window.workspace is closable_workspace.workspace
    assert closable_workspace.closed == 0
    assert window.database_label.text() == f"Database: {database.path}"
    window.refresh()  # the current database still works
    assert window.zones_page.zones_model.rowCount() == 13


def test_opening_a_missing_file_is_refused(window, tmp_path, message_boxes):
    window.choose_database_file = lambda *, new: str(tmp_path / "nowhere.sqlite")
    assert not window.open_database()
    assert "There is no database" in message_boxes[0].text
    assert not (tmp_path / "nowhere.sqlite").exists()


def test_open_database_switches_the_whole_window(
    window, tmp_path, qtbot, closable_workspace, message_boxes
):
    other = tmp_path / "other.sqlite"
    with_one_more = open_database(other)
    ZoneService(ServiceContext(with_one_more.session_factory)).assign_zone("001270", 6)
    with_one_more.close()

    window.show_page("overview")
    qtbot.waitUntil(lambda: window.overview_page.report is not None)
    window.choose_database_file = lambda *, new: str(other)
    window.ui.actionOpenDatabase.trigger()

    assert message_boxes == []
    assert closable_workspace.closed == 1  # the previous database was closed
    assert window.workspace.location == str(other.resolve())
    assert window.database_label.text() == f"Database: {other.resolve()}"
    assert window.counts_label.text() == "11 zones · 312 municipalities · 122 without a zone"
    assert window.windowTitle() == "other.sqlite — rtdesk"
    window.show_page("zones")  # hidden pages load the new database when shown
    zones = window.zones_page.zones_model
    assert zones.data(zones.index(11, 2)) == "122"
    window.show_page("overview")
    qtbot.waitUntil(
        lambda: (
            window.overview_page.report is not None
            and window.overview_page.report.municipalities_without_zone == 122
        )
    )


def test_new_database_creates_and_opens_it(window, tmp_path, closable_workspace, message_boxes):
    target = tmp_path / "fresh" / "new.sqlite"
    window.choose_database_file = lambda *, new: str(target) if new else None
    window.ui.actionNewDatabase.trigger()
    assert message_boxes == []
    assert target.is_file()
    assert window.workspace.location == str(target.resolve())
    assert closable_workspace.closed == 1
    assert "Created a new database with 11 zones and 312 municipalities." in (
        window.statusBar().currentMessage()
    )


def test_new_database_never_overwrites_a_file(window, tmp_path, closable_workspace, message_boxes):
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"somebody's work")
    window.choose_database_file = lambda *, new: str(existing)
    assert not window.new_database()
    assert message_boxes[0].text == "A file named precious.sqlite already exists."
    assert existing.read_bytes() == b"somebody's work"
    assert window.workspace is closable_workspace.workspace


def test_cancelled_file_dialog_changes_nothing(window, closable_workspace):
    window.choose_database_file = lambda *, new: None
    assert not window.open_database()
    assert not window.new_database()
    assert window.workspace is closable_workspace.workspace


def test_geometry_page_and_splitter_are_remembered(qtbot, workspace, options, tasks):
    first = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(first)
    # Within the headless screen (800×800): Qt fits restored windows into the screen.
    first.resize(770, 540)
    first.show()
    qtbot.waitExposed(first)
    first.show_page("zones")
    first.zones_page.splitter.setSizes([250, 400])
    left_width = first.zones_page.splitter.sizes()[0]
    first.show_page("proposals")
    first.close()
    assert not options.get(MAIN_WINDOW_GEOMETRY).isEmpty()
    assert not options.get(ZONES_SPLITTER).isEmpty()
    assert Path(options.settings.fileName()).is_file()

    second = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(770, 540)
    assert second.current_page_key() == "proposals"
    second.show_page("zones")
    assert second.zones_page.splitter.sizes()[0] == left_width


def test_unknown_remembered_page_falls_back_to_zones(qtbot, workspace, options, tasks):
    options.set(CURRENT_PAGE, "page-of-a-later-version")
    main = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(main)
    assert main.current_page_key() == "zones"
    # Without an opener (as here) the window cannot switch databases.
    assert not main.ui.actionOpenDatabase.isEnabled()


def test_error_boxes_show_message_and_advice(window, tmp_path, message_boxes):
    bad = tmp_path / "folder.sqlite"
    bad.mkdir()
    window.choose_database_file = lambda *, new: str(bad)
    window.open_database()
    shown = message_boxes[0]
    assert shown.icon == QMessageBox.Icon.Warning
    assert shown.text.startswith("The file is not an rtdesk database.")
    assert shown.informative == "Choose another file, or create a new database."


def test_pages_load_when_first_shown_and_catch_up_on_changes(window, qtbot):
    """A page nobody has opened costs nothing at start; a hidden page refreshes when shown."""
    window.show_page("zones")
    assert window.zones_page.zones_model.rowCount() > 0
    assert window.actions_page.model.rowCount() == 0 and "actions" not in window._bound_pages
    window.show_page("sessions")
    assert "sessions" in window._bound_pages
    window.show_page("zones")
    window.workspace.services.zones.assign_zone("001270", 6)
    window.zones_page.data_changed.emit()
    assert "sessions" in window._stale_pages  # not refreshed while hidden
    window.show_page("sessions")
    assert "sessions" not in window._stale_pages
