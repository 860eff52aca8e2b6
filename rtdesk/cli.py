"""The `rtdesk` command: the GUI with no sub-command, the same use cases headless with one.

A sub-command is one small function registered with `@command("words", help=...)`; it gets
an `Invocation` (the parsed arguments, the database opened on first use) and returns the exit
code. Errors are reported here, once: what the user can fix (`RtdeskError`) as plain words
and exit 1, a rejected import as one line per problem and exit 2, a bug with its traceback
and exit 3. argparse reports usage errors with exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rtdesk import __version__, paths
from rtdesk.domain.errors import ImportRejected, NotFoundError, RtdeskError, ValidationError
from rtdesk.domain.fingerprints import (
    FULL_DIGITS,
    MIN_DIGITS,
    FingerprintComparison,
    FingerprintOutcome,
    compare_fingerprint,
)
from rtdesk.domain.identifiers import parse_session_ref
from rtdesk.services.backup import BackupService
from rtdesk.services.context import ServiceContext
from rtdesk.services.demo import MAX_YEARS
from rtdesk.services.demo_scale import MAX_SCALE, DemoScaleService
from rtdesk.services.maintenance import MaintenanceService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.roster import RosterService
from rtdesk.services.sessions import SessionService
from rtdesk.services.summary import SummaryService
from rtdesk.services.zones import ZoneService
from rtdesk.store.database import Database, open_database
from rtdesk.store.engine import database_url, sqlite_path

# rtdesk.exports (openpyxl, reportlab) is imported where it is used: the window paints
# without it, a good part of a second sooner.

PROG = "rtdesk"
EXIT_OK = 0
EXIT_FAILED = 1  # the user's or the environment's problem, explained
EXIT_REJECTED = 2  # an import with bad rows (argparse also uses 2 for usage errors)
EXIT_BUG = 3


# --- Registry of sub-commands ------------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    """One `add_argument` call, kept until the parser is built."""

    flags: tuple[str, ...]
    options: dict[str, Any]


def argument(*flags: str, **options: Any) -> Argument:
    return Argument(flags, options)


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]  # ("check",) or ("export", "minutes")
    help: str
    run: Callable[[Invocation], int]
    arguments: tuple[Argument, ...]
    description: str = ""  # for `rtdesk <name> -h`, when the one-line help is not enough


_COMMANDS: dict[tuple[str, ...], Command] = {}
_GROUPS: dict[tuple[str, ...], str] = {}


def command(
    name: str, *, help: str, arguments: Sequence[Argument] = (), description: str = ""
) -> Callable[[Callable[[Invocation], int]], Callable[[Invocation], int]]:
    """Register the decorated function as `rtdesk <name>`; `name` may have several words."""

    def register(run: Callable[[Invocation], int]) -> Callable[[Invocation], int]:
        words = tuple(name.split())
        if words in _COMMANDS or words in _GROUPS:
            raise ValueError(f"rtdesk {name} is registered twice")
        _COMMANDS[words] = Command(words, help, run, tuple(arguments), description)
        return run

    return register


def command_group(name: str, *, help: str) -> None:
    """Describe the first word(s) shared by several commands, e.g. `export`."""
    _GROUPS[tuple(name.split())] = help


# --- Running a command --------------------------------------------------------------------


class Invocation:
    """What a command works with: its arguments and, opened on first use, the database."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._database: Database | None = None

    @property
    def database_option(self) -> str | None:
        return getattr(self.args, "database", None)

    @property
    def explicit_database(self) -> str | None:
        """The database the user named (option or RTDESK_DATABASE), None for the default."""
        return self.database_option or os.environ.get(paths.DATABASE_ENV) or None

    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(
                paths.chosen_database(self.database_option), backup_dir=paths.backups_dir()
            )
            _report_opening(self._database)
        return self._database

    def context(self) -> ServiceContext:
        database = self.database()
        return ServiceContext(database.session_factory, location=database.display_name)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None


def out(text: str = "") -> None:
    print(text, file=sys.stdout)


def note(text: str) -> None:
    """Messages about what happened besides the result (stderr keeps stdout parseable)."""
    print(text, file=sys.stderr)


