"""`rtdesk verify SESSION [FINGERPRINT]`: a printed copy's fingerprint against the database."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from rtdesk import cli
from rtdesk.domain.documents import minutes_fingerprint
from rtdesk.domain.enums import MeetingStatus
from rtdesk.services.context import ServiceContext
from rtdesk.services.minutes import MinutesService
from rtdesk.services.sessions import AgendaItemInput, SessionInput, SessionService
from rtdesk.store.database import open_database


def drafted(sessions: SessionService, minutes: MinutesService, day: date, decision: str) -> str:
    detail = sessions.create_session(SessionInput(day, venue="Sala Marmi"))
    item = sessions.add_agenda_item(detail.uuid, AgendaItemInput("Riparto dei fondi"))
    minutes.save_minutes_item(item.uuid, "Ampia discussione.", decision)
    for target in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(detail.uuid, target)
    return detail.uuid


@pytest.fixture
def filled(database_path) -> dict[str, str]:
    """1/2026 approved at 2/2026; 2/2026 drafted, not approved. Returns the fingerprints."""
    database = open_database(database_path)
    try:
        context = ServiceContext(
            database.session_factory, user="tester", today=lambda: date(2026, 11, 25)
        )
        sessions = SessionService(context)
        minutes = MinutesService(context)
        first = drafted(sessions, minutes, date(2026, 3, 10), "Il Tavolo approva il riparto.")
        second = drafted(sessions, minutes, date(2026, 4, 20), "Il Tavolo rinvia.")
        approved = sessions.approve_minutes(first, "2/2026").fingerprint
        draft = minutes_fingerprint(sessions.minutes_document(second))
    finally:
        database.close()
    return {"approved": approved, "draft": draft}


def run(path: Path, *words: str) -> int:
    return cli.main(["--database", str(path), "verify", *words])


def tamper(path: Path) -> None:
    """Change the approved minutes behind rtdesk's back, as an SQLite editor would."""
    with sqlite3.connect(path) as connection:
        changed = connection.execute(
            "UPDATE agenda_item SET decision = 'Il Tavolo respinge il riparto.' "
            "WHERE decision = 'Il Tavolo approva il riparto.'"
        ).rowcount
    connection.close()
    assert changed == 1


def grouped(text: str) -> list[str]:
    """The fingerprint as words of four characters, as a user types it off the paper."""
    return [text[i : i + 4] for i in range(0, len(text), 4)]


def test_the_approved_copy_is_recognised(filled, database_path, capsys):
    fingerprint = filled["approved"]
    assert run(database_path, "1/2026", fingerprint) == 0
    output = capsys.readouterr().out
    assert "Session 1/2026, minutes approved at session 2/2026 on 20/04/2026." in output
    assert f"Fingerprint stored at approval: {fingerprint}" in output
    assert "The copy matches (the whole fingerprint): it is the text of the minutes" in output
    # Upper case, in groups of four as separate words, only the beginning, a label pasted.
    assert run(database_path, "n. 1/2026", *grouped(fingerprint.upper())[:5]) == 0
    assert "(the first 20 of its 64 characters)" in capsys.readouterr().out
    assert run(database_path, "1/2026", f"Impronta SHA-256: {fingerprint[:16]}") == 0


def test_a_copy_that_is_not_the_approved_text(filled, database_path, capsys):
    # The draft of another session, and a mistyped last character.
    assert run(database_path, "1/2026", filled["draft"]) == 1
    output = capsys.readouterr().out
    assert "The copy does not match" in output
    assert "not the approved minutes of session 1/2026" in output
    assert "Besides" not in output
    last = filled["approved"][-1]
    mistyped = filled["approved"][:-1] + ("0" if last != "0" else "1")
    assert run(database_path, "1/2026", mistyped) == 1
    assert "The copy does not match" in capsys.readouterr().out


def test_a_database_changed_after_approval(filled, database_path, capsys):
    tamper(database_path)
    assert run(database_path, "1/2026", filled["approved"]) == 1
    output = capsys.readouterr().out
    assert "The copy matches the fingerprint stored at approval (the whole fingerprint)" in output
    assert "the database was changed after the approval" in output
    assert "Contact whoever administers the database" in output
    # Without a fingerprint: today's check of the stored minutes alone.
    assert run(database_path, "1/2026") == 1
    assert "no longer give that fingerprint" in capsys.readouterr().out
    # A copy that does not match says so, and also that the database changed.
    assert run(database_path, "1/2026", filled["draft"]) == 1
    output = capsys.readouterr().out
    assert "The copy does not match" in output and "Besides: The stored minutes" in output


def test_without_a_fingerprint_the_stored_minutes_are_checked(filled, database_path, capsys):
    assert run(database_path, "1/2026") == 0
    output = capsys.readouterr().out
    assert f"Fingerprint stored at approval: {filled['approved']}" in output
    assert "The stored minutes still give that fingerprint." in output


def test_minutes_not_approved_have_no_approved_copy(filled, database_path, capsys):
    assert run(database_path, "2/2026", filled["draft"]) == 1
    output = capsys.readouterr().out
    assert "The minutes of session 2/2026 are not approved yet" in output
    assert "The copy is the draft as it stands now in the database." in output
    assert run(database_path, "2/2026", filled["approved"]) == 1
    assert "not even the draft" in capsys.readouterr().out
    assert run(database_path, "2/2026") == 1


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("1/2026", "3f9a 1c07"), "Only 8 characters of the fingerprint given: at least 16"),
        (("1/2026", "3f9a1c07 o0b2 41de 99aa"), "not in a fingerprint: o"),
        (("1/2026", "ab" * 33), "The fingerprint has 66 characters"),
        (("sette/2026", "ab" * 32), "“sette/2026” is not a session reference."),
        (("9/2026", "ab" * 32), "There is no session 9/2026."),
    ],
)
def test_bad_input_is_explained_with_exit_2(filled, database_path, capsys, words, expected):
    assert run(database_path, *words) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert captured.out == ""


def test_a_bad_fingerprint_is_refused_before_the_database_is_opened(tmp_path, capsys):
    missing = tmp_path / "never-created.sqlite"
    assert run(missing, "1/2026", "xyz") == 2
    assert "not in a fingerprint: x y z" in capsys.readouterr().err
    assert not missing.exists()


def test_usage_without_a_session(database_path, capsys):
    assert cli.main(["--database", str(database_path), "verify"]) == 2
    assert "SESSION" in capsys.readouterr().err
