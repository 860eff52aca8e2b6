"""Build the one-folder rtdesk bundle with PyInstaller (and what the spec needs to describe it)."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "rtdesk.spec"

# One reverse-DNS id (cittametropolitana.torino.it read backwards) names the .desktop file, the
# AppStream metainfo and the icon installed in the hicolor theme; the app gives it to
# QGuiApplication.setDesktopFileName so that desktops match its windows to the menu entry.
APP_ID = "it.torino.cittametropolitana.rtdesk"
PRODUCT_NAME = "rtdesk"
PUBLISHER = "Città metropolitana di Torino"
DESCRIPTION = "rtdesk - Tavolo permanente delle zone omogenee"
# The bundle folder and the executable people start; on Windows a second, console executable
# runs the command line (a windowed .exe has no standard output to print to).
BUNDLE_NAME = "rtdesk"
CLI_NAME_WINDOWS = "rtdesk-cli"


def app_version(root: Path = ROOT) -> str:
    """rtdesk.__version__ read from the source, without importing the package."""
    text = (root / "rtdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("rtdesk/__init__.py has no __version__ line")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource: 0.3.1.dev2 -> (0, 3, 1, 0)."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group(0).split(".")][:4]
    major, minor, patch, build = [*numbers, 0, 0, 0][:4]
    return major, minor, patch, build


def package_data_patterns(root: Path = ROOT) -> dict[str, list[str]]:
    """[tool.setuptools.package-data] of pyproject.toml: what the wheel ships, the bundle too."""
    with (root / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    return config["tool"]["setuptools"]["package-data"]


def rtdesk_modules(root: Path = ROOT) -> list[str]:
    """Every module of the rtdesk package in this source tree, for the spec's hidden imports.

    The command line reaches rtdesk.app and the GUI through a deferred import that PyInstaller's
    analysis cannot follow. Read from the tree (not from the installed package, as
    collect_submodules would) so the bundle always holds the checkout being built.
    """
    modules = []
    for path in sorted((root / "rtdesk").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        # A developer tool that writes migration files; the app never imports it.
        if name != "rtdesk.store.new_revision":
            modules.append(name)
    return modules


def bundle_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every data file the bundle must carry.

    - rtdesk_resources: reference data, fonts, icons, compiled translations. The folder is
      resources/ in the source tree (package-dir mapping), which PyInstaller's
      collect_data_files would place at the bundle's top level, so it is listed here by hand.
    - Alembic migrations: Alembic finds env.py and versions/*.py as files in the package
      folder, so their sources must be there, not only compiled into the archive.
    - ui/: the Qt Designer forms, shipped as the issue asks (the app uses the compiled forms).
    """
    patterns = package_data_patterns(root)
    datas: list[tuple[str, str]] = []

    def add(folder: Path, globs: list[str], package_folder: str) -> None:
        for pattern in globs:
            for path in sorted(folder.glob(pattern)):
                if path.is_file():
                    relative = path.parent.relative_to(folder).as_posix()
                    target = package_folder if relative == "." else f"{package_folder}/{relative}"
                    datas.append((str(path), target))

    add(root / "resources", patterns["rtdesk_resources"], "rtdesk_resources")
    migrations = root / "rtdesk" / "store" / "migrations"
    add(
        migrations,
        [*patterns.get("rtdesk.store.migrations", []), "*.py", "versions/*.py"],
        "rtdesk/store/migrations",
    )
    add(root / "ui", ["*.ui"], "ui")
    return datas


def stage_resources_package(folder: Path, root: Path = ROOT) -> Path:
    """Put an importable rtdesk_resources package in folder and return folder for pathex.

    In the source tree the package is resources/ under another name, which only an installed
    copy maps; PyInstaller's analysis searches plain folders, so it gets a folder where the
    package has its real name. The data files are added by bundle_datas.
    """
    package = folder / "rtdesk_resources"
    package.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root / "resources" / "__init__.py", package / "__init__.py")
    return folder


def stale_translations(root: Path = ROOT) -> list[Path]:
    """Qt Linguist sources whose compiled .qm is missing or older than the source."""
    stale = []
    for source in sorted((root / "resources" / "i18n").glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


def windows_version_info(version: str):
    """The version resource of rtdesk.exe: shown in Explorer and read by the Inno Setup script."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    dotted = ".".join(str(number) for number in numbers)
    strings = [
        vi.StringStruct("CompanyName", PUBLISHER),
        vi.StringStruct("FileDescription", DESCRIPTION),
        vi.StringStruct("FileVersion", dotted),
        vi.StringStruct("InternalName", BUNDLE_NAME),
        vi.StringStruct("LegalCopyright", f"{PUBLISHER} - EUPL-1.2"),
        vi.StringStruct("OriginalFilename", f"{BUNDLE_NAME}.exe"),
        vi.StringStruct("ProductName", PRODUCT_NAME),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0410 Italian, code page 1200 (UTF-16): the office staff's language.
            vi.StringFileInfo([vi.StringTable("041004B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0410, 1200])]),
        ],
    )


def cli_executable(bundle: Path) -> Path:
    """The executable that prints to a terminal: rtdesk-cli.exe on Windows, rtdesk elsewhere."""
    if sys.platform == "win32":
        return bundle / f"{CLI_NAME_WINDOWS}.exe"
    return bundle / BUNDLE_NAME


def gui_executable(bundle: Path) -> Path:
    return bundle / (f"{BUNDLE_NAME}.exe" if sys.platform == "win32" else BUNDLE_NAME)


def compile_translations(root: Path = ROOT) -> list[Path]:
    """Compile every stale resources/i18n/*.ts into the .qm beside it with Qt's lrelease."""
    stale = stale_translations(root)
    if not stale:
        return []
    name = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    lrelease = Path(sys.executable).parent / name
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease was not found: it comes with PySide6-Essentials.")
    compiled = []
    for source in stale:
        target = source.with_suffix(".qm")
        subprocess.run([tool, str(source), "-qm", str(target)], check=True)
        compiled.append(target)
    return compiled


def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            f"PyInstaller is not installed in {sys.executable}. "
            'Install it with: pip install -e ".[test]" (or pip install pyinstaller).'
        )


def build_bundle(dist: Path, work: Path | None = None, *, clean: bool = False) -> Path:
    """Run PyInstaller with packaging/rtdesk.spec; return the bundle folder dist/rtdesk."""
    require_pyinstaller()
    compile_translations()
    dist = dist.resolve()
    work = (work or dist.parent / "build" / "pyinstaller").resolve()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        *(["--clean"] if clean else []),
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / BUNDLE_NAME
    if not gui_executable(bundle).is_file():
        raise SystemExit(f"PyInstaller finished but {gui_executable(bundle)} is missing.")
    return bundle


def folder_size(folder: Path) -> int:
    """Bytes on disk; the symbolic links between Qt's libraries count once."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle folder goes"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="PyInstaller's scratch folder (default: build/pyinstaller beside the dist folder)",
    )
    parser.add_argument(
        "--clean", action="store_true", help="empty PyInstaller's caches first (release builds)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build_bundle(args.dist, args.work, clean=args.clean)
    megabytes = folder_size(bundle) / 1024**2
    print(f"Bundle: {bundle} ({megabytes:.0f} MB, {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
