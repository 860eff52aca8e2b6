"""The PyInstaller bundle: what it must carry, and (slow) building it and starting it headless."""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

import rtdesk
from rtdesk.store import migrate

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build_bundle.py"
# What the app prints when RTDESK_SMOKE_TEST=1 once its main window has been painted, then
# once the database is open and its page painted; then it leaves the event loop with exit
# code 0 (see test_bundle_starts_the_gui_headless). rtdesk.app is not imported here: no Qt.
FIRST_PAINT_MARKER = "rtdesk smoke test: main window painted"
SMOKE_MARKER = "rtdesk smoke test: database open and shown"


def load_build_bundle():
    # Loaded from its file: the folder is not a package, and "packaging" is also a PyPI name.
    spec = importlib.util.spec_from_file_location("rtdesk_build_bundle", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


meta = load_build_bundle()


def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            f"PyInstaller is not installed in {sys.executable}: the packaging tests need it "
            '(pip install -e ".[test]" installs it, or pip install pyinstaller).',
            pytrace=False,
        )


def test_bundle_carries_resources_migrations_and_forms():
    datas = set(meta.bundle_datas())

    def expected(folder: Path, pattern: str, target_root: str) -> set[tuple[str, str]]:
        found = set()
        for path in folder.glob(pattern):
            relative = path.parent.relative_to(folder).as_posix()
            found.add((str(path), target_root if relative == "." else f"{target_root}/{relative}"))
        return found

    resources = ROOT / "resources"
    migrations = ROOT / "rtdesk" / "store" / "migrations"
    wanted = (
        expected(resources, "data/*.csv", "rtdesk_resources")
        | expected(resources, "data/SOURCES.md", "rtdesk_resources")
        | expected(resources, "icons/*.png", "rtdesk_resources")
        | expected(resources, "icons/*.svg", "rtdesk_resources")
        | expected(resources, "fonts/*.ttf", "rtdesk_resources")
        | expected(resources, "i18n/*.qm", "rtdesk_resources")
        # Alembic reads these as files: the sources themselves must be in the bundle.
        | expected(migrations, "env.py", "rtdesk/store/migrations")
        | expected(migrations, "script.py.mako", "rtdesk/store/migrations")
        | expected(migrations, "versions/*.py", "rtdesk/store/migrations")
        | expected(ROOT / "ui", "*.ui", "ui")
    )
    assert len([path for path, _ in wanted if path.endswith(".csv")]) >= 3
    assert len([path for path, _ in wanted if "versions" in path]) >= 2
    assert wanted - datas == set()
    assert all(Path(source).is_file() for source, _ in datas)


def test_every_module_of_the_package_is_a_hidden_import():
    modules = meta.rtdesk_modules()
    assert "rtdesk" in modules
    assert "rtdesk.store.migrate" in modules
    assert "rtdesk.services.maintenance" in modules
    assert "rtdesk.store.new_revision" not in modules
    for name in ("rtdesk.cli", "rtdesk.app"):
        if (ROOT / (name.replace(".", "/") + ".py")).exists():
            assert name in modules


def test_staged_resources_package_is_the_source_one(tmp_path):
    folder = meta.stage_resources_package(tmp_path)
    staged = folder / "rtdesk_resources" / "__init__.py"
    assert staged.read_bytes() == (ROOT / "resources" / "__init__.py").read_bytes()


def test_version_numbers_for_windows():
    assert meta.app_version() == rtdesk.__version__
    assert meta.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert meta.version_tuple("1.2.3.dev4") == (1, 2, 3, 0)
    assert meta.version_tuple("2.0") == (2, 0, 0, 0)
    assert meta.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    with pytest.raises(ValueError):
        meta.version_tuple("dev")


@pytest.fixture
def versioninfo(monkeypatch):
    """PyInstaller's version-resource module, also where PyInstaller came without pefile."""
    require_pyinstaller()
    name = "PyInstaller.utils.win32.versioninfo"
    monkeypatch.delitem(sys.modules, name, raising=False)  # imported afresh, forgotten after
    if sys.platform != "win32":
        # PyInstaller installs pefile and pywin32 on Windows only; the module needs them only to
        # open executables, which these tests never do, not to build and encode a resource.
        import PyInstaller.compat

        if importlib.util.find_spec("pefile") is None:
            monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    return importlib.import_module(name)


