"""The full benchmark: what users wait for, on a database of 100,000 proposals and 2,000 sessions.

Run (one command, about seven minutes on the project machine; the table goes into
docs/performance.md):

    /tmp/venv/bin/python benchmarks/run_benchmark.py [--database PATH] [--scale 100]
        [--repeat 3] [--keep DIR] [--no-doc]

Without --database, a new database is built with `rtdesk demo --scale 100` in a temporary
folder (and copied to --keep DIR, to reuse it next time with --database). With --database,
that file is used as it is (it must already hold the data; it is opened, so it is migrated if
older).

Measured in one run, each part in its own process so that its peak memory (ru_maxrss, read
with os.wait4) is its own:
- building the database (`rtdesk demo --scale K`);
- cold start to the first painted main window, and on to the database open and its page
  painted: `python -m rtdesk --database PATH` with RTDESK_SMOKE_TEST=1 on the offscreen Qt
  platform, median of --repeat starts (a new process each time; the OS file cache is warm;
  modules compiled once before, as an installed program has them); the same on a small demo
  database for comparison, and the start-up backup alone, which the app writes after that;
- the proposals register through the GUI's table model (`ProposalsTableModel`) in a
  QTableView painted offscreen: opening it, each keystroke of "trasporto scolastico" typed in
  the search box, the status, zone and year filters, sorting by title; median of --repeat;
- the full-text search alone (`ProposalService.proposal_ids` with the text filter);
- the summary workbook of everything (`SummaryService` + `write_summary_workbook`), with the
  process's peak memory;
- a 100-page minutes PDF (benchmarks/bench_minutes_pdf.py's long session).

Every user-level folder (settings, backups) points into the temporary folder, so a run leaves
the user's own rtdesk files alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START = "<!-- run_benchmark:start -->"
END = "<!-- run_benchmark:end -->"
TYPED = "trasporto scolastico"
# rtdesk.app.FIRST_PAINT_MARKER and SMOKE_MARKER, repeated: this process does not load Qt.
FIRST_PAINT_MARKER = "rtdesk smoke test: main window painted"
SMOKE_MARKER = "rtdesk smoke test: database open and shown"


# --- Running children ---------------------------------------------------------------------


@dataclass
class Child:
    stdout: str
    stderr: str
    seconds: float
    max_rss_mib: float
    markers: dict[str, float] = field(default_factory=dict)  # line waited for -> seconds


def run_child(command: list[str], env: dict[str, str], markers: tuple[str, ...] = ()) -> Child:
    """Run a process to its end; its wall time, its own peak memory (os.wait4), and when each
    of `markers` appeared on its output."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    marker_at: dict[str, float] = {}
    lines = []
    assert process.stdout is not None and process.stderr is not None
    for line in process.stdout:
        lines.append(line)
        for marker in markers:
            if marker not in marker_at and marker in line:
                marker_at[marker] = time.perf_counter() - started
    stderr = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return Child("".join(lines), stderr, seconds, usage.ru_maxrss / 1024, marker_at)


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("RTDESK_DATABASE", None)
    # As installed (pip install, the PyInstaller bundle): modules compiled once, not at every
    # start. A developer's PYTHONDONTWRITEBYTECODE would add 0.3 s of compiling to each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def python(*arguments: str) -> list[str]:
    return [sys.executable, *arguments]


def child_json(child: Child) -> dict:
    return json.loads(child.stdout.strip().splitlines()[-1])


# --- Children: the GUI register, the summary, the PDF ---------------------------------------


