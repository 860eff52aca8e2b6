"""GUI fixtures: settings in temp files, a task manager, the main window on the test database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from rtdesk.app import open_workspace
from rtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AuditAction,
    MeetingMode,
    MeetingStatus,
    ProposalStatus,
)
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.options import INTERFACE_LANGUAGE, Options
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.workspace import Services, Workspace
from rtdesk.services import audit
from rtdesk.services.sessions import AgendaItemInput, SessionInput
from rtdesk.store.models import ActionItem, Meeting, Person, Proposal, Zone


@pytest.fixture(autouse=True)
def isolated_qt_settings(tmp_path_factory):
    """Whatever builds a QSettings of its own writes into a temp folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    # The tests read English texts whatever the machine's locale (a C locale means Italian);
    # the translation tests choose Italian explicitly.
    Options.for_user().set(INTERFACE_LANGUAGE, "en")
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
        Services.over(context),
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
def minutes_session(workspace):
    """A session of 17 March 2026 in Ivrea with two items, the second one a decision."""
    sessions = workspace.services.sessions
    detail = sessions.create_session(SessionInput(date(2026, 3, 17), venue="Ivrea"))
    sessions.add_agenda_item(detail.uuid, AgendaItemInput("Comunicazioni"))
    sessions.add_agenda_item(
        detail.uuid, AgendaItemInput("Riparto dei fondi", kind=AgendaItemKind.DECISION)
    )
    return sessions.session(detail.uuid)


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


def _texts(model, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


@pytest.fixture
def texts():
    """What a table model shows in one row, column by column: texts(model, row)."""
    return _texts


@pytest.fixture
def records(database):
    with database.session_factory.begin() as s:
        zones = {z.number: z for z in s.scalars(select(Zone))}
        march = Meeting(
            year=2026,
            number=2,
            meeting_date=date(2026, 3, 17),
            venue="Sala del Consiglio metropolitano",
            mode=MeetingMode.ONLINE,
            status=MeetingStatus.CONVENED,
        )
        december = Meeting(
            year=2025,
            number=4,
            meeting_date=date(2025, 12, 3),
            venue="Pinerolo",
            status=MeetingStatus.MINUTES_APPROVED,
        )
        proposal = Proposal(
            code="P-2025-009",
            year=2025,
            sequence=9,
            title="Sportello unico per le imprese",
            submitted_on=date(2025, 10, 1),
            status=ProposalStatus.UNDER_DISCUSSION,
            proposing_zones=[zones[9], zones[5]],
        )
        person = Person(given_name="Maria", family_name="Rossi")
        s.add_all([march, december, proposal, person])
        s.flush()
        s.add_all(
            [
                ActionItem(
                    description="Collect the\nadoption forms",
                    owner_person=person,
                    owner_zone_id=zones[7].id,
                    status=ActionStatus.IN_PROGRESS,
                    due_date=date(2026, 2, 28),
                    meeting_id=december.id,
                    proposal_id=proposal.id,
                ),
                ActionItem(description="+Check the budget", owner_name="Segreteria"),
            ]
        )
        # As every write of the app, one audit entry: pages that reuse what they have read
        # while nothing was written (the proposals list as you type) see this one.
        audit.record(s, "test", AuditAction.CREATE, proposal, "Records for the GUI tests")
