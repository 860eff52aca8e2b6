"""Time and memory of the summary workbook with 100,000 proposals, 2,000 sessions, 10,000 actions.

Run: /tmp/venv/bin/python benchmarks/bench_summary_workbook.py [--sizes 10000 100000]
     [--keep DIR] [--tracemalloc]

Each size runs in a fresh child process, because the peak resident memory (ru_maxrss) only ever
grows within a process. With --tracemalloc every size runs a second time under tracemalloc for
the peak of Python allocations; that run is two to three times slower, so its time is not the
one reported. The rows come from generators, as the service streams them from the database, so
the memory measured is the writer's own. Flat memory means the growth hardly moves between
10,000 and 100,000 proposals; what growth remains is mostly the 10,000 actions, which are sorted
in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from rtdesk.domain.enums import (
    ActionStatus,
    AdoptionState,
    MandateRole,
    MeetingMode,
    MeetingStatus,
    Presence,
    ProposalStatus,
)
from rtdesk.domain.roster import RosterEntry
from rtdesk.domain.summary import (
    ActionSummaryRow,
    AdoptionMatrixRow,
    AttendanceRow,
    ProposalSummaryRow,
    SessionSummaryRow,
    SummaryData,
)
from rtdesk.exports.summary_workbook import write_summary_workbook

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
WORDS = [
    "mobilità",
    "sostenibile",
    "trasporto",
    "pubblico",
    "scuole",
    "digitalizzazione",
    "sportello",
    "unico",
    "protezione",
    "civile",
    "servizi",
    "sociali",
    "turismo",
    "montano",
    "piste",
    "ciclabili",
    "energia",
    "comunità",
    "rinnovabile",
    "gestione",
    "associata",
    "acquisti",
    "centrale",
    "unica",
    "di",
    "committenza",
    "è",
    "più",
    "perché",
]
HOSTILE = ('=HYPERLINK("http://evil","click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1", "-1")
FIRST_DAY = date(2010, 1, 1)


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def proposals(count: int) -> Iterator[ProposalSummaryRow]:
    rng = random.Random(1)
    statuses = list(ProposalStatus)
    for index in range(count):
        submitted = FIRST_DAY + timedelta(days=index % 5_000)
        resolved = submitted + timedelta(days=60) if index % 3 else None
        title = HOSTILE[index % 4] if index % 1_000 == 0 else sentence(rng, 10)
        yield ProposalSummaryRow(
            code=f"P-{submitted.year}-{index:06d}",
            title=title,
            status=statuses[index % len(statuses)],
            submitted_on=submitted,
            proposing_zones_text=", ".join(str(z) for z in sorted(rng.sample(range(1, 12), 2))),
            proposer=f"Sindaca di Comune {index % 312}",
            themes_text="; ".join(rng.sample(WORDS, 2)),
            strategic_axis=f"Asse {index % 6 + 1}",
            resolution=sentence(rng, 14) if resolved else "",
            resolved_on=resolved,
            discussed_at_text=f"{index % 9 + 1}/{submitted.year}",
        )


def adoption(count: int) -> Iterator[AdoptionMatrixRow]:
    rng = random.Random(2)
    states = [*AdoptionState, None]
    for index in range(count):
        yield AdoptionMatrixRow(
            code=f"P-{2010 + index % 14}-{index:06d}",
            title=sentence(rng, 10),
            status=ProposalStatus.APPROVED,
            states=tuple(rng.choice(states) for _ in ZONES),
        )


def sessions(count: int) -> Iterator[SessionSummaryRow]:
    for index in range(count):
        present = 4 + index % 8
        yield SessionSummaryRow(
            ref=f"{index % 12 + 1}/{2010 + index // 12}",
            held_on=FIRST_DAY + timedelta(days=index * 3),
            venue="Sala del Consiglio metropolitano, corso Inghilterra 7, Torino",
            mode=list(MeetingMode)[index % 3],
            status=MeetingStatus.MINUTES_APPROVED,
            zones_present=present,
            zones_total=11,
            quorum_reached=present >= 6,
            agenda_items=index % 9 + 1,
        )


def attendance(count: int) -> Iterator[AttendanceRow]:
    rng = random.Random(3)
    presences = [Presence.PRESENT, Presence.PRESENT, Presence.ABSENT, Presence.EXCUSED]
    for index in range(count):
        yield AttendanceRow(
            ref=f"{index % 12 + 1}/{2010 + index // 12}",
            held_on=FIRST_DAY + timedelta(days=index * 3),
            presences=tuple(rng.choice(presences) for _ in ZONES),
        )


def actions(count: int) -> Iterator[ActionSummaryRow]:
    rng = random.Random(4)
    for index in range(count):
        yield ActionSummaryRow(
            description=sentence(rng, 12),
            owner=f"Ufficio {rng.choice(WORDS)}",
            zone=index % 11 + 1,
            due_on=FIRST_DAY + timedelta(days=index % 6_000) if index % 7 else None,
            status=list(ActionStatus)[index % 4],
            session_ref=f"{index % 12 + 1}/2024",
            proposal_code=f"P-2024-{index:06d}",
        )


def roster() -> Iterator[RosterEntry]:
    for number, _name in ZONES:
        for role, vicar in ((MandateRole.SPOKESPERSON, False), (MandateRole.DEPUTY, True)):
            yield RosterEntry(
                number, "Rossi", "Maria", role, vicar, date(2024, 7, 1), municipality="Ivrea"
            )


def summary(proposal_count: int, session_count: int, action_count: int) -> SummaryData:
    return SummaryData(
        zones=ZONES,
        today=date(2026, 11, 25),
        proposals=proposals(proposal_count),
        adoption=adoption(proposal_count),
        sessions=sessions(session_count),
        attendance=attendance(session_count),
        actions=actions(action_count),
        roster=roster(),
        proposal_count=proposal_count,
    )


def rss_now_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(args: argparse.Namespace) -> None:
    """One measured run; prints one JSON line."""
    path = Path(args.output)
    data = summary(args.proposals, args.sessions, args.actions)
    baseline = rss_now_mib()
    if args.trace:
        tracemalloc.start()
    started = time.perf_counter()
    write_summary_workbook(data, path)
    seconds = time.perf_counter() - started
    result = {
        "proposals": args.proposals,
        "seconds": round(seconds, 1),
        "file_mib": round(path.stat().st_size / 2**20, 1),
        "baseline_rss_mib": round(baseline, 1),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.trace:
        result["tracemalloc_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    print(json.dumps(result))


def run_child(size: int, sessions_: int, actions_: int, output: Path, trace: bool) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        "--proposals",
        str(size),
        "--sessions",
        str(sessions_),
        "--actions",
        str(actions_),
        "--output",
        str(output),
    ]
    if trace:
        command.append("--trace")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--sessions", type=int, default=2_000)
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="folder where the workbooks are kept")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure the tracemalloc peak (slow)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--proposals", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    with tempfile.TemporaryDirectory(prefix="rtdesk-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(
            f"summary workbook: {args.sessions:,} sessions, {args.actions:,} actions, "
            f"11 zones; python {sys.version.split()[0]}"
        )
        header = (
            f"{'proposals':>10} {'seconds':>8} {'file MiB':>9} {'base RSS':>9} "
            f"{'max RSS':>8} {'RSS growth':>10} {'tracemalloc peak':>17}"
        )
        print(header)
        for size in args.sizes:
            output = folder / f"summary-{size}.xlsx"
            plain = run_child(size, args.sessions, args.actions, output, trace=False)
            peak = "-"
            if args.tracemalloc:
                traced = run_child(
                    size, args.sessions, args.actions, folder / "traced.xlsx", trace=True
                )
                peak = f"{traced['tracemalloc_peak_mib']} MiB"
            growth = plain["max_rss_mib"] - plain["baseline_rss_mib"]
            print(
                f"{size:>10,} {plain['seconds']:>8} {plain['file_mib']:>9} "
                f"{plain['baseline_rss_mib']:>9} {plain['max_rss_mib']:>8} "
                f"{growth:>10.1f} {peak:>17}"
            )
        (folder / "traced.xlsx").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