def _report_opening(database: Database) -> None:
    if database.created and database.seeded is not None:
        seeded = database.seeded
        note(
            f"Created a new database at {database.display_name} with {seeded.zones} zones and "
            f"{seeded.municipalities} municipalities."
        )
    elif database.migrated_from is not None:
        kept = (
            f" A copy of the previous file is at {database.backups[-1]}."
            if database.backups
            else ""
        )
        note(f"Updated the database from schema revision {database.migrated_from}.{kept}")


# --- Commands -----------------------------------------------------------------------------


@command("check", help="check the database and show what it holds")
def check_command(invocation: Invocation) -> int:
    database = invocation.database()
    context = invocation.context()
    report = MaintenanceService(context).check()
    out(f"Database: {database.display_name}")
    out(f"Schema revision: {report.revision or 'none'}")
    out(f"Zones: {report.zones}")
    out(f"Municipalities: {report.municipalities}")
    if report.municipalities_without_zone:
        out("  " + _without_zone_sentence(context, report.municipalities_without_zone))
    out(f"People: {report.people}")
    out(f"Mandates: {report.mandates}")
    out(f"Sessions: {report.sessions}")
    out(f"Proposals: {report.proposals}")
    out(f"Actions: {report.actions}")
    if report.ok:
        out("No problems found.")
        return EXIT_OK
    out(f"{_count(len(report.problems), 'problem')} found:")
    for problem in report.problems:
        out(f"  - {problem}")
    return EXIT_FAILED


def _without_zone_sentence(context: ServiceContext, count: int) -> str:
    # The zones still short of their sourced size are where the unassigned municipalities lie.
    short = [z.number for z in ZoneService(context).list_zones() if z.missing_municipalities]
    one = count == 1
    where = ""
    if short:
        numbers = ", ".join(map(str, short[:-1])) + " or " if len(short) > 1 else ""
        where = f" ({'it lies' if one else 'they lie'} in zone {numbers}{short[-1]})"
    return (
        f"{_count(count, 'municipality', 'municipalities')} "
        f"{'has' if one else 'have'} no zone yet: {'its' if one else 'their'} zone is not "
        f"sourced{where}; assign it on the Zones page."
    )


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(f"choose a scale from 1 to {MAX_SCALE}")
    return value


def _years(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"choose from 1 to {MAX_YEARS} years")
    return value


# --- Backups ------------------------------------------------------------------------------


def _database_file(invocation: Invocation) -> Path:
    """The SQLite file behind the chosen database (backups copy files, not URLs)."""
    path = sqlite_path(database_url(paths.chosen_database(invocation.database_option)))
    if path is None:
        raise ValidationError(
            "Backups and restores work on a database file.",
            advice="Name the .sqlite file with --database.",
        )
    return path


@command(
    "backup",
    help="copy the database now (into the backups folder, or to -o FILE)",
    arguments=[argument("-o", "--output", type=Path, help="where to write the copy")],
)
def backup_command(invocation: Invocation) -> int:
    database = invocation.database()  # opening checks (and if needed migrates) it first
    service = BackupService(database.path or _database_file(invocation), paths.backups_dir())
    copy = service.backup(invocation.args.output)
    out(f"Backup written: {copy}")
    return EXIT_OK


@command(
    "restore",
    help="replace the database with a backup (the current file is kept aside)",
    arguments=[argument("file", type=Path, help="the backup to restore")],
)
def restore_command(invocation: Invocation) -> int:
    target = _database_file(invocation)
    # No connection may be open on the file being replaced: work on the file only.
    result = BackupService(target, paths.backups_dir()).restore(invocation.args.file)
    out(f"Restored {target} from {result.restored_from}.")
    if result.previous_kept_at is not None:
        out(f"The database as it was before is kept at {result.previous_kept_at}.")
    return EXIT_OK


