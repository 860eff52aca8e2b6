"""Edit ▸ Preferences…: interface language, backups to keep, the Round Table's settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from rtdesk import paths
from rtdesk.app import open_workspace, operator_name
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.options import BACKUPS_TO_KEEP, INTERFACE_LANGUAGE, OPERATOR_NAME, Options
from rtdesk.gui.preferences_dialog import PreferencesDialog
from rtdesk.services.backup import DEFAULT_KEEP
from rtdesk.services.context import current_user_name
from rtdesk.services.roster import PersonInput
from rtdesk.services.settings import DEFAULT_LETTERHEAD, RoundTableSettings
from rtdesk.store.models import AuditEntry


@pytest.fixture
def dialog(window, qtbot) -> PreferencesDialog:
    made = window.preferences_dialog()
    qtbot.addWidget(made)
    return made


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_preferences_are_in_the_edit_menu(window, monkeypatch):
    action = window.preferences_action
    assert action in window.ui.menuEdit.actions()
    assert action.text() == "&Preferences…"
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    shown = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda d: shown.append(d) or 0)
    action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], PreferencesDialog)


def test_dialog_shows_the_current_values(dialog, options):
    ui = dialog.ui
    assert options.get(INTERFACE_LANGUAGE) == ""
    assert ui.languageCombo.currentText() == "System language"
    assert [ui.languageCombo.itemText(i) for i in range(ui.languageCombo.count())] == [
        "System language",
        "Italiano",
        "English",
    ]
    assert ui.languageHint.text() == "The new language applies when rtdesk is started again."
    assert ui.keepSpin.value() == DEFAULT_KEEP
    assert (ui.keepSpin.minimum(), ui.keepSpin.maximum()) == (1, 100)
    defaults = RoundTableSettings()
    assert ui.quorumShareEdit.text() == defaults.quorum_share
    assert ui.quorumKindCombo.currentText() == "more than"
    assert ui.letterheadEdit.toPlainText().splitlines() == list(DEFAULT_LETTERHEAD)
    assert ui.venueEdit.text() == defaults.default_venue
    assert ui.documentLanguageCombo.currentData() == "it"
    assert ui.quorumPreview.text() == "Quorum: at least 6 of the 11 zones present."


def test_preferences_round_trip(window, dialog, options, qtbot):
    ui = dialog.ui
    choose(ui.languageCombo, "it")
    ui.keepSpin.setValue(4)
    choose(ui.quorumKindCombo, False)
    ui.quorumShareEdit.setText(" 2/3 ")
    assert ui.quorumPreview.text() == "Quorum: at least 8 of the 11 zones present."
    ui.letterheadEdit.setPlainText("Città metropolitana di Torino\n\n=Tavolo delle zone\n")
    ui.venueEdit.setText("Palazzo Cisterna, via Maria Vittoria 12")
    ui.chairEdit.setText("Anna Bianchi")
    ui.secretaryEdit.setText("Mario Rossi")
    choose(ui.documentLanguageCombo, "en")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert options.get(INTERFACE_LANGUAGE) == "it"
    assert options.get(BACKUPS_TO_KEEP) == 4
    saved = window.workspace.services.settings.get()
    assert saved.quorum_share == "2/3" and saved.quorum_strictly_more is False
    assert saved.quorum_rule().required == 8
    assert saved.letterhead == ("Città metropolitana di Torino", "=Tavolo delle zone")
    assert saved.default_venue == "Palazzo Cisterna, via Maria Vittoria 12"
    assert (saved.default_chair, saved.default_secretary) == ("Anna Bianchi", "Mario Rossi")
    assert saved.document_language == "en"
    assert dialog.saved == saved

    again = window.preferences_dialog()
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentText() == "Italiano"
    assert again.ui.keepSpin.value() == 4
    assert again.ui.quorumShareEdit.text() == "2/3"
    assert again.ui.quorumKindCombo.currentText() == "at least"
    assert again.ui.chairEdit.text() == "Anna Bianchi"
    assert again.ui.documentLanguageCombo.currentText() == "English"

    # Back to the system's language.
    choose(again.ui.languageCombo, "")
    again.accept()
    assert options.get(INTERFACE_LANGUAGE) == ""


@pytest.mark.parametrize(
    ("share", "expected"),
    [("3/2", "The quorum share must be more than 0 and at most 1."), ("half", "is not a share")],
)
def test_an_invalid_quorum_is_refused_and_the_dialog_stays_open(
    window, dialog, options, message_boxes, share, expected
):
    ui = dialog.ui
    choose(ui.languageCombo, "en")
    ui.keepSpin.setValue(7)
    ui.chairEdit.setText("Anna Bianchi")
    ui.quorumShareEdit.setText(share)
    assert ui.quorumPreview.text() == "Write the share as a fraction, such as 1/2 or 2/3."
    ui.tabs.setCurrentIndex(PreferencesDialog.TAB_INTERFACE)
    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    [shown] = message_boxes
    assert shown.title == "The Round Table settings were not saved"
    assert expected in shown.text
    assert ui.tabs.currentIndex() == PreferencesDialog.TAB_ROUND_TABLE
    assert ui.quorumShareEdit.text() == share  # what was typed is still there
    # Nothing at all was saved.
    assert window.workspace.services.settings.get() == RoundTableSettings()
    assert options.get(INTERFACE_LANGUAGE) == ""
    assert options.get(BACKUPS_TO_KEEP) == DEFAULT_KEEP

    ui.quorumShareEdit.setText("1/2")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.workspace.services.settings.get().default_chair == "Anna Bianchi"
    assert options.get(INTERFACE_LANGUAGE) == "en"


def test_cancel_saves_nothing(window, dialog, options):
    choose(dialog.ui.languageCombo, "it")
    dialog.ui.chairEdit.setText("Anna Bianchi")
    dialog.reject()
    assert options.get(INTERFACE_LANGUAGE) == ""
    assert window.workspace.services.settings.get().default_chair == ""


def test_without_backups_the_folder_is_not_offered(dialog):
    # The shared fixture's workspace has no backup service (as for a database server).
    assert not dialog.ui.openFolderButton.isEnabled()
    assert dialog.ui.folderValue.text().startswith("None: the database is not a file")


@pytest.fixture
def user_window(qtbot, tmp_path, tasks):
    """The window as the app builds it: the user's own options and a real database file."""
    main = MainWindow(
        open_workspace(str(tmp_path / "office.sqlite")),
        options=Options.for_user(),
        tasks=tasks,
        open_workspace=open_workspace,
    )
    qtbot.addWidget(main)
    yield main
    tasks.discard_pending()
    main.workspace.close()


