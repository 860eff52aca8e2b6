"""What the window works on: one open database and the services built over it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rtdesk.services.actions import ActionService
from rtdesk.services.attention import AttentionService
from rtdesk.services.backup import BackupService
from rtdesk.services.context import ServiceContext
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.minutes import MinutesService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.roster import RosterService
from rtdesk.services.sessions import SessionService
from rtdesk.services.settings import SettingsService
from rtdesk.services.summary import SummaryService
from rtdesk.services.zones import ZoneService


@dataclass(frozen=True)
class Services:
    zones: ZoneService
    sessions: SessionService
    proposals: ProposalService
    actions: ActionService
    maintenance: MaintenanceService
    roster: RosterService
    minutes: MinutesService
    settings: SettingsService
    summary: SummaryService
    attention: AttentionService
    # None when the database is not a local file (nothing to copy with SQLite's backup API).
    backup: BackupService | None = None

    @classmethod
    def over(cls, context: ServiceContext, backup: BackupService | None = None) -> Services:
        """Every service over one database (the composition root and the tests share this)."""
        return cls(
            zones=ZoneService(context),
            sessions=SessionService(context),
            proposals=ProposalService(context),
            actions=ActionService(context),
            maintenance=MaintenanceService(context),
            roster=RosterService(context),
            minutes=MinutesService(context),
            settings=SettingsService(context),
            summary=SummaryService(context),
            attention=AttentionService(context),
            backup=backup,
        )


@dataclass(frozen=True)
class Workspace:
    """Built by the composition root (rtdesk.app); the GUI never opens a database itself."""

    location: str  # the database file's full path (or URL), shown to the user
    services: Services
    close: Callable[[], None]
    # What happened on opening (created, migrated with a backup), said once in the status bar.
    notes: tuple[str, ...] = field(default_factory=tuple)
    # Work for the database lane once the window shows this database (the start-up backup):
    # run after the first paint, it returns what to say in the status bar.
    after_open: Callable[[], tuple[str, ...]] | None = None


# Opens (create=True: creates if missing) the database named by a path; raises RtdeskError.
WorkspaceOpener = Callable[[str, bool], Workspace]