def child_gui(database: str, repeat: int) -> None:
    """The register through the GUI's model in a painted QTableView; prints one JSON line."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from rtdesk.domain.enums import ProposalStatus
    from rtdesk.gui.proposals_model import ProposalsTableModel
    from rtdesk.services.context import ServiceContext
    from rtdesk.services.proposals import ProposalFilters, ProposalService
    from rtdesk.store.database import open_database

    app = QApplication.instance() or QApplication(["rtdesk-benchmark"])
    db = open_database(database)
    service = ProposalService(ServiceContext(db.session_factory))
    years = sorted({int(code.split("-")[1]) for code in _sample_codes(db)})
    year = years[len(years) // 2]

    def painted(view: QTableView) -> None:
        view.grab()  # paints the visible rows: the model reads their page of rows

    def new_view() -> tuple[ProposalsTableModel, QTableView]:
        model = ProposalsTableModel(service)
        view = QTableView()
        view.resize(1280, 800)
        view.setSortingEnabled(False)
        view.setModel(model)
        return model, view

    results: dict[str, list[float]] = {}

    def record(name: str, action, model: ProposalsTableModel | None = None) -> None:
        """Time `action`, then reading the first page of rows and painting the view: what the
        user waits for until they see the result. The parts are kept apart too."""
        started = time.perf_counter()
        action()
        queried = time.perf_counter()
        if model is not None:
            model.row_at(0)  # the first page of rows (the view would ask for it when painting)
        fetched = time.perf_counter()
        if model is not None:
            painted(views[model])
        done = time.perf_counter()
        results.setdefault(name, []).append((done - started) * 1000)
        results.setdefault(f"{name}/query", []).append((queried - started) * 1000)
        results.setdefault(f"{name}/rows", []).append((fetched - queried) * 1000)

    keys = [TYPED[: n + 1] for n in range(len(TYPED))]
    rows = 0
    for _ in range(repeat):
        model, view = new_view()
        views = {model: view}
        record("open", lambda m=model: m.set_filters(ProposalFilters()), model)
        rows = model.rowCount()
        # Filters set as the page sets them from its filter bar (ProposalsPage.apply_filters).
        for typed in keys:
            record(
                f"key:{typed}",
                lambda m=model, t=typed: m.set_filters(ProposalFilters(text=t), typing=True),
                model,
            )
        for name, filters in (
            ("status", ProposalFilters(status=ProposalStatus.APPROVED)),
            ("zone", ProposalFilters(zone_number=5)),
            ("year", ProposalFilters(year=year)),
            ("zone+text", ProposalFilters(text="trasporto", zone_number=5)),
            ("none", ProposalFilters()),
        ):
            record(
                f"filter:{name}", lambda m=model, f=filters: m.set_filters(f, typing=True), model
            )
        for name, column, order in (
            ("title ascending", model.COLUMN_TITLE, Qt.SortOrder.AscendingOrder),
            ("title descending", model.COLUMN_TITLE, Qt.SortOrder.DescendingOrder),
            ("code descending", model.COLUMN_CODE, Qt.SortOrder.DescendingOrder),
        ):
            record(f"sort:{name}", lambda m=model, c=column, o=order: m.sort(c, o), model)
        for typed in ("t", "trasporto", TYPED):
            record(f"search:{typed}", lambda t=typed: service.proposal_ids(ProposalFilters(t)))
        view.deleteLater()
        app.processEvents()
    counts = {
        "all": rows,
        "year": year,
        **{f"key:{k}": len(service.proposal_ids(ProposalFilters(text=k))) for k in keys},
    }
    db.close()
    print(
        json.dumps(
            {
                "times_ms": results,
                "counts": counts,
                "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "qt": _qt_version(),
            }
        )
    )


def _sample_codes(db) -> list[str]:
    from sqlalchemy import text

    with db.session_factory() as session:
        return list(session.scalars(text("SELECT DISTINCT code FROM proposal WHERE sequence = 1")))


def _qt_version() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"


def rss_now_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child_summary(database: str, output: str) -> None:
    """The summary workbook of every year, as `rtdesk export summary` writes it."""
    from rtdesk.exports.summary_workbook import write_summary_workbook
    from rtdesk.services.context import ServiceContext
    from rtdesk.services.summary import SummaryService
    from rtdesk.store.database import open_database

    db = open_database(database)
    baseline = rss_now_mib()
    started = time.perf_counter()
    data = SummaryService(ServiceContext(db.session_factory)).summary_data()
    write_summary_workbook(data, Path(output))
    seconds = time.perf_counter() - started
    db.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "baseline_rss_mib": baseline,
                "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "file_mib": Path(output).stat().st_size / 2**20,
                "proposals": data.proposal_count,
            }
        )
    )


def child_pdf(output: str, repeat: int) -> None:
    """The minutes of a 90-point session (100 A4 pages): first run and median of `repeat`."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_minutes_pdf import long_minutes, page_count

    from rtdesk.exports.minutes_pdf import write_minutes_pdf

    document = long_minutes(90)
    path = Path(output)
    started = time.perf_counter()
    write_minutes_pdf(document, path)
    first = time.perf_counter() - started
    timings = []
    for _ in range(repeat):
        path.unlink()
        started = time.perf_counter()
        write_minutes_pdf(document, path)
        timings.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "first": first,
                "median": statistics.median(timings),
                "pages": page_count(path),
                "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