@command(
    "demo",
    help="fill a new database with fictitious people, sessions and proposals",
    arguments=[
        argument(
            "--scale",
            type=_scale,
            default=1,
            metavar="K",
            help="multiply the demo: K × 1,000 proposals and K × 20 sessions from K=2, "
            "written in bulk (default: 1, the everyday demo)",
        ),
        argument(
            "--years",
            type=_years,
            default=3,
            metavar="N",
            help="years of roster history up to today (default: 3)",
        ),
        argument(
            "--seed",
            type=int,
            default=0,
            metavar="S",
            help="the same seed on the same day gives the same data (default: 0)",
        ),
    ],
)
def demo_command(invocation: Invocation) -> int:
    if invocation.explicit_database is None:
        # Never fill the everyday database by accident: the demo needs a file named for it.
        raise ValidationError(
            "Name the database to fill with --database, e.g. rtdesk demo --database demo.sqlite.",
            advice="Demo data is fictitious: keep it in its own file, away from the real database.",
        )
    context = invocation.context()
    started = time.perf_counter()
    report = DemoScaleService(context).generate(
        scale=invocation.args.scale, years=invocation.args.years, seed=invocation.args.seed
    )
    seconds = time.perf_counter() - started
    database = invocation.database()
    out(
        f"Added demo data to {database.display_name} "
        f"(seed {report.seed}, {_count(report.years, 'year')} up to {context.today():%d/%m/%Y}):"
    )
    out(f"  people: {report.people}")
    out(f"  mandates: {report.mandates} ({report.current_mandates} current)")
    vacant = ", ".join(map(str, report.zones_without_spokesperson)) or "none"
    out(f"  zones without a spokesperson today: {vacant}")
    out(f"  sessions: {report.sessions} ({report.approved_minutes} with approved minutes)")
    out(f"  proposals: {report.proposals}")
    if report.scale > 1:
        out(f"  scale {report.scale}, written in {seconds:.1f} s")
    return EXIT_OK


# --- Session documents ---------------------------------------------------------------------

command_group("export", help="write documents and workbooks")

_SESSION_DOCUMENT_ARGUMENTS = [
    argument("session", metavar="SESSION", help="the session as written, e.g. 7/2026"),
    argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write"),
    argument(
        "--language",
        choices=("it", "en"),
        default=None,
        help="language of the document (default: the one in the settings)",
    ),
]


def _pdf_target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder.",
            advice="Give the name of the PDF file to write, e.g. seduta.pdf.",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            f"The folder {path.parent} does not exist.",
            advice="Create it first, or choose another folder.",
        )
    return path


def _writing(path: Path, write: Callable[[], Any]) -> Any:
    """Run `write`, turning the usual file problems into plain words."""
    try:
        return write()
    except PermissionError as error:
        raise RtdeskError(
            f"Cannot write {path}: it is open in another program, or the folder is read-only.",
            advice="Close the file (or choose another name) and try again.",
        ) from error
    except OSError as error:
        raise RtdeskError(
            f"Cannot write {path}: {error.strerror or error}.",
            advice="Check the disk and the folder, then try again.",
        ) from error


@command(
    "export agenda",
    help="write the convocation of a session with its agenda as a PDF",
    arguments=_SESSION_DOCUMENT_ARGUMENTS,
)
def export_agenda_command(invocation: Invocation) -> int:
    path = _pdf_target(invocation.args.output)
    service = SessionService(invocation.context())
    detail = service.find_by_ref(invocation.args.session)
    document = service.agenda_document(detail.uuid, invocation.args.language)
    from rtdesk.exports.agenda_pdf import write_agenda_pdf

    _writing(path, lambda: write_agenda_pdf(document, path))
    out(f"Wrote the agenda of session {detail.ref} to {path}.")
    return EXIT_OK


@command(
    "export minutes",
    help="write the minutes of a session as a PDF (a draft until they are approved)",
    arguments=_SESSION_DOCUMENT_ARGUMENTS,
)
def export_minutes_command(invocation: Invocation) -> int:
    path = _pdf_target(invocation.args.output)
    service = SessionService(invocation.context())
    detail = service.find_by_ref(invocation.args.session)
    document = service.minutes_document(detail.uuid, invocation.args.language)
    from rtdesk.exports.minutes_pdf import write_minutes_pdf

    fingerprint = _writing(path, lambda: write_minutes_pdf(document, path))
    state = f"approved at session {detail.approved_at_ref}" if detail.approved_at_ref else "draft"
    out(f"Wrote the minutes of session {detail.ref} ({state}) to {path}.")
    out(f"SHA-256 fingerprint: {fingerprint}")
    if detail.fingerprint and detail.fingerprint != fingerprint:
        note(
            "Warning: this fingerprint differs from the one stored when the minutes were "
            f"approved ({detail.fingerprint}): the stored minutes have changed since."
        )
        return EXIT_FAILED
    return EXIT_OK


