"""Qt Linguist translations of the interface: extract them (update) and compile them (release).

    python packaging/build_translations.py update    # sources -> resources/i18n/rtdesk_it.ts
    python packaging/build_translations.py missing   # what still needs an Italian translation
    python packaging/build_translations.py release   # resources/i18n/*.ts -> *.qm beside them

`update` runs pyside6-lupdate over every module of the rtdesk package (tr(), translate() and
QT_TRANSLATE_NOOP markers) and every Qt Designer form in ui/, keeping the translations already
made and dropping strings that no longer exist. Translate the new entries with Qt Linguist
(`pyside6-linguist resources/i18n/rtdesk_it.ts`) or by hand, then `release`. The .qm files are
not committed: installing the package (setup.py) and building the bundle compile them.
This module uses only the standard library, so setup.py can load it while building.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "en"
# The languages with a translation file; English is the language of the source strings.
LANGUAGES = ("it",)
# Generated from ui/*.ui, which lupdate reads itself.
COMPILED_FORMS = ROOT / "rtdesk" / "gui" / "forms"


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"rtdesk_{language}.ts"


def qt_tool(name: str) -> str:
    """Qt's lupdate or lrelease as shipped in PySide6-Essentials.

    The binary in the PySide6 package folder is found without importing PySide6, so this works
    in pip's isolated build environment too; else the pyside6-<name> script or the PATH.
    """
    executable = f"{name}.exe" if sys.platform == "win32" else name
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for candidate in (Path(folder) / executable, Path(folder) / "Qt" / "bin" / executable):
                if candidate.is_file():
                    return str(candidate)
    script = f"pyside6-{name}" + (".exe" if sys.platform == "win32" else "")
    beside = Path(sys.executable).parent / script
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    raise SystemExit(f"Qt's {name} was not found: it comes with PySide6-Essentials.")


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file whose strings are translated: the package's modules and the forms."""
    compiled = root / COMPILED_FORMS.relative_to(ROOT)
    modules = [
        path
        for path in sorted((root / "rtdesk").rglob("*.py"))
        if not (path.parent == compiled and path.name.startswith("ui_"))
    ]
    return modules + sorted((root / "ui").glob("*.ui"))


def update(
    language: str = "it", ts_file: Path | None = None, root: Path = ROOT, *, quiet: bool = False
) -> Path:
    """Merge the strings of the sources into the language's .ts (created if missing).

    New strings come in as unfinished, translations of unchanged strings are kept, and strings
    gone from the sources are dropped (-no-obsolete).
    """
    target = ts_file or ts_path(language, root / I18N_DIR.relative_to(ROOT))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        # A list file rather than arguments: Windows limits the length of a command line.
        listing = Path(folder) / "sources.lst"
        listing.write_text(
            "\n".join(str(path) for path in source_files(root)) + "\n", encoding="utf-8"
        )
        command = [
            qt_tool("lupdate"),
            f"@{listing}",
            "-no-obsolete",
            # No file names and line numbers: every code edit would otherwise rewrite the file.
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *(["-silent"] if quiet else []),
            "-ts",
            str(target),
        ]
        subprocess.run(command, check=True, cwd=root)
    return target


def release(
    folder: Path = I18N_DIR, output_dir: Path | None = None, *, quiet: bool = False
) -> list[Path]:
    """Compile every .ts of folder into a .qm (beside it, or in output_dir); returns the .qm."""
    written = []
    tool = qt_tool("lrelease")
    for source in sorted(folder.glob("*.ts")):
        target = (output_dir or source.parent) / source.with_suffix(".qm").name
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [tool, *(["-silent"] if quiet else []), str(source), "-qm", str(target)]
        subprocess.run(command, check=True)
        written.append(target)
    return written


class Message(NamedTuple):
    """One message of a .ts file (a NamedTuple: this module is also loaded by file path)."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or the plural forms of a %n message
    finished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (obsolete and vanished ones are not messages any more)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=texts,
                    finished=kind != "unfinished" and all(texts),
                    numerus=numerus,
                )
            )
    return messages


def missing(language: str = "it", root: Path = ROOT) -> list[Message]:
    """Strings of the current sources with no finished translation in the committed .ts.

    lupdate runs over a copy, so the committed file is left as it is.
    """
    committed = ts_path(language, root / I18N_DIR.relative_to(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / committed.name
        if committed.exists():
            shutil.copyfile(committed, copy)
        update(language, copy, root, quiet=True)
        return [message for message in read_ts(copy) if not message.finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "missing", "release"))
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        action="append",
        help="only this language (update, missing; default: every one)",
    )
    args = parser.parse_args(argv)
    languages = args.language or list(LANGUAGES)
    if args.command == "update":
        for language in languages:
            path = update(language)
            left = [m for m in read_ts(path) if not m.finished]
            print(f"{os.path.relpath(path)}: {len(left)} message(s) to translate")
    elif args.command == "missing":
        total = 0
        for language in languages:
            for message in missing(language):
                total += 1
                print(f"[{language}] {message.context}: {message.source!r}")
        return 1 if total else 0
    else:
        for path in release():
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