# --- The run ------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    target: str
    measured: str
    met: str  # "yes", "**no**", "—" (no target)


def verdict(ok: bool | None) -> str:
    if ok is None:
        return "—"
    return "yes" if ok else "**no**"


def machine() -> dict[str, str]:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kib / 2**20:.0f} GiB"
    except (OSError, AttributeError):
        pass
    return {
        "cpu": f"{model}, {os.cpu_count()} cores",
        "memory": memory,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def median(values: list[float]) -> float:
    return statistics.median(values)


def build(database: Path, scale: int, env: dict[str, str]) -> tuple[Child, float]:
    child = run_child(
        python("-m", "rtdesk", "demo", "--scale", str(scale), "--database", str(database)), env
    )
    written = re.search(r"written in ([\d.]+) s", child.stdout)
    return child, float(written.group(1)) if written else child.seconds


def cold_starts(
    database: Path, env: dict[str, str], repeat: int
) -> tuple[list[float], list[float], float]:
    """Seconds to the first paint of the window, seconds until the database is open and its
    page painted (one list each), and the peak memory."""
    env = {**env, "RTDESK_SMOKE_TEST": "1"}
    command = python("-m", "rtdesk", "--database", str(database))
    run_child(command, env)  # once first: compiles the modules, as the install would have
    painted, shown, peak = [], [], 0.0
    for _ in range(repeat):
        child = run_child(command, env, (FIRST_PAINT_MARKER, SMOKE_MARKER))
        if len(child.markers) != 2:
            raise RuntimeError(f"the app did not report both moments:\n{child.stderr}")
        painted.append(child.markers[FIRST_PAINT_MARKER])
        shown.append(child.markers[SMOKE_MARKER])
        peak = max(peak, child.max_rss_mib)
    return painted, shown, peak


def startup_backup_seconds(database: Path, folder: Path, env: dict[str, str]) -> float:
    code = (
        "import sys, time; from pathlib import Path;"
        "from rtdesk.services.backup import BackupService;"
        "t = time.perf_counter(); BackupService(Path(sys.argv[1]), Path(sys.argv[2]))"
        ".startup_backup(); print(time.perf_counter() - t)"
    )
    child = run_child(python("-c", code, str(database), str(folder)), env)
    return float(child.stdout.strip())


def integrity_check_seconds(database: Path, env: dict[str, str]) -> float:
    """PRAGMA quick_check as the app runs it before opening a database (read-only)."""
    code = (
        "import sqlite3, sys, time; t = time.perf_counter();"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True);"
        "c.execute('PRAGMA quick_check').fetchall(); print(time.perf_counter() - t)"
    )
    return float(run_child(python("-c", code, str(database)), env).stdout.strip())


def import_seconds(env: dict[str, str], repeat: int, modules: str) -> float:
    """Python importing `modules` (comma-separated) in a new process, as at each start."""
    code = f"import time; t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"
    return median([float(run_child(python("-c", code), env).stdout) for _ in range(repeat)])


def counts_of(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("proposal", "meeting", "agenda_item", "action_item", "person")
        }
    finally:
        connection.close()