@command(
    "verify",
    help="check a printed copy of the minutes against the fingerprint stored at approval",
    description="Check a printed copy of approved minutes: compare the SHA-256 fingerprint "
    "printed in its footer with the one stored when the minutes were approved, and check that "
    "the stored minutes still give it. Exit status 0: the copy is the approved text; 1: it is "
    "not, or the database was changed after the approval; 2: bad input (fingerprint, session).",
    arguments=[
        argument("session", metavar="SESSION", help="the session as written, e.g. 7/2026"),
        argument(
            "fingerprint",
            metavar="FINGERPRINT",
            nargs="*",
            help="the fingerprint printed in the footer of the copy, spaces allowed; its first "
            f"{MIN_DIGITS} characters are enough. Without it, only check that the stored "
            "minutes still give the fingerprint stored at approval",
        ),
    ],
)
def verify_command(invocation: Invocation) -> int:
    typed = " ".join(invocation.args.fingerprint)
    try:
        parse_session_ref(invocation.args.session)
    except ValidationError as error:
        return _bad_input(error.message, error.advice)
    comparison = None
    if typed.strip():
        # The typing is checked first, without opening the database.
        comparison = compare_fingerprint(typed, "")
        if not comparison.compared:
            return _bad_input(*_fingerprint_problem(comparison))
    service = SessionService(invocation.context())
    try:
        detail = service.find_by_ref(invocation.args.session)
    except NotFoundError as error:
        return _bad_input(error.message, error.advice)
    if not detail.fingerprint:
        out(
            f"The minutes of session {detail.ref} are not approved yet: no fingerprint was "
            "stored, so no copy of them is the approved text."
        )
        if comparison is not None:
            from rtdesk.domain.documents import minutes_fingerprint

            draft = minutes_fingerprint(service.minutes_document(detail.uuid))
            if compare_fingerprint(typed, draft).matches:
                out("The copy is the draft as it stands now in the database.")
            else:
                out("The copy is not even the draft as it stands now in the database.")
        return EXIT_FAILED
    intact = service.verify_minutes(detail.uuid)
    approved = f"approved at session {detail.approved_at_ref}"
    if detail.approved_on is not None:
        approved += f" on {detail.approved_on:%d/%m/%Y}"
    out(f"Session {detail.ref}, minutes {approved}.")
    out(f"Fingerprint stored at approval: {detail.fingerprint}")
    changed = (
        "The stored minutes no longer give that fingerprint: the database was changed after "
        "the approval, outside rtdesk. Contact whoever administers the database, and keep the "
        "printed approved copy as the reference."
    )
    if comparison is None:
        if not intact:
            out(changed)
            return EXIT_FAILED
        out(
            "The stored minutes still give that fingerprint. Compare it with the footer of the "
            "copy, or give the printed fingerprint after the session to compare it for you."
        )
        return EXIT_OK
    comparison = compare_fingerprint(typed, detail.fingerprint)
    compared = (
        "the whole fingerprint"
        if comparison.whole
        else f"the first {comparison.count} of its {FULL_DIGITS} characters"
    )
    if not comparison.matches:
        out(
            f"The copy does not match: its fingerprint differs from the one stored at "
            f"approval. It is not the approved minutes of session {detail.ref}: perhaps a "
            "draft printed before a later change, or the minutes of another session. If you "
            "typed the fingerprint by hand, check each character."
        )
        if not intact:
            out(f"Besides: {changed}")
        return EXIT_FAILED
    if not intact:
        out(f"The copy matches the fingerprint stored at approval ({compared}). But: {changed}")
        return EXIT_FAILED
    out(
        f"The copy matches ({compared}): it is the text of the minutes of session "
        f"{detail.ref} as approved, and the stored minutes still give the same fingerprint."
    )
    return EXIT_OK


def _bad_input(message: str, advice: str = "") -> int:
    note(f"{PROG}: {message}")
    if advice:
        note(advice)
    return EXIT_REJECTED


def _fingerprint_problem(comparison: FingerprintComparison) -> tuple[str, str]:
    """What is wrong with a fingerprint typed that cannot be compared, and what to do."""
    if comparison.outcome is FingerprintOutcome.NOT_HEX:
        return (
            f"The fingerprint contains characters that are not in a fingerprint: "
            f"{' '.join(comparison.invalid)}",
            "A fingerprint has only the digits 0-9 and the letters a-f (an O is a zero).",
        )
    if comparison.outcome is FingerprintOutcome.TOO_LONG:
        return (
            f"The fingerprint has {comparison.count} characters; a SHA-256 fingerprint has "
            f"{FULL_DIGITS}.",
            "Check for characters typed twice, or give only the beginning.",
        )
    return (
        f"Only {_count(comparison.count, 'character')} of the fingerprint given: at least "
        f"{MIN_DIGITS} are needed.",
        f"Copy at least the first {MIN_DIGITS} characters printed after “SHA-256” in the "
        "footer of the copy.",
    )


