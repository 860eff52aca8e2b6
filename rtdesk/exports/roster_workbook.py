"""The roster workbook: all mandates, a per-zone summary of who is in office, one sheet per zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.roster import RosterEntry
from rtdesk.exports.xlsx_style import (
    SHEET_TITLE_LIMIT,
    save_workbook,
    set_properties,
    sheet_title,
    write_table,
)

LANGUAGES = ("it", "en")

# Column headers of the overview and zone sheets: the same columns everywhere, and names the
# roster importer recognises, so any of these sheets can be imported again.
ENTRY_HEADERS = {
    "it": (
        "Zona",
        "Nome zona",
        "Cognome",
        "Nome",
        "Ruolo",
        "Carica",
        "Comune",
        "Email",
        "Telefono",
        "Inizio",
        "Fine",
        "Data elezione",
        "Stato",
        "Note",
    ),
    "en": (
        "Zone",
        "Zone name",
        "Family name",
        "Given name",
        "Role",
        "Title",
        "Municipality",
        "Email",
        "Phone",
        "Start date",
        "End date",
        "Elected on",
        "Status",
        "Notes",
    ),
}

SUMMARY_HEADERS = {
    "it": (
        "Zona",
        "Nome zona",
        "Portavoce",
        "Vice portavoce vicario",
        "Altri vice portavoce",
        "Situazione al",
    ),
    "en": (
        "Zone",
        "Zone name",
        "Spokesperson",
        "Vicar (deputy)",
        "Other deputies",
        "As of",
    ),
}

ROLE_LABELS = {
    "it": {
        "spokesperson": "Portavoce",
        "deputy": "Vice portavoce",
        "vicar": "Vice portavoce vicario",
    },
    "en": {"spokesperson": "Spokesperson", "deputy": "Deputy", "vicar": "Deputy (vicar)"},
}

STATUS_LABELS = {
    "it": {"current": "In carica", "ended": "Concluso", "future": "Non ancora iniziato"},
    "en": {"current": "In office", "ended": "Ended", "future": "Not yet started"},
}

# "DA NOMINARE" is the wording of the Round Table's own lists for a vacant post.
VACANT = {"it": "DA NOMINARE", "en": "TO BE APPOINTED"}

SHEET_NAMES = {
    "it": {"overview": "Panoramica", "summary": "Riepilogo", "zone": "Zona"},
    "en": {"overview": "Overview", "summary": "Summary", "zone": "Zone"},
}

_SHORTER = ((" - ", "-"), ("Area Metropolitana Torino", "AMT"))

TITLES = {"it": "Rappresentanti delle zone omogenee", "en": "Representatives of the zones"}


def write_roster_workbook(
    path: str | Path,
    zones: Sequence[tuple[int, str]],
    entries: Sequence[RosterEntry],
    *,
    today: date,
    language: str = "it",
) -> None:
    """Write the roster workbook to `path` (replaced atomically).

    Sheets: the overview (every mandate of every zone, importable again), the summary (per zone,
    who is spokesperson and vicar on `today`, or DA NOMINARE), then one sheet per zone with the
    same columns as the overview. In each zone, mandates in office come first (spokesperson,
    vicar, deputies), then the others, newest first.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    zone_names = dict(zones)
    if len(zone_names) != len(zones):
        raise ValueError("a zone number appears twice in zones")
    unknown = sorted({e.zone_number for e in entries} - zone_names.keys())
    if unknown:
        raise ValueError(f"entries refer to zones not given: {unknown}")

    by_zone: dict[int, list[RosterEntry]] = {number: [] for number in zone_names}
    for entry in entries:
        by_zone[entry.zone_number].append(entry)
    ordered_zones = sorted(zone_names)
    for number in ordered_zones:
        by_zone[number] = order_for_display(by_zone[number], today)

    words = SHEET_NAMES[language]
    wb = Workbook()
    overview = wb.active
    overview.title = words["overview"]
    write_table(
        overview,
        ENTRY_HEADERS[language],
        [
            _entry_row(entry, zone_names[number], today, language)
            for number in ordered_zones
            for entry in by_zone[number]
        ],
    )

    summary = wb.create_sheet(words["summary"])
    write_table(
        summary,
        SUMMARY_HEADERS[language],
        [
            _summary_row(number, zone_names[number], by_zone[number], today, language)
            for number in ordered_zones
        ],
    )

    for number in ordered_zones:
        title = sheet_title(
            zone_sheet_title(words["zone"], number, zone_names[number]), wb.sheetnames
        )
        sheet = wb.create_sheet(title)
        write_table(
            sheet,
            ENTRY_HEADERS[language],
            [_entry_row(entry, zone_names[number], today, language) for entry in by_zone[number]],
        )

    set_properties(
        wb,
        title=TITLES[language],
        subject=f"{TITLES[language]} — {today.strftime('%d/%m/%Y')}",
    )
    save_workbook(wb, path)