def measure(args: argparse.Namespace, folder: Path) -> tuple[list[Row], dict[str, str]]:
    home = folder / "home"
    env = isolated_env(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    info = machine()
    info["load_before"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    rows: list[Row] = []

    if args.database:
        database = Path(args.database).resolve()
        info["database"] = f"{database.name}, given with --database"
    else:
        database = folder / f"demo-scale-{args.scale}.sqlite"
        print(f"building {database} with rtdesk demo --scale {args.scale} ...", flush=True)
        child, seconds = build(database, args.scale, env)
        rows.append(
            Row(
                f"`rtdesk demo --scale {args.scale}` (building the database)",
                "about 60 s",
                f"{seconds:.0f} s; peak memory {child.max_rss_mib:.0f} MiB",
                verdict(seconds <= 60),
            )
        )
        info["database"] = f"built by `rtdesk demo --scale {args.scale}`"
    counts = counts_of(database)
    info["counts"] = (
        f"{counts['proposal']:,} proposals, {counts['meeting']:,} sessions "
        f"({counts['agenda_item']:,} agenda items), {counts['action_item']:,} actions, "
        f"{counts['person']:,} people; file {database.stat().st_size / 2**20:.0f} MiB"
    )

    print("cold starts ...", flush=True)
    # Open it once first, so a migration or the first backup is not counted as a start.
    run_child(python("-m", "rtdesk", "check", "--database", str(database)), env)
    painted, shown, start_rss = cold_starts(database, env, args.repeat)
    small = folder / "small-demo.sqlite"
    run_child(python("-m", "rtdesk", "demo", "--database", str(small)), env)
    small_painted, small_shown, _ = cold_starts(small, env, args.repeat)
    backup = startup_backup_seconds(database, folder / "backup-timing", env)
    check = integrity_check_seconds(database, env)
    window_imports = import_seconds(env, args.repeat, "rtdesk.app")
    database_imports = import_seconds(
        env, args.repeat, "rtdesk.app, rtdesk.gui.workspace, rtdesk.store.database"
    )

    def runs(values: list[float]) -> str:
        return f"median of {len(values)}: " + ", ".join(f"{v:.2f}" for v in values)

    rows.append(
        Row(
            "cold start to first painted main window",
            "under 1 s",
            f"{median(painted):.2f} s ({runs(painted)}); peak memory {start_rss:.0f} MiB",
            verdict(median(painted) < 1),
        )
    )
    rows.append(
        Row(
            "— of which importing Qt and the window (`import rtdesk.app`)",
            "—",
            f"{window_imports:.2f} s (median of {args.repeat})",
            "—",
        )
    )
    rows.append(
        Row(
            "cold start until the database is open and its page painted",
            "—",
            f"{median(shown):.2f} s ({runs(shown)}); the window shows “Opening the "
            "database…” meanwhile",
            "—",
        )
    )
    rows.append(
        Row(
            "— of which importing SQLAlchemy, the models and the services too",
            "—",
            f"{database_imports:.2f} s with the window's imports (median of {args.repeat})",
            "—",
        )
    )
    rows.append(
        Row(
            "— of which the integrity check of this database (`PRAGMA quick_check`)",
            "—",
            f"{check:.2f} s (before the database opens: a damaged file is never written to)",
            "—",
        )
    )
    rows.append(
        Row(
            "— the start-up backup of this database",
            "—",
            f"{backup:.2f} s (made after the page is shown, on the database lane: not part of it)",
            "—",
        )
    )
    rows.append(
        Row(
            "cold start, small demo database (for comparison)",
            "under 1 s",
            f"first paint {median(small_painted):.2f} s ({runs(small_painted)}); database "
            f"open and shown {median(small_shown):.2f} s",
            verdict(median(small_painted) < 1),
        )
    )

    print("proposals register ...", flush=True)
    gui = run_child(python(__file__, "--child", "gui", str(database), str(args.repeat)), env)
    result = child_json(gui)
    info["qt"] = result["qt"]
    times = {name: median(values) for name, values in result["times_ms"].items()}
    count = result["counts"]

    def split(key: str) -> str:
        query, fetch = times[key + "/query"], times[key + "/rows"]
        paint = times[key] - query - fetch
        return f"{times[key]:.0f} ms (ids {query:.0f} + first rows {fetch:.0f} + paint {paint:.0f})"

    rows.append(
        Row(
            f"open the proposals list ({count['all']:,} rows, model + painted view)",
            "under 100 ms",
            split("open"),
            verdict(times["open"] < 100),
        )
    )
    keys = {
        name[4:]: value
        for name, value in times.items()
        if name.startswith("key:") and "/" not in name
    }
    slow = {typed: ms for typed, ms in keys.items() if ms >= 100}
    worst = max(keys, key=keys.get)
    detail = ", ".join(
        f"“{typed}” {ms:.0f} ms ({count['key:' + typed]:,})" for typed, ms in slow.items()
    )
    rows.append(
        Row(
            f"each keystroke of “{TYPED}” in the search box ({len(keys)} keystrokes)",
            "each under 100 ms",
            f"median keystroke {median(list(keys.values())):.0f} ms, slowest “{worst}” "
            + split(f"key:{worst}")
            + (f"; over 100 ms: {detail}" if slow else "; all under 100 ms"),
            verdict(not slow),
        )
    )
    labels = {
        "filter:status": "status filter (approved)",
        "filter:zone": "zone filter (zone 5)",
        "filter:year": f"year filter ({count['year']})",
        "filter:zone+text": "zone 5 + “trasporto”",
        "filter:none": "filters cleared (every proposal again)",
        "sort:title ascending": "sort by title, ascending",
        "sort:title descending": "sort by title, descending",
        "sort:code descending": "sort by code again",
    }
    for key, label in labels.items():
        rows.append(Row(label, "under 100 ms", split(key), verdict(times[key] < 100)))
    for typed in ("t", "trasporto", TYPED):
        ms = times[f"search:{typed}"]
        rows.append(
            Row(
                f"full-text search alone, “{typed}” (service query, no GUI)",
                "under 100 ms",
                f"{ms:.0f} ms",
                verdict(ms < 100),
            )
        )
    rows.append(
        Row(
            "— peak memory of the register process (Qt + 100,000 ids)",
            "—",
            f"{result['max_rss_mib']:.0f} MiB",
            "—",
        )
    )

    print("summary workbook ...", flush=True)
    summary = child_json(
        run_child(
            python(__file__, "--child", "summary", str(database), str(folder / "summary.xlsx")),
            env,
        )
    )
    growth = summary["max_rss_mib"] - summary["baseline_rss_mib"]
    rows.append(
        Row(
            f"summary workbook of every year ({summary['proposals']:,} proposals)",
            "flat memory (streamed)",
            f"{summary['seconds']:.0f} s, {summary['file_mib']:.1f} MiB file; peak memory "
            f"{summary['max_rss_mib']:.0f} MiB ({growth:.0f} MiB above the process at start)",
            verdict(growth < 200),
        )
    )

    print("minutes PDF ...", flush=True)
    pdf = child_json(
        run_child(
            python(__file__, "--child", "pdf", str(folder / "minutes.pdf"), str(args.repeat)),
            env,
        )
    )
    rows.append(
        Row(
            f"minutes PDF of 90 agenda points ({pdf['pages']} pages)",
            "under 2 s",
            f"{pdf['median']:.2f} s (median of {args.repeat}; first run with font loading "
            f"{pdf['first']:.2f} s); peak memory {pdf['max_rss_mib']:.0f} MiB",
            verdict(pdf["median"] < 2),
        )
    )
    info["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return rows, info


def table(rows: list[Row], info: dict[str, str]) -> str:
    today = dt.date.today().isoformat()
    lines = [
        START,
        f"## Full benchmark of {today}",
        "",
        "Written by `python benchmarks/run_benchmark.py`; do not edit between the markers.",
        "",
        f"- Machine: {info['cpu']}, {info['memory']}, {info['system']}; Python "
        f"{info['python']}, SQLite {info['sqlite']}, {info.get('qt', 'Qt ?')}.",
        f"- Load average (1, 5, 15 min) at the start: {info['load_before']}; at the end: "
        f"{info['load_after']} (other work ran beside the benchmark).",
        f"- Database: {info['database']}: {info['counts']}.",
        "",
        "| what users wait for | target | measured | met? |",
        "|---|---|---|---|",
    ]
    lines += [f"| {r.what} | {r.target} | {r.measured} | {r.met} |" for r in rows]
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="use this database instead of building one")
    parser.add_argument("--scale", type=int, default=100, help="rtdesk demo --scale (100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (3)")
    parser.add_argument("--keep", type=Path, help="keep the built database in this folder")
    parser.add_argument("--no-doc", action="store_true", help="do not update the doc")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "gui":
            child_gui(rest[0], int(rest[1]))
        elif kind == "summary":
            child_summary(rest[0], rest[1])
        elif kind == "pdf":
            child_pdf(rest[0], int(rest[1]))
        return
    with tempfile.TemporaryDirectory(prefix="rtdesk-benchmark-") as scratch:
        folder = Path(scratch)
        rows, info = measure(args, folder)
        if args.keep and not args.database:
            args.keep.mkdir(parents=True, exist_ok=True)
            kept = args.keep / f"demo-scale-{args.scale}.sqlite"
            shutil.copyfile(folder / kept.name, kept)
            print(f"kept the database at {kept}")
    section = table(rows, info)
    print(section)
    if not args.no_doc:
        write_doc(section)
        print(f"updated {DOC}")


if __name__ == "__main__":
    main()
