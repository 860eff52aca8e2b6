"""GUI fixtures: settings in temp files, a task manager, the main window on the test database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from rtdesk.app import open_workspace
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.options import Options
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.workspace import Services, Workspace
from rtdesk.services.actions import ActionService
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.roster import RosterService
from rtdesk.services.sessions import SessionService
from rtdesk.services.zones import ZoneService


@pytest.fixture(autouse=True)
def isolated_qt_settings(tmp_path_factory):
    """Whatever builds a QSettings of its own writes into a temp folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def options(tmp_path) -> Options:
    return Options.in_file(str(tmp_path / "rtdesk-test.ini"))


@pytest.fixture
def tasks(qapp):
    manager = TaskManager()
    yield manager
    manager.shutdown()


@dataclass
class ClosableWorkspace:
    workspace: Workspace
    closed: int = 0


@pytest.fixture
def closable_workspace(database, context) -> ClosableWorkspace:
    """The test database's workspace; the database fixture closes the engine itself."""
    holder = ClosableWorkspace(None)  # type: ignore[arg-type]

    def close() -> None:
        holder.closed += 1

    holder.workspace = Workspace(
        str(database.path),
        Services(
            zones=ZoneService(context),
            sessions=SessionService(context),
            proposals=ProposalService(context),
            actions=ActionService(context),
            maintenance=MaintenanceService(context),
            roster=RosterService(context),
        ),
        close,
    )
    return holder


@pytest.fixture
def workspace(closable_workspace) -> Workspace:
    return closable_workspace.workspace


@pytest.fixture
def window(qtbot, workspace, options, tasks):
    main = MainWindow(workspace, options=options, tasks=tasks, open_workspace=open_workspace)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    tasks.discard_pending()
    if main.workspace is not workspace:  # the test opened another database
        main.workspace.close()


@dataclass(frozen=True)
class ShownMessage:
    icon: QMessageBox.Icon
    title: str
    text: str
    informative: str
    detailed: str


@pytest.fixture
def message_boxes(monkeypatch) -> list[ShownMessage]:
    """Message boxes are recorded instead of waiting for a click."""
    shown: list[ShownMessage] = []

    def record(box: QMessageBox) -> int:
        shown.append(
            ShownMessage(
                box.icon(),
                box.windowTitle(),
                box.text(),
                box.informativeText(),
                box.detailedText(),
            )
        )
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown
