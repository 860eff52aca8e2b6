"""Database failures sorted into the environment's fault (advice for the user) and bugs.

Modelled on qutebrowser's misc/sql.py: a locked, read-only, full, corrupt or foreign file is
something the user can act upon, so it becomes a `DatabaseProblem` with plain advice; anything
else is a bug and propagates unchanged.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from enum import StrEnum

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from rtdesk.domain.errors import ConflictError, RtdeskError
from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text


class ProblemKind(StrEnum):
    LOCKED = "locked"
    READ_ONLY = "read_only"
    FULL = "full"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    TOO_NEW = "too_new"
    CANNOT_OPEN = "cannot_open"
    IO = "io"


_ADVICE: dict[ProblemKind, tuple[Text, Text]] = {
    ProblemKind.LOCKED: (
        QT_TRANSLATE_NOOP("errors.database", "The database is in use by another program."),
        QT_TRANSLATE_NOOP(
            "errors.database",
            "Close other copies of rtdesk (or the program holding the file) and try again.",
        ),
    ),
    ProblemKind.READ_ONLY: (
        QT_TRANSLATE_NOOP("errors.database", "The database file cannot be written."),
        QT_TRANSLATE_NOOP(
            "errors.database",
            "Check that the file and its folder are not read-only and that you may write there.",
        ),
    ),
    ProblemKind.FULL: (
        QT_TRANSLATE_NOOP("errors.database", "The disk holding the database is full."),
        QT_TRANSLATE_NOOP(
            "errors.database", "Free some space on the disk, then try again. Nothing was saved."
        ),
    ),
    ProblemKind.CORRUPT: (
        QT_TRANSLATE_NOOP("errors.database", "The database file is damaged."),
        QT_TRANSLATE_NOOP(
            "errors.database",
            "Do not delete it. Restore the latest backup, or ask IT staff to inspect the file.",
        ),
    ),
    ProblemKind.NOT_A_DATABASE: (
        QT_TRANSLATE_NOOP("errors.database", "The file is not an rtdesk database."),
        QT_TRANSLATE_NOOP("errors.database", "Choose another file, or create a new database."),
    ),
    ProblemKind.TOO_NEW: (
        QT_TRANSLATE_NOOP(
            "errors.database", "The database was written by a newer version of rtdesk."
        ),
        QT_TRANSLATE_NOOP(
            "errors.database",
            "Install the newer version of rtdesk to open it. The file was left untouched.",
        ),
    ),
    ProblemKind.CANNOT_OPEN: (
        QT_TRANSLATE_NOOP("errors.database", "The database file cannot be opened."),
        QT_TRANSLATE_NOOP(
            "errors.database", "Check that the folder exists and that you may read and write there."
        ),
    ),
    ProblemKind.IO: (
        QT_TRANSLATE_NOOP(
            "errors.database", "The disk reported an error while reading or writing the database."
        ),
        QT_TRANSLATE_NOOP("errors.database", "Check the disk or network drive, then try again."),
    ),
}

# SQLite primary result codes (the low byte of extended codes).
_CODE_KINDS = {
    sqlite3.SQLITE_BUSY: ProblemKind.LOCKED,
    sqlite3.SQLITE_LOCKED: ProblemKind.LOCKED,
    sqlite3.SQLITE_READONLY: ProblemKind.READ_ONLY,
    sqlite3.SQLITE_PERM: ProblemKind.READ_ONLY,
    sqlite3.SQLITE_FULL: ProblemKind.FULL,
    sqlite3.SQLITE_CORRUPT: ProblemKind.CORRUPT,
    sqlite3.SQLITE_NOTADB: ProblemKind.NOT_A_DATABASE,
    sqlite3.SQLITE_CANTOPEN: ProblemKind.CANNOT_OPEN,
    sqlite3.SQLITE_IOERR: ProblemKind.IO,
}


class DatabaseProblem(RtdeskError):
    """The environment's fault: shown to the user as advice, never as a traceback."""

    def __init__(self, kind: ProblemKind, location: str = "", detail: str = "") -> None:
        message, advice = _ADVICE[kind]
        if location:
            message = QT_TRANSLATE_NOOP("errors.database", "{message} ({location})").format(
                message=message, location=location
            )
        super().__init__(message, advice=advice)
        self.kind = kind
        self.detail = detail


def classify(error: BaseException) -> ProblemKind | None:
    """The kind of environment problem behind a database error, or None for a bug."""
    original = getattr(error, "orig", error)
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None:
            return _CODE_KINDS.get(code & 0xFF)
        text = str(original).lower()
        for needle, kind in (
            ("locked", ProblemKind.LOCKED),
            ("readonly", ProblemKind.READ_ONLY),
            ("disk is full", ProblemKind.FULL),
            ("malformed", ProblemKind.CORRUPT),
            ("not a database", ProblemKind.NOT_A_DATABASE),
            ("unable to open", ProblemKind.CANNOT_OPEN),
        ):
            if needle in text:
                return kind
    return None


@contextlib.contextmanager
def translated_errors(location: str = "") -> Iterator[None]:
    """Turn environment failures into `DatabaseProblem` and lost races into `ConflictError`."""
    try:
        yield
    except StaleDataError as error:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors.database", "Someone else changed this record while you were editing it."
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.database", "Your change was not saved. Reload and make it again."
            ),
        ) from error
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.Error) as error:
        kind = classify(error)
        if kind is None:
            raise
        raise DatabaseProblem(kind, location, str(error)) from error
