"""Backups of the database file: on every start, on request, before migrations; and restoring.

Copies are made with SQLite's online backup API, so they are consistent even while the app
writes. Automatic backups are rotated (the newest `keep` are kept); manual ones never are.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rtdesk.domain.backups import DEFAULT_KEEP
from rtdesk.domain.errors import NotFoundError, ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.store import migrate
from rtdesk.store.backup import copy_database, free_backup_path, remove_partial_backups
from rtdesk.store.database import SQLITE_HEADER
from rtdesk.store.errors import DatabaseProblem, ProblemKind, translated_errors

AUTOMATIC_REASONS = ("start",)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    automatic: bool


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path | None


class BackupService:
    def __init__(self, database: Path, folder: Path, keep: int = DEFAULT_KEEP) -> None:
        if keep < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors.backup", "At least one backup must be kept.")
            )
        self.database = database
        self.folder = folder
        self.keep = keep

    def backup(self, destination: Path | None = None, reason: str = "manual") -> Path:
        """Copy the database now, to `destination` or into the backups folder."""
        if not self.database.exists():
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "errors.backup", "There is no database at {path} to back up."
                ).format(path=str(self.database))
            )
        if destination is None:
            destination = free_backup_path(self.folder, self.database, reason)
        elif destination.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors.backup", "{path} already exists.").format(
                    path=str(destination)
                ),
                advice=QT_TRANSLATE_NOOP("errors.backup", "Choose a new file name for the backup."),
            )
        return copy_database(self.database, destination)

    def startup_backup(self) -> Path | None:
        """The backup taken each time the app opens an existing database, then rotation."""
        if not self.database.exists() or self.database.stat().st_size == 0:
            return None
        path = self.backup(reason="start")
        self._rotate()
        return path

    def list_backups(self) -> list[BackupInfo]:
        if not self.folder.is_dir():
            return []
        infos = []
        for path in self.folder.glob(f"{self.database.stem}_*.sqlite"):
            stat = path.stat()
            automatic = any(f"_{reason}" in path.stem for reason in AUTOMATIC_REASONS)
            infos.append(
                BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, automatic)
            )
        return sorted(infos, key=lambda info: (info.taken_at, info.path.name), reverse=True)

    def _rotate(self) -> None:
        remove_partial_backups(self.folder)
        automatic = [info for info in self.list_backups() if info.automatic]
        for old in automatic[self.keep :]:
            old.path.unlink(missing_ok=True)

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with a checked backup; the current file is kept aside.

        The caller must have closed every connection to the database first.
        """
        check_backup_file(backup)
        previous = None
        if self.database.exists():
            previous = free_backup_path(self.folder, self.database, "replaced-by-restore")
            copy_database(self.database, previous)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
        staging = self.database.with_name(self.database.name + ".restoring")
        shutil.copyfile(backup, staging)
        staging.replace(self.database)  # atomic: the old file or the new one, never half
        return RestoreResult(backup, previous)


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a complete rtdesk database this version can open."""
    if not path.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors.backup", "There is no backup file at {path}.").format(
                path=str(path)
            )
        )
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, str(path))
    with translated_errors(str(path)):
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseProblem(ProblemKind.CORRUPT, str(path))
            try:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError as error:
                raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, str(path)) from error
        finally:
            connection.close()
    if revision is None:
        raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, str(path))
    if revision[0] not in migrate.known_revisions():
        raise DatabaseProblem(ProblemKind.TOO_NEW, str(path))
