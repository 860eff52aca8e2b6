"""File ▸ Back up now, Save a copy as…, Restore from a backup…, Open backups folder."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from rtdesk import paths
from rtdesk.app import open_workspace
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.backup_dialog import (
    BackupsTableModel,
    RestoreDialog,
    backup_reason,
    date_and_time,
)
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.options import BACKUPS_TO_KEEP, Options
from rtdesk.gui.workspace import Workspace
from rtdesk.services.backup import check_backup_file
from rtdesk.store.database import open_database

SUSA = "001270"  # a municipality without a sourced zone


class Opener:
    """rtdesk.app.open_workspace, counting its calls; fails on demand like a locked file."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.fail = False

    def __call__(self, target: str, create: bool):
        self.calls.append(target)
        if self.fail:
            raise RtdeskError("The database is locked.", advice="Try again later.")
        return open_workspace(target, create)


@pytest.fixture
def office(tmp_path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def backed_window(qtbot, office, options, tasks, opener):
    """The main window over a real database file, as the app builds it (with backups)."""
    main = MainWindow(
        open_workspace(str(office)), options=options, tasks=tasks, open_workspace=opener
    )
    qtbot.addWidget(main)
    main.resize(1100, 700)
    main.show()
    qtbot.waitExposed(main)
    yield main
    tasks.discard_pending()
    main.workspace.close()


@pytest.fixture
def backups() -> Path:
    return paths.backups_dir()


def zone_of(window, istat_code: str) -> int | None:
    rows = window.workspace.services.zones.municipalities()
    return next(row.zone_number for row in rows if row.istat_code == istat_code)


def without_zone_in_file(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM municipality WHERE zone_id IS NULL"
        ).fetchone()[0]
    finally:
        connection.close()


def test_file_menu_offers_the_backup_actions(backed_window):
    texts = [a.text() for a in backed_window.ui.menuFile.actions() if not a.isSeparator()]
    assert texts[-5:] == [
        "&Back up now",
        "Save a &copy as…",
        "&Restore from a backup…",
        "Open backups &folder",
        "&Quit",
    ]
    assert all(action.isEnabled() for action in backed_window.backups.actions())


def test_without_a_local_file_there_is_nothing_to_back_up(window):
    # The shared fixture's workspace has no backup service (as for a database server).
    assert not any(action.isEnabled() for action in window.backups.actions())
    assert not window.backups.restore()


def test_back_up_now_writes_a_dated_copy_off_the_gui_thread(backed_window, qtbot, backups, office):
    backed_window.backups.back_up_action.trigger()
    # The copy is made on the worker lane; its callback has not run yet.
    assert backed_window.backups.busy
    assert not backed_window.backups.back_up_action.isEnabled()
    qtbot.waitUntil(lambda: not backed_window.backups.busy)

    [copy] = backups.glob("office_*_manual.sqlite")
    assert re.fullmatch(rf"office_{date.today().isoformat()}_\d{{6}}_manual", copy.stem)
    check_backup_file(copy)  # a complete rtdesk database
    assert backed_window.statusBar().currentMessage() == f"Backup written: {copy}"
    assert backed_window.backups.back_up_action.isEnabled()

    # The window keeps working on its database.
    backed_window.workspace.services.zones.assign_zone(SUSA, 6)
    backed_window.refresh()
    assert "122 without a zone" in backed_window.counts_label.text()
    assert without_zone_in_file(copy) == 123


def test_save_a_copy_as_writes_the_chosen_file_and_never_overwrites(
    backed_window, qtbot, tmp_path, monkeypatch, message_boxes
):
    target = tmp_path / "kept" / "copy for the archive.sqlite"
    monkeypatch.setattr(backed_window.backups, "choose_copy_file", lambda: str(target))
    backed_window.backups.save_copy_action.trigger()
    qtbot.waitUntil(lambda: not backed_window.backups.busy)
    check_backup_file(target)
    assert str(target) in backed_window.statusBar().currentMessage()
    assert message_boxes == []

    before = target.read_bytes()
    backed_window.backups.save_copy_action.trigger()
    qtbot.waitUntil(lambda: not backed_window.backups.busy)
    assert len(message_boxes) == 1
    assert message_boxes[0].title == "The backup was not written"
    assert "already exists" in message_boxes[0].text
    assert target.read_bytes() == before


def choose_in_dialog(monkeypatch, backup: Path, seen: list[RestoreDialog]) -> None:
    """The restore dialog, when shown, selects `backup` and is accepted."""

    def run(dialog: RestoreDialog) -> int:
        seen.append(dialog)
        dialog.select_backup(backup)
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)