def zone_sheet_title(word: str, number: int, name: str) -> str:
    """ "Zona 5 Pinerolese"; a name too long for a sheet tab is first shortened the way the
    sources write it ("AMT Ovest", "Ciriacese-Valli di Lanzo"), and only then cut."""
    title = f"{word} {number} {name}"
    for long, short in _SHORTER:
        if len(title) <= SHEET_TITLE_LIMIT:
            break
        title = title.replace(long, short)
    return title


def is_current(entry: RosterEntry, today: date) -> bool:
    return entry.start_date <= today and (entry.end_date is None or entry.end_date >= today)


def order_for_display(entries: Sequence[RosterEntry], today: date) -> list[RosterEntry]:
    """In office first (spokesperson, vicar, other deputies, by name), then the rest by start
    date, newest first."""

    def rank(entry: RosterEntry) -> int:
        if entry.role is MandateRole.SPOKESPERSON:
            return 0
        return 1 if entry.is_vicar else 2

    def name(entry: RosterEntry) -> tuple[str, str]:
        return (entry.family_name.casefold(), entry.given_name.casefold())

    current = sorted(
        (e for e in entries if is_current(e, today)),
        key=lambda e: (rank(e), name(e), e.start_date),
    )
    others = sorted(
        (e for e in entries if not is_current(e, today)),
        key=lambda e: (-e.start_date.toordinal(), rank(e), name(e)),
    )
    return current + others


def role_label(entry: RosterEntry, language: str) -> str:
    labels = ROLE_LABELS[language]
    if entry.role is MandateRole.SPOKESPERSON:
        return labels["spokesperson"]
    return labels["vicar"] if entry.is_vicar else labels["deputy"]


def _status(entry: RosterEntry, today: date, language: str) -> str:
    labels = STATUS_LABELS[language]
    if is_current(entry, today):
        return labels["current"]
    return labels["future"] if entry.start_date > today else labels["ended"]


def _entry_row(entry: RosterEntry, zone_name: str, today: date, language: str) -> tuple:
    return (
        entry.zone_number,
        zone_name,
        entry.family_name,
        entry.given_name,
        role_label(entry, language),
        entry.title,
        entry.municipality,
        entry.email,
        entry.phone,
        entry.start_date,
        entry.end_date,
        entry.elected_on,
        _status(entry, today, language),
        entry.notes,
    )


def _person(entry: RosterEntry) -> str:
    name = f"{entry.given_name} {entry.family_name}".strip()
    return f"{name} ({entry.municipality})" if entry.municipality else name


def _summary_row(
    number: int, zone_name: str, entries: Sequence[RosterEntry], today: date, language: str
) -> tuple:
    current = [e for e in entries if is_current(e, today)]
    spokespeople = [e for e in current if e.role is MandateRole.SPOKESPERSON]
    vicars = [e for e in current if e.role is MandateRole.DEPUTY and e.is_vicar]
    deputies = [e for e in current if e.role is MandateRole.DEPUTY and not e.is_vicar]
    # Several people in one post is a data error the roster service prevents; if it happens
    # anyway, showing all of them is more honest than picking one.
    return (
        number,
        zone_name,
        "; ".join(_person(e) for e in spokespeople) or VACANT[language],
        "; ".join(_person(e) for e in vicars) or VACANT[language],
        "; ".join(_person(e) for e in deputies),
        today,
    )
