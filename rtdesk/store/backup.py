"""Consistent copies of a SQLite database with SQLite's online backup API (safe while in use)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from rtdesk.store.errors import translated_errors


def backup_file_name(database: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"{database.stem}_{stamp}_{reason}.sqlite"


def free_backup_path(folder: Path, database: Path, reason: str) -> Path:
    """A backup path in `folder` that does not exist yet (two backups may share a second)."""
    name = backup_file_name(database, reason)
    candidate = folder / name
    counter = 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem}-{counter}.sqlite"
        counter += 1
    return candidate


def copy_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of `source` to `destination` (which must not exist yet)."""
    if destination.exists():
        raise FileExistsError(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    with translated_errors(str(source)):
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    # Only a complete copy gets the final name, so a half-written backup is never mistaken for one.
    partial.replace(destination)
    return destination


def remove_partial_backups(folder: Path) -> None:
    for leftover in folder.glob("*.partial"):
        with contextlib.suppress(OSError):
            leftover.unlink()