def test_restore_brings_back_the_data_of_the_backup(
    backed_window, monkeypatch, message_boxes, backups, office, opener
):
    window = backed_window
    zones = window.workspace.services.zones
    other = next(
        m.istat_code for m in zones.municipalities(without_zone=True) if m.istat_code != SUSA
    )
    zones.assign_zone(SUSA, 6)  # before the backup: kept
    backup = window.workspace.services.backup.backup(reason="manual")
    zones.assign_zone(other, 11)  # after the backup: gone once restored
    window.refresh()
    assert "121 without a zone" in window.counts_label.text()
    old_workspace = window.workspace

    seen: list[RestoreDialog] = []
    choose_in_dialog(monkeypatch, backup, seen)
    confirmations = []
    monkeypatch.setattr(window.backups, "confirm", lambda *a: confirmations.append(a) or True)
    window.backups.restore_action.trigger()

    assert seen and seen[0].chosen == backup
    [(title, question, details)] = confirmations
    assert title == "Restore from a backup"
    assert question.startswith("Replace the data of office.sqlite with the backup of ")
    assert str(office) in details and str(backups) in details and "kept aside" in details

    # The window reopened the same file, which now holds the backup's data.
    assert window.workspace is not old_workspace
    assert window.workspace.location == str(office.resolve())
    assert opener.calls == [str(office)]
    assert "122 without a zone" in window.counts_label.text()
    assert zone_of(window, SUSA) == 6
    assert zone_of(window, other) is None
    zones_model = window.zones_page.zones_model
    assert zones_model.data(zones_model.index(11, 2)) == "122"

    # The data as they were are kept aside, and the user is told where.
    [kept] = backups.glob("office_*_replaced-by-restore.sqlite")
    assert without_zone_in_file(kept) == 121
    [done] = message_boxes
    assert done.title == "Backup restored"
    assert str(kept) in done.informative
    assert window.statusBar().currentMessage() == f"Restored from {backup}."

    # And the restored database works: a new change is saved in it.
    window.workspace.services.zones.assign_zone(other, 10)
    window.refresh()
    assert without_zone_in_file(office) == 121


def foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()


def damaged_database(path: Path, tmp_path: Path) -> None:
    source = tmp_path / "to-damage.sqlite"
    open_database(source).close()
    data = bytearray(source.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size, 3):
        data[page * page_size : page * page_size + 200] = b"\x13" * 200
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("junk", "The file is not an rtdesk database."),
        ("foreign", "The file is not an rtdesk database."),
        ("damaged", "The database file is damaged."),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    backed_window, monkeypatch, message_boxes, tmp_path, backups, office, opener, kind, expected
):
    window = backed_window
    window.workspace.services.zones.assign_zone(SUSA, 6)
    bad = tmp_path / "from a colleague.sqlite"
    if kind == "junk":
        bad.write_bytes(b"\x00\xffjunk" * 500)
    elif kind == "foreign":
        foreign_database(bad)
    else:
        damaged_database(bad, tmp_path)
    content = bad.read_bytes()
    workspace = window.workspace
    outcomes = []

    def run(dialog: RestoreDialog) -> int:
        dialog.choose_other_file = lambda: str(bad)
        dialog.ui.otherFileButton.click()
        outcomes.append((dialog.result(), dialog.chosen))
        dialog.reject()  # the user gives up after being told why
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    monkeypatch.setattr(window.backups, "confirm", lambda *a: pytest.fail("not to be asked"))
    assert not window.backups.restore()

    # The dialog stayed open on the refusal, with the reason in plain words.
    assert outcomes == [(QDialog.DialogCode.Rejected, None)]
    [shown] = message_boxes
    assert shown.title == "This file cannot be restored"
    assert shown.text.startswith(expected) and str(bad) in shown.text
    assert shown.informative
    # Nothing changed: same workspace, same data, no file kept aside, the file untouched.
    assert window.workspace is workspace and opener.calls == []
    assert zone_of(window, SUSA) == 6
    assert list(backups.glob("*replaced-by-restore*")) == []
    assert bad.read_bytes() == content


def test_when_the_restored_file_cannot_be_opened_the_data_are_put_back(
    backed_window, monkeypatch, message_boxes, backups, office, opener
):
    window = backed_window
    backup = window.workspace.services.backup.backup(reason="manual")
    window.workspace.services.zones.assign_zone(SUSA, 6)  # after the backup
    workspace = window.workspace
    choose_in_dialog(monkeypatch, backup, [])
    monkeypatch.setattr(window.backups, "confirm", lambda *a: True)
    opener.fail = True
    assert not window.backups.restore()

    assert [m.title for m in message_boxes] == [
        "The database was not opened",
        "The backup was not restored",
    ]
    assert "put back" in message_boxes[1].text
    assert message_boxes[1].informative == "Your current data are unchanged."
    assert window.workspace is workspace
    assert zone_of(window, SUSA) == 6  # the window still works, on the data as they were
    assert without_zone_in_file(office) == 122


