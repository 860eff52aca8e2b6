"""Compile every Qt Designer form in ui/ into rtdesk/gui/forms/ui_<name>.py with pyside6-uic.

Run it after editing a form: `python packaging/build_forms.py`. The compiled files are
committed; tests/gui/test_forms_up_to_date.py fails when one no longer matches its form.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "ui"
OUTPUT_DIR = ROOT / "rtdesk" / "gui" / "forms"
# uic writes its own version into this line; it is ignored when comparing compiled forms.
UIC_VERSION_MARKER = "Created by: Qt User Interface Compiler version"


def header(form: Path) -> str:
    relative = form.relative_to(ROOT).as_posix() if form.is_relative_to(ROOT) else form.name
    return (
        f"# Generated from {relative} by packaging/build_forms.py: do not edit.\n"
        "# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.\n"
        f'"""Compiled Qt Designer form {relative} (generated, do not edit)."""\n\n'
    )


def uic_command() -> list[str]:
    """pyside6-uic of the running Python's environment, else the one on the PATH."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts / name
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic was not found: install PySide6 in this environment.")


def compile_form(form: Path) -> str:
    """The Python source uic makes of one .ui file, with our header in front."""
    result = subprocess.run(
        [*uic_command(), "--generator", "python", str(form)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return header(form) + result.stdout


def output_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def forms(forms_dir: Path = FORMS_DIR) -> list[Path]:
    return sorted(forms_dir.glob("*.ui"))


def build(output_dir: Path = OUTPUT_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Regenerate every compiled form into output_dir; returns the files written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for form in forms(forms_dir):
        target = output_dir / output_name(form)
        # newline="\n": the same bytes on every platform, so the up-to-date test is exact.
        target.write_text(compile_form(form), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=OUTPUT_DIR, help=f"folder to write (default: {OUTPUT_DIR})"
    )
    args = parser.parse_args(argv)
    for path in build(args.output):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
