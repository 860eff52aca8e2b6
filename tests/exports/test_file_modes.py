"""Exported files are readable by colleagues as any saved file is, not only by their owner."""

import os
from datetime import date

import pytest

from rtdesk.domain.documents import AgendaDocument
from rtdesk.exports.agenda_pdf import write_agenda_pdf
from rtdesk.exports.file_modes import current_umask
from rtdesk.exports.roster_workbook import write_roster_workbook

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_umask_is_read_without_changing_it():
    previous = os.umask(0o027)
    try:
        assert current_umask() == 0o027
    finally:
        os.umask(previous)


def test_workbook_and_pdf_get_the_usual_mode(tmp_path):
    previous = os.umask(0o022)
    try:
        workbook = tmp_path / "roster.xlsx"
        write_roster_workbook(workbook, [(1, "Torino")], [], today=date(2026, 11, 25))
        pdf = tmp_path / "agenda.pdf"
        write_agenda_pdf(
            AgendaDocument(session_ref="7/2026", meeting_date=date(2026, 12, 1), entries=()), pdf
        )
    finally:
        os.umask(previous)
    assert workbook.stat().st_mode & 0o777 == 0o644
    assert pdf.stat().st_mode & 0o777 == 0o644