# --- Proposals register and summary workbook -----------------------------------------------

command_group("import", help="read registers kept in Excel into the database")


def _existing_file(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_file():
        raise ValidationError(
            f"There is no file {path}.", advice="Check the name and the folder of the file."
        )
    return path


@command(
    "import proposals",
    help="import a proposals register from an Excel workbook (all rows or none)",
    arguments=[argument("file", metavar="FILE.xlsx", help="the workbook to read")],
)
def import_proposals_command(invocation: Invocation) -> int:
    path = _existing_file(invocation.args.file)
    service = ProposalService(invocation.context())
    from rtdesk.exports.proposals_import import read_proposals

    entries = read_proposals(path, dict(service.zones()))
    report = service.import_entries(entries)
    if not report.changed:
        out(
            f"Nothing to change: the {_count(report.unchanged, 'proposal')} of {path} are "
            "already in the register."
        )
        return EXIT_OK
    out(
        f"Imported {path}: {_count(len(report.created), 'proposal')} added, "
        f"{len(report.updated)} updated, {report.unchanged} unchanged."
    )
    return EXIT_OK


@command(
    "export summary",
    help="write the summary workbook (proposals, adoption, sessions, attendance, actions)",
    arguments=[
        argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the file to write"),
        argument("--year", type=int, default=None, help="only this year (default: all years)"),
        argument("--language", choices=("it", "en"), default="it", help="language of the workbook"),
    ],
)
def export_summary_command(invocation: Invocation) -> int:
    path = Path(invocation.args.output).expanduser()
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder.", advice="Give the name of the file to write, e.g. sintesi.xlsx."
        )
    data = SummaryService(invocation.context()).summary_data(
        year=invocation.args.year, language=invocation.args.language
    )
    from rtdesk.exports.summary_workbook import write_summary_workbook

    _writing(path, lambda: write_summary_workbook(data, path))
    what = f"of {invocation.args.year}" if invocation.args.year else "of all years"
    out(f"Wrote the summary workbook {what} to {path}.")
    return EXIT_OK


# --- Roster and zone list -----------------------------------------------------------------

_DRY_RUN = argument(
    "--dry-run", action="store_true", help="check the file and show the counts; write nothing"
)


def _zone_names(context: ServiceContext) -> dict[int, str]:
    return {zone.number: zone.name for zone in ZoneService(context).list_zones()}


@command(
    "import roster",
    help="import spokespeople and deputies from an Excel roster (all rows or none)",
    arguments=[argument("file", metavar="FILE.xlsx", help="the workbook to read"), _DRY_RUN],
)
def import_roster_command(invocation: Invocation) -> int:
    path = _existing_file(invocation.args.file)
    context = invocation.context()
    from rtdesk.exports.roster_import import read_roster

    entries = read_roster(path, _zone_names(context))
    report = RosterService(context).import_entries(entries, dry_run=invocation.args.dry_run)
    verb = "Would import" if report.dry_run else "Imported"
    out(f"{verb} {path}:" if report.changed else f"Nothing to change: {path} matches the roster.")
    out(
        f"  people: {report.people_created} new, {report.people_updated} updated, "
        f"{report.people_unchanged} unchanged"
    )
    out(
        f"  mandates: {report.mandates_created} new, {report.mandates_updated} updated, "
        f"{report.mandates_unchanged} unchanged"
    )
    for warning in report.warnings:
        note(f"Warning: {warning}")
    return EXIT_OK


@command(
    "import zones",
    help="assign municipalities to zones from a two-column Excel sheet (all rows or none)",
    arguments=[argument("file", metavar="FILE.xlsx", help="the workbook to read"), _DRY_RUN],
)
def import_zones_command(invocation: Invocation) -> int:
    path = _existing_file(invocation.args.file)
    context = invocation.context()
    from rtdesk.exports.roster_import import read_zone_assignments

    rows = read_zone_assignments(path, _zone_names(context))
    report = ZoneService(context).import_zone_assignments(rows, dry_run=invocation.args.dry_run)
    verb = "Would import" if report.dry_run else "Imported"
    out(
        f"{verb} {path}: {report.assigned} assigned, {report.moved} moved, "
        f"{report.unchanged} unchanged."
    )
    return EXIT_OK


