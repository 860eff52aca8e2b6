"""`rtdesk export agenda` and `rtdesk export minutes`: PDFs read back, errors in plain words."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from rtdesk import cli
from rtdesk.domain.documents import minutes_fingerprint
from rtdesk.domain.enums import MeetingStatus, Presence, VoteChoice
from rtdesk.exports import agenda_pdf
from rtdesk.services.context import ServiceContext
from rtdesk.services.minutes import ActionInput, MinutesService
from rtdesk.services.sessions import (
    AgendaItemInput,
    AttendanceInput,
    SessionInput,
    SessionService,
)
from rtdesk.store.database import open_database

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is needed to read the PDF back"
)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.fixture
def filled(database_path) -> Path:
    """A database with session 1/2026 (minutes drafted) and 2/2026 (planned)."""
    database = open_database(database_path)
    try:
        context = ServiceContext(database.session_factory, user="tester")
        sessions = SessionService(context)
        detail = sessions.create_session(
            SessionInput(date(2026, 3, 10), time(10, 0), time(12, 30), venue="Sala Marmi")
        )
        item = sessions.add_agenda_item(detail.uuid, AgendaItemInput("Piano <mobilità> & co"))
        sessions.add_agenda_item(detail.uuid, AgendaItemInput("Comunicazioni"))
        sessions.set_attendance(
            detail.uuid, 5, AttendanceInput(Presence.PRESENT, attendee_name="Mario Rossi")
        )
        minutes = MinutesService(context)
        minutes.save_minutes_item(item.uuid, "Ampia discussione.", "Il Tavolo approva il piano.")
        minutes.set_votes(item.uuid, {5: VoteChoice.IN_FAVOUR})
        minutes.add_action(item.uuid, ActionInput("Trasmettere il piano", "Segreteria"))
        for target in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
            sessions.change_status(detail.uuid, target)
        sessions.create_session(SessionInput(date(2026, 4, 20)))
    finally:
        database.close()
    return database_path


def run(path: Path, *words: str) -> int:
    return cli.main(["--database", str(path), *words])


@needs_pdftotext
def test_export_agenda_in_both_languages(filled, tmp_path, capsys):
    target = tmp_path / "convocazione.pdf"
    assert run(filled, "export", "agenda", "1/2026", "-o", str(target)) == 0
    assert "Wrote the agenda of session 1/2026" in capsys.readouterr().out
    text = pdf_text(target)
    assert "7/2026" not in text
    for expected in ("Ordine del giorno", "Piano <mobilità> & co", "Comunicazioni", "Sala Marmi"):
        assert expected in text
    english = tmp_path / "agenda.pdf"
    words = ("export", "agenda", "n. 1/2026", "-o", str(english), "--language", "en")
    assert run(filled, *words) == 0
    text = pdf_text(english)
    assert "Subject: notice of session no. 1/2026" in text
    assert "Piano <mobilità> & co" in text


@needs_pdftotext
def test_export_minutes_prints_the_fingerprint_of_draft_and_approved(filled, tmp_path, capsys):
    draft = tmp_path / "verbale-bozza.pdf"
    assert run(filled, "export", "minutes", "1/2026", "-o", str(draft)) == 0
    output = capsys.readouterr().out
    assert "(draft)" in output
    fingerprint = output.split("SHA-256 fingerprint: ")[1].strip()
    text = pdf_text(draft)
    for expected in ("Ampia discussione.", "Il Tavolo approva il piano.", "Mario Rossi"):
        assert expected in text
    assert fingerprint[:16] in text.replace(" ", "")
    database = open_database(filled)
    try:
        sessions = SessionService(ServiceContext(database.session_factory, user="tester"))
        detail = sessions.find_by_ref("1/2026")
        approval = sessions.approve_minutes(detail.uuid, "2/2026")
        assert minutes_fingerprint(sessions.minutes_document(detail.uuid)) == fingerprint
    finally:
        database.close()
    approved = tmp_path / "verbale.pdf"
    assert run(filled, "export", "minutes", "1/2026", "-o", str(approved), "--language", "en") == 0
    output = capsys.readouterr().out
    assert "approved at session 2/2026" in output
    assert f"SHA-256 fingerprint: {approval.fingerprint}" in output
    assert approval.fingerprint == fingerprint
    assert "Ampia discussione." in pdf_text(approved)


def test_errors_in_plain_words(filled, tmp_path, capsys):
    missing_folder = tmp_path / "nowhere" / "verbale.pdf"
    assert run(filled, "export", "minutes", "1/2026", "-o", str(missing_folder)) == 1
    assert f"The folder {missing_folder.parent} does not exist." in capsys.readouterr().err
    assert run(filled, "export", "agenda", "7/2026", "-o", str(tmp_path / "x.pdf")) == 1
    assert "There is no session 7/2026." in capsys.readouterr().err
    assert run(filled, "export", "agenda", "sette", "-o", str(tmp_path / "x.pdf")) == 1
    assert "is not a session reference" in capsys.readouterr().err
    assert run(filled, "export", "agenda", "1/2026", "-o", str(tmp_path)) == 1
    assert "is a folder" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_that_cannot_be_written_is_explained(filled, tmp_path, capsys, monkeypatch):
    def refuse(document, path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(agenda_pdf, "write_agenda_pdf", refuse)  # cli imports it when used
    assert run(filled, "export", "agenda", "1/2026", "-o", str(tmp_path / "c.pdf")) == 1
    assert "it is open in another program" in capsys.readouterr().err
