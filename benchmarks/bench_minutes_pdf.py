"""Time to write the PDF minutes of a long session (90 agenda points: 100 A4 pages).

Run: /tmp/venv/bin/python benchmarks/bench_minutes_pdf.py [--items 90] [--repeat 3] [--keep FILE]

The session has the 11 zones in the attendance register, 12 guests and `--items` agenda points,
each with a discussion of about 2,500 characters, a decision, a vote of every present zone and
two actions; some text is hostile (markup, emoji, Polish and Romanian letters). The best of
`--repeat` runs of `write_minutes_pdf` is reported (the first run also pays for loading the
fonts, so it is reported apart).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from rtdesk.domain.documents import (
    ActionLine,
    AgendaEntry,
    AttachmentLine,
    AttendanceLine,
    GuestLine,
    MinutesApproval,
    MinutesDocument,
    MinutesItem,
    VoteLine,
)
from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    MeetingMode,
    Presence,
    VoteChoice,
)
from rtdesk.exports.minutes_pdf import write_minutes_pdf

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
# A vocabulary of Round Table words, as the summary workbook benchmark uses.
VOCABULARY = """mobilità sostenibile trasporto pubblico scuole digitalizzazione sportello unico
protezione civile servizi sociali turismo montano piste ciclabili energia comunità rinnovabile
gestione associata acquisti centrale unica di committenza è più perché zona comuni sindaci"""
WORDS = VOCABULARY.split()
HOSTILE = 'Testo <b>non grassetto</b> & <para> "citato" 😀 ąčęėįšųūž ț ș ă'


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def paragraph(rng: random.Random, characters: int) -> str:
    parts: list[str] = []
    while sum(len(part) + 1 for part in parts) < characters:
        parts.append(sentence(rng, rng.randint(8, 20)))
    return " ".join(parts)


def long_minutes(items: int) -> MinutesDocument:
    rng = random.Random(7)
    present = {number for number, _name in ZONES if number not in (8, 11)}
    attendance = tuple(
        AttendanceLine(
            number,
            name,
            Presence.PRESENT if number in present else Presence.EXCUSED,
            attendee=f"Sindaca {rng.choice(WORDS).title()} {number}" if number in present else "",
            capacity=AttendanceCapacity.SPOKESPERSON if number in present else None,
            arrived_at=clock(9, 30 + number) if number in present else None,
        )
        for number, name in ZONES
    )
    choices = list(VoteChoice)
    minutes_items = []
    for index in range(items):
        votes = tuple(
            VoteLine(number, name, choices[(number + index) % 5 // 2])
            for number, name in ZONES
            if number in present
        )
        discussion = "\n".join(paragraph(rng, 800) for _ in range(3))
        if index % 10 == 0:
            discussion += "\n" + HOSTILE
        minutes_items.append(
            MinutesItem(
                entry=AgendaEntry(
                    title=sentence(rng, 9),
                    kind=list(AgendaItemKind)[index % 3],
                    presenter=f"Zona {index % 11 + 1}",
                    proposal_code=f"P-2026-{index + 1:03d}",
                    attachments=(AttachmentLine("Relazione", f"prot. 2026/{index:07d}"),),
                ),
                discussion=discussion,
                decision=paragraph(rng, 300),
                votes=votes,
                actions=(
                    ActionLine(sentence(rng, 10), "Segreteria", date(2026, 12, 15)),
                    ActionLine(sentence(rng, 6), f"Zona {index % 11 + 1}"),
                ),
            )
        )
    return MinutesDocument(
        session_ref="7/2026",
        meeting_date=date(2026, 11, 25),
        attendance=attendance,
        items=tuple(minutes_items),
        start_time=clock(9, 30),
        end_time=clock(18, 0),
        venue="Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
        mode=MeetingMode.HYBRID,
        chair="Mario Verdi",
        secretary="Anna Neri",
        guests=tuple(GuestLine(f"Ospite {n}", "Città metropolitana di Torino") for n in range(12)),
        approval=MinutesApproval("9/2026", date(2026, 12, 10)),
    )


def page_count(path: Path) -> str:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "?"
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=90)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="where to keep the PDF")
    args = parser.parse_args()
    document = long_minutes(args.items)
    with tempfile.TemporaryDirectory(prefix="rtdesk-bench-") as scratch:
        path = args.keep or Path(scratch) / "minutes.pdf"
        started = time.perf_counter()
        write_minutes_pdf(document, path)
        first = time.perf_counter() - started
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            write_minutes_pdf(document, path)
            timings.append(time.perf_counter() - started)
        print(
            f"minutes PDF: {args.items} agenda points, {page_count(path)} pages, "
            f"{path.stat().st_size / 2**10:.0f} KiB; python {sys.version.split()[0]}"
        )
        print(f"first run (fonts loaded): {first:.2f} s")
        print(f"best of {args.repeat}: {min(timings):.2f} s")


if __name__ == "__main__":
    main()