@command(
    "export roster",
    help="write every mandate of every zone to an Excel workbook (importable again)",
    arguments=[
        argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the file to write"),
        argument("--language", choices=("it", "en"), default="it", help="language of the workbook"),
    ],
)
def export_roster_command(invocation: Invocation) -> int:
    path = Path(invocation.args.output).expanduser()
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder.", advice="Give the name of the file to write, e.g. roster.xlsx."
        )
    context = invocation.context()
    entries = RosterService(context).roster_entries()
    zones = sorted(_zone_names(context).items())
    from rtdesk.exports.roster_workbook import write_roster_workbook

    _writing(
        path,
        lambda: write_roster_workbook(
            path, zones, entries, today=context.today(), language=invocation.args.language
        ),
    )
    out(f"Wrote {_count(len(entries), 'mandate')} to {path}.")
    return EXIT_OK


def _open_gui(args: argparse.Namespace) -> int:
    # Imported here, and by name, so that the command line never loads Qt for a sub-command
    # (and the layer contract keeps rtdesk.cli independent of rtdesk.app).
    try:
        app = importlib.import_module("rtdesk.app")
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(("PySide6", "shiboken6")):
            raise
        raise RtdeskError(
            "The graphical interface cannot start: Qt for Python (PySide6) is not installed.",
            advice="Install rtdesk with its dependencies, or use the sub-commands (rtdesk -h).",
        ) from error
    return app.run_gui(args.database, [PROG])


# --- Parser and entry point ---------------------------------------------------------------


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On sub-commands the defaults are suppressed, so that an option given before the
    # sub-command is not overwritten by the sub-command's own default.
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help=f"database file or URL (default: ${paths.DATABASE_ENV}, else "
        f"{paths.default_database()})",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Secretariat of the Round Table of the homogeneous zones of the "
        "Metropolitan City of Turin. With no command, opens the application window.",
    )
    _add_global_options(parser, top=True)
    subparsers: dict[tuple[str, ...], Any] = {
        (): parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    }
    for words, spec in _COMMANDS.items():
        for depth in range(1, len(words)):
            prefix = words[:depth]
            if prefix not in subparsers:
                group = subparsers[prefix[:-1]].add_parser(
                    prefix[-1],
                    help=_GROUPS.get(prefix, f"{' '.join(prefix)} commands"),
                )
                _add_global_options(group, top=False)
                subparsers[prefix] = group.add_subparsers(
                    dest="_".join(("command", *prefix)), metavar="WHAT", required=True
                )
        leaf = subparsers[words[:-1]].add_parser(
            words[-1], help=spec.help, description=spec.description or spec.help
        )
        _add_global_options(leaf, top=False)
        for extra in spec.arguments:
            leaf.add_argument(*extra.flags, **extra.options)
        leaf.set_defaults(_command=spec)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run rtdesk with `argv` (default: the process arguments); returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as stop:  # --help, --version, or a usage error already printed
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or EXIT_OK
        return EXIT_FAILED
    spec: Command | None = getattr(args, "_command", None)
    invocation = Invocation(args)
    try:
        if spec is None:
            return _open_gui(args)
        return spec.run(invocation)
    except ImportRejected as rejected:
        note(f"{PROG}: {rejected.message}")
        for problem in rejected.problems:
            note(str(problem))
        if rejected.advice:
            note(rejected.advice)
        return EXIT_REJECTED
    except RtdeskError as error:
        note(f"{PROG}: {error.message}")
        if error.advice:
            note(error.advice)
        return EXIT_FAILED
    except OSError as error:
        # A file that cannot be read or written is the environment's problem, not a bug.
        note(
            f"{PROG}: {error.strerror or error}" + (f": {error.filename}" if error.filename else "")
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        note(f"{PROG}: interrupted.")
        return 130
    except Exception:
        note(f"{PROG}: internal error (a bug in rtdesk). Please report it with these lines:")
        traceback.print_exc(file=sys.stderr)
        return EXIT_BUG
    finally:
        invocation.close()
