"""Killing the writer at random moments never damages the database or loses a committed change."""

import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry, Person

# The writer reports each change only after its transaction committed; whatever it reported
# must be in the database after a SIGKILL (WAL with synchronous=NORMAL keeps commits on
# process death; only a power cut may lose the last ones).
WRITER = r"""
import sys
from rtdesk.domain.enums import AuditAction
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.store.database import open_database
from rtdesk.store.models import Person

db = open_database(sys.argv[1])
context = ServiceContext(db.session_factory, user="writer")
run = sys.argv[2]
for index in range(100000):
    name = f"{run}-{index}"
    with context.write() as session:
        person = Person(given_name="Crash", family_name=name, notes="x" * (index % 500))
        session.add(person)
        audit.record(session, "writer", AuditAction.CREATE, person, f"added {name}")
    print(name, flush=True)
"""


@pytest.mark.slow
def test_random_kills_keep_every_committed_change(tmp_path):
    path = tmp_path / "crash.sqlite"
    rng = random.Random(20261125)
    committed: list[str] = []
    kills = 100
    for run in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"r{run}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Random moments: while importing, while creating or opening the database, mid-writes.
        time.sleep(rng.uniform(0.05, 1.2))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, f"writer ended by itself: {err[-2000:]}"
        committed += out.split()
    assert len(committed) > kills  # the kills did land in the middle of writing

    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with db.session_factory() as session:
            stored = set(session.scalars(select(Person.family_name)))
            audited = session.scalars(select(AuditEntry.summary)).all()
        missing = [name for name in committed if name not in stored]
        assert not missing, f"{len(missing)} committed changes lost, e.g. {missing[:5]}"
        # Person and audit entry commit together: never one without the other.
        assert len(audited) == len(stored)
    finally:
        db.close()
