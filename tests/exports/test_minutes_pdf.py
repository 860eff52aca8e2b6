"""The minutes PDF read back with pdftotext: sections, hostile text, page numbers, fingerprint."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, time
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from rtdesk.domain.documents import (
    ActionLine,
    AgendaEntry,
    AttachmentLine,
    AttendanceLine,
    ErratumLine,
    GuestLine,
    MinutesApproval,
    MinutesDocument,
    MinutesItem,
    VoteLine,
    minutes_canonical_json,
    minutes_fingerprint,
)
from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    MeetingMode,
    Presence,
    VoteChoice,
)
from rtdesk.domain.sessions import QuorumRule
from rtdesk.exports import pdf_common
from rtdesk.exports.minutes_pdf import write_minutes_pdf
from rtdesk.exports.pdf_common import LABELS, Words, make_styles, markup, printable

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is needed to read the PDF back"
)

ZONES = [
    (1, "Torino"),
    (2, "Area Metropolitana Torino Ovest"),
    (3, "Area Metropolitana Torino Sud"),
    (4, "Area Metropolitana Torino Nord"),
    (5, "Pinerolese"),
    (6, "Valli di Susa e Sangone"),
    (7, "Ciriacese - Valli di Lanzo"),
    (8, "Canavese occidentale"),
    (9, "Eporediese"),
    (10, "Chivassese"),
    (11, "Chierese - Carmagnolese"),
]
ABSENT = {8: Presence.ABSENT, 9: Presence.EXCUSED, 11: Presence.ABSENT}
HOSTILE = "Nota <b>non grassetto</b> & <para>x</para> \"doppi\" 'singoli' 😀 dopo ąčęėįšųūž ț ș ă"
LONG_WORD = "Q" * 3000
# 10,000 characters of words, so it flows over several pages.
LONG_TEXT = ("Lungo intervento della zona sulla mobilità sostenibile. " * 180)[:10_000]


def attendance() -> tuple[AttendanceLine, ...]:
    lines = []
    for number, name in ZONES:
        presence = ABSENT.get(number, Presence.PRESENT)
        present = presence is Presence.PRESENT
        lines.append(
            AttendanceLine(
                zone_number=number,
                zone_name=name,
                presence=presence,
                attendee=f"Portavoce Zona{number}" if present else "",
                capacity=AttendanceCapacity.SPOKESPERSON if present else None,
                arrived_at=time(10, number) if present else None,
                left_at=time(12, 5) if number == 3 else None,
                note="Delega prot. 1234" if number == 4 else "",
            )
        )
    return tuple(lines)


def votes() -> tuple[VoteLine, ...]:
    choices = {7: VoteChoice.AGAINST, 10: VoteChoice.ABSTAINED}
    return tuple(
        VoteLine(number, name, choices.get(number, VoteChoice.IN_FAVOUR))
        for number, name in ZONES
        if number not in ABSENT
    )


def minutes(**changes: object) -> MinutesDocument:
    items = (
        MinutesItem(
            AgendaEntry("Approvazione del verbale della seduta n. 6/2026", AgendaItemKind.DECISION),
            discussion="Nessuna osservazione.",
            decision="Il verbale della seduta n. 6/2026 è approvato.",
            votes=votes(),
        ),
        MinutesItem(
            AgendaEntry(
                "Piano della mobilità sostenibile",
                AgendaItemKind.DECISION,
                presenter="Arch. Giulia Bianchi",
                proposal_code="P-2026-014",
                attachments=(AttachmentLine("Relazione tecnica", "prot. 2026/0012345"),),
            ),
            discussion="Riga uno della discussione\nRiga due della discussione",
            decision="Il Tavolo approva il piano con le modifiche proposte.",
            votes=votes(),
            actions=(
                ActionLine("Trasmettere il piano ai Comuni", "Segreteria", date(2026, 12, 15)),
                ActionLine("Raccogliere le osservazioni", "Zona 5 Pinerolese"),
            ),
        ),
        MinutesItem(
            AgendaEntry("Comunicazioni", AgendaItemKind.INFORMATION, presenter="Il Presidente"),
            discussion="Il Presidente informa sul calendario delle sedute.",
        ),
    )
    values: dict[str, object] = {
        "session_ref": "7/2026",
        "meeting_date": date(2026, 11, 25),
        "attendance": attendance(),
        "items": items,
        "start_time": time(10, 0),
        "end_time": time(12, 45),
        "venue": "Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
        "mode": MeetingMode.HYBRID,
        "chair": "Mario Verdi",
        "secretary": "Anna Neri",
        "guests": (GuestLine("Luca Gialli", "Funzionario CMTO"),),
    }
    values.update(changes)
    return MinutesDocument(**values)


def approved(**changes: object) -> MinutesDocument:
    return minutes(approval=MinutesApproval("9/2026", date(2026, 12, 10)), **changes)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in reading order."""
    done = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    pages = done.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def layout_text(path: Path) -> str:
    done = subprocess.run(
        [PDFTOTEXT, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap where the PDF wraps them)."""
    return " ".join(text.split())


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def word_boxes(path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word on every page."""
    done = subprocess.run(
        [PDFTOTEXT, "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>')
    return [(float(a), float(b), w) for a, b, w in pattern.findall(done.stdout.decode())]


def render(document: MinutesDocument, tmp_path: Path, name: str = "minutes.pdf"):
    path = tmp_path / name
    fingerprint = write_minutes_pdf(document, path)
    return path, fingerprint


# --- content ------------------------------------------------------------------------------------


@needs_pdftotext
def test_every_section_of_the_italian_minutes_is_printed(tmp_path):
    path, _ = render(minutes(), tmp_path)
    text = flat("\n".join(pdf_pages(path)))
    expected = [
        "Città metropolitana di Torino",
        "Tavolo permanente delle zone omogenee",
        "Verbale della seduta n. 7/2026",
        "mercoledì 25 novembre 2026",
        "dalle 10:00 alle 12:45",
        "Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
        "Mista (in presenza e a distanza)",
        "Presidente Mario Verdi",
        "Segretario Anna Neri",
        "Presenze",
        "Zone presenti: 8 su 11. Numero legale raggiunto "
        "(maggioranza delle 11 zone: almeno 6 zone presenti).",
        "Ospiti",
        "Luca Gialli",
        "Funzionario CMTO",
        "Ordine del giorno",
        "Svolgimento della seduta",
        "La seduta ha inizio alle ore 10:00.",
        "1. Approvazione del verbale della seduta n. 6/2026",
        "2. Piano della mobilità sostenibile",
        "3. Comunicazioni",
        "Per decisione · Relatore: Arch. Giulia Bianchi · Proposta P-2026-014",
        "Allegati:",
        "Relazione tecnica (prot. 2026/0012345)",
        "Discussione",
        "Decisione",
        "Il Tavolo approva il piano con le modifiche proposte.",
        "Votazione",
        "Favorevoli 6",
        "Contrari 1 7 – Ciriacese - Valli di Lanzo",
        "Astenuti 1 10 – Chivassese",
        "La seduta termina alle ore 12:45.",
        "Azioni da svolgere",
        "Trasmettere il piano ai Comuni Segreteria 15/12/2026",
        "Raccogliere le osservazioni",
        "Il Presidente",
        "Il Segretario",
        "Delega prot. 1234",
        "Assente giustificato",
    ]
    for fragment in expected:
        assert fragment in text, fragment
    for number, name in ZONES:
        assert f"{number} – {name}" in text
        if number not in ABSENT:
            assert f"Portavoce Zona{number}" in text
    # One row of the attendance table, read as laid out on the page.
    row = r"3 – Area Metropolitana Torino Sud +Portavoce Zona3 +Portavoce +Presente +10:03 +12:05"
    assert re.search(row, layout_text(path))


@needs_pdftotext
def test_a_draft_says_so_on_every_page_and_has_no_approval_line(tmp_path):
    path, fingerprint = render(minutes(items=minutes().items * 8), tmp_path)
    pages = pdf_pages(path)
    assert len(pages) > 1
    for page in pages:
        assert "BOZZA" in page
        assert "BOZZA — verbale non ancora approvato" in page
        assert "Approvato" not in page
        assert f"Impronta SHA-256: {fingerprint}" in page


@needs_pdftotext
def test_approved_minutes_print_approval_and_fingerprint_on_every_page(tmp_path):
    document = approved(items=minutes().items * 8)
    path, returned = render(document, tmp_path)
    pages = pdf_pages(path)
    assert len(pages) > 1
    assert returned == minutes_fingerprint(document)
    for page in pages:
        assert "Approvato nella seduta n. 9/2026 del 10/12/2026" in page
        assert "BOZZA" not in page
        printed = re.findall(r"Impronta SHA-256: ([0-9a-f]+)", page)
        assert printed == [returned]
    assert re.fullmatch(r"[0-9a-f]{64}", returned)


@needs_pdftotext
def test_pages_are_numbered_x_of_y(tmp_path):
    path, _ = render(minutes(items=minutes().items * 12), tmp_path)
    pages = pdf_pages(path)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {total}" in page
        assert len(re.findall(r"Pagina \d+ di \d+", page)) == 1


@needs_pdftotext
def test_english_minutes_use_english_words_only(tmp_path):
    document = approved(language="en")
    path, _ = render(document, tmp_path)
    pages = pdf_pages(path)
    text = flat("\n".join(pages))
    for fragment in [
        "Minutes of session no. 7/2026",
        "Wednesday 25 November 2026",
        "from 10:00 to 12:45",
        "Hybrid (in person and online)",
        "Attendance",
        "Zones present: 8 of 11. Quorum reached (majority of the 11 zones: at least 6 zones "
        "present).",
        "Guests",
        "Agenda",
        "Proceedings",
        "For decision · Presenter: Arch. Giulia Bianchi · Proposal P-2026-014",
        "Discussion",
        "Decision",
        "In favour 6",
        "Against 1",
        "Abstained 1",
        "Action items",
        "15 December 2026",
        "The Chair",
        "The Secretary",
        "Approved at session no. 9/2026 on 10 December 2026",
        "SHA-256 fingerprint:",
        "Excused",
    ]:
        assert fragment in text, fragment
    for italian in ("Pagina", "Verbale", "Presenze", "Favorevoli", "Impronta", "mercoledì"):
        assert italian not in text
    assert f"Page 1 of {len(pages)}" in pages[0]


@needs_pdftotext
def test_quorum_not_reached_is_stated(tmp_path):
    lines = tuple(replace(line, presence=Presence.ABSENT) for line in attendance()[5:])
    document = minutes(attendance=attendance()[:5] + lines)
    path, _ = render(document, tmp_path)
    text = flat("\n".join(pdf_pages(path)))
    assert "Zone presenti: 5 su 11. Numero legale non raggiunto" in text
    other_rule = minutes(quorum_rule=QuorumRule(Fraction(2, 3), strictly_more=False))
    path, _ = render(other_rule, tmp_path, "two-thirds.pdf")
    text = flat("\n".join(pdf_pages(path)))
    assert "(2/3 delle 11 zone: almeno 8 zone presenti)" in text


@needs_pdftotext
def test_errata_are_listed_after_the_minutes(tmp_path):
    erratum = ErratumLine(
        date(2027, 1, 20), "Al punto 2 leggasi «15 dicembre».", "1/2027", "A. Neri"
    )
    path, _ = render(approved(errata=(erratum,)), tmp_path)
    text = flat("\n".join(pdf_pages(path)))
    assert "Errata corrige 20/01/2027 — seduta n. 1/2027 — A. Neri" in text
    assert "Al punto 2 leggasi «15 dicembre»." in text


# --- hostile and extreme text ---------------------------------------------------------------


@needs_pdftotext
def test_hostile_text_is_printed_exactly_as_typed_everywhere(tmp_path):
    entry = AgendaEntry(HOSTILE, AgendaItemKind.DISCUSSION, HOSTILE, "P-2026-001")
    item = MinutesItem(entry, discussion=HOSTILE, decision=HOSTILE, actions=(ActionLine(HOSTILE),))
    document = minutes(
        venue=HOSTILE,
        chair=HOSTILE,
        attendance=(replace(attendance()[0], attendee=HOSTILE, note=HOSTILE), *attendance()[1:]),
        guests=(GuestLine(HOSTILE, HOSTILE, HOSTILE),),
        items=(item,),
        letterhead=(HOSTILE, "Tavolo"),
    )
    path, _ = render(document, tmp_path)
    text = "\n".join(pdf_pages(path))
    # Letterhead, venue, chair, attendee and note, three guest cells, agenda line, heading,
    # presenter, discussion, decision, action, and the chair again under the signature.
    # Compared without white space: pdftotext may glue two short words at a line start.
    places = 15
    assert squeezed(text).count(squeezed(HOSTILE)) == places
    for fragment in ("<b>non grassetto</b>", "<para>x</para>", '"doppi"', "'singoli'", "😀"):
        assert squeezed(text).count(squeezed(fragment)) == places, fragment
    assert flat(HOSTILE) in flat(text)


@needs_pdftotext
def test_newlines_are_kept_as_line_breaks(tmp_path):
    path, _ = render(minutes(), tmp_path)
    lines = [line.strip() for line in "\n".join(pdf_pages(path)).splitlines()]
    index = lines.index("Riga uno della discussione")
    assert lines[index + 1] == "Riga due della discussione"


@needs_pdftotext
def test_long_texts_and_a_3000_character_word_wrap_inside_the_page(tmp_path):
    long_item = MinutesItem(
        AgendaEntry(LONG_WORD, AgendaItemKind.DISCUSSION, presenter=LONG_WORD),
        discussion=LONG_TEXT + "\n" + LONG_WORD,
        decision=LONG_TEXT,
        votes=votes(),
        actions=(ActionLine(LONG_TEXT, LONG_WORD), ActionLine(LONG_WORD, LONG_TEXT)),
    )
    document = minutes(
        items=(long_item,),
        venue=LONG_WORD,
        guests=(GuestLine(LONG_WORD, LONG_TEXT, LONG_TEXT),),
        attendance=(
            replace(attendance()[0], attendee=LONG_WORD, note=LONG_TEXT),
            *attendance()[1:],
        ),
        errata=(ErratumLine(date(2027, 1, 1), LONG_TEXT + LONG_WORD),),
    )
    path, _ = render(document, tmp_path)
    pages = pdf_pages(path)
    assert len(pages) > 5
    page_width = pdf_common.PAGE_SIZE[0]
    boxes = word_boxes(path)
    assert boxes
    overflowing = [w[:20] for x0, x1, w in boxes if x0 < 0 or x1 > page_width - 50]
    assert overflowing == []
    # Every letter of the long words is printed (where a word runs over a page the footer
    # comes in between, so count the letters): title twice (agenda and heading), presenter,
    # discussion, venue, attendee, guest, action description and owner, erratum.
    assert "".join(pages).count("Q") == 10 * len(LONG_WORD)
    assert text_count(pages, "Lungo intervento della zona") >= 3 * 178


def text_count(pages: list[str], fragment: str) -> int:
    return flat("\n".join(pages)).count(fragment)


def test_empty_fields_build_a_complete_document(tmp_path):
    bare_lines = tuple(AttendanceLine(number, "", Presence.ABSENT) for number, _name in ZONES[:3])
    document = MinutesDocument(
        session_ref="",
        meeting_date=date(2026, 1, 1),
        attendance=bare_lines,
        items=(MinutesItem(AgendaEntry("")),),
        letterhead=(),
    )
    path, fingerprint = render(document, tmp_path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert fingerprint == minutes_fingerprint(document)
    if PDFTOTEXT:
        text = flat("\n".join(pdf_pages(path)))
        assert "Nessun ospite." in text
        assert "Nessuna azione." in text
        assert "Zone presenti: 0 su 11. Numero legale non raggiunto" in text
        assert "giovedì 1° gennaio 2026" in text


def test_control_characters_and_broken_text_do_not_stop_the_build(tmp_path):
    nasty = "a\x00b\x07c\x1b[31md\x0ce\u2028f\ud800g\ufeffh\u200di\ufe0f\r\nj\rk\t\tl"
    item = MinutesItem(AgendaEntry(nasty), discussion=nasty, decision=nasty)
    document = minutes(items=(item,), chair=nasty, guests=(GuestLine(nasty, nasty, nasty),))
    path, _ = render(document, tmp_path)
    assert path.read_bytes().startswith(b"%PDF-")
    cleaned = printable(nasty)
    # Controls go, form feeds and line separators become newlines, a lone surrogate U+FFFD;
    # the zero-width characters DejaVu has are kept as typed.
    assert cleaned == "abc[31md\ne\nf\ufffdg\ufeffh\u200di\ufe0f\nj\nk  l"
    if PDFTOTEXT:
        assert "[31md" in "\n".join(pdf_pages(path))


def test_a_failed_build_leaves_the_previous_file_untouched(tmp_path, monkeypatch):
    path, _ = render(minutes(), tmp_path)
    before = path.read_bytes()

    def broken_build(*args, **kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_common.BaseDocTemplate, "build", broken_build)
    with pytest.raises(RuntimeError):
        write_minutes_pdf(approved(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_the_pdf_embeds_the_dejavu_fonts_shipped_with_rtdesk(tmp_path):
    path, _ = render(minutes(), tmp_path)
    data = path.read_bytes()
    assert b"DejaVuSans" in data
    assert b"DejaVuSerif-Bold" in data
    assert b"Helvetica" not in data


# --- fingerprint --------------------------------------------------------------------------------


def test_the_same_minutes_give_the_same_fingerprint():
    assert minutes_fingerprint(minutes()) == minutes_fingerprint(minutes())
    assert minutes_fingerprint(approved()) == minutes_fingerprint(approved())


@pytest.mark.parametrize(
    "change",
    [
        lambda d: replace(
            d, items=(replace(d.items[0], decision=d.items[0].decision + "!"), *d.items[1:])
        ),
        lambda d: replace(d, items=(replace(d.items[0], votes=d.items[0].votes[1:]), *d.items[1:])),
        lambda d: replace(
            d, attendance=(replace(d.attendance[0], attendee="X"), *d.attendance[1:])
        ),
        lambda d: replace(d, end_time=time(12, 46)),
        lambda d: replace(d, meeting_date=date(2026, 11, 26)),
        lambda d: replace(d, items=d.items[::-1]),
        lambda d: replace(d, quorum_rule=QuorumRule(Fraction(2, 3))),
    ],
)
def test_a_changed_record_gives_another_fingerprint(change):
    document = minutes()
    assert minutes_fingerprint(change(document)) != minutes_fingerprint(document)


def test_approval_errata_language_and_letterhead_are_not_part_of_the_fingerprint():
    draft = minutes()
    erratum = ErratumLine(date(2027, 1, 20), "Correzione")
    for other in (
        approved(),
        approved(errata=(erratum,)),
        minutes(language="en"),
        minutes(letterhead=("Altro ente",)),
    ):
        assert minutes_fingerprint(other) == minutes_fingerprint(draft)


def test_text_that_prints_the_same_gives_the_same_fingerprint():
    composed = minutes(chair="Nicolò Verdi", venue="riga uno\nriga due")
    decomposed = minutes(chair="Nicolo\u0300 Verdi", venue="riga uno\r\nriga due")
    assert minutes_fingerprint(composed) == minutes_fingerprint(decomposed)


def test_the_canonical_form_is_sorted_json_with_a_format_tag():
    text = minutes_canonical_json(approved())
    assert text.startswith('{"format":"rtdesk-minutes/1","minutes":{')
    assert '"approval"' not in text and '"language"' not in text
    assert '"meeting_date":"2026-11-25"' in text
    assert '"start_time":"10:00:00"' in text
    assert '"share":"1/2"' in text
    assert '"presence":"present"' in text


def test_the_fingerprint_of_a_written_file_matches_the_function(tmp_path):
    document = approved()
    _, first = render(document, tmp_path, "a.pdf")
    _, second = render(document, tmp_path, "b.pdf")
    assert first == second == minutes_fingerprint(document)
    changed = replace(document, items=(replace(document.items[0], decision="Respinto."),))
    _, third = render(changed, tmp_path, "c.pdf")
    assert third != first


# --- words and safe text ------------------------------------------------------------------------


def test_both_languages_have_the_same_labels():
    assert LABELS["it"].keys() == LABELS["en"].keys()


def test_every_enum_value_has_a_word_in_both_languages():
    for language in ("it", "en"):
        words = Words(language)
        for enum in (Presence, AttendanceCapacity, MeetingMode, AgendaItemKind, VoteChoice):
            for value in enum:
                assert words.of(value)


def test_dates_are_written_without_the_os_locale():
    it, en = Words("it"), Words("en")
    assert it.long_date(date(2026, 11, 25)) == "mercoledì 25 novembre 2026"
    assert it.long_date(date(2026, 12, 1)) == "martedì 1° dicembre 2026"
    assert en.long_date(date(2026, 12, 1)) == "Tuesday 1 December 2026"
    assert it.short_date(date(2026, 12, 10)) == "10/12/2026"
    assert it.time_span(time(10), None) == "ore 10:00"
    with pytest.raises(ValueError):
        Words("fr")


def test_markup_escapes_and_keeps_line_breaks_and_spaces():
    assert markup("<b>a</b> & b") == "&lt;b&gt;a&lt;/b&gt; &amp; b"
    assert markup("uno\ndue") == "uno<br/>due"
    assert markup("a   b") == "a \u00a0 b"
    assert markup("") == "" and markup(None) == ""
    # The serif lacks the emoji, so it is set in the sans, never dropped.
    serif = markup("x 😀 y", pdf_common.SERIF_BOLD)
    assert f'<font face="{pdf_common.SANS}">😀</font>' in serif


def test_fast_paragraphs_equal_parsed_ones():
    """The parser-free path makes the same fragment reportlab's parser makes."""
    styles = make_styles()
    samples = [HOSTILE, "a   b", "  lead", "x" * 500, "ąčęėįšųūž ț ș ă", "&amp; &lt;", "]]>"]
    for style in (styles.body, styles.cell, styles.title, styles.meta, styles.key):
        for sample in samples:
            fast = pdf_common._paragraph(printable(sample, style.fontName), style)
            parsed = Paragraph(markup(sample, style.fontName), style)
            assert "".join(f.text for f in fast.frags) == "".join(f.text for f in parsed.frags)
            first = {k: v for k, v in vars(fast.frags[0]).items() if k != "text"}
            for fragment in parsed.frags:
                if fragment.fontName == style.fontName:
                    assert {k: v for k, v in vars(fragment).items() if k != "text"} == first


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# exclude_categories=() lets surrogates in too: broken text pasted from elsewhere.
@given(text=st.text(st.characters(exclude_categories=()), max_size=300))
def test_any_text_builds_anywhere(tmp_path, text):
    """Whatever a user types (controls, surrogates, markup, any script) gives a PDF."""
    item = MinutesItem(
        AgendaEntry(text, AgendaItemKind.DECISION, text, text, (AttachmentLine(text, text),)),
        discussion=text,
        decision=text,
        votes=votes(),
        actions=(ActionLine(text, text, date(2026, 12, 1)),),
    )
    document = minutes(
        items=(item,),
        venue=text,
        chair=text,
        guests=(GuestLine(text, text, text),),
        errata=(ErratumLine(date(2027, 1, 1), text, text, text),),
        letterhead=(text, text),
    )
    path, fingerprint = render(document, tmp_path, "any.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    assert fingerprint == minutes_fingerprint(document)