def test_windows_version_resource_carries_the_app_version(versioninfo, tmp_path):
    info = meta.windows_version_info("1.4.2")
    text = str(info)
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'rtdesk.exe')" in text
    assert "StringStruct('CompanyName', 'Città metropolitana di Torino')" in text
    assert isinstance(info, versioninfo.VSVersionInfo)
    # The text form (what `pyi-grab_version` prints and a version file holds) reads back whole.
    # Its binary encoding assumes Windows' 4-byte longs, so it is only exercised by a build there.
    path = tmp_path / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    assert str(versioninfo.load_version_info_from_text_file(str(path))) == text


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundle built once for the slow tests of this module, by the documented script."""
    require_pyinstaller()
    out = tmp_path_factory.mktemp("bundle")
    log = out / "build.log"
    with log.open("w", encoding="utf-8") as stream:
        result = subprocess.run(
            [
                sys.executable,
                str(BUILD_SCRIPT),
                "--dist",
                str(out / "dist"),
                "--work",
                str(out / "work"),
            ],
            cwd=ROOT,
            stdout=stream,
            stderr=subprocess.STDOUT,
            timeout=1800,
        )
    if result.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-40:])
        pytest.fail(f"building the bundle failed ({result.returncode}):\n{tail}", pytrace=False)
    return out / "dist" / meta.BUNDLE_NAME


def bundle_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RTDESK_DATABASE", "PYTHONPATH")}
    env["HOME"] = str(home)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], timeout: float = 120):
    return subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )


def database_counts(path: Path) -> tuple[str, int, int]:
    connection = sqlite3.connect(path)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        zones = connection.execute("SELECT count(*) FROM zone").fetchone()[0]
        municipalities = connection.execute("SELECT count(*) FROM municipality").fetchone()[0]
    finally:
        connection.close()
    return revision, zones, municipalities


@pytest.mark.slow
def test_bundle_has_its_data_inside(bundle):
    internal = bundle / "_internal"
    assert (internal / "rtdesk_resources" / "data" / "municipalities.csv").is_file()
    assert (internal / "rtdesk" / "store" / "migrations" / "env.py").is_file()
    for path in (ROOT / "rtdesk" / "store" / "migrations" / "versions").glob("*.py"):
        assert (internal / "rtdesk" / "store" / "migrations" / "versions" / path.name).is_file()
    for path in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (internal / "rtdesk_resources" / "i18n" / path.with_suffix(".qm").name).is_file()
    for path in (ROOT / "ui").glob("*.ui"):
        assert (internal / "ui" / path.name).is_file()


@pytest.mark.slow
def test_bundle_prints_its_version(bundle, tmp_path):
    result = run([str(meta.cli_executable(bundle)), "--version"], bundle_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert rtdesk.__version__ in result.stdout + result.stderr


@pytest.mark.slow
def test_bundle_check_creates_and_migrates_a_new_database(bundle, tmp_path):
    database = tmp_path / "x.sqlite"
    result = run(
        [str(meta.cli_executable(bundle)), "--database", str(database), "check"],
        bundle_env(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.lower().splitlines()
    assert any("zon" in line and re.search(r"\b11\b", line) for line in lines), result.stdout
    assert any(
        ("municip" in line or "comun" in line) and re.search(r"\b312\b", line) for line in lines
    ), result.stdout
    # Independently of how check words its report: the bundled migrations built the schema
    # up to this checkout's head, and the bundled reference data filled it.
    assert database_counts(database) == (migrate.head_revision(), 11, 312)


@pytest.mark.slow
def test_bundle_starts_the_gui_headless(bundle, tmp_path):
    """The app contract: with RTDESK_SMOKE_TEST=1, `rtdesk --database PATH` opens (creating) the
    database, shows the main window, prints FIRST_PAINT_MARKER once it has been painted and
    SMOKE_MARKER once the database is open and shown, each on a line of its own to standard
    output, and quits with exit code 0."""
    database = tmp_path / "gui.sqlite"
    env = bundle_env(tmp_path, QT_QPA_PLATFORM="offscreen", RTDESK_SMOKE_TEST="1")
    result = run([str(meta.gui_executable(bundle)), "--database", str(database)], env)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    assert FIRST_PAINT_MARKER in lines and SMOKE_MARKER in lines, output
    assert lines.index(FIRST_PAINT_MARKER) < lines.index(SMOKE_MARKER), output
    assert database_counts(database) == (migrate.head_revision(), 11, 312)
