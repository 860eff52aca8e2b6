"""The convocation PDF read back with pdftotext: letter parts, agenda, hostile text, pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from rtdesk.domain.documents import AgendaDocument, AgendaEntry, AttachmentLine
from rtdesk.domain.enums import AgendaItemKind, MeetingMode
from rtdesk.exports import pdf_common
from rtdesk.exports.agenda_pdf import write_agenda_pdf

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is needed to read the PDF back"
)

HOSTILE = "Punto <b>non grassetto</b> & <para>x</para> \"doppi\" 'singoli' 😀 dopo ąčęėįšųūž ț ș ă"
LONG_WORD = "W" * 3000
LONG_TEXT = ("Si raccomanda la puntualità e la presenza dei vice portavoce. " * 170)[:10_000]


def convocation(**changes: object) -> AgendaDocument:
    values: dict[str, object] = {
        "session_ref": "7/2026",
        "meeting_date": date(2026, 11, 25),
        "entries": (
            AgendaEntry("Approvazione del verbale della seduta n. 6/2026", AgendaItemKind.DECISION),
            AgendaEntry(
                "Piano della mobilità sostenibile",
                AgendaItemKind.DECISION,
                presenter="Arch. Giulia Bianchi",
                proposal_code="P-2026-014",
                attachments=(
                    AttachmentLine("Relazione tecnica", "prot. 2026/0012345"),
                    AttachmentLine("Cartografia"),
                ),
            ),
            AgendaEntry("Comunicazioni", AgendaItemKind.INFORMATION),
        ),
        "start_time": time(10, 0),
        "end_time": time(12, 30),
        "venue": "Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
        "mode": MeetingMode.HYBRID,
        "online_link": "https://meet.example.org/tavolo-7-2026",
        "chair": "Mario Verdi",
        "secretary": "Anna Neri",
        "issued_on": date(2026, 11, 10),
        "protocol": "2026/0098765",
        "notes": "In caso di impedimento si prega di delegare il vice portavoce vicario.",
    }
    values.update(changes)
    return AgendaDocument(**values)


def pdf_pages(path: Path) -> list[str]:
    done = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    pages = done.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    return " ".join(text.split())


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(document: AgendaDocument, tmp_path: Path) -> Path:
    path = tmp_path / "convocazione.pdf"
    write_agenda_pdf(document, path)
    return path


@needs_pdftotext
def test_the_italian_convocation_has_every_part_of_the_letter(tmp_path):
    pages = pdf_pages(render(convocation(), tmp_path))
    assert len(pages) == 1
    text = flat(pages[0])
    for fragment in [
        "Città metropolitana di Torino",
        "Tavolo permanente delle zone omogenee",
        "Torino, 10 novembre 2026",
        "Prot. n. 2026/0098765",
        "Ai portavoce delle zone omogenee Ai vice portavoce Loro sedi",
        "Oggetto: convocazione della seduta n. 7/2026",
        "Le SS.LL. sono invitate a partecipare alla seduta n. 7/2026",
        "Data mercoledì 25 novembre 2026",
        "Orario dalle 10:00 alle 12:30",
        "Luogo Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
        "Modalità Mista (in presenza e a distanza)",
        "Collegamento https://meet.example.org/tavolo-7-2026",
        "Ordine del giorno",
        "1. Approvazione del verbale della seduta n. 6/2026 Per decisione",
        "2. Piano della mobilità sostenibile Per decisione · Relatore: Arch. Giulia Bianchi · "
        "Proposta P-2026-014",
        "Allegati: – Relazione tecnica (prot. 2026/0012345) – Cartografia",
        "3. Comunicazioni Per informazione",
        "In caso di impedimento si prega di delegare il vice portavoce vicario.",
        "Cordiali saluti.",
        "Il Presidente",
        "Mario Verdi",
        "Il Segretario",
        "Anna Neri",
        "Convocazione della seduta n. 7/2026",
        "Pagina 1 di 1",
    ]:
        assert fragment in text, fragment
    assert "BOZZA" not in text


@needs_pdftotext
def test_the_english_convocation_uses_english_words(tmp_path):
    text = flat("\n".join(pdf_pages(render(convocation(language="en"), tmp_path))))
    for fragment in [
        "Torino, 10 November 2026",
        "Ref. 2026/0098765",
        "To the spokespersons of the homogeneous zones",
        "Subject: notice of session no. 7/2026",
        "Date Wednesday 25 November 2026",
        "Time from 10:00 to 12:30",
        "Mode Hybrid (in person and online)",
        "Agenda",
        "For decision · Presenter: Arch. Giulia Bianchi · Proposal P-2026-014",
        "Attachments:",
        "For information",
        "Kind regards.",
        "The Chair",
        "The Secretary",
        "Page 1 of 1",
    ]:
        assert fragment in text, fragment
    for italian in ("Pagina", "Oggetto", "Ordine del giorno", "Cordiali", "novembre"):
        assert italian not in text


@needs_pdftotext
def test_in_person_sessions_print_no_link_and_a_lone_start_time(tmp_path):
    document = convocation(mode=MeetingMode.IN_PERSON, end_time=None, secretary="")
    text = flat("\n".join(pdf_pages(render(document, tmp_path))))
    assert "Modalità In presenza" in text
    assert "Orario ore 10:00" in text
    assert "meet.example.org" not in text
    assert "Collegamento" not in text
    assert "Il Segretario" not in text
    assert "Il Presidente Mario Verdi" in text


@needs_pdftotext
def test_recipients_can_be_replaced(tmp_path):
    document = convocation(recipients=("Alla Sindaca di Ivrea", "Al Sindaco di Pinerolo"))
    text = flat("\n".join(pdf_pages(render(document, tmp_path))))
    assert "Alla Sindaca di Ivrea Al Sindaco di Pinerolo" in text
    assert "Loro sedi" not in text


@needs_pdftotext
def test_a_long_agenda_runs_over_pages_numbered_x_of_y(tmp_path):
    entries = tuple(
        AgendaEntry(f"Punto numero {n} sulla mobilità", AgendaItemKind.DISCUSSION, f"Zona {n}")
        for n in range(1, 81)
    )
    pages = pdf_pages(render(convocation(entries=entries), tmp_path))
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {total}" in page
    text = flat("\n".join(pages))
    for n in (1, 40, 80):
        assert f"{n}. Punto numero {n} sulla mobilità" in text


@needs_pdftotext
def test_hostile_text_is_printed_exactly_as_typed(tmp_path):
    entry = AgendaEntry(
        HOSTILE, AgendaItemKind.DISCUSSION, HOSTILE, attachments=(AttachmentLine(HOSTILE, HOSTILE),)
    )
    document = convocation(
        entries=(entry,),
        venue=HOSTILE,
        chair=HOSTILE,
        notes=HOSTILE + "\nseconda riga",
        recipients=(HOSTILE,),
        letterhead=(HOSTILE,),
    )
    pages = pdf_pages(render(document, tmp_path))
    # Letterhead, recipients, venue, title, presenter, attachment (twice), notes, signature.
    # Compared without white space: pdftotext may glue two short words at a line start.
    assert squeezed("\n".join(pages)).count(squeezed(HOSTILE)) == 9
    assert flat(HOSTILE) in flat("\n".join(pages))
    lines = [line.strip() for line in "\n".join(pages).splitlines()]
    assert "seconda riga" in lines


@needs_pdftotext
def test_long_text_and_a_3000_character_word_stay_inside_the_page(tmp_path):
    entry = AgendaEntry(LONG_WORD, AgendaItemKind.DECISION, LONG_TEXT, LONG_WORD)
    document = convocation(
        entries=(entry, *convocation().entries),
        venue=LONG_WORD,
        notes=LONG_TEXT + "\n" + LONG_WORD,
        chair=LONG_TEXT,
    )
    path = render(document, tmp_path)
    pages = pdf_pages(path)
    assert len(pages) > 3
    done = subprocess.run(
        [PDFTOTEXT, "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', done.stdout.decode())]
    assert right_edges
    assert max(right_edges) <= pdf_common.PAGE_SIZE[0] - 50
    # Title, venue, proposal code and notes: every letter of the four long words is printed
    # (where a word runs over a page the footer comes in between, so count the letters).
    assert "".join(pages).count("W") == 4 * len(LONG_WORD)


def test_empty_fields_build_a_letter(tmp_path):
    document = AgendaDocument(
        session_ref="",
        meeting_date=date(2026, 1, 1),
        entries=(),
        issued_at="",
        letterhead=(),
    )
    path = render(document, tmp_path)
    assert path.read_bytes().startswith(b"%PDF-")
    if PDFTOTEXT:
        text = flat("\n".join(pdf_pages(path)))
        assert "Nessun punto all'ordine del giorno." in text
        assert "Il Presidente" in text


def test_an_entry_may_be_added_without_touching_the_others(tmp_path):
    base = convocation()
    longer = replace(base, entries=(*base.entries, AgendaEntry("Varie ed eventuali")))
    path = render(longer, tmp_path)
    assert path.stat().st_size > 0
    if PDFTOTEXT:
        assert "4. Varie ed eventuali" in flat("\n".join(pdf_pages(path)))


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        convocation(language="fr")
