"""Where rtdesk keeps its files by default (platformdirs), and which database the user chose."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "rtdesk"
DATABASE_ENV = "RTDESK_DATABASE"
DEFAULT_DATABASE_NAME = "rtdesk.sqlite"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def chosen_database(option: str | None) -> str:
    """The database named on the command line, else in RTDESK_DATABASE, else the default."""
    return option or os.environ.get(DATABASE_ENV) or str(default_database())
