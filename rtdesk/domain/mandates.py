"""Rules of the zone rosters: terms in office, the conflicts between them, and plain-words texts.

Dates are inclusive: a term from 27/01/2022 to 26/01/2024 includes both days, and a missing end
date means the term is still running. So a term ending on 26/01/2022 and the next one starting
on 27/01/2022 do not overlap (the usual hand-over), while a term ending on the very day another
starts does overlap: on that day both people would be in office.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text
from rtdesk.domain.zones import ZONE_NUMBERS


def periods_overlap(
    a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None
) -> bool:
    """Whether two inclusive periods share at least one day; None is an open end on that side."""
    starts_before_b_ends = a_start is None or b_end is None or a_start <= b_end
    b_starts_before_a_ends = b_start is None or a_end is None or b_start <= a_end
    return starts_before_b_ends and b_starts_before_a_ends


def in_office(start: date, end: date | None, on: date) -> bool:
    return start <= on and (end is None or on <= end)


def show_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def show_period(start: date, end: date | None) -> Text:
    """“from 27/01/2022 to 26/01/2024”, or “since 27/01/2022” while the term is open."""
    if end is None:
        return QT_TRANSLATE_NOOP("errors.roster", "since {start}").format(start=start)
    return QT_TRANSLATE_NOOP("errors.roster", "from {start} to {end}").format(start=start, end=end)


def role_name(role: MandateRole, is_vicar: bool) -> Text:
    """The role in lower case, as it reads inside a sentence."""
    if role is MandateRole.SPOKESPERSON:
        return QT_TRANSLATE_NOOP("errors.roster", "spokesperson")
    if is_vicar:
        return QT_TRANSLATE_NOOP("errors.roster", "deputy (vicar)")
    return QT_TRANSLATE_NOOP("errors.roster", "deputy")


@dataclass(frozen=True)
class Term:
    """A mandate as the rules see it. `key` tells the same mandate apart from the others (None
    for one not saved yet); `person_key` tells people apart (any hashable, e.g. a uuid)."""

    key: Hashable | None
    person_key: Hashable
    person_name: str
    zone_number: int
    role: MandateRole
    is_vicar: bool
    start_date: date
    end_date: date | None = None
    elected_on: date | None = None  # the electing assembly's date, when known

    def overlaps(self, other: Term) -> bool:
        return periods_overlap(self.start_date, self.end_date, other.start_date, other.end_date)

    def describe(self) -> str:
        """“Mario Rossi, spokesperson of zone 3 from 27/01/2022 to 26/01/2024”."""
        return (
            f"{self.person_name}, {role_name(self.role, self.is_vicar)} of zone "
            f"{self.zone_number} {show_period(self.start_date, self.end_date)}"
        )


class ConflictKind(StrEnum):
    SPOKESPERSON = "spokesperson"  # two spokespeople of one zone at once
    VICAR = "vicar"  # two vicars of one zone at once
    SAME_PERSON = "same_person"  # one person holding two mandates in one zone at once


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    other: Term
    message: Text


def term_problems(term: Term) -> list[Text]:
    """What is wrong with a term on its own (zone, date order, vicar role); [] when nothing."""
    problems = []
    if term.zone_number not in ZONE_NUMBERS:
        problems.append(
            QT_TRANSLATE_NOOP(
                "errors.roster", "There is no zone {number}: zones are numbered {first} to {last}."
            ).format(number=term.zone_number, first=ZONE_NUMBERS.start, last=ZONE_NUMBERS.stop - 1)
        )
    if term.end_date is not None and term.end_date < term.start_date:
        problems.append(
            QT_TRANSLATE_NOOP(
                "errors.roster", "The end date {end} is before the start date {start}."
            ).format(end=term.end_date, start=term.start_date)
        )
    if term.elected_on is not None and term.elected_on > term.start_date:
        problems.append(
            QT_TRANSLATE_NOOP(
                "errors.roster",
                "The election date {elected} is after the start date {start}: a mandate starts "
                "once the assembly of mayors has elected the person.",
            ).format(elected=term.elected_on, start=term.start_date)
        )
    if term.is_vicar and term.role is not MandateRole.DEPUTY:
        problems.append(
            QT_TRANSLATE_NOOP(
                "errors.roster",
                "Only a deputy (vice portavoce) can be the vicar, not the spokesperson.",
            )
        )
    return problems


def conflicts(candidate: Term, others: Iterable[Term]) -> list[Conflict]:
    """The terms of the candidate's zone that cannot coexist with it, each with a message.

    `others` may hold the candidate itself (same key: skipped, so an edit is checked against
    the rest) and terms of other zones (ignored). A person with two overlapping mandates in the
    zone is reported as such only, not also as a second spokesperson or vicar.
    """
    found = []
    zone = candidate.zone_number
    for other in others:
        if other.zone_number != zone or not candidate.overlaps(other):
            continue
        if candidate.key is not None and other.key == candidate.key:
            continue
        if other.person_key == candidate.person_key:
            found.append(
                Conflict(
                    ConflictKind.SAME_PERSON,
                    other,
                    QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "{person} already holds a mandate in zone {zone} at the same time "
                        "({role} {period}): one person cannot hold two roles in one zone at once.",
                    ).format(
                        person=candidate.person_name,
                        zone=zone,
                        role=role_name(other.role, other.is_vicar),
                        period=show_period(other.start_date, other.end_date),
                    ),
                )
            )
        elif candidate.role is MandateRole.SPOKESPERSON and other.role is MandateRole.SPOKESPERSON:
            found.append(
                Conflict(
                    ConflictKind.SPOKESPERSON,
                    other,
                    QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "Zone {zone} already has a spokesperson in that period: {person}, "
                        "{period}. A zone has one spokesperson at a time.",
                    ).format(
                        zone=zone,
                        person=other.person_name,
                        period=show_period(other.start_date, other.end_date),
                    ),
                )
            )
        elif candidate.is_vicar and other.is_vicar:
            found.append(
                Conflict(
                    ConflictKind.VICAR,
                    other,
                    QT_TRANSLATE_NOOP(
                        "errors.roster",
                        "Zone {zone} already has a vicar in that period: {person}, {period}. "
                        "A zone has one vicar at a time.",
                    ).format(
                        zone=zone,
                        person=other.person_name,
                        period=show_period(other.start_date, other.end_date),
                    ),
                )
            )
    return found


def municipality_warning(
    person_name: str,
    municipality_name: str | None,
    municipality_zone: int | None,
    zone_number: int,
) -> Text | None:
    """Why a person may not belong to the zone they represent; a warning only, since the zone
    data is incomplete and a representative's municipality is usually, not always, in the zone."""
    if municipality_name is None:
        return QT_TRANSLATE_NOOP(
            "errors.roster",
            "{person} has no municipality recorded, so it cannot be checked that they come "
            "from zone {zone}.",
        ).format(person=person_name, zone=zone_number)
    if municipality_zone is None:
        return QT_TRANSLATE_NOOP(
            "errors.roster",
            "{person}'s municipality, {municipality}, has no zone yet, so it cannot be "
            "checked that it lies in zone {zone}.",
        ).format(person=person_name, municipality=municipality_name, zone=zone_number)
    if municipality_zone != zone_number:
        return QT_TRANSLATE_NOOP(
            "errors.roster",
            "{person}'s municipality, {municipality}, lies in zone {municipality_zone}, "
            "not zone {zone}.",
        ).format(
            person=person_name,
            municipality=municipality_name,
            municipality_zone=municipality_zone,
            zone=zone_number,
        )
    return None
