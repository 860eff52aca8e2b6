"""What the window works on: one open database and the services built over it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rtdesk.services.actions import ActionService
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.roster import RosterService
from rtdesk.services.sessions import SessionService
from rtdesk.services.zones import ZoneService


@dataclass(frozen=True)
class Services:
    zones: ZoneService
    sessions: SessionService
    proposals: ProposalService
    actions: ActionService
    maintenance: MaintenanceService
    # None only where a caller builds Services without the roster (older test fixtures).
    roster: RosterService | None = None


@dataclass(frozen=True)
class Workspace:
    """Built by the composition root (rtdesk.app); the GUI never opens a database itself."""

    location: str  # the database file's full path (or URL), shown to the user
    services: Services
    close: Callable[[], None]
    # What happened on opening (created, migrated with a backup), said once in the status bar.
    notes: tuple[str, ...] = field(default_factory=tuple)


# Opens (create=True: creates if missing) the database named by a path; raises RtdeskError.
WorkspaceOpener = Callable[[str, bool], Workspace]
