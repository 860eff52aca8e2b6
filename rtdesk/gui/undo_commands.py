"""Undo commands for roster edits: redo() and undo() call the services' own operations.

The shape of orange-canvas-core's document commands. A dialog performs the first change itself
(so that a refusal keeps the dialog open), then pushes a command whose first redo() is that
change already done. A later undo or redo the service refuses (someone changed the record
meanwhile) changes nothing: the user is told why and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.zone_assignment import ZoneAssignmentRow
from rtdesk.services.roster import (
    ImportReport,
    MandateInput,
    MandateRow,
    MandateSnapshot,
    PersonInput,
    PersonRow,
    PersonSnapshot,
    RosterService,
)
from rtdesk.services.zones import ZoneImportReport, ZoneService


@dataclass
class UndoHost:
    """The window's undo stack and what to do after an undo or redo, or when one is refused."""

    stack: QUndoStack
    changed: Callable[[], None]
    failed: Callable[[RtdeskError], None]

    def push(self, command: ServiceCommand) -> None:
        self.stack.push(command)


class ServiceCommand(QUndoCommand):
    """A change already made; subclasses say how to undo and redo it."""

    def __init__(self, host: UndoHost, text: str) -> None:
        super().__init__(text)
        self._host = host
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # push() calls redo(): the dialog has already made the change
            return
        self._run(self.do_redo)

    def undo(self) -> None:
        self._run(self.do_undo)

    def _run(self, operation: Callable[[], None]) -> None:
        try:
            operation()
        except RtdeskError as error:
            # Nothing changed (one transaction); this step can no longer be taken back.
            self.setObsolete(True)
            self._host.failed(error)
        self._host.changed()

    def do_undo(self) -> None:
        raise NotImplementedError

    def do_redo(self) -> None:
        raise NotImplementedError


class AddPersonCommand(ServiceCommand):
    def __init__(self, host: UndoHost, service: RosterService, row: PersonRow) -> None:
        super().__init__(
            host, QCoreApplication.translate("undo", "Add {name}").format(name=row.full_name)
        )
        self._service = service
        self._uuid = row.uuid
        self._snapshot: PersonSnapshot | None = None

    def do_undo(self) -> None:
        # No version check: later steps on the stack (already undone) raised the version.
        self._snapshot = self._service.delete_person(self._uuid)

    def do_redo(self) -> None:
        assert self._snapshot is not None
        self._service.restore_person(self._snapshot)


class UpdatePersonCommand(ServiceCommand):
    def __init__(
        self,
        host: UndoHost,
        service: RosterService,
        uuid: str,
        before: PersonInput,
        after: PersonInput,
        version: int,
    ) -> None:
        name = f"{after.given_name} {after.family_name}".strip()
        super().__init__(host, QCoreApplication.translate("undo", "Edit {name}").format(name=name))
        self._service = service
        self._uuid = uuid
        self._before = before
        self._after = after
        self._version = version

    def do_undo(self) -> None:
        row = self._service.update_person(self._uuid, self._before, self._version)
        self._version = row.row_version

    def do_redo(self) -> None:
        row = self._service.update_person(self._uuid, self._after, self._version)
        self._version = row.row_version


class AddMandateCommand(ServiceCommand):
    def __init__(self, host: UndoHost, service: RosterService, row: MandateRow) -> None:
        super().__init__(
            host,
            QCoreApplication.translate("undo", "Add mandate of {name}").format(
                name=row.person_name
            ),
        )
        self._service = service
        self._uuid = row.uuid
        self._snapshot: MandateSnapshot | None = None

    def do_undo(self) -> None:
        # No version check: later steps on the stack (already undone) raised the version.
        self._snapshot = self._service.delete_mandate(self._uuid)

    def do_redo(self) -> None:
        assert self._snapshot is not None
        self._service.restore_mandate(self._snapshot)


class UpdateMandateCommand(ServiceCommand):
    """Editing or ending a mandate: both are an update from one set of values to another."""

    def __init__(
        self,
        host: UndoHost,
        service: RosterService,
        before: MandateRow,
        after: MandateRow,
        text: str,
    ) -> None:
        super().__init__(host, text)
        self._service = service
        self._uuid = after.uuid
        self._before: MandateInput = before.to_input()
        self._after: MandateInput = after.to_input()
        self._version = after.row_version

    def do_undo(self) -> None:
        result = self._service.update_mandate(self._uuid, self._before, self._version)
        self._version = result.row.row_version

    def do_redo(self) -> None:
        result = self._service.update_mandate(self._uuid, self._after, self._version)
        self._version = result.row.row_version


class DeletePersonCommand(ServiceCommand):
    """A person removed (entered by mistake); undo brings them back with their links."""

    def __init__(self, host: UndoHost, service: RosterService, snapshot: PersonSnapshot) -> None:
        name = f"{snapshot.given_name} {snapshot.family_name}".strip()
        super().__init__(
            host, QCoreApplication.translate("undo", "Delete {name}").format(name=name)
        )
        self._service = service
        self._snapshot = snapshot

    def do_undo(self) -> None:
        self._service.restore_person(self._snapshot)

    def do_redo(self) -> None:
        # No version check: later steps on the stack (already undone) raised the version.
        self._snapshot = self._service.delete_person(self._snapshot.uuid)


class DeleteMandateCommand(ServiceCommand):
    """A mandate removed (entered by mistake); undo brings it back if the rules still allow."""

    def __init__(
        self, host: UndoHost, service: RosterService, row: MandateRow, snapshot: MandateSnapshot
    ) -> None:
        super().__init__(
            host,
            QCoreApplication.translate("undo", "Delete mandate of {name}").format(
                name=row.person_name
            ),
        )
        self._service = service
        self._snapshot = snapshot

    def do_undo(self) -> None:
        self._service.restore_mandate(self._snapshot)

    def do_redo(self) -> None:
        self._snapshot = self._service.delete_mandate(self._snapshot.uuid)


class ImportRosterCommand(ServiceCommand):
    def __init__(self, host: UndoHost, service: RosterService, report: ImportReport) -> None:
        super().__init__(host, QCoreApplication.translate("undo", "Import roster"))
        self._service = service
        self._report = report

    def do_undo(self) -> None:
        self._service.revert_import(self._report)

    def do_redo(self) -> None:
        self._service.reapply_import(self._report)


class ImportZonesCommand(ServiceCommand):
    def __init__(
        self,
        host: UndoHost,
        service: ZoneService,
        rows: Sequence[ZoneAssignmentRow],
        report: ZoneImportReport,
    ) -> None:
        super().__init__(host, QCoreApplication.translate("undo", "Import zone list"))
        self._service = service
        self._rows = tuple(rows)
        self._report = report

    def do_undo(self) -> None:
        self._service.revert_zone_assignments(self._report)

    def do_redo(self) -> None:
        # Importing the same rows again gives the same zones (see import_zone_assignments).
        self._report = self._service.import_zone_assignments(self._rows)
