"""Shared fixtures: every test gets its own temporary database and its own standard folders."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rtdesk.services.context import ServiceContext
from rtdesk.store.database import Database, open_database

# Qt must never need a display in tests (also under CI with no DISPLAY).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """Point every standard folder (data, config, cache) at a temp folder, like qutebrowser."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("RTDESK_DATABASE", raising=False)
    return home


@pytest.fixture
def fresh_python():
    """Runs Python code in a new interpreter and returns what it printed: what a cold start
    imports can only be seen from a process that has imported nothing yet."""

    def run(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
        )
        return result.stdout.strip()

    return run


@pytest.fixture
def database_path(tmp_path) -> Path:
    return tmp_path / "rtdesk-test.sqlite"


@pytest.fixture
def database(database_path) -> Database:
    db = open_database(database_path)
    yield db
    db.close()


@pytest.fixture
def context(database) -> ServiceContext:
    return ServiceContext(
        database.session_factory,
        user="tester",
        today=lambda: date(2026, 11, 25),
        location=str(database.path),
    )
