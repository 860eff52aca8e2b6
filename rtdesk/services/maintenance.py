"""Health of a database: integrity, consistency of the reference data, and what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from rtdesk.services.context import ServiceContext
from rtdesk.store import migrate
from rtdesk.store.models import (
    ActionItem,
    Mandate,
    Meeting,
    Municipality,
    Person,
    Proposal,
    Zone,
    ZoneMembership,
)


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    zones: int
    municipalities: int
    municipalities_without_zone: int
    people: int
    mandates: int
    sessions: int
    proposals: int
    actions: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class MaintenanceService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def check(self) -> CheckReport:
        problems: list[str] = []
        with self._context.read() as session:
            connection = session.connection()
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems += [f"Integrity: {line}" for line in integrity[:20]]
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"Row {rowid} of {table} points to a missing {parent}.")
            revision = migrate.current_revision(connection)
            if revision != migrate.head_revision():
                problems.append(f"Schema revision {revision} is not the expected one.")

            def count(column, *where) -> int:
                return session.scalar(select(func.count(column)).where(*where))

            open_zone = (
                select(ZoneMembership.zone_id)
                .where(
                    ZoneMembership.municipality_id == Municipality.id,
                    ZoneMembership.end_date.is_(None),
                )
                .correlate(Municipality)
                .scalar_subquery()
            )
            for name, zone_id, open_id in session.execute(
                select(Municipality.name, Municipality.zone_id, open_zone)
            ):
                if zone_id != open_id:
                    problems.append(f"{name}: its zone does not match its open zone membership.")
            report = CheckReport(
                revision=revision,
                zones=count(Zone.id),
                municipalities=count(Municipality.id),
                municipalities_without_zone=count(Municipality.id, Municipality.zone_id.is_(None)),
                people=count(Person.id),
                mandates=count(Mandate.id),
                sessions=count(Meeting.id),
                proposals=count(Proposal.id),
                actions=count(ActionItem.id),
                problems=problems,
            )
        return report