def test_backups_tab_shows_the_folder_and_the_count_applies_to_start_up_backups(
    user_window, qtbot, monkeypatch
):
    backups = paths.backups_dir()
    dialog = user_window.preferences_dialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.folderValue.text() == str(backups)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.ui.openFolderButton.click()
    assert opened == [QUrl.fromLocalFile(str(backups))]

    dialog.ui.keepSpin.setValue(2)
    dialog.accept()
    location = user_window.workspace.location
    for _ in range(4):  # each opening copies the database, once the window shows it
        assert user_window.switch_database(location, create=False)
        qtbot.wait(50)  # the backup starts from the event loop, after the window shows
        qtbot.waitUntil(lambda: not user_window.tasks.busy)
    assert user_window.workspace.services.backup.keep == 2
    assert len(list(backups.glob("office_*_start*.sqlite"))) == 2


def test_your_name_is_who_the_changes_are_recorded_by(dialog, options, tmp_path):
    dialog.ui.operatorNameEdit.setText("  Silvia   Gallo ")
    dialog.accept()
    assert options.get(OPERATOR_NAME) == "Silvia Gallo"
    # The app reads the name of this computer's user when it opens a database.
    Options.for_user().set(OPERATOR_NAME, "Silvia Gallo")
    workspace = open_workspace(str(tmp_path / "named.sqlite"))
    try:
        assert workspace.services.roster.add_person(PersonInput("Anna", "Bianchi"))
        with workspace.services.roster._context.read() as session:
            users = set(session.scalars(select(AuditEntry.user)))
        assert users == {"Silvia Gallo"}
    finally:
        workspace.close()
    Options.for_user().set(OPERATOR_NAME, "")
    assert operator_name() == current_user_name()  # left empty: the login name