def test_cancelling_changes_nothing(backed_window, monkeypatch, office, opener, backups):
    window = backed_window
    backup = window.workspace.services.backup.backup(reason="manual")
    window.workspace.services.zones.assign_zone(SUSA, 6)
    choose_in_dialog(monkeypatch, backup, [])
    monkeypatch.setattr(window.backups, "confirm", lambda *a: False)
    assert not window.backups.restore()
    assert opener.calls == [] and zone_of(window, SUSA) == 6
    assert list(backups.glob("*replaced-by-restore*")) == []


def test_restore_dialog_lists_backups_newest_first(
    backed_window, options, qtmodeltester, backups, texts
):
    service = backed_window.workspace.services.backup
    manual = service.backup(reason="manual")
    start = service.startup_backup()
    migration = service.backup(reason="before-migration-from-0002_proposal_search")
    stamps = {
        migration: datetime(2026, 3, 2, 9, 15),
        manual: datetime(2026, 4, 20, 17, 5),
        start: datetime(2026, 5, 11, 8, 30),
    }
    for path, when in stamps.items():
        os.utime(path, (when.timestamp(), when.timestamp()))

    dialog = RestoreDialog(service, options, backed_window)
    model = dialog.model
    qtmodeltester.check(model)
    assert [row.info.path for row in model.rows()] == [start, manual, migration]
    first = texts(model, 0)
    assert first[BackupsTableModel.COLUMN_TAKEN].startswith(labels.short_date(date(2026, 5, 11)))
    assert [texts(model, r)[BackupsTableModel.COLUMN_REASON] for r in range(3)] == [
        "Automatic, at start-up",
        "Made on request",
        "Before a database update",
    ]
    assert first[BackupsTableModel.COLUMN_SIZE].endswith("kB")
    # The newest is chosen already; Restore needs a choice.
    assert dialog.selected_backup() == start
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    assert ok.text() == "&Restore…" and ok.isEnabled()
    dialog.ui.backupsView.clearSelection()
    assert not ok.isEnabled()
    assert str(backups) in dialog.ui.folderLabel.text()


def test_restore_dialog_without_backups_points_to_another_file(backed_window, options, backups):
    dialog = RestoreDialog(backed_window.workspace.services.backup, options, backed_window)
    assert dialog.model.rowCount() == 0
    assert "There are no backups" in dialog.ui.folderLabel.text()
    assert not dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isEnabled()


def test_backup_reason_is_read_from_the_name():
    stem = "office"
    assert backup_reason(Path("office_2026-05-11_083000_start.sqlite"), stem) == "start"
    assert backup_reason(Path("office_2026-05-11_083000_manual-3.sqlite"), stem) == "manual"
    assert (
        backup_reason(
            Path("office_2026-05-11_083000_before-migration-from-0001_initial.sqlite"), stem
        )
        == "before-migration-from-0001_initial"
    )
    assert backup_reason(Path("copy.sqlite"), stem) == ""


def test_open_backups_folder_shows_it(backed_window, monkeypatch, backups):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    backed_window.backups.open_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(backups))]
    assert backups.is_dir()


def test_start_up_backups_keep_the_number_chosen(tmp_path, backups):
    Options.for_user().set(BACKUPS_TO_KEEP, 2)
    office = tmp_path / "office.sqlite"
    first = open_workspace(str(office))  # created: nothing to back up yet
    manual = first.services.backup.backup(reason="manual")
    first.close()

    def open_and_close() -> Workspace:
        workspace = open_workspace(str(office))
        workspace.after_open()  # what the window runs once it shows the database
        workspace.close()
        return workspace

    for _ in range(4):
        open_and_close()
    assert len(list(backups.glob("office_*_start*.sqlite"))) == 2
    assert manual.exists()  # copies made on request are never rotated away

    Options.for_user().set(BACKUPS_TO_KEEP, 3)
    for _ in range(2):
        workspace = open_and_close()
    assert workspace.services.backup.keep == 3
    assert len(list(backups.glob("office_*_start*.sqlite"))) == 3


def test_backups_a_few_seconds_apart_read_differently():
    first = date_and_time(datetime(2026, 12, 6, 20, 39, 5))
    second = date_and_time(datetime(2026, 12, 6, 20, 39, 41))
    assert first != second
    assert first.endswith("20:39:05") and second.endswith("20:39:41")
